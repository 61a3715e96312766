"""The generative engine: a chat model writes the answer, verification decides whether it is shown.

    evidence (facts, then the best sentences of the retrieved passages)
      -> prompt (prompts/answer.<lang>.txt) -> chat model -> parse -> verify
      -> the model's answer, or the extractive engine's answer with a note

The prompt | model | parser part is an LCEL chain; the steps before it (follow-up
condensing, parsing, retrieval) are the shared chain in ``assistant/api.py``.

What the model sees is only evidence: facts as one line each (report, table row,
column, the figure as published) and sentences of the retrieved passages, each
with its citation number.  Sentences of a report that read as instructions to
an assistant are dropped from the evidence (report text is data), and special
tokens are stripped.  Whatever the model writes is then checked by
``assistant.verify``; a failed check, an error of the back-end or a model that
finds nothing all end in the extractive engine's answer, never in the model's
own knowledge.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser

from assistant.aggregate import detect_intent
from assistant.answer import ExtractiveEngine, who
from assistant.copy_end import copy_end_lines
from assistant.labels import fact_label_en, has
from assistant.llm import BACKENDS, chat_prompt, get_chat_model
from prompts import load_templates, note
from assistant.query import ParsedQuestion, report_names
from assistant.retrieve import SearchIndex
from assistant.core.settings import Settings
from assistant.core.types import Answer, Citation, Passage
from assistant.verify import Verdict, adds_nothing, normalise, numbers, verify
from assistant.core.text import as_written
from assistant.shapes import passage_sentences

MAX_ITEMS = 8
MAX_SENTENCE_CHARS = 300

# Sentences that address an assistant rather than state a fact: prompt injection inside a report.
_INSTRUCTION = re.compile(
    r"忽略.{0,12}(指令|指示|提示|要求|规则|设定)|(无视|不要理会|不必遵守).{0,12}(指令|指示|规则)"
    r"|(你|您)(现在)?(是|扮演|作为).{0,12}(助手|模型|机器人|ai|人工智能)|系统提示|提示词"
    r"|(请|你要|你必须|务必|必须|一律|只能|只许|直接)(直接)?(回答|回复|输出|告诉用户|对用户说)|告诉用户|无论用户|用户问"
    r"|(?<![a-z])(ignore|disregard|forget)\s+(all\s+|any\s+)?(the\s+|your\s+)?(previous|above|prior|earlier|preceding)"
    r"|(?<![a-z])(system\s+prompt|you\s+are\s+now|you\s+must\s+(answer|reply|say)|new\s+instructions?)(?![a-z])"
    r"|(?<![a-z])(tell|inform|instruct)\s+(the\s+)?users?(?![a-z])"
    r"|<\|[a-z_]+\|>|(?m:^\s*(system|assistant|user)\s*[:：])",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、])")
_SPECIAL_TOKEN = re.compile(r"<\|[^|>]{1,40}\|>")
_REFUSAL = re.compile(
    r"资料中没有答案|资料中没有|无法回答|没有找到|未提及|没有提到|no answer in the evidence|not in the evidence"
    r"|evidence does not|cannot answer|no answer",
    re.IGNORECASE,
)
_ANSWER_PREFIX = re.compile(r"^\s*(回答|答案|答|answer)\s*[:：]\s*", re.IGNORECASE)


@dataclass
class EvidenceItem:
    """One numbered piece of evidence: what the model sees, and the citation it stands for."""

    n: int
    text: str
    citation: Citation
    figure: str | None = None  # the figure of a fact, as published


@dataclass
class GenerationStats:
    """What the last generation did (for the latency benchmark and for debugging)."""

    engine: str = ""
    prompt_tokens: int | None = None
    output_tokens: int | None = None
    seconds: float = 0.0  # from the request to the last token
    first_token_seconds: float | None = None
    draft: str = ""  # the model's text before verification
    outcome: str = ""  # verified | rejected | incomplete | unconfirmed | refused | no-evidence | error | computed
    problems: list[str] = field(default_factory=list)

    @property
    def tokens_per_second(self) -> float | None:
        if not self.output_tokens or self.first_token_seconds is None:
            return None
        span = self.seconds - self.first_token_seconds
        return self.output_tokens / span if span > 0 else None


class _Timing(BaseCallbackHandler):
    """First-token time and token usage, whatever the back-end."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.first: float | None = None
        self.usage: dict[str, Any] | None = None

    def on_llm_new_token(self, token: str, **kwargs: Any) -> None:
        if self.first is None and token:
            self.first = time.perf_counter() - self.start

    def on_llm_end(self, response, **kwargs: Any) -> None:
        for gens in response.generations:
            for g in gens:
                usage = getattr(getattr(g, "message", None), "usage_metadata", None)
                if usage:
                    self.usage = dict(usage)


