"""An ask that goes on from a table row the ask before it was answered by: "…因为信息不存在而无法提供的有多少件，其中
自然人几件", "…and how many of those were from individuals".  "其中" / "of those" names an applicant type (a column of
table 三) and no row of its own, so its figure is the same row's cell in that column — not the row of all new
applications, whose 自然人 cell a search by the word alone finds first.  An ask naming a row of its own ("其中予以公开
几件", "how many of those were granted") is searched as before.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.core.types import Fact
from assistant.query import detect_metric
from assistant.shapes import asked_part, names_part


def cells_of_part_in_row(previous: Fact, ask_text: str, terms, facts_of: Callable[[list[str]], list[Fact]]) -> list[Fact]:
    """The cells of `previous`'s row (`facts_of([doc_id])`: the facts of its report) under the applicant column(s) the
    ask names (a group with no total of its own, "法人或其他组织": each of its columns, which the answer adds up);
    [] when `previous` is no table cell, the ask names a row of its own (a metric) or no applicant part."""
    if previous.kind != "table" or not previous.row or detect_metric(ask_text, fallback=False) is not None:
        return []
    part = asked_part(ask_text, [t for t in terms if any("\u4e00" <= ch <= "\u9fff" for ch in t)])
    if part is None:
        return []
    row = [g for g in facts_of([previous.doc_id]) if g.kind == "table" and g.table == previous.table and g.row == previous.row
           and g.value is not None and g.column]
    named = [g for g in row if names_part(part[1], g.column)]
    own = [g for g in named if g.column.split(" / ")[-1] in ("总计", "小计") or " / " not in g.column]
    return own[:1] or named
