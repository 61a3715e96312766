"""Consistency checks on a report's figures, as human-readable failing equations.

The national tables state their own arithmetic (../shared/DOMAIN.md):

* 表三, per column: 一 + 二 = 三(七)总计 + 四;
* 表三, per row: 总计 = the six applicant columns summed;
* 表三, per column: 三(七)总计 = the outcome rows (一)…(六) summed (their leaf rows);
* 表四: each 总计 = the four columns before it.

A failing equation usually means a typo in the published table or a table read
wrongly, so the messages name every term and its value.

Reading cells that have no fact (``ingest.tables`` gives empty cells no fact):

* an **addend** without a fact counts as 0 when the table demonstrably goes on past
  it — its row is complete (``TableFact.complete``), or the row's later columns
  have facts, or (for a row with no fact at all) a later row of the same table, or
  a later table, has facts: the cell was printed empty.  Otherwise it was cut off (truncated copy)
  and the equation is skipped; a row of a table of totals only (only its 总计 stated, not complete:
  ingest/total_only_tables.py) has no applicant cells to read;
* the **total** of an equation must be a stated cell: an empty total means "not
  filled in", not "0", and the equation is skipped (035 leaves the 总计 column of
  its outcome rows empty).

Blank cells counted as 0 are shown as "(空)" in the messages.
"""

from __future__ import annotations

from assistant.core.metrics import BY_KEY
from ingest.narrative import NarrativeFact
from assistant.core.template import TEMPLATE
from ingest.tables import T3_COLUMNS, T4_COLUMNS, TableFact, t3_row_paths

BLANK = "blank"


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


class _Grid:
    """The cells of one table, with the blank-or-cut-off reading of missing cells."""

    def __init__(self, facts: list[TableFact], rows: list[str], columns: tuple[str, ...], followed: bool = False):
        self.rows, self.columns = rows, columns
        self.followed = followed  # a later table has facts: this one was not cut off
        self.cells: dict[tuple[str, str], float] = {}
        self.complete: dict[str, bool] = {}
        for f in facts:
            self.cells.setdefault((f.row, f.column), f.value)
            self.complete[f.row] = self.complete.get(f.row, False) or f.complete

    def stated(self, row: str, col: str) -> float | None:
        return self.cells.get((row, col))

    def addend(self, row: str, col: str) -> float | str | None:
        """The value, BLANK (an empty cell: 0), or None (cut off: unknown).

        An empty cell of the 总计 column is itself an unfilled total: it reads as 0
        only when nothing in its row is non-zero."""
        if (row, col) in self.cells:
            return self.cells[(row, col)]
        got = self._missing(row, col)
        if got == BLANK and col == self.columns[-1] and any(self.cells.get((row, c)) for c in self.columns[:-1]):
            return None
        return got

    def _missing(self, row: str, col: str) -> str | None:
        row_has = [c for c in self.columns if (row, c) in self.cells]
        if row_has:
            if self.complete.get(row):
                return BLANK
            if row_has == [self.columns[-1]]:
                return None  # only the total of an incomplete row: a table of totals only (ingest/total_only_tables.py)
            last = max(self.columns.index(c) for c in row_has)
            return BLANK if self.columns.index(col) < last else None
        if row in self.rows:
            later = self.rows[self.rows.index(row) + 1 :]
            if self.followed or any((r, c) in self.cells for r in later for c in self.columns):
                return BLANK
        return None


def _term(name: str, v: float | str) -> str:
    return f"{name}(空)" if v == BLANK else f"{name}({_fmt(v)})"


def _num(v: float | str) -> float:
    return 0.0 if v == BLANK else float(v)


def _sum_off(g, total: float | None, cells: list[tuple[str, str]]) -> tuple[list, float] | None:
    """The addends of `cells` (row, column) and their sum when it differs from the stated `total`;
    None when the sum matches, or the total or an addend is unknown (cut off)."""
    if total is None:
        return None
    terms = [g.addend(row, col) for row, col in cells]
    if any(t is None for t in terms):
        return None
    s = sum(_num(t) for t in terms)
    return (terms, s) if abs(s - total) > 1e-9 else None


