"""The Gradio chat UI: answers with numbered citations; selecting one opens the source passage.

Bound to 127.0.0.1 unless told otherwise.  Report text is always HTML-escaped
before display, so a report that contains markup shows it as text.
"""

from __future__ import annotations

import html
import logging

from assistant.api import get_chain
from assistant.settings import Settings, configure_offline, get_settings
from assistant.types import Answer, Citation

log = logging.getLogger(__name__)

CONTEXT_CHARS = 400  # characters of the source shown on each side of a cited span

CSS = """
.source-view { font-size: 15px; line-height: 1.7; white-space: pre-wrap; }
.source-view mark { background: #ffe08a; padding: 0 1px; }
.source-view mark.figure { background: #ffb347; font-weight: bold; }
.source-meta { color: #555; font-size: 13px; margin-bottom: 6px; }
"""


def citation_label(c: Citation) -> str:
    parts = [c.agency or c.title, str(c.year) if c.year else "", c.section]
    if c.row:
        parts.append(c.row.split(" / ")[-1] + (f" · {c.column}" if c.column else ""))
    return f"[{c.n}] " + " · ".join(p for p in parts if p)


def render_answer(answer: Answer) -> str:
    """Chat message: the answer, then one line per citation with its quote."""
    lines = [answer.text]
    if answer.citations:
        lines.append("")
        for c in answer.citations:
            quote = " ".join(c.quote.split())
            quote = quote if len(quote) <= 160 else quote[:157] + "…"
            lines.append(f"**{citation_label(c)}** 《{c.title}》 — “{quote}”")
    return "\n".join(lines)


def source_view(store_texts, c: Citation) -> str:
    """HTML of the passage around a citation, the cited span (and figure) highlighted; all text escaped."""
    original = store_texts(c.doc_id)[0]
    s0 = max(0, c.start - CONTEXT_CHARS)
    e0 = min(len(original), c.end + CONTEXT_CHARS)
    before, cited, after = original[s0 : c.start], original[c.start : c.end], original[c.end : e0]
    if c.highlight_start is not None and c.start <= c.highlight_start < c.highlight_end <= c.end:
        hs, he = c.highlight_start - c.start, c.highlight_end - c.start
        cited_html = (
            html.escape(cited[:hs]) + f'<mark class="figure">{html.escape(cited[hs:he])}</mark>' + html.escape(cited[he:])
        )
    else:
        cited_html = html.escape(cited)
    meta = " · ".join(x for x in (c.title, c.agency or "", str(c.year or ""), c.section, c.source, f"{c.start}–{c.end}") if x)
    return (
        f'<div class="source-meta">{html.escape(meta)}</div>'
        f'<div class="source-view">{"…" if s0 else ""}{html.escape(before)}<mark id="cited">{cited_html}</mark>'
        f'{html.escape(after)}{"…" if e0 < len(original) else ""}</div>'
    )


def build_app(settings: Settings | None = None):
    configure_offline()
    import gradio as gr

    settings = settings or get_settings()
    chain = get_chain(settings=settings)

    def respond(message: str, history: list, _state: list):
        history = list(history or [])
        answer = chain.ask(message)
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": render_answer(answer)}]
        cites = [c.model_dump(mode="json") for c in answer.citations]
        choices = [citation_label(c) for c in answer.citations]
        first = source_view(chain.index.texts, answer.citations[0]) if answer.citations else ""
        return history, "", gr.update(choices=choices, value=choices[0] if choices else None), first, cites

    def show_source(label: str | None, cites: list) -> str:
        for c in cites or []:
            cit = Citation(**c)
            if citation_label(cit) == label:
                return source_view(chain.index.texts, cit)
        return ""

    with gr.Blocks(title="政府信息公开年报问答") as app:
        gr.Markdown("## 政府信息公开工作年度报告问答 · Government information-disclosure report QA")
        state = gr.State([])
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="对话 Chat", height=520, elem_id="chat")
                with gr.Row():
                    box = gr.Textbox(
                        placeholder="例如：伊春区2016年主动公开了多少条政府信息？ / how many applications did Kundulun receive in 2023",
                        show_label=False, scale=5, elem_id="question",
                    )
                    send = gr.Button("提问 Ask", variant="primary", scale=1, elem_id="ask")
            with gr.Column(scale=2):
                cites = gr.Radio(choices=[], label="引用 Citations", elem_id="citations")
                viewer = gr.HTML(label="原文 Source", elem_id="source")
        outputs = [chat, box, cites, viewer, state]
        box.submit(respond, [box, chat, state], outputs, api_visibility="private")
        send.click(respond, [box, chat, state], outputs, api_visibility="private")
        cites.change(show_source, [cites, state], viewer, api_visibility="private")

        def ask_api(question: str) -> dict:
            """Answer a question; returns Answer.to_dict()."""
            return chain.ask(question).to_dict()

        gr.api(ask_api, api_name="ask")
    return app


def serve(settings: Settings | None = None, block: bool = True):
    settings = settings or get_settings()
    app = build_app(settings)
    log.info("serving on http://%s:%s", settings.host, settings.port)
    return app.launch(
        server_name=settings.host, server_port=settings.port, css=CSS, prevent_thread_lock=not block,
        footer_links=["api"], show_error=False,
    )
