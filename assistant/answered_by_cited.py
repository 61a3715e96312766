"""An ask of several that found nothing of its own, though the spans the answer already cites answer it: its "the
reports do not state …" line would contradict the answer, so none is written (assistant.writeup.not_found_line).

- A closing ask that only restates a listing asked before it ("…, what did it do? list the measures", "name them",
  "请列出来"), once another ask cites things listed (items, a sentence: no figure).
- An ask of a counted list ("what three qualities does it want …", "哪三个方面") when a cited sentence lists exactly
  that many things in one clause ("确保…制度化、规范化、科学化").

Words: glossary.toml [patterns] listing_restated, counted_things_asked."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.text import chinese_number
from assistant.core.types import Citation

_RESTATED = GLOSSARY.pattern("listing_restated")
_COUNTED = GLOSSARY.pattern("counted_things_asked")
_EN_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_LAST_CLAUSE = re.compile(r".*[,，;；:：?？!！—–(（]\s*")
_CLAUSES = re.compile(r"[，,。；;：:！!？?“”「」（）()]")
_DIGIT = re.compile(r"\d")
# the last two things of a list joined by a word ("参与权和监督权"; never the 与 inside "参与权": two characters each side)
_LAST_TWO = re.compile(r"(.{2,}?)(?:以及|和|及|与)(.{2,})")
_MAX_PART = 12  # a thing listed is a short name; a clause's leading words go with its first


def _lists(c: Citation) -> bool:
    """The citation quotes things listed or a sentence, not a figure."""
    return not c.highlight or not _DIGIT.search(c.highlight)


def listed_counts(quote: str) -> set[int]:
    """How many things each list of the quote's clauses names ("确保制度化、规范化、科学化" -> 3; "知情权、参与权、表达权和
    监督权" -> 4); a clause without 、 lists nothing."""
    out = set()
    for clause in _CLAUSES.split(quote):
        if "、" not in clause:
            continue
        parts = [p.strip() for p in clause.split("、")]
        last = _LAST_TWO.fullmatch(parts[-1]) if len(parts[-1]) <= 2 * _MAX_PART else None
        parts = [p for p in [*parts[:-1], *(last.groups() if last else parts[-1:])] if p]
        if len(parts) >= 2 and all(len(p) <= _MAX_PART for p in parts[1:]):
            out.add(len(parts))
    return out


def _count_asked(ask: str) -> int | None:
    m = _COUNTED.search(ask)
    if not m:
        return None
    n = m.group("en") or m.group("zh")
    return int(n) if n.isdigit() else _EN_COUNTS.get(n) or chinese_number(n)


def answered_by_cited(ask_text: str, citations: list[Citation]) -> bool:
    """The cited spans answer the ask `ask_text` (normalised) that found nothing of its own."""
    cited = [c for c in citations if _lists(c)]
    if not cited:
        return False
    last = _LAST_CLAUSE.sub("", ask_text.strip()).strip()
    if last and _RESTATED.search(last):
        return True
    n = _count_asked(ask_text)
    return n is not None and any(n in listed_counts(c.quote) for c in cited)
