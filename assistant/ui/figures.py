"""The Figures tab (extracted figures, filtered, exported) and the small chart of comparison answers.

Pure functions, no Gradio.  The tab queries the store per filter (at most MAX_ROWS rows drawn; a
province-wide store holds millions of facts); the exports stream every matching row.  The CSV is
:func:`ingest.library.write_facts_csv`, the same as ``python -m assistant facts --format csv``; the Excel
file holds the same columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from assistant.core.types import Answer, Citation, Fact, Report
from assistant.ui.memo import label_path
from assistant.ui.strings import msg, words

MAX_ROWS = 1000  # rows drawn in the table (the exports hold every matching row)
XLSX_SHEET_ROWS = 1_048_575  # an Excel sheet's rows under the header; more go on further sheets


def headers(lang: str) -> list[str]:
    w = words(lang)
    return [w["agency"], w["region"], w["year"], w["table"], w["row_h"], w["column_h"], w["value"], w["unit"], w["source_link"]]


def count_text(shown: int, total: int, lang: str) -> str:
    """The count line: "N figures", or "showing N of M — narrow the filters" when the table is capped."""
    if not total:
        return msg("no_facts", lang)
    if shown < total:
        return msg("n_facts_capped", lang, n=shown, m=total)
    return msg("n_facts", lang, n=total)


def catalog_choices(reports: list[Report], tables: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    """(agencies, regions, years, tables) of the filter dropdowns, from the report catalog (not from facts)."""
    return (sorted({r.agency for r in reports if r.agency}), sorted({r.region for r in reports if r.region}),
            [str(y) for y in sorted({r.year for r in reports if r.year}, reverse=True)], list(tables))


def source_hint(lang: str) -> str:
    from assistant.ui.format import esc

    return f'<div class="src-empty">{esc(words(lang)["pick_figure"])}</div>'


def value_text(f: Fact) -> str:
    if f.value is None:
        return f.text_value or f.raw
    return f"{f.value:g}"


def rows(facts: list[Fact], lang: str) -> list[list]:
    link = words(lang)["source_link"]
    return [[f.agency or "—", f.region or "—", f.year or "", f.table, label_path(f.row), label_path(f.column),
             value_text(f), f.unit, link] for f in facts[:MAX_ROWS]]


def as_citation(f: Fact, title: str | None = None) -> Citation:
    """A fact shown in the source viewer like a citation (its row quoted, its cell marked)."""
    return Citation(n=1, doc_id=f.doc_id, source=f.source, title=title or "", agency=f.agency, year=f.year,
                    section=f.section, quote="", start=f.quote_start, end=f.quote_end,
                    row=f.row if f.kind == "table" else None, column=f.column if f.kind == "table" else None,
                    highlight=f.raw, highlight_start=f.start, highlight_end=f.end)


def facts_xlsx(facts: Iterable[Fact], path: Path) -> Path:
    """Facts (an iterator is streamed: write-only workbook) as an Excel file, the CSV's columns."""
    from openpyxl import Workbook

    from ingest.library import FACT_CSV_COLUMNS

    wb = Workbook(write_only=True)
    ws, n = None, XLSX_SHEET_ROWS
    for f in facts:
        if n >= XLSX_SHEET_ROWS:
            ws = wb.create_sheet("facts" if ws is None else f"facts ({len(wb.worksheets) + 1})")
            ws.freeze_panes = "A2"
            ws.append(list(FACT_CSV_COLUMNS))
            n = 0
        ws.append([getattr(f, c) for c in FACT_CSV_COLUMNS])
        n += 1
    if ws is None:
        ws = wb.create_sheet("facts")
        ws.append(list(FACT_CSV_COLUMNS))
    wb.save(str(path))
    return Path(path)


# --- the chart of a comparison / trend answer ----------------------------------------------------

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def chart_points(answer: Answer) -> list[dict]:
    """One bar per report when the answer compares reports or years: the first figure the answer cites
    from each report (later ones are side remarks), {'label': '[n] agency year', 'value': float, 'n': n};
    [] when fewer than two reports are compared."""
    points, docs = [], set()
    for c in answer.citations:
        m = _NUMBER.search((c.highlight or "").replace(",", ""))
        if not m or c.doc_id in docs:
            continue
        who = " ".join(x for x in (c.agency or "", str(c.year) if c.year else "") if x)
        points.append({"label": f"[{c.n}] {who}".strip(), "value": float(m.group(0)), "n": c.n})
        docs.add(c.doc_id)
    return points if len(points) >= 2 else []


def chart_frame(answer: Answer):
    """A pandas DataFrame for gr.BarPlot, or None when the answer is not a comparison."""
    points = chart_points(answer)
    if not points:
        return None
    import pandas as pd

    return pd.DataFrame(points)