def looks_like_instruction(sentence: str) -> bool:
    return _INSTRUCTION.search(sentence) is not None


def is_heading(sentence: str) -> bool:
    """'(三)政府信息管理', '六、其他需要报告的事项': a heading, not a statement."""
    return len(sentence) < 6 or (
        bool(_HEADING.match(sentence)) and len(sentence) <= 30 and not re.search(r"[，。；：,;:]", sentence)
    )


def is_refusal(text: str) -> bool:
    """The model says the evidence does not answer (and states no figure)."""
    return bool(_REFUSAL.search(text)) and not numbers(text)


def clean_output(text: str) -> str:
    text = _SPECIAL_TOKEN.sub("", text).strip()
    return _ANSWER_PREFIX.sub("", text).strip()


def _evidence_text(text: str) -> str:
    return _SPECIAL_TOKEN.sub("", text).replace("\n", " ").strip()


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def reference_figures(reference: Answer, question: str = "") -> list[str]:
    """What the extractive answer states as its answer: the figure (or text) each citation marks as
    cited, or, when none is marked, every number of its text (years and the question's own numbers aside)."""
    out: list[str] = []
    marked = [c.highlight for c in reference.citations if c.highlight and c.highlight.strip()]
    for h in marked:
        nums = numbers(h, answer=False)
        out += nums if nums else [h.strip()]
    if not marked:
        asked = set(numbers(question, answer=False))
        out = [n for n in numbers(reference.text) if not _YEAR.match(n) and n not in asked]
    return list(dict.fromkeys(out))


def missing_figures(draft: str, reference: Answer, question: str = "") -> list[str]:
    """The figures of the extractive answer (`reference_figures`) that `draft` leaves out: a model's answer
    may word the answer, never drop a figure the extraction found (multi-part asks, breakdowns, lists)."""
    if not reference.answered:
        return []
    stated = set(numbers(draft))
    flat = re.sub(r"\s+", "", normalise(draft))
    missing = []
    for f in reference_figures(reference, question):
        if re.fullmatch(r"\d+(?:\.\d+)?", f):
            if f not in stated:
                missing.append(f)
        elif re.sub(r"\s+", "", normalise(f)) not in flat:
            missing.append(f)
    return missing


