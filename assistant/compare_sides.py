"""A comparison of two figures of ONE report: two prose figures ("微信公众号推送和微博发布哪个多？多几条？", "当面申请的和来信
申请的 哪种多？差多少") or two columns of one table row ("natural persons vs commercial enterprises — how big is the
gap?").  Each side is asked on its own (``compare_sides_zh``: one ask per side, the difference asked is no ask), and
the answer states which is more and the difference "A − B = D", computed from the two cited figures
(``SidesOfOneReport``, a mixin of ``assistant.answer.ExtractiveEngine``), never their sum.

English sides are joined by or / vs / than / outnumbered, or follow "compare" / "between" ("the gap between work
updates and leadership items"); a side the glossary words in Chinese ("face to face" -> 当面) is checked against the
label of the figure found for it.  A side stated by a table cell and by a sentence is cited by the sentence that
writes its words (``side_in_own_words``, assistant/side_labels.py); a breakdown whose two parts the question names answers it too.  What is
counted may stand between the question word and 多 ("官网和“青禾信访”公众号哪个公开的信息更多": each side's ask counts
公开的信息).  An English answer names the side that is more in the report's words too ("penalty decisions (行政处罚) —
more"; the columns' words for two cells of one row: "natural persons (自然人)").

Comparisons of two reports (two agencies, two years) are written by ``assistant.several_reports``; a side that is
a report's name or a year is left to it.  The words are data (glossary.toml [patterns] compare, compare_which_zh,
compare_apart_zh, compare_each_asked_zh, compare_conj_zh, compare_conj_en, compare_pair_en, difference_only).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.aggregate import asks_comparison, asks_difference_only
from assistant.core.glossary import GLOSSARY
from assistant.multiples import multiple_line, percent_line
from assistant.query import report_names
from assistant.shapes import asked_unit, covers, passage_sentences
from assistant.side_labels import names_side
from assistant.sides_by_labels import sides_by_labels
from assistant.sides_en import compare_sides_en, without_breakdown  # noqa: F401  (compare_sides_en: the English sides, once here)
from assistant.writeup import Writeup, difference_unit, fmt_value, sides_own_words, unit_text, who

if TYPE_CHECKING:  # (assistant.evidence splits asks with compare_sides_zh: no import at run time)
    from assistant.evidence import AskEvidence

Q = GLOSSARY.patterns
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MASKED_OR_DIGIT = re.compile(r"[\ue000-\uf8ff\d]")  # a report's name (masked by assistant.asks) or a year
_SENTENCE_END = re.compile(r"[。！!？?\n]")
_SEPARATOR = re.compile(r"[\s，,：:；;]")
_QUOTED_ZH = re.compile(r"“[^“”]{1,30}”|「[^「」]{1,30}」|‘[^‘’]{1,30}’|\"[^\"]{1,30}\"")
# what a first side counts after its 的 ("…那块的信息", "受理的申请"): a short noun, no clause (no comma, no other 的)
_COUNTED_AFTER_FIRST = re.compile(r"的[^的，,、\s]{1,8}$")
# the things a count counts, named once after the first side ("…发布的信息比微信公众号多几条")
_COUNTED_NOUN = re.compile(r"(?:政府|政务)?(?:信息|文章|稿件|内容|申请|案件)")
_YEAR_SIDE = re.compile(r"(?:19|20)\d\d年?")  # a side that is a year ("2013年", "2013"), earlier years first
_UNIT_AFTER_FIGURE = re.compile(r"\s*(?:人次|万元|[件条个项次人家份篇场期批])?")


def compare_sides_zh(norm: str) -> list[tuple[str, str]] | None:
    """The two asks of a Chinese comparison of two things of one report, each with the question's frame, and the side
    it asks: "X2022年，微信公众号推送和微博发布哪个多？多几条" -> [("X2022年，微信公众号推送多少条", "微信公众号推送"),
    ("X2022年，微博发布多少条", "微博发布")];
    "当面申请比来信申请多几件" -> [("…当面申请多少件", "当面申请"), ("…来信申请多少件", "来信申请")]; "A和B各多少条，
    差多少", "A和B相差几件" alike;
    None when the question compares no two things joined before its question word, or when a side is a report or a
    year (names masked by the ask splitter; "2019年度和2020年度比哪年多" compares reports)."""
    if not _CJK.search(norm):
        return None
    m = Q["compare_which_zh"].search(norm)
    # ("A是B的几倍": the second side after 是, as after 比)
    than = (Q["compare_than_zh"].search(norm) or Q["compare_multiple_zh"].search(norm)
            or Q["compare_than_yes_no_zh"].search(norm)) if not m else None  # ("A是不是比B多？各几件")
    if than and Q["compare_before_after"].match(norm, than.start()):
        return None  # ("比原来多了几个": the state before a change, no side of its own: assistant/before_after.py)
    # "当面申请的和来信申请的相差几件", "A和B各多少条，差多少": the difference asked right after the two sides
    m = m or (Q["compare_apart_zh"].search(norm) if not than else None)
    each = None
    if than:  # "当面申请比来信申请多几件"
        before, second = norm[: than.start()].rstrip(" ，,"), than.group("second")
        m = than
    elif m:  # "微信公众号推送和微博发布哪个多"; "A和B各有几件？哪个多": the sides' own question word is no side
        # (with the comma the match of 哪个 took: "…分别公开了多少条信息，哪个多")
        each = Q["compare_each_asked_zh"].search(norm[: m.start() + len(re.match(r"[，,\s]*", norm[m.start():]).group())])
        head = norm[: each.start() if each else m.start()].rstrip(" ，,")
        quoted = [m.span() for m in _QUOTED_ZH.finditer(head)]  # (“执行和结果”和“管理与服务”: a quoted side's 和 joins none)
        conj = [c for c in Q["compare_conj_zh"].finditer(head) if not any(a < c.start() < b for a, b in quoted)]
        if not conj:
            return None
        before, second = head[: conj[-1].start()], head[conj[-1].end() :].strip(" ，,")
        # ("…官网发布的信息跟…公众号发布的相差多少条": the 的 the difference's words took ends the second side)
        second += "的" if not each and norm.startswith("的", m.start()) and not second.endswith("的") else ""
    else:
        return None
    # the frame the first side follows: the last separator, else the longest start that ends a noun phrase's lead
    # ("…2023年依申请那块 当面来申请的": "…那块 "; "X2023年政务微博发布": "X2023年"), leaving the side 2 characters
    # a qualifier of both sides: written once after the second ("规章和规范性文件的对外公开总数量") or after each
    # ("微博发布的条数和微信推送的条数"); the first side is cut before it
    shared = re.search(r"的[^的]{2,}$", second)
    own = shared.group() if shared and before.endswith(shared.group()) else ""
    # the thing counted named after the first side only, the second ending at its 的 ("…2016年，土地矿产交易那块的信息比
    # 国有产权交易的多几条", "受理的申请比办结的多几件"): it is each side's thing, no word of the first side
    elided = _COUNTED_AFTER_FIRST.search(before) if not own else None
    # (... or the second a bare name without it: "官网发布的信息比微信公众号多了几条", each side's 信息)
    elided = elided if elided and (second.endswith("的") or _COUNTED_NOUN.fullmatch(elided.group()[1:])
                                   and elided.group()[1:] not in second) else None
    own = elided.group() if elided else own
    # (the words pointing at the first side end it: "网上申请那块比当面申请那块多几件" cuts no side at 申请)
    core = Q["compare_side_pointer_zh"].sub("", before[: len(before) - len(own)]).rstrip(" ，,")
    cut = next((k for k in range(len(core) - 2, 0, -1)
                if _SEPARATOR.match(core[k - 1]) or Q["np_start_zh"].fullmatch(core[:k])), 0)
    lead, first = core[:cut], core[cut:].strip(" ，,")
    sides = [re.sub(r"的$", "", s) for s in (first, second)]
    sides = [Q["compare_side_bare_verb_zh"].sub("", s) for s in sides]  # ("微博发的": 微博)
    sides = [re.sub(r"^[“「‘\"](.+)[”」’\"]$", r"\1", s) for s in sides]  # (a quoted side is its words)
    sides = [Q["compare_side_pointer_zh"].sub("", s) or s for s in sides]  # ("土地矿产交易那块": 土地矿产交易)
    if shared and "的" not in sides[0]:
        sides[0] += shared.group()
    if any(len(s) < 2 or len(s) > 20 or _MASKED_OR_DIGIT.search(s) or Q["compare_time_side_zh"].search(s)
           or Q["compare_direction_side_zh"].match(s) for s in sides):
        return None
    rest = norm[m.end() - 2 :]  # (the question word of "…多几件" is the end of the match)
    rest = rest[2:] if rest.endswith("倍", 0, 2) or rest.startswith("倍", 1) else rest  # ("是B的几倍？各多少条": 条)
    ask = "多少" + (asked_unit(rest) or (asked_unit(each.group()) if each else "") or "")  # "…多几件", "各有几件"
    counted = m.groupdict().get("counted") or ""  # ("哪个公开的信息更多": each side's ask counts 公开的信息)
    # ("…上分别公开了多少条信息，哪个多": each side's ask is 公开了多少条信息)
    verb, noun = ((each.groupdict().get("verb") or "", each.groupdict().get("noun") or "") if each else ("", ""))
    lead = without_breakdown(lead)
    named = elided.group() if elided else ""  # ("…土地矿产交易的信息多少条", "…国有产权交易的信息多少条")
    return [(f"{lead}{s}{named}{counted}{verb}{ask}{noun}", s) for s in sides]


def _year_change_match(text: str) -> re.Match | None:
    return Q["year_change_zh"].search(text) or Q["year_change_en"].search(text.lower())


def year_change(text: str) -> list[tuple[str, float, str]] | None:
    """The two years' figures of a change stated in one clause, earlier year first, as (year, value, unit):
    "…由2013年的640条增加到2014年的815条" -> [("2013", 640.0, "条"), ("2014", 815.0, "条")]; None without one."""
    m = _year_change_match(text)
    if not m:
        return None
    unit = m.group("unit") or ""
    return [(m.group(y), float(m.group(v).replace(",", "")), unit) for y, v in (("y1", "a"), ("y2", "b"))]


def _side_label(focus: str) -> str:
    """An ask's own words as the name of its side, without its question words ("how many were work updates")."""
    return re.sub(r"^(?:and\s+)?how (?:many|much)\s+(?:(?:were|was|are|is|did|do|does)\s+)?(?:there\s+)?", "", focus or "")


