"""An English ask of one counted noun under two or more participles: "how many requests granted in full and granted
in part", "how many items published proactively and released on request" -> one ask per participle, each with the
noun ("how many requests granted in full" | "how many requests granted in part").

The staff word order puts the noun first and what happened to it after, as a participle (the table rows' own words
come after the noun: "granted in full", "partly disclosed"); the split ask is the same shape as "how many A and B"
splits into.  Pure function over one normalised piece (assistant.asks calls it when no other English list split
the piece).
"""

from __future__ import annotations

import re

# a participle opening a conjunct (with an adverb before it: "partly disclosed", "fully granted")
_PARTICIPLE = r"(?:[a-z]+ly\s+)?(?:[a-z]{2,}(?:ed|en)|made|sent|put|held|shown|withheld|paid|done)(?![a-z])"
# the count, its noun (one or two words, none a participle or a question word) and the list of participles after it
_ASK = re.compile(rf"^(?P<head>.*?(?<![a-z])how many\s+(?P<noun>(?:(?!{_PARTICIPLE}|were|was|are|is|did|do|does)"
                  rf"[a-z\-]+\s+){{1,2}}))(?P<body>{_PARTICIPLE}.*)$")
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
_MAX_WORDS = 5


def participle_list_en(piece: str) -> list[str] | None:
    """One ask per participle of "how many <noun> <participle …> and <participle …>"; None when the piece is no
    such list (a conjunct that does not open on a participle, or a long one: a clause, not a row's name)."""
    m = _ASK.match(piece.strip())
    if not m:
        return None
    items = [x.strip() for x in _SEPARATOR.split(m.group("body").rstrip(" ?.!")) if x.strip()]
    if len(items) < 2 or not all(re.match(_PARTICIPLE, x) and len(x.split()) <= _MAX_WORDS for x in items):
        return None
    return [f"{m.group('head')}{x}" for x in items]
