"""Evidence for any answer engine: typed facts and sentences, gathered once; engines only write text.

For each ask of a question (assistant/asks.py), ``EvidenceGatherer.gather`` finds, in this order:
1. the facts of the metric the ask names (standard-table cells, narrative figures) in the scoped reports,
   else the facts whose *labels* match the ask (assistant/fact_search.py; lists of items: assistant/list_items.py);
2. breakdowns (其中 / 分别 / by channel): the sub-figures of the fact found (assistant/parts.py);
3. otherwise the sentences of the retrieved passages that cover the ask, trimmed to the clause that states the
   figure (assistant/sentences.py);
4. for an ask of the name of a body, office, group or channel ("下设了什么组", "handed over to which office"), the
   clause naming it, the name as its figure (assistant/name_asks.py).
This module holds the steps of that order, what it yields (``AskEvidence``) and the citations of the evidence; each
ask is first made a question of its own, and its facts kept to those fitting it, by ``assistant.ask_question``.
A part of a whole the ask names that no fact states (the total kept as context) is told by ``assistant.unstated_parts``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from assistant import decline_trace
from assistant import premise as _premise
from assistant.agency_en import names_as_written
from assistant.ask_question import ask_question, fitting_facts
from assistant.asks import Ask, is_bare_rate, split_asks, wants_breakdown, wants_parts_only
from assistant.asks import Q as _ASK_PATTERNS
from assistant.body_clauses import body_clauses
from assistant.breakdown_premise import premise_totals
from assistant.change_figures import asks_change_size, changes_of
from assistant.citing import Citing
from assistant.combined_outcomes import both_outcomes_facts
from assistant.side_labels import side_in_own_words
from assistant.core.types import Fact, Passage, Report
from assistant.empty_sections import empty_section_facts
from assistant.english_parts import context_parts_en
from assistant.enumerations_en import listing_sentences
from assistant.fact_index import FactIndex
from assistant.fact_search import FactSearch, in_order
from assistant.group_rows import sums_one_group, with_group_sums
from assistant.labels import has, without_heading
from assistant.list_items import WANTS_LIST, ItemSearch
from assistant.listed_names_en import listed_parts_en
from assistant.listed_sub_rows import sub_row_items
from assistant.multiples import asks_multiple
from assistant.name_asks import NameSearch, name_ask
from assistant.own_agency import agency_named_hits, own_agency_hits, stated_field_hits
from assistant.own_sentences import own_sentence_of_later_ask
from assistant.parallel_counts import lead_in_and_first, parallel_run
from assistant.parts import CHANGE_NEXT, EACH, PartsSearch, asked_figures
from assistant.precision import fact_answers, sentence_answers
from assistant.premise_described import described_hits, describes_part
from assistant.prose_outcomes import prose_outcome_hits
from assistant.query import ParsedQuestion, detect_metric, report_names
from assistant.quoted_totals import QuotedTotals
from assistant.row_cells import every_cell_of_row
from assistant.row_followups import cells_of_part_in_row
from assistant.sentences import NUMBER, SentenceHit, SentenceSearch
from assistant.set_aside_parts import without_set_aside
from assistant.nearest_figure import nearest_figure, nothing_seen_since, snapshot
from assistant.shapes import names_part as _names_part
from assistant.stated_multiples import stated_multiples
from assistant.subject_figures import act_of_subject
from assistant.trailing_places import with_trailing_places
from assistant.unstated_parts import UnstatedParts, share_premise_context
from assistant.verify import ask_shape
from assistant.whether_then_count import count_of_whether
from assistant.thing_asks import counts_not_asked
from assistant.which_asks import contact_not_asked, figures_instead_of_names, sentences_of_figures


@dataclass
class AskEvidence:
    ask: Ask
    q: ParsedQuestion  # the ask as a question of its own (metric, terms), scoped like the whole question
    facts: list[Fact] = field(default_factory=list)
    breakdown: list[Fact] = field(default_factory=list)
    sentences: list[SentenceHit] = field(default_factory=list)
    parts_only: bool = False  # the ask wants the breakdown, not the total it adds up to (asks.wants_parts_only)
    context: list[Fact] = field(default_factory=list)  # the total, where the part the ask names is not stated
    part: str = ""  # that part, as the ask words it ("法人", "companies")
    # the parts of a total the ask restates by its figure that the ask names ("那195条里，政务公开几条"): chosen by the
    # ask's own words among that total's parts, so the channel the total names is theirs too
    quoted_parts: list[Fact] = field(default_factory=list)
    named_beside: list[Fact] = field(default_factory=list)  # figures whose sentence names what is asked (which_asks.py)

    @property
    def found(self) -> bool:
        return bool(self.facts or self.sentences)


_BREAKDOWN_WORDS = _ASK_PATTERNS["breakdown"]


def _same_figure(figure: str | None, facts: list[Fact]) -> bool:
    m = NUMBER.match(figure or "")
    return bool(m) and any(f.value is not None and abs(float(m.group().replace(",", "")) - f.value) < 1e-9 for f in facts)


class EvidenceGatherer(Citing, FactSearch, ItemSearch, NameSearch, PartsSearch, QuotedTotals, SentenceSearch, UnstatedParts):
    """Facts and sentences for a question, for any engine."""

    def __init__(self, index, min_evidence_score: float = 0.34) -> None:
        self.index = index
        self.min_evidence_score = min_evidence_score
        self.fact_index = FactIndex(index)

    # --- asks ---------------------------------------------------------------------------------
    def gather(self, q: ParsedQuestion, passages: list[Passage]) -> list[AskEvidence]:
        """The evidence of each ask of `q`, in order (an ask that only asks for the parts of the figure before it
        adds them to that ask's evidence)."""
        out: list[AskEvidence] = []
        previous: ParsedQuestion | None = None
        names = [*q.entities, *(n for d in (q.doc_ids or []) if d in self.index.by_doc
                                 for n, _k in report_names(self.index.by_doc[d]))]
        # ... and an English name written word by word ("the municipal bureau of natural resources and planning,
        # <province>"): its "and" and comma join no asks
        names += [q.norm[a:b] for a, b in names_as_written(q.norm, names)]
        names += with_trailing_places(q.norm, names)  # ("…, guangdong and …": the places after a name are of it)
        premise = _premise.premise_values(q.norm)  # "of the 5 applications …": a figure restated, not asked
        restated: list[Fact] = []  # the facts stating it, from a piece that only states it
        asks = split_asks(q.norm, names)
        for i, ask in enumerate(asks):
            sub = ask_question(q, ask, previous)
            if self._breaks_down_previous(out, ask, sub):
                continue
            ev, before = AskEvidence(ask, sub), snapshot()
            docs = [self.index.by_doc[d] for d in sub.doc_ids if d in self.index.by_doc] if sub.doc_ids else None
            ev.facts = self._facts_of(ev, docs)
            own = self.fact_index.facts([d.doc_id for d in docs]) if docs and len(docs) <= 5 else []
            # a section that says it has nothing: its statement of none answers; two outcomes asked together ("in full
            # or in part"): the report's sentence stating both (assistant/combined_outcomes.py)
            ev.facts = empty_section_facts(own, sub.norm, sub.terms) or (ev.facts if ask.breakdown or wants_breakdown(sub.norm)
                                                                         else both_outcomes_facts(own, ev.facts, sub.norm))
            if ask.within and out and len(out[-1].facts) == 1:  # "…, and how many of them were concluded"
                ev.facts = [f] if (f := self.following_fact(out[-1].facts[0], sub)) else ev.facts
                # "…无法提供的有多少件，其中自然人几件": the same row's applicant column (assistant/row_followups.py)
                ev.facts = cells_of_part_in_row(out[-1].facts[0], ask.text, sub.terms, self.fact_index.facts) or ev.facts
            elif is_bare_rate(ask.text) and out and len(out[-1].facts) == 1:  # "…受理多少件？办结率是多少？"
                # the rate the report writes after that count in its sentence, not one of another count before it
                ev.facts = [f] if (f := self.following_fact(out[-1].facts[0], sub, rate=True)) else ev.facts
            if premise and i + 1 < len(asks) and _premise.premise_only(ask.text, _premise.split_premise(q.norm)[0]):
                # "of the 5 applications it received, how many …": context of the asks after it, no ask of its own
                restated += [f for f in fitting_facts(ev.facts, sub) if _premise.restates(f.value, premise)]
                previous = sub
                continue
            shared = self._shared_with_earlier(ev, out)
            other = self._other_than_shared(sub, docs, shared) if shared and docs and sub.metric is None else []
            ev.facts, shared = (other, []) if other else (ev.facts, shared)
            # a figure of something else (its own words lack the asked thing's core term: assistant/precision.py)
            terms, named = self.label_terms(sub), asked_figures(sub.norm)  # (a total the ask names by its figure: "the 540 items")
            found, mark = ev.facts, decline_trace.mark()
            fitted = fitting_facts(ev.facts, sub)
            ev.facts = [f for f in fitted
                        if f.value in named or f in ev.quoted_parts or fact_answers(f, sub.metric, self._own_words(f), sub.norm, terms, q.norm)]
            decline_trace.all_turned_down(found, fitted, ev.facts, mark)  # (why a declined answer declined)
            ev.facts, ev.named_beside = figures_instead_of_names(ev.facts, ask.text)  # "走的是哪些平台": no figure
            names_beside = sentences_of_figures(self.index, ev.named_beside) if not ev.facts else []
            ev.facts = contact_not_asked(ev.facts, ask.text)  # "which functions does its website offer": no address
            ev.facts = counts_not_asked(ev.facts, ask.text, ask.breakdown, named)  # "哪几方面", "which two problems": no bare count
            if ev.facts and not ask.side:  # "初访办结多少" of "初访2300案次,办结2000案次": the 2000 (subject_figures.py)
                ev.facts = self._act_of_subject(ev.facts, terms, ask.text)
            if ask.side and ev.facts:  # a side of a comparison: cited by the prose that words it, beside its table cell
                ev.facts = side_in_own_words(ask.side, ev.facts, self.fact_index.facts([ev.facts[0].doc_id]))
            # (the rows a table lists under the row asked, by name, where nothing else was found: listed_sub_rows.py)
            ev.facts = (body_clauses(ev.facts, sub.terms, self.index.texts(ev.facts[0].doc_id)[0], sub.norm) if ev.facts  # (body_clauses.py)
                        else sub_row_items(sub.norm, sub.metric, docs, lambda d: self.index.texts(d)[0]))
            self._break_down(ev)
            ev.breakdown = without_set_aside(ev.breakdown, q.norm)  # ("leaving aside individuals, who filed the rest")
            part = self._unstated_part(ev, names)
            if premise and part is None:
                whole_words = [(f, without_heading(f, self._own_words(f))) for f in restated]
                if _premise.outcome_of_no_applications(sub.metric, whole_words):
                    ev.facts = []  # (no figure of the applications is a part of a whole of another thing)
                part = self._premise_part(ev, premise, restated, _premise.split_premise(q.norm)[0])
                if part is not None and (named := context_parts_en(self, ev)):  # English names of listed parts
                    ev.context, ev.facts, ev.part, part = [], named, "", None
                if part is not None and describes_part(ask.text) and (hits := described_hits(self.index, ev.context, premise)):
                    # "那2件申请是用什么方式递交的": the clause after the restated figure describes it (premise_described.py)
                    ev.context, ev.part, ev.sentences, part = [], "", hits, None
            elif premise and not ev.facts and not ev.context:
                # "那30件申请里面自然人提的有几件" and no fact found (no report named, or none tagged): the part is
                # what is asked; a sentence stating the premise's 30 again is no answer (filtered below)
                ev.context, ev.part = restated, part[0]
            self._find_sentences(ev, out, passages, part, _premise.split_premise(q.norm)[0] if premise else "")
            ev.sentences = names_beside or self._answering_sentences(ev.sentences, sub, terms)
            if not ev.facts:  # "what stages does it cover": the sentence listing them (enumerations_en.py)
                ev.sentences = listing_sentences(self, sub, passages, ev.sentences)
            if not ev.facts and not ev.sentences and sub.doc_ids:  # "是哪个机关发布的" and the report says "本机关…公布"
                # (… or says what it was compiled from / under) — also when every sentence retrieval found answered
                # something else: the report's own statement of the field is still its answer
                field = ask_shape(sub.norm).field
                own = own_agency_hits(self.index, sub.doc_ids, field)
                # a sentence stating the field in the report's own words ("本报告根据《…条例》和《…规定》编制")
                # answers the ask of it, whatever count its words would otherwise ask ("which rules": no 规章 count)
                ev.sentences = (self._answering_sentences(own, sub, terms) if own else stated_field_hits(self.index, sub.doc_ids, field)
                                ) or agency_named_hits(self.index, sub.doc_ids, field)  # (else its agency, named: own_agency.py)
            if premise and ev.part and part is not None:  # a sentence restating the premise's figure is no answer either
                ev.sentences = [h for h in ev.sentences if not _premise.restates(_premise.figure_value(h.figure), premise)
                                or (h.clause and _premise.states_part_alone(
                                    part[1], self.index.texts(h.chunk.doc_id)[1][h.clause[0]:h.clause[1]]))]
            self._named(ev, passages)
            ev.sentences = own_sentence_of_later_ask(ev, out, lambda h: self.index.texts(h.chunk.doc_id)[1][slice(*(h.clause or h.span))])
            if shared and ev.sentences and _same_figure(ev.sentences[0].figure, shared):
                # the sentence states the same figure: one figure counts both ("letters and online complaints")
                ev.facts, ev.sentences = shared, []
            self._change_end(ev, out, passages)
            if not (ev.facts or ev.sentences or ev.context) and out and count_of_whether(
                    out[-1].ask.text, out[-1].facts, out[-1].q.metric, ask.text, sub.metric):
                continue  # ("有没有…，…有几件": the figure of the ask before is the count; assistant/whether_then_count.py)
            if not ev.sentences and (hits := prose_outcome_hits(self.index, ask.text, ev.facts or (out[-1].facts if out else []))):
                # "结果是什么" of "复议案件1件，结果维持": the outcome's clause, not the count (assistant/prose_outcomes.py)
                ev.facts, ev.sentences = [], hits
            if len(asks) == 1 and not (ev.facts or ev.sentences or ev.context) and nothing_seen_since(before):
                ev.facts = nearest_figure(self.fact_index, sub, terms, names, self._own_words)  # (the last look: nearest_figure.py)
            out.append(ev)
            previous = sub
        listed_parts_en(self, q, out, premise)  # every named part of one listed sentence, one by one
        every_cell_of_row(self, q, out)  # every column of one table row
        share_premise_context(out)
        return premise_totals(out, q.norm, names)

    def _answering_sentences(self, hits: list[SentenceHit], sub: ParsedQuestion, terms: dict[str, float]) -> list[SentenceHit]:
        """The sentences of `hits` that answer the ask `sub` (assistant/precision.py)."""
        kept = [h for h in hits if sentence_answers(h, sub, self.index.texts(h.chunk.doc_id)[1], terms)]
        if hits and not kept:
            decline_trace.sentences_vetoed()
        return kept

    def _act_of_subject(self, facts: list[Fact], terms: dict[str, float], ask: str) -> list[Fact]:
        zh = [t for t in terms if re.search(r"[\u4e00-\u9fff]", t)]
        docs = {f.doc_id for f in facts if f.kind == "narrative"}
        if not zh or len(docs) != 1:
            return facts
        doc = next(iter(docs))
        return act_of_subject(facts, self.fact_index.facts([doc]), self.index.texts(doc)[0], zh, ask)

    def _named(self, ev: AskEvidence, passages: list[Passage]) -> None:
        """An ask for a name a report states in prose ("下设了什么组", "handed over to which office"): the clause
        naming it, instead of a contact field or a whole sentence (never instead of a figure or a list)."""
        ask = name_ask(ev.q.norm)
        if ask is None or any(f.value is not None for f in ev.facts):
            return
        hits = self.named_sentences(ev.q, passages, ask, within=ev.sentences)
        # (a contact field answers "which office" only where the ask says no more: "handed over to which office" is
        # no contact ask; the items of a list stay: "通过什么渠道" may be answered by all of them)
        if hits and (not ev.facts or ask.relations and all(f.kind == "contact" for f in ev.facts)):
            ev.facts, ev.sentences = [], hits

    def _breaks_down_previous(self, out: list[AskEvidence], ask: Ask, sub: ParsedQuestion) -> bool:
        """The ask only asks for the parts of the figure just asked (`out[-1]`), not an ask of its own: True when
        that figure's breakdown is found (it is now that ask's)."""
        if not out or not out[-1].facts:
            return False
        last = out[-1]
        one_report = len({f.doc_id for f in last.facts}) == 1
        bare = dataclasses.replace(sub, norm=EACH.sub(" ", _BREAKDOWN_WORDS.sub(" ", sub.norm)), focus="")
        # "…, and how many items on each?" names nothing of its own, "…, and how many on each platform?" names what
        # the parts of a prose total adding up to it are (whatever words each part uses): the parts of that figure
        each_part = (len(last.facts) == 1 and detect_metric(ask.text, fallback=False) is None
                     and self.in_full_breakdown(last.facts[0]))
        if EACH.search(ask.text) and (each_part or not self.label_terms(bare)):
            if not last.breakdown and one_report:
                self._parts_of_total(last, sub)
            if last.breakdown:
                return True
        if (not last.breakdown and wants_breakdown(ask.text) and one_report and detect_metric(ask.text, fallback=False) is None
                and not re.search(r"多少|几|how many|how much", ask.text)):
            # "…收到几件？分别是什么人提出的？": the parts of the figure just asked, not an ask of its own
            last.breakdown = self.breakdown(last.facts, sub)
            return bool(last.breakdown)
        return False

    def _facts_of(self, ev: AskEvidence, docs: list[Report] | None) -> list[Fact]:
        """The facts that state the ask: its metric's (or a row it names more precisely), else by label in every
        report that lacks one; for an ask with no metric, only those naming the ask's own words."""
        sub, facts = ev.q, ev.facts
        if sub.metric is not None and docs:
            # a row, column or prose figure the ask names more precisely than the metric's own
            # ("主动公开的信息里政策文件类有几条") beats the metric's figure
            facts = self.more_specific(sub, docs) or self.metric_facts(sub, docs)
        elif sub.metric is not None:
            facts = self.metric_facts(sub, docs)
        if docs:
            # every report answers: one whose figure is not tagged with the metric is searched by label
            lacking = [d for d in docs if d.doc_id not in {f.doc_id for f in facts}]
            if lacking and (not facts or len(docs) <= 5):
                facts = in_order(facts + self.label_facts(sub, lacking), docs)
            # a group row asked by its name ("不予处理几件"): the sum of its sub-rows, not the first of them
            facts = with_group_sums(facts, {d.doc_id: self.fact_index.facts([d.doc_id]) for d in docs}, sub.norm, sub.metric)
        if facts and sub.metric is None:
            # "A和B分别发了多少": a figure found by its label answers ask A only when its label names A (the
            # ask's own words, not the frame all asks share: "发布各类信息5110条" is no figure of 政府会议信息)
            facts = self.naming_focus(facts, ev.ask.focus, sub)
        if docs and not ev.ask.side and (ev.ask.breakdown or wants_breakdown(sub.norm) or WANTS_LIST.search(sub.norm)):
            # "the 540 items were published on which platforms": the total the ask names by its figure
            total = self.quoted_total(sub.norm, [d.doc_id for d in docs])
            facts = [total] if total is not None else (self.kinds_of_quoted(sub, docs)
                                                       or self._named_part_broken_down(facts, sub, docs))
        elif docs and not EACH.search(sub.norm):
            # "…共88条,其中…工作动态48条" asked "工作动态有多少条" / "how many work updates": the part, not the total
            # (… of a total the ask restates by its figure, "那195条里，政务公开几条", whatever else its label matched)
            ev.quoted_parts = self.parts_of_quoted(facts, sub, docs)
            facts = ev.quoted_parts or (self._asked_parts_of(facts, sub, docs) if facts else facts)
        if ev.ask.change == "from" and facts:
            # "从几个增加到几个": the earlier end is a figure its clause goes on to change ("由原来的8个增加到…"),
            # not any figure whose label matches ("门户网站发布信息3210条" of "website")
            facts = [f for f in facts if f.table != "narrative" or CHANGE_NEXT.match(self.index.texts(f.doc_id)[0], f.end)]
        elif facts and not ev.ask.change and asks_change_size(ev.ask.text) and not self.search_change_words:
            # "同比增长了多少", "by what percentage did it grow": the change written next to the thing's count answers;
            # none written there: the facts found with the words of change too (a change labelled with its thing)
            changed = changes_of(facts, lambda d: self.fact_index.facts([d]), lambda d: self.index.texts(d)[0])
            if changed is facts:
                self.search_change_words = True
                try:
                    facts = self._facts_of(ev, docs)
                finally:
                    self.search_change_words = False
            else:
                facts = changed
        elif facts and not ev.ask.side and asks_multiple(ev.ask.text):
            # "大概是13年的几倍": the multiple the report writes after the count ("总计2401条,是2013年…的1.5倍")
            facts = stated_multiples(facts, lambda d: self.index.texts(d)[0])
        return facts

    def _asked_parts_of(self, facts: list[Fact], sub: ParsedQuestion, docs: list[Report]) -> list[Fact]:
        """`facts`, a prose total replaced by the part of it the ask names (PartsSearch.asked_parts)."""
        zh = [t for t in self.label_terms(sub) for t in t.split("|") if re.search(r"[\u4e00-\u9fff]", t)]
        return self.asked_parts(facts, sub.norm, zh, [*sub.entities, *(n for d in docs for n, _k in report_names(d))])

    def _named_part_broken_down(self, facts: list[Fact], sub: ParsedQuestion, docs: list[Report]) -> list[Fact]:
        """A breakdown asked of a part of a prose total ("the items on the town website, split by section" of "900条,
        其中通过镇政府网站公开300条,…"): that part, when the report goes on to break it down itself, sentences later;
        else `facts` (the total, whose parts the ask may name)."""
        if not facts:
            return facts
        parts = self._asked_parts_of(facts, sub, docs)
        if len(parts) == 1 and parts[0] not in facts and self.stated_later(parts[0]):
            return parts
        return facts

    @staticmethod
    def _shared_with_earlier(ev: AskEvidence, out: list[AskEvidence]) -> list[Fact]:
        """When the ask's facts are those of an ask before it, they are taken from it and returned: this ask names
        something else ("A和B各多少" where only A has a fact of its own), so its own figure is looked for in the
        sentences (unless they state the same figure)."""
        if ev.facts and any({id(f) for f in ev.facts} in ({id(f) for f in o.facts}, {id(f) for f in o.named_beside})
                            for o in out if o.ask.text != ev.ask.text):
            shared, ev.facts = ev.facts, []
            return shared
        return []

    def _other_than_shared(self, sub: ParsedQuestion, docs: list[Report], shared: list[Fact]) -> list[Fact]:
        """An ask whose best figure answered an ask before it: another figure whose label names a term of the ask the
        earlier one's lacks ("…and how many Weibo posts": 微博发布信息, not 公众号推送信息 again); none if one counts both."""
        terms = [t for t in self.label_terms(sub) if re.search(r"[\u4e00-\u9fff]", t)]
        taken = " ".join(f.row for f in shared)
        missing = [t for t in terms if not has(t, taken)]
        if not missing:
            return []
        other = self.label_facts(sub, docs, exclude=frozenset(id(f) for f in shared))
        return [f for f in other if f.kind in ("narrative", "table") and any(has(t, f.row) for t in missing)]

    def _break_down(self, ev: AskEvidence) -> None:
        """A breakdown of one report's figure when the ask wants one; "A和B分别…" over two reports only
        distributes the ask.  A side of a comparison is one figure ("…broken down by category — more work updates
        than leadership items?": each side), never a breakdown."""
        if ev.ask.side:
            return
        if sums_one_group(ev.facts):
            return  # a group row's sub-rows, each cited: the breakdown asked ("无法提供的分别几件")
        if ev.facts and (ev.ask.breakdown or wants_breakdown(ev.q.norm)) and len({f.doc_id for f in ev.facts}) == 1:
            self._parts_of_total(ev, ev.q)
            # (a row split by who applied — "split the new requests by who filed them", "按申请人分类": the total with
            # every applicant column, the identity the table states per row; the parts only where each one's figure
            # is what is asked: "按申请人类型分别是多少", "how many from each applicant type")
            ev.parts_only = ev.parts_only or (bool(ev.breakdown) and wants_parts_only(ev.ask.text)
                                              and not (self.applicant_total(ev.facts, ev.q) and not EACH.search(ev.ask.text)))
        elif len(ev.facts) == 1 and WANTS_LIST.search(ev.q.norm) and self.in_full_breakdown(ev.facts[0]):
            # "on which platforms were the 808 items published": the one figure found is a total its sentence breaks
            # down into parts adding up to it, or one of them (whatever words the parts use): the total, every part
            self._parts_of_total(ev, ev.q)

    def _parts_of_total(self, ev: AskEvidence, q: ParsedQuestion) -> None:
        """`ev`'s breakdown: the parts of its fact; when its one fact is itself a part of a prose total, the total
        and all its parts ("which channels / categories", "…, how many each": the label matched one of the parts;
        the answer is the total whose sentence lists them, "808条,其中…平台新增88条,…官网公开383条,…公众号337条")."""
        # (a breakdown by applicant of the row the ask names, found in prose: that row's cells)
        ev.facts = self.named_row_cells(ev.facts, q) or ev.facts
        # (a breakdown by applicant: the row's total and every applicant column, whichever columns the ask named)
        ev.facts = self.applicant_total(ev.facts, q) or ev.facts
        if cells := self.applicant_cells(ev.facts, q):  # (... a row whose total is blank: its cells, under the row's name)
            ev.facts, ev.breakdown, ev.parts_only = [cells[0].model_copy(update={"column": ""})], cells, True
            return
        # (counts of kinds side by side with no total, "规章12件,规范性文件43件,…": each one a part, under the lead-in)
        doc = ev.facts[0].doc_id if ev.facts else None
        run = parallel_run(self.index.texts(doc)[0], ev.facts, self.fact_index.facts([doc])) if doc else []
        if run:
            head, first = lead_in_and_first(run[0])
            ev.facts, ev.breakdown, ev.parts_only = [head], [first, *run[1:]], True
            return
        parent = self.total_of(ev.facts[0]) if len(ev.facts) == 1 else None
        # (a part the report goes on to break down itself, sentences later: its own parts, not its siblings')
        if parent is not None and not self.stated_later(ev.facts[0]):
            ev.facts = [parent]
        ev.breakdown = self.breakdown(ev.facts, q)
        if ev.breakdown and len(ev.facts) == 1 and ev.facts[0].value in asked_figures(ev.q.norm):
            ev.parts_only = True  # "the 808 items were published on which platforms": the user gave the total

    def _find_sentences(self, ev: AskEvidence, out: list[AskEvidence], passages: list[Passage],
                        part: tuple[str, tuple[str, ...]] | None, question_premise: str = "") -> None:
        """No fact states the ask: the clause after the one that answered the ask before, else the best sentences
        of the passages (only those naming the `part` where the total is context, or where the ask counts a part of
        the question's premise, `question_premise`, in its unit)."""
        if not ev.facts and ev.ask.within and out and out[-1].sentences and out[-1].sentences[0].clause:
            # "…受理来访68333案次, and how many of them were concluded": the sentence that answered the ask
            # before goes on with this one's figure ("办结60511案次")
            ev.sentences = self._next_clause(out[-1].sentences[0], ev.q)
        if not ev.facts and not ev.sentences:
            ev.sentences = self.best_sentences(ev.q, passages)
            if ev.ask.change == "from":
                ev.sentences = [h for h in ev.sentences if self.changes_after(h)] or ev.sentences
            # only a clause that names the part states it (not the total's sentence again) — also where no fact
            # restating the premise's whole was found to keep as context ("那7条里预算几条" and no 7 tagged)
            if ev.context or (ev.part and part is not None
                              and _premise.counts_in_premise_unit(ev.ask.text, question_premise)):
                ev.sentences = [h for h in ev.sentences if h.clause and _names_part(
                    part[1], self.index.texts(h.chunk.doc_id)[1][h.clause[0] : h.clause[1]])]

    def _change_end(self, ev: AskEvidence, out: list[AskEvidence], passages: list[Passage]) -> None:
        """An ask for the later end of a change ("从几个增加到几个"): the figure after the earlier end in the same clause."""
        if ev.ask.change == "to" and out and out[-1].ask.change == "from":
            later = self.later_figure(out[-1].facts, out[-1].sentences, passages)
            if later is not None:
                ev.facts, ev.sentences = [], [later]
