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

import dataclasses
import re
from dataclasses import dataclass, field

from assistant.aggregate import figures
from assistant.asks import Ask, split_asks, wants_breakdown
from assistant.labels import FactIndex, _column_words, fact_search_text, has
from assistant.labels import fact_label_en, fact_label_zh, strip_enumerator  # noqa: F401  (re-exported)
from assistant.query import ParsedQuestion, detect_metric, glossary_groups, glossary_terms, report_names
from assistant.core.glossary import GLOSSARY as _GLOSSARY
from assistant.core.metrics import Metric
from assistant.core.text import is_pinyin_word, sentence_spans, tokenize
from assistant.shapes import CLAUSE_END as _CLAUSE_END, DATE, UNIT_AFTER as _UNIT_AFTER, covers, is_english
from assistant.shapes import WANTS_CONTACT as _WANTS_CONTACT, WANTS_DATE as _WANTS_DATE
from assistant.shapes import contact_fields as _contact_fields, unit_fits as _unit_fits
from assistant.core.types import Chunk, Citation, Fact, Passage, Report

# words that carry no evidence: they appear in every report or every question (data: glossary.toml)
GENERIC = _GLOSSARY.generic
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
NEGATION = re.compile(r"未|没有|无|不存在|零")
# a clause that states there was none: "未发生行政复议", "没有收到申请", "无依申请公开"
NONE_CLAUSE = re.compile(r"未(?:发生|收到|产生|出现|收取|接到|有)|没有(?:发生|收到|产生)|无(?:依申请|任何|相关)|均为零|为零|0件")
YEARLIKE = re.compile(r"^(19|20)\d\d$")
TEXT_KINDS = ("contact", "date", "item")
_HEADING = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、])")


def is_heading(sentence: str) -> bool:
    """'五、存在的主要问题及改进情况', '(三)政府信息管理': a heading, not a statement."""
    return bool(_HEADING.match(sentence)) and len(sentence) <= 30 and not re.search(r"[，。；,;]", sentence)


_EN_STOP = _GLOSSARY.english_stop
@dataclass
class SentenceHit:
    """A sentence of a retrieved passage; `clause` (clean offsets) is the part that answers, `figure` its number."""

    chunk: Chunk
    span: tuple[int, int]  # the sentence, offsets in the report's cleaned text
    score: float
    clause: tuple[int, int] | None = None
    figure: str | None = None  # the stated figure with its unit ("42条"), or "0" for a statement of none


@dataclass
class AskEvidence:
    ask: Ask
    q: ParsedQuestion  # the ask as a question of its own (metric, terms), scoped like the whole question
    facts: list[Fact] = field(default_factory=list)
    breakdown: list[Fact] = field(default_factory=list)
    sentences: list[SentenceHit] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return bool(self.facts or self.sentences)


def asked_unit(text: str) -> str | None:
    """The unit an ask counts in ("多少人次" -> 人次), when it names one of the glossary's units."""
    m = re.search(r"(?:多少|几)([\u4e00-\u9fff]{1,2})", text)
    return next((u for u in _GLOSSARY.units if m and m.group(1).startswith(u)), None) if m else None


def ask_question(q: ParsedQuestion, ask: Ask, previous: ParsedQuestion | None) -> ParsedQuestion:
    """The ask as a question of its own: its metric and terms, the whole question's scope and language."""
    if ask.text == q.norm and not (q.wants_number and (_WANTS_CONTACT.search(q.norm) or _WANTS_DATE.search(q.norm))):
        return q
    sub = dataclasses.replace(q, norm=ask.text, metric=detect_metric(ask.text), terms=glossary_terms(ask.text),
                              wants_number=q.wants_number if not re.search(r"多少|几|how many|how much|number", ask.text)
                              else True)
    if _WANTS_CONTACT.search(ask.text) or _WANTS_DATE.search(ask.text):
        sub.wants_number = False  # "地址是多少" asks for an address, not a figure
    if ask.within and previous is not None and (sub.metric is None or sub.metric.key == "applications_received"):
        sub.metric = previous.metric or sub.metric  # "其中自然人提出多少件": the figure of the ask before it
    return sub


