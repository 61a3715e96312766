"""Cells of the national standard tables 二/三/四 (the public face of the table reader).

* ``assistant.core.template`` — the template as data (rows, columns, units, English labels);
* ``ingest.table_lexer`` — cells and lines of flattened tables, template-free;
* ``ingest.table_reader`` — the state machine that places cells on the template's rows and columns
  (its docstring holds the placement rules).
"""

from __future__ import annotations

from ingest.table_lexer import Cell, parse_value
from ingest.table_reader import (
    T2_COLUMNS,
    T3_COLUMNS,
    T3_LEAVES,
    T3_MID,
    T3_TOP,
    T3_TOTAL_ROW,
    T4_COLUMNS,
    TableFact,
    detect_layout,
    extract_table_facts,
    t3_row_paths,
)

__all__ = [
    "Cell", "T2_COLUMNS", "T3_COLUMNS", "T3_LEAVES", "T3_MID", "T3_TOP", "T3_TOTAL_ROW", "T4_COLUMNS", "TableFact",
    "detect_layout", "extract_table_facts", "parse_value", "t3_row_paths",
]
