"""An English refusal names the agency and place the question asked in the question's own (English) words, never the
Chinese name of a report that was found instead: "None of the ingested reports is from the education bureau of
Longhua" for "the Longhua education bureau" (not the 深圳市 of the report found), "None … is from the Shenzhen public
security bureau itself" (not 深圳市公安局).  Where the question writes no place before the agency's type words, the
report's region in pinyin ("Shenzhen"), as English answer lines name places (writeup.who)."""

from __future__ import annotations

import re

from assistant.core.text import is_pinyin_word

# a place word a question writes before an agency type: capitalised ("Longhua", "Xi'an"), optionally followed by a
# level word ("Longhua district", "Shenzhen municipal") — and a possessive ("Shenzhen's")
_PLACE_WORD = r"[A-Z][A-Za-z'’\-]*"
_LEVEL_WORD = r"(?i:district|city|county|municipal|municipality|province|provincial|town|township|subdistrict|new\s+area)"


def place_before_type_en(text: str, type_en: str) -> str | None:
    """The place an English question writes right before the agency type words `type_en` ("the Longhua education
    bureau" -> "Longhua", "Longhua District's education bureau" -> "Longhua District"); None when it writes none."""
    if not type_en:
        return None
    words = r"\s+".join(map(re.escape, type_en.split()))
    m = re.search(rf"((?:{_PLACE_WORD}\s+){{0,2}}{_PLACE_WORD}(?:\s+{_LEVEL_WORD})?)(?:['’]s)?\s+(?i:{words})\b", text)
    if m is None:
        return None
    place = re.sub(r"['’]s$", "", m.group(1))
    # leading words of the sentence that are no place ("How", "The", "Did"): the place is the pinyin words after them
    parts = place.split()
    while parts and not is_pinyin_word(parts[0].lower().replace("'", "").replace("’", "").replace("-", "")):
        parts = parts[1:]
    return " ".join(parts) or None


def region_en(region: str | None) -> str:
    """A report's region in pinyin, capitalised ("深圳市" -> "Shenzhen"); the region as written when no pinyin is known."""
    if not region:
        return ""
    from ingest.places import pinyin_of  # (lazy: the pinyin tables load once, on first use)

    bare = re.sub(r"(?:省|市|自治区|自治州|区|县|旗|盟|镇|乡|街道)$", "", region) or region
    py = pinyin_of(bare)
    return py.capitalize() if py else region


def agency_asked_en(text: str, type_en: str, region: str | None) -> str:
    """The agency an English question asks, named for a refusal: its place and type words as written ("Shenzhen
    public security bureau"), else the type words of the report's region in pinyin ("the public security bureau of
    Shenzhen")."""
    place = place_before_type_en(text, type_en)
    if place:
        return f"the {place} {type_en}"
    where = region_en(region)
    return f"the {type_en} of {where}" if where else f"the {type_en}"


_BRANCH_PHRASE = re.compile(rf"(?:{_PLACE_WORD}\s+){{1,3}}(?:(?:[a-z]+|{_PLACE_WORD})\s+){{0,4}}?"
                            r"(?i:sub-?bureau|sub\s+bureau|branch|substation|precinct)\b")


def branch_asked_en(text: str) -> str | None:
    """The branch an English question asks, as it writes it ("the Longgang district public security sub-bureau");
    None when it writes no place before the branch word."""
    for m in _BRANCH_PHRASE.finditer(text):
        parts = m.group().split()
        while parts and not is_pinyin_word(re.sub(r"['’\-]|['’]s$", "", parts[0].lower())):
            parts = parts[1:]
        if parts and parts[0][:1].isupper():
            return "the " + " ".join(parts)
    return None
