"""The events of the UI: which handler of :class:`~assistant.ui.app.UIApp` runs on which click."""


from types import SimpleNamespace

from assistant.ui import figures as G
from assistant.ui import format as F
from assistant.ui.app import UIApp, new_session
from assistant.ui.assets import js
from assistant.ui.source import source_placeholder
from assistant.ui.strings import msg, t

PRIVATE = {"api_visibility": "private"}


def _status(failure: str, lang: str, action) -> str:
    """The status line action() returns, or the error message when it raised (logged as `failure`)."""
    try:
        return action()
    except Exception as e:
        ui_log().exception(failure)
        return msg("error", lang, what=type(e).__name__)


def _evt(evt) -> dict:
    return getattr(evt, "_data", None) or {}


def wire_chat(ui: UIApp, c: SimpleNamespace) -> None:
    import gradio as gr

    ask_inputs = [c.box, c.chat, c.sess, c.engine, c.agency, c.year, c.reports, c.ui_lang]
    ask_outputs = [c.chat, c.box, c.sess, c.cards, c.viewer, c.chart]
    for trigger in (c.box.submit, c.send.click):
        trigger(None, None, None, js=js("scroll"), **PRIVATE).then(
            ui.respond, ask_inputs, ask_outputs, show_progress_on=[c.chat], **PRIVATE).then(
            None, None, None, js=js("scroll"), **PRIVATE)

    def on_example(chat, sess, engine, a, y, d, lang, evt: gr.SelectData):
        q = (evt.value or {}).get("text", "") if isinstance(evt.value, dict) else str(evt.value or "")
        yield from ui.respond(q, chat, sess, engine, a, y, d, lang)

    c.chat.example_select(on_example, ask_inputs[1:], ask_outputs, **PRIVATE).then(None, None, None, js=js("scroll"), **PRIVATE)
    c.new_chat.click(lambda lang: ([], new_session(), F.cards_html([], None, lang), source_placeholder(lang), "",
                                   gr.update(value=None, visible=False), gr.update(value=None, visible=False)),
                     [c.ui_lang], [c.chat, c.sess, c.cards, c.viewer, c.memo_box, c.export_file, c.chart], **PRIVATE)

    def on_message(s, lang, evt: gr.SelectData):
        return ui.select_message(s, lang, evt)

    c.chat.select(on_message, [c.sess, c.ui_lang], [c.sess, c.cards, c.viewer, c.chart], **PRIVATE)

    def on_card(s, lang, evt: gr.EventData):
        return ui.select_card(s, lang, evt)

    c.cards.click(on_card, [c.sess, c.ui_lang], [c.sess, c.cards, c.viewer, c.chart], **PRIVATE)

    # filters
    filt = [c.agency, c.year, c.reports]
    for comp in filt:
        comp.change(ui.chips, [*filt, c.ui_lang], c.chips, **PRIVATE)
    c.clear.click(lambda: (None, None, []), None, filt, **PRIVATE)

    def on_chip(a, y, d, evt: gr.EventData):
        key = str(_evt(evt).get("chip") or "")
        if key == "agency":
            a = None
        elif key == "year":
            y = None
        elif key.startswith("doc:"):
            d = [x for x in (d or []) if x != key[4:]]
        return a, y, d

    c.chips.click(on_chip, filt, filt, **PRIVATE)

    def on_engine_refresh(lang):
        st = ui.engines(refresh=True)
        return gr.update(choices=F.engine_choices(st, lang)), F.engine_status_md(st, lang)

    c.engine_refresh.click(on_engine_refresh, [c.ui_lang], [c.engine, c.engine_md], **PRIVATE)

    # memo and export
    c.memo_btn.click(ui.memo, [c.sess, c.memo_lang, c.ui_lang], c.memo_box, **PRIVATE).then(
        None, [c.memo_box], None, js=js("copy"))
    c.memo_lang.change(lambda s, ml, lang, current: ui.memo(s, ml, lang, quiet=True) if current else "",
                       [c.sess, c.memo_lang, c.ui_lang, c.memo_box], c.memo_box, **PRIVATE)
    c.export_md.click(lambda s, lang: ui.export(s, "md", lang), [c.sess, c.ui_lang], c.export_file, **PRIVATE)
    c.export_docx.click(lambda s, lang: ui.export(s, "docx", lang), [c.sess, c.ui_lang], c.export_file, **PRIVATE)


