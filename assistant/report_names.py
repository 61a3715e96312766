"""The names a report is called by besides its agency and region, derived from them (the scope step's names index,
assistant/scope.py): the pinyin of an agency's name, English names of its sub-place ("Jiefang Road subdistrict",
"Beijing-jie subdistrict"), its sub-place itself (解放路街道 of 青禾县解放路街道办事处), English names of an agency
named only by level and type ("city petitions bureau") and the short names of a district branch ("龙华公安分局").
The words come from names.toml ([place_part_en], [[agency_type]], [agency_name_en])."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.core.text import chinese_number
from assistant.core.vocab import names_vocab

V = names_vocab()
_CJK = re.compile(r"[\u3400-\u9fff]")


# the generic end of an agency's name: what is left before it is the agency's own words (科技工业商务信息化局 -> 科技工业商务信息化)
_GENERIC_END = re.compile(r"(?:人民政府|政府|委员会|办公厅|办公室|办事处|管理局|中心|局|委|办|院|所|站|处)$")
_LEVEL_START = re.compile(r"^(?:市|区|县|省|州|旗|镇|乡)")


@lru_cache(maxsize=65536)
def _agency_pinyin_names(agency: str | None, region: str | None) -> tuple[str, ...]:
    return tuple(agency_pinyin_names(agency, region))


def agency_pinyin_names(agency: str | None, region: str | None) -> list[str]:
    """Pinyin of an agency's name, toneless and unspaced, as staff write agencies they cannot type in
    Chinese: the full name (区科技工业商务信息化局 -> qukejigongyeshangwuxinxihuaju), the name without its
    leading level word (kejigongyeshangwuxinxihuaju) and, for an agency named without a place, its own
    words without the generic end (kejigongyeshangwuxinxihua: "District keji … xinxihua bureau") when
    they are at least three characters and no agency-type or place word by themselves."""
    if not agency or not _CJK.search(agency):
        return []
    from ingest.places import pinyin_of  # pypinyin with the place-name overrides of names.toml

    out = [pinyin_of(agency)]
    bare = _LEVEL_START.sub("", agency)
    types = _agency_type_names()
    if bare != agency and len(bare) >= 3 and bare not in types:  # "xinfangju" is every 信访局's: no name
        out.append(pinyin_of(bare))
    if not region:
        core = _GENERIC_END.sub("", bare)
        if len(core) >= 3 and core != bare and core not in types and core not in V.generic_places:
            out.append(pinyin_of(core))
    return [n for n in dict.fromkeys(out) if len(n) >= 6]


@lru_cache(maxsize=1)
def _agency_type_names() -> frozenset[str]:
    """Agency-type names and their abbreviations (信访局, 卫健委): a kind of agency, never one agency's name."""
    return frozenset({t.zh for t in V.agency_types} | {a for t in V.agency_types for a in t.zh_abbr})


@lru_cache(maxsize=65536)
def place_part_names(agency: str | None, region: str | None) -> tuple[str, ...]:
    """English names of the agency's sub-place that translate the end of its own name as a word (data:
    names.toml [place_part_en]): 青禾县解放路街道办事处 -> "jiefang road", "jiefang road subdistrict"; 北京街道 ->
    "beijing street" (街道 is literally "street"): longer than the bare pinyin, so they win over a city of that pinyin."""
    if not agency:
        return ()
    from ingest.places import pinyin_of

    sub = _subplace(agency, region)
    if not sub:
        return ()
    stem, suffix = sub
    out = []
    kind = V.place_suffix.get(suffix, ("", ""))[1]
    part = next((p for p in V.place_part_en if stem.endswith(p) and len(stem) > len(p)), None)
    if part and (head := pinyin_of(stem[: -len(part)])):
        for en in V.place_part_en[part]:
            out += [f"{head} {en}"] + ([f"{head} {en} {kind}"] if kind else [])
        out += _part_in_pinyin(head, pinyin_of(part), kind)  # "jiefang-lu subdistrict"
        rest = stem[: -len(part)]
        if len(rest) >= 3 and (direction := V.place_direction_en.get(rest[-1])) and (place := pinyin_of(rest[:-1])):
            # (泃阳西大街 -> "juyang west street": the direction in English too)
            for en in V.place_part_en[part]:
                out += [f"{place} {direction} {en}"] + ([f"{place} {direction} {en} {kind}"] if kind else [])
    elif (head := pinyin_of(stem)) and len(stem) >= 2:  # the suffix itself as a word: 北京街道 "beijing street"
        out += [f"{head} {en}" for en in V.place_part_en.get(suffix, ()) if en != kind]
        # 北京街道 is also 北京街 + 街道: the street word kept in pinyin ("Beijing-jie subdistrict")
        for p in (p for p in V.place_part_en if suffix.startswith(p) and p != suffix):
            out += _part_in_pinyin(head, pinyin_of(p), kind)
    return tuple(dict.fromkeys(out))


