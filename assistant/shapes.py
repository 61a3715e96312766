"""Shapes of asks and answers for the evidence side: what an ask asks for (a date, a contact field, a unit)
and whether a text holds an answer of that shape (a phone number, an e-mail, a date, a passage in English).
Pure functions over text and the glossary data."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY as _GLOSSARY
from assistant.labels import has

DATE = re.compile(r"(?:19|20)\d\d\s*(?:年|-|/|\.)\s*\d{1,2}\s*(?:月|-|/|\.)\s*\d{1,2}")
CLAUSE_END = re.compile(r"[，；;：:]|(?<!\d),|,(?!\d)")  # "27,381" is one number, not two clauses
UNIT_AFTER = re.compile(r"\s*(余|多)?\s*(万元|元|件次|件|条|次|人次|人|个|项|份|期|场|篇|家|批|万|%|％)")


def words_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(w) if re.search(r"[\u4e00-\u9fff]", w) else rf"(?<![a-z]){re.escape(w)}(?![a-z])"
                               for w in sorted(words, key=len, reverse=True)) or "(?!)")


WANTS_DATE = words_pattern(_GLOSSARY.date_words)
WANTS_CONTACT = words_pattern(_GLOSSARY.contact_words)


# a contact ask is answered by a sentence holding a value of that shape even when it does not name the field
# ("如有疑问,请联系:0356-5873144" answers "电话"): field word -> pattern of its values
_VALUE_SHAPES = {
    "电话": re.compile(r"(?<!\d)(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|\d{3,4}-\d{7,8})(?!\d)"),
    "邮箱": re.compile(r"[\w.\-]+@[\w\-]+\.[\w.\-]+"),
    "邮编": re.compile(r"(?<!\d)\d{6}(?!\d)"),
}


def covers(term: str, text: str) -> bool:
    """`term` (or a synonym) is in `text`, or — for a contact field — a value of its shape is."""
    if has(term, text):
        return True
    return any(key in alt and pat.search(text) for alt in term.split("|") for key, pat in _VALUE_SHAPES.items())


def is_english(text: str) -> bool:
    """A passage written in English (a report published in translation)."""
    latin = len(re.findall(r"[A-Za-z]", text))
    return latin > 40 and latin > 3 * len(re.findall(r"[\u3400-\u9fff]", text))


def contact_fields(norm: str) -> list[str]:
    """The contact fields an ask names, in Chinese ("phone" -> 电话|联系电话)."""
    out = []
    for m in WANTS_CONTACT.finditer(norm):
        w = m.group()
        out += [w] if re.search(r"[\u4e00-\u9fff]", w) else ["|".join(_GLOSSARY.en_to_zh.get(w, ())) or w]
    return [w for w in out if w]


def unit_fits(figure: str | None, unit: str | None) -> bool:
    """A stated figure ("50人次") answers an ask for `unit` (件) only in that unit; no unit either side fits."""
    if not figure or not unit or figure == "0":
        return True
    m = re.match(r"[\d,.]+\s*(?:余|多)?\s*(\S*)", figure)
    stated = m.group(1) if m else ""
    return not stated or stated.endswith(unit) or stated not in _GLOSSARY.units
