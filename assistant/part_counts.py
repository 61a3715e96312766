"""The count of the parts an ask names answers no ask of a figure for each of them.

"How many of its items went under the A, B and C columns respectively?", "A、B、C栏目分别发布了多少条": a report that
writes "下设A、B、C等3个子栏目" states how many parts there are, not what went under each; the 3 would be a figure of
something else.  A figure counts the members of the list before it when that list (items joined by 、, closed by
等/共) has as many items as the figure and the figure counts parts (个, 类, 项 …), not items or requests (条, 件).
Such a figure answers no ask that wants a figure per part (分别, 各多少, respectively, each) and names a listed part,
nor an ask counting the items that went under one listed part ("财务公开栏目里发布了多少条信息": items, not parts);
an ask of how many parts there are ("how many sub-columns does it have") is still answered by it.  The words are
data (core/data/not_stated.toml [patterns] per_part_ask, counted_list_close, part_units)."""

from __future__ import annotations

import re

from assistant.answer_types import counts_items
from assistant.core.not_stated import NOT_STATED
from assistant.lumped_items import list_items, named_items

_PER_PART = NOT_STATED.patterns["per_part_ask"]
_CLOSE = NOT_STATED.patterns["counted_list_close"]
_PART_UNIT = NOT_STATED.patterns["part_units"]
_UNITS = _PART_UNIT.pattern.strip("^$")
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# (a list runs back to the clause's start: no punctuation nor space inside it)
_CLAUSE_START = re.compile(r".*[，,。；;:：!！?？\s]")


def _listed(before: str) -> list[str]:
    """The items of the list that `before` (words up to its closing 等) ends with; [] when fewer than two."""
    segment = _CLAUSE_START.sub("", before)
    items = [x for x in list_items(segment) if x]
    return items if len(items) >= 2 and "、" in segment else []


def _count(n: str) -> int | None:
    return int(n) if n.isdigit() else _ZH_DIGITS.get(n)


def counted_lists(own_words: str, value: float | None = None, unit: str = "") -> list[list[str]]:
    """The lists of parts whose number `own_words` state ("A、B、C等3个子栏目": the figure `value`, when given), or, for a
    figure whose label leaves its number out ("A、B、C等子栏目", value 3, unit 个), the lists its value counts."""
    found = []
    for m in re.finditer(rf"(?:{_CLOSE.pattern})?\s*(\d+|[一二两三四五六七八九十])\s*(?:{_UNITS})", own_words):
        items = _listed(own_words[: m.start()])
        if items and _count(m.group(1)) == len(items) and value in (None, len(items)):
            found.append(items)  # (a figure of its own must be that number: not "…等3个栏目,发布信息20条"'s 20)
    if value is not None and _PART_UNIT.search(unit or ""):
        for m in _CLOSE.finditer(own_words):
            items = _listed(own_words[: m.start()])
            if items and value == len(items):
                found.append(items)
    return found


def counts_named_parts(ask_text: str, own_words: str, value: float | None = None, unit: str = "") -> bool:
    """The ask wants a figure for each of several parts it names, or the items that went under one of them ("财务公开
    栏目里发布了多少条"), and `own_words` (with the figure's `value` and
    `unit`, for a label without its number) count those parts themselves."""
    if not (_PER_PART.search(ask_text.lower()) or counts_items(ask_text)):
        return False  # (an ask of how many parts there are is answered by it: "how many sub-columns")
    return any(named_items(items, ask_text) for items in counted_lists(own_words, value, unit))
