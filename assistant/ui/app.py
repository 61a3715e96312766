"""The handlers of the UI over one store (no layout: see layout.py)."""

from __future__ import annotations

import inspect
import logging
import re
import tempfile
import time
from pathlib import Path

from assistant.api import engine_status, get_chain
from assistant.core.settings import Settings
from assistant.core.types import Answer
from assistant.retrieve import get_index
from assistant.ui import figures as G
from assistant.ui import format as F
from assistant.ui.figure_queries import FigureQueries
from assistant.ui.library_actions import LibraryActions
from assistant.ui.memo import conversation_docx, conversation_markdown, memo_text
from assistant.ui.source import citation_grid, source_placeholder, source_view
from assistant.ui.strings import msg
from ingest.library import Library

log = logging.getLogger(__name__)

KNOWN_ENGINES = ("extractive", "local", "openai", "ollama")
N_EXAMPLES = 4


def new_session() -> dict:
    return {"turns": [], "turn": None, "cite": None}


def question_language(q: str) -> str:
    """The language of a question, for the UI's own messages around an answer."""
    cjk = len(re.findall(r"[\u3400-\u9fff]", q or ""))
    latin = len(re.findall(r"[A-Za-z]", q or ""))
    return "zh" if cjk and cjk * 4 >= latin else ("en" if latin else "zh")


