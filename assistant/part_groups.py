"""The label of a part (a table cell shown under its total, or said among the outcomes of 0) names its column group
when the parts shown come from several groups of one row: the lawsuits of table 四 are counted in two groups
(未经复议直接起诉 / 复议后起诉), each with the same outcome columns, so "结果维持：1件" and "结果维持：2件" side by side
say nothing of which lawsuits each counts — "未经复议直接起诉 / 结果维持" does.  A part of a row with one group (行政复议)
keeps its column alone; a part of another row is labelled by its row."""

from __future__ import annotations

from assistant.core.template import TEMPLATE
from assistant.core.types import Fact
from assistant.labels import strip_enumerator
from assistant.writeup import row_label


def _group(f: Fact) -> str | None:
    cols = f.column.split(" / ")
    return strip_enumerator(cols[-2]) if len(cols) >= 3 else None


def part_label(parents: list[Fact], g: Fact, language: str) -> str:
    """A sub-figure's own part of its label: the column when the parent's row is shared (with its group when the
    figures of that row beside it, `parents`, are of several groups), else the row."""
    if not any(p.row == g.row for p in parents):
        part = [row_label(g.row)]
    else:
        groups = {_group(p) for p in (*parents, g) if p.row == g.row} - {None}
        last = strip_enumerator(g.column.split(" / ")[-1])
        part = [_group(g), last] if len(groups) > 1 and _group(g) else [last]
    return " / ".join((TEMPLATE.en(x) or x) if language == "en" else x for x in part)
