"""A period written once before a Chinese list qualifies every item of the list, not only the first.

"青禾县样例局2022年一季度网站发布、微博转发各多少条" is cut into one ask per item; the items after the first are built
from the question's opening ("青禾县样例局2022年") and their own words, so the period written between the opening and
the first item ("一季度") is lost and the later ask reads as one of the whole year, answered by the year's figure.
Each later ask that names no period of its own gets the first ask's period back, where the first one has it (right
after the opening they share).  Periods are the shorter-than-a-year periods of core/data/not_stated.toml ([[period]],
[months]), read through assistant/short_periods.py.
"""

from __future__ import annotations

import os
import re
from typing import Any

from assistant.short_periods import months_asked, periods_asked

# the period's words before the family word ("前三个季度", "第一季度", "上半年", "3月份"): the family word of
# [[period]] ends it; a few characters may lead it
_PERIOD_SPAN = 6
_WHOLE_YEAR = re.compile(r"全年|整年|年度|一年|本年|当年")


def _period_phrase(rest: str) -> str:
    """The period phrase `rest` (an ask's words after the opening it shares) starts with, "" when none."""
    for n in range(1, min(_PERIOD_SPAN, len(rest)) + 1):
        head = rest[:n]
        if periods_asked(head) or months_asked(head):
            # (the phrase runs on over a trailing 份/里/内/中: "3月份", "一季度里")
            tail = re.match(r"[份里内中]?", rest[n:])
            return head + (tail.group() if tail else "")
    return ""


def carry_list_period(texts: list[str]) -> list[str]:
    """`texts` (the asks of one question, in order) with the first ask's period put into each later Chinese ask that
    names none, right after the opening the two share."""
    if len(texts) < 2 or not re.search(r"[\u4e00-\u9fff]", texts[0]):
        return texts
    out = [texts[0]]
    for later in texts[1:]:
        if periods_asked(later) or months_asked(later):
            out.append(later)
            continue
        shared = len(os.path.commonprefix([texts[0], later]))
        # (only after an opening that ends at its year, "…2022年", and not before the later ask's own whole year,
        # "全年", "整年")
        opening = texts[0][:shared]
        phrase = (_period_phrase(texts[0][shared:])
                  if opening.endswith("年") and not _WHOLE_YEAR.match(later, shared) else "")
        out.append(later[:shared] + phrase + later[shared:] if phrase else later)
    return out


def carry_period_into_asks(asks: list[Any]) -> None:
    """Sets each later ask's text (assistant.asks.Ask) to carry the period written once before the list."""
    for a, text in zip(asks, carry_list_period([a.text for a in asks])):
        a.text = text
