"""A comparison of two things of one report where one side is never named in the report: the answer says the
comparison cannot be made rather than give the other side's figure as if it answered "more than B?".

"青禾县样例局2023年法规类信息比图解类多吗" names two things; when the report in scope never writes 图解 (nor most of its
character pairs), no figure of it can be set against the other side's.  A side the report does write is left to the
answer (it may count it), and so are years and reports compared (assistant/unreported_years.py, several_reports).
English sides are judged by the glossary's Chinese words of them: a side with such words none of which the report
writes is uncounted; a side the glossary has no words for is left to the answer.  The words are data
(core/data/not_stated.toml [patterns] side_compared_zh, side_generic_zh, side_not_a_thing_zh).  A scope check of the
registry (assistant/not_stated_checks.py, "side compared without a figure").

One rule (`uncounted`) judges a side before the search, by the report's words, and after it, by what each side's ask
found (assistant/answer.py: an ask of a side that found no figure and no sentence while another side's ask found its
figure): the comparison cannot be made, so that answer, which names the side as not stated, is no answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from assistant.core.not_stated import NOT_STATED
from assistant.shapes import asked_part

_SIDE_ZH = NOT_STATED.pattern("side_compared_zh")
_GENERIC = NOT_STATED.pattern("side_generic_zh")
_NOT_A_THING = NOT_STATED.pattern("side_not_a_thing_zh")
_CJK = re.compile(r"[\u4e00-\u9fff]")
Side = TypeVar("Side")


def uncounted(sides: Sequence[Side], counted: Callable[[Side], object], other_side_left: bool = False) -> list[Side]:
    """The sides of a comparison the report never counts, while another of its sides is counted ([] when every side
    is counted, or none is: then nothing of this report is compared, left to the answer).  `other_side_left`: a side
    not among `sides` is left to the answer and taken as counted (the thing before 比, which the answer reads)."""
    missing = [s for s in sides if not counted(s)]
    return missing if len(missing) < len(sides) + other_side_left else []


def _core(side: str) -> str:
    """A Chinese side without what every side shares ("通知公告类信息" -> "通知公告")."""
    return _GENERIC.sub("", side).strip(" “”\"")


def _written(core: str, texts: list[str]) -> bool:
    """The report writes the side: its words, or half its character pairs."""
    pairs = {core[i : i + 2] for i in range(len(core) - 1)}
    return any(core in t or sum(p in t for p in pairs) * 2 >= len(pairs) for t in texts)


def _texts(q: Any, index: Any) -> list[str]:
    """The cleaned texts of the reports in scope (read only once a side is found: most questions compare nothing)."""
    read = getattr(index, "texts", None)
    return [read(d)[1] for d in q.doc_ids if d in index.by_doc] if read else []


def uncounted_sides(q: Any, index: Any) -> list[str]:
    """The sides of a comparison of one report's things that no report in scope writes ([] when all are written,
    when a side is a year or a report, or the question compares none)."""
    if q.doc_ids is None or not q.doc_ids or len(q.years) > 1:
        return []
    if _CJK.search(q.norm):
        sides = [m.group("side") for m in _SIDE_ZH.finditer(q.norm)]
        if not sides:
            return []
        texts = _texts(q, index)
        # (a part of the applications or outcomes the reports word otherwise, "来信" of 信函, is the parts' to judge)
        cores = [_core(s) for s in sides if not re.search(r"\d", s) and not _NOT_A_THING.search(s) and not asked_part(s)]
        return uncounted(cores, lambda c: len(c) < 2 or _written(c, texts), other_side_left=True) if texts else []
    from assistant.compare_sides import (  # (assistant.compare_sides imports the answer side)
        compare_sides_en,
    )
    from assistant.side_labels import thing_words_en

    sides = [side for _ask, side in compare_sides_en(q.norm) or []]
    texts = _texts(q, index) if sides else []

    def written(side: str) -> bool:  # (a figure, or a side the glossary has no words for, is the answer's to judge)
        words = thing_words_en(side)
        return bool(re.search(r"\d", side)) or not words or any(w in t for w in words for t in texts)

    return uncounted(sides, written) if texts else []


def side_comparison_refusal(q: Any, index: Any, t: dict) -> str | None:
    """The answer that the comparison cannot be made for lack of a side's figure (extractive template
    cannot_compare_side), None when every side compared is written."""
    missing = uncounted_sides(q, index)
    if not missing:
        return None
    return t["cannot_compare_side"].format(side=("、" if q.language == "zh" else ", ").join(missing))
