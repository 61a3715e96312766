"""The names vocabulary (assistant/core/data/names.toml) as frozen typed objects, loaded once.

Used by ingest (report identity, aliases) and by answering (a question's scope) alike; the data file is
the only place the words live.  Pure: no project imports.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class AgencyType:
    zh: str  # suffix of an agency's name: "信访局"
    en: tuple[str, ...]  # English words: ("petitions bureau", ...)
    zh_abbr: tuple[str, ...] = ()  # Chinese abbreviations: 卫生健康委员会 -> ("卫健委",)
    under_government: bool = False  # named under its government: X市人民政府法制办公室


@dataclass(frozen=True, eq=False)
class NamesVocab:
    region_suffixes: tuple[str, ...]
    subplace_suffixes: tuple[str, ...]
    place_suffix: Mapping[str, tuple[str, str]]  # suffix -> (pinyin, English word)
    place_level_en: Mapping[str, tuple[str, ...]]  # English level word -> the Chinese levels it stands for
    pinyin: Mapping[str, str]  # phrase -> toneless pinyin, syllables separated by spaces
    agency_types: tuple[AgencyType, ...]  # longest suffix first
    # English word of part of a type -> Chinese parts (the entries of [agency_name_en.words] with `type`)
    agency_word_en: Mapping[str, tuple[str, ...]]
    stop_chars: frozenset[str]
    pronoun_starts: tuple[str, ...]
    not_place_chars: frozenset[str]
    naming_verbs: tuple[str, ...]
    opening_verbs: tuple[str, ...]
    self_words: tuple[str, ...]
    agency_type_en: Mapping[str, tuple[str, ...]]  # AGENCY_TYPE_EN: Chinese type suffix -> English words
    # AGENCY_TYPES_EN, the reverse: English words (of a type or part of one) -> Chinese suffixes
    agency_types_en: Mapping[str, tuple[str, ...]]
    gazetteer_alias: Mapping[str, str]  # pinyin spelling -> a gazetteer place name ("shaanxi" -> 陕西省)
    place_en: Mapping[str, tuple[str, ...]]  # 新疆维吾尔自治区 -> ("xinjiang", ...)
    province_short: Mapping[str, str]  # 沪 -> 上海市 (a question's "沪府办公厅")
    agency_en: Mapping[str, tuple[str, ...]]  # 外交部 -> ("ministry of foreign affairs", ...)
    ethnic: tuple[str, ...]  # peoples named in autonomous places: 维吾尔, 壮族 ...
    generic_places: frozenset[str]  # words of place kinds, never one place: 自治区, 乡镇, 城区
    # the Chinese end of a sub-place's own name that English writes as a word (路 -> road, 街道 -> street), longest first
    place_part_en: Mapping[str, tuple[str, ...]]
    # a direction before that end, which English writes as a word too (泃阳西大街 -> "... west street")
    place_direction_en: Mapping[str, str]
    # the English words of an agency's name written word by word ([agency_name_en]; scope.level_type_names,
    # agency_en): level word -> level character ("county" -> 县), head word -> generic ends ("bureau" -> 局),
    # word of its own name -> Chinese words ("natural resources" -> 自然资源; the words entries with zh)
    name_levels_en: Mapping[str, str]
    name_heads_en: Mapping[str, tuple[str, ...]]
    name_words_en: Mapping[str, tuple[str, ...]]
    # the Xinjiang Production and Construction Corps ([corps]): its Chinese names, its English names, and the level
    # words of its numbered units (师 -> division, 团 -> regiment)
    corps_zh: tuple[str, ...] = ()
    corps_en: tuple[str, ...] = ()
    corps_units: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # words that start with a place suffix's character and are an agency's words, not the place's end: the 市 of
    # "白鹭湾区市场监督管理局" or "白鹭湾市监局" ends no place ([generic] not_suffix_words)
    not_suffix_words: tuple[str, ...] = ()

    def type_of(self, name: str) -> AgencyType | None:
        """The longest known agency type that ends `name`."""
        for t in self.agency_types:
            if name.endswith(t.zh):
                return t
        return None

    def short_place(self, name: str) -> str | None:
        """The name a place goes by without its suffix and the peoples of an autonomous place:
        新疆维吾尔自治区 -> 新疆, 延边朝鲜族自治州 -> 延边, 青禾县 -> 青禾; None when under two characters."""
        stem = next((name[: -len(s)] for s in self.region_suffixes + self.subplace_suffixes
                     if name.endswith(s) and len(name) > len(s)), None)
        if stem is None:
            return None
        changed = True
        while changed:
            changed = False
            for e in sorted(self.ethnic, key=len, reverse=True):
                if stem.endswith(e) and len(stem) - len(e) >= 2:
                    stem, changed = stem[: -len(e)], True
        return stem if len(stem) >= 2 else None

    def english_names(self, name: str) -> tuple[str, ...]:
        """English names of a place or a one-body agency from the data ("xinjiang", "ministry of foreign
        affairs"), with the pinyin spellings of the gazetteer aliases of a place."""
        spelt = tuple(k for k, v in self.gazetteer_alias.items() if v == name)
        return tuple(dict.fromkeys(self.place_en.get(name, ()) + self.agency_en.get(name, ()) + spelt))

    @property
    def english_type_words(self) -> frozenset[str]:
        """Every English agency-type word: they name a kind of agency, never one report."""
        return frozenset(self.agency_types_en)


def _reverse(types: list[AgencyType], words: dict[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    rev: dict[str, list[str]] = {}
    for t in types:
        for en in t.en:
            rev.setdefault(en, []).append(t.zh)
    for en, zh in words.items():
        rev.setdefault(en, []).extend(z for z in zh if z not in rev.get(en, []))
    return MappingProxyType({k: tuple(x) for k, x in rev.items()})


def _agency_words_en(table: dict) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The one table of English agency words ([agency_name_en.words]) read two ways: (the words that are part of an
    agency type -> their Chinese, the words of a name written word by word -> theirs).  A list is a word of names
    only; a table's `zh` makes it a word of names, its `type` part of a type (true: with the `zh` words)."""
    types: dict[str, tuple[str, ...]] = {}
    names: dict[str, tuple[str, ...]] = {}
    for en, v in table.items():
        if isinstance(v, list):
            names[en] = tuple(v)
            continue
        if "zh" in v:
            names[en] = tuple(v["zh"])
        if v.get("type"):
            types[en] = tuple(v["zh"]) if v["type"] is True else tuple(v["type"])
    return types, names


@lru_cache(maxsize=1)
def names_vocab() -> NamesVocab:
    with open(DATA / "names.toml", "rb") as f:
        d = tomllib.load(f)
    g = d["generic"]
    types = [AgencyType(t["zh"], tuple(t["en"]), tuple(t.get("zh_abbr", ())), bool(t.get("under_government")))
             for t in d["agency_type"]]
    types.sort(key=lambda t: len(t.zh), reverse=True)
    name_en = d.get("agency_name_en", {})
    words, name_words = _agency_words_en(name_en.get("words", {}))
    return NamesVocab(
        region_suffixes=tuple(sorted(d["region_suffixes"], key=len, reverse=True)),
        subplace_suffixes=tuple(sorted(d["subplace_suffixes"], key=len, reverse=True)),
        place_suffix=MappingProxyType({k: (v[0], v[1]) for k, v in d["place_suffix"].items()}),
        place_level_en=MappingProxyType({k: tuple(v) for k, v in d.get("place_level_en", {}).items()}),
        pinyin=MappingProxyType(dict(d["pinyin"])),
        agency_types=tuple(types),
        agency_word_en=MappingProxyType(words),
        stop_chars=frozenset(g["stop_chars"]),
        pronoun_starts=tuple(g["pronoun_starts"]),
        not_place_chars=frozenset(g["not_place_chars"]),
        naming_verbs=tuple(g["naming_verbs"]),
        opening_verbs=tuple(g["opening_verbs"]),
        self_words=tuple(g["self_words"]),
        agency_type_en=MappingProxyType({t.zh: t.en for t in types}),
        agency_types_en=_reverse(types, words),
        gazetteer_alias=MappingProxyType(dict(d.get("gazetteer_alias", {}))),
        place_en=MappingProxyType({k: tuple(v) for k, v in d.get("place_en", {}).items()}),
        province_short=MappingProxyType(dict(d.get("province_short", {}))),
        agency_en=MappingProxyType({k: tuple(v) for k, v in d.get("agency_en", {}).items()}),
        ethnic=tuple(g.get("ethnic", ())),
        generic_places=frozenset(g.get("generic_places", ())),
        place_part_en=MappingProxyType({k: tuple(v) for k, v in sorted(d.get("place_part_en", {}).items(),
                                                                       key=lambda kv: len(kv[0]), reverse=True)}),
        place_direction_en=MappingProxyType(dict(d.get("place_direction_en", {}))),
        name_levels_en=MappingProxyType(dict(name_en.get("levels", {}))),
        name_heads_en=MappingProxyType({k: tuple(v) for k, v in name_en.get("heads", {}).items()}),
        name_words_en=MappingProxyType(name_words),
        corps_zh=tuple(c for c in [d.get("corps", {}).get("zh"), *d.get("corps", {}).get("short_zh", ())] if c),
        corps_en=tuple(d.get("corps", {}).get("en", ())),
        corps_units=MappingProxyType({k: tuple(v) for k, v in d.get("corps", {}).get("units", {}).items()}),
        not_suffix_words=tuple(sorted(g.get("not_suffix_words", ()), key=len, reverse=True)),
    )
