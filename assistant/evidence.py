"""Evidence for any answer engine: typed facts and sentences, gathered once; engines only write text.

For each ask of a question (assistant/asks.py):
1. the facts of the metric the ask names (standard-table cells, narrative figures) in the scoped reports;
2. otherwise the facts whose *labels* (section / row / column, Chinese and English) match the ask:
   BM25-style coverage of jieba tokens plus embedding similarity with the store's embedder
   (label vectors cached per store generation and in the embedding cache), so any row or column
   the tables hold is reachable without a metric keyword;
3. breakdowns (其中 / 分别 / by channel): the sub-figures of the fact found (child rows, or the
   other columns of its row);
4. otherwise the sentences of the retrieved passages that cover the ask, trimmed to the clause
   that states the figure.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field

from assistant.aggregate import figures
from assistant.asks import Q as _ASK_PATTERNS, Ask, split_asks, wants_breakdown, wants_parts_only
from assistant.labels import FactIndex, column_named, fact_search_text, has
from assistant.labels import fact_label_en, fact_label_zh, strip_enumerator  # noqa: F401  (re-exported)
from assistant.query import ParsedQuestion, detect_metric, glossary_groups, glossary_terms, report_names  # noqa: F401
from assistant.core.glossary import GLOSSARY as _GLOSSARY
from assistant.core.prose import PROSE
from assistant.core.metrics import Metric
from assistant.shapes import WANTS_CONTACT as _WANTS_CONTACT, WANTS_DATE as _WANTS_DATE
from assistant.shapes import contact_fields as _contact_fields, own_clause, report_date_terms as _report_date_terms
from assistant.shapes import asked_part as _asked_part, names_part as _names_part
from assistant.sentences import none_answers
from assistant.sentences import (FOCUS_WEIGHT, GENERIC, NEGATION, NONE_CLAUSE, NUMBER, YEARLIKE, SentenceHit,  # noqa: F401
                                 SentenceSearch, _EN_STOP, asked_unit, focused, is_heading, strip_short_names)  # (re-exported)
from assistant.core.text import is_pinyin_word, sentence_spans
from assistant.verify import ask_shape, fact_holds_shape
from assistant.core.types import Chunk, Citation, Fact, Passage, Report  # noqa: F401

_WANTS_LIST = re.compile(r"哪些|哪几|哪方面|(?:什么|啥)(?:类别|渠道|方式|措施|问题|原则|制度|媒体|打算|计划|场所|形式|途径|平台|要求|不足)"
                         r"|(?<![a-z])(?:which|what)\s+(?:[\w-]+\s+){0,3}"
                         r"(?:kinds|types|categories|channels|measures|problems|media|rules|stages|ways|principles|shortcomings|"
                         r"plans|steps|systems|methods|means|places|venues|issues|difficulties|weaknesses|improvements)(?![a-z])"
                         r"|(?<![a-z])how\s+(?:did|does|do|has|have)\s+(?!.*(?<![a-z])(?:many|much|often|long|number|figures?|total|share|rate|change|changed|increase|decrease|compare)(?![a-z]))"
                         r"|(?<![a-z])where\s+(?:can|could|may|do|does|did)(?![a-z])")
_LIST_SLACK = 0.1  # how much lower an item may score than other facts when the ask wants a list
TEXT_KINDS = ("contact", "date", "item")
_FIRST_ITEM = PROSE.item_zh.format(n=1)


def _same_heading(label_part: str, heading: str) -> bool:
    """A section label part names the sub-heading item `heading` ("存在主要问题" of "(一)存在主要问题。")."""
    short, long = sorted((label_part, heading), key=len)
    return len(short) >= 2 and (short == long or long.startswith(short) and len(short) >= max(4, len(long) / 2))
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

    @property
    def found(self) -> bool:
        return bool(self.facts or self.sentences)


# count words that ask for things of any kind: "几个项目" is answered by "12项", "3件", "5条" alike
_ANY_THING = frozenset("个项件条份")


def unit_answers(asked: str, stated: str | None) -> bool:
    """A figure stated in `stated` answers an ask counted in `asked` ("多少批" is not answered by "19名"; a table
    cell's unit is the table's, not written, and answers any count)."""
    return not stated or stated.endswith(asked) or (asked in _ANY_THING and stated in _ANY_THING)


_COUNT_OF = re.compile(r"(?<![a-z])(?:how many|(?<!phone )(?<!fax )(?<!contact )number of)(?![a-z])|(?:几|多少)[部个条台家处]")


def ask_question(q: ParsedQuestion, ask: Ask, previous: ParsedQuestion | None) -> ParsedQuestion:
    """The ask as a question of its own: its metric and terms, the whole question's scope and language."""
    if ask.text == q.norm and not (q.wants_number and (_WANTS_CONTACT.search(q.norm) or _WANTS_DATE.search(q.norm))):
        return q
    sub = dataclasses.replace(q, norm=ask.text, metric=detect_metric(ask.text), terms=glossary_terms(ask.text), focus=ask.focus,
                              wants_number=q.wants_number if not re.search(r"多少|(?<!哪)几|how many|how much|number", ask.text)
                              else True)
    if (_WANTS_CONTACT.search(ask.text) or _WANTS_DATE.search(ask.text)) and not _COUNT_OF.search(ask.text):
        sub.wants_number = False  # "地址是多少" asks for an address, not a figure ("how many phone lines" does)
    if ask.within and previous is not None and (sub.metric is None or sub.metric.key == "applications_received"):
        sub.metric = previous.metric or sub.metric  # "其中自然人提出多少件": the figure of the ask before it
    return sub


