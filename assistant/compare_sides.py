"""A comparison of two figures of ONE report: two prose figures ("微信公众号推送和微博发布哪个多？多几条？", "当面申请的和来信
申请的 哪种多？差多少") or two columns of one table row ("natural persons vs commercial enterprises — how big is the
gap?").  Each side is asked on its own (``compare_sides_zh``: one ask per side, the difference asked is no ask), and
the answer states which is more and the difference "A − B = D", computed from the two cited figures
(``SidesOfOneReport``, a mixin of ``assistant.answer.ExtractiveEngine``), never their sum.

Comparisons of two reports (two agencies, two years) are written by ``assistant.several_reports``; a side that is
a report's name or a year is left to it.  The words are data (glossary.toml [patterns] compare, compare_which_zh,
compare_conj_zh, difference_only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.aggregate import asks_comparison, asks_difference_only
from assistant.core.glossary import GLOSSARY
from assistant.labels import fact_search_text
from assistant.shapes import asked_part, names_part
from assistant.writeup import Writeup, fmt_value, unit_text

if TYPE_CHECKING:  # (assistant.evidence splits asks with compare_sides_zh: no import at run time)
    from assistant.evidence import AskEvidence

Q = GLOSSARY.patterns
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MASKED_OR_DIGIT = re.compile(r"[\ue000-\uf8ff\d]")  # a report's name (masked by assistant.asks) or a year
_SEPARATOR = re.compile(r"[\s，,：:；;]")
_SIDE_NAMED = 0.5  # the share of a side's character pairs its figure's label holds
_UNIT_ASKED = re.compile(r"(?:多少|几)(人次|[件条个项次人家份篇场期批])")


def compare_sides_zh(norm: str) -> list[tuple[str, str]] | None:
    """The two asks of a Chinese comparison of two things of one report, each with the question's frame, and the side
    it asks: "X2022年，微信公众号推送和微博发布哪个多？多几条" -> [("X2022年，微信公众号推送多少条", "微信公众号推送"),
    ("X2022年，微博发布多少条", "微博发布")];
    "当面申请比来信申请多几件" -> [("…当面申请多少件", "当面申请"), ("…来信申请多少件", "来信申请")];
    None when the question compares no two things joined before its question word, or when a side is a report or a
    year (names masked by the ask splitter; "2019年度和2020年度比哪年多" compares reports)."""
    if not _CJK.search(norm):
        return None
    m = Q["compare_which_zh"].search(norm)
    than = Q["compare_than_zh"].search(norm) if not m else None
    if than:  # "当面申请比来信申请多几件"
        before, second = norm[: than.start()].rstrip(" ，,"), than.group("second")
        m = than
    elif m:  # "微信公众号推送和微博发布哪个多"
        head = norm[: m.start()].rstrip(" ，,")
        conj = list(Q["compare_conj_zh"].finditer(head))
        if not conj:
            return None
        before, second = head[: conj[-1].start()], head[conj[-1].end() :].strip(" ，,")
    else:
        return None
    # the frame the first side follows: the last separator, else the longest start that ends a noun phrase's lead
    # ("…2023年依申请那块 当面来申请的": "…那块 "; "X2023年政务微博发布": "X2023年"), leaving the side 2 characters
    cut = next((k for k in range(len(before) - 2, 0, -1)
                if _SEPARATOR.match(before[k - 1]) or Q["np_start_zh"].fullmatch(before[:k])), 0)
    lead, first = before[:cut], before[cut:].strip(" ，,")
    sides = [re.sub(r"的$", "", s) for s in (first, second)]
    if any(len(s) < 2 or len(s) > 20 or _MASKED_OR_DIGIT.search(s) or Q["compare_time_side_zh"].search(s) for s in sides):
        return None
    rest = norm[m.end() - 2 :]  # (the question word of "…多几件" is the end of the match)
    unit = _UNIT_ASKED.search(rest) or re.search(r"[多少差]了?几(人次|[件条个项次人家份篇场期批])", rest)
    ask = "多少" + (unit.group(1) if unit else "")
    return [(f"{lead}{s}{ask}", s) for s in sides]


@dataclass
class Side:
    """One side of a comparison: its words, its figure and unit, and the citation marker of the line stating it."""

    label: str
    value: float
    unit: str
    n: int


def _names_side(side: str, fact) -> bool:
    """The figure found for a side is of that side: its label names the part of the applications the side names
    ("写信申请": 来信, 信函), else holds half the side's character pairs ("微博发布" of "微博发布信息")."""
    if not side or fact is None:
        return True  # (a figure of a sentence is found by its clause's words)
    label = fact_search_text(fact)
    part = asked_part(side)
    if part:
        return names_part(part[1], label)
    pairs = {side[i : i + 2] for i in range(len(side) - 1)}
    return sum(p in label for p in pairs) >= _SIDE_NAMED * len(pairs)


