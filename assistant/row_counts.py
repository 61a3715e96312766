"""The count of a table row whose 总计 cell the report left blank, and the child rows of an outcome by reason.

Many copies of the applications table (table 三) fill only the applicant cells of a row ("3 | 1 |  |  |  |  |  |"):
the row's count is then the sum of its stated cells (the figure the report's own prose gives for the outcome, "不予公开
35件", adds up from them).  A breakdown of an outcome by reason ("不予公开的那35件按理由分别多少", "the withheld ones, by
reason") is its child rows, each counted so — never the first applicant's cell, nor the outcomes beside it.
"""

from __future__ import annotations

from assistant.core.metrics import BY_KEY
from assistant.core.types import Fact
from assistant.part_sums import sums_to

_TOTAL = "总计"


def row_count(cells: list[Fact]) -> Fact | None:
    """The count of one row from its stated cells: its 总计 cell when stated, else a figure of the sum of the others
    (cited as the row: the first cell's fact with the summed value and no column); None when nothing is stated."""
    stated = [g for g in cells if g.value is not None and g.kind == "table"]
    if not stated:
        return None
    total = [g for g in stated if g.column.split(" / ")[-1] == _TOTAL and " / " not in g.column]
    if total:
        return total[0]
    if len(stated) == 1:
        return stated[0].model_copy(update={"column": ""})
    first = stated[0]
    return first.model_copy(update={"column": "", "value": sum(g.value or 0 for g in stated)})


def child_row_counts(table: list[Fact], parent_row: str) -> list[Fact]:
    """The count of each child row of `parent_row` (one level below it) in the cells `table` of one table, in the
    report's order, rows stating nothing left out (a blank row counts nothing the report states)."""
    depth = parent_row.count(" / ") + 1
    rows: dict[str, list[Fact]] = {}
    for g in sorted(table, key=lambda g: g.start):
        if g.kind == "table" and g.row.startswith(parent_row + " / ") and g.row.count(" / ") == depth:
            rows.setdefault(g.row, []).append(g)
    return [c for cells in rows.values() if (c := row_count(cells)) is not None]


def outcome_rows_by_reason(total: Fact, mine: list[Fact]) -> list[Fact]:
    """The reasons an outcome stated in prose breaks down into ("不予公开35件" -> the rows under "(三)不予公开" of the
    same report's table), each counted by its 总计 or the sum of its cells, when they add up to the prose figure;
    [] when the figure is of no outcome of a table, the table has no child rows under it, or they add up to another
    figure (another year's table, a copy cut short)."""
    m = BY_KEY.get(total.metric or "")
    if total.table != "narrative" or total.value is None or m is None or not m.table or not m.row_markers:
        return []
    cells = [g for g in mine if g.kind == "table" and g.table == m.table]
    parents = {g.row.rsplit(" / ", 1)[0] for g in cells if " / " in g.row}
    owned = sorted((p for p in parents if any(k in p.split(" / ")[-1] for k in m.row_markers)), key=len)
    for parent in owned:
        children = child_row_counts(cells, parent)
        if len(children) >= 2 and sums_to(sum(g.value or 0 for g in children), total.value):
            return children
    return []


def summed_cells(count: Fact, mine: list[Fact]) -> list[Fact]:
    """The cells a row count of :func:`row_count` sums (its row's stated cells, of a row with no stated 总计), so
    that the answer writes the sum out ("10 + 2 = 12"); [] for a count the report states itself."""
    if count.kind != "table" or count.column or count.value is None:
        return []
    cells = [g for g in mine if g.kind == "table" and g.table == count.table and g.row == count.row]
    if any(g.column.split(" / ")[-1] == _TOTAL and g.value is not None for g in cells):
        return []
    stated = sorted((g for g in cells if g.value is not None), key=lambda g: g.start)
    if len(stated) < 2 or abs(sum(g.value or 0 for g in stated) - count.value) > 1e-9:
        return []
    return stated
