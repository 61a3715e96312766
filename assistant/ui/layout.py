"""The layout of the UI: one function per part of the screen, then the wiring of its events.

First screen: the question box and example questions drawn from the ingested reports; filters and
the answer engine are folded away (active filters stay visible as chips); the side panel (chart,
citation cards that scroll on their own, source viewer, memo) sits beside the chat on a desktop and
under the question box on a phone.
"""

from __future__ import annotations

from types import SimpleNamespace

from assistant.ui import format as F
from assistant.ui.app import UIApp, new_session
from assistant.ui.assets import js
from assistant.ui.source import source_placeholder
from assistant.ui.strings import t

PRIVATE = {"api_visibility": "private"}


class Labels:
    """Components whose label / value / placeholder is a UI string, re-labelled by the language toggle."""

    def __init__(self) -> None:
        self.items: list[tuple] = []

    def __call__(self, comp, key, attr="label"):
        self.items.append((comp, key, attr))
        return comp


def header(ui: UIApp, c: SimpleNamespace, L: Labels, lang0: str) -> None:
    import gradio as gr

    with gr.Row(equal_height=True, elem_id="top-row"):
        L(gr.Markdown(t("title", lang0), elem_id="app-title"), "title", "value")
        c.ui_lang = gr.Radio([("中文", "zh"), ("English", "en")], value=lang0, show_label=False, container=False,
                             elem_id="ui-lang", scale=0, min_width=200)


def chat_column(ui: UIApp, c: SimpleNamespace, L: Labels, lang0: str) -> None:
    import gradio as gr

    agencies, years, docs = ui.filter_choices()
    status = ui.engines()
    with gr.Row(elem_id="chip-row"):
        c.chips = gr.HTML(F.chips_html({}, lang0), js_on_load=js("chips"), elem_id="chips", scale=4)
        c.clear = L(gr.Button(t("clear_filters", lang0), size="sm", scale=0, min_width=100, elem_id="clear-filters"),
                    "clear_filters", "value")
    c.chat = L(gr.Chatbot(value=[], label=t("chat", lang0), elem_id="chat", show_label=False, sanitize_html=True,
                          render_markdown=True, latex_delimiters=[], feedback_options=None, buttons=["copy"],
                          examples=ui.examples(lang0), placeholder=t("examples", lang0)), "chat")
    with gr.Row(equal_height=True, elem_id="ask-row"):
        c.box = L(gr.Textbox(placeholder=t("question_ph", lang0), show_label=False, scale=6, elem_id="question",
                             max_lines=4, container=False), "question_ph", "placeholder")
        c.send = L(gr.Button(t("ask", lang0), variant="primary", scale=1, min_width=70, elem_id="ask"), "ask", "value")
        c.new_chat = L(gr.Button(t("new_chat", lang0), scale=1, min_width=70, elem_id="new-chat"), "new_chat", "value")
    with L(gr.Accordion(t("filters", lang0), open=False, elem_id="filters"), "filters"):
        with gr.Row():
            c.agency = L(gr.Dropdown(agencies, value=None, label=t("agency", lang0), elem_id="f-agency", scale=2), "agency")
            c.year = L(gr.Dropdown(years, value=None, label=t("year", lang0), elem_id="f-year", scale=1, min_width=110), "year")
            c.reports = L(gr.Dropdown(docs, value=[], multiselect=True, label=t("reports", lang0), elem_id="f-reports",
                                      scale=3), "reports")
    with L(gr.Accordion(t("engine_box", lang0), open=False, elem_id="engine-box"), "engine_box"):
        default = ui.settings.engine if status.get(ui.settings.engine, (False,))[0] else "extractive"
        with gr.Row():
            c.engine = L(gr.Radio(F.engine_choices(status, lang0), value=default, label=t("engine", lang0),
                                  elem_id="engine", scale=4), "engine")
            c.engine_refresh = L(gr.Button(t("engine_refresh", lang0), size="sm", scale=0, min_width=110,
                                           elem_id="engine-refresh"), "engine_refresh", "value")
        c.engine_md = gr.Markdown(F.engine_status_md(status, lang0), elem_id="engine-status")


