"""The part of a whole an ask names where no fact states that part: the total becomes context, not the answer.

"…收到的申请中法人提出了多少件" where the report states only the total of applications, "不予公开的10条信息里，涉及人事
安排的有几条" where only the 10 are stated: the ask's part (as it words it, and the words that name it) is kept on the
evidence (``AskEvidence.part``), the facts stating the whole move to ``AskEvidence.context``, and only a clause naming
the part may answer (``EvidenceGatherer._find_sentences``).

``UnstatedParts`` is a mixin of ``assistant.evidence.EvidenceGatherer`` (it reads ``self.index``,
``self.fact_index`` and the gatherer's ``group_columns``); kept apart from ``assistant.evidence``, which runs the
steps of gathering, because telling a stated part from an unstated one (applications by applicant, the part of a
premise's figure) is a job of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant import premise as _premise
from assistant.agency_en import agency_words_en
from assistant.core.types import Fact
from assistant.labels import fact_search_text
from assistant.report_names import without_names
from assistant.shapes import asked_part as _asked_part
from assistant.shapes import names_part as _names_part
from assistant.shapes import terms_outside

if TYPE_CHECKING:
    from assistant.evidence import AskEvidence


class UnstatedParts:
    """The part an ask names, and whether a fact states it (a mixin of the evidence gatherer)."""

    def _unstated_part(self, ev: AskEvidence, names: list[str]) -> tuple[str, tuple[str, ...]] | None:
        """The part of an applications figure the ask names (as it words it, the words that name it), if any: its
        figure is the sum of its column group, or, where the report states only the total, the total becomes
        context and the part is looked for in the sentences."""
        sub = ev.q
        part = None
        if sub.metric is not None and sub.metric.key.startswith("applications"):
            # (the English words of the agency's name name no part: "petitions (letters & visits) bureau")
            own = [w for d in sub.doc_ids or [] if d in self.index.by_doc
                   for w in agency_words_en(self.index.by_doc[d].agency or "", sub.norm)]
            text = without_names(sub.norm, [*names, *own])
            part = _asked_part(text, terms_outside(sub.terms, sub.norm, text) if own else sub.terms)
        if part and ev.facts and not ev.breakdown:
            # "法人或其他组织一共多少件": a group of columns with no total of its own is the sum of its columns
            ev.facts = self.group_columns(ev.facts, part[1]) or ev.facts
        if (part and ev.facts and not ev.breakdown
                and all(f.value is not None and f.kind != "none" for f in ev.facts)  # a total (none at all is 0 of every part)
                and not any(_names_part(part[1], fact_search_text(f) + f.row + f.column) for f in ev.facts)):
            # "…收到的申请中法人提出了多少件" where the report states only the total: the part is not stated;
            # the total is context, not the answer — unless the total's own passage states the part in prose
            # ("…当面申请的72件,来信申请的69件" for "写信申请多少": 来信 names the part the ask words as 写信)
            stated = self._part_in_total_passage(ev.facts, part[1])
            if stated:
                ev.facts = stated
            else:
                ev.context, ev.facts, ev.part = ev.facts, [], part[0]
        return part

    def _part_in_total_passage(self, totals: list[Fact], words: tuple[str, ...]) -> list[Fact]:
        """The prose figure of the part `words` name, stated in the same passage (section path) and unit as the one
        total of `totals`: [that fact], else []."""
        if len(totals) != 1 or totals[0].table != "narrative" or not totals[0].label_zh:
            return []
        total = totals[0]
        passage = total.label_zh.rsplit(" / ", 1)[0] + " / "
        named = [f for f in self.fact_index.facts([total.doc_id])
                 if f.table == "narrative" and f.kind == "narrative" and f.value is not None and f.unit == total.unit
                 and f is not total and (f.label_zh or "").startswith(passage)
                 and _names_part(words, (f.label_zh or "").rsplit(" / ", 1)[-1] + f.row)]
        return named[:1] if len(named) == 1 else []

    @staticmethod
    def _premise_part(ev: AskEvidence, premise: list[float], restated: list[Fact],
                      question_premise: str = "") -> tuple[str, tuple[str, ...]] | None:
        """The part an ask with a premise wants (assistant/premise.py), when no fact states it: the facts that only
        restate the premise's figure ("不予公开信息有10条" of "不予公开的10条信息里，涉及人事安排的有几条") become
        context, and only a clause naming the part may answer.  An ask split off the question after its premise ("how
        many were video explainers" of "of the 132 policy interpretations, …") has the question's premise phrase
        (`question_premise`): the words the whole gives ("interpretations" -> 解读) name no part."""
        phrase = _premise.split_premise(ev.ask.text)[0] or question_premise
        said = _premise.asked_part(ev.ask.text, question_premise)
        words = _premise.part_words(said, phrase)
        if not words or ev.breakdown:
            return None
        # (a prose figure's own words are its label and clause, not the heading of its section: "我局收到12起…" under
        # "依申请公开和不予公开政府信息情况" counts what was received, not what was turned down)
        own = [f for f in ev.facts if not _premise.restates(f.value, premise)
               or _premise.states_part_alone(words, (fact_search_text(f) if f.table != "narrative" else "") + f.row
                                             + (f.column or ""))]
        if own:
            return None  # a fact states the part (even one equal to the whole: "5件全部予以公开")
        ev.context, ev.facts, ev.part = ev.facts or restated, [], said
        return said, words


def share_premise_context(out: list[AskEvidence]) -> None:
    """Asks of parts of one premise's whole ("那7条里预算和决算各几条"): an ask whose part nothing states and that found
    no fact of the whole to keep as context takes the context of a sibling ask that did, so that each unstated part
    is told with the total, and no ask is answered by the whole."""
    context = next((ev.context for ev in out if ev.part and ev.context), [])
    for ev in out:
        if context and ev.part and not (ev.context or ev.facts or ev.sentences):
            ev.context = context