class UIApp(FigureQueries, LibraryActions):
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.index = get_index(settings)
        self.library_w = Library(settings)
        self._status: dict[str, tuple[bool, str]] | None = None
        self._status_at = 0.0
        self.export_dir = Path(tempfile.gettempdir()) / "gov-qa-export"  # Gradio copies exports to its cache

    # --- store and engines ----------------------------------------------------------------------
    @property
    def writer(self):
        return self.library_w.store

    @property
    def uploads(self) -> Path:
        return self.library_w.uploads

    def allowed_suffixes(self) -> list[str]:
        return self.library_w.allowed_suffixes()

    def engines(self, refresh: bool = False) -> dict[str, tuple[bool, str]]:
        if self._status is None or refresh or time.time() - self._status_at > 300:
            try:
                fn = engine_status
                status = fn(self.settings) if inspect.signature(fn).parameters else fn()
            except Exception as e:  # a broken back-end must not take the UI down
                log.exception("engine_status failed")
                status = {"extractive": (True, f"({type(e).__name__} while checking the other engines)")}
            merged = {name: status.get(name, (False, "not installed in this version")) for name in KNOWN_ENGINES}
            merged.update({k: v for k, v in status.items() if k not in merged})
            self._status, self._status_at = merged, time.time()
        return self._status

    def reports_map(self):
        self.index.refresh()
        return self.index.by_doc

    def texts(self, doc_id: str):
        return self.index.texts(doc_id)

    def unit_of(self, doc_id: str, start: int | None) -> str | None:
        if start is None:
            return None
        try:
            return next((f.unit for f in self.index.store.facts([doc_id]) if f.start == start), None)
        except Exception:
            log.exception("fact lookup failed")
            return None

    def table_facts(self) -> dict[str, int] | None:
        """doc_id -> number of table cells read (reports with no table are absent)."""
        try:
            rows = self.index.store.db.execute("SELECT doc_id, COUNT(*) FROM facts WHERE kind='table' GROUP BY doc_id")
            return {d: n for d, n in rows}
        except Exception:
            log.exception("table count failed")
            return None

    def examples(self, lang: str) -> list[dict]:
        """Example questions drawn from the ingested reports (newest years first, one per agency)."""
        seen, out = set(), []
        for r in sorted(self.index.reports, key=lambda r: -(r.year or 0)):
            if not r.agency or not r.year or r.agency in seen:
                continue
            seen.add(r.agency)
            out.append({"text": f"How many disclosure applications did {r.agency} receive in {r.year}?" if lang == "en"
                        else f"{r.agency}{r.year}年收到多少政府信息公开申请？"})
            if len(out) == N_EXAMPLES - 1:
                break
        years: dict[str, set[int]] = {}
        for r in self.index.reports:
            if r.agency and r.year:
                years.setdefault(r.agency, set()).add(r.year)
        several = sorted((a for a, ys in years.items() if len(ys) >= 2), key=lambda a: -len(years[a]))
        if several:
            ys = sorted(years[several[0]])
            out.append({"text": f"How did {several[0]}'s applications in {ys[0]} compare with {ys[-1]}?" if lang == "en"
                        else f"{several[0]}{ys[0]}年和{ys[-1]}年的申请数量相比如何？"})
        return out

    # --- filters --------------------------------------------------------------------------------
    def filter_choices(self):
        self.index.refresh()
        reps = self.index.reports
        agencies = sorted({r.agency for r in reps if r.agency})
        years = sorted({r.year for r in reps if r.year}, reverse=True)
        docs = [(F.report_choice(r), r.doc_id) for r in sorted(reps, key=lambda r: (r.agency or "", r.year or 0))]
        return agencies, [str(y) for y in years], docs

    @staticmethod
    def filters_of(agency, year, doc_ids) -> dict:
        f: dict = {}
        if agency:
            f["agency"] = agency
        if year:
            try:
                f["year"] = int(year)
            except (TypeError, ValueError):
                pass
        if doc_ids:
            f["doc_ids"] = list(doc_ids)
        return f

    def chips(self, agency, year, doc_ids, lang):
        titles = {d: F.report_choice(r) for d, r in self.reports_map().items()}
        return F.chips_html(self.filters_of(agency, year, doc_ids), lang, titles)

    def excluded_agency(self, question: str, agency: str | None) -> str | None:
        """Another agency of the library named by the question while the agency filter excludes it."""
        if not agency:
            return None
        q = (question or "").lower()
        if agency.lower() in q:
            return None
        for r in self.index.reports:
            if not r.agency or r.agency == agency:
                continue
            names = [r.agency] + [a for a in r.aliases if len(a) >= 3]
            if any(n.lower() in q for n in names):
                return r.agency
        return None

    # --- chat -----------------------------------------------------------------------------------
    def _turn_answer(self, sess: dict) -> Answer | None:
        t = sess.get("turn")
        if t is None or t >= len(sess["turns"]):
            return None
        return Answer(**sess["turns"][t]["answer"])

    def _cards(self, sess: dict, lang: str) -> str:
        a = self._turn_answer(sess)
        if a is None:
            return F.cards_html([], None, lang)
        t = sess["turn"]
        if not a.citations:
            return F.cards_html([], None, lang, t)
        grids = {}
        for c in a.citations:
            if c.row and c.column:
                try:
                    grids[c.n] = citation_grid(c, self.index.store.facts([c.doc_id], table=None), lang)
                except Exception:
                    log.exception("grid failed")
        return F.cards_html(a.citations, sess.get("cite"), lang, t, self.reports_map(), grids)

    def _source(self, sess: dict, lang: str) -> str:
        a, n = self._turn_answer(sess), sess.get("cite")
        c = next((c for c in a.citations if c.n == n), None) if a and n is not None else None
        if c is None:
            return source_placeholder(lang)
        # only ingested reports: looked up by doc_id in the store, never by a path
        return source_view(self.texts, c, lang, self.reports_map())

    def _chart(self, sess: dict):
        import gradio as gr

        a = self._turn_answer(sess)
        frame = G.chart_frame(a) if a else None
        return gr.update(value=frame, visible=frame is not None)

    def _note_answer(self, question: str, key: str, lang: str, engine: str, **kw) -> Answer:
        ql = question_language(question)
        return Answer(question=question, text=msg(key, ql, **kw), answered=False, language=ql, engine=str(engine))

    def respond(self, question, chat, sess, engine, agency, year, doc_ids, lang):
        """Generator: stream the answer into the chat, then the cards, the chart."""
        import gradio as gr

        sess = sess or new_session()
        chat = list(chat or [])
        engine = engine or self.settings.engine
        question = (question or "").strip()
        if not question:
            gr.Warning(msg("empty_question", lang))
            yield chat, gr.skip(), sess, gr.skip(), gr.skip(), gr.skip()
            return
        history = []
        for turn in sess["turns"]:
            history += [{"role": "user", "content": turn["question"]},
                        {"role": "assistant", "content": turn["answer"].get("text", "")}]
        ql = question_language(question)
        chat += [{"role": "user", "content": F.md_escape(question)}, {"role": "assistant", "content": msg("working", ql)}]
        yield chat, "", sess, gr.skip(), gr.skip(), gr.skip()
        answer: Answer | None = None
        extra = ""
        try:
            status = self.engines()
            ok, reason = status.get(engine, (False, ""))
            other = self.excluded_agency(question, agency)
            if engine not in status:
                answer = self._note_answer(question, "engine_unknown", lang, engine, engine=engine)
            elif not ok:
                answer = self._note_answer(question, "engine_unavailable", lang, engine, engine=engine, reason=reason)
            elif other:
                answer = self._note_answer(question, "filter_excludes", lang, engine, filter=agency, other=other)
                extra = f'<span class="clear-ask" role="button">{F.esc(msg("clear_and_ask", ql))}</span>'
            else:
                chain = get_chain(settings=self.settings, engine=engine)
                text = ""
                for piece in chain.stream(question, self.filters_of(agency, year, doc_ids) or None, history):
                    if isinstance(piece, Answer):
                        answer = piece
                    elif piece:
                        text += str(piece)
                        chat[-1] = {"role": "assistant", "content": F.md_escape(text)}
                        yield chat, gr.skip(), sess, gr.skip(), gr.skip(), gr.skip()
                if answer is None:
                    raise RuntimeError("the engine returned no answer")
        except Exception as e:
            log.exception("answering %r failed", question)
            what = f"{type(e).__name__}" if not isinstance(e, (ValueError, RuntimeError)) else str(e).splitlines()[0][:200]
            answer = self._note_answer(question, "error", lang, engine, what=what)
        answer = answer.model_copy(update={"citations": [F.with_clean_quote(c, self.texts) for c in answer.citations]})
        chat[-1] = {"role": "assistant", "content": F.render_answer(answer, lang, self.reports_map(), extra)}
        turn = {"question": question, "answer": answer.to_dict(), "extra": extra}
        sess = {**sess, "turns": sess["turns"] + [turn]}
        sess["turn"], sess["cite"] = len(sess["turns"]) - 1, None
        yield chat, gr.skip(), sess, self._cards(sess, lang), source_placeholder(lang), self._chart(sess)

    def chat_messages(self, sess: dict, lang: str) -> list[dict]:
        """The conversation rendered again (after a language switch) from the answers kept on the server."""
        out = []
        reports = self.reports_map()
        for turn in (sess or new_session())["turns"]:
            out += [{"role": "user", "content": F.md_escape(turn["question"])},
                    {"role": "assistant", "content": F.render_answer(Answer(**turn["answer"]), lang, reports, turn.get("extra", ""))}]
        return out

    def select_message(self, sess, lang, evt):
        idx = evt.index
        if isinstance(idx, (list, tuple)):
            idx = idx[0]
        sess = sess or new_session()
        if isinstance(idx, int) and sess["turns"]:
            t = min(idx // 2, len(sess["turns"]) - 1)
            if t != sess.get("turn"):
                sess = {**sess, "turn": t, "cite": None}
        return sess, self._cards(sess, lang), self._source(sess, lang), self._chart(sess)

    def select_card(self, sess, lang, evt):
        sess = sess or new_session()
        data = getattr(evt, "_data", None) or {}
        try:
            n = int(data.get("n"))
        except (TypeError, ValueError):
            return sess, self._cards(sess, lang), self._source(sess, lang), self._chart(sess)
        turn = data.get("turn")
        if isinstance(turn, int) and 1 <= turn <= len(sess["turns"]):
            sess = {**sess, "turn": turn - 1}
        sess = {**sess, "cite": n}
        return sess, self._cards(sess, lang), self._source(sess, lang), self._chart(sess)

    def memo(self, sess, memo_lang, lang, quiet: bool = False):
        """The memo references of the selected answer; `quiet`: no pop-up when there is nothing to cite."""
        import gradio as gr

        a = self._turn_answer(sess or new_session())
        if a is None:
            if not quiet:
                gr.Warning(msg("no_answer_selected", lang))
            return ""
        if not a.citations:
            if not quiet:
                gr.Warning(msg("no_citations", lang))
            return ""
        units = {c.n: self.unit_of(c.doc_id, c.highlight_start) for c in a.citations}
        return memo_text(a, memo_lang or a.language, {k: v for k, v in units.items() if v})

    def export(self, sess, kind: str, lang):
        import gradio as gr

        sess = sess or new_session()
        if not sess["turns"]:
            gr.Warning(msg("nothing_to_export", lang))
            return gr.update(value=None, visible=False)
        try:
            stamp = time.strftime("%Y%m%d-%H%M%S")
            self.export_dir.mkdir(parents=True, exist_ok=True)
            path = Path(tempfile.mkdtemp(dir=self.export_dir)) / f"conversation-{stamp}.{kind}"
            if kind == "md":
                path.write_text(conversation_markdown(sess["turns"], lang, self.unit_of), encoding="utf-8")
            else:
                conversation_docx(sess["turns"], path, lang, self.unit_of)
            return gr.update(value=str(path), visible=True)
        except Exception as e:
            log.exception("export failed")
            gr.Warning(msg("error", lang, what=type(e).__name__))
            return gr.update(value=None, visible=False)

    def refresh_filters_values(self, agency, year, doc_ids):
        agencies, years, docs = self.filter_choices()
        known = {d for _, d in docs}
        return (agency if agency in agencies else None, year if year in years else None,
                [d for d in (doc_ids or []) if d in known])