def side_column(ui: UIApp, c: SimpleNamespace, L: Labels, lang0: str) -> None:
    import gradio as gr

    c.chart = L(gr.BarPlot(None, x="label", y="value", label=t("chart", lang0), elem_id="chart", visible=False,
                           height=200, sort="x", x_label_angle=0, x_title=" ", y_title=" "), "chart")
    L(gr.Markdown(t("cites", lang0), elem_classes="panel-head"), "cites", "value")
    c.cards = gr.HTML(F.cards_html([], None, lang0), js_on_load=js("cards"), elem_id="cards")
    L(gr.Markdown(t("source", lang0), elem_classes="panel-head"), "source", "value")
    c.viewer = gr.HTML(source_placeholder(lang0), js_on_load=js("source"), elem_id="source")
    with gr.Group(elem_id="memo-group"):
        with gr.Row(equal_height=True):
            c.memo_btn = L(gr.Button(t("memo_btn", lang0), variant="primary", elem_id="memo-btn", size="sm", scale=2),
                           "memo_btn", "value")
            c.memo_lang = L(gr.Radio([("中文", "zh"), ("English", "en")], value=lang0, scale=2, label=t("memo_lang", lang0),
                                     show_label=False, elem_id="memo-lang", container=False), "memo_lang")
        c.memo_box = L(gr.Textbox(label=t("memo_box", lang0), lines=3, max_lines=8, interactive=False, elem_id="memo",
                                  buttons=["copy"]), "memo_box")
    with gr.Row():
        c.export_md = L(gr.Button(t("export_md", lang0), size="sm", elem_id="export-md"), "export_md", "value")
        c.export_docx = L(gr.Button(t("export_docx", lang0), size="sm", elem_id="export-docx"), "export_docx", "value")
    c.export_file = L(gr.File(label=t("export_file", lang0), interactive=False, elem_id="export-file", visible=False),
                      "export_file")


def library_tab(ui: UIApp, c: SimpleNamespace, L: Labels, lang0: str) -> None:
    import gradio as gr

    _, _, docs = ui.filter_choices()
    L(gr.Markdown(t("lib_head", lang0)), "lib_head", "value")
    c.upload = gr.File(label=c.upload_label(lang0), file_count="multiple", type="filepath", elem_id="upload", height=110)
    c.lib_status = gr.Textbox(label="", show_label=False, interactive=False, lines=2, max_lines=12, elem_id="lib-status",
                              container=False)
    c.lib_table = gr.HTML(F.library_html(ui.index.reports, lang0, None, ui.table_facts()), js_on_load=js("library"),
                          elem_id="library")
    with gr.Row(equal_height=True):
        c.lib_select = L(gr.Dropdown(docs, value=None, label=t("lib_select", lang0), elem_id="lib-select", scale=3),
                         "lib_select")
        c.reingest_btn = L(gr.Button(t("reingest", lang0), elem_id="reingest", scale=1), "reingest", "value")
        c.delete_btn = L(gr.Button(t("delete", lang0), variant="stop", elem_id="delete", scale=1), "delete", "value")
        c.refresh_btn = L(gr.Button(t("refresh", lang0), elem_id="lib-refresh", scale=1), "refresh", "value")
    with gr.Row(visible=False, elem_id="confirm-row") as c.confirm_row:
        c.confirm_md = gr.Markdown("", elem_id="confirm-text")
        c.confirm_btn = L(gr.Button(t("confirm_delete", lang0), variant="stop", elem_id="confirm-delete", scale=0,
                                    min_width=140), "confirm_delete", "value")
        c.cancel_btn = L(gr.Button(t("cancel", lang0), elem_id="cancel-delete", scale=0, min_width=100), "cancel", "value")
    with L(gr.Accordion(t("lib_edit", lang0), open=False, elem_id="identity-edit"), "lib_edit"):
        with gr.Row(equal_height=True):
            c.edit_agency = L(gr.Textbox(label=t("edit_agency", lang0), elem_id="edit-agency", scale=3), "edit_agency")
            c.edit_region = L(gr.Textbox(label=t("edit_region", lang0), elem_id="edit-region", scale=2), "edit_region")
            c.edit_year = L(gr.Textbox(label=t("edit_year", lang0), elem_id="edit-year", scale=1, min_width=90), "edit_year")
            c.save_identity = L(gr.Button(t("save_identity", lang0), elem_id="save-identity", scale=1), "save_identity",
                                "value")


