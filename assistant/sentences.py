"""The sentence side of the evidence: the sentences of the retrieved passages that answer an ask, trimmed to
the clause that states its figure (or date, ordinal), and the search terms of an ask (Chinese terms with their
weights, English words for a report written in English, the English renderings of a Chinese ask).

``SentenceSearch`` is a mixin of ``assistant.evidence.EvidenceGatherer`` (it reads ``self.index`` and
``self.min_evidence_score``), beside ``FactSearch`` (assistant.fact_search), ``PartsSearch`` (assistant.parts) and
``ItemSearch`` (assistant.list_items).  Which statement of none answers an ask: assistant/none_statements.py; the
names an ask's evidence words leave out (its scope): assistant/scope_names.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import decline_trace
from assistant.agency_en import outside_agency_names_en
from assistant.core.glossary import GLOSSARY as _GLOSSARY
from assistant.core.text import tokenize
from assistant.core.types import Chunk
from assistant.english_terms import EnglishTerms
from assistant.focus_weights import focused
from assistant.kind_counts import kinds_after
from assistant.glued_terms import unglued
from assistant.labels import has
from assistant.non_count_numbers import address_part, is_list_number
from assistant.none_statements import none_answers, off_topic_none
from assistant.precision import sentence_answers
from assistant.query import ParsedQuestion, glossary_groups, report_names
from assistant.scope_names import PLACE_KIND, office_of, scope_places, strip_short_names
from assistant.report_lead import without_report_lead
from assistant.shapes import CLAUSE_END as _CLAUSE_END
from assistant.shapes import DATE, asked_unit, covers, is_english, own_clause, passage_sentences, shape_clause
from assistant.shapes import ORDINAL as _ORDINAL
from assistant.shapes import UNIT_AFTER as _UNIT_AFTER
from assistant.shapes import WANTS_DATE as _WANTS_DATE
from assistant.shapes import unit_fits as _unit_fits
from assistant.verify import ask_shape, figure_holds_shape, holds_shape
from assistant.word_figures import WORD_FIGURE, word_figures
from ingest.prose import none_in

# words that carry no evidence: they appear in every report or every question (data: glossary.toml)
GENERIC = _GLOSSARY.generic
# (not the comma after it, "信息59,人大…"; nor digits a placeholder runs on from, a masked year "201x年", "20XX年")
NUMBER = re.compile(r"\d[\d,]*(?<!,)(?:\.\d+)?(?![\dxX×Ｘｘ])")
NEGATION = re.compile(r"未|没有|无|不存在|零")
# a clause that states there was none: "未发生行政复议", "没有收到申请", "无依申请公开"
NONE_CLAUSE = re.compile(r"未(?:发生|收到|产生|出现|收取|接到|有)|没有(?:发生|收到|产生)|无(?:依申请|任何|相关)|均为零|为零|0件")
YEARLIKE = re.compile(r"^(19|20)\d\d$")
# "排名第几", "what place did the city reach in the assessment": an ordinal answers ("第6位"), not a count
# (glossary [patterns] rank_ask)
_RANK_ASK = _GLOSSARY.patterns["rank_ask"]  # (answered by shapes.ORDINAL)
_HEADING = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、])")


# the words of a yes/no frame ("有没有", "是不是"): no words of a fact's label (有没有 tokenises as 有 / 没有)
_YES_NO_FRAME_ZH = _GLOSSARY.patterns["yes_no_frame_zh"]


def is_heading(sentence: str, section: str = "") -> bool:
    """'五、存在的主要问题及改进情况', '(三)政府信息管理': a heading, not a statement; so is the title of the
    passage's own section however it is punctuated ("1、健全组织,加强领导。" heading "… > 1、健全组织,加强领导")."""
    if bool(_HEADING.match(sentence)) and len(sentence) <= 30 and not re.search(r"[，。；,;]", sentence):
        return True
    title = section.rsplit(" > ", 1)[-1].strip() if section else ""
    return bool(title) and bool(_HEADING.match(sentence)) and _bare(sentence) == _bare(title)


