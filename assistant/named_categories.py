"""A comparison of named reports in which each side names a category of the compared figure: the category's figure
on each side, not each report's total.

"甲镇新增主动公开里的政务动态类信息，跟乙镇网站上公开的工作动态比，哪个多": the question's metric (主动公开) reads each
report's total, but each side names one of the kinds its report lists after that total ("共公开312条，其中…政务动态类
信息50条…", "共88条，其中…工作动态48条").  A side's words are the question from its report's name up to the next
side's name; a category is a prose figure of its report, of another metric than the question's, written shortly after
a figure of the question's metric (the total whose parts it lists), whose label (without 其中, 类, 信息) those words
hold.  Only when every side names one are the categories compared (the longest label a side's words hold).  Used by
assistant.several_reports for a comparison of two to five named reports.
"""

from __future__ import annotations

import re

from assistant.aggregate import ReportFigure
from assistant.core.types import Fact, Report
from assistant.query import ParsedQuestion
from assistant.scope import report_names

_AFTER_TOTAL = 300  # at most this many characters from the total to a kind it lists
_CORE = re.compile(r"^(?:其中)?|(?:的|类|信息|政府信息)+$")
_OWN_NAME_KINDS = ("agency", "alias", "region")


def named_categories(gatherer, q: ParsedQuestion, docs: list[Report]) -> list[ReportFigure] | None:
    """The figure of the category each side of the comparison names, one per report in `docs` (in their order);
    None unless every side names one."""
    if q.metric is None or q.language != "zh" or not 2 <= len(docs) <= 5:
        return None
    starts = {d.doc_id: _first_name_at(q.norm, d) for d in docs}
    if any(s is None for s in starts.values()):
        return None
    order = sorted(docs, key=lambda d: starts[d.doc_id])
    ends = [starts[d.doc_id] for d in order[1:]] + [len(q.norm)]
    chosen: dict[str, Fact] = {}
    for d, end in zip(order, ends):
        words = q.norm[starts[d.doc_id] : end]
        for n, _k in report_names(d):
            if len(n) >= 2:
                words = words.replace(n, " ")
        f = _category_named(gatherer, q, d, words)
        if f is None:
            return None
        chosen[d.doc_id] = f
    if len({f.unit for f in chosen.values()}) > 1:
        return None
    return [ReportFigure(d, [chosen[d.doc_id]]) for d in docs]


def _first_name_at(norm: str, d: Report) -> int | None:
    found = [norm.find(n) for n, k in report_names(d) if k in _OWN_NAME_KINDS and len(n) >= 2]
    found = [i for i in found if i >= 0]
    return min(found) if found else None


def category_core(f: Fact) -> str:
    """A figure's own label without 其中 before it and 的/类/信息 after it ("政务动态类信息" -> "政务动态")."""
    return _CORE.sub("", (f.label_zh or f.row or "").split(" / ")[-1].strip())


def _category_named(gatherer, q: ParsedQuestion, d: Report, words: str) -> Fact | None:
    facts = gatherer.fact_index.facts([d.doc_id])
    totals = [g for g in facts if g.metric == q.metric.key and g.value is not None]
    if not totals:
        return None
    original = gatherer.index.texts(d.doc_id)[0]
    best: tuple[int, int, Fact] | None = None
    for f in facts:
        if f.kind != "narrative" or f.value is None or f.metric == q.metric.key:
            continue
        core = category_core(f)
        if len(core) < 2 or core not in words or core in q.metric.zh:
            continue
        if not any(g.end <= f.start <= g.end + _AFTER_TOTAL and "\n" not in original[g.end : f.start] for g in totals):
            continue
        key = (len(core), -f.start, f)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None