def _leaf(fact) -> str:
    """A fact's own label: the last part of its label path ("总体情况 / 主动公开 / 领导信息" -> "领导信息")."""
    return (fact.label_zh or fact.row or "").split(" / ")[-1]


def _leaf_core(fact) -> str:
    """A part's label without its generic ending ("领导信息" -> "领导", "部门工作动态信息" -> "部门工作动态"); never
    shorter than two characters (else the whole label)."""
    core = re.sub(r"(?:的|类|信息|政府信息)+$", "", _leaf(fact))
    return core if len(core) >= 2 else _leaf(fact) or "\0"


@dataclass
class Side:
    """One side of a comparison: its words, its figure and unit, and the citation marker of the line stating it."""

    label: str
    value: float
    unit: str
    n: int
    own: str = ""  # the report's own words of the side (its row or clause: "行政处罚"), named beside English words


def _number(figure: str) -> tuple[float, str] | None:
    """'1155条' -> (1155.0, '条'); None for a figure that is no number."""
    m = re.match(r"\s*(\d[\d,]*(?:\.\d+)?)\s*(\S*)", figure or "")
    return (float(m.group(1).replace(",", "")), m.group(2)) if m else None


def write_which_more(q, sides: list[Side], w: Writeup, t: dict) -> None:
    """Which of two sides is more, and the difference "A − B = D" with the citations of both."""
    unit = next((s.unit for s in sides if s.unit), "")
    hi, lo = sorted(sides, key=lambda s: -s.value)
    if hi.value == lo.value:
        w.lines.append(t["compare_sides_equal"])
        return
    # ("penalty decisions (行政处罚) — more": the English reader finds the side in the cited Chinese by its own words)
    shown_label = f"{hi.label} ({hi.own})" if q.language != "zh" and hi.own and hi.own not in hi.label else hi.label
    w.lines.append(t["compare_sides_higher"].format(label=shown_label))
    shown = difference_unit(unit, q.language, t)
    shown = f" {shown}" if shown and q.language != "zh" else shown  # "30 items", "30条"
    w.lines.append(t["difference_line"].format(
        a=fmt_value(hi.value, q.language), na=hi.n, b=fmt_value(lo.value, q.language), nb=lo.n,
        value=fmt_value(hi.value - lo.value, q.language), unit=shown))
    if line := multiple_line(q.norm, hi.value, hi.n, lo.value, lo.n, q.language, t):
        w.lines.append(line)
    # (a fall between two years is measured from the earlier year's figure, the first side)
    fall = hi is sides[0] and _YEAR_SIDE.fullmatch(hi.label) is not None
    if line := percent_line(q.norm, hi.value, hi.n, lo.value, lo.n, q.language, t, from_higher=fall):
        w.lines.append(line)


