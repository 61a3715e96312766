"""A count of a whole set of items answers no ask of one part of it.

"主动公开的信息中，关于低保发放的有多少条" asks how many of the year's items were about one matter; a report that counts
only the whole ("主动公开的信息共计85条") or other kinds states nothing of that part, and its total would be a figure of
something else.  The ask names the set first and the part after it (core/data/not_stated.toml [patterns]
part_of_set_ask); a figure answers it only when its own words share a word of the part ("低保发放信息12条").  Chinese
asks only: an English part is matched to a report's words by the glossary, which names few such matters.
"""

from __future__ import annotations

import re

from assistant.core.not_stated import NOT_STATED

_ASK = NOT_STATED.patterns["part_of_set_ask"]
_FILLER = NOT_STATED.patterns["part_of_set_filler"]


def asked_part(ask_text: str) -> str:
    """What the part of a set the ask counts is about ("低保发放"), without words that say nothing of it; "" when the
    ask counts no part of a set."""
    m = _ASK.search(ask_text)
    if m is None:
        return ""
    part = re.sub(f"^(?:{_FILLER.pattern})+|(?:{_FILLER.pattern})+$", "", m.group("part"))
    return part if len(part) >= 2 else ""


def misses_asked_part(ask_text: str, own_words: str) -> bool:
    """The ask counts one part of a set and `own_words` share no two characters of what the part is about."""
    part = asked_part(ask_text)
    return bool(part) and not any(part[i:i + 2] in own_words for i in range(len(part) - 1))