def _short(col: str) -> str:
    return col.split(" / ")[-1]


def _t3_checks(facts: list[TableFact]) -> list[str]:
    t3 = [f for f in facts if f.table == "三"]
    if not t3:
        return []
    seen_rows = {f.row for f in t3}
    rows = max((t3_row_paths(lay) for lay in (t3[0].layout, "2021", "2019")), key=lambda rs: len(seen_rows & set(rs)))
    g = _Grid(t3, rows, T3_COLUMNS, followed=any(f.table == "四" for f in facts))
    out: list[str] = []
    bal = _identity("balance")
    left, right = [TEMPLATE.t3_path(k) for k in bal.left], [TEMPLATE.t3_path(k) for k in bal.right]
    total_row = TEMPLATE.t3_path(bal.total_row)  # the term that must be stated
    for col in T3_COLUMNS:
        total = g.stated(total_row, col)
        lterms = [g.addend(r, col) for r in left]
        rterms = [total if r == total_row else g.addend(r, col) for r in right]
        if total is None or any(t is None for t in lterms + rterms):
            continue
        lsum, rsum = sum(_num(t) for t in lterms), sum(_num(t) for t in rterms)
        if abs(lsum - rsum) > 1e-9:
            lhs = " + ".join(_term(_key_name(k), t) for k, t in zip(bal.left, lterms))
            rhs = " + ".join(
                f"{_key_name(k)}({_fmt(t)})" if k == bal.total_row else _term(_key_name(k), t) for k, t in zip(bal.right, rterms)
            )
            out.append(f"表三 {_short(col)}列: {lhs} = {_fmt(lsum)} ≠ {rhs} = {_fmt(rsum)}")
    # 总计 = six applicant columns, per row
    total_col = _identity("applicants").total_column
    parts = [c for c in T3_COLUMNS if c != total_col]
    for row in rows:
        total = g.stated(row, total_col)
        off = _sum_off(g, total, [(row, col) for col in parts])
        if off is not None:
            terms, s = off
            shown = " + ".join(_term(_short(c), t) for c, t in zip(parts, terms))
            out.append(f"表三 {row.split(' / ')[-1]} 行: {shown} = {_fmt(s)} ≠ {total_col}({_fmt(total)})")
    # 三(七)总计 = the outcome rows, per column
    outc = _identity("outcomes")
    total_row, under = TEMPLATE.t3_path(outc.total_row), TEMPLATE.t3_path(outc.parts_under)
    outcome_rows = [r for r in rows if r.startswith(under) and r != total_row]
    # sub-rows the template does not have (a report's own extra line) still count
    outcome_rows += sorted(r for r in seen_rows - set(rows) if r.startswith(under) and r != total_row)
    for col in T3_COLUMNS:
        total = g.stated(total_row, col)
        off = _sum_off(g, total, [(r, col) for r in outcome_rows])
        if off is not None:
            terms, s = off
            stated = [f"{_label(r)}({_fmt(t)})" for r, t in zip(outcome_rows, terms) if t != BLANK and t != 0]
            out.append(
                f"表三 {_short(col)}列: (一)至(六)各项之和 = {_fmt(s)} ≠ {_key_name(outc.total_row)}({_fmt(total)})"
                + (f" [非零项: {', '.join(stated)}]" if stated else "")
            )
    return out


def _identity(name: str):
    return next(i for i in TEMPLATE.identities if i.name == name)


def _key_name(key: str) -> str:
    """A 表三 row key as the equations show it: "一", "三.七" -> "三(七)总计"."""
    top, _, child = key.partition(".")
    return top + (TEMPLATE.t3_row(key).zh if child else "")


def _label(row: str) -> str:
    """"三、本年度办理结果 / (三)不予公开 / 1.属于国家秘密" -> "(三)1"."""
    parts = row.split(" / ")[1:]
    return "".join(p.split(".")[0] if p[:1].isdigit() else p[:3] for p in parts)