class EvidenceGatherer:
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
            unit = asked_unit(sub.norm)
            if unit:  # "多少批": a figure counted in another unit (19名) does not answer it
                ev.facts = [f for f in ev.facts if not f.unit or f.unit.endswith(unit) or f.kind == "none"]
            # a breakdown of one report's figure; "A和B分别…" over two reports only distributes the ask
            if ev.facts and (ask.breakdown or wants_breakdown(sub.norm)) and len({f.doc_id for f in ev.facts}) == 1:
                ev.breakdown = self.breakdown(ev.facts, sub)
            if not ev.facts:
                ev.sentences = self.best_sentences(sub, passages)
            out.append(ev)
            previous = sub
        return out

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
        translated = " ".join(en for en in _GLOSSARY.en_to_zh if re.search(rf"(?<![a-z]){re.escape(en)}(?![a-z])", q.norm))
        for w in re.findall(r"[a-z][a-z\-]{2,}", q.norm):
            if w in _EN_STOP or any(w in n for n in names) or re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", translated):
                continue
            if re.search(rf"\b{re.escape(w.capitalize())}\b", q.text) and is_pinyin_word(w):
                continue  # a place name in pinyin ("Wushan"): scope, not content
                continue
            stem = w[:-1] if w.endswith("s") and len(w) > 4 else w
            terms[stem] = idf.get(w, idf.get(stem, 2.0))
        return terms

    def label_facts(self, q: ParsedQuestion, docs: list[Report], threshold: float = 0.5) -> list[Fact]:
        """Facts whose labels match the ask: the best row of each report, in the column the ask names
        (else its 总计 column); text facts (address, phone, date, items) when the ask wants no figure."""
        terms = self.label_terms(q)
        hits = self.fact_index.search(q.search_text, terms, [d.doc_id for d in docs])
        fields = _contact_fields(q.norm) if not q.wants_number else []
        out: list[Fact] = []
        for d in docs:
            mine = [(f, s) for f, s in hits if f.doc_id == d.doc_id and s >= threshold
                    and (f.value is not None or f.kind in TEXT_KINDS)]
            if fields and not any(f.kind == "contact" for f, _s in mine):
                # a contact ask names its field ("…办公室的电话"): the report's fact of that field answers,
                # however many other words of the question its label lacks
                mine = [(f, s) for f, s in hits if f.doc_id == d.doc_id and f.kind == "contact" and s >= 0.2
                        and any(has(w, fact_search_text(f)) for w in fields)] or mine
            if _WANTS_DATE.search(q.norm):
                mine = [(f, s) for f, s in mine if f.kind == "date"]  # else a sentence that holds a date
            elif q.wants_number:
                mine = [(f, s) for f, s in mine if f.value is not None]  # a list of items states no figure
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
                group = next(f.label_zh.rsplit(" / ", 1)[0] for f in close if f.label_zh.count(" / ") == depth)
                out += sorted((f for f, s in mine if f.kind == "item" and f.label_zh.rsplit(" / ", 1)[0] == group),
                              key=lambda f: f.start)
                continue
            if best_f.kind == "contact":
                # the most specific of the values the report gives for the field ("…办公厅新闻信息处" over "…办公厅")
                same = [f for f, s in mine if f.kind == "contact" and f.row == best_f.row and s >= best_s - 0.15]
                out.append(max(same, key=lambda f: (any((g.text_value or "") in (f.text_value or "") for g in same if g is not f),
                                                    len(f.text_value or ""))))
                continue
            if best_f.kind == "none":  # every statement of none that matches about as well ("未发生…", "未…被纠错")
                out += [f for f, s in mine if f.kind == "none" and s >= best_s - 0.1]
                continue
            question = q.norm + " " + " ".join(q.terms)
            named = [f for f in same_row if f.column and _column_words(f.column) and _column_words(f.column) in question]
            total = [f for f in same_row if f.column.split(" / ")[-1] == "总计"]
            out.append((named or total or [best_f])[0])
        return out

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
                end = re.search(r"[。\n]", original[f.end : f.end + 300])
                stop = f.end + (end.start() if end else 300)
                out += [g for g in mine if g.table == "narrative" and g is not f and g.value is not None
                        and f.end <= g.start < stop and g.unit not in ("%", "％")]
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

    # --- sentences ----------------------------------------------------------------------------
    def key_terms(self, q: ParsedQuestion) -> dict[str, float]:
        names = {n for d in (q.doc_ids or []) if d in self.index.by_doc for n, _k in report_names(self.index.by_doc[d])}
        names |= set(q.entities)
        # a name is scope where the question writes it, not content: its words elsewhere still count
        # ("自治区政府办公厅" names the report; "政府办公厅文件" asks for a row)
        unnamed = q.norm
        for n in sorted((n for n in names if len(n) >= 2 and re.search(r"[\u3400-\u9fff]", n)), key=len, reverse=True):
            unnamed = unnamed.replace(n, " ")
        name_tokens = {n for n in names if len(n) >= 2}  # a token that is a whole name
        cjk_question = " ".join(re.findall(r"[\u3400-\u9fff]+", unnamed))
        bm25 = getattr(self.index, "bm25", None)
        unseen = bm25.idf("\x00") - 1e-9 if bm25 is not None else 0.0
        terms: dict[str, float] = {}
        missing: dict[str, float] = {}
        for tok in tokenize(cjk_question):
            if tok in GENERIC or tok in name_tokens or YEARLIKE.match(tok) or not re.search(r"[\u3400-\u9fff]", tok):
                continue
            if len(tok) == 1:
                continue
            if bm25 is not None and bm25.idf(tok) >= unseen:
                missing[tok] = bm25.idf(tok)  # in no report at all ("类有" of 政策文件类有几条): it only dilutes
                continue
            terms[tok] = bm25.idf(tok) if bm25 is not None else 1.0
        # an English word's Chinese renderings are alternatives ("website" -> 网站|门户网站): one term, matched by any
        for alternatives in glossary_groups(q.norm):
            alts = [a for a in alternatives if a not in GENERIC and a not in name_tokens and not any(a in t for t in terms)]
            if not alts:
                continue
            weights = [bm25.idf(tok) for a in alts for tok in tokenize(a) if len(tok) > 1 and bm25.idf(tok) < unseen] \
                if bm25 is not None else [1.0]
            if weights:
                terms["|".join(alts)] = max(weights)
        if not terms:
            return missing  # every word of the ask is in no report: nothing may match (a refusal), not anything
        return terms

    def english_terms(self, q: ParsedQuestion) -> dict[str, float]:
        """The English content words of the ask (for a report written in English), stems as keys; words the
        glossary translates stay (the report writes them in English)."""
        names = {n.lower() for d in (q.doc_ids or []) if d in self.index.by_doc for n, _k in report_names(self.index.by_doc[d])}
        out: dict[str, float] = {}
        for w in re.findall(r"[a-z][a-z\-]{2,}", q.norm):
            if w in _EN_STOP or any(w in n for n in names) or (is_pinyin_word(w) and re.search(rf"\b{w.capitalize()}\b", q.text)):
                continue
            out[w[:-1] if w.endswith("s") and len(w) > 4 else w] = 1.0
        return out

    def best_sentences(self, q: ParsedQuestion, passages, limit: int = 2, require_number: bool | None = None) -> list[SentenceHit]:
        zh_terms = self.key_terms(q)
        en_terms = self.english_terms(q) if q.language == "en" and any(is_english(c.clean_text) for c, _s in passages) else {}
        if not zh_terms and not en_terms:
            return []
        need_number = q.wants_number if require_number is None else require_number
        wants_date = bool(_WANTS_DATE.search(q.norm))
        scored = []
        for rank, (chunk, _s) in enumerate(passages):
            terms = en_terms if en_terms and is_english(chunk.clean_text) else zh_terms
            if not terms:
                continue
            total = sum(terms.values())
            spans = sentence_spans(chunk.clean_text)
            for i, (s, e) in enumerate(spans):
                sent = chunk.clean_text[s:e]
                if "|" in sent:
                    continue  # table rows are answered from facts
                cover = sum(w for tok, w in terms.items() if covers(tok, sent)) / total
                if is_heading(sent):
                    # a heading says nothing itself: it answers with what it heads (its first sentences)
                    body = [sp for sp in spans[i + 1 : i + 4] if "|" not in chunk.clean_text[sp[0] : sp[1]]]
                    body = [sp for sp in body if sp[1] - body[0][0] <= 240] if body else []
                    if not body:
                        continue
                    s, e = body[0][0], body[-1][1]
                    sent = chunk.clean_text[s:e]
                if cover < self.min_evidence_score:
                    continue
                numbers = [n for n in NUMBER.findall(sent) if not YEARLIKE.match(n)]
                if need_number and not numbers and not NEGATION.search(sent):
                    continue
                if wants_date and not DATE.search(sent):
                    continue  # "什么时候发布的": a sentence without a date does not answer
                # a figure counts when its own clause is about the ask ("配备了2名…" is no answer to 申请)
                clauses = [c for c in _CLAUSE_END.split(sent) if any(has(tok, c) for tok in terms)]
                stated = any(NUMBER.search(c) or NONE_CLAUSE.search(c) for c in clauses)
                score = cover + (0.1 if stated else -0.1 if need_number else 0.1 if numbers else 0) - 0.02 * rank
                scored.append((score, chunk, (chunk.clean_start + s, chunk.clean_start + e)))
        scored.sort(key=lambda x: -x[0])
        out: list[SentenceHit] = []
        for score, chunk, span in scored:
            if len(out) >= limit or (out and score < out[0].score - 0.25):
                break
            if all(span != o.span for o in out):
                hit = SentenceHit(chunk, span, score)
                if need_number:
                    self._clause(hit, en_terms if en_terms and is_english(chunk.clean_text) else zh_terms, q.norm)
                    if not _unit_fits(hit.figure, asked_unit(q.norm)):
                        continue  # "多少件" is not answered by "培训50人次"
                out.append(hit)
        return out

    def _clause(self, hit: SentenceHit, terms: dict[str, float], ask_text: str = "") -> None:
        """The clause of the sentence that states the figure the ask is about, and that figure."""
        clean = self.index.texts(hit.chunk.doc_id)[1]
        s0, e0 = hit.span
        sent = clean[s0:e0]
        bounds = [0] + [m.end() for m in _CLAUSE_END.finditer(sent)] + [len(sent)]
        clauses = [(a, b) for a, b in zip(bounds, bounds[1:]) if sent[a:b].strip(" ，,；;：:")]
        best = None
        for i, (a, b) in enumerate(clauses):
            # a clause and the one before it: "全年共受理申请，" + "其中自然人42件"
            for lo in (a, clauses[i - 1][0] if i else a):
                text = sent[lo:b]
                nums = [m for m in NUMBER.finditer(text) if not YEARLIKE.match(m.group().replace(",", ""))
                        and not re.match(r"\s*年", text[m.end():])]
                none = NONE_CLAUSE.search(text)
                if not nums and not none:
                    continue
                cover = sum(w for tok, w in terms.items() if has(tok, text))
                score = cover - 0.001 * (b - lo)
                if best is None or score > best[0]:
                    best = (score, lo, b, nums, none)
        if best is None:
            return
        _score, lo, b, nums, none = best
        text = sent[lo:b].rstrip("，,；;：: ")
        hit.clause = (s0 + lo, s0 + lo + len(text))
        if nums:
            asked = re.findall(r"(?:多少|几)([\u4e00-\u9fff]{1,2})", ask_text)

            def fit(m) -> float:
                after = text[m.end() : m.end() + 3]
                unit = 1.0 if any(after.startswith(u) or after.lstrip("余多").startswith(u) for u in asked) else 0.0
                return unit * 10 + sum(w for tok, w in terms.items() if has(tok, text[: m.start()][-12:])) + 0.001 * m.start()

            m = max(nums, key=fit)
            unit = _UNIT_AFTER.match(text, m.end())
            hit.figure = m.group() + (unit.group().strip() if unit else "")
        else:
            hit.figure = "0"

    # --- citations ----------------------------------------------------------------------------
    def fact_citation(self, f: Fact, r: Report) -> Citation:
        original = self.index.texts(r.doc_id)[0]
        return Citation(
            n=0, doc_id=r.doc_id, source=r.sources[0] if r.sources else "", title=r.display_title, agency=r.agency,
            year=r.year, section=f.section, quote=original[f.quote_start : f.quote_end], start=f.quote_start,
            end=f.quote_end, row=f.row, column=f.column or None,
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