_PARTS_CUE = re.compile(r"[\s,，:：;；]*(?:其中|分别|包括|主要包括|含)|[。]\s*(?:主要)?(?:包括|其中|分别)")
_EACH = re.compile(r"(?<![a-z])(?:on each|for each|each of them|in each|respectively)(?![a-z])|各(?:是|有)?多少|分别(?:是)?多少")
_BREAKDOWN_WORDS = _ASK_PATTERNS["breakdown"]
_COUNTED_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*[件条个项次人]")


def lists_parts(text: str, end: int) -> bool:
    """The figure ending at `end` is a total its text goes on to break down ("808条,其中…", "696条,…。主要包括…",
    "44件(其中:…)", "2件(1件属自然人申请,1件属商业企业申请)", "177件(含上年结转3件),其中…")."""
    lo, stop = parts_span(text, end)
    if lo > end and text[lo - 1 : lo] in ("(", "（") or (lo == end and re.match(r"\s*[(（]", text[end:stop])):
        return True  # a bracket that lists the parts
    if lo > end and text[lo : lo + 1] in (")", "）"):
        lo += 1  # after a bracket that qualifies the figure
    after = text[lo : lo + 40]
    return bool(_PARTS_CUE.match(after) or re.match(r"\s*(?:主要)?(?:包括|其中|分别)", after) and lo > end
                or re.match(r"[^。\d]{0,30}。\s*(?:主要)?(?:包括|其中|分别)", text[end : end + 40]))


def parts_span(text: str, end: int, window: int = 300) -> tuple[int, int]:
    """Where the parts of a figure ending at `end` are written: the bracket right after it when that bracket
    lists parts ("申请44件(其中:网上42件,邮寄2件),上年结转0件" -> the bracket), else the rest of the sentence after
    a bracket that only qualifies it ("办结177件(含上年结转3件),其中,予以公开60件…" -> after the bracket)."""
    stop_m = re.search(r"[。\n]", text[end : end + window])
    stop = end + (stop_m.start() if stop_m else window)
    m = re.match(r"\s*[(（]", text[end:stop])
    if not m:
        if not _COUNTED_FIGURE.search(text, end, stop) and stop < len(text) and text[stop] == "。":
            # "…696条,其中全文电子化率达100%。主要包括部门动态477条、…": the next sentence lists the parts
            nxt = re.search(r"[。\n]", text[stop + 1 : stop + 1 + window])
            if re.match(r"\s*(?:主要)?(?:包括|其中|分别|含)", text[stop + 1 : stop + 12]):
                return stop + 1, stop + 1 + (nxt.start() if nxt else window)
        return end, stop
    close = re.search(r"[)）]", text[end + m.end() : stop])
    b_end = end + m.end() + close.start() if close else stop
    inside = text[end + m.end() : b_end]
    if re.match(r"\s*(?:其中|分别|包括)", inside) or len(re.findall(r"\d+(?:\.\d+)?\s*[件条个项次人]", inside)) >= 2:
        return end, b_end  # the bracket lists the parts
    return b_end, stop  # the bracket qualifies the figure; the parts follow it


def _adding_up(parts: list[Fact], total: float | None) -> list[Fact]:
    """The parts of a total up to where they add up to it (and the zeros right after): the figures the sentence
    goes on with are another cut ("27条,其中概况1条、…法制新闻12条,其中主站采用15条": 15 is no category of the 27)."""
    if total is None or len(parts) < 3:
        return parts
    running = 0.0
    for k, g in enumerate(parts, 1):
        running += g.value or 0
        if k >= 2 and abs(running - total) < 1e-9:
            while k < len(parts) and not parts[k].value:
                k += 1
            return parts[:k]
    return parts


def _without_names(text: str, names) -> str:
    """The ask without the names of its reports ("…网络安全和信息化委员会…" names no channel)."""
    for n in sorted((n for n in names if len(n) >= 2), key=len, reverse=True):
        text = text.replace(n.lower() if n.isascii() else n, " ")
    return text


def _same_figure(figure: str | None, facts: list[Fact]) -> bool:
    m = NUMBER.match(figure or "")
    return bool(m) and any(f.value is not None and abs(float(m.group().replace(",", "")) - f.value) < 1e-9 for f in facts)


