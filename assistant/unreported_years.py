"""A comparison with a year whose figure no report in scope can give: the answer says so rather than give the one
year's figure as if it answered "more than in 2022?".

"青禾县样例局2023年收到的申请比2022年多吗" names two years; when the body has a 2023 report only and that report never
writes "2022" (no restated figure of that year anywhere in it), nothing can be set against the 2023 figure: the
comparison cannot be made.  A report that writes the other year somewhere ("由2022年的A条增加到B条", "含2022年结转的3件")
is left to the answer (it may state that year's figure), and so is a year a report of the body covers.  Comparison words
are data (core/data/not_stated.toml [patterns] year_comparison_ask).  A scope check of the registry
(assistant/not_stated_checks.py, "year compared without a figure").
"""

from __future__ import annotations

from typing import Any

from assistant.core.not_stated import NOT_STATED
from assistant.other_agency import of_agency_type

_COMPARES = NOT_STATED.pattern("year_comparison_ask")
_YEAR_BEFORE = NOT_STATED.pattern("change_from_year_before_ask")  # "比上年多了几件", "than the previous year"
_STATED_BEFORE = NOT_STATED.pattern("change_from_year_before_stated")  # "较上年增加", "同比" (not 上年结转)


def unreported_years(q: Any, index: Any) -> list[int]:
    """The years a question compares whose figure no report of its scope can state: no report of that year among the
    named body's reports, and none of the body's reports of the other years asked writes that year."""
    if len(q.years) == 1 and _YEAR_BEFORE.search(q.norm.lower()):
        return _unstated_year_before(q, index)
    if len(q.years) < 2 or not _COMPARES.search(q.norm):
        return []
    # (a question naming no report but a kind of agency, "卫健委2021年…比2020年多几件", is of that kind's reports)
    pool = ([index.by_doc[d] for d in q.doc_ids if d in index.by_doc] if q.doc_ids is not None
            else of_agency_type(q.norm, index.reports))
    covered = {r.year for r in pool}
    asked = [r for r in pool if r.year in q.years]
    if not asked:
        return []  # no report of any year asked: the year scope says so
    texts = [index.texts(r.doc_id)[0] for r in asked]
    return [y for y in q.years if y not in covered and not any(str(y) in text for text in texts)]


def _unstated_year_before(q: Any, index: Any) -> list[int]:
    """[the year before] when a difference from it is asked of one year ("2024年的申请比上年多了几件", also "比2023年"
    read so by assistant/unheld_year_before.py), no report of the body is of that year, and the year's reports never
    write a change against it nor that year (not_stated.toml change_from_year_before_stated: 较上年, 同比 …)."""
    if q.doc_ids is None:
        return []
    year = q.years[0]
    pool = [index.by_doc[d] for d in q.doc_ids if d in index.by_doc]
    asked = [r for r in pool if r.year == year]
    if not asked or any(r.year == year - 1 for r in pool):
        return []
    texts = [index.texts(r.doc_id)[0] for r in asked]
    return [] if any(_STATED_BEFORE.search(t) or str(year - 1) in t for t in texts) else [year - 1]


def year_comparison_refusal(q: Any, index: Any, t: dict) -> str | None:
    """The answer that the comparison cannot be made for lack of a year's figure (extractive templates cannot_compare,
    missing_year_item), None when every year compared has a report or is written in one."""
    missing = unreported_years(q, index)
    if not missing:
        return None
    items = [t["missing_year_item"].format(year=y) for y in missing]
    return t["cannot_compare"].format(missing=("、" if q.language == "zh" else ", ").join(items))