def _bare(text: str) -> str:
    """A heading without its punctuation and spaces (a section path keeps "1、健全组织,加强领导" of "1、健全組織,加強領導。")."""
    return re.sub(r"[\s，。；：,.;:、]", "", text)


# the name of a numbered set of policy ("五公开", "三个到位"): glossary [patterns] numbered_set_zh
_NUMBERED_SET = _GLOSSARY.patterns["numbered_set_zh"]
_COUNTED_GENERIC = _GLOSSARY.patterns["counted_generic_zh"]
_MULTIPLE_ASK = _GLOSSARY.patterns["multiple_ask_en"]  # an English ask of a multiple, stated with 倍
# the verb that starts a proceeding ("被申请复议", "提起行政诉讼"): the proceeding is asked, not an application
# (an application for reconsideration, "行政复议申请", keeps its noun)
_PROCEEDING_VERB = re.compile(r"(?:申请|提起|提出)(?=(?:行政)?(?:复议|诉讼))")


@dataclass

class SentenceHit:
    """A sentence of a retrieved passage; `clause` (clean offsets) is the part that answers, `figure` its number."""

    chunk: Chunk
    span: tuple[int, int]  # the sentence, offsets in the report's cleaned text
    score: float
    clause: tuple[int, int] | None = None
    figure: str | None = None  # the stated figure with its unit ("42条"), or "0" for a statement of none
    off_topic: bool = False  # its clause is a statement of none of something other than what is asked (none_answers)


# a heading's body matched by the heading's words ranks below a sentence matching as well, by more than the margin a
# second sentence is kept within (best_sentences)
HEADING_PENALTY = 0.06


# an identifier with its number ("DB45/T1801", "GB/T 7714-2015", "ISO 9001"): the number alone is no figure of it
_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{1,6}\d*\s*/\s*[A-Z]{0,3}\s*\d+(?:[.\-]\d+)*|(?<![A-Za-z])[A-Z]{2,6}\s?\d{3,}(?:[.\-]\d+)*")
_WANTS_SHARE = re.compile(r"率|比例|百分|占|[%％]|(?<![a-z])(?:percent|percentage|share|rate|proportion|ratio)(?![a-z])")


# a date written with separators ("发布日期:2020-01-03", "2021/3/15", "2019.12.31")
_NUMERIC_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*([-/.])\s*\d{1,2}\s*\1\s*\d{1,2}(?!\d)")


def _date_part(text: str, m: re.Match) -> bool:
    """The number is a month or a day of a date ("至12月31日止", "发布日期:2020-01-03"; a count of months is written
    "3个月"): no count."""
    after = text[m.end():]
    if any(d.start() <= m.start() and m.end() <= d.end() for d in _NUMERIC_DATE.finditer(text)):
        return True
    return bool(re.match(r"\s*月", after) or re.match(r"\s*[日号]", after) and re.search(r"月\s*$", text[: m.start()]))


