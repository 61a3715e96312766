"""An ask of which month something happened: answered only by words that write a month.

"牛心镇是2012年几月份完善领导小组的", "in which month did the bureau relaunch its website": reports often date an event
by its year alone ("2014年,我局对官网进行了全面改版", "截至2012年底").  A figure of the event, or a sentence naming only
its year, states no month; the answer then says the report does not state it (assistant/not_stated_checks.py "month
not written").  A date ("4月9日", "2019-03-29", "October 29") or a month ("十月", "3月份") answers as before.
Data: core/data/not_stated.toml [patterns] which_month_ask, month_written.
"""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED

_WHICH_MONTH = NOT_STATED.patterns["which_month_ask"]
_MONTH_WRITTEN = NOT_STATED.patterns["month_written"]


def asks_which_month(ask_text: str) -> bool:
    """`ask_text` asks in which month something happened ("几月份", "哪个月", "in what month")."""
    return bool(_WHICH_MONTH.search(ask_text.lower()))


def misses_asked_month(ask_text: str, own_words: str) -> bool:
    """`ask_text` asks which month, and `own_words` (a figure's labels and clause, a sentence) write no month."""
    return asks_which_month(ask_text) and not _MONTH_WRITTEN.search(own_words.lower())
