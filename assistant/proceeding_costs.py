"""The spending on the disclosure work asked, and only a proceeding's cost stated (not_stated_checks "proceeding cost").

A report's section on staff and spending often says only that a proceeding or a service cost nothing ("未产生相关诉讼,
没有相应费用支出", "未收取检索、复制、邮寄费用"). That 0 is the proceeding's: it is no figure of what the year's work
cost, which the report does not state. An ask that names the proceeding or the fees charged is answered by it as before.
The words are data (core/data/not_stated.toml [patterns] work_spending_ask, proceeding_cost).
"""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED

_SPENDING = NOT_STATED.patterns["work_spending_ask"]
_PROCEEDING = NOT_STATED.patterns["proceeding_cost"]


def proceeding_cost_for_spending(ask_text: str, own_words: str) -> bool:
    """The ask wants the work's spending, names no proceeding or fee, and `own_words` (a figure's clause, a cell's
    row and column, a sentence) are a proceeding's or a fee's cost."""
    ask = ask_text.lower()
    return bool(_SPENDING.search(ask)) and not _PROCEEDING.search(ask) and bool(_PROCEEDING.search(own_words.lower()))
