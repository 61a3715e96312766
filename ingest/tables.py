"""Cells of the national standard tables 二/三/四 (the public face of the table reader).

* ``assistant.core.template`` — the template as data (rows, columns, units, English labels);
* ``ingest.table_lexer`` — cells and lines of flattened tables, template-free;
* ``ingest.table_labels`` — the labels the reader recognises, and the report's template layout;
* ``ingest.table_reader`` — the state machine that opens the template's rows at their labels;
* ``ingest.table_placement`` — a row's values placed on the template's columns, as facts
  (its docstring holds the placement rules).
"""

from __future__ import annotations

from ingest.table_labels import T3_LEAVES, T3_MID, T3_TOP, T3_TOTAL_ROW, detect_layout, t3_row_paths
from ingest.table_lexer import Cell, parse_value
from ingest.table_placement import T2_COLUMNS, T3_COLUMNS, T4_COLUMNS, TableFact
from ingest.table_reader import extract_table_facts

__all__ = [
    "Cell", "T2_COLUMNS", "T3_COLUMNS", "T3_LEAVES", "T3_MID", "T3_TOP", "T3_TOTAL_ROW", "T4_COLUMNS", "TableFact",
    "detect_layout", "extract_table_facts", "parse_value", "t3_row_paths",
]
