"""Cells of the national standard tables 二/三/四, read from a report's *cleaned* text.

The template (rows, columns, units) is data: ``assistant.core.template``; the cells and lines come
from ``ingest.table_lexer``; the labels recognised are ``ingest.table_labels``; where the values of a
row go is ``ingest.table_placement`` (its docstring holds the placement rules).  This module is the
reader: which label opens which row, as a state machine over the cells.

Why a template-driven reader rather than a generic table parser: the three tables
have a layout fixed by the State Council (../shared/DOMAIN.md), but they reach us
flattened in many ways, and the flattening loses the geometry a generic parser
would need:

* pipe rows, one ``<tr>`` per line, ``cell | cell |``, with header rows split over
  two or three lines, rowspan labels present only in their first row, and empty
  cells kept (HTML/DOCX: ``821 | 35 |  |  | 2``) or dropped;
* one cell per line, with or without a trailing ``|`` and blank lines between
  cells, values on their own lines;
* space-separated rows from a PDF text layer (``规章 0 0 0``);
* truncated copies, and templates pasted without their numbers.

So we recognise *labels* we know (row labels, block headers, column headers,
section headings), keep a small state (which table, which 第二十条 block, which
row group of 表三), attach the value cells that follow a row label to it, and
place them on the template's columns.  Nothing is read from prose: a number is
a fact only when it sits in a cell after a recognised row label (or, for 表四,
after the 表四 headers).

Spans are offsets in the cleaned text passed in; callers map them back with
``CleanText.to_original``.
"""

from __future__ import annotations

import re

from ingest.table_labels import (
    HEADER_WORDS,
    SEC2,
    SEC3,
    SEC4,
    SEC_END,
    T2_BLOCK,
    T2_PARENTS_WITH_CHILDREN,
    T2_ROWS,
    T3_HEADERS,
    T3_LEAF_INSIDE,
    T3_LEAF_LABEL,
    T3_LEAVES,
    T3_MID,
    T3_MID_INSIDE,
    T3_MID_LABEL,
    T3_TOP,
    T3_TOP_LABELS,
    T4_HEADERS,
    detect_layout,
    is_known_label,
)
from ingest.table_lexer import PLACEHOLDER, Cell, Line, is_prose, lines, norm, parse_value
from ingest.table_placement import Row, TableFact, columns_for, place
from ingest.total_only_tables import placed_on_total, total_only_header


