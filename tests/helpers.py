"""Small helpers the unit tests share (one copy instead of one a test file)."""

from __future__ import annotations

from assistant.asks import split_asks
from assistant.core.text import normalise_query


def ask_texts(question: str, names=()) -> list[str]:
    """The texts of the asks `question` splits into (assistant/asks.py split_asks over its normalised, stripped form;
    `names`: the names of reports the question may write, kept whole)."""
    return [a.text for a in split_asks(normalise_query(question).strip(), names)]
