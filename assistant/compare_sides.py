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

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.aggregate import asks_comparison, asks_difference_only
from assistant.core.glossary import GLOSSARY
from assistant.labels import fact_search_text
from assistant.shapes import asked_part, asked_unit, names_part
from assistant.writeup import Writeup, fmt_value, unit_text, who

if TYPE_CHECKING:  # (assistant.evidence splits asks with compare_sides_zh: no import at run time)
    from assistant.evidence import AskEvidence

Q = GLOSSARY.patterns
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MASKED_OR_DIGIT = re.compile(r"[\ue000-\uf8ff\d]")  # a report's name (masked by assistant.asks) or a year
_SENTENCE_END = re.compile(r"[。！!？?\n]")
_SEPARATOR = re.compile(r"[\s，,：:；;]")
_SIDE_NAMED = 0.5  # the share of a side's character pairs its figure's label holds


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
    # a qualifier of both sides: written once after the second ("规章和规范性文件的对外公开总数量") or after each
    # ("微博发布的条数和微信推送的条数"); the first side is cut before it
    shared = re.search(r"的[^的]{2,}$", second)
    own = shared.group() if shared and before.endswith(shared.group()) else ""
    core = before[: len(before) - len(own)]
    cut = next((k for k in range(len(core) - 2, 0, -1)
                if _SEPARATOR.match(core[k - 1]) or Q["np_start_zh"].fullmatch(core[:k])), 0)
    lead, first = core[:cut], core[cut:].strip(" ，,")
    sides = [re.sub(r"的$", "", s) for s in (first, second)]
    if shared and "的" not in sides[0]:
        sides[0] += shared.group()
    if any(len(s) < 2 or len(s) > 20 or _MASKED_OR_DIGIT.search(s) or Q["compare_time_side_zh"].search(s) for s in sides):
        return None
    rest = norm[m.end() - 2 :]  # (the question word of "…多几件" is the end of the match)
    ask = "多少" + (asked_unit(rest) or "")  # the unit of "…多几件", "差了几条"
    return [(f"{lead}{s}{ask}", s) for s in sides]


_EN_WORD = re.compile(r"[a-z][a-z'&-]*")
_EN_SIDE_WORDS = 5  # a side is a short noun phrase ("in person", "commercial enterprises", "WeChat posts")


def compare_sides_en(norm: str) -> list[tuple[str, str]] | None:
    """The two asks of an English comparison of two things of one report, mirroring ``compare_sides_zh``: the
    question up to the first side, then each side: "qinghe 2023: were more requests made in person or by letter?
    difference?" -> [("qinghe 2023: were how many requests made in person", "in person"), ("… by letter", "by
    letter")]; "…: natural persons vs commercial enterprises — how big is the gap" -> sides "natural persons",
    "commercial enterprises".  A side that leads with a preposition ("by letter", "from enterprises") makes the
    first side start at the same kind of word; else the first side has as many words as the second.  None when the
    question has Chinese, compares no two joined things, or a side is a report, a year or a time ("last year")."""
    if _CJK.search(norm) or not asks_comparison(norm) or Q["compare_no_sides_en"].search(norm):
        return None
    for conj in Q["compare_conj_en"].finditer(norm):
        rest = norm[conj.end() :].lstrip()
        end = Q["compare_side_end_en"].search(rest)
        second = rest[: end.start()].strip() if end else ""
        words = _EN_WORD.findall(second)
        before = norm[: conj.start()].rstrip(" ,")
        if not words or len(second.split()) > _EN_SIDE_WORDS or not _EN_WORD.fullmatch(before.split()[-1] if before else ""):
            continue
        lead = Q["compare_side_lead_en"].match(second)
        if lead:  # "in person or by letter": the first side starts at the last such word before the conjunction
            starts = [m.start() for m in Q["compare_side_lead_en"].finditer(before)]
            start = starts[-1] if starts else -1
        else:  # "wechat posts or weibo posts": as many words as the second side
            tokens = list(re.finditer(r"\S+", before))
            start = tokens[-len(second.split())].start() if len(tokens) >= len(second.split()) else -1
        # the first side stays inside its clause, after the comparative word ("…: natural persons", "more X")
        stop = max([m.end() for m in re.finditer(r"[,;:—–]\s*|\s-\s", before)]
                   + [m.end() for m in Q["compare_more_en"].finditer(before)], default=0)
        if start < 0 or start < stop and not lead:
            continue
        first = before[start:].strip()
        if lead and start < stop or len(first.split()) > _EN_SIDE_WORDS:
            continue
        sides = [first, second]
        if any(_MASKED_OR_DIGIT.search(x) or Q["compare_time_side_en"].search(x) for x in sides):
            return None
        head = Q["compare_more_en"].sub("how many ", before[:start], count=1)
        return [(f"{head}{x}".strip(), x) for x in sides]
    return None


