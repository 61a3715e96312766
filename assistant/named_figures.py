"""The figure of each named report for a comparison of something no metric names ("谁的政务微博发布信息多",
"which town received more visitors"): the question is gathered as asks (assistant.evidence), and the ask that
finds a figure naming the compared thing in the most named reports gives one figure per report, in the order they
were named (a report without one is a side the comparison lacks).  The comparison itself (which is more, by how
much) is written by assistant.several_reports, in code, each figure cited."""

from __future__ import annotations

import dataclasses
import re

from assistant.aggregate import ReportFigure, without_side_words
from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact, Passage, Report
from assistant.evidence import AskEvidence, EvidenceGatherer
from assistant.labels import fact_search_text
from assistant.named_categories import named_categories
from assistant.query import ParsedQuestion, report_names
from assistant.scope_names import scope_places
from assistant.totals import totals_named

# what a Chinese comparison says besides the thing compared: its question and comparison words ("较2019年增减几件"),
# years, the words pointing at it ("人事任免那块", "这一项"), the verb every disclosure shares before it ("公开的人事任免信息"),
# the way of the change asked ("增加还是减少了", "是升是降", "是涨是跌" whole, "变化了几件"), each side's question
# word ("两年各几件") and the year before set against ("与前一年相比")
_FRAME_ZH = re.compile(r"是?(?:[升降涨跌增减多少]|增加|增长|上升|上涨|减少|下降)了?(?:还是|是)(?:[升降涨跌增减多少]|增加|增长|上升|上涨|减少|下降|下跌)了?|"
                       r"(?:[两二](?:年|者|家|个|份|边))?(?:各自|分别|各)(?=[有是为]?(?:多少|几))|(?:19|20)\d\d年度?|(?:多少|几)[个件条项次篇份期人]*|谁的?|哪一?[个家种类项年边]|更多|更少|较多|较少|多多少|少多少|差多少|相差|差距|差额|相比|"
                       r"百分之(?:几|多少)|增幅|降幅|增加|增长|增多|上升|上涨|提高|减少|下降|降低|下滑|回落|变化|变动|(?<=是)[升降涨跌增减]|[升降涨跌增减](?=了|是|还是)|"
                       r"(?:上|去|前)一?年度?|比较|对比|多还是少|多还是|少还是|还是|高出|多出|增减|涨跌|升降|同比|较|差|比|(?<!主动)(?:公开|发布)的|[那这]一?(?:块|项|部分|方面)|方面|[多少几]|和|与|跟|同|的|了|呢|吗|"
                       r"[？?，,。、:：\s]"
                       # (a hedge on the size asked, "大概多多少", and a pointer at a report, "那个乡", "这家局", are no thing)
                       r"|大概|大约|大致|粗略|差不多|左右|[那这该]一?[个家份](?:乡|镇|街道|区|县|市|省|局|委|办|单位|部门)?")
# how much of the compared thing's words a figure's label must hold (character pairs), so that a comparison
# is never made of figures that only share the frame ("政务…信息" of "政务微信公众号推送信息" vs 政务微博发布信息)
_NAMES_THE_THING = 0.6
_COUNTS_PARTS = GLOSSARY.patterns["counts_parts_ask"]


def comparison_asks(gatherer: EvidenceGatherer, q: ParsedQuestion, passages: list[Passage]) -> list[AskEvidence]:
    """The evidence of a comparison's asks, gathered once for a question over named reports: figures wanted
    ("更多"), no date ("which year had more")."""
    return gatherer.gather(dataclasses.replace(q, wants_number=True, norm=without_side_words(q.norm)), list(passages))


def named_figures(gatherer: EvidenceGatherer, q: ParsedQuestion, docs: list[Report],
                  asked: list[AskEvidence]) -> list[ReportFigure] | None:
    """One figure per named report that states it (the ask of `asked`, comparison_asks, finding one in most
    reports; a report left out is a side the comparison lacks: none at all, and it cannot be made), all in one
    unit; None when the figures are of different units (the question is then answered as asks)."""
    thing = compared_thing(q, docs)
    best: dict[str, list] = {}
    for ev in asked:
        totals_named(gatherer, lambda d: gatherer.index.texts(d)[0], ev)  # ("X's total (site plus column)": its 总计)
        stated = ev.facts + facts_of_sentences(gatherer, ev.sentences)  # a figure found by its sentence is a fact too
        by_doc = {d.doc_id: [f for f in stated if f.doc_id == d.doc_id and f.value is not None and f.kind != "none"
                             and names_thing(f, thing)] for d in docs}
        by_doc = {k: v for k, v in by_doc.items() if v}
        if len(by_doc) > len(best):
            best = by_doc
    chosen = [(d, best[d.doc_id][0]) for d in docs if d.doc_id in best]
    if len(chosen) < len(docs) and (categories := named_categories(gatherer, q, docs)) is not None:
        return categories  # (a category each side names, its label written differently on each side)
    if len({f.unit for _d, f in chosen}) > 1:
        return None
    # (each figure is shown with its own label and citation: what is compared stays in sight)
    return [ReportFigure(d, [f]) for d, f in chosen]


def compared_thing(q: ParsedQuestion, docs: list[Report]) -> str:
    """The words of a Chinese comparison that name the thing compared: the question without the reports' names,
    its years and its question words ("青禾镇和青苗镇2023年谁的政务微博发布信息多" -> "政务微博发布信息"); "" in English
    (its words are matched to the Chinese labels by the glossary, not here)."""
    if q.language != "zh":
        return ""
    if _COUNTS_PARTS.search(q.norm):
        # ("青禾县和枫树县的年报各分成几个部分，哪个多": the reports' own parts, counted; the asks found only such counts)
        return "部分"
    text = q.norm
    # (the places the question names its reports by, "铜陵郊区", are whose figures, not what is compared)
    names = {n for d in docs for n, _k in report_names(d) if len(n) >= 2} | {n for n in q.entities if len(n) >= 2}
    names |= {n for n in scope_places(docs) if len(n) >= 2}  # (… and the places the reports tell of: "铜陵" of its town)
    for n in sorted(names, key=len, reverse=True):
        text = text.replace(n, " ")
    return _FRAME_ZH.sub("", text)


def names_thing(f: Fact, thing: str) -> bool:
    """The figure's label holds most of the compared thing's character pairs."""
    pairs = {thing[i : i + 2] for i in range(len(thing) - 1)}
    if len(pairs) < 2:
        return True
    label = fact_search_text(f)
    return sum(p in label for p in pairs) >= _NAMES_THE_THING * len(pairs)


def facts_of_sentences(gatherer: EvidenceGatherer, hits) -> list[Fact]:
    """The prose fact each sentence hit's figure is (the fact of that report starting inside the hit's clause
    with the same number)."""
    out = []
    for h in hits:
        if not h.clause or not h.figure or h.figure == "0":
            continue
        _original, _clean, to_original = gatherer.index.texts(h.chunk.doc_id)
        a, b = to_original[h.clause[0]], to_original[max(h.clause[0], h.clause[1] - 1)] + 1
        number = re.match(r"[\d.,]+", h.figure)
        value = float(number.group().replace(",", "")) if number else None
        out += [f for f in gatherer.fact_index.facts([h.chunk.doc_id]) if a <= f.start < b and f.value == value][:1]
    return out
