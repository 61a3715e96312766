"""The Gradio UI: a chat staff can work in all day.

* **问答 Ask** — streaming chat (the answer's language follows the question); filters (agency, year,
  report) applied to retrieval and shown as clearable chips; an engine picker showing which engines are
  available; a citations panel with one card per citation (agency, year, title, section, row/column,
  the quote with the cited figure highlighted); clicking a card opens the source viewer (the whole
  section, the cited span highlighted); "copy for memo" (Chinese or English reference, put on the
  clipboard and shown in a textbox); export of the conversation as Markdown or .docx with a numbered
  reference list.
* **报告库 Library** — every ingested report (agency, year, format, chunks, figures, identity checks);
  upload (same formats as the CLI, size limit from settings) with a progress bar; delete; re-ingest.

Labels are Chinese with an English toggle.  Report text is untrusted and always escaped
(:mod:`assistant.ui_format`).  The source viewer shows only ingested reports, looked up by doc_id in
the store from citations kept on the server; no path from the browser is ever opened.  Errors reach
the user as plain messages; the details go to the log.  Bound to 127.0.0.1 unless told otherwise.
"""


import inspect
import logging
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path

from assistant import ui_format as F
from assistant.api import engine_status, get_chain
from assistant.retrieve import get_index
from assistant.core.settings import Settings, configure_offline, get_settings
from assistant.core.types import Answer, Citation
from assistant.ui_format import citation_label, render_answer, source_view  # noqa: F401  (public helpers)
from assistant.ui_memo import conversation_docx, conversation_markdown, memo_text

log = logging.getLogger(__name__)

KNOWN_ENGINES = ("extractive", "local", "openai", "ollama")
UPLOAD_DIR = "uploads"

CSS = """
:root { --cjk: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; }
body, .gradio-container { font-family: "Source Sans Pro", var(--cjk) !important; }
.gradio-container { max-width: 1480px !important; }
#app-title h2 { margin: 0; }
#ui-lang { max-width: 260px; margin-left: auto; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; min-height: 28px; align-items: center; font-size: 13px; }
.chip { background: #e8f0fe; border: 1px solid #a8c3f0; border-radius: 14px; padding: 2px 4px 2px 10px; color: #1a3d7c; }
.chip-x { border: none; background: transparent; cursor: pointer; font-size: 15px; padding: 0 6px; color: #1a3d7c; }
.chip-x:hover { color: #b00020; }
.chip-none { color: #777; }
.cite-caption { font-size: 13px; color: #555; margin-bottom: 6px; }
.cite-empty, .src-empty, .lib-empty { color: #777; font-size: 14px; padding: 8px 2px; }
.cite-card { border: 1px solid #d6dbe3; border-left: 4px solid #9aa8bd; border-radius: 8px; padding: 8px 10px;
             margin-bottom: 8px; cursor: pointer; background: #fff; font-size: 13.5px; line-height: 1.55; }
.cite-card:hover { border-color: #5b7fc7; background: #f7faff; }
.cite-card.selected { border-left-color: #d97706; background: #fffaf0; box-shadow: 0 0 0 1px #f2c47a; }
.cite-head { font-weight: 600; } .cite-n { color: #1d4ed8; }
.cite-title { color: #333; } .cite-where { color: #555; font-size: 12.5px; }
.cite-quote { margin-top: 4px; color: #222; word-break: break-all; }
.cite-warn { margin-top: 4px; color: #9a3412; background: #fff1e6; border-radius: 4px; padding: 2px 6px; font-size: 12.5px; }
mark.figure { background: #fb923c; color: #111; font-weight: 700; padding: 0 2px; border-radius: 2px; }
.src-title { font-weight: 600; font-size: 14.5px; }
.src-meta, .src-note { color: #555; font-size: 12.5px; margin: 2px 0 6px; }
.src-body { font-size: 14.5px; line-height: 1.75; white-space: pre-wrap; word-break: break-all; max-height: 420px;
            overflow-y: auto; border: 1px solid #e3e6eb; border-radius: 6px; padding: 8px 10px; background: #fcfcfd; }
.src-body mark.cited { background: #fde68a; padding: 1px 0; }
#cards { max-height: 400px; overflow-y: auto; }
.panel-head h3 { margin: 4px 0 0; }
#chip-row { align-items: center; padding: 4px 8px; }
#memo-group { padding: 6px; }
#memo-lang { padding: 4px 8px; }
.lib-table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
.lib-table th, .lib-table td { border-bottom: 1px solid #e5e7eb; padding: 6px 8px; text-align: left; vertical-align: top; }
.lib-table th { background: #f3f4f6; }
.lib-table tr { cursor: pointer; } .lib-table tr.selected td { background: #fffaf0; }
.lib-warn { color: #9a3412; } .lib-ok { color: #15803d; } .lib-files { color: #555; word-break: break-all; }
.lib-count { color: #555; font-size: 13px; margin-bottom: 4px; }
#status, #lib-status { font-size: 14px; }
"""