def _year_change_match(text: str) -> re.Match | None:
    return Q["year_change_zh"].search(text) or Q["year_change_en"].search(text.lower())


def year_change(text: str) -> list[tuple[str, float, str]] | None:
    """The two years' figures of a change stated in one clause, earlier year first, as (year, value, unit):
    "…由2013年的1128条增加到2014年的1887条" -> [("2013", 1128.0, "条"), ("2014", 1887.0, "条")]; None without one."""
    m = _year_change_match(text)
    if not m:
        return None
    unit = m.group("unit") or ""
    return [(m.group(y), float(m.group(v).replace(",", "")), unit) for y, v in (("y1", "a"), ("y2", "b"))]


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
    if not side or fact is None or not _CJK.search(side):
        # (a figure of a sentence is found by its clause's words; an English side is not checked against a label's
        # gloss, a translation that often words the thing otherwise: "weibo posts" / "government microblog")
        return True
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


def _write_which_more(q, sides: list[Side], w: Writeup, t: dict) -> None:
    """Which of two sides is more, and the difference "A − B = D" with the citations of both."""
    unit = next((s.unit for s in sides if s.unit), "")
    hi, lo = sorted(sides, key=lambda s: -s.value)
    if hi.value == lo.value:
        w.lines.append(t["compare_sides_equal"])
        return
    w.lines.append(t["compare_sides_higher"].format(label=hi.label))
    shown = unit_text(unit, q.language)
    shown = f" {shown}" if shown and q.language != "zh" else shown  # "30 items", "30条"
    w.lines.append(t["difference_line"].format(
        a=fmt_value(hi.value, q.language), na=hi.n, b=fmt_value(lo.value, q.language), nb=lo.n,
        value=fmt_value(hi.value - lo.value, q.language), unit=shown))


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
        _write_which_more(q, sides, w, t)
        return True

    def _years_of_one_clause(self, q, a: AskEvidence, w: Writeup, t: dict) -> bool:
        """A comparison of two years ("2014年比2013年多了多少", "比上年多几条") answered by the one clause of a report
        that states both years ("信息发布量由2013年的1128条增加到2014年的1887条"), found in the sentence of the fact or
        of the sentence the ask found (a total stated after it, "总计2401条", is no side): both years' figures, cited
        by that clause, which is more, the difference; True when written."""
        if not (asks_comparison(q.norm) and Q["compare_years"].search(q.norm)):
            return False
        places = [(f.doc_id, f.section, *self._clean_span(f)) for f in a.facts if f.kind == "narrative"]
        places += [(h.chunk.doc_id, h.chunk.section, *h.span) for h in a.sentences]
        for doc_id, section, s, e in places:
            r = self.index.by_doc.get(doc_id)
            if r is None or s is None:
                continue
            sentence = self.index.texts(doc_id)[1][s:e]
            m = _year_change_match(sentence)
            years = year_change(sentence)
            if not m or not years or r.year not in {int(y) for y, _v, _u in years}:
                continue
            lead = max((k + 1 for k, ch in enumerate(sentence[: m.start()]) if _SEPARATOR.match(ch) or ch in "。！!"),
                       default=0)
            label = sentence[lead : m.start()].strip() or ("" if q.language == "zh" else "figure")
            n = w.cite(self.span_citation(r, section, s + lead, s + m.end()))
            for y, v, u in years:
                w.lines.append(t["fact"].format(who=who(r, q.language), year_part=t["fact_year_part"].format(year=y),
                                                label=label, value=fmt_value(v, q.language), unit=unit_text(u, q.language), n=n))
            year_label = "{}年" if q.language == "zh" else "{}"
            _write_which_more(q, [Side(year_label.format(y), v, u, n) for y, v, u in years], w, t)
            return True
        return False

    def _clean_span(self, f) -> tuple[int | None, int | None]:
        """The cleaned-text offsets of the whole sentence a fact's quote is in (its quote may be its clause only:
        "…总计2401条" of "信息发布量由2013年的…增加到2014年的…,…,总计2401条"); (None, None) when they cannot be mapped."""
        _original, clean, index = self.index.texts(f.doc_id)
        if not index:
            return None, None
        s, e = bisect.bisect_left(index, f.quote_start), bisect.bisect_left(index, f.quote_end)
        if not s < e <= len(clean):
            return None, None
        ends = _SENTENCE_END.finditer(clean, 0, s)
        start = max((m.end() for m in ends), default=0)
        after = _SENTENCE_END.search(clean, e)
        return start, after.end() if after else len(clean)

    @staticmethod
    def sentence_side(hit) -> tuple[float, str] | None:
        """The figure a sentence hit states, as a number and its unit (a prose figure no fact holds: "…推送信息1363")."""
        return _number(hit.figure) if hit.clause and hit.figure and hit.figure != "0" else None
