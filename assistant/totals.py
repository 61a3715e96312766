"""A total and its parts among the figures of one answer: which figure counts another among its own (a 总计 cell, a
prose total whose sentence lists its parts before it), and the asks of "…, how many on A, how many on B, and how many
in total?" answered by the stated total and its parts (never a sum of a total and a part of itself).

``TotalsOfAsks`` is a mixin of ``assistant.answer.ExtractiveEngine`` (it reads ``self.index`` and ``self.gatherer``).
"""

from __future__ import annotations

import re

from assistant.answer_types import counts_items
from assistant.asks import wants_total
from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact
from assistant.evidence import AskEvidence
from assistant.labels import own_words
from assistant.part_sums import prose_figures, sums_to
from assistant.sentences import SentenceHit

_TOTAL_NAMED = GLOSSARY.patterns["total_named"]
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）|\d+[.、])")


class TotalsOfAsks:
    """Totals and their parts among the figures an answer writes."""

    def _includes(self, total: Fact, part: Fact) -> bool:
        """`total` counts `part` among its own: a 总计/合计 cell over the cells of its row or column group, a prose total
        whose sentence lists `part` before it ("…815条,…120条,总计935条") or goes on to break down into it."""
        if total.doc_id != part.doc_id or total.value is None or part.value is None:
            return False
        if total.table != "narrative":
            if total.table != part.table:
                return False
            if total.row == part.row and _TOTAL_WORD.search(total.column.split(" / ")[-1]):
                group = total.column.rsplit(" / ", 1)[0] + " / " if " / " in total.column else ""
                return part.column.startswith(group) and not _TOTAL_WORD.search(part.column.split(" / ")[-1])
            parent = total.row.rsplit(" / ", 1)[0] + " / " if " / " in total.row else ""
            return (total.column == part.column and bool(_TOTAL_WORD.search(_row_words(total.row)))
                    and part.row.startswith(parent) and not _TOTAL_WORD.search(_row_words(part.row)))
        if part.table != "narrative":
            return False
        if self.gatherer.total_of(part) is total:
            return True
        return _is_total(total) and part.start < total.start and _same_sentence(self.index.texts(total.doc_id)[0], part.end, total.start)

    def _total_ask(self, asks: list[AskEvidence]) -> None:
        """"…, how many on A, how many on B, and how many in total": the total ask is answered by the total the
        report states over the figures of its sibling asks (the 总计 of their sentence), and a sibling ask is not
        answered by that total itself: it gets the part of the total the other asks left (the total's sentence
        lists its parts before it, "…815条,在…专栏发布信息120条,总计935条")."""
        totals = [a for a in asks if wants_total(a.ask.text)]
        others = [a for a in asks if a not in totals and a.facts]  # (an ask answered by a sentence: see below)
        if len(asks) < 2 or len(totals) != 1 or totals[0].facts or totals[0].sentences or not others:
            return
        answered = [g for a in others for g in a.facts]
        # the total among the asks' own figures, else the one their sentence states ("…300条,总计1500条")
        stated = {id(f): f for f in answered if _is_total(f) and any(self._includes(f, g) for g in answered if g is not f)}
        if not stated:
            mine = self.gatherer.fact_index.facts(list({g.doc_id for g in answered}))
            stated = {id(f): f for f in mine if _is_total(f) and f.table == "narrative"
                      and any(self._includes(f, g) for g in answered)}
        if len(stated) != 1:
            return
        total = next(iter(stated.values()))
        totals[0].facts = [total]
        parts = self._parts_before(total) or self.gatherer._adds_up(total)
        original = self.index.texts(total.doc_id)[0]

        def off(f: Fact) -> bool:  # the total itself, or another figure of its sentence than its parts (an earlier year's)
            return f is total or (f.doc_id == total.doc_id and f.table == "narrative" and not any(f is g for g in parts)
                                  and _same_sentence(original, min(f.end, total.start), max(f.end, total.start)))

        emptied = []
        for a in others:
            if any(off(f) for f in a.facts):
                a.facts = [f for f in a.facts if not off(f)]
                emptied += [a] if not a.facts else []
        for a in asks:
            if a not in totals and not a.facts and a.sentences and self._counts_otherwise(a.sentences[0], total):
                a.sentences = []  # "官网通过8大板块" for "how many items on its own site" of a total in 条
                emptied.append(a)
            elif a not in totals and a not in emptied and not a.facts and not a.sentences and counts_items(a.ask.text):
                emptied.append(a)  # (its "8大板块" refused already: assistant/kind_counts.py) an ask of items found nothing
        taken = {id(g) for a in others for g in a.facts}
        left = [g for g in parts if id(g) not in taken]
        if len(emptied) == 1 and len(left) == 1:
            emptied[0].facts = left  # the part of the total the other asks left

    def _counts_otherwise(self, hit: SentenceHit, total: Fact) -> bool:
        """A sentence figure of the total's report that counts another thing than the total does (its unit after the
        figure is not the total's: "8大板块" of a total in 条): no part of that total."""
        if not hit.clause or not hit.figure or hit.chunk.doc_id != total.doc_id or not total.unit:
            return False
        clean = self.index.texts(total.doc_id)[1]
        at = clean.find(hit.figure, hit.clause[0], hit.clause[1])
        if at < 0:
            return False
        unit = re.sub(r"^[\d.,]+", "", hit.figure) or clean[at + len(hit.figure) : at + len(hit.figure) + 4].lstrip()
        return not unit.startswith(total.unit)

    def _parts_before(self, total: Fact) -> list[Fact]:
        """The figures a prose total's sentence lists before it that add up to it (each ending its own clause), else []."""
        original = self.index.texts(total.doc_id)[0]
        mine = [g for g in prose_figures(self.gatherer.fact_index.facts([total.doc_id]), total.unit, 0, total.start)
                if _same_sentence(original, g.end, total.start)]
        for k in range(len(mine)):  # the last figures before the total that add up to it ("由…640条增加到…815条": not 640)
            if len(mine) - k >= 2 and sums_to(sum(g.value for g in mine[k:]), total.value):
                return mine[k:]
        return []