def figures_tab(ui: UIApp, c: SimpleNamespace, L: Labels, lang0: str) -> None:
    import gradio as gr

    from assistant.ui import figures as G

    # a province-wide store holds millions of facts: choices from the catalog, at most G.MAX_ROWS rows drawn
    agencies, regions, years, tables = ui.figure_choices()
    rows, count = ui.figure_page(None, lang0)
    L(gr.Markdown(t("fig_head", lang0)), "fig_head", "value")
    with gr.Row(equal_height=True):
        c.fig_agency = L(gr.Dropdown(agencies, value=None, label=t("fig_agency", lang0), elem_id="fig-agency", scale=3), "fig_agency")
        c.fig_region = L(gr.Dropdown(regions, value=None, label=t("fig_region", lang0), elem_id="fig-region", scale=2), "fig_region")
        c.fig_year = L(gr.Dropdown(years, value=None, label=t("fig_year", lang0), elem_id="fig-year", scale=1, min_width=100), "fig_year")
        c.fig_table = L(gr.Dropdown(tables, value=None, label=t("fig_table", lang0), elem_id="fig-table", scale=1, min_width=100),
                        "fig_table")
        c.fig_search = L(gr.Textbox(label=t("fig_search", lang0), elem_id="fig-search", scale=3), "fig_search")
    c.fig_count = gr.Markdown(count, elem_id="fig-count")
    c.fig_df = gr.Dataframe(rows, headers=G.headers(lang0), interactive=False, elem_id="fig-table-view",
                            max_height=420, wrap=True,
                            column_widths=["15%", "8%", "6%", "5%", "24%", "18%", "8%", "6%", "10%"])
    with gr.Row():
        c.fig_csv = L(gr.Button(t("fig_csv", lang0), size="sm", elem_id="fig-csv"), "fig_csv", "value")
        c.fig_xlsx = L(gr.Button(t("fig_xlsx", lang0), size="sm", elem_id="fig-xlsx"), "fig_xlsx", "value")
    c.fig_file = L(gr.File(label=t("fig_file", lang0), interactive=False, elem_id="fig-file", visible=False), "fig_file")
    c.fig_source = gr.HTML(G.source_hint(lang0), js_on_load=js("source"), elem_id="fig-source")
    c.fig_query = gr.State(None)  # the filter of the rows drawn ({agency, region, year, table, search}), never facts
    c.fig_pick = gr.State(None)  # the key of the picked row (ui.figure_key), or None


def build(ui: UIApp):
    """The Blocks app: layout, then events (assistant/ui/events.py)."""
    import gradio as gr

    from assistant.ui.events import wire

    lang0 = "en" if ui.settings.ui_language == "en" else "zh"
    allowed, mb = ui.allowed_suffixes(), f"{ui.settings.upload_max_mb:g}"
    c = SimpleNamespace(upload_label=lambda lang: t("upload", lang).format(suffixes=" ".join(allowed), mb=mb))
    L = Labels()
    with gr.Blocks(title="政府信息公开年报问答 · Disclosure-report QA") as app:
        c.sess = gr.State(new_session())
        header(ui, c, L, lang0)
        with gr.Tabs():
            with L(gr.Tab(t("tab_chat", lang0), id="chat", elem_id="tab-chat"), "tab_chat"):
                with gr.Row():
                    with gr.Column(scale=11, min_width=340):
                        chat_column(ui, c, L, lang0)
                    with gr.Column(scale=9, min_width=340, elem_id="side"):
                        side_column(ui, c, L, lang0)
            with L(gr.Tab(t("tab_fig", lang0), id="figures", elem_id="tab-figures"), "tab_fig"):
                figures_tab(ui, c, L, lang0)
            with L(gr.Tab(t("tab_lib", lang0), id="library", elem_id="tab-library"), "tab_lib"):
                library_tab(ui, c, L, lang0)
        wire(ui, c, L, app)
    return app
