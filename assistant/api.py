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
import threading
import time
from pathlib import Path
from typing import Iterator

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.asks import split_asks
from assistant.engines import ENGINES, make_engine
from prompts import load_templates, note
from assistant.query import ParsedQuestion, detect_language, parse_question
from assistant.retrieve import HybridRetriever, get_index
# the report-scope step (names index)
from assistant.unsettled_places import ambiguous_names, unknown_places
from assistant.scope_years import bodies_of_year, reports_after_span_start
from assistant.inner_places import missing_inner_place
from assistant.missing_side import side_without_report
from assistant.yearless_sides import yearless_sides
from assistant.other_agency import agency_types_named, of_agency_type  # noqa: F401
from assistant.not_stated_runs import scope_refusal
from assistant import decline_trace
from assistant.core.settings import Settings, configure_offline, get_settings
from assistant.core.types import Answer, AskState, Filters, Passage

from assistant.followup import Condenser
from assistant.generate import GENERATIVE_ENGINES
from assistant.llm import EngineUnavailable, backend_status
from assistant.verify import answer_holds_shape, ask_shape
from assistant.writeup import not_found_in, reports_of

MAX_QUESTION_CHARS = 2000


def _refused(chain, state: AskState, text: str, why: str) -> AskState:
    """The chain's answer before any search (`chain._early`), declined at scope for `why` (Answer.declined_at,
    assistant/decline_trace.py)."""
    state = chain._early(state, text)
    if state.early is not None:
        state.early.declined_at = f"scope:{why}"
    return state