def _part_in_pinyin(head: str, part: str, kind: str) -> list[str]:
    """The end of a sub-place's name kept in pinyin, as English texts write it: "qinghe jie", "qinghe-jie",
    "qinghejie", each also with the kind of place ("qinghe-jie subdistrict")."""
    if not head or not part:
        return []
    names = [f"{head} {part}", f"{head}-{part}", f"{head}{part}"]
    return names + ([f"{n} {kind}" for n in names] if kind else [])


def _subplace(agency: str, region: str | None) -> tuple[str, str] | None:
    """(stem, suffix) of the sub-place an agency's name starts with after its region (and district):
    青禾县解放路街道办事处 -> (解放路, 街道); None when there is none or its stem is a single character (城乡建设局)."""
    from ingest.places import REGION_RE, SUBPLACE_RE, split_place

    rest = agency[len(region):] if region and agency.startswith(region) else agency
    if corps_names(agency, region):  # (十六团新开岭镇 of a corps body: the town is 新开岭镇)
        rest = _CORPS_UNITS.sub("", rest)
    inner = split_place(rest, REGION_RE)
    if inner and inner[1] in ("区", "县", "市", "旗"):
        rest = rest[len(inner[0] + inner[1]):]
    sub = split_place(rest, SUBPLACE_RE)
    if not sub or len(sub[0]) < 2:
        return None
    return sub


@lru_cache(maxsize=65536)
def subplace_names(agency: str | None, region: str | None) -> tuple[str, ...]:
    """The sub-place an agency is the body of (青禾县解放路街道办事处 -> 解放路街道, 江湾镇人民政府 -> 江湾镇): the
    agency's own place, as specific as a region ("北京街道办" is that subdistrict's office, not an office of Beijing),
    so that a place of other reports written inside it ("北京") is a part of it, not a name of its own."""
    sub = _subplace(agency, region) if agency else None
    return (sub[0] + sub[1],) if sub else ()


@lru_cache(maxsize=65536)
def level_type_names(agency: str | None, region: str | None) -> tuple[str, ...]:
    """English names of an agency named by nothing but its level and its type (a copy without its place:
    市信访局 -> "city petitions bureau", 县自然资源局 -> "county natural resources bureau"; data: names.toml
    [agency_name_en] levels and the agency types): "the city petitions bureau" means that report, while the bare
    type ("petitions bureau") stays no name, and a place named beside it ("the Guangzhou city petitions bureau")
    wins.  The first layer of the English names of placeless agencies; names written word by word in other ways
    are the second (assistant/agency_en.py, when nothing of the index matched)."""
    if not agency or region:
        return ()
    level = _LEVEL_START.match(agency)
    levels_en = [en for en, zh in V.name_levels_en.items() if level and zh == level.group()]
    if not level or not levels_en:
        return ()
    bare = agency[level.end():]
    return tuple(dict.fromkeys(f"{level_en} {en}" for level_en in levels_en for t in V.agency_types
                               if bare == t.zh or bare in t.zh_abbr for en in t.en))


# a branch of a city's bureau named by its district ("深圳市公安局龙华分局"): staff call it by the district and the
# bureau's kind ("龙华公安分局", "龙华分局")
_BRANCH = re.compile(r"(?P<kind>[\u4e00-\u9fff]{2,8}?)局(?P<place>[\u4e00-\u9fff]{2,4}?)分局$")