def _library_outputs(ui: UIApp, c, lang, a, y, d, doc=None):
    import gradio as gr

    a, y, d = ui.refresh_filters_values(a, y, d)
    table, sel, ag, yr, rp = ui.library(lang, doc)
    return (table, sel, gr.update(choices=ag["choices"], value=a), gr.update(choices=yr["choices"], value=y),
            gr.update(choices=rp["choices"], value=d), gr.update(examples=ui.examples(lang)))


def wire_library(ui: UIApp, c: SimpleNamespace) -> None:
    import gradio as gr

    filt = [c.agency, c.year, c.reports]
    lib_outputs = [c.lib_table, c.lib_select, *filt, c.chat]

    def on_upload(files, lang, a, y, d, progress=gr.Progress()):
        status = _status("upload failed", lang, lambda: ui.ingest_uploads(files, lang, progress))
        return (status, None, *_library_outputs(ui, c, lang, a, y, d))

    # one step: dropping files starts the ingest; one progress bar, on the status line
    c.upload.upload(on_upload, [c.upload, c.ui_lang, *filt], [c.lib_status, c.upload, *lib_outputs],
                    show_progress_on=[c.lib_status], **PRIVATE)

    def on_row(lang, evt: gr.EventData):
        doc = str(_evt(evt).get("doc") or "")
        return (*ui.library(lang, doc)[:2], *identity_of(doc))

    def identity_of(doc):
        r = ui.reports_map().get(doc)
        return (r.agency or "", r.region or "", str(r.year or "")) if r else ("", "", "")

    edit = [c.edit_agency, c.edit_region, c.edit_year]
    c.lib_table.click(on_row, [c.ui_lang], [c.lib_table, c.lib_select, *edit], **PRIVATE)
    c.lib_select.input(lambda lang, doc: (F.library_html(ui.index.reports, lang, doc, ui.table_facts()), *identity_of(doc)),
                       [c.ui_lang, c.lib_select], [c.lib_table, *edit], **PRIVATE)

    def on_delete(doc, lang):
        if not doc:
            return gr.update(visible=False), "", msg("no_report", lang)
        return gr.update(visible=True), F.md_escape(msg("confirm", lang, title=ui._title(doc))), ""

    c.delete_btn.click(on_delete, [c.lib_select, c.ui_lang], [c.confirm_row, c.confirm_md, c.lib_status], **PRIVATE)
    c.cancel_btn.click(lambda: gr.update(visible=False), None, c.confirm_row, **PRIVATE)

    def on_confirm(doc, lang, a, y, d):
        status = _status("delete failed", lang, lambda: ui.delete(doc, lang))
        return (gr.update(visible=False), status, *_library_outputs(ui, c, lang, a, y, d))

    c.confirm_btn.click(on_confirm, [c.lib_select, c.ui_lang, *filt], [c.confirm_row, c.lib_status, *lib_outputs], **PRIVATE)

    def on_reingest(doc, lang, a, y, d, progress=gr.Progress()):
        status = _status("re-ingest failed", lang, lambda: ui.reingest(doc, lang, progress))
        return (status, *_library_outputs(ui, c, lang, a, y, d, doc))

    c.reingest_btn.click(on_reingest, [c.lib_select, c.ui_lang, *filt], [c.lib_status, *lib_outputs],
                         show_progress_on=[c.lib_status], **PRIVATE)
    c.refresh_btn.click(lambda lang, doc, a, y, d: _library_outputs(ui, c, lang, a, y, d, doc),
                        [c.ui_lang, c.lib_select, *filt], lib_outputs, **PRIVATE)

    def on_save(doc, ag, rg, yr, lang, a, y, d):
        status = _status("identity correction failed", lang, lambda: ui.set_identity(doc, ag, rg, yr, lang))
        return (status, *_library_outputs(ui, c, lang, a, y, d, doc))

    c.save_identity.click(on_save, [c.lib_select, *edit, c.ui_lang, *filt], [c.lib_status, *lib_outputs], **PRIVATE)


