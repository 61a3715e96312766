"""Aliases of a report's agency and region: pinyin (with and without suffix, with an English suffix
word), Chinese short forms, English agency-type words, Chinese abbreviations of the type.

* lower-case pinyin (no tones) of the region and of the agency's own sub-places ("kundulun",
  "kundulunqu", "kundulun district"); the short Chinese forms the text itself uses ("由昆区信访局编写" → 昆区,
  昆区信访局) — none made up from one character of the name before the level word (白鹭湾区 is no 白区);
* English words for the agency type ("petitions bureau") alone and after the place pinyin; Chinese
  abbreviations of the type (卫生健康委员会 → 卫健委), all from assistant/core/data/names.toml;
* the bare pinyin of a 街道 (named after a street: 北京街道 ≠ Beijing) is not an alias, only
  "beijing subdistrict"/"beijingjiedao".
"""

from __future__ import annotations

import re

from assistant.core.vocab import AgencyType, names_vocab
from ingest.places import CJK, REGION_RE, SUBPLACE_RE, pinyin_of, place_aliases, split_place

V = names_vocab()
_PROVINCE_LEVEL = ("省", "自治区")  # a province-level place's bodies drop its name in their own text


def agency_type(agency: str) -> str | None:
    """The agency-type suffix known to the vocabulary ("信访局"), if any."""
    t = _type(agency)
    return t.zh if t else None


def _type(agency: str) -> AgencyType | None:
    t = V.type_of(agency)
    if t is None and "公安局" in agency and agency.endswith("分局"):
        t = V.type_of("公安分局")
    return t


def is_abbreviation(short: str, full: str) -> bool:
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    it = iter(full)
    return all(c in it for c in short)


def make_aliases(agency: str | None, region: str | None, text: str = "") -> list[str]:
    out: list[str] = []
    places: list[tuple[str, str]] = []  # (stem, suffix)
    rest = agency or ""
    short = V.short_place(region) if region else None
    if region:
        sp = split_place(region, REGION_RE)
        if sp:
            if short and short != sp[0]:  # 新疆维吾尔自治区 goes by 新疆: "xinjiang" first, then "xinjiangweiwuer"
                out += place_aliases(short, sp[1]) + place_aliases(*sp)
                sp = (short, sp[1])
            else:
                out += place_aliases(*sp)
            places.append(sp)
        out += V.english_names(region)  # "xinjiang uygur autonomous region", "inner mongolia" (data)
        if rest.startswith(region):
            rest = rest[len(region):]
        # a second, lower place level: 云栖市翠湖区人民政府 -> 翠湖区 too (pinyin and Chinese)
        inner = split_place(rest, REGION_RE) if rest else None
        if inner and inner[1] in ("区", "县", "市", "旗") and len(inner[0]) >= 2:
            out += place_aliases(*inner) + [inner[0] + inner[1], inner[0]]
            rest = rest[len(inner[0] + inner[1]):]
    # sub-places inside the agency: 桂花街道, 江湾镇; 公安局龙华分局 -> 龙华
    sub = split_place(rest, SUBPLACE_RE) if rest else None
    if sub:
        out += place_aliases(sub[0], sub[1], bare=sub[1] != "街道")
    m = re.search(rf"公安局([{CJK}]{{2,4}}?)分局$", rest)
    if m:
        out.append(pinyin_of(m.group(1)))

    # English names of a one-body agency ("ministry of foreign affairs"; data)
    if agency:
        out += V.english_names(agency)
    # English agency type, alone and after the place pinyin
    if agency:
        t = _type(agency)
        if t:
            hp = places[0] if places else sub
            # place pinyin before the English type; a one-character stem keeps its suffix (daoxian)
            head = "" if not hp else pinyin_of(hp[0]) if len(hp[0]) >= 2 else pinyin_of(hp[0] + hp[1])
            for en in t.en:
                out.append(en)
                if head:
                    out.append(f"{head} {en}")
            base = agency[: -len(t.zh)] if agency.endswith(t.zh) else None
            for zh in t.zh_abbr:
                if base:
                    out.append(base + zh)

    # Chinese short forms of the region the text writes: "由昆区信访局编写" -> 昆区, 昆区信访局
    if region and places:
        _stem, suffix = places[0]
        # (no short form is made up from one character of the name before the level word: 白鹭湾区 is no 白区, a
        # one-character name matches too much; a short form the text itself writes, "由昆区信访局编写", is kept)
        shorts = set()
        type_rest = agency[len(region):] if agency and agency.startswith(region) else ""
        if text and type_rest and region.endswith(_PROVINCE_LEVEL) and suffix + type_rest in text:
            # a province's own body calls itself by the level word: "自治区人民政府办公厅", "省统计局"
            out.append(suffix + type_rest)
        if text and type_rest:
            for m in re.finditer(re.escape(type_rest), text):
                for k in range(2, len(region)):
                    cand = text[max(0, m.start() - k) : m.start()]
                    if is_abbreviation(cand, region):
                        shorts.add(cand)
        for s in sorted(shorts):
            out.append(s)
            if type_rest:
                out.append(s + type_rest)

    seen: set[str] = set()
    result = []
    for a in out:
        a = a.strip().lower()
        if a and a not in seen and a != agency and a != region:
            seen.add(a)
            result.append(a)
    return result