@lru_cache(maxsize=65536)
def branch_names(agency: str | None, region: str | None) -> tuple[str, ...]:
    """"深圳市公安局龙华分局" -> ("龙华公安分局", "龙华分局", "龙华区公安分局", "龙华区分局"): the names of a district
    branch of a bureau, its district written with or without 区 (a city bureau's branch named by a place is its
    district's)."""
    rest = agency[len(region):] if agency and region and agency.startswith(region) else agency or ""
    m = _BRANCH.search(rest)
    if not m or m.start() != 0:
        return ()
    place, kind = m.group("place"), m.group("kind")
    district = () if place.endswith(("区", "县", "市")) else (place + "区" + kind + "分局", place + "区分局")
    return (place + kind + "分局", place + "分局", *district)


# a numbered unit of the corps in a body's name: 第一师, 十六团, 第3师, 二连 (names.toml [corps] units)
# (not 第二师范学院, a normal college)
_UNIT = r"第?([零〇一二三四五六七八九十\d]{1,3})(" + "|".join(map(re.escape, V.corps_units)) + r")(?!范)"
_CORPS_UNIT = re.compile(_UNIT if V.corps_units else r"(?!)")
_CORPS_UNITS = re.compile(rf"^(?:{_UNIT})+" if V.corps_units else r"(?!)")
_ORDINAL_WORDS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@lru_cache(maxsize=65536)
def corps_names(agency: str | None, region: str | None) -> tuple[tuple[str, str], ...]:
    """(name, kind) of a body of the Xinjiang Production and Construction Corps (names.toml [corps]): its numbered units
    in English ("第一师阿拉尔市十六团新开岭镇" -> "1st division", "first division", "division 1", "16th regiment" …, as
    specific as a region), the corps' own names (a region: "xinjiang production and construction corps", "xpcc",
    新疆生产建设兵团 — longer than "xinjiang", 新疆, so the corps in a long name is never the autonomous region) and the place
    after its units ("xinkailing town").  () for a body that is none of the corps' (no numbered division or regiment,
    no corps name)."""
    name = (region or "") + (agency or "")
    units = [(n, level) for num, level in _CORPS_UNIT.findall(name)
             if (n := int(num) if num.isdigit() else chinese_number(num)) is not None and n > 0]
    # (a division or a regiment makes a body the corps': a bare numbered 连 is no unit, 二连浩特市 is a city)
    if not any(level != "连" for _n, level in units) and not any(z in name for z in V.corps_zh):
        return ()
    from ingest.places import pinyin_of

    # (the corps is a region: as strong as 新疆 / "xinjiang" of the autonomous region, which its longer name hides)
    out: list[tuple[str, str]] = [(en, "region") for en in V.corps_en] + [(zh, "region") for zh in V.corps_zh[:1]]
    for n, level in units:
        for word in V.corps_units[level]:
            written = [f"{_ordinal(n)} {word}"]  # (not "division 1": a name would match inside "division 12")
            written += [f"{_ORDINAL_WORDS[n]} {word}"] if n < len(_ORDINAL_WORDS) else []
            out += [(w, "region") for w in written]
    # the place after the units (十六团新开岭镇 -> 新开岭镇): its pinyin with the English word of its level
    last = list(_CORPS_UNIT.finditer(agency or ""))
    tail = (agency or "")[last[-1].end():] if last else ""
    m = re.match(r"([\u4e00-\u9fff]{2,6}?)(" + "|".join(map(re.escape, V.subplace_suffixes)) + ")", tail)
    if m and (head := pinyin_of(m.group(1))):
        kind = V.place_suffix.get(m.group(2), ("", ""))[1]
        out += [(m.group(1) + m.group(2), "region"), (f"{head} {kind}", "region"), (head, "alias")]
    return tuple(dict.fromkeys(out))


def without_names(text: str, names) -> str:
    """`text` (a lower-cased ask) without the names of its reports, longest first: a report's name is scope, not
    something asked ("…网络安全和信息化委员会…" names no channel)."""
    for n in sorted((n.lower() for n in names if len(n) >= 2), key=len, reverse=True):
        text = text.replace(n, " ")
    return text