def _t4_checks(facts: list[TableFact]) -> list[str]:
    t4 = [f for f in facts if f.table == "四"]
    if not t4:
        return []
    # one logical row; the row label differs by group, so key cells by column only
    cells = {f.column: f.value for f in t4}
    complete = any(f.complete for f in t4)
    last = max(T4_COLUMNS.index(c) for c in cells)
    out: list[str] = []
    n = len(TEMPLATE.t4_outcomes)
    total_name = _identity("group_total").total_column
    for g in range(len(TEMPLATE.t4_groups)):
        group_cols = T4_COLUMNS[g * n : g * n + n]
        total_col = next(c for c in group_cols if _short(c) == total_name)
        cols = [c for c in group_cols if c != total_col] + [total_col]
        total = cells.get(cols[-1])
        if total is None:
            continue
        terms: list[float | str] = []
        for c in cols[:-1]:
            if c in cells:
                terms.append(cells[c])
            elif complete or T4_COLUMNS.index(c) < last:
                terms.append(BLANK)
            else:
                break
        if len(terms) < len(cols) - 1:
            continue
        s = sum(_num(t) for t in terms)
        if abs(s - total) > 1e-9:
            group = cols[-1].rsplit(" / ", 1)[0]
            parts = " + ".join(_term(_short(c), t) for c, t in zip(cols[:-1], terms))
            out.append(f"表四 {group}: {parts} = {_fmt(s)} ≠ {total_name}({_fmt(total)})")
    return out


def check_identities(facts: list[TableFact]) -> list[str]:
    """Failing equations of 表三 and 表四 (empty list when all hold or cannot be checked)."""
    return _t3_checks(facts) + _t4_checks(facts)


# ---------------------------------------------------------------------------------------------
# narrative vs table


def table_value(facts: list[TableFact], metric: str) -> tuple[float, str, str] | None:
    """(value, unit, where) of a metric's headline table cell: the 总计 column of its 表三
    row, 行政复议 / 总计, the two 行政诉讼 总计 cells together, 本年收费金额 for fees."""
    m = BY_KEY.get(metric)
    if m is None or m.table is None:
        return None
    mine = [f for f in facts if f.metric == metric]
    if not mine:
        return None
    if metric == "lawsuits":
        totals = {f.column: f for f in mine if f.column.endswith("总计")}
        cols = [c for c in T4_COLUMNS if c.startswith("行政诉讼") and c.endswith("总计")]
        if not totals or (len(totals) < 2 and not any(f.complete for f in mine)):
            return None  # one 总计 cut off by truncation: no honest sum
        for c in cols:  # an empty 总计 reads as 0 only when its whole group is empty
            group = c.rsplit(" / ", 1)[0]
            if c not in totals and any(f.value for f in mine if f.column.startswith(group)):
                return None
        value = sum(totals[c].value if c in totals else 0.0 for c in cols)
        return value, "件", "表四 行政诉讼 两项总计之和"
    for f in mine:
        if f.column.split(" / ")[-1] == m.preferred_column:
            return f.value, f.unit, f"表{f.table} {f.row} / {f.column}"
    return None


def _to_unit(value: float, unit: str, target: str) -> float:
    if unit == target:
        return value
    if unit == "元" and target == "万元":
        return value / 10000
    if unit == "万元" and target == "元":
        return value * 10000
    return value


def check_narrative_conflicts(table_facts: list[TableFact], narrative_facts: list[NarrativeFact]) -> list[str]:
    """A figure stated in a sentence that differs from the table's figure for the same metric."""
    out: list[str] = []
    seen: set[tuple[str, float]] = set()
    for nf in narrative_facts:
        if nf.metric is None:
            continue
        tv = table_value(table_facts, nf.metric)
        if tv is None:
            continue
        value, unit, where = tv
        stated = _to_unit(nf.value, nf.unit, unit) if {nf.unit, unit} <= {"元", "万元"} else nf.value
        if abs(stated - value) < 1e-6:
            continue
        if (nf.metric, nf.value) in seen:
            continue
        seen.add((nf.metric, nf.value))
        label = BY_KEY[nf.metric].zh
        out.append(
            f"正文与表格不一致({label}): 正文“{nf.raw}” ≠ {where}({_fmt(value)}{unit}); 原句: “{nf.sentence}”"
        )
    return out


__all__ = ["check_identities", "check_narrative_conflicts", "table_value"]
