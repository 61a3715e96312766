"""Identity of a report published in English (a translation): "Annual Report of Huairou District People's
Government of Beijing on Government Information Disclosure in 2019" -> title, 怀柔区人民政府, 怀柔区, 2019.

The place is romanised Chinese: its pinyin and English suffix word ("District" -> 区, from the
vocabulary data) are looked up in the gazetteer, with the other place words of the title ("of Beijing")
as anchors; the agency type comes from the English type words of the vocabulary.  Nothing is returned
when the place is not found unambiguously.
"""

from __future__ import annotations

import re

from assistant.core.vocab import names_vocab
from ingest.places import SourceIdentity

V = names_vocab()
_TITLE = re.compile(r"^(?:annual\s+)?report\b.{0,200}?(?:information\s+disclosure|openness\s+of\s+government\s+information|"
                    r"government\s+information)", re.I)
_EN_SUFFIX = {en: zh for zh, (_py, en) in V.place_suffix.items()}  # "district" -> 区
_PLACE = re.compile(rf"((?:[A-Z][a-z]+\s)+?)((?i:{'|'.join(sorted(map(re.escape, _EN_SUFFIX), key=len, reverse=True))}))\b")


EnglishIdentity = SourceIdentity


def english_identity(lines: list[str]) -> EnglishIdentity:
    from ingest.gazetteer import resolve  # noqa: PLC0415
    from ingest.places import SUFFIX_PINYIN  # noqa: PLC0415

    first = next((ln.strip() for ln in lines[:3] if ln.strip()), "")
    if not _TITLE.match(first) or re.search(r"[\u3400-\u9fff]", first):
        return EnglishIdentity()
    years = re.findall(r"\b(20[0-3]\d)\b", first)
    year = int(years[-1]) if years else None
    agency = region = None
    m = _PLACE.search(first)
    if m:
        zh_suffix = _EN_SUFFIX[m.group(2).lower()]
        name = re.sub(r"[^a-z]", "", m.group(1).lower())
        anchors = [w.lower() for w in re.findall(r"\bof\s+([A-Z][a-z]+)", first[m.end():])]
        place = resolve([name, SUFFIX_PINYIN[zh_suffix][0], *anchors])
        if place and place.name.endswith(zh_suffix):
            region = place.name
            rest = first[m.end():].lower().replace("’", "'")
            types = sorted((en for en in V.agency_types_en if rest.lstrip().startswith(en)), key=len, reverse=True)
            if types:
                agency = region + min(V.agency_types_en[types[0]], key=len)
    return EnglishIdentity(title=first, agency=agency, region=region, year=year)