def wire_figures(ui: UIApp, c: SimpleNamespace) -> None:
    import gradio as gr

    fig_filters = [c.fig_agency, c.fig_region, c.fig_year, c.fig_table, c.fig_search]

    def query_of(a, r, y, tb, s) -> dict:
        return {"agency": a or None, "region": r or None, "year": y or None, "table": tb or None, "search": s or None}

    def on_filter(a, r, y, tb, s, lang):
        # one SQL query per change (at most G.MAX_ROWS rows) + a COUNT; gr.State keeps only the filter
        query = query_of(a, r, y, tb, s)
        rows, count = ui.figure_page(query, lang)
        return gr.update(value=rows, headers=G.headers(lang)), query, count

    for comp in fig_filters:
        (comp.submit if comp is c.fig_search else comp.change)(
            on_filter, [*fig_filters, c.ui_lang], [c.fig_df, c.fig_query, c.fig_count], **PRIVATE)

    def on_pick(query, lang, evt: gr.SelectData):
        i = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        key = ui.figure_key(query, int(i or 0))
        return ui.figure_source(key, lang), key

    c.fig_df.select(on_pick, [c.fig_query, c.ui_lang], [c.fig_source, c.fig_pick], **PRIVATE)
    c.fig_csv.click(lambda *a: gr.update(value=ui.export_figures("csv", query_of(*a)), visible=True), fig_filters, c.fig_file,
                    **PRIVATE)
    c.fig_xlsx.click(lambda *a: gr.update(value=ui.export_figures("xlsx", query_of(*a)), visible=True), fig_filters, c.fig_file,
                     **PRIVATE)


def ui_log():
    import logging

    return logging.getLogger("assistant.ui")


def wire(ui: UIApp, c: SimpleNamespace, L, app) -> None:
    import gradio as gr

    wire_chat(ui, c)
    wire_library(ui, c)
    wire_figures(ui, c)

    # language toggle: every label, then everything rendered in the UI language
    def on_lang(lang, s, a, y, d, doc, fig_query, fig_pick):
        st = ui.engines()
        ups = [gr.update(**{attr: t(key, lang)}) for _comp, key, attr in L.items]
        fig_rows, fig_count = ui.figure_page(fig_query, lang)
        return (*ups, gr.update(label=c.upload_label(lang)), gr.update(choices=F.engine_choices(st, lang)),
                F.engine_status_md(st, lang), ui.chips(a, y, d, lang), ui._cards(s, lang), ui._source(s, lang),
                F.library_html(ui.index.reports, lang, doc, ui.table_facts()), gr.update(value=lang),
                gr.update(value=ui.chat_messages(s, lang), examples=ui.examples(lang), placeholder=t("examples", lang)),
                gr.update(value=fig_rows, headers=G.headers(lang)), fig_count, ui.figure_source(fig_pick, lang))

    c.ui_lang.change(on_lang, [c.ui_lang, c.sess, c.agency, c.year, c.reports, c.lib_select, c.fig_query, c.fig_pick],
                     [comp for comp, _, _ in L.items]
                     + [c.upload, c.engine, c.engine_md, c.chips, c.cards, c.viewer, c.lib_table, c.memo_lang, c.chat, c.fig_df,
                        c.fig_count, c.fig_source],
                     **PRIVATE)

    # on page load: what the store holds now, the engines' current state
    def on_load(lang):
        st = ui.engines()
        fig_rows, fig_count = ui.figure_page(None, lang)  # the store may have changed since the app was built
        return (*ui.library(lang), gr.update(choices=F.engine_choices(st, lang)), F.engine_status_md(st, lang),
                gr.update(examples=ui.examples(lang)), *(gr.update(choices=ch) for ch in ui.figure_choices()),
                gr.update(value=fig_rows, headers=G.headers(lang)), fig_count)

    app.load(on_load, [c.ui_lang], [c.lib_table, c.lib_select, c.agency, c.year, c.reports, c.engine, c.engine_md, c.chat,
                                    c.fig_agency, c.fig_region, c.fig_year, c.fig_table, c.fig_df, c.fig_count],
             show_progress="hidden", **PRIVATE)

    def ask_api(question: str) -> dict:
        """Answer a question; returns Answer.to_dict()."""
        from assistant.api import get_chain

        return get_chain(settings=ui.settings).ask(question).to_dict()

    gr.api(ask_api, api_name="ask", concurrency_limit=8)
