"""A count of a website's columns answers no ask counting items.

"政务和政府信息通过“机构概况”、“人事信息”、“公示公告”等13个子栏目发布", "设有…等6个二级栏目": the figure counts the columns
that carry items, not the items; "how many personnel notices did it post" or "发布了多少条" is not answered by it, and
with nothing else stated the answer says the report does not state it (assistant/not_stated_checks.py "columns for
items").  An ask naming columns ("有几个栏目") is judged as before.
Data: core/data/not_stated.toml [patterns] column_noun, column_ask, column_unit; items_count_ask (answer_types.py).
"""

from __future__ import annotations

from assistant.answer_types import counts_items
from assistant.core.not_stated import NOT_STATED

_P = NOT_STATED.patterns


def columns_for_items(ask_text: str, own_words: str, unit: str | None) -> bool:
    """`ask_text` counts items and names no column, and the figure (in `unit`, its own words `own_words`) counts
    columns: a unit of 个, and a column's noun in its words."""
    low = ask_text.lower()
    return (bool(_P["column_unit"].match((unit or "").strip())) and bool(_P["column_noun"].search(own_words))
            and counts_items(low) and not _P["column_ask"].search(low))