class EvidenceGatherer(SentenceSearch):
    """Facts and sentences for a question, for any engine."""

    def __init__(self, index, min_evidence_score: float = 0.34) -> None:
        self.index = index
        self.min_evidence_score = min_evidence_score
        self.fact_index = FactIndex(index)

    # --- asks ---------------------------------------------------------------------------------
    def gather(self, q: ParsedQuestion, passages: list[Passage]) -> list[AskEvidence]:
        out: list[AskEvidence] = []
        previous: ParsedQuestion | None = None
        names = [*q.entities, *(n for d in (q.doc_ids or []) if d in self.index.by_doc
                                 for n, _k in report_names(self.index.by_doc[d]))]
        for ask in split_asks(q.norm, names):
            sub = ask_question(q, ask, previous)
            bare = dataclasses.replace(sub, norm=_EACH.sub(" ", _BREAKDOWN_WORDS.sub(" ", sub.norm)), focus="")
            if out and out[-1].facts and _EACH.search(ask.text) and not self.label_terms(bare):
                # "…, and how many items on each?" names nothing of its own: the parts of the figure just asked
                if not out[-1].breakdown and len({f.doc_id for f in out[-1].facts}) == 1:
                    out[-1].breakdown = self.breakdown(out[-1].facts, sub)
                if out[-1].breakdown:
                    continue
            if (out and out[-1].facts and not out[-1].breakdown and wants_breakdown(ask.text)
                    and len({f.doc_id for f in out[-1].facts}) == 1 and detect_metric(ask.text, fallback=False) is None
                    and not re.search(r"多少|几|how many|how much", ask.text)):
                # "…收到几件？分别是什么人提出的？": the parts of the figure just asked, not an ask of its own
                out[-1].breakdown = self.breakdown(out[-1].facts, sub)
                if out[-1].breakdown:
                    continue
            ev = AskEvidence(ask, sub)
            docs = [self.index.by_doc[d] for d in sub.doc_ids if d in self.index.by_doc] if sub.doc_ids else None
            if sub.metric is not None and docs:
                # a row, column or prose figure the ask names more precisely than the metric's own
                # ("主动公开的信息里政策文件类有几条") beats the metric's figure
                ev.facts = self._more_specific(sub, docs) or self.metric_facts(sub, docs)
            elif sub.metric is not None:
                ev.facts = self.metric_facts(sub, docs)
            if docs:
                # every report answers: one whose figure is not tagged with the metric is searched by label
                lacking = [d for d in docs if d.doc_id not in {f.doc_id for f in ev.facts}]
                if lacking and (not ev.facts or len(docs) <= 5):
                    ev.facts = self._in_order(ev.facts + self.label_facts(sub, lacking), docs)
            if ev.facts and sub.metric is None:
                # "A和B分别发了多少": a figure found by its label answers ask A only when its label names A (the
                # ask's own words, not the frame all asks share: "发布各类信息5110条" is no figure of 政府会议信息)
                ev.facts = self._naming_focus(ev.facts, ask.focus, sub)
            shared: list[Fact] = []
            if ev.facts and any({id(f) for f in ev.facts} == {id(f) for f in o.facts} for o in out if o.ask.text != ask.text):
                # the fact of an ask before it: this ask names something else ("A和B各多少" where only A has a
                # fact of its own), so its own figure is looked for in the sentences
                shared, ev.facts = ev.facts, []
            unit = asked_unit(sub.norm)
            if unit:  # "多少批": a figure counted in another unit (19名) does not answer it
                ev.facts = [f for f in ev.facts if f.value is None or f.kind in ("none", "table") or unit_answers(unit, f.unit)]
            shape = ask_shape(sub.norm)
            if shape:  # "预算是多少" is not answered by a count of items, "局长是谁" by a figure (assistant.verify)
                ev.facts = [f for f in ev.facts if fact_holds_shape(shape, f)]
            # a breakdown of one report's figure; "A和B分别…" over two reports only distributes the ask
            if ev.facts and (ask.breakdown or wants_breakdown(sub.norm)) and len({f.doc_id for f in ev.facts}) == 1:
                parent = self._total_of(ev.facts[0]) if len(ev.facts) == 1 else None
                if parent is not None:
                    # "which channels / categories": the label matched one of the parts; the answer is the total
                    # whose sentence lists them ("808条,其中…官网383条,…公众号337条")
                    ev.facts = [parent]
                ev.breakdown = self.breakdown(ev.facts, sub)
                ev.parts_only = bool(ev.breakdown) and wants_parts_only(ask.text)
            part = (_asked_part(_without_names(sub.norm, names), sub.terms)
                    if sub.metric is not None and sub.metric.key.startswith("applications") else None)
            if part and ev.facts and not ev.breakdown:
                # "法人或其他组织一共多少件": a group of columns with no total of its own is the sum of its columns
                ev.facts = self._group_columns(ev.facts, part[1]) or ev.facts
            if (part and ev.facts and not ev.breakdown
                    and all(f.value is not None and f.kind != "none" for f in ev.facts)  # a total (none at all is 0 of every part)
                    and not any(_names_part(part[1], fact_search_text(f) + f.row + f.column) for f in ev.facts)):
                # "…收到的申请中法人提出了多少件" where the report states only the total: the part is not stated;
                # the total is context, not the answer
                ev.context, ev.facts, ev.part = ev.facts, [], part[0]
            if not ev.facts and ask.within and out and out[-1].sentences and out[-1].sentences[0].clause:
                # "…受理来访68333案次, and how many of them were concluded": the sentence that answered the ask
                # before goes on with this one's figure ("办结60511案次")
                ev.sentences = self._next_clause(out[-1].sentences[0], sub)
            if not ev.facts and not ev.sentences:
                ev.sentences = self.best_sentences(sub, passages)
                if ev.context:  # only a clause that names the part states it (not the total's sentence again)
                    ev.sentences = [h for h in ev.sentences if h.clause and _names_part(
                        part[1], self.index.texts(h.chunk.doc_id)[1][h.clause[0] : h.clause[1]])]
            if shared and ev.sentences and _same_figure(ev.sentences[0].figure, shared):
                # the sentence states the same figure: one figure counts both ("letters and online complaints")
                ev.facts, ev.sentences = shared, []
            if ask.change == "to" and out and out[-1].ask.change == "from":
                # "从几个增加到几个": the later end is the figure after the earlier one in the same clause
                later = self._later_figure(out[-1], passages)
                if later is not None:
                    ev.facts, ev.sentences = [], [later]
            out.append(ev)
            previous = sub
        return out

    def _group_columns(self, facts: list[Fact], words: tuple[str, ...]) -> list[Fact]:
        """The columns of a table fact's row under the column group the part `words` names (table 三's
        "法人或其他组织 / 商业企业", "… / 科研机构", …) when the row has no column of the group's own total: the figures
        the group's count adds up from (the answer writes their sum, each cited); [] when there is none."""
        facts = [f for f in facts if f.kind == "table"]
        if len({(f.doc_id, f.table, f.row) for f in facts}) != 1:
            return []
        f = facts[0]
        row = [g for g in self.fact_index.facts([f.doc_id]) if g.table == f.table and g.row == f.row and g.value is not None]
        groups = {g.column.split(" / ")[0] for g in row if " / " in g.column and _names_part(words, g.column.split(" / ")[0])}
        if len(groups) != 1:
            return []
        group = groups.pop()
        own = [g for g in row if g.column == group or g.column in (f"{group} / 总计", f"{group} / 小计")]
        if own or any(_names_part(words, f.column.split(" / ")[-1]) for f in facts):
            return own[:1]  # the group's own total, or a column the ask names itself ("法人或其他组织 / 商业企业" of 企业)
        return [g for g in row if g.column.startswith(group + " / ")]

    def _naming_focus(self, facts: list[Fact], focus: str, q: ParsedQuestion) -> list[Fact]:
        """`facts` without the figures whose label lacks every content word of a Chinese `focus` (an ask's own
        words among siblings: assistant.asks._set_focus); all of them when the focus has no content word."""
        if not focus or not re.search(r"[\u4e00-\u9fff]", focus):
            return facts
        own = {t: w for t, w in self.key_terms(dataclasses.replace(q, norm=focus, focus="")).items()
               if re.search(r"[\u4e00-\u9fff]", t)}
        if not own:
            return facts
        # its rarest words: "会议" of "发布政府会议" ("发布" is in every label about publishing)
        rare = [t for t, w in own.items() if w >= 0.8 * max(own.values())]
        return [f for f in facts if f.value is None or f.kind not in ("narrative", "table")
                or all(has(t, self._own_words(f)) for t in rare)]

    def _own_words(self, f: Fact) -> str:
        """A figure's labels and the clause of the report that states it ("…等3个频道": the counted noun follows)."""
        text = fact_search_text(f) + " " + f.row + " " + f.column
        if f.table == "narrative" and f.quote_end > f.quote_start:
            original = self.index.texts(f.doc_id)[0]
            a, b = own_clause(original, (f.quote_start, f.quote_end), (f.start, f.end))
            text += " " + original[a:b]
        return text

    def _later_figure(self, earlier: AskEvidence, passages: list[Passage]) -> SentenceHit | None:
        """The figure a clause states after the one that answered the earlier end of a change ("由原来的8个增加到
        现在的16个" -> 16个), as a sentence hit of the passage holding it; None when the clause states no other."""
        if earlier.facts and earlier.facts[0].table == "narrative":
            f = earlier.facts[0]
            doc, index = f.doc_id, self.index.texts(f.doc_id)[2]
            pos = bisect.bisect_left(index, f.end)  # clean offset after the earlier figure
        elif earlier.sentences and earlier.sentences[0].clause and earlier.sentences[0].figure:
            h = earlier.sentences[0]
            doc, clean = h.chunk.doc_id, self.index.texts(h.chunk.doc_id)[1]
            at = clean.find(h.figure, h.clause[0], h.clause[1])
            if at < 0:
                return None
            pos = at + len(h.figure)
        else:
            return None
        clean = self.index.texts(doc)[1]
        stop = re.search(r"[。；;\n]", clean[pos : pos + 60])
        m = re.search(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:余|多)?\s*[个件条项次人名家份篇场期批万%％]+", clean[pos : pos + (stop.start() if stop else 60)])
        if not m:
            return None
        s, e = pos + m.start(), pos + m.end()
        for chunk, score in passages:
            lo = chunk.clean_start
            if chunk.doc_id == doc and lo <= s and e <= lo + len(chunk.clean_text):
                spans = [(a + lo, b + lo) for a, b in sentence_spans(chunk.clean_text)]
                sent = next(((a, b) for a, b in spans if a <= s < b), (s, e))
                left = max((x.end() for x in re.finditer(r"[，,；;]", clean[sent[0] : s])), default=0) + sent[0]
                return SentenceHit(chunk, sent, score, clause=(left, e), figure=re.sub(r"\s+", "", clean[s:e]))
        return None

    # --- facts --------------------------------------------------------------------------------
    @staticmethod
    def _in_order(facts: list[Fact], docs: list[Report]) -> list[Fact]:
        order = {d.doc_id: i for i, d in enumerate(docs)}
        return sorted(facts, key=lambda f: order.get(f.doc_id, len(order)))

    def metric_facts(self, q: ParsedQuestion, docs: list[Report] | None, metric: Metric | None = None) -> list[Fact]:
        """The fact(s) that state the metric asked about, one report after another."""
        metric = metric or q.metric
        if docs is None or metric is None:
            return []  # no report named: answered from passages (or as a listing over reports)
        facts = [f for f in self.fact_index.facts([d.doc_id for d in docs]) if f.metric == metric.key]
        question = q.norm + " " + " ".join(q.terms)
        return [f for fig in figures(docs, facts, metric, question) for f in fig.facts]

    def _more_specific(self, q: ParsedQuestion, docs: list[Report]) -> list[Fact]:
        """Facts of another row whose labels match the ask clearly better than the default metric's own,
        because they hold a Chinese term of the ask that no fact of the metric holds (政策文件类 of
        "主动公开的信息里政策文件类有几条")."""
        terms = self.label_terms(q)
        hits = self.fact_index.search(q.search_text, terms, [d.doc_id for d in docs], k=40, dense=False)
        mine = [f for f in self.fact_index.facts([d.doc_id for d in docs]) if f.metric == q.metric.key]
        own_labels = [fact_search_text(f) for f in mine]
        own = max((s for f, s in hits if f.metric == q.metric.key), default=0.0)
        best = [(f, s) for f, s in hits if f.metric != q.metric.key]
        if not best:
            return []
        other_f, other = best[0]
        label = fact_search_text(other_f)
        extra = [t for t in terms if re.search(r"[\u4e00-\u9fff]", t) and has(t, label)
                 and not any(has(t, o) for o in own_labels)]
        if other < 0.6 and extra:
            # a row the ask names in other words than the label's ("平台提交的" / "信息公开平台依申请公开"): the
            # prose figure whose own words the ask's clearly mean by embedding (assistant.labels._leaf_bonus)
            hits = self.fact_index.search(q.search_text, terms, [d.doc_id for d in docs], k=40, dense=False, leaf=True)
            own = max((s for f, s in hits if f.metric == q.metric.key), default=0.0)
            best = [(f, s) for f, s in hits if f.metric != q.metric.key]
            other_f, other = best[0] if best else (other_f, 0.0)
            label = fact_search_text(other_f)
            extra = [t for t in terms if re.search(r"[\u4e00-\u9fff]", t) and has(t, label)
                     and not any(has(t, o) for o in own_labels)]
        margin = 0.1 if detect_metric(q.norm, fallback=False) is None else 0.2  # only "申请" said: a weaker claim
        if other < 0.6 or other <= own + margin or not extra:
            return []
        return [f for f in self.label_facts(q, docs, threshold=0.6) if f.metric != q.metric.key]

    def label_terms(self, q: ParsedQuestion) -> dict[str, float]:
        """Key terms of the ask for label search: its Chinese terms, and its English content words."""
        terms = self.key_terms(q)
        names = {n.lower() for d in (q.doc_ids or []) if d in self.index.by_doc for n, _k in report_names(self.index.by_doc[d])}
        idf = self.fact_index._idf
        # English words the glossary translated are already searched as their Chinese terms
        translated = " ".join(en for en in _GLOSSARY.en_to_zh if en in q.norm and re.search(rf"(?<![a-z]){re.escape(en)}(?![a-z])", q.norm))
        words = re.findall(r"[a-z][a-z\-]{2,}", q.norm)
        for w in words:
            # a word of a report's name is scope where the name is written; written again, it is content
            # ("…public resource trading centre: how many land and mineral trading items")
            named = any(w in n for n in names) and words.count(w) < 2
            if w in _EN_STOP or named or re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", translated):
                continue
            if re.search(rf"\b{re.escape(w.capitalize())}\b", q.text) and is_pinyin_word(w):
                continue  # a place name in pinyin ("Wushan"): scope, not content
                continue
            stem = w[:-1] if w.endswith("s") and len(w) > 4 else w
            terms[stem] = idf.get(w, idf.get(stem, 2.0)) * (FOCUS_WEIGHT if q.focus and stem in q.focus else 1.0)
        return terms

    def label_facts(self, q: ParsedQuestion, docs: list[Report], threshold: float = 0.5) -> list[Fact]:
        """Facts whose labels match the ask: the best row of each report, in the column the ask names
        (else its 总计 column); text facts (address, phone, date, items) when the ask wants no figure."""
        terms = self.label_terms(q)
        fields = _contact_fields(q.norm) if not q.wants_number else []
        for w in fields:  # a field asked in other words ("哪个单位编的"): the labels of its synonyms ("负责机构")
            for t in w.split("|"):
                for syn in (t, *_GLOSSARY.zh_synonyms.get(t, ())):
                    terms.setdefault(syn, 1.0)
        terms.update(_report_date_terms(q.norm, terms))  # "when was the report issued": its date facts
        hits = self.fact_index.search(q.search_text, terms, [d.doc_id for d in docs])
        # an ask for the items of a list ("what problems did X identify in its work"): an item whose label holds the
        # ask's terms but not its verbs passes a little lower
        lists = not q.wants_number and not fields and bool(_WANTS_LIST.search(q.norm))
        out: list[Fact] = []
        for d in docs:
            mine = [(f, s) for f, s in hits if f.doc_id == d.doc_id and s >= threshold - (_LIST_SLACK if lists and f.kind == "item" else 0)
                    and (f.value is not None or f.kind in TEXT_KINDS)]
            if fields and any(f.kind == "contact" for f, _s in mine):
                # a contact ask is answered by the contact facts, before a list whose label holds the field's word
                # as well ("what is the website": not the items of "完善了门户网站…等功能")
                mine = [(f, s) for f, s in mine if f.kind == "contact"]
            elif fields:
                # a contact ask names its field ("…办公室的电话"): the report's fact of that field answers,
                # however many other words of the question its label lacks
                mine = [(f, s) for f, s in hits if f.doc_id == d.doc_id and f.kind == "contact" and s >= 0.2
                        and any(has(w, fact_search_text(f)) for w in fields)] or mine
            if _WANTS_DATE.search(q.norm):
                mine = [(f, s) for f, s in mine if f.kind == "date"]  # else a sentence that holds a date
            elif q.wants_number:
                mine = [(f, s) for f, s in mine if f.value is not None]  # a list of items states no figure
            elif mine and lists:
                # "包括哪些类别": a list answers, before a figure whose label matches about as well
                items = [(f, s) for f, s in mine if f.kind == "item" and s >= mine[0][1] - 0.15]
                mine = items or mine
            # a statement of none, or a prose figure 0 (the same said in figures), answers only an ask for what it
            # denies (sentences.none_answers): "收到几件申请" is not answered by "未发生有关申请的行政复议" nor by
            # "收到行政复议申请0件"
            first_none = bool(mine) and mine[0][0].kind == "none"
            mine = [(f, s) for f, s in mine if not (f.kind == "none" or f.kind == "narrative" and f.value == 0)
                    or none_answers(f.row, terms, q.norm)]
            if first_none and mine and mine[0][0].kind != "none":
                # the ask was best met by statements of none: the one that answers it, before any figure
                mine.sort(key=lambda fs: fs[0].kind != "none")
            if not mine:
                continue
            best_f, best_s = mine[0]
            same_row = [f for f, s in mine if f.row == best_f.row and f.table == best_f.table and s >= best_s - 0.15]
            if best_f.kind == "item":
                # several lists of one section match about as well: the section's own list (the shallowest
                # label: "存在的主要问题 / 第N项") before a list nested in one of its items
                section = best_f.label_zh.split(" / ")[0]
                close = [f for f, s in mine if f.kind == "item" and f.label_zh.split(" / ")[0] == section and s >= best_s - 0.15]
                depth = min(f.label_zh.count(" / ") for f in close)
                first = next(f for f in close if f.label_zh.count(" / ") == depth)
                heading = self._heading_of(first)
                if heading is not None:  # a list under a sub-heading: the lists of every sub-heading the ask names
                    out += self._under_headings(self.list_of(heading), terms, first) or self.list_of(first)
                else:
                    out += self._under_headings(self.list_of(first), terms, first) or self.list_of(first)
                continue
            if best_f.kind == "contact":
                # the most specific of the values the report gives for the field ("…办公厅新闻信息处" over "…办公厅")
                same = [f for f, s in mine if f.kind == "contact" and f.row == best_f.row and s >= best_s - 0.15]
                out.append(max(same, key=lambda f: (any((g.text_value or "") in (f.text_value or "") for g in same if g is not f),
                                                    len(f.text_value or ""))))
                continue
            if best_f.kind == "none":  # every statement of none that matches about as well ("未发生…", "未…被纠错")
                # ... and whose own words (what is none, not its section heading) hold a term of the ask when the
                # best one's do: "收到多少申请" is not answered by "未发生…行政复议案件" of a section "…申请行政复议…"
                own = any(has(t, best_f.row) for t in terms)
                nones = [f for f, s in mine if f.kind == "none" and s >= best_s - 0.1
                         and (f is best_f or not own or any(has(t, f.row) for t in terms)) and none_answers(f.row, terms, q.norm)]
                # one whose quote another's quote holds says nothing more ("…免费提供" of "…免费提供,未收取任何费用")
                out += [f for f in nones if not any(g is not f and g.quote_start <= f.quote_start and f.quote_end <= g.quote_end
                                                    and (g.quote_start, g.quote_end) != (f.quote_start, f.quote_end)
                                                    for g in nones)]
                continue
            question = q.norm + " " + " ".join(q.terms)
            named = [f for f in same_row if f.column and column_named(f.column, question)]
            total = [f for f in same_row if f.column.split(" / ")[-1] == "总计"]
            out.append((named or total or [best_f])[0])
        return out

    def list_of(self, item: Fact) -> list[Fact]:
        """Every item of the list `item` belongs to, in order: the items of its report under the same label (section
        / lead words), the run numbered from 第1项 that holds it (two lists of one section are two runs)."""
        group = item.label_zh.rsplit(" / ", 1)[0]
        same = sorted((f for f in self.fact_index.facts([item.doc_id]) if f.kind == "item" and f.label_zh.rsplit(" / ", 1)[0] == group),
                      key=lambda f: f.start)
        runs: list[list[Fact]] = []
        for f in same:
            if not runs or f.label_zh.endswith(_FIRST_ITEM):
                runs.append([])
            runs[-1].append(f)
        return next((r for r in runs if item in r), [item])

    def _under_headings(self, items: list[Fact], terms: dict[str, float], found: Fact) -> list[Fact]:
        """A list whose items are sub-headings with lists of their own ("(一)存在主要问题。…一是…二是… (二)今后改进措施。
        …一是…"): the lists under the headings that name what is asked ("存在啥问题" -> the items under 存在主要问题),
        else the headings themselves."""
        if not items:
            return []
        prefix = items[0].label_zh.rsplit(" / ", 1)[0] + " / "
        at = prefix.count(" / ")  # where a sub-list's label names its heading
        mine = [f for f in self.fact_index.facts([items[0].doc_id]) if f.kind == "item" and f.label_zh.startswith(prefix)
                and f.label_zh.count(" / ") > at]
        score = {id(h): sum(w for t, w in terms.items() if has(t, h.text_value or "")) for h in items}
        best = max(score.values())
        under = found not in items and found.label_zh.startswith(prefix) and found.label_zh.count(" / ") > at
        found_part = " / ".join(found.label_zh.split(" / ")[at:]) if under else None

        def named(h: Fact) -> bool:
            if found_part is None:  # the headings matched best: those holding about as much of the ask as the best
                return best > 0 and score[id(h)] >= best / 2
            # the search found a list under one heading: another heading only when it names what that list does not
            # ("存在什么问题，今后有哪些改进措施": 存在/问题; not 主要类别 for "主要通过什么渠道", whose 主要 the found list's
            # "主要通过…等" holds)
            return _same_heading(found_part.split(" / ")[0], h.text_value or "") or any(
                has(t, h.text_value or "") and not has(t, found_part) for t in terms)

        out: list[Fact] = []
        for h in items:
            name = h.text_value or ""
            kids = [f for f in mine if _same_heading(f.label_zh.split(" / ")[at], name)]
            if named(h) and kids:
                if found in kids:  # the list the label search found is one of this heading's: that one
                    out += self.list_of(found)
                    continue
                # else the heading's list whose own words hold most of the ask's terms, the shallowest, the first
                def fit(f: Fact) -> tuple:
                    own = " / ".join(f.label_zh.split(" / ")[at + 1 : -1])
                    return (-sum(w for t, w in terms.items() if has(t, own)), f.label_zh.count(" / "), f.start)
                out += self.list_of(min(kids, key=fit))
        return out

    def _heading_of(self, item: Fact) -> Fact | None:
        """The item that is the sub-heading `item`'s list is written under ("(一)存在主要问题" of "… / 存在主要问题 /
        主要有 / 第1项"), if a list of its section names it."""
        parts = item.label_zh.split(" / ")
        items = [f for f in self.fact_index.facts([item.doc_id]) if f.kind == "item"]
        for at in range(1, len(parts) - 1):
            prefix = " / ".join(parts[:at])
            for f in items:
                if f.label_zh.rsplit(" / ", 1)[0] == prefix and _same_heading(parts[at], f.text_value or ""):
                    return f
        return None

    def _total_of(self, f: Fact) -> Fact | None:
        """The prose total whose text breaks down into `f` ("…808条,其中…337条" for 337), if any."""
        if f.table != "narrative" or f.value is None:
            return None
        original = self.index.texts(f.doc_id)[0]
        before = [g for g in self.fact_index.facts([f.doc_id]) if g.table == "narrative" and g.value is not None
                  and g.end <= f.start and f.start - g.end < 400 and g.unit == f.unit]
        for g in sorted(before, key=lambda g: -g.start):
            lo, stop = parts_span(original, g.end)
            if lo <= f.start < stop and lists_parts(original, g.end):
                return g
        return None

    def breakdown(self, facts: list[Fact], q: ParsedQuestion) -> list[Fact]:
        """Sub-figures of each fact: its child rows in the same column, else the other columns of its row
        (applicant types), else its sibling rows (the other outcomes)."""
        out: list[Fact] = []
        applicant = re.search(r"申请人|自然人|法人|企业|什么人|哪些人|谁|applicant|individual|compan|who", q.norm)
        for f in facts:
            mine = self.fact_index.facts([f.doc_id])
            if f.table == "narrative":
                # the figures the same sentence goes on to list ("办结177件,其中,予以公开60件,部分公开51件…")
                original = self.index.texts(f.doc_id)[0]
                lo, stop = parts_span(original, f.end)
                parts = sorted((g for g in mine if g.table == "narrative" and g is not f and g.value is not None
                                and lo <= g.start < stop and g.unit not in ("%", "％")), key=lambda g: g.start)
                out += _adding_up(parts, f.value)
                continue
            table = [g for g in mine if g.table == f.table and g is not f and g.value is not None]
            depth = f.row.count(" / ")
            children = [g for g in table if g.column == f.column and g.row.startswith(f.row + " / ") and g.row.count(" / ") == depth + 1]
            columns = [g for g in table if g.row == f.row and g.column != f.column
                       and (f.column == "总计" or g.column.startswith(f.column.rsplit(" / ", 1)[0] + " / "))
                       and not g.column.endswith("总计")]
            parent = f.row.rsplit(" / ", 1)[0] if depth else None
            siblings = [g for g in table if parent and g.column == f.column and g.row.startswith(parent + " / ")
                        and g.row.count(" / ") == depth and "总计" not in g.row]
            for group in ((columns, children, siblings) if applicant else (children, columns, siblings)):
                if group:
                    out += group
                    break
        return out

    # --- citations ----------------------------------------------------------------------------
    def fact_citation(self, f: Fact, r: Report) -> Citation:
        original, clean, index = self.index.texts(r.doc_id)
        qs, qe = f.quote_start, f.quote_end
        if f.kind == "narrative" and f.value is not None and index:
            # the clause that states this figure, not its neighbours' figures ("部分公开51件" of "予以公开60件,部分公开51件");
            # found in the cleaned text (a mirror's "商業(yè)" is no bracket), quoted from the original
            c = [bisect.bisect_left(index, x) for x in (qs, f.start, f.end, qe)]
            if c[0] <= c[1] < c[2] <= c[3] <= len(clean):
                a, b = own_clause(clean, (c[0], c[3]), (c[1], c[2]))
                if (a, b) != (c[0], c[3]) and b > a:
                    qs, qe = index[a], index[b - 1] + 1
        return Citation(
            n=0, doc_id=r.doc_id, source=r.sources[0] if r.sources else "", title=r.display_title, agency=r.agency,
            year=r.year, section=f.section, quote=original[qs:qe], start=qs,
            end=qe, row=f.row, column=f.column or None,
            highlight=original[f.start : f.end], highlight_start=f.start, highlight_end=f.end, warnings=r.warnings,
            page=r.page_at(f.start), ocr=r.ocr,
        )

    def span_citation(self, r: Report, section: str, clean_s: int, clean_e: int,
                      highlight: tuple[int, int] | None = None) -> Citation:
        original, _clean, index = self.index.texts(r.doc_id)
        s, e = index[clean_s], index[clean_e - 1] + 1
        c = Citation(
            n=0, doc_id=r.doc_id, source=r.sources[0] if r.sources else "", title=r.display_title, agency=r.agency,
            year=r.year, section=section, quote=original[s:e], start=s, end=e, warnings=r.warnings,
            page=r.page_at(s), ocr=r.ocr,
        )
        if highlight:
            hs, he = index[highlight[0]], index[highlight[1] - 1] + 1
            if s <= hs < he <= e:
                c.highlight, c.highlight_start, c.highlight_end = original[hs:he], hs, he
        return c