class SidesOfOneReport:
    """Which side is more, and by how much, among the figures one answer wrote."""

    def _compare_sides(self, q, asks: list[AskEvidence], numeric: dict[int, list], w: Writeup, t: dict) -> bool:
        """When the question compares and the answer states exactly two figures (one per ask, or the two of its only
        ask), write which is more and the difference "A − B = D" in sight of the two citations; True when written.
        `numeric`: per ask (its index), the (label, value, unit, citation number, Fact or None) of each figure written."""
        if not asks_comparison(q.norm):
            return False
        sides: list[Side] = []
        answering = [i for i, a in enumerate(asks) if not asks_difference_only(a.ask.text, a.ask.focus)]
        with_figures = [i for i in answering if numeric.get(i)]
        if len(with_figures) == 2 and all(len(numeric[i]) == 1 for i in with_figures):
            picked = [(asks[i].ask.side or _side_label(asks[i].ask.focus) or label, value, unit, n, fact)
                      for i in with_figures for label, value, unit, n, fact in numeric[i]]
        elif len(with_figures) == 1 and len(numeric[with_figures[0]]) == 2 and not asks[with_figures[0]].breakdown:
            picked = list(numeric[with_figures[0]])
        elif len(with_figures) == 1 and asks[with_figures[0]].breakdown:
            # "work-update items vs leadership items" answered by the breakdown of the total they are parts of
            picked = self._two_named_parts(q, asks[with_figures[0]], w)
            if not picked:
                return False
        else:
            return False
        sides_asked = {i: asks[i].ask.side or "" for i in with_figures}
        if len(with_figures) == 2 and not all(names_side(sides_asked[i], fact, tuple(s for j, s in sides_asked.items() if j != i))
                                              for i in with_figures for *_rest, fact in numeric[i]):
            return False  # a side answered by a figure of something else (the total of a part not found)
        owns = sides_own_words([fact for *_rest, fact in picked])
        sides = [Side(label, value, unit, n, own) for (label, value, unit, n, _fact), own in zip(picked, owns)]
        if len({s.n for s in sides}) < 2:
            return False
        facts = [fact for *_rest, fact in picked if fact is not None]
        if len(facts) == 2 and (self._includes(facts[0], facts[1]) or self._includes(facts[1], facts[0])):
            return False  # a total and a part of it (a side found as the whole it belongs to): no two sides
        units = {s.unit for s in sides if s.unit}
        if len(units) > 1:
            return False  # two counts of different things: nothing to subtract
        write_which_more(q, sides, w, t)
        return True

    def _sides_of_labels(self, q, asks: list[AskEvidence], t: dict) -> Writeup | None:
        """The fallback of a Chinese comparison of two things of one report whose split missed a side: the two
        prose figures of the report whose labels the question writes (assistant/sides_by_labels.py), each stated
        and cited, which is more and the difference, as a new answer; None (today's answer stands) unless sure.
        The report: the one the question is scoped to, else the one all the asks' evidence is of."""
        if q.language != "zh" or not asks_comparison(q.norm):
            return None
        docs = set(q.doc_ids or [])
        if not docs:
            docs = {f.doc_id for a in asks for f in a.facts} | {h.chunk.doc_id for a in asks for h in a.sentences}
        r = self.index.by_doc.get(next(iter(docs))) if len(docs) == 1 else None
        if r is None:
            return None
        text = q.norm
        for name in sorted({n for n, _k in report_names(r) if len(n) >= 2}, key=len, reverse=True):
            text = text.replace(name, "\0" * len(name))  # (a report's name holds no side; places kept)
        sides = sides_by_labels(text, self.gatherer.fact_index.facts([r.doc_id]), self._includes)
        if sides is None:
            return None
        w = Writeup()
        year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
        written = []
        for s in sides:
            f = s.fact
            n = w.cite(self.fact_citation(f, r))
            w.lines.append(t["fact"].format(who=who(r, q.language), year_part=year_part, label=_leaf(f),
                                            value=fmt_value(f.value, q.language), unit=unit_text(f.unit, q.language), n=n))
            written.append(Side(_leaf(f), f.value, f.unit or "", n))
        write_which_more(q, written, w, t)
        return w

    def _two_named_parts(self, q, a: AskEvidence, w: Writeup) -> list[tuple]:
        """The two parts of an ask's breakdown that the question names, by their own words ("领导信息" in the
        question) or the glossary's words of its English ("work updates" -> 工作动态), as sides (label, value, unit,
        citation, fact); [] unless exactly two are named (a word every part shares names none)."""
        parts = [g for g in a.breakdown if g.value is not None]
        words = {w_ for w_ in q.terms if _CJK.search(w_) and len(w_) >= 2 and not all(w_ in _leaf(g) for g in parts)}
        named = [g for g in parts if any(w_ in _leaf(g) for w_ in words) or _leaf_core(g) in q.norm]
        if len(named) != 2:
            return []
        return [(_leaf(g), g.value, g.unit, w.cite(self.fact_citation(g, self.index.by_doc[g.doc_id])), g) for g in named]

    def _years_of_one_clause(self, q, a: AskEvidence, w: Writeup, t: dict, passages=()) -> bool:
        """A comparison of two years ("2014年比2013年多了多少", "比上年多几条", "more in 2013 or 2014") answered by the
        one clause of a report that states both years ("信息发布量由2013年的640条增加到2014年的815条"), found in the
        sentence of the fact or of the sentence the ask found (a total stated after it, "总计935条", is no side), else
        in the retrieved sentence with such a clause of the years asked that holds most of the ask's words (the
        other year's report need not exist: the one report states both): both years' figures, cited by that
        clause, which is more, the difference; True when written."""
        if not (asks_comparison(q.norm) and Q["compare_years"].search(q.norm)):
            return False
        places = [(f.doc_id, f.section, *self._clean_span(f)) for f in a.facts if f.kind == "narrative"]
        places += [(h.chunk.doc_id, h.chunk.section, *h.span) for h in a.sentences]
        places += self._year_change_sentences(a.q, passages, set(q.years))
        for doc_id, section, s, e in places:
            r = self.index.by_doc.get(doc_id)
            if r is None or s is None:
                continue
            sentence = self.index.texts(doc_id)[1][s:e]
            m = _year_change_match(sentence)
            years = year_change(sentence)
            if not m or not years or r.year not in {int(y) for y, _v, _u in years}:
                continue
            if not self._holds_asked_thing(a.q, sentence):
                continue  # (another thing's change between the years: "信息发布量由…增加到…" of "申请比上年增加还是减少")
            if len(set(q.years)) >= 2 and not set(q.years) <= {int(y) for y, _v, _u in years}:
                continue  # ("2012 or 2014": a clause of 2013 and 2014 states another pair)
            lead = max((k + 1 for k, ch in enumerate(sentence[: m.start()]) if _SEPARATOR.match(ch) or ch in "。！!"),
                       default=0)
            label = sentence[lead : m.start()].strip() or ("" if q.language == "zh" else "figure")
            end = m.end() + len(_UNIT_AFTER_FIGURE.match(sentence, m.end()).group())  # ("…到2014年的815条": its unit)
            n = w.cite(self.span_citation(r, section, s + lead, s + end))
            for y, v, u in years:
                w.lines.append(t["fact"].format(who=who(r, q.language), year_part=t["fact_year_part"].format(year=y),
                                                label=label, value=fmt_value(v, q.language), unit=unit_text(u, q.language), n=n))
            year_label = "{}年" if q.language == "zh" else "{}"
            write_which_more(q, [Side(year_label.format(y), v, u, n) for y, v, u in years], w, t)
            return True
        return False

    def _thing_terms(self, q) -> dict[str, float]:
        """The ask's evidence words but those of its year-over-year frame ("增加", "减少", "上年", "up or down")."""
        return {t: wt for t, wt in self.gatherer.key_terms(q).items() if not Q["compare_years_frame_term"].match(t.lower())}

    def _holds_asked_thing(self, q, sentence: str) -> bool:
        """`sentence` holds a word of the thing the ask compares over the years (True when the ask names none but
        its frame)."""
        terms = self._thing_terms(q)
        return not terms or any(covers(t, sentence.lower()) for t in terms)

    def _year_change_sentences(self, q, passages, years: set[int]) -> list[tuple[str, str, int, int]]:
        """The sentences of the retrieved passages of the question's reports that state a change between two years
        in one clause (of the years asked, when two are), as (doc, section, start, end) in the cleaned text, those
        holding more of the ask's words first; only sentences holding one of its words at all (a change of
        something else answers nothing)."""
        def states(sentence: str) -> bool:
            stated = year_change(sentence)
            return bool(stated) and (len(years) < 2 or years <= {int(y) for y, _v, _u in stated})

        return self._sentences_stating(q, passages, states)

    def _sentences_stating(self, q, passages, states) -> list[tuple[str, str, int, int]]:
        """The sentences of the retrieved passages of the question's reports for which `states(sentence)` holds, as
        (doc, section, start, end) in the cleaned text, those holding more of the ask's words first; only sentences
        holding one of its words at all."""
        terms = self._thing_terms(q) or self.gatherer.key_terms(q)
        scope = set(q.doc_ids or [])
        found: list[tuple[float, tuple[str, str, int, int]]] = []
        for chunk, _score in passages:
            if chunk.kind != "text" or (scope and chunk.doc_id not in scope):
                continue
            for s, e in passage_sentences(chunk.clean_text):
                sentence = chunk.clean_text[s:e]
                if not states(sentence):
                    continue
                cover = sum(wt for term, wt in terms.items() if covers(term, sentence.lower()))
                if cover > 0:
                    found.append((-cover, (chunk.doc_id, chunk.section, chunk.clean_start + s, chunk.clean_start + e)))
        return [place for _c, place in sorted(found, key=lambda x: x[0])]

    def _clean_span(self, f) -> tuple[int | None, int | None]:
        """The cleaned-text offsets of the whole sentence a fact's quote is in (its quote may be its clause only:
        "…总计935条" of "信息发布量由2013年的…增加到2014年的…,…,总计935条"); (None, None) when they cannot be mapped."""
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
