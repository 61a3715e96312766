"""A number a clause writes only as a place in an order ("居全省第4位", "排名第3名", "第2批"): an ordinal, no count of
anything.  "How many people used the reading points" is not answered by the city's place in a ranking beside them;
a clause whose chosen figure stands only after 第 states no figure asked (assistant/not_stated_checks.py "ordinal for
a count") — unless the ask asks for a place or a number in an order ("排名第几", "what rank", "第几号").
The ask words are data (glossary [patterns] rank_ask; not_stated.toml [patterns] identifier_ask)."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.not_stated import NOT_STATED

_RANK_ASK = GLOSSARY.patterns["rank_ask"]
_ASKS_IDENTIFIER = NOT_STATED.patterns["identifier_ask"]
_LEAD = re.compile(r"^[\d,.]+")


def only_ordinal(figure: str, clause: str) -> bool:
    """Every place `clause` writes the number of `figure` ("4" of "4位") is right after 第: an ordinal."""
    m = _LEAD.match(figure.strip())
    if m is None:
        return False
    number = m.group()
    spots = [s for s in re.finditer(rf"(?<![\d.,]){re.escape(number)}(?![\d.])", clause)]
    return bool(spots) and all(re.search(r"第\s*$", clause[: s.start()]) for s in spots)


def ordinal_for_count(ask_text: str, figure: str, clause: str) -> bool:
    """An ask of a count (not of a rank or of a number in an order) met by a figure that is only an ordinal."""
    low = ask_text.lower()
    if _RANK_ASK.search(low) or _ASKS_IDENTIFIER.search(low):
        return False
    return only_ordinal(figure, clause)