class SentenceSearch(EnglishTerms):
    """Sentences and terms of an ask, over ``self.index`` (a mixin of EvidenceGatherer)."""

    index: object
    min_evidence_score: float

    def key_terms(self, q: ParsedQuestion, frame: bool = True) -> dict[str, float]:
        """The evidence words of the ask with their weights (BM25 idf).  `frame=False`: without the words of a yes/no
        frame ("有没有" gives 没有): a label ("…收费及减免") never holds them, while a sentence of none ("没有收到申请")
        may, and there they weigh for the clause that denies."""
        names = {n for d in (q.doc_ids or []) if d in self.index.by_doc for n, _k in report_names(self.index.by_doc[d])}
        names |= set(q.entities)
        names |= scope_places([self.index.by_doc[d] for d in (q.doc_ids or []) if d in self.index.by_doc])
        # a name is scope where the question writes it, not content: its words elsewhere still count
        # ("自治区政府办公厅" names the report; "政府办公厅文件" asks for a row)
        unnamed = without_report_lead(q.norm)  # ("那篇繁体的…年终报告范文里，": which copy, no words of the ask)
        governments = any((self.index.by_doc[d].agency or "").endswith("政府") for d in (q.doc_ids or []) if d in self.index.by_doc)
        for n in sorted((n for n in names if len(n) >= 2 and re.search(r"[\u3400-\u9fff]", n)), key=len, reverse=True):
            # (with the kind of place written after a short name: "新疆自治区", "广西壮族自治区" name the place; a name
            # not written has no pattern compiled: scopes hold hundreds, more than re's cache keeps)
            if n in unnamed:
                unnamed = re.sub(re.escape(n) + PLACE_KIND + (office_of(n) if governments else ""), " ", unnamed)
        unnamed = strip_short_names(unnamed, names)
        unnamed = _GLOSSARY.patterns["tier_report_zh"].sub(" ", unnamed)  # ("省里那份年报": whose report, not what)
        name_tokens = {n for n in names if len(n) >= 2}  # a token that is a whole name
        cjk_question = " ".join(re.findall(r"[\u3400-\u9fff]+", unnamed))
        cjk_question = _PROCEEDING_VERB.sub(" ", cjk_question)  # "有没有被申请复议": a reconsideration, no application
        cjk_question = _GLOSSARY.patterns["site_before_place_zh"].sub(" ", cjk_question)  # "官网上": 官网, not 网上
        if not frame:
            cjk_question = _YES_NO_FRAME_ZH.sub(" ", cjk_question)
        for colloquial, _words in _GLOSSARY.zh_colloquial:  # "收过费": searched as the words reports write (收费)
            cjk_question = colloquial.sub(" ", cjk_question)
        bm25 = getattr(self.index, "bm25", None)
        unseen = bm25.idf("\x00") - 1e-9 if bm25 is not None else 0.0
        terms: dict[str, float] = {}
        missing: dict[str, float] = {}
        for tok in tokenize(cjk_question):
            if tok in GENERIC or tok in name_tokens or YEARLIKE.match(tok) or not re.search(r"[\u3400-\u9fff]", tok):
                continue
            if len(tok) == 1:
                continue
            tok = unglued(tok, bm25.idf if bm25 is not None else None, unseen)  # ("微博发了多少条": 微博, not 微博发)
            if bm25 is not None and bm25.idf(tok) >= unseen:
                missing[tok] = bm25.idf(tok)  # in no report at all ("类有" of 政策文件类有几条): it only dilutes
                continue
            terms[tok] = bm25.idf(tok) if bm25 is not None else 1.0
        # an English word's Chinese renderings are alternatives ("website" -> 网站|门户网站): one term, matched by any
        # (not the words of a report's English name where the question writes it, when the report's own name does not
        # write them either: "radio" of "the culture, radio and press bureau" is no word of 文广新局, only scope;
        # "petitions" of "the petitions bureau" is 信访 of 信访局, a word of the report as any)
        # (and an English name of several words the scope step found a report by: "… Xinjiang Production and
        # Construction Corps" is scope, its "construction" no 工程建设 asked)
        outside = glossary_groups(outside_agency_names_en(q.norm, names, matched=[e for e in q.entities if e.isascii() and " " in e]))
        zh_names = [n for n in names if re.search(r"[\u3400-\u9fff]", n)]
        for alternatives in glossary_groups(q.norm):
            # (a metric asked of "the Tai'an finance bureau": its 财政 names the report, never the figure — "财政收支信息"
            # is no narrower figure of lawsuits — though 泰安市财政局 holds it)
            if alternatives not in outside and (q.metric is not None or not any(a in n for a in alternatives for n in zh_names)):
                continue
            alts = [a for a in alternatives if a not in GENERIC and a not in name_tokens and not any(a in t for t in terms)]
            if not alts:
                continue
            weights = [bm25.idf(tok) for a in alts for tok in tokenize(a) if len(tok) > 1 and bm25.idf(tok) < unseen] \
                if bm25 is not None else [1.0]
            if weights and any(_NUMBERED_SET.fullmatch(a) for a in alts):
                # the name of a numbered set ("five disclosures" -> 五公开) is one rare thing, not its common word (公开)
                weights.append(unseen)
            if weights:
                terms["|".join(alts)] = max(weights)
        if q.language == "en" and _MULTIPLE_ASK.search(q.norm):  # "how many times the 2013 total": a stated multiple (倍)
            terms["倍"] = max([*terms.values(), 1.0])
        for m in _COUNTED_GENERIC.finditer(unnamed) if not terms else ():  # "年报有几条": the thing counted
            terms[m.group(1)] = bm25.idf(m.group(1)) if bm25 is not None else 1.0
        if not terms:
            return missing  # every word of the ask is in no report: nothing may match (a refusal), not anything
        return focused(terms, q.focus, q.norm)

    def best_sentences(self, q: ParsedQuestion, passages, limit: int = 2, require_number: bool | None = None) -> list[SentenceHit]:
        zh_terms = self.key_terms(q)
        english = any(is_english(c.clean_text) for c, _s in passages)
        en_terms = (self.english_terms(q) if q.language == "en" else self.english_renderings(q)) if english else {}
        if not zh_terms and not en_terms:
            return []
        wants_rank = bool(_RANK_ASK.search(q.norm))  # "排名第几": an ordinal answers, not a count
        need_number = (q.wants_number and not wants_rank) if require_number is None else require_number
        wants_date = bool(_WANTS_DATE.search(q.norm)) and not wants_rank
        shape = ask_shape(q.norm)  # who holds a post, an amount of money (assistant.verify)
        scored = []
        for rank, (chunk, _s) in enumerate(passages):
            terms = en_terms if en_terms and is_english(chunk.clean_text) else zh_terms
            if not terms:
                continue
            total = sum(terms.values())
            spans = passage_sentences(chunk.clean_text)
            for i, (s, e) in enumerate(spans):
                sent = chunk.clean_text[s:e]
                if "|" in sent:
                    continue  # table rows are answered from facts
                cover = sum(w for tok, w in terms.items() if covers(tok, sent.lower())) / total
                headed = is_heading(sent, chunk.section)
                if headed:
                    # a heading says nothing itself: it answers with what it heads (its first sentences)
                    body = [sp for sp in spans[i + 1 : i + 4] if "|" not in chunk.clean_text[sp[0] : sp[1]]]
                    body = [sp for sp in body if sp[1] - body[0][0] <= 240] if body else []
                    if not body:
                        continue
                    s, e = body[0][0], body[-1][1]
                    sent = chunk.clean_text[s:e]
                if cover < self.min_evidence_score:
                    if cover >= self.min_evidence_score / 2:
                        decline_trace.veto("sentence", "cover short")  # (assistant/decline_trace.py)
                    continue
                numbers = [n for n in NUMBER.findall(sent) if not YEARLIKE.match(n)]
                if need_number and not numbers and not NEGATION.search(sent) and not word_figures(sent):
                    continue  # (a figure in words, "近万条", is a figure stated)
                if wants_date and not DATE.search(sent):
                    continue  # "什么时候发布的": a sentence without a date does not answer
                if wants_rank and not _ORDINAL.search(sent):
                    continue
                if shape and not holds_shape(shape, sent):
                    decline_trace.veto("sentence", "shape")
                    continue  # "局长是谁" is not answered by "成立了以局长为组长的领导小组"
                # a figure counts when its own clause is about the ask ("配备了2名…" is no answer to 申请)
                clauses = [c for c in _CLAUSE_END.split(sent.lower()) if any(has(tok, c) for tok in terms)]
                # (the clauses holding a word of the ask other than a negation: "有没有败诉" asks nothing with 没有)
                # ... and when none holds one, every clause of the sentence
                content = [c for c in clauses if any(has(tok, c) for tok in terms if not NEGATION.fullmatch(tok))] \
                    or [c for c in _CLAUSE_END.split(sent.lower()) if c.strip(" ，,；;：:。")]
                if (all(float(n.replace(",", "")) == 0 for n in numbers) and content
                        and all(off_topic_none(c, terms, q.norm) for c in content)):
                    continue  # its words of the ask are in statements of none (or figures 0) of something else
                stated = any(NUMBER.search(c) or NONE_CLAUSE.search(c) or WORD_FIGURE.search(c) for c in clauses)
                score = cover + (0.1 if stated else -0.1 if need_number else 0.1 if numbers else 0) - 0.02 * rank
                if headed:
                    # (the words of the ask were the heading's, not its body's: a sentence stating them itself answers
                    # first, and the body then is no second answer — "在谁的领导下" is not "1、健全组织,加强领导。")
                    score -= HEADING_PENALTY
                scored.append((score, chunk, (chunk.clean_start + s, chunk.clean_start + e)))
        scored.sort(key=lambda x: -x[0])
        out: list[SentenceHit] = []
        for score, chunk, span in scored:
            if len(out) >= limit or (out and score < out[0].score - 0.05):
                break  # a second sentence only when it answers the ask as well as the first (else it is padding)
            if all(span != o.span for o in out):
                hit = SentenceHit(chunk, span, score)
                if need_number:
                    self._clause(hit, en_terms if en_terms and is_english(chunk.clean_text) else zh_terms, q.norm)
                    if hit.off_topic:
                        decline_trace.veto("sentence", "off topic")
                        continue
                    if not _unit_fits(hit.figure, asked_unit(q.norm)) or not figure_holds_shape(shape, hit.figure):
                        decline_trace.veto("sentence", "unit or shape")
                        continue  # "多少件" / "how many lawsuits" is not answered by "培训50人次" / "6部分"
                    if not sentence_answers(hit, q, self.index.texts(chunk.doc_id)[1], zh_terms):
                        continue  # a figure of something else (assistant/precision.py): the next sentence may answer
                elif wants_date or wants_rank:
                    self._date_clause(hit, en_terms if en_terms and is_english(chunk.clean_text) else zh_terms,
                                      _ORDINAL if wants_rank else DATE)
                out.append(hit)
        return out

    def _next_clause(self, prev: SentenceHit, q: ParsedQuestion) -> list[SentenceHit]:
        """The clause of `prev`'s sentence, other than the one that answered, that states this ask's figure."""
        english = is_english(prev.chunk.clean_text)
        terms = (self.english_terms(q) if q.language == "en" else self.english_renderings(q)) if english else self.key_terms(q)
        if not terms:
            return []
        hit = SentenceHit(prev.chunk, prev.span, prev.score)
        self._clause(hit, terms, q.norm, exclude=prev.clause)
        if not hit.clause or not hit.figure or hit.figure == "0":
            return []
        text = self.index.texts(prev.chunk.doc_id)[1][hit.clause[0] : hit.clause[1]].lower()
        return [hit] if any(has(t, text) for t in terms) else []

    def _clause(self, hit: SentenceHit, terms: dict[str, float], ask_text: str = "",
                exclude: tuple[int, int] | None = None) -> None:
        """The clause of the sentence that states the figure the ask is about, and that figure (`exclude`: a
        clause already answering another ask, clean offsets)."""

        clean = self.index.texts(hit.chunk.doc_id)[1]
        s0, e0 = hit.span
        sent = clean[s0:e0]
        bounds = [0] + [m.end() for m in _CLAUSE_END.finditer(sent)] + [len(sent)]
        clauses = [(a, b) for a, b in zip(bounds, bounds[1:]) if sent[a:b].strip(" ，,；;：:")]
        share = _WANTS_SHARE.search(ask_text)
        best = None
        for i, (a, b) in enumerate(clauses):
            # a clause and the one before it: "全年共受理申请，" + "其中自然人42件"
            for lo in (a, clauses[i - 1][0] if i else a):
                if exclude and s0 + lo < exclude[1] and exclude[0] < s0 + b:
                    continue
                text = sent[lo:b]
                nums = [m for m in NUMBER.finditer(text) if not YEARLIKE.match(m.group().replace(",", ""))
                        and not re.match(r"\s*年", text[m.end():]) and not _date_part(text, m)
                        and not address_part(text, m.start(), m.end())  # ("青禾大街1208号": no count)
                        and not is_list_number(sent, lo + m.start(), lo + m.end())  # ("2.重复申请": no count)
                        and (share or not re.match(r"\s*[%％]", text[m.end():]))]  # "how many" is no rate
                none = NONE_CLAUSE.search(text)
                if not nums and not none:
                    continue
                cover = sum(w for tok, w in terms.items() if has(tok, text.lower()))
                score = cover - 0.001 * (b - lo)
                if best is None or score > best[0]:
                    best = (score, lo, b, nums, none)
        if best is None:
            self._word_figure_clause(hit, sent, clauses, terms)
            return
        _score, lo, b, nums, none = best
        text = sent[lo:b].rstrip("，,；;：: ")
        hit.clause = (s0 + lo, s0 + lo + len(text))
        if nums:
            asked = re.findall(r"(?:多少|几)([\u4e00-\u9fff]{1,2})", ask_text) or [u for u in [asked_unit(ask_text)] if u]

            def fit(m) -> float:
                after = text[m.end() : m.end() + 3]
                unit = 1.0 if any(after.startswith(u) or after.lstrip("余多").startswith(u) for u in asked) else 0.0
                # the words of the figure's own item: a list "领导信息9条、财政信息6条、人事信息9条" names each
                # figure after the 、 before it, not the item before that
                near = text[: m.start()][-12:].split("、")[-1]
                if is_english(sent):  # "disclose 56 government documents": the counted noun follows the figure
                    near = (text[: m.start()][-30:] + " " + text[m.end() : m.end() + 40]).lower()
                return unit * 10 + sum(w for tok, w in terms.items() if has(tok, near)) + 0.001 * m.start()

            m = max(nums, key=fit)
            unit = _UNIT_AFTER.match(text, m.end()) or kinds_after(text, m.end())  # ("8大板块": counts 板块)
            hit.figure = m.group() + (unit.group().strip() if unit else "")
            code = next((c for c in _CODE.finditer(text) if c.start() <= m.start() < c.end()), None)
            if code is not None:  # the number is part of an identifier ("DB45/T1801"): the identifier is what is stated
                hit.figure = re.sub(r"\s+", "", code.group())
                hit.clause = (s0 + lo, s0 + lo + len(text))
                return
            # the figure's own clause when the clause lists other figures too ("…30件、不予处理3件")
            a, b2 = own_clause(text, (0, len(text)), (m.start(), m.end() + (len(unit.group()) if unit else 0)))
            hit.clause = (s0 + lo + a, s0 + lo + b2)
        else:
            got = none_in(text)  # what the clause states none of, read as ingest reads it
            if got is not None and not none_answers(got[0], terms, ask_text):
                hit.clause, hit.off_topic = None, True  # "收到几件申请" / "未发生有关申请的行政复议": no answer
                return
            hit.figure = "0"

    def _word_figure_clause(self, hit: SentenceHit, sent: str, clauses, terms: dict[str, float]) -> None:
        """A sentence stating no figure in digits: its clause (most about the ask) stating one in words ("近万条"),
        that figure as written (assistant/word_figures.py)."""
        said = [(sum(w for tok, w in terms.items() if has(tok, sent[a:b].lower())), a, b, m)
                for a, b in clauses for m in word_figures(sent[a:b])[-1:]]
        if said:
            _cover, a, b, m = max(said, key=lambda x: x[0])
            hit.figure, hit.clause = m.group(), (hit.span[0] + a, hit.span[0] + a + len(sent[a:b].rstrip("，,；;：: ")))

    def _date_clause(self, hit: SentenceHit, terms: dict[str, float], shape: re.Pattern = DATE) -> None:
        """"何时上线" / "排名第几": the clause stating the date (ordinal) and that date as the figure (shapes.shape_clause)."""
        s0, e0 = hit.span
        got = shape_clause(self.index.texts(hit.chunk.doc_id)[1][s0:e0], terms, shape)
        if got is not None:
            (lo, hi), hit.figure = got
            hit.clause = (s0 + lo, s0 + hi)
