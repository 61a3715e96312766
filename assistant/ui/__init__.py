"""The Gradio UI: a chat staff can work in all day.

* **问答 Ask** — the first screen is the question box with example questions drawn from the ingested
  reports; the answer streams in (its headings and notes in the question's language), its ``[n]``
  markers open card n; a side panel with a chart for comparisons, the citation cards (a box that
  scrolls on its own; a table citation as a small grid with its column headers, the cited cell marked;
  the cleaned quote first, the original one click away), the source viewer (the section, its tables
  drawn as tables), "copy for memo", export (Markdown, .docx).  Filters and the answer engine are folded
  away; active filters stay visible as chips.
* **数据 Figures** — every extracted figure, filtered, opened at its source, exported as CSV / Excel.
* **报告库 Library** — every ingested report; dropping files ingests them (one progress bar); delete,
  re-ingest, correct agency / region / year (the write side is :mod:`ingest.library`).

Modules: ``layout`` (what is where), ``events`` (what runs on which click), ``app`` (the handlers),
``format`` / ``source`` / ``memo`` / ``figures`` (pure HTML, Markdown and export pieces),
``strings`` (every word, per language, from ``strings.*.toml``), ``assets`` (``static/*.css|js``),
``server`` (launch).  Report text is untrusted and always escaped.  Bound to 127.0.0.1 unless told
otherwise.
"""

from assistant.ui.format import citation_label, render_answer  # noqa: F401
from assistant.ui.server import build_app, load_credentials, serve  # noqa: F401
from assistant.ui.source import source_view  # noqa: F401
from ingest.library import safe_name  # noqa: F401


def __getattr__(name):  # UIApp pulls in the answer chain: imported on first use
    if name in ("UIApp", "new_session"):
        from assistant.ui import app

        return getattr(app, name)
    raise AttributeError(name)