# clicks inside an HTML component become one 'click' event carrying the card / chip / row it hit
CARDS_JS = """
const hit = (e) => e.target.closest('[data-n]');
element.addEventListener('click', (e) => { const c = hit(e); if (c) trigger('click', {n: parseInt(c.dataset.n)}); });
element.addEventListener('keydown', (e) => { const c = hit(e);
  if (c && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); trigger('click', {n: parseInt(c.dataset.n)}); } });
"""
CHIPS_JS = """
element.addEventListener('click', (e) => { const b = e.target.closest('button[data-chip]');
  if (b) trigger('click', {chip: b.dataset.chip}); });
"""
LIBRARY_JS = """
element.addEventListener('click', (e) => { const r = e.target.closest('tr[data-doc]'); if (r) trigger('click', {doc: r.dataset.doc}); });
"""
SOURCE_JS = """
watch('value', () => {
  const body = element.querySelector('.src-body'); const m = element.querySelector('mark.cited');
  if (body && m) body.scrollTop = Math.max(0, m.offsetTop - body.offsetTop - body.clientHeight / 3);
});
"""
COPY_JS = """
(text) => {
  if (text && navigator.clipboard) { navigator.clipboard.writeText(text).catch(() => {}); }
  return [];
}
"""

# every label of the UI, Chinese and English
T = {
    "title": ("## 政府信息公开工作年度报告问答", "## Government information-disclosure report QA"),
    "ui_lang": ("界面语言 Language", "Interface language 界面语言"),
    "tab_chat": ("问答", "Ask"),
    "tab_lib": ("报告库", "Library"),
    "chat": ("对话", "Conversation"),
    "question": ("问题", "Question"),
    "question_ph": ("例如：青禾县信访局2023年收到多少政府信息公开申请？ / how many applications did Kundulun receive in 2023",
                    "e.g. how many applications did Kundulun receive in 2023 / 青禾县信访局2023年收到多少政府信息公开申请？"),
    "ask": ("提问", "Ask"),
    "new_chat": ("新对话", "New conversation"),
    "agency": ("筛选：机关", "Filter: agency"),
    "year": ("筛选：年份", "Filter: year"),
    "reports": ("筛选：报告", "Filter: reports"),
    "clear_filters": ("清除筛选", "Clear filters"),
    "engine": ("回答引擎", "Answer engine"),
    "engine_refresh": ("刷新引擎状态", "Check engines again"),
    "engine_details": ("各引擎状态说明", "Engine details"),
    "cites": ("### 引用", "### Citations"),
    "source": ("### 原文", "### Source"),
    "memo_btn": ("复制引文（备忘录格式）", "Copy for memo"),
    "memo_lang": ("引文格式", "Reference style"),
    "memo_box": ("备忘录引文（已复制到剪贴板；也可在此手动复制）", "Memo reference (copied to the clipboard; you can also copy it here)"),
    "export_md": ("导出对话 Markdown", "Export conversation (Markdown)"),
    "export_docx": ("导出对话 Word（.docx）", "Export conversation (.docx)"),
    "export_file": ("导出文件", "Exported file"),
    "lib_head": ("### 已收录的报告", "### Ingested reports"),
    "upload": ("上传报告（{suffixes}；每个文件不超过 {mb} MB）", "Upload reports ({suffixes}; at most {mb} MB each)"),
    "ingest": ("导入上传的报告", "Ingest the uploaded reports"),
    "lib_select": ("选择报告（也可点击表格中的一行）", "Select a report (or click a row of the table)"),
    "delete": ("删除报告", "Delete report"),
    "confirm_delete": ("确认删除", "Confirm delete"),
    "cancel": ("取消", "Cancel"),
    "reingest": ("重新导入", "Re-ingest"),
    "refresh": ("刷新列表", "Refresh list"),
}

MSG = {
    "zh": {
        "working": "正在检索……",
        "engine_unavailable": "回答引擎“{engine}”当前不可用：{reason}。请在“回答引擎”中选择其他引擎。",
        "engine_unknown": "此版本没有回答引擎“{engine}”。",
        "error": "出错了：{what}。请重试；如果问题持续，请联系管理员（详情已记入服务器日志）。",
        "no_answer_selected": "还没有可引用的回答：请先提问。",
        "no_citations": "所选回答没有引用。",
        "nothing_to_export": "还没有对话可导出。",
        "no_files": "请先选择要上传的报告文件。",
        "bad_suffix": "{name}：不支持的文件类型“{suffix}”（支持：{allowed}）",
        "too_large": "{name}：文件过大（{size:.1f} MB，上限 {mb} MB）",
        "empty_file": "{name}：文件是空的",
        "added": "已导入 {n} 份：{names}", "unchanged": "内容未变、已跳过：{names}",
        "duplicate": "{name}：与已收录的报告内容相同，只记录了文件名",
        "failed": "导入失败 — {reason}", "warning": "⚠ {name}：表格自检未通过：{warning}",
        "ingesting": "正在导入 {name}", "loading": "正在准备导入（首次需加载向量模型）……",
        "no_report": "请先选择一份报告。", "confirm": "确认删除《{title}》？此操作会从库中移除该报告及其上传文件。",
        "deleted": "已删除《{title}》。", "not_in_store": "该报告已不在库中。",
        "no_source_file": "无法重新导入《{title}》：原文件已不存在（{paths}）。",
        "reingested": "已重新导入《{title}》。", "busy": "另一个导入或删除正在进行，请稍候再试。",
    },
    "en": {
        "working": "Searching…",
        "engine_unavailable": "The answer engine “{engine}” is not available: {reason}. Choose another engine under “Answer engine”.",
        "engine_unknown": "This version has no answer engine “{engine}”.",
        "error": "Something went wrong: {what}. Please try again; if it persists, tell the administrator (details are in the server log).",
        "no_answer_selected": "There is no answer to cite yet: ask a question first.",
        "no_citations": "The selected answer has no citations.",
        "nothing_to_export": "There is no conversation to export yet.",
        "no_files": "Choose report files to upload first.",
        "bad_suffix": "{name}: unsupported file type “{suffix}” (accepted: {allowed})",
        "too_large": "{name}: file too large ({size:.1f} MB, limit {mb} MB)",
        "empty_file": "{name}: the file is empty",
        "added": "ingested {n}: {names}", "unchanged": "unchanged, skipped: {names}",
        "duplicate": "{name}: same content as a report already in the library; only the file name was recorded",
        "failed": "failed — {reason}", "warning": "⚠ {name}: table check failed: {warning}",
        "ingesting": "ingesting {name}", "loading": "preparing the ingest (the embedding model loads the first time)…",
        "no_report": "Select a report first.", "confirm": "Delete “{title}”? This removes the report and its uploaded file from the library.",
        "deleted": "Deleted “{title}”.", "not_in_store": "That report is no longer in the library.",
        "no_source_file": "Cannot re-ingest “{title}”: its file no longer exists ({paths}).",
        "reingested": "Re-ingested “{title}”.", "busy": "Another ingest or delete is running; try again in a moment.",
    },
}


