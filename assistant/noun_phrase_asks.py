"""Asks written as noun phrases, and things named with "and" that are one thing.

Read by the ask split (assistant/asks.py split_asks).

- A column of the national table whose name joins two words ("legal persons and other organisations", 法人或其他组织)
  is one thing: its "and" splits no asks (masked by the split like a name); so are the glossary's English names of
  it, joined by "and" or "or" ("companies or other organisations").
- "X 2023: the count of A and the share of them concluded", "the number of B and the city's place in the ranking":
  two asks written as noun phrases, each led by "the <measure>". The split already cuts at "and the number/count";
  ``noun_phrase_asks_en`` writes the other measures' joint as an ask of its own (", and what is the share …").
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.template import TEMPLATE

_JOIN_ZH = ("或", "和", "及", "与", "或者", "以及")
_JOINED = [h for h in TEMPLATE.t3_headers if re.search(r"或|和|及|与", h)]


def _joined_labels() -> tuple[str, ...]:
    zh = {re.sub(r"或|和|及|与", j, h) for h in _JOINED for j in _JOIN_ZH}
    en = {re.sub(r"(?<![a-z])(?:and|or)(?![a-z])", j, e).replace("organis", z)
          for e in (str(TEMPLATE.en(h) or "").lower() for h in _JOINED) if e
          for j in ("and", "or") for z in ("organis", "organiz")}
    # (the glossary's own English names of a joined column, "companies and other organisations" for 法人或其他组织,
    # joined by "and" or "or": one thing too, never an ask of companies and another of the "other" column)
    staff = {re.sub(r"(?<![a-z])(?:and|or)(?![a-z])", j, k) for k, v in GLOSSARY.en_to_zh.items()
             if "-" not in k and re.search(r"(?<![a-z])(?:and|or)(?![a-z])", k) and v and set(v) <= set(_JOINED) for j in ("and", "or")}
    return tuple(sorted(zh | en | staff, key=len, reverse=True))


# every joined name, longest first (a longer one masks before a shorter one inside it)
JOINED_LABELS = _joined_labels()

# the measure that leads an ask written as a noun phrase ("the share of them concluded", "the one-time resolution
# rate", "the city's place in the assessment", "the year-on-year drop in …"); "number"/"count" are the split's own
_MEASURES = GLOSSARY.patterns["measure_heads_en"].pattern  # (glossary.toml [patterns] measure_heads_en)
_LEAD_MEASURE = re.compile(r"(?:^|[:：,，—–]\s*|\s[-—–]\s+)the\s+(?:[a-z][\w'-]*\s+){0,3}?(?:" + _MEASURES + r")(?![\w-])")
_NEXT_MEASURE = re.compile(r"\s+and\s+(?=the\s+(?:[a-z][\w'-]*\s+){0,3}?(?:" + _MEASURES + r")(?![\w-])(?:\s+(?:of|in|for|on|at|among)(?![a-z])|\s*$|\s+[a-z]))")
_QUESTION_WORD = re.compile(r"(?<![a-z])(?:how|what|which|when|where|who|whether)(?![a-z])")


def noun_phrase_asks_en(norm: str) -> str:
    """`norm` with each "and the <measure> …" that follows an ask written as "the <measure> …" (no question word
    between) made an ask of its own: ", and what is the <measure> …" (the split cuts there). "the number of A and
    the number of B" is left to the split ("and the number" is already a joint); a question in Chinese is left alone."""
    if re.search(r"[\u4e00-\u9fff]", norm) or " and the " not in norm:
        return norm
    out, last = [], 0
    for m in _NEXT_MEASURE.finditer(norm):
        lead = list(_LEAD_MEASURE.finditer(norm, 0, m.start()))
        if not lead or _QUESTION_WORD.search(norm, lead[-1].start(), m.start()):
            continue  # ("how many A and the share …": a question word's ask, split by its own rules)
        if re.match(r"\s+and\s+the\s+(?:number|count)(?![a-z])", norm[m.start():]):
            continue
        out.append(norm[last : m.start()] + ", and what is ")
        last = m.end()
    return "".join(out) + norm[last:]


def led_by_measure_en(piece: str) -> bool:
    """An English piece that opens (or opens after its lead's colon or dash) with "the <measure> …" and asks nothing
    else: a figure asked as a noun phrase ("X 2023: the year-on-year drop in letters and visits"), never the frame of
    the asks after it."""
    return _LEAD_MEASURE.search(piece) is not None and not _QUESTION_WORD.search(piece)
