"""A figure per person, asked ("工作人员人均参加培训多少学时", "how many hours of training per person").

Reports state totals of people and events ("组织培训3期,培训120人次"); a figure per head is stated, when at all, with
words that say so ("人均培训学时12"). A figure without them is a total, not the answer: the report does not state what
is asked (not_stated_checks "per capita"). The words are data (core/data/not_stated.toml [patterns] per_capita_ask,
per_capita_stated).
"""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED

_ASK = NOT_STATED.patterns["per_capita_ask"]
_STATED = NOT_STATED.patterns["per_capita_stated"]


def misses_per_capita(ask_text: str, own_words: str) -> bool:
    """The ask wants a figure per person and `own_words` (a figure's clause, a cell's row and column, a sentence)
    do not say it is one."""
    return bool(_ASK.search(ask_text.lower())) and not _STATED.search(own_words.lower())
