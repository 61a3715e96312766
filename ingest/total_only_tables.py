"""A simplified 表三 that gives each row's total only: a header line of one label cell and one value column named
总计/合计/数量 (template.toml [table3] total_only_headers; blank columns aside, "项目 |  | 总计 |"), then the
template's rows each with a single value ("一、本年新收政府信息公开申请数量 |  | 4 |").  Without this the reader sees
a row with fewer cells than the template's seven columns, whose positions are unknowable, and reads nothing.

Used by ``ingest.table_reader``: the header line sets the reader's state, and a row of 表三 under it with exactly
one non-empty value cell is placed on the 总计 column (a row with several values is placed as any other).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.core.template import TEMPLATE
from ingest.table_lexer import PLACEHOLDER, Cell, norm, parse_value
from ingest.table_placement import Row, TableFact, place

TOTAL_COLUMN = "总计"
_UNIT_AFTER = re.compile(r"[(（][^)）]*[)）]$")


def total_only_header(cells: list[Cell]) -> bool:
    """A header line of one label cell and one total column, blank cells aside ("项目 |  | 总计 |",
    "项目 | 数量(件) |")."""
    texts = [norm(c.text) for c in cells if not c.empty]
    if len(texts) != 2 or any(parse_value(t) is not None or PLACEHOLDER.match(t) for t in texts):
        return False
    return _UNIT_AFTER.sub("", texts[1]) in TEMPLATE.t3_total_only


def placed_on_total(row: Row, layout: str, text_ends_after: bool) -> list[TableFact] | None:
    """The fact of `row` of 表三 under a total-only header: its one non-empty value cell on the 总计 column, not
    complete (the row has no applicant cells: ingest/checks.py reads them as unknown, not blank); None when the row
    has no value or several (placed as any other row)."""
    values = [c for c in row.values if not c.empty]
    if row.table != "三" or len(values) != 1:
        return None
    row.values, row.columns, row.units = values, (TOTAL_COLUMN,), {}
    return [replace(f, complete=False) for f in place(row, layout, text_ends_after)]