def _t(key: str, lang: str) -> str:
    zh, en = T[key]
    return en if lang == "en" else zh


def _m(key: str, lang: str, **kw) -> str:
    return MSG["en" if lang == "en" else "zh"][key].format(**kw)


def safe_name(name: str) -> str:
    """A file name safe to create inside the uploads folder (no folders, no odd characters)."""
    name = Path(str(name).replace("\\", "/")).name
    stem, suffix = Path(name).stem, Path(name).suffix.lower()
    stem = re.sub(r"[^\w\u3400-\u9fff()（）\-.]+", "_", stem).strip("._") or "report"
    return stem[:120] + suffix


def new_session() -> dict:
    return {"turns": [], "turn": None, "cite": None}


class UIApp:
    """The handlers of the UI over one store; `build()` lays out the Blocks."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.index = get_index(settings)
        self._writer = None
        self._write_lock = threading.Lock()
        self._status: dict[str, tuple[bool, str]] | None = None
        self._status_at = 0.0
        self.export_dir = Path(tempfile.gettempdir()) / "gov-qa-export"  # Gradio copies exports to its cache

    # --- store and engines ----------------------------------------------------------------------
    @property
    def uploads(self) -> Path:
        return Path(self.settings.store) / UPLOAD_DIR

    @property
    def writer(self):
        """A second connection to the store for ingest/delete (readers keep theirs)."""
        if self._writer is None:
            from ingest.index import Store

            self._writer = Store(self.settings.store, self.settings)
        return self._writer

    def allowed_suffixes(self) -> list[str]:
        from ingest.load import SUPPORTED_SUFFIXES

        if self.settings.upload_suffixes.strip():
            wanted = {s.strip().lower() if s.strip().startswith(".") else "." + s.strip().lower()
                      for s in self.settings.upload_suffixes.split(",") if s.strip()}
            return sorted(wanted & set(SUPPORTED_SUFFIXES))
        return sorted(SUPPORTED_SUFFIXES)

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

    def unit_of(self, doc_id: str, start: int | None) -> str | None:
        if start is None:
            return None
        try:
            return next((f.unit for f in self.index.store.facts([doc_id]) if f.start == start), None)
        except Exception:
            log.exception("fact lookup failed")
            return None

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

    # --- chat -----------------------------------------------------------------------------------
    def _cards(self, sess: dict, lang: str) -> str:
        t = sess.get("turn")
        if t is None or t >= len(sess["turns"]):
            return F.cards_html([], None, lang)
        a = sess["turns"][t]["answer"]
        if not a.get("citations"):
            return F.cards_html([], None, lang, t)
        cites = [Citation(**c) for c in a.get("citations", [])]
        return F.cards_html(cites, sess.get("cite"), lang, t, self.reports_map())

    def _source(self, sess: dict, lang: str) -> str:
        t, n = sess.get("turn"), sess.get("cite")
        if t is None or n is None or t >= len(sess["turns"]):
            return F.source_placeholder(lang)
        c = next((Citation(**c) for c in sess["turns"][t]["answer"].get("citations", []) if c["n"] == n), None)
        if c is None:
            return F.source_placeholder(lang)
        # only ingested reports: looked up by doc_id in the store, never by a path
        return source_view(self.index.texts, c, lang, self.reports_map())

    def respond(self, question, chat, sess, engine, agency, year, doc_ids, lang):
        """Generator: stream the answer into the chat, then the citation cards."""
        import gradio as gr

        sess = sess or new_session()
        chat = list(chat or [])
        engine = engine or self.settings.engine
        question = (question or "").strip()
        if not question:
            yield chat, gr.skip(), sess, gr.skip(), gr.skip()
            return
        history = []
        for turn in sess["turns"]:
            history += [{"role": "user", "content": turn["question"]},
                        {"role": "assistant", "content": turn["answer"].get("text", "")}]
        chat += [{"role": "user", "content": F.md_escape(question)}, {"role": "assistant", "content": _m("working", lang)}]
        yield chat, "", sess, gr.skip(), gr.skip()
        answer: Answer | None = None
        try:
            ok, reason = self.engines().get(engine or self.settings.engine, (False, ""))
            if engine not in self.engines():
                answer = Answer(question=question, text=_m("engine_unknown", lang, engine=engine), answered=False,
                                language=lang if lang in ("zh", "en") else "zh", engine=str(engine))
            elif not ok:
                answer = Answer(question=question, text=_m("engine_unavailable", lang, engine=engine, reason=reason),
                                answered=False, language=lang if lang in ("zh", "en") else "zh", engine=str(engine))
            else:
                chain = get_chain(settings=self.settings, engine=engine)
                text = ""
                for piece in chain.stream(question, self.filters_of(agency, year, doc_ids) or None, history):
                    if isinstance(piece, Answer):
                        answer = piece
                    elif piece:
                        text += str(piece)
                        chat[-1] = {"role": "assistant", "content": F.md_escape(text)}
                        yield chat, gr.skip(), sess, gr.skip(), gr.skip()
                if answer is None:
                    raise RuntimeError("the engine returned no answer")
        except Exception as e:
            log.exception("answering %r failed", question)
            what = f"{type(e).__name__}" if not isinstance(e, (ValueError, RuntimeError)) else str(e).splitlines()[0][:200]
            answer = Answer(question=question, text=_m("error", lang, what=what), answered=False,
                            language=lang if lang in ("zh", "en") else "zh", engine=str(engine))
        chat[-1] = {"role": "assistant", "content": render_answer(answer, lang, self.reports_map())}
        sess = {**sess, "turns": sess["turns"] + [{"question": question, "answer": answer.to_dict()}]}
        sess["turn"], sess["cite"] = len(sess["turns"]) - 1, None
        yield chat, gr.skip(), sess, self._cards(sess, lang), F.source_placeholder(lang)

    def chat_messages(self, sess: dict, lang: str) -> list[dict]:
        """The conversation rendered again (after a language switch) from the answers kept on the server."""
        out = []
        reports = self.reports_map()
        for turn in (sess or new_session())["turns"]:
            out += [{"role": "user", "content": F.md_escape(turn["question"])},
                    {"role": "assistant", "content": render_answer(Answer(**turn["answer"]), lang, reports)}]
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
        return sess, self._cards(sess, lang), self._source(sess, lang)

    def select_card(self, sess, lang, evt):
        sess = sess or new_session()
        try:
            n = int(getattr(evt, "_data", {}).get("n"))
        except (TypeError, ValueError):
            return sess, self._cards(sess, lang), self._source(sess, lang)
        sess = {**sess, "cite": n}
        return sess, self._cards(sess, lang), self._source(sess, lang)

    def memo(self, sess, memo_lang, lang, quiet: bool = False):
        """The memo references of the selected answer; `quiet`: no pop-up when there is nothing to cite."""
        import gradio as gr

        sess = sess or new_session()
        t = sess.get("turn")
        if t is None or not sess["turns"]:
            if not quiet:
                gr.Warning(_m("no_answer_selected", lang))
            return ""
        a = Answer(**sess["turns"][t]["answer"])
        if not a.citations:
            if not quiet:
                gr.Warning(_m("no_citations", lang))
            return ""
        units = {c.n: self.unit_of(c.doc_id, c.highlight_start) for c in a.citations}
        return memo_text(a, memo_lang or a.language, {k: v for k, v in units.items() if v})

    def export(self, sess, kind: str, lang):
        import gradio as gr

        sess = sess or new_session()
        if not sess["turns"]:
            gr.Warning(_m("nothing_to_export", lang))
            return gr.update(value=None, visible=False)
        try:
            stamp = time.strftime("%Y%m%d-%H%M%S")
            self.export_dir.mkdir(parents=True, exist_ok=True)
            folder = Path(tempfile.mkdtemp(dir=self.export_dir))
            path = folder / f"conversation-{stamp}.{kind}"
            if kind == "md":
                path.write_text(conversation_markdown(sess["turns"], lang, self.unit_of), encoding="utf-8")
            else:
                conversation_docx(sess["turns"], path, lang, self.unit_of)
            return gr.update(value=str(path), visible=True)
        except Exception as e:
            log.exception("export failed")
            gr.Warning(_m("error", lang, what=type(e).__name__))
            return gr.update(value=None, visible=False)

    # --- library --------------------------------------------------------------------------------
    def library(self, lang, selected=None):
        """Outputs after any library change: table, selector, and the three filter dropdowns."""
        import gradio as gr

        agencies, years, docs = self.filter_choices()
        known = {d for _, d in docs}
        selected = selected if selected in known else None
        return (
            F.library_html(self.index.reports, lang, selected),
            gr.update(choices=docs, value=selected),
            gr.update(choices=agencies),
            gr.update(choices=years),
            gr.update(choices=docs),
        )

    def _refresh_filters_values(self, agency, year, doc_ids):
        agencies, years, docs = self.filter_choices()
        known = {d for _, d in docs}
        return (agency if agency in agencies else None, year if year in years else None,
                [d for d in (doc_ids or []) if d in known])

    def ingest_uploads(self, files, lang, progress=None):
        from ingest.pipeline import ingest_paths

        files = [f for f in (files or []) if f]
        if not files:
            return _m("no_files", lang)
        allowed = self.allowed_suffixes()
        max_mb = self.settings.upload_max_mb
        problems, accepted = [], []
        for f in files:
            src = Path(f if isinstance(f, str) else getattr(f, "name", str(f)))
            name = safe_name(src.name)
            suffix = Path(name).suffix.lower()
            if suffix not in allowed:
                problems.append(_m("bad_suffix", lang, name=src.name, suffix=suffix or "—", allowed=" ".join(allowed)))
                continue
            try:
                size = src.stat().st_size
            except OSError:
                problems.append(_m("failed", lang, reason=f"{src.name}: not readable"))
                continue
            if size > max_mb * 1024 * 1024:
                problems.append(_m("too_large", lang, name=src.name, size=size / 1024 / 1024, mb=f"{max_mb:g}"))
                continue
            if size == 0:
                problems.append(_m("empty_file", lang, name=src.name))
                continue
            accepted.append((src, name))
        lines = []
        if accepted:
            if not self._write_lock.acquire(timeout=1):
                return "\n".join(problems + [_m("busy", lang)])
            try:
                self.uploads.mkdir(parents=True, exist_ok=True)
                targets, fresh = [], set()
                for src, name in accepted:
                    dst = self.uploads / name
                    if not self.writer.file_record(str(dst.resolve())):
                        fresh.add(dst.name)
                    shutil.copyfile(src, dst)
                    targets.append(dst)
                done = [0]
                if progress is not None:
                    progress((0, len(targets)), desc=_m("loading", lang))

                def step(name: str) -> None:
                    done[0] += 1
                    if progress is not None:
                        progress((done[0], len(targets)), desc=_m("ingesting", lang, name=name))

                summary = ingest_paths(targets, self.writer, self.settings, progress=step)
                for name, _reason in summary.failed:
                    if name in fresh:
                        (self.uploads / name).unlink(missing_ok=True)
            finally:
                self._write_lock.release()
            self.index.refresh()
            if summary.added:
                lines.append(_m("added", lang, n=len(summary.added), names="、".join(summary.added)))
            if summary.unchanged:
                lines.append(_m("unchanged", lang, names="、".join(summary.unchanged)))
            lines += [_m("duplicate", lang, name=n) for n, _ in summary.duplicates]
            lines += [_m("failed", lang, reason=r) for _, r in summary.failed]
            lines += [_m("warning", lang, name=n, warning=w) for n, w in summary.warnings]
        return "\n".join(lines + problems)

    def _title(self, doc_id: str) -> str:
        r = self.reports_map().get(doc_id)
        return r.display_title if r else doc_id

    def delete(self, doc_id, lang):
        if not doc_id:
            return _m("no_report", lang)
        if doc_id not in self.reports_map():
            return _m("not_in_store", lang)
        title = self._title(doc_id)
        if not self._write_lock.acquire(timeout=1):
            return _m("busy", lang)
        try:
            paths = self.writer.report_paths(doc_id)
            self.writer.delete_report(doc_id)
            uploads = self.uploads.resolve()
            for p in paths:  # an uploaded copy goes too; files elsewhere are the user's and stay
                p = Path(p)
                if p.parent.resolve() == uploads:
                    p.unlink(missing_ok=True)
        finally:
            self._write_lock.release()
        self.index.refresh()
        return _m("deleted", lang, title=title)

    def reingest(self, doc_id, lang, progress=None):
        from ingest.load import LoadError, load_document
        from ingest.pipeline import ingest_paths

        if not doc_id:
            return _m("no_report", lang)
        if doc_id not in self.reports_map():
            return _m("not_in_store", lang)
        title = self._title(doc_id)
        if not self._write_lock.acquire(timeout=1):
            return _m("busy", lang)
        try:
            recorded = self.writer.report_paths(doc_id)
            paths = [Path(p) for p in recorded if Path(p).is_file()]
            if not paths:
                return _m("no_source_file", lang, title=title, paths=", ".join(Path(p).name for p in recorded) or "—")
            for p in paths:  # check the files load before the report is dropped
                try:
                    load_document(p, max_bytes=int(self.settings.upload_max_mb * 1024 * 1024) if p.parent.resolve() == self.uploads.resolve() else 50 * 1024 * 1024)
                except LoadError as e:
                    return _m("failed", lang, reason=str(e))
            if progress is not None:
                progress((0, len(paths)), desc=_m("loading", lang))
            self.writer.delete_report(doc_id)
            done = [0]

            def step(name: str) -> None:
                done[0] += 1
                if progress is not None:
                    progress((done[0], len(paths)), desc=_m("ingesting", lang, name=name))

            summary = ingest_paths(paths, self.writer, self.settings, progress=step)
        finally:
            self._write_lock.release()
        self.index.refresh()
        lines = [_m("reingested", lang, title=title)] if not summary.failed else []
        lines += [_m("failed", lang, reason=r) for _, r in summary.failed]
        lines += [_m("warning", lang, name=n, warning=w) for n, w in summary.warnings]
        return "\n".join(lines)

    # --- layout ---------------------------------------------------------------------------------
    def build(self):
        import gradio as gr

        lang0 = "en" if self.settings.ui_language == "en" else "zh"
        status = self.engines()
        default_engine = self.settings.engine if self.settings.engine in status else "extractive"
        allowed = self.allowed_suffixes()
        mb = f"{self.settings.upload_max_mb:g}"
        agencies, years, docs = self.filter_choices()
        labelled: list[tuple] = []  # (component, key, attribute)

        def L(comp, key, attr="label"):
            labelled.append((comp, key, attr))
            return comp

        def upload_label(lang):
            return _t("upload", lang).format(suffixes=" ".join(allowed), mb=mb)

        with gr.Blocks(title="政府信息公开年报问答 · Disclosure-report QA") as app:
            sess = gr.State(new_session())
            with gr.Row(equal_height=True):
                L(gr.Markdown(_t("title", lang0), elem_id="app-title"), "title", "value")
                ui_lang = gr.Radio([("中文", "zh"), ("English", "en")], value=lang0, label=_t("ui_lang", lang0),
                                   elem_id="ui-lang", scale=0, min_width=220)
            with gr.Tabs():
                with L(gr.Tab(_t("tab_chat", lang0), id="chat", elem_id="tab-chat"), "tab_chat"):
                    with gr.Row():
                        with gr.Column(scale=11, min_width=420):
                            with gr.Group(elem_id="filters"):
                                with gr.Row():
                                    agency = L(gr.Dropdown(agencies, value=None, label=_t("agency", lang0), elem_id="f-agency",
                                                           allow_custom_value=False, scale=2), "agency")
                                    year = L(gr.Dropdown(years, value=None, label=_t("year", lang0), elem_id="f-year",
                                                         scale=1, min_width=110), "year")
                                    reports = L(gr.Dropdown(docs, value=[], multiselect=True, label=_t("reports", lang0),
                                                            elem_id="f-reports", scale=3), "reports")
                                with gr.Row(elem_id="chip-row"):
                                    chips = gr.HTML(F.chips_html({}, lang0), js_on_load=CHIPS_JS, elem_id="chips", scale=4)
                                    clear = L(gr.Button(_t("clear_filters", lang0), size="sm", scale=0, min_width=110,
                                                        elem_id="clear-filters"), "clear_filters", "value")
                            chat = L(gr.Chatbot(value=[], label=_t("chat", lang0), height=540, elem_id="chat",
                                                sanitize_html=True, render_markdown=True, latex_delimiters=[],
                                                allow_tags=False, feedback_options=None, buttons=["copy"]), "chat")
                            with gr.Row(equal_height=True):
                                box = L(gr.Textbox(placeholder=_t("question_ph", lang0), show_label=False, scale=6,
                                                   elem_id="question", max_lines=4), "question_ph", "placeholder")
                                send = L(gr.Button(_t("ask", lang0), variant="primary", scale=1, min_width=80,
                                                   elem_id="ask"), "ask", "value")
                                new_chat = L(gr.Button(_t("new_chat", lang0), scale=1, min_width=80, elem_id="new-chat"),
                                             "new_chat", "value")
                            with gr.Row(elem_id="engine-row"):
                                engine = L(gr.Radio(F.engine_choices(status, lang0), value=default_engine,
                                                    label=_t("engine", lang0), elem_id="engine", scale=4), "engine")
                                engine_refresh = L(gr.Button(_t("engine_refresh", lang0), size="sm", scale=0, min_width=110,
                                                             elem_id="engine-refresh"), "engine_refresh", "value")
                            with L(gr.Accordion(_t("engine_details", lang0), open=False, elem_id="engine-details"),
                                   "engine_details"):
                                engine_md = gr.Markdown(F.engine_status_md(status, lang0), elem_id="engine-status")
                        with gr.Column(scale=9, min_width=360):
                            L(gr.Markdown(_t("cites", lang0), elem_classes="panel-head"), "cites", "value")
                            cards = gr.HTML(F.cards_html([], None, lang0), js_on_load=CARDS_JS, elem_id="cards")
                            L(gr.Markdown(_t("source", lang0), elem_classes="panel-head"), "source", "value")
                            viewer = gr.HTML(F.source_placeholder(lang0), js_on_load=SOURCE_JS, elem_id="source")
                            with gr.Group(elem_id="memo-group"):
                                with gr.Row(equal_height=True):
                                    memo_btn = L(gr.Button(_t("memo_btn", lang0), variant="primary", elem_id="memo-btn",
                                                           size="sm", scale=2), "memo_btn", "value")
                                    memo_lang = L(gr.Radio([("中文", "zh"), ("English", "en")], value=lang0, scale=2,
                                                           label=_t("memo_lang", lang0), show_label=False, elem_id="memo-lang",
                                                           container=False), "memo_lang")
                                memo_box = L(gr.Textbox(label=_t("memo_box", lang0), lines=3, max_lines=8, interactive=False,
                                                        elem_id="memo", buttons=["copy"]), "memo_box")
                            with gr.Row():
                                export_md = L(gr.Button(_t("export_md", lang0), size="sm", elem_id="export-md"), "export_md", "value")
                                export_docx = L(gr.Button(_t("export_docx", lang0), size="sm", elem_id="export-docx"),
                                                "export_docx", "value")
                            export_file = L(gr.File(label=_t("export_file", lang0), interactive=False, elem_id="export-file",
                                                    visible=False), "export_file")
                with L(gr.Tab(_t("tab_lib", lang0), id="library", elem_id="tab-library"), "tab_lib"):
                    L(gr.Markdown(_t("lib_head", lang0)), "lib_head", "value")
                    lib_table = gr.HTML(F.library_html(self.index.reports, lang0), js_on_load=LIBRARY_JS, elem_id="library")
                    with gr.Row(equal_height=True):
                        lib_select = L(gr.Dropdown(docs, value=None, label=_t("lib_select", lang0), elem_id="lib-select",
                                                   scale=3), "lib_select")
                        reingest_btn = L(gr.Button(_t("reingest", lang0), elem_id="reingest", scale=1), "reingest", "value")
                        delete_btn = L(gr.Button(_t("delete", lang0), variant="stop", elem_id="delete", scale=1), "delete", "value")
                        refresh_btn = L(gr.Button(_t("refresh", lang0), elem_id="lib-refresh", scale=1), "refresh", "value")
                    with gr.Row(visible=False, elem_id="confirm-row") as confirm_row:
                        confirm_md = gr.Markdown("", elem_id="confirm-text")
                        confirm_btn = L(gr.Button(_t("confirm_delete", lang0), variant="stop", elem_id="confirm-delete",
                                                  scale=0, min_width=140), "confirm_delete", "value")
                        cancel_btn = L(gr.Button(_t("cancel", lang0), elem_id="cancel-delete", scale=0, min_width=100),
                                       "cancel", "value")
                    upload = gr.File(label=upload_label(lang0), file_count="multiple", type="filepath", elem_id="upload",
                                     height=120)
                    ingest_btn = L(gr.Button(_t("ingest", lang0), variant="primary", elem_id="ingest"), "ingest", "value")
                    lib_status = gr.Textbox(label="", show_label=False, interactive=False, lines=2, max_lines=12,
                                            elem_id="lib-status", container=False)

            private = {"api_visibility": "private"}
            filt = [agency, year, reports]
            lib_outputs = [lib_table, lib_select, agency, year, reports]

            # chat
            ask_inputs = [box, chat, sess, engine, agency, year, reports, ui_lang]
            ask_outputs = [chat, box, sess, cards, viewer]
            box.submit(self.respond, ask_inputs, ask_outputs, **private)
            send.click(self.respond, ask_inputs, ask_outputs, **private)
            new_chat.click(lambda lang: ([], new_session(), F.cards_html([], None, lang), F.source_placeholder(lang), "",
                                          gr.update(value=None, visible=False)),
                           [ui_lang], [chat, sess, cards, viewer, memo_box, export_file], **private)

            def on_message(s, lang, evt: gr.SelectData):
                return self.select_message(s, lang, evt)

            chat.select(on_message, [sess, ui_lang], [sess, cards, viewer], **private)

            def on_card(s, lang, evt: gr.EventData):
                return self.select_card(s, lang, evt)

            cards.click(on_card, [sess, ui_lang], [sess, cards, viewer], **private)

            # filters
            for comp in filt:
                comp.change(self.chips, [*filt, ui_lang], chips, **private)
            clear.click(lambda: (None, None, []), None, filt, **private)

            def on_chip(a, y, d, evt: gr.EventData):
                key = str(getattr(evt, "_data", {}).get("chip") or "")
                if key == "agency":
                    a = None
                elif key == "year":
                    y = None
                elif key.startswith("doc:"):
                    d = [x for x in (d or []) if x != key[4:]]
                return a, y, d

            chips.click(on_chip, filt, filt, **private)

            # engines
            def on_engine_refresh(lang):
                st = self.engines(refresh=True)
                return gr.update(choices=F.engine_choices(st, lang)), F.engine_status_md(st, lang)

            engine_refresh.click(on_engine_refresh, [ui_lang], [engine, engine_md], **private)

            # memo and export
            memo_btn.click(self.memo, [sess, memo_lang, ui_lang], memo_box, **private).then(
                None, [memo_box], None, js=COPY_JS)
            # switching the reference style re-formats a memo already shown
            memo_lang.change(lambda s, ml, lang, current: self.memo(s, ml, lang, quiet=True) if current else "",
                             [sess, memo_lang, ui_lang, memo_box], memo_box, **private)
            export_md.click(lambda s, lang: self.export(s, "md", lang), [sess, ui_lang], export_file, **private)
            export_docx.click(lambda s, lang: self.export(s, "docx", lang), [sess, ui_lang], export_file, **private)

            # library
            def on_ingest(files, lang, a, y, d, progress=gr.Progress()):
                try:
                    msg = self.ingest_uploads(files, lang, progress)
                except Exception as e:
                    log.exception("upload failed")
                    msg = _m("error", lang, what=type(e).__name__)
                a, y, d = self._refresh_filters_values(a, y, d)
                table, sel, ag, yr, rp = self.library(lang)
                return (msg, None, table, sel, gr.update(choices=ag["choices"], value=a),
                        gr.update(choices=yr["choices"], value=y), gr.update(choices=rp["choices"], value=d))

            ingest_btn.click(on_ingest, [upload, ui_lang, *filt], [lib_status, upload, *lib_outputs], **private)

            def on_lib_row(lang, evt: gr.EventData):
                doc = str(getattr(evt, "_data", {}).get("doc") or "")
                return self.library(lang, doc)[:2]

            lib_table.click(on_lib_row, [ui_lang], [lib_table, lib_select], **private)
            lib_select.input(lambda lang, doc: F.library_html(self.index.reports, lang, doc), [ui_lang, lib_select], lib_table,
                             **private)

            def on_delete(doc, lang):
                if not doc:
                    return gr.update(visible=False), "", _m("no_report", lang)
                return gr.update(visible=True), F.md_escape(_m("confirm", lang, title=self._title(doc))), ""

            delete_btn.click(on_delete, [lib_select, ui_lang], [confirm_row, confirm_md, lib_status], **private)
            cancel_btn.click(lambda: gr.update(visible=False), None, confirm_row, **private)

            def on_confirm(doc, lang, a, y, d):
                try:
                    msg = self.delete(doc, lang)
                except Exception as e:
                    log.exception("delete failed")
                    msg = _m("error", lang, what=type(e).__name__)
                a, y, d = self._refresh_filters_values(a, y, d)
                table, sel, ag, yr, rp = self.library(lang)
                return (gr.update(visible=False), msg, table, sel, gr.update(choices=ag["choices"], value=a),
                        gr.update(choices=yr["choices"], value=y), gr.update(choices=rp["choices"], value=d))

            confirm_btn.click(on_confirm, [lib_select, ui_lang, *filt], [confirm_row, lib_status, *lib_outputs], **private)

            def on_reingest(doc, lang, progress=gr.Progress()):
                try:
                    msg = self.reingest(doc, lang, progress)
                except Exception as e:
                    log.exception("re-ingest failed")
                    msg = _m("error", lang, what=type(e).__name__)
                return (msg, *self.library(lang, doc))

            reingest_btn.click(on_reingest, [lib_select, ui_lang], [lib_status, *lib_outputs], **private)
            refresh_btn.click(lambda lang, doc: self.library(lang, doc), [ui_lang, lib_select], lib_outputs, **private)

            # language toggle: every label, then everything rendered in the UI language
            def on_lang(lang, s, a, y, d, doc):
                st = self.engines()
                ups = []
                for comp, key, attr in labelled:
                    ups.append(gr.update(**{attr: _t(key, lang)}))
                return (*ups, gr.update(label=upload_label(lang)), gr.update(choices=F.engine_choices(st, lang)),
                        F.engine_status_md(st, lang), self.chips(a, y, d, lang), self._cards(s, lang), self._source(s, lang),
                        F.library_html(self.index.reports, lang, doc), gr.update(value=lang), self.chat_messages(s, lang))

            ui_lang.change(on_lang, [ui_lang, sess, *filt, lib_select],
                           [c for c, _, _ in labelled]
                           + [upload, engine, engine_md, chips, cards, viewer, lib_table, memo_lang, chat],
                           **private)

            # on page load: what the store holds now, the engines' current state
            def on_load(lang):
                st = self.engines()
                return (*self.library(lang), gr.update(choices=F.engine_choices(st, lang)), F.engine_status_md(st, lang))

            app.load(on_load, [ui_lang], [*lib_outputs, engine, engine_md], **private)

            def ask_api(question: str) -> dict:
                """Answer a question; returns Answer.to_dict()."""
                return get_chain(settings=self.settings).ask(question).to_dict()

            gr.api(ask_api, api_name="ask")
        return app


def build_app(settings: Settings | None = None):
    configure_offline()
    settings = settings or get_settings()
    return UIApp(settings).build()


def theme():
    import gradio as gr
    from gradio.themes.utils import fonts

    return gr.themes.Default(
        primary_hue="blue", neutral_hue="slate",
        font=[fonts.LocalFont("Source Sans Pro"), "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "sans-serif"],
    )


def load_credentials(spec: str | None) -> list[tuple[str, str]] | None:
    """'user:pw,user2:pw2' or a file with one 'user:password' per line -> [(user, pw), ...]."""
    if not spec:
        return None
    from pathlib import Path

    path = Path(spec)
    entries = path.read_text(encoding="utf-8").splitlines() if path.is_file() else spec.split(",")
    creds = []
    for entry in (e.strip() for e in entries):
        if not entry or entry.startswith("#"):
            continue
        user, sep, password = entry.partition(":")
        if not sep or not user or not password:
            raise ValueError(f"auth: expected 'user:password', got {entry.split(':')[0]!r}…")
        creds.append((user, password))
    if not creds:
        raise ValueError("auth: no 'user:password' entries found")
    return creds


def serve(settings: Settings | None = None, block: bool = True):
    settings = settings or get_settings()
    creds = load_credentials(settings.auth)
    app = build_app(settings)
    log.info("serving on http://%s:%s%s", settings.host, settings.port, " (login required)" if creds else "")
    return app.launch(
        server_name=settings.host, server_port=settings.port, css=CSS, theme=theme(), prevent_thread_lock=not block,
        footer_links=["api"], show_error=False, max_file_size=f"{int(settings.upload_max_mb * 1024 * 1024)}b",
        allowed_paths=[], inbrowser=False, auth=creds, auth_message="政府信息公开年报问答 · 请登录 / please log in",
    )
