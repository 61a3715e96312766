"""Where the values of a standard-table row go: a row the reader (``ingest.table_reader``) has read, its label
path and value cells, placed on the template's columns as facts.

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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.core.metrics import METRICS
from assistant.core.template import TEMPLATE
from ingest.table_lexer import Cell, cut_mid_number, norm, parse_value

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
# the template's columns (assistant/core/data/template.toml), in the shapes placement uses

T3_COLUMNS: tuple[str, ...] = TEMPLATE.t3_columns
T4_COLUMNS: tuple[str, ...] = TEMPLATE.t4_columns
# 表二 columns per layout and 第二十条 block
T2_COLUMNS = TEMPLATE.t2_columns
# header cell keyword -> canonical column (order matters: first hit wins)
_T2_HEADER_KEYS: tuple[tuple[str, str], ...] = tuple((k, c.zh) for c in TEMPLATE.t2_column_defs for k in c.keys)


def _map_t2_header(cell: str) -> str | None:
    t = norm(cell)
    for key, col in _T2_HEADER_KEYS:
        if key in t:
            return col
    return None


def _metric_for(table: str, label: str) -> str | None:
    """Metric whose row marker appears in the row's *own* label (the last path element):
    a sub-row such as (三)不予公开 / 1.属于国家秘密 is not the 不予公开 total."""
    for m in METRICS:
        if m.table == table and any(marker in label for marker in m.row_markers):
            return m.key
    return None


# ---------------------------------------------------------------------------------------------
# a row and its columns


@dataclass
class Row:
    """A row as the reader read it: its table, label path, value cells and where it stands in the text."""

    table: str
    labels: list[str]  # row path elements (canonical where the template has them)
    values: list[Cell] = field(default_factory=list)
    start: int = 0
    end: int = 0
    open_end: bool = False  # the row's line was cut by the end of a truncated text
    columns: tuple[str, ...] = ()
    units: dict[str, str] = field(default_factory=dict)


def columns_for(table: str, block: str, block_header: list[str], layout: str) -> tuple[tuple[str, ...], dict[str, str]]:
    """The columns (and 表二's units per column) of a row of `table`; 表二's from the 第二十条 `block` and the
    header cells read so far (`block_header`), else the template of `layout`."""
    if table == "三":
        return T3_COLUMNS, {}
    if table == "四":
        return T4_COLUMNS, {}
    if table != "二":
        return (), {}
    template = T2_COLUMNS[layout].get(block) or T2_COLUMNS["2019"].get(block, ())
    units = {c.zh: c.unit for c in TEMPLATE.t2_column_defs}
    header = [h for h in block_header if h and h != "信息内容"]
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


# ---------------------------------------------------------------------------------------------
# placing a row


def place(row: Row, layout: str, text_ends_after: bool) -> list[TableFact]:
    """The facts of `row` (see the module docstring); `text_ends_after`: nothing but blanks follows the row in
    the text (a short row there is a truncated copy's last row)."""
    if not row.labels or not row.table:
        return []
    columns, units = row.columns, row.units
    if not columns:
        return []
    values = list(row.values)
    if row.open_end and values and cut_mid_number(values[-1].text):
        values.pop()  # the last cell ran into the end of a truncated text inside its number: no figure
    while len(values) > len(columns) and values[-1].empty:
        values.pop()
    while len(values) > len(columns) and values[0].empty:
        values.pop(0)  # a markdown-style "| " opener
    if len(values) > len(columns):
        return []  # more values than the template has columns: ambiguous
    at_end = text_ends_after or row.open_end
    complete = len(values) == len(columns)
    if not complete and not at_end:
        return []  # empty cells were dropped somewhere: positions unknowable
    label = row.labels[-1]
    row_path = " / ".join(row.labels)
    facts: list[TableFact] = []
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
        facts.append(TableFact(
            table=row.table, row=row_label, column=col, value=value, unit=unit, raw=cell.text,
            span=(cell.start, cell.end), row_span=(row.start, row.end), metric=metric,
            layout=layout, complete=complete,
        ))
    return facts
