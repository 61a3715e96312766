"""Cells of the national standard tables 二/三/四, read from a report's *cleaned* text.

The template (rows, columns, units) is data: ``assistant.core.template``; the cells and lines come
from ``ingest.table_lexer``.  This module is the reader: which label opens which row, and where
the values of a row go.

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

Placement rules (the decisions worth knowing):

* A row whose cells are positional (a pipe/PDF line) with exactly the template's
  number of value cells maps one to one; extra *trailing* empty cells are layout
  debris and are dropped.
* An **empty cell produces no fact**.  It is not a zero claimed by the report;
  identity checks may still read it as 0 (see ``ingest.checks``), which is why
  every fact carries ``complete`` (its row had a cell for every column).
* A row with *fewer* value cells than columns is placed left to right only when
  it is the last thing in the text (a truncated copy: cells are lost from the
  end).  Anywhere else the short row means empty cells were dropped, the
  positions are unknowable, and the row yields nothing.  This is also why a
  label-only template with a stray value (corpus 011: ``规章`` then ``0``) gives
  no facts rather than a guessed column.
* A cell cut by the end of a truncated text (a pipe row without its closing
  ``|``) is kept when it reads as a whole number ("180774.8": staff would rather
  have the figure with a warning that the copy ends there, which the answer
  gives); it is dropped when its text shows the cut ("180774.", "1,80":
  ``table_lexer.cut_mid_number``).
* Rows with *more* non-empty values than columns are ambiguous and yield nothing.
* 表二 columns come from the block's own header row when every header cell is
  recognised, else from the template of the detected layout ("2019" for the
  2019-2020 template, "2021" after).  表三 has the seven applicant columns and 表四
  the fifteen, in template order, in both layouts.
* Units: 件 for counts; 万元 for 本年收费金额; for 采购总金额 the cell's own 元/万元,
  else the header's "(万元)", else "" (the template does not say).

Spans are offsets in the cleaned text passed in; callers map them back with
``CleanText.to_original``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.core.metrics import METRICS
from assistant.core.template import TEMPLATE
from ingest.table_lexer import PLACEHOLDER, Cell, Line, cut_mid_number, is_prose, lines, norm, parse_value

# ---------------------------------------------------------------------------------------------
# the fact


@dataclass
class TableFact:
    table: str  # "二" | "三" | "四"
    row: str  # row path, e.g. "三、本年度办理结果 / (三)不予公开 / 1.属于国家秘密"
    column: str  # column path, e.g. "总计", "法人或其他组织 / 商业企业", "行政复议 / 结果维持"
    value: float
    unit: str  # "件", "万元", "元", or "" when the report does not say (采购总金额 without a unit)
    raw: str  # the cell text as it appears
    span: tuple[int, int]  # the cell's offsets in the cleaned text
    row_span: tuple[int, int]  # the whole row's offsets (what gets quoted)
    metric: str | None  # assistant.core.metrics key, matched by table + row_markers on the row's own label
    # (表四: on 行政复议 / 行政诉讼; "fees" only on the 2021 本年收费金额 column, an amount)
    layout: str  # "2021" or "2019" (the 2019-2020 template)
    complete: bool = True  # the row had a cell (possibly empty) for every column; False when cut off


# ---------------------------------------------------------------------------------------------
# the national template (assistant/core/data/template.toml), in the shapes the reader uses

T3_COLUMNS: tuple[str, ...] = TEMPLATE.t3_columns
T4_COLUMNS: tuple[str, ...] = TEMPLATE.t4_columns
# 表二 columns per layout and 第二十条 block
T2_COLUMNS = TEMPLATE.t2_columns
# header cell keyword -> canonical column (order matters: first hit wins)
_T2_HEADER_KEYS: tuple[tuple[str, str], ...] = tuple((k, c.zh) for c in TEMPLATE.t2_column_defs for k in c.keys)
# 表二 row labels (whitespace removed) -> block they belong to
_T2_ROWS = TEMPLATE.t2_row_blocks
_T2_PARENTS_WITH_CHILDREN = TEMPLATE.t2_open_rows  # e.g. / 行政检查, / 行政确认 (corpus 008)

T3_TOP: dict[str, str] = {r.key: r.zh for r in TEMPLATE.t3_rows}
T3_MID: dict[str, str] = {r.key: r.zh for r in TEMPLATE.t3_row("三").children}
# leaves per mid row, in the layouts that have them (the 2021 layout has the most)
T3_LEAVES: dict[str, tuple[str, ...]] = {r.key: tuple(c.zh for c in r.children) for r in TEMPLATE.t3_row("三").children if r.children}


def t3_row_paths(layout: str = "2021") -> list[str]:
    """Every data row of 表三 in template order (used by the identity checks)."""
    return TEMPLATE.t3_row_paths(layout)


T3_TOTAL_ROW = TEMPLATE.t3_path("三.七")

# ---------------------------------------------------------------------------------------------
# recognising labels

_CN = "一二三四五六七八九十"
_SEC2 = re.compile(r"^二、.{0,8}主动公开")
_SEC3 = re.compile(r"^三、.{0,8}(?:收到和处理|依申请)")
_SEC4 = re.compile(r"^四、.*(?:行政复议|行政诉讼)")
_SEC_END = re.compile(r"^[五六七八九十]、")
_T2_BLOCK = re.compile(rf"^第二十条第?\(([{_CN}]+)\)项")
_T3_TOP = tuple(
    # "本年度办理结果" / "本年办理结果", "结转下年度" / "结转下年": the 度 is optional in reports
    (re.compile("^" + r.key + "、" + re.escape(r.prefix).replace("年度", "年度?")), r.key) for r in TEMPLATE.t3_rows
)
_MID_WORDS = "|".join(re.escape(r.zh.split(")", 1)[1]) for r in TEMPLATE.t3_row("三").children)
_MID_KEYS = "".join(r.key for r in TEMPLATE.t3_row("三").children)
_T3_MID = re.compile(rf"^\(([{_MID_KEYS}])\)(?:{_MID_WORDS})")
_T3_LEAF = re.compile(r"^([1-9])[.、](\S{2,})")
_T3_MID_INSIDE = re.compile(rf"\([{_MID_KEYS}]\)(?:{_MID_WORDS})")
_T3_LEAF_INSIDE = re.compile(r"(?<![\d.])1[.、](?=\S{2})")
_T3_HEADERS = TEMPLATE.t3_headers
_T4_HEADERS = TEMPLATE.t4_headers
_HEADER_WORDS = {"信息内容"} | _T3_HEADERS | _T4_HEADERS


def detect_layout(text: str) -> str:
    """"2021" or "2019" from the 表二 headers (and 表三's 2021-only rows); default "2021".

    The 2019-2020 template says 本年新制作数量 / 上一年项目数量 / 采购项目数量, the
    2021 one 本年制发件数 / 本年处理决定数量 / 本年收费金额.  Tables 三 and 四 have the
    same columns in both, so the default only matters for 表三's (六) sub-rows.
    """
    t = norm(text)
    new = len(_LAYOUT_WORDS["2021"].findall(t))
    old = len(_LAYOUT_WORDS["2019"].findall(t))
    return "2019" if old > new else "2021"


def _layout_words() -> dict[str, re.Pattern[str]]:
    """Column names only one layout has (a 2019 name also inside a 2021 one, 处理决定数量, is no
    signal), 2019 names also without their 本年 (reports shorten them), plus the template's extra
    signals (表三's 2021-only sub-rows)."""
    cols = {lay: {c for cs in TEMPLATE.t2_columns[lay].values() for c in cs} for lay in ("2019", "2021")}
    new = sorted(cols["2021"] - cols["2019"])
    old = [c.removeprefix("本年") for c in sorted(cols["2019"] - cols["2021"]) if not any(c in n for n in new)]
    words = {"2021": new + list(TEMPLATE.layout_signals.get("2021", ())), "2019": old + list(TEMPLATE.layout_signals.get("2019", ()))}
    return {lay: re.compile("|".join(re.escape(w) for w in ws)) for lay, ws in words.items()}


_LAYOUT_WORDS = _layout_words()


def _metric_for(table: str, label: str) -> str | None:
    """Metric whose row marker appears in the row's *own* label (the last path element):
    a sub-row such as (三)不予公开 / 1.属于国家秘密 is not the 不予公开 total."""
    for m in METRICS:
        if m.table == table and any(marker in label for marker in m.row_markers):
            return m.key
    return None


def _is_known_label(part: str) -> bool:
    t = norm(part)
    return (
        t in _T2_ROWS
        or bool(_T3_MID.match(t) or _T3_LEAF.match(t) or any(rx.match(t) for rx, _ in _T3_TOP))
    )


# ---------------------------------------------------------------------------------------------
# the reader


@dataclass
class _Row:
    table: str
    labels: list[str]  # row path elements (canonical where the template has them)
    values: list[Cell] = field(default_factory=list)
    start: int = 0
    end: int = 0
    open_end: bool = False
    columns: tuple[str, ...] = ()
    units: dict[str, str] = field(default_factory=dict)


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
        self.pending: _Row | None = None
        self.facts: list[TableFact] = []

    # -- driving -------------------------------------------------------------------------

    def run(self) -> list[TableFact]:
        for line in lines(self.text, _is_known_label):
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
        if len(parts) > 1 and norm(parts[0]) in _HEADER_WORDS:
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
        if _SEC2.match(t):
            self._switch("二")
        elif _SEC3.match(t):
            self._switch("三")
        elif _SEC4.match(t):
            self._switch("四")
        elif _SEC_END.match(t):
            self._switch(None)
        else:
            return False
        return True

    def _switch(self, table: str | None) -> None:
        self._flush()
        self.table = table
        self.block, self.block_header, self.in_header, self.t2_parent = None, [], False, None
        self.t3_top = self.t3_mid = None
        self.t4_ready = False

    def _label(self, t: str) -> list[str] | None:
        """The row path a label cell opens, [] for a header/structure cell that opens no
        row, None for text that is not part of a table here."""
        m = _T2_BLOCK.match(t)
        if m:
            if self.table != "二":
                self._switch("二")
            self.block, self.block_header, self.in_header, self.t2_parent = m.group(1), [], True, None
            return []
        if "勾稽关系" in t or (self.table in (None, "二") and _T3_TOP[0][0].match(t)):
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
            if t in _T4_HEADERS:
                self.t4_ready = True
                return []
            return None
        return None

    def _t2_label(self, t: str) -> list[str] | None:
        block_key = _T2_ROWS.get(t)
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
        if self.t2_parent in _T2_PARENTS_WITH_CHILDREN and len(t) <= 20:
            return [f"第二十条第({self.block})项", self.t2_parent, t]
        return None

    def _t3_label(self, t: str) -> list[str] | None:
        for rx, key in _T3_TOP:
            if rx.match(t):
                self.t3_top, self.t3_mid = key, None
                inner = _T3_MID_INSIDE.search(t) if key == "三" else None
                if inner:  # "三、本年度办理结果(一)予以公开" in one cell
                    return self._t3_label(t[inner.start() :])
                return [T3_TOP[key]]
        m = _T3_MID.match(t)
        if m:
            self.t3_top, self.t3_mid = "三", m.group(1)
            inner = _T3_LEAF_INSIDE.search(t, m.end())
            if inner and m.group(1) in T3_LEAVES:  # "(三)不予公开1.属于国家秘密" in one cell
                return self._t3_label(t[inner.start() :])
            return [T3_TOP["三"], T3_MID[m.group(1)]]
        m = _T3_LEAF.match(t)
        if m and self.t3_top == "三" and self.t3_mid in T3_LEAVES:
            leaves = T3_LEAVES[self.t3_mid]
            n = int(m.group(1))
            leaf = leaves[n - 1] if n <= len(leaves) else f"{n}.{m.group(2)}"
            return [T3_TOP["三"], T3_MID[self.t3_mid], leaf]
        if t in _T3_HEADERS:
            return []
        return None

    # -- emitting ------------------------------------------------------------------------

    def _flush(self) -> None:
        row, self.pending = self.pending, None
        if row is not None and row.values:
            row.open_end = False
            self._emit(row)

    def _new_row(self, path: list[str], start: int, end: int) -> _Row:
        """A row opened by a label; its columns are fixed now, from the block and header seen so far."""
        row = _Row(self.table or "", path, start=start, end=end)
        row.columns, row.units = self._columns(row.table)
        return row

    def _columns(self, table: str) -> tuple[tuple[str, ...], dict[str, str]]:
        if table == "三":
            return T3_COLUMNS, {}
        if table == "四":
            return T4_COLUMNS, {}
        if table != "二":
            return (), {}
        block = self.block or ""
        template = T2_COLUMNS[self.layout].get(block) or T2_COLUMNS["2019"].get(block, ())
        units = {c.zh: c.unit for c in TEMPLATE.t2_column_defs}
        header = [h for h in self.block_header if h and h != "信息内容"]
        mapped = [_map_t2_header(h) for h in header]
        if header and all(mapped) and len(set(mapped)) == len(mapped):
            template = tuple(mapped)  # the report's own header beats the template
        joined = "".join(header)
        for col in (c for c, u in units.items() if not u and c in joined):
            # a column the template gives no unit (an amount): the header may state it, "(单位:万元)"
            m = re.search(rf"{re.escape(col)}\(?(?:单位:)?(万元|元)", joined)
            if m:
                units[col] = m.group(1)
        return template, units

    def _emit(self, row: _Row) -> None:
        if not row.labels or not row.table:
            return
        columns, units = row.columns, row.units
        if not columns:
            return
        values = list(row.values)
        if row.open_end and values and cut_mid_number(values[-1].text):
            values.pop()  # the last cell ran into the end of a truncated text inside its number: no figure
        while len(values) > len(columns) and values[-1].empty:
            values.pop()
        while len(values) > len(columns) and values[0].empty:
            values.pop(0)  # a markdown-style "| " opener
        if len(values) > len(columns):
            return  # more values than the template has columns: ambiguous
        at_end = not self.text[row.end :].strip() or row.open_end
        complete = len(values) == len(columns)
        if not complete and not at_end:
            return  # empty cells were dropped somewhere: positions unknowable
        label = row.labels[-1]
        row_path = " / ".join(row.labels)
        for col, cell in zip(columns, values):
            parsed = parse_value(cell.text) if not cell.empty else None
            if parsed is None:
                continue
            value, own_unit = parsed
            if row.table == "二":
                unit = own_unit if own_unit in ("元", "万元") else units.get(col, "件")
            else:
                unit = "件"
            # 表四 is one row of numbers: its row is the group of the column (行政复议 / 行政诉讼)
            row_label = col.split(" / ")[0] if row.table == "四" else row_path
            metric = _metric_for(row.table, row_label if row.table == "四" else label)
            if metric == "fees" and col != "本年收费金额":
                metric = None  # the 2019 template's 收费 columns count fee items, not the amount collected
            self.facts.append(TableFact(
                table=row.table, row=row_label, column=col, value=value, unit=unit, raw=cell.text,
                span=(cell.start, cell.end), row_span=(row.start, row.end), metric=metric,
                layout=self.layout, complete=complete,
            ))


def _map_t2_header(cell: str) -> str | None:
    t = norm(cell)
    for key, col in _T2_HEADER_KEYS:
        if key in t:
            return col
    return None


def extract_table_facts(text: str) -> list[TableFact]:
    """Every value cell of the standard tables 二/三/四 in a report's cleaned text.

    Empty cells, label-only templates and prose give no facts; see the module
    docstring for how cells are placed on columns.
    """
    return _Reader(text).run()