class _Reader:
    """State machine over the cells of a report (see the module docstring)."""

    def __init__(self, text: str):
        self.text = text
        self.layout = detect_layout(text)
        self.table: str | None = None
        self.block: str | None = None  # 表二: 第二十条 block key ("一", "五", ...)
        self.block_header: list[str] = []
        self.in_header = False
        self.t2_parent: str | None = None
        self.t3_top: str | None = None
        self.t3_mid: str | None = None
        self.t4_ready = False  # the 表四 headers were seen: a label-less row of values is its data row
        self.pending: Row | None = None
        self.facts: list[TableFact] = []
        self.total_only = False  # a simplified 表三's header gave one total column (ingest/total_only_tables.py)

    # -- driving -------------------------------------------------------------------------

    def run(self) -> list[TableFact]:
        for line in lines(self.text, is_known_label):
            if line.positional:
                self._line_row(line)
            else:
                self._token(line.cells[0])
        self._flush()
        return self.facts

    # -- single cells (one-cell-per-line tables, headings, prose) ------------------------

    def _token(self, cell: Cell) -> None:
        t = norm(cell.text)
        if not t:
            return
        parts = cell.text.split()
        if len(parts) > 1 and norm(parts[0]) in HEADER_WORDS:
            # a space-separated header line from a PDF text layer: one header cell per word
            for m in re.finditer(r"\S+", cell.text):
                self._token(Cell(m.group(0), cell.start + m.start(), cell.start + m.end()))
            return
        if self._section(t):
            return
        if parse_value(t) is not None or PLACEHOLDER.match(t):
            self._value(cell)
            return
        self._flush()  # a label ends the row before it (and must not see the next block's header)
        if is_prose(cell.text):
            return
        path = self._label(t)
        if path:
            self.pending = self._new_row(path, cell.start, cell.end)

    def _value(self, cell: Cell) -> None:
        if self.pending is None and self.table == "四" and self.t4_ready:
            self.pending = self._new_row(["四"], cell.start, cell.end)
        if self.pending is None:
            return
        self.pending.values.append(cell)
        self.pending.end = cell.end

    # -- positional rows -----------------------------------------------------------------

    def _line_row(self, line: Line) -> None:
        cells = line.cells
        if self.table in (None, "三") and total_only_header(cells):
            self._flush()
            self.total_only = True  # "项目 |  | 总计 |": the rows below give their totals only
            return
        first = next((i for i, c in enumerate(cells) if not c.empty), len(cells))
        if first < len(cells) and parse_value(cells[first].text) is None and not PLACEHOLDER.match(norm(cells[first].text)):
            cells = cells[first:]  # empty cells before a label (repeated rowspan debris) carry nothing
        k = 0
        while k < len(cells) and cells[k].text and parse_value(cells[k].text) is None and not PLACEHOLDER.match(norm(cells[k].text)):
            k += 1
        labels, values = cells[:k], cells[k:]
        if not labels:
            # a values-only line: continues a label given on its own line, or is the 表四 row
            if self.pending is not None and not self.pending.values:
                row = self.pending
                self.pending = None
                row.values, row.end, row.open_end = values, line.end, line.open_end
                self._emit(row)
            elif self.table == "四" and self.t4_ready:
                self._flush()
                row = self._new_row(["四"], line.start, line.end)
                row.values, row.open_end = values, line.open_end
                self._emit(row)
            return
        self._flush()
        path: list[str] | None = []
        for c in labels:
            t = norm(c.text)
            if self._section(t):
                return
            got = self._label(t)
            if got is None:
                if self.table == "四" and self.t4_ready and values:
                    got = ["四"]
                else:
                    return
            if got:
                path = got
        if path and values:
            row = self._new_row(path, line.start, line.end)
            row.values, row.open_end = values, line.open_end
            self._emit(row)
        elif path:
            self.pending = self._new_row(path, line.start, line.end)  # values may follow on the next line

    # -- classification ------------------------------------------------------------------

    def _section(self, t: str) -> bool:
        """Section headings switch tables; 五、… ends them."""
        if SEC2.match(t):
            self._switch("二")
        elif SEC3.match(t):
            self._switch("三")
        elif SEC4.match(t):
            self._switch("四")
        elif SEC_END.match(t):
            self._switch(None)
        else:
            return False
        return True

    def _switch(self, table: str | None) -> None:
        self._flush()
        if table != "三":
            self.total_only = False
        self.table = table
        self.block, self.block_header, self.in_header, self.t2_parent = None, [], False, None
        self.t3_top = self.t3_mid = None
        self.t4_ready = False

    def _label(self, t: str) -> list[str] | None:
        """The row path a label cell opens, [] for a header/structure cell that opens no
        row, None for text that is not part of a table here."""
        m = T2_BLOCK.match(t)
        if m:
            if self.table != "二":
                self._switch("二")
            self.block, self.block_header, self.in_header, self.t2_parent = m.group(1), [], True, None
            return []
        if "勾稽关系" in t or (self.table in (None, "二") and T3_TOP_LABELS[0][0].match(t)):
            if self.table != "三":
                self._switch("三")
            if "勾稽关系" in t:
                return []
        if self.table == "二":
            return self._t2_label(t)
        if self.table == "三":
            if t == "行政复议":
                self._switch("四")
                self.t4_ready = True
                return []
            return self._t3_label(t)
        if self.table == "四":
            if t in T4_HEADERS:
                self.t4_ready = True
                return []
            return None
        return None

    def _t2_label(self, t: str) -> list[str] | None:
        block_key = T2_ROWS.get(t)
        if block_key is not None:
            if self.block != block_key:
                if self.block is not None and not self.in_header:
                    self.block_header = []
                self.block = block_key
            self.in_header = False
            self.t2_parent = t
            return [f"第二十条第({block_key})项", t]
        if t == "信息内容" or self.in_header:
            self.in_header = True
            self.block_header.append(t)
            return []
        if self.t2_parent in T2_PARENTS_WITH_CHILDREN and len(t) <= 20:
            return [f"第二十条第({self.block})项", self.t2_parent, t]
        return None

    def _t3_label(self, t: str) -> list[str] | None:
        for rx, key in T3_TOP_LABELS:
            if rx.match(t):
                self.t3_top, self.t3_mid = key, None
                inner = T3_MID_INSIDE.search(t) if key == "三" else None
                if inner:  # "三、本年度办理结果(一)予以公开" in one cell
                    return self._t3_label(t[inner.start() :])
                return [T3_TOP[key]]
        m = T3_MID_LABEL.match(t)
        if m:
            self.t3_top, self.t3_mid = "三", m.group(1)
            inner = T3_LEAF_INSIDE.search(t, m.end())
            if inner and m.group(1) in T3_LEAVES:  # "(三)不予公开1.属于国家秘密" in one cell
                return self._t3_label(t[inner.start() :])
            return [T3_TOP["三"], T3_MID[m.group(1)]]
        m = T3_LEAF_LABEL.match(t)
        if m and self.t3_top == "三" and self.t3_mid in T3_LEAVES:
            leaves = T3_LEAVES[self.t3_mid]
            n = int(m.group(1))
            leaf = leaves[n - 1] if n <= len(leaves) else f"{n}.{m.group(2)}"
            return [T3_TOP["三"], T3_MID[self.t3_mid], leaf]
        if t in T3_HEADERS:
            return []
        return None

    # -- emitting ------------------------------------------------------------------------

    def _flush(self) -> None:
        row, self.pending = self.pending, None
        if row is not None and row.values:
            row.open_end = False
            self._emit(row)

    def _new_row(self, path: list[str], start: int, end: int) -> Row:
        """A row opened by a label; its columns are fixed now, from the block and header seen so far."""
        row = Row(self.table or "", path, start=start, end=end)
        row.columns, row.units = columns_for(row.table, self.block or "", self.block_header, self.layout)
        return row

    def _emit(self, row: Row) -> None:
        at_end = not self.text[row.end :].strip()
        total = placed_on_total(row, self.layout, at_end) if self.total_only else None
        self.facts += total if total is not None else place(row, self.layout, text_ends_after=at_end)


def extract_table_facts(text: str) -> list[TableFact]:
    """Every value cell of the standard tables 二/三/四 in a report's cleaned text.

    Empty cells, label-only templates and prose give no facts; see ``ingest.table_placement``
    for how cells are placed on columns.
    """
    return _Reader(text).run()
