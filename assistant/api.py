"""The public entry point: ``ask()``.

The answer chain is a LangChain LCEL pipeline::

    condense (follow-up + history -> standalone question) -> parse question
    -> scope to the named reports/year -> retrieve (hybrid) -> answer engine

Engines: ``extractive`` (no model) and the generative ``local`` / ``openai`` / ``ollama``
(assistant/generate.py: chat model, then verification against the cited evidence, with
the extractive answer as the fallback).

A question that names a report or year the store does not hold is answered
right at the scope step (``answered`` False, saying what is available).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer import ExtractiveEngine
from assistant.prompts import load_templates
from assistant.query import ParsedQuestion, detect_language, parse_question, report_names
from assistant.retrieve import HybridRetriever, SearchIndex, get_index
from assistant.core.settings import Settings, configure_offline, get_settings
from assistant.core.text import is_pinyin_word
from assistant.core.types import Answer

from assistant.followup import Condenser
from assistant.generate import GENERATIVE_ENGINES
from assistant.llm import EngineUnavailable, backend_status

MAX_QUESTION_CHARS = 2000
# extractive (no model, the default and the fallback) + one generative engine per chat-model back-end
ENGINES = {"extractive": ExtractiveEngine, **GENERATIVE_ENGINES}

_PLACE_ZH = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|市|区|县|镇|乡|街道|旗)")
_NOT_A_PLACE = re.compile(r"[哪什各每本该全这那我其某个些]")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")


def unknown_places(q: ParsedQuestion, index: SearchIndex) -> list[str]:
    """Place names in the question that no ingested report belongs to."""
    known = {n for r in index.reports for n, _ in report_names(r)}
    known_text = " ".join(known)
    out = []
    for m in _PLACE_ZH.finditer(q.norm):
        name = m.group(0)
        if _NOT_A_PLACE.search(name):
            continue
        if not any(k in name or name in k for k in known if len(k) >= 2) and name not in known_text:
            out.append(name)
    for w in _CAPITALISED.findall(q.text):
        if is_pinyin_word(w) and w.lower() not in known and not any(w.lower() in k for k in known):
            out.append(w)
    return out


class QAChain:
    """ask() for one store: keeps the index and engine warm."""

    def __init__(self, settings: Settings, engine: str | None = None) -> None:
        self.settings = settings
        self.index = get_index(settings)
        engine = engine or settings.engine
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}; available: {', '.join(ENGINES)}")
        if engine in GENERATIVE_ENGINES:
            ok, why = backend_status(engine, settings)
            if not ok:
                raise EngineUnavailable(f"engine {engine!r} is not available: {why}")
            self.engine = GENERATIVE_ENGINES[engine](self.index, settings)
            # follow-ups are rewritten by the same model (checked against the rules), built on first use
            self.condenser = Condenser((lambda: self.engine.chat_model) if settings.llm_condense else None)
        else:
            self.engine = ENGINES[engine](self.index, settings.min_evidence_score)
            self.condenser = Condenser(None)
        # condense -> parse -> scope -> retrieve; stream() runs these, then the engine's own stream
        self.prepare: Runnable = (
            RunnableLambda(self._condense, name="condense_question")
            | RunnableLambda(self._parse, name="parse_question")
            | RunnableLambda(self._scope, name="scope")
            | RunnableLambda(self._retrieve, name="retrieve")
        )
        self.chain: Runnable = self.prepare | RunnableLambda(self._answer, name="answer")

    def _condense(self, inp: dict) -> dict:
        """A follow-up ("那2022年呢？") becomes a standalone question from the chat history."""
        if not inp.get("history"):
            return inp
        self.index.refresh()
        r = self.condenser.condense(inp["question"], inp["history"], self.index.reports)
        notes = list(inp.get("notes") or [])
        if r.rewritten:
            notes.append(f"follow-up read as: {r.question}")
        return {**inp, "question": r.question, "notes": notes}

    def _parse(self, inp: dict) -> dict:
        self.index.refresh()
        q = parse_question(inp["question"], self.index.reports)
        f = inp.get("filters") or {}
        if f.get("doc_ids"):
            q.doc_ids = [d for d in f["doc_ids"] if d in self.index.by_doc]
        if f.get("agency"):
            q.doc_ids = [r.doc_id for r in self.index.reports if r.agency == f["agency"] and (q.doc_ids is None or r.doc_id in q.doc_ids)]
        if f.get("year"):
            q.years = [int(f["year"])]
        state = {"q": q, "notes": list(inp.get("notes") or [])}
        if f.get("agency") and not q.doc_ids:  # a filter naming an agency the store does not hold
            t = load_templates("extractive", q.language)
            state["early"] = (t["unknown_entity"].format(entity=f["agency"]), False)
        return state

    def _scope(self, state: dict) -> dict:
        q: ParsedQuestion = state["q"]
        if "early" in state:
            return state
        t = load_templates("extractive", q.language)
        q.unknown_places = unknown_places(q, self.index)
        if q.doc_ids is None:
            missing = q.unknown_places
            if missing:
                return {**state, "early": (t["unknown_entity"].format(entity="、".join(missing) if q.language == "zh" else ", ".join(missing)), False)}
        if q.years:
            pool = [self.index.by_doc[d] for d in q.doc_ids] if q.doc_ids is not None else self.index.reports
            in_year = [r for r in pool if r.year in q.years]
            if not in_year:
                years = ", ".join(str(y) for y in q.years)
                if q.doc_ids is not None:
                    available = sorted({r.year for r in pool if r.year}) or ["—"]
                    entity = q.entities[0] if q.entities else pool[0].agency or ""
                    msg = t["no_report_for_year"].format(entity=entity, year=years, available=", ".join(map(str, available)))
                else:
                    msg = t["no_report_for_year_any"].format(year=years)
                return {**state, "early": (msg, False)}
            q.doc_ids = [r.doc_id for r in in_year]
        return state

    def _retrieve(self, state: dict) -> dict:
        if "early" in state:
            return state
        q: ParsedQuestion = state["q"]
        retriever = HybridRetriever(index=self.index, doc_ids=q.doc_ids, k=self.settings.top_k)
        docs = retriever.invoke(q.search_text)
        chunks = self.index.store.chunks_by_id([d.id for d in docs])
        return {**state, "passages": [(chunks[d.id], d.metadata["score"]) for d in docs if d.id in chunks]}

    def _answer(self, state: dict) -> Answer:
        q: ParsedQuestion = state["q"]
        if "early" in state:
            text, answered = state["early"]
            answer = Answer(question=q.text, text=text, answered=answered, language=q.language, engine=self.engine.name)
        else:
            answer = self.engine.answer(q, state["passages"])
        answer.notes = [*state.get("notes", []), *answer.notes]
        return answer

    def _precheck(self, question: str) -> tuple[str, list[str], Answer | None]:
        """(question to ask, notes, an immediate Answer for an empty question or an empty store)."""
        question = (question or "").strip()
        language = detect_language(question)
        t = load_templates("extractive", language)
        if not re.search(r"[\w\u3400-\u9fff]", question):
            return question, [], Answer(question=question, text=t["empty_question"], answered=False, language=language, engine=self.engine.name)
        if not self.index.reports:
            self.index.refresh()
            if not self.index.reports:
                return question, [], Answer(question=question, text=t["no_reports"], answered=False, language=language, engine=self.engine.name)
        notes = []
        if len(question) > MAX_QUESTION_CHARS:
            question = question[:MAX_QUESTION_CHARS]
            notes.append(f"the question was cut to its first {MAX_QUESTION_CHARS} characters")
        return question, notes, None

    def ask(self, question: str, filters: dict | None = None, history: list[dict] | None = None) -> Answer:
        """Answer one question. `history`: earlier turns as [{"role": "user"|"assistant", "content": str}, ...]
        (Gradio's message format, or (user, assistant) pairs); a follow-up is resolved against it."""
        question, notes, early = self._precheck(question)
        if early is not None:
            return early
        return self.chain.invoke({"question": question, "filters": filters, "history": history, "notes": notes})

    def stream(self, question: str, filters: dict | None = None, history: list[dict] | None = None) -> Iterator[str | Answer]:
        """Text pieces of the answer as they are produced, then the final Answer.
        Generative engines yield the model's tokens as they come; the final Answer is what verification
        let through (or the extractive fallback, with a note), so a UI must show the final Answer's text.
        The extractive engine produces its text at once: one piece, then the Answer."""
        question, notes, early = self._precheck(question)
        if early is not None:
            yield early.text
            yield early
            return
        state = self.prepare.invoke({"question": question, "filters": filters, "history": history, "notes": notes})
        if "early" in state or not hasattr(self.engine, "stream"):
            answer = self._answer(state)
            yield answer.text
            yield answer
            return
        for piece in self.engine.stream(state["q"], state["passages"]):
            if isinstance(piece, Answer):
                piece.notes = [*state.get("notes", []), *piece.notes]
            yield piece


def engine_status(settings: Settings | None = None) -> dict[str, tuple[bool, str]]:
    """Every answer engine by name: (available here, why not / what it is).
    local: extra installed + model parts present; openai: endpoint configured and answering; ollama: server up."""
    settings = settings or get_settings()
    status = {"extractive": (True, "no language model: figures and sentences cut from the reports")}
    for name in GENERATIVE_ENGINES:
        status[name] = backend_status(name, settings)
    return status


_chains: dict[tuple[str, str], QAChain] = {}


def get_chain(store: str | Path | None = None, engine: str | None = None, settings: Settings | None = None) -> QAChain:
    configure_offline()
    settings = settings or get_settings()
    if store is not None:
        settings = settings.model_copy(update={"store": Path(store)})
    key = (str(Path(settings.store).resolve()), engine or settings.engine)
    if key not in _chains:
        _chains[key] = QAChain(settings, engine)
    return _chains[key]


def ask(
    question: str,
    store: str | Path | None = None,
    *,
    engine: str | None = None,
    filters: dict | None = None,
    history: list[dict] | None = None,
    settings: Settings | None = None,
) -> Answer:
    """Answer a question from the ingested reports, with citations.

    ``store``: the store folder (default: setting ``store``, ``./vectorstore``).
    ``filters``: optional ``{"agency": str, "year": int, "doc_ids": [..]}`` applied to retrieval.
    """
    return get_chain(store, engine, settings).ask(question, filters, history)