class GenerativeEngine:
    """Answers with a chat model (back-end by name), verified; the extractive engine is the fallback.

    Beyond verification against the evidence, the model's answer is held against the extractive answer to
    the same question: with ``keep_extracted`` it must state every figure the extraction found (else the
    extractive answer is shown), with ``extraction_first`` it is not shown when the extraction found no
    answer (the refusal stands).  Both on by default: measured on the dev set (docs/engines.md), the model
    then words answers without ever answering less than the extractive engine."""

    keep_extracted: bool = True
    extraction_first: bool = True
    ask_when_unextracted: bool = False  # ask the model anyway (to measure what it would have said)

    def __init__(self, backend: str, index: SearchIndex, settings: Settings, chat_model: BaseChatModel | None = None) -> None:
        self.name = backend
        self.index = index
        self.settings = settings
        self.extractive = ExtractiveEngine(index, settings)
        self.gatherer = self.extractive.gatherer  # evidence is gathered once, for every engine (assistant/evidence.py)
        self._chat_model = chat_model
        self.last_stats = GenerationStats(engine=backend)

    @property
    def chat_model(self) -> BaseChatModel:
        # built on first use: the local back-end joins and loads its model here
        if self._chat_model is None:
            self._chat_model = get_chat_model(self.name, self.settings)
        return self._chat_model

    def chain(self, language: str):
        return chat_prompt(f"answer.{language}") | self.chat_model | StrOutputParser()

    # --- evidence ---------------------------------------------------------------------------
    def evidence(self, q: ParsedQuestion, passages: list[Passage]) -> list[EvidenceItem]:
        """Facts of the metric asked about first, then the sentences that best cover the question."""
        items: list[EvidenceItem] = []
        budget = self.settings.llm_evidence_chars
        by_doc = self.index.by_doc
        if q.doc_ids:
            # every ask's facts (by metric or by label, with breakdowns), gathered once for any engine
            facts = [f for a in self.gatherer.gather(q, []) for f in (*a.facts, *a.breakdown)]
            facts = list({(f.doc_id, f.start, f.row, f.column): f for f in facts}.values())
            # table 二 rows hold several figures (制发 / 废止 / 现行有效): show the whole row, so a
            # question about one column is not answered with another column's figure
            rows = {(f.doc_id, f.row) for f in facts if f.table == "二"}
            if rows:
                siblings = [s for s in self.gatherer.fact_index.facts(sorted({d for d, _ in rows}))
                            if (s.doc_id, s.row) in rows and s.table == "二" and s not in facts]
                facts = facts + siblings
            for f in facts:
                r = by_doc[f.doc_id]
                label = f.row if not f.column or f.table == "narrative" else f"{f.row} / {f.column}"
                figure = f.raw if f.value is not None or not f.text_value else f.text_value
                text = f"{r.display_title}｜{f.section}｜{label}：{figure}{f.unit}" if f.section else f"{r.display_title}｜{label}：{figure}{f.unit}"
                if q.language == "en":
                    # the English names the question used ("Cuihu") tie the Chinese evidence to it
                    names = [as_written(n, q.text) for n, _k in report_names(r) if n in q.entities and n.isascii()]
                    en = q.metric.en if q.metric is not None and f.metric == q.metric.key else fact_label_en(f)
                    text += f" ({en}{'; ' + ', '.join(names) if names else ''})"
                items.append(EvidenceItem(len(items) + 1, _evidence_text(text), self.gatherer.fact_citation(f, r),
                                          f.raw if f.value is not None else None))
                budget -= len(text)
                if len(items) >= MAX_ITEMS // 2:
                    break

        terms = self.gatherer.key_terms(q)
        total = sum(terms.values()) or 1.0
        scored = []
        for rank, (chunk, _score) in enumerate(passages):
            if chunk.doc_id not in by_doc:
                continue
            text = chunk.clean_text
            for s, e in passage_sentences(text):
                sent = text[s:e]
                if "|" in sent or is_heading(sent) or sent in by_doc[chunk.doc_id].display_title:
                    continue  # table rows are given as facts; a bare heading says nothing
                line = text[text.rfind("\n", 0, s) + 1 : (text.find("\n", e) + 1 or len(text) + 1) - 1]
                if looks_like_instruction(line):
                    continue  # report text is data: a paragraph addressing the assistant is never shown to it
                # the section heading counts: a sentence under "(三)政府信息管理" is about 信息管理
                about = f"{chunk.section} {sent}"
                cover = sum(w for tok, w in terms.items() if has(tok, about)) / total if terms else 0.0
                if terms and cover == 0:
                    continue
                scored.append((cover - 0.01 * rank, chunk, s, e))
        if not terms:
            scored = scored[: MAX_ITEMS // 2]  # nothing to rank by: the leading sentences of the best passages
        scored.sort(key=lambda x: -x[0])
        seen: set[str] = set()
        for _score, chunk, s, e in scored:
            if len(items) >= MAX_ITEMS or budget <= 0:
                break
            sent = chunk.clean_text[s:e][:MAX_SENTENCE_CHARS]
            if sent in seen:
                continue
            seen.add(sent)
            r = by_doc[chunk.doc_id]
            section = f"（{chunk.section}）" if chunk.section else ""
            text = _evidence_text(f"{r.display_title}{section}：{sent}")
            cite = self.gatherer.span_citation(r, chunk.section, chunk.clean_start + s, chunk.clean_start + s + len(sent))
            items.append(EvidenceItem(len(items) + 1, text, cite))
            budget -= len(text)
        return items

    # --- answering --------------------------------------------------------------------------
    def answer(self, q: ParsedQuestion, passages: list[Passage]) -> Answer:
        result = None
        for piece in self.stream(q, passages):
            result = piece
        assert isinstance(result, Answer)
        return result

    def stream(self, q: ParsedQuestion, passages: list[Passage]) -> Iterator[str | Answer]:
        """Text pieces as the model writes them, then the final (verified or fallback) Answer."""
        stats = self.last_stats = GenerationStats(engine=self.name)
        if q.metric is not None:
            intent = detect_intent(q.norm, len(q.years), len(q.doc_ids) if q.doc_ids is not None else None)
            if intent != "single":
                # comparisons, changes and rankings are arithmetic over cited facts: done in code
                stats.outcome = "computed"
                yield from self._fallback(q, passages, note(q.language, "computed_in_code"))
                return

        items = self.evidence(q, passages)
        if not items:
            stats.outcome = "no-evidence"
            yield from self._fallback(q, passages, note(q.language, "no_evidence"), refuse_as_self=True)
            return

        # the extractive answer to the same question: the fallback, and what the model's answer is held against
        reference = self.extractive.answer(q, passages)
        if not reference.answered and self.extraction_first and not self.ask_when_unextracted:
            stats.outcome = "unconfirmed"  # the extraction found no answer: the refusal stands, the model is not asked
            yield from self._fallback(q, passages, note(q.language, "engine_not_found_by_extraction", engine=self.name),
                                      refuse_as_self=True, answer=reference)
            return

        evidence = "\n".join(f"[{i.n}] {i.text}" for i in items)
        timing = _Timing()
        pieces: list[str] = []
        try:
            for piece in self.chain(q.language).stream(
                {"evidence": evidence, "question": _SPECIAL_TOKEN.sub("", q.text)}, config={"callbacks": [timing]}
            ):
                if piece:
                    pieces.append(piece)
                    yield piece
        except Exception as e:  # a back-end failure must not lose the question: answer without the model
            stats.outcome = "error"
            stats.problems = [f"{type(e).__name__}: {e}"]
            yield from self._fallback(q, passages, note(q.language, "engine_failed", engine=self.name, error=f"{type(e).__name__}: {str(e)[:200]}"),
                                      answer=reference)
            return
        finally:
            stats.seconds = time.perf_counter() - timing.start
            stats.first_token_seconds = timing.first
            if timing.usage:
                stats.prompt_tokens = timing.usage.get("input_tokens")
                stats.output_tokens = timing.usage.get("output_tokens")

        draft = stats.draft = clean_output("".join(pieces))
        if not draft or is_refusal(draft) or adds_nothing(draft, q.text):
            stats.outcome = "refused"
            yield from self._fallback(q, passages, note(q.language, "engine_no_answer", engine=self.name), refuse_as_self=True,
                                      answer=reference)
            return

        expected = {n for i in items if i.figure for n in numbers(i.figure, answer=False)}
        verdict = verify(draft, {i.n: i.text for i in items}, expected or None)
        stats.problems = verdict.problems
        if not verdict.ok:
            stats.outcome = "rejected"
            why = "; ".join(verdict.problems[:3])
            yield from self._fallback(q, passages, note(q.language, "engine_rejected", engine=self.name, why=why), answer=reference)
            return
        # the model words the answer; it may not drop what the extraction found (asks, breakdowns, items)
        if not reference.answered and self.extraction_first:
            stats.outcome = "unconfirmed"
            yield from self._fallback(q, passages, note(q.language, "engine_not_found_by_extraction", engine=self.name),
                                      refuse_as_self=True, answer=reference)
            return
        missing = missing_figures(draft, reference, q.text) if self.keep_extracted else []
        if missing:
            stats.outcome = "incomplete"
            stats.problems = [f"left out {', '.join(missing[:6])}"]
            yield from self._fallback(q, passages, note(q.language, "engine_incomplete", engine=self.name,
                                                        figures=", ".join(missing[:6])), answer=reference)
            return
        stats.outcome = "verified"
        yield self._verified(q, draft, items, verdict)

    def _verified(self, q: ParsedQuestion, draft: str, items: list[EvidenceItem], verdict: Verdict) -> Answer:
        by_n = {i.n: i for i in items}
        citations = []
        for n in verdict.cited:
            c = by_n[n].citation.model_copy()
            c.n = n  # the marker the model wrote: the streamed text and the final text agree
            citations.append(c)
        text = draft
        t = load_templates("extractive", q.language)
        flagged = {c.doc_id: c for c in citations if c.warnings}
        for c in flagged.values():
            r = self.index.by_doc[c.doc_id]
            text += "\n" + t["identity_warning"].format(who=who(r, q.language), warnings="；".join(c.warnings))
        text += "".join("\n" + line for line in copy_end_lines(citations, self.index.texts, t["copy_end_warning"]))
        return Answer(question=q.text, text=text, answered=True, citations=citations, language=q.language,
                      engine=self.name, notes=[note(q.language, "written_by", engine=self.name)])

    def _fallback(self, q: ParsedQuestion, passages, why: str, refuse_as_self: bool = False,
                  answer: Answer | None = None) -> Iterator[str | Answer]:
        """The extractive engine's answer (`answer`, when already written), saying why. When it finds
        nothing either, that is the refusal."""
        answer = self.extractive.answer(q, passages) if answer is None else answer
        if refuse_as_self and not answer.answered:
            answer.engine = self.name
        elif answer.engine != self.name:
            why += ("；" if q.language == "zh" else "; ") + note(q.language, "answered_by_extractive")
        answer.notes = [*answer.notes, why]
        yield answer.text
        yield answer


def engine_factory(backend: str) -> Callable[[SearchIndex, Settings], GenerativeEngine]:
    def make(index: SearchIndex, settings: Settings) -> GenerativeEngine:
        return GenerativeEngine(backend, index, settings)

    make.__name__ = f"{backend}_engine"
    return make


GENERATIVE_ENGINES: dict[str, Callable[[SearchIndex, Settings], GenerativeEngine]] = {name: engine_factory(name) for name in BACKENDS}