_TOTAL_WORD = re.compile(r"^(?:[(（]?[一二三四五六七八九十]+[)）、])?(?:总计|合计|共计|总共|小计|总数)$")


def _is_total(f: Fact) -> bool:
    """A figure that is a stated total: its row or own column is 总计/合计/共计 ("…,总计935条", table 三's 总计)."""
    return bool(_TOTAL_WORD.search(_row_words(f.row)) or _TOTAL_WORD.search(f.column.split(" / ")[-1] if f.column else ""))


def is_stated_total(f: Fact) -> bool:
    """`f` is a total the report states (a 总计/合计 row or column)."""
    return _is_total(f)


def _same_sentence(text: str, start: int, end: int) -> bool:
    return not re.search(r"[。；;!！?？\n]", text[start:end])




def _row_words(row: str) -> str:
    """'三、本年度办理结果 / （七）总计' -> '总计' (as assistant.answer.row_label, without importing it)."""
    return own_words(_ENUMERATOR.sub("", row.split(" / ")[-1]))


def totals_named(gatherer, text_of, a: AskEvidence) -> None:
    """A side of a comparison of reports (assistant/named_figures.py) naming a total ("X's total releases (own site plus the provincial column) vs Y's") answered by one
    prose figure that is a part of the total its sentence states ("…1887条,在专栏发布信息514条,总计2401条"): the
    total answers, not the part (the one stated total after it in its sentence, or the one it is read a part of)."""
    if len(a.facts) != 1 or a.facts[0].table != "narrative" or not _TOTAL_NAMED.search(a.ask.text):
        return
    part = a.facts[0]
    text = text_of(part.doc_id)
    over = [f for f in gatherer.fact_index.facts([part.doc_id]) if f is not part and f.table == "narrative"
            and f.unit == part.unit and (f.value or 0) > (part.value or 0)
            and (gatherer.total_of(part) is f
                 or _is_total(f) and part.start < f.start and _same_sentence(text, part.end, f.start))]
    if len(over) == 1:
        a.facts = over


def total_asked_of_its_own(norm: str, asks: list[AskEvidence]) -> bool:
    """An ask of its own is the total ("…, and how many in total"), so no sum of the figures is added; not when the
    question writes its total word once and every ask carries it: the sides the split made share it ("A和B主动公开的
    信息加起来一共多少条" -> "A…一共多少条", "B…一共多少条"), and their figures are the ones to add."""
    if len(asks) < 2 or not any(a.facts and wants_total(a.ask.text) for a in asks):
        return False
    spans = [m.span() for m in GLOSSARY.patterns["total"].finditer(norm)]
    said_once = sum(1 for i, (s, _e) in enumerate(spans) if i == 0 or s > spans[i - 1][1]) == 1  # ("加起来一共": once)
    # (an ask with a figure that asks nothing in the question's own words is an operand of the total: "counting last
    # year's carry-overs, how many … in total", "adding A to B, how many …", "算上上年结转的，一共多少件")
    operand = any(a.facts and not _asks_itself(a, norm) for a in asks)
    return not (operand or said_once and all(wants_total(a.ask.text) for a in asks))


def sum_count_asks(norm: str, asks: list[AskEvidence]) -> list[AskEvidence]:
    """The asks a written sum answers: an ask that found nothing and asks the count in the question's own words, when
    every other ask found a figure and asks nothing itself (the things added: "adding A to B, | how many …"); never an
    ask of a thing to be added ("官网、微信公众号和抖音…一共多少条": each side asks, 抖音 unstated stays said)."""
    count = [a for a in asks if not a.facts and not a.sentences]
    if len(count) != 1 or not _asks_itself(count[0], norm):
        return []
    operands = [a for a in asks if a is not count[0]]
    return count if operands and all(a.facts and not _asks_itself(a, norm) for a in operands) else []


def _asks_itself(a: AskEvidence, norm: str) -> bool:
    """The ask asks something in the words the question writes (its text, else its own words when the split wrote a
    question word into it: "how many counting last year's carry-overs" of "…, counting last year's carry-overs")."""
    words = a.ask.text if a.ask.text in norm else (getattr(a.ask, "focus", "") or a.ask.text)
    return _ASKING.search(words) is not None


_ASKING = GLOSSARY.patterns["asks_itself"]