def _number(figure: str) -> tuple[float, str] | None:
    """'1155条' -> (1155.0, '条'); None for a figure that is no number."""
    m = re.match(r"\s*(\d[\d,]*(?:\.\d+)?)\s*(\S*)", figure or "")
    return (float(m.group(1).replace(",", "")), m.group(2)) if m else None


class SidesOfOneReport:
    """Which side is more, and by how much, among the figures one answer wrote."""

    def _compare_sides(self, q, asks: list[AskEvidence], numeric: dict[int, list], w: Writeup, t: dict) -> bool:
        """When the question compares and the answer states exactly two figures (one per ask, or the two of its only
        ask), write which is more and the difference "A − B = D" in sight of the two citations; True when written.
        `numeric`: per ask (its index), the (label, value, unit, citation number, Fact or None) of each figure written."""
        if not asks_comparison(q.norm):
            return False
        sides: list[Side] = []
        answering = [i for i, a in enumerate(asks) if not asks_difference_only(a.ask.text)]
        with_figures = [i for i in answering if numeric.get(i)]
        if len(with_figures) == 2 and all(len(numeric[i]) == 1 for i in with_figures):
            picked = [(asks[i].ask.side or asks[i].ask.focus or label, value, unit, n, fact)
                      for i in with_figures for label, value, unit, n, fact in numeric[i]]
        elif len(with_figures) == 1 and len(numeric[with_figures[0]]) == 2 and not asks[with_figures[0]].breakdown:
            picked = list(numeric[with_figures[0]])
        else:
            return False
        if len(with_figures) == 2 and not all(_names_side(asks[i].ask.side, fact) for i in with_figures
                                              for *_rest, fact in numeric[i]):
            return False  # a side answered by a figure of something else (the total of a part not found)
        sides = [Side(label, value, unit, n) for label, value, unit, n, _fact in picked]
        if len({s.n for s in sides}) < 2:
            return False
        facts = [fact for *_rest, fact in picked if fact is not None]
        if len(facts) == 2 and (self._includes(facts[0], facts[1]) or self._includes(facts[1], facts[0])):
            return False  # a total and a part of it (a side found as the whole it belongs to): no two sides
        units = {s.unit for s in sides if s.unit}
        if len(units) > 1:
            return False  # two counts of different things: nothing to subtract
        unit = next(iter(units), "")
        hi, lo = sorted(sides, key=lambda s: -s.value)
        if hi.value == lo.value:
            w.lines.append(t["compare_sides_equal"])
            return True
        w.lines.append(t["compare_sides_higher"].format(label=hi.label))
        w.lines.append(t["difference_line"].format(
            a=fmt_value(hi.value, q.language), na=hi.n, b=fmt_value(lo.value, q.language), nb=lo.n,
            value=fmt_value(hi.value - lo.value, q.language), unit=unit_text(unit, q.language)))
        return True

    @staticmethod
    def sentence_side(hit) -> tuple[float, str] | None:
        """The figure a sentence hit states, as a number and its unit (a prose figure no fact holds: "…推送信息1363")."""
        return _number(hit.figure) if hit.clause and hit.figure and hit.figure != "0" else None
