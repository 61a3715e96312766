"""Thousands separators inside a figure of prose ("主动公开政府信息1,617条", "访问量达36,518人次").

A comma between digits that groups three of them ("1,617", "36,518", "1,234,567") is part of the number, not the
end of a clause: the clause splitters of the prose (ingest/prose.py, ingest/narrative.py) keep it inside the
clause, so the figure is read whole with its lead. A comma before fewer or more than three digits ("申请96,均…",
"2,3月", "2021,2022年") still ends a clause.
"""

from __future__ import annotations

import re

# a number written with thousands separators (the whole number, not a tail of one)
GROUPED_NUMBER = r"\d{1,3}(?:,\d{3})+(?!\d|,\d)"
_GROUP_AFTER = re.compile(r"\d{3}(?![\d])")


def is_digit_group_comma(text: str, i: int) -> bool:
    """Whether text[i] is an ASCII comma that separates thousands inside a number."""
    if text[i : i + 1] != "," or i == 0 or not text[i - 1].isdigit():
        return False
    if not _GROUP_AFTER.match(text, i + 1):
        return False
    # the digits before the comma are 1-3 long, or themselves a group after another separating comma
    k = i
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    if i - k > 3:
        return False
    return i - k == 3 or k == 0 or text[k - 1] != "," or is_digit_group_comma(text, k - 1)
