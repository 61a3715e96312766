"""The lines and clauses of a report's prose, the units ``ingest.prose`` (and ``ingest.items``, ``ingest.prose_fields``)
read facts from: lines that are no table rows, the parts between commas and stops (a comma grouping digits is inside
its number), and the clause a fact is quoted by.  Offsets are cleaned-text offsets.
"""

from __future__ import annotations

import re

from ingest.digit_groups import is_digit_group_comma

PHRASE_END = "，,。；;！？!?\n"
SENTENCE_END = "。！？!?\n"
_TABLE_LINE = re.compile(r"\||<t[dhr]\b", re.IGNORECASE)


def text_lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def spans(text: str, start: int, end: int, delimiters: str, lead: str = ""):
    """(s, e) of the parts of text[start:end] between `delimiters`, trimmed of whitespace (and of the
    characters `lead` at their start)."""
    s = start
    for i in range(start, end + 1):
        if i < end and (text[i] not in delimiters or is_digit_group_comma(text, i)):
            continue  # ("1,617条": a comma grouping digits is inside its number)
        a, b = s, i
        while a < b and (text[a].isspace() or text[a] in lead):
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            yield a, b
        s = i + 1


def phrases(text: str, start: int, end: int):
    """(s, e) of the comma/stop-delimited clauses of text[start:end], whitespace trimmed."""
    return spans(text, start, end, PHRASE_END)


def prose_lines(text: str):
    for a, b in text_lines(text):
        if text[a:b].strip() and not _TABLE_LINE.search(text[a:b]):
            yield a, b


def clause_quote(text: str, a: int, b: int, line: tuple[int, int]) -> tuple[int, int]:
    """A clause as a quote; a very short one ("其中网站1116条") takes the clause before it too, and so does one
    after a short lead-in of its sentence ("2018年度,我镇政府信息公开没有收费")."""
    if a <= line[0] or text[a - 1] in SENTENCE_END or text[a - 1] in "；;":
        return a, b  # (a semicolon separates the items of a breakdown: the clause before is another item)
    k = a - 1
    while k > line[0] and (text[k - 1] not in PHRASE_END or is_digit_group_comma(text, k - 1)):
        k -= 1
    lead_in = (k == line[0] or text[k - 1] in SENTENCE_END) and a - 1 - k <= _LEAD_IN_CHARS
    if b - a >= 12 and not lead_in:
        return a, b
    return (k, b) if k < a - 1 else (a, b)


_LEAD_IN_CHARS = 8  # "2018年度," "本年度," "今年以来,": the short opening clause of a sentence


def clause_around(text: str, s: int, e: int, line: tuple[int, int]) -> tuple[int, int]:
    """The clause (between ，/。/；) holding text[s:e]."""
    qa = max((text.rfind(c, line[0], s) for c in "，,。；;"), default=-1)
    qa = line[0] if qa < 0 else qa + 1
    qb = min((i for i in (text.find(c, e, line[1]) for c in "，,。；;") if i >= 0), default=line[1])
    while qa < s and text[qa].isspace():
        qa += 1
    return qa, max(qb, e)