class QAChain:
    """ask() for one store: keeps the index and engine warm.

    The chain is LangChain Runnables over one typed state (``AskState``)::

        condense -> parse -> scope -> retrieve -> answer
    """

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
        self.engine = make_engine(engine, self.index, settings)
        if engine in GENERATIVE_ENGINES:
            # follow-ups are rewritten by the same model (checked against the rules), built on first use
            self.condenser = Condenser((lambda: self.engine.chat_model) if settings.llm_condense else None)
        else:
            self.condenser = Condenser(None)
        # condense -> parse -> scope -> retrieve; stream() runs these, then the engine's own stream
        self.prepare: Runnable = (
            RunnableLambda(self._condense, name="condense_question")
            | RunnableLambda(self._parse, name="parse_question")
            | RunnableLambda(self._scope, name="scope")
            | RunnableLambda(self._retrieve, name="retrieve")
        )
        self.chain: Runnable = self.prepare | RunnableLambda(self._answer, name="answer")

    # background threads that warm a chain up after it opens (search index, fact labels, vector matrix)
    WARM_UP_THREADS = ("search-warm-up", "fact-index-warm-up", "fact-labels", "vector-matrix", "lexical-rebuild")

    def wait_ready(self, timeout: float = 300.0) -> bool:
        """Wait until the background warm-ups of this process are done (True), at most `timeout` seconds.
        Answers never wait for them; a benchmark of steady-state latency does, so that the first timed
        questions do not share the cores with label embedding or index building."""
        deadline = time.monotonic() + timeout
        for t in [t for t in threading.enumerate() if t.name in self.WARM_UP_THREADS]:
            t.join(max(0.0, deadline - time.monotonic()))
        return not any(t.name in self.WARM_UP_THREADS and t.is_alive() for t in threading.enumerate())

    def _early(self, state: AskState, text: str) -> AskState:
        state.early = Answer(question=state.question, text=text, answered=False, language=state.language,
                             engine=self.engine.name)
        return state

    def _condense(self, state: AskState | dict) -> AskState:
        """A follow-up ("那2022年呢？") becomes a standalone question from the chat history."""
        if not isinstance(state, AskState):  # the former dict input
            state = AskState.of({**state, "language": detect_language(str(state.get("question") or ""))})
        if not state.history:
            return state
        self.index.refresh()
        r = self.condenser.condense(state.question, state.history, self.index.reports)
        if r.rewritten:
            state.notes.append(note(state.language, "followup_read_as", question=r.question))
            state.question = r.question
        return state

    def _parse(self, state: AskState) -> AskState:
        self.index.refresh()
        q = parse_question(state.question, self.index.reports)
        q.language = state.language  # the answer follows the language the user typed, also after a rewrite
        state.parsed = q
        f = state.filters
        if f.doc_ids:
            q.doc_ids = [d for d in f.doc_ids if d in self.index.by_doc]
        if f.agency:
            named = q.doc_ids
            q.doc_ids = [r.doc_id for r in self.index.reports if r.agency == f.agency and (named is None or r.doc_id in named)]
            if not q.doc_ids:
                if named and any(r.agency == f.agency for r in self.index.reports):
                    # the question is about another agency: the filter excludes it (the store has both)
                    return _refused(self, state, note(q.language, "filter_excludes", agency=f.agency), "filter excludes")
                t = load_templates("extractive", q.language)
                return _refused(self, state, t["unknown_entity"].format(entity=f.agency), "unknown agency")
        if f.year:
            q.years = [f.year]
        elif q.previous_of:  # "…2020年上一年…" read as a question of 2019: said aloud
            state.notes.append(note(q.language, "previous_year", named=q.previous_of, year=q.years[0]))
        elif q.plans_of:  # "2025年有什么改进打算" read as the plans of 2024's report: said aloud
            state.notes.append(note(q.language, "plans_year", named=q.plans_of, year=q.years[0]))
        elif q.carried_from:  # "carried over from 2020" read as the 2021 report's row 上年结转: said aloud
            state.notes.append(note(q.language, "carried_year", named=q.carried_from, year=q.years[0]))
        return state

    def _scope(self, state: AskState) -> AskState:
        if state.early is not None:
            return state
        q: ParsedQuestion = state.parsed
        t = load_templates("extractive", q.language)
        q.unknown_places = unknown_places(q, self.index)
        # "Shenzhen Futian police": a place inside a named one that has no report; the named one only locates it
        filtered = state.filters.doc_ids or state.filters.agency
        inner = missing_inner_place(q, self.index) if q.doc_ids is not None and not filtered else []
        side = side_without_report(q) if not filtered else []  # ("甲局和福田区公安分局哪家多": no report of 福田区)
        if q.doc_ids is None or inner or side:
            missing = inner or side or q.unknown_places
            if missing:
                return _refused(self, state, t["unknown_entity"].format(entity="、".join(missing) if q.language == "zh" else ", ".join(missing)),
                                   "inner place" if inner else "unknown place")
        if not filtered:  # "西安市发改委…" of 辽源市西安区's report, "杭州市教育局…" of 杭州's health commission's: not them
            refusal = scope_refusal(q, self.index, t)  # (assistant/not_stated_checks.py: unknown body, other level, other agency)
            if refusal:
                return _refused(self, state, refusal, "other agency or level")
        # (said only of an answer that covers the reports: not of one saying no report is from the place asked)
        for name, places in ambiguous_names(q.norm, self.index.reports).items():  # kept in scope, said aloud
            state.notes.append(note(q.language, "ambiguous_name", name=name, places="、".join(places)))
        if q.years:
            pool = [self.index.by_doc[d] for d in q.doc_ids] if q.doc_ids is not None else self.index.reports
            in_year = [r for r in pool if r.year in q.years]
            if q.doc_ids is not None:  # ("甲局（那份）和乙局（2024年）…哪边多": a named side of no stated year stays)
                keep = {r.doc_id for r in yearless_sides(q.norm, pool, in_year)}
                in_year = [r for r in pool if r.doc_id in keep or r in in_year]
            if not in_year and q.doc_ids is not None:
                # "上海市人民政府2019年…" and only its general office has a 2019 report: that one, said aloud
                in_year = bodies_of_year(q.entities, pool, q.years, self.index.reports)
                for r in in_year:
                    entity = max((e for e in q.entities if r.agency and r.agency.startswith(e)), key=len, default="")
                    state.notes.append(note(q.language, "answered_from_body", entity=entity, agency=r.agency, year=r.year))
            if not in_year and q.doc_ids is not None and q.open_from:
                # "its info from 2003 onward" and the body's report is of 2008: a later report writes of that span
                in_year = reports_after_span_start(pool, q.open_from)
            if not in_year:
                years = ", ".join(str(y) for y in q.years)
                if q.doc_ids is not None:
                    available = sorted({r.year for r in pool if r.year}) or ["—"]
                    entity = q.entities[0] if q.entities else pool[0].agency or ""
                    msg = t["no_report_for_year"].format(entity=entity, year=years, available=", ".join(map(str, available)))
                else:
                    msg = t["no_report_for_year_any"].format(year=years)
                return _refused(self, state, msg, "no report of the year")
            if q.doc_ids is None:  # no report named: the kind of agency the question names narrows the year's reports
                in_year = of_agency_type(q.norm, in_year) or in_year
                q.unnamed_scope = True
            q.doc_ids = [r.doc_id for r in in_year]
        elif q.doc_ids is None and len(self.index.reports) == 1:
            # (a library of one report, a first upload: a question naming none is about it, not a search of reports)
            q.doc_ids = [self.index.reports[0].doc_id]
        return state

    def _retrieve(self, state: AskState) -> AskState:
        if state.early is not None:
            return state
        q: ParsedQuestion = state.parsed
        retriever = HybridRetriever(index=self.index, doc_ids=q.doc_ids, k=self.settings.top_k)
        docs = retriever.invoke(q.search_text)
        chunks = self.index.store.chunks_by_id([d.id for d in docs])
        state.passages = [Passage(chunks[d.id], d.metadata["score"]) for d in docs if d.id in chunks]
        return state

    def _answer(self, state: AskState) -> Answer:
        if state.early is not None:
            answer = state.early
        else:
            trace = decline_trace.start()  # (why an answer declined: the stage, Answer.declined_at)
            found = self.engine.answer(state.parsed, state.passages)
            answer = self._checked(state, found)
            if not answer.answered:
                answer.declined_at = answer.declined_at or ("shape" if found.answered else trace.stage or "other")
        answer.notes = [*state.notes, *answer.notes]
        return answer

    def _checked(self, state: AskState, answer: Answer) -> Answer:
        """Decline an answer whose evidence does not hold what the question asks for (assistant.verify.ask_shape):
        a "who" question answered by a sentence that names nobody for the post, a question about money answered
        by a count of items. A question of several asks is checked ask by ask in the evidence step instead."""
        q: ParsedQuestion | None = state.parsed
        if q is None or not answer.answered or not ask_shape(q.text or q.norm):
            return answer
        quotes = [" ".join(x for x in (c.quote, c.row, c.column) if x) for c in answer.citations]
        if answer_holds_shape(q.text or q.norm, quotes) or len(split_asks(q.norm)) > 1:
            return answer
        t = load_templates("extractive", q.language)
        scoped = reports_of(self.index.by_doc, q.doc_ids) if q.doc_ids else []
        return Answer(question=answer.question, text=not_found_in(t, scoped, q.language), answered=False,
                      language=answer.language,
                      engine=answer.engine, notes=answer.notes)

    def _precheck(self, question: str) -> tuple[AskState, Answer | None]:
        """The initial state, and an immediate Answer for an empty question or an empty store."""
        question = (question or "").strip()
        language = detect_language(question)
        state = AskState(question=question, language=language)
        t = load_templates("extractive", language)
        if not re.search(r"[\w\u3400-\u9fff]", question):
            return state, Answer(question=question, text=t["empty_question"], answered=False, language=language, engine=self.engine.name,
                                 declined_at="no_question")
        if not self.index.reports:
            self.index.refresh()
            if not self.index.reports:
                return state, Answer(question=question, text=t["no_reports"], answered=False, language=language, engine=self.engine.name,
                                     declined_at="scope:no reports")
        if len(question) > MAX_QUESTION_CHARS:
            state.question = question[:MAX_QUESTION_CHARS]
            state.notes.append(note(language, "question_cut", n=MAX_QUESTION_CHARS))
        return state, None

    def _state(self, question: str, filters: Filters | dict | None, history: list | None) -> tuple[AskState, Answer | None]:
        state, early = self._precheck(question)
        state.filters = Filters.of(filters)
        state.history = list(history or [])
        return state, early

    def ask(self, question: str, filters: Filters | dict | None = None, history: list[dict] | None = None) -> Answer:
        """Answer one question. `history`: earlier turns as [{"role": "user"|"assistant", "content": str}, ...]
        (Gradio's message format, or (user, assistant) pairs); a follow-up is resolved against it."""
        state, early = self._state(question, filters, history)
        if early is not None:
            return early
        return self.chain.invoke(state)

    def stream(self, question: str, filters: Filters | dict | None = None, history: list[dict] | None = None) -> Iterator[str | Answer]:
        """Text pieces of the answer as they are produced, then the final Answer.
        Generative engines yield the model's tokens as they come; the final Answer is what verification
        let through (or the extractive fallback, with a note), so a UI must show the final Answer's text.
        The extractive engine produces its text at once: one piece, then the Answer."""
        state, early = self._state(question, filters, history)
        if early is not None:
            yield early.text
            yield early
            return
        state = self.prepare.invoke(state)
        if state.early is not None or not hasattr(self.engine, "stream"):
            answer = self._answer(state)
            yield answer.text
            yield answer
            return
        for piece in self.engine.stream(state.parsed, state.passages):
            if isinstance(piece, Answer):
                piece = self._checked(state, piece)
                piece.notes = [*state.notes, *piece.notes]
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
    filters: Filters | dict | None = None,
    history: list[dict] | None = None,
    settings: Settings | None = None,
) -> Answer:
    """Answer a question from the ingested reports, with citations.

    ``store``: the store folder (default: setting ``store``, ``./vectorstore``).
    ``filters``: optional ``{"agency": str, "year": int, "doc_ids": [..]}`` applied to retrieval.
    """
    return get_chain(store, engine, settings).ask(question, filters, history)
