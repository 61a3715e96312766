"""The fallback of a comparison of two things of one report whose split into sides missed one ("网站上的工作动态类跟
通知公告类相比多出来几条" split into no sides at all, or a side whose ask found only the report's total): the sides
recovered from the question's own words matched against the labels of the scoped report's prose figures.

A prose figure's own label ("工作动态", "部门文件类信息") without its generic ending (类, 信息, 的) is a side when the
question writes it word for word; the comparison is made only when exactly two such labels are named, at their own
places of the question, with one figure each, in one unit, and neither a total nor a part of the other.  Anything
less sure (one label, three, a label with two figures, a total) keeps the answer as it was.  Chinese questions only:
an English side is words of the glossary, not of the report's labels (assistant/sides_en.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact

Q = GLOSSARY.patterns
_CJK = re.compile(r"[\u4e00-\u9fff]")
# what a label says before its own words ("其中:组织机构类信息", "其中包括政策解读")
_LEAD = re.compile(r"^(?:其中(?:包括|包含|有)?|包括|含)[:：,，\s]*")
# the generic ending every figure of a report shares ("部门文件类信息" names 部门文件)
_GENERIC_END = re.compile(r"(?:的|类|方面|政府信息|政务信息|信息|事项)+$")
# a label that is a total ("总计", "…共", "合计"): never a side beside its parts
_TOTAL = re.compile(r"总计|合计|总数|总量|累计|共计|共$|全部|各类")
_MIN_WORDS = 2


@dataclass
class LabelSide:
    """A side found by its label: the label's words the question writes, where, and the figure."""

    words: str
    start: int
    fact: Fact


def _label_words(fact: Fact) -> str:
    """A prose figure's own words as a question names them: its last label part, without a lead-in and the generic
    ending ("总体情况 / 部门文件类信息" -> "部门文件"); "" for a label holding a figure or a total (a label run together
    with the figures before it says no one thing)."""
    leaf = _LEAD.sub("", (fact.label_zh or "").split(" / ")[-1]).strip()
    if not leaf or re.search(r"\d", leaf) or _TOTAL.search(leaf):
        return ""
    words = _GENERIC_END.sub("", leaf)
    return words if len(words) >= _MIN_WORDS and _CJK.search(words) else ""


def _part_of(a: Fact, b: Fact) -> bool:
    """`a` is stated under `b` ("…主动公开政府信息共 / 其中包括政策解读" under "…主动公开政府信息共")."""
    return bool(a.label_zh and b.label_zh) and a.label_zh.startswith(b.label_zh + " / ")


def sides_by_labels(question: str, facts: list[Fact], includes=None) -> list[LabelSide] | None:
    """The two sides of a comparison of `question` (normalised, Chinese; report names masked by the caller) among the
    prose figures `facts` of its one report, in the order the question names them; None unless exactly two labels
    are named, each with one figure, in one unit, neither a total nor a part of the other (`includes(total, part)`:
    a total counting a part, assistant/totals.py)."""
    if not _CJK.search(question) or Q["compare_years"].search(question) or Q["compare_before_after"].search(question):
        return None  # (two years, or the state before a change: other comparisons, not of two labels)
    found: dict[str, list[LabelSide]] = {}
    for f in facts:
        if f.kind != "narrative" or f.value is None:
            continue
        words = _label_words(f)
        at = question.find(words) if words else -1
        if at >= 0:
            found.setdefault(words, []).append(LabelSide(words, at, f))
    # words inside other words the question names ("公开指南" of "政府信息公开指南") name no side of their own
    spans = {w: (s[0].start, s[0].start + len(w)) for w, s in found.items()}
    kept = {w: s for w, s in found.items()
            if not any(o != w and spans[o][0] <= spans[w][0] and spans[w][1] <= spans[o][1] for o in spans)}
    if len(kept) != 2:
        return None
    sides = []
    for same in kept.values():
        if len({s.fact.value for s in same}) != 1:
            return None  # two figures of one label: which one is meant is not sure
        sides.append(same[0])
    (a, b) = sorted(sides, key=lambda s: s.start)
    if a.start + len(a.words) > b.start:
        return None
    fa, fb = a.fact, b.fact
    if (fa.unit or "") != (fb.unit or "") or _part_of(fa, fb) or _part_of(fb, fa):
        return None
    if includes is not None and (includes(fa, fb) or includes(fb, fa)):
        return None
    return [a, b]
