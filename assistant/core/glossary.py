"""The question glossary (assistant/core/data/glossary.toml) as frozen data, loaded once.

``GLOSSARY.en_to_zh``: English words -> the Chinese words reports write; ``GLOSSARY.generic``: words
that carry no evidence; ``GLOSSARY.english_stop``: English words that name no figure; ``GLOSSARY.pattern(name)``: a
question pattern of [patterns].  Kernel module: imports nothing of the project outside the kernel.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from assistant.core.named_patterns import NamedPatterns

DATA = Path(__file__).resolve().parent / "data" / "glossary.toml"
# the national tables' rows and columns, with the words staff ask for each (staff_en) and the words their labels
# hold (find_zh): phrases of the glossary too
TEMPLATE_DATA = Path(__file__).resolve().parent / "data" / "template.toml"


@dataclass(frozen=True, eq=False)
class Glossary(NamedPatterns):
    en_to_zh: Mapping[str, tuple[str, ...]]
    generic: frozenset[str]
    english_stop: frozenset[str]
    zh_synonyms: Mapping[str, tuple[str, ...]]  # word -> the other words of its group
    # the last word of a compound another spelling of the report writes otherwise ("…其他文件" / "…其他档案")
    zh_synonym_endings: tuple[tuple[str, str], ...] = ()
    contact_words: tuple[str, ...] = ()  # an ask about a contact field
    date_words: tuple[str, ...] = ()  # an ask about a date
    report_date_words: frozenset[str] = frozenset()  # ... about when the report itself came out
    day_words: frozenset[str] = frozenset()  # ... words that only ask which day
    units: tuple[str, ...] = ()  # units a question may ask for, longest first
    units_en: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # "person-times" -> 人次
    same_count_words: frozenset[str] = frozenset()  # count words of the same things ("件", "条")
    stage_stand_ins: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    counted_zh: tuple[str, ...] = ()  # nouns of things the reports count (a bare list of them is one ask each)
    classifiers_zh: tuple[str, ...] = ()  # measure words of other things ("面" of 锦旗), besides the units
    glued_verbs_zh: frozenset[str] = frozenset()  # one-character verbs the segmenter glues to the noun before them
    # English nouns -> the words a report's lists of them are written with ("what rules did X draw up": 制度, not
    # only the table row 规章), used by asks for a list
    list_senses: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # the words a report heads and writes its plans with (改进, 下一步, 今后…): an English ask of its plans searches them
    plans_section: tuple[str, ...] = ()
    # words holding a joiner (和/及/与/跟) inside them ("参与", "及时", "和谐", "跟踪"): no item separator there
    # (joiner_pattern builds [patterns] conj_zh and assistant/lumped_items.py's separators of them)
    joiner_words: frozenset[str] = frozenset()
    not_places: frozenset[str] = frozenset()  # capitalised English words that name no place ("Chinese", "Weibo")
    # the English of the words a figure's change-only label is made of ("同比" -> "year on year", "下降" -> "down")
    change_en: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # colloquial words of a Chinese question (regular expressions) -> the words reports write ("收过费" -> 收费)
    zh_colloquial: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = ()
    # question words as compiled regular expressions, by name ([patterns]: asks.py, followup.py)
    patterns: Mapping[str, re.Pattern[str]] = field(default_factory=lambda: MappingProxyType({}))
    # the short and other forms staff write for words of phrases ("documents" -> docs, "government" -> gov, govt;
    # [word_forms] "second-level" -> secondary)
    abbreviations: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))


def variants(phrase: str) -> list[str]:
    """Other spellings of a phrase of several words users write: hyphenated ("government-affairs news",
    "work-update") and with its last word singular ("work update"; not "news", "process", "status")."""
    words = phrase.split(" ")
    if len(words) < 2:
        return []
    forms = [words]
    last = words[-1]
    if len(last) > 3 and last.endswith("s") and not re.search(r"(?:ss|us|is|ws)$", last):
        one = last[:-3] + "y" if last.endswith("ies") else last[:-2] if re.search(r"(?:ch|sh|x)es$", last) else last[:-1]
        forms.append([*words[:-1], one])
    out = []
    for f in forms:  # every gap a space or a hyphen (phrases of up to four words)
        for seps in itertools.product(" -", repeat=len(f) - 1) if len(f) <= 4 else [" " * (len(f) - 1)]:
            out.append(f[0] + "".join(sep + w for sep, w in zip(seps, f[1:])))
    return [v for v in dict.fromkeys(out) if v != phrase]


def _base_forms(word: str) -> list[str]:
    """The base forms a past participle may have ("disclosed" -> disclose, "granted" -> grant, "applied" -> apply);
    [] for any other word.  (Both guesses of a regular verb are kept: the wrong one is no English word and so never
    matches a question.)"""
    if len(word) < 6 or not word.endswith("ed") or word.endswith("eed"):
        return []
    if word.endswith("ied"):
        return [word[:-3] + "y"]
    return [word[:-1], word[:-2]]


def base_formed(phrase: str) -> list[str]:
    """A phrase of several words with a past participle also in its base form ("fully disclosed" -> "fully
    disclose", "partly granted" -> "partly grant"): staff write the verb either way."""
    words = phrase.split(" ")
    if len(words) < 2:
        return []
    return [" ".join([*words[:i], base, *words[i + 1:]]) for i, w in enumerate(words) for base in _base_forms(w)]


_NOT_NOUN_END = re.compile(r"(?:s|ed|ing|ly|ful|al|ive|ic|ous|able|ible|nt|ward|wise)$")


def plural_formed(phrase: str, keys: Mapping[str, object] | frozenset[str] = frozenset()) -> list[str]:
    """A phrase of several words with its last word in the plural staff write ("court case" -> "court cases",
    "review petition" -> "review petitions", "fictional inquiry" -> "fictional inquiries"); [] for one word, and
    when the last word is no singular noun: it ends as no singular noun does ("-s", "-ed", "-ing", "-ly" …), or it
    is a verb of the glossary (`keys` holds its past form: "issue" with "issued": "issues" are problems)."""
    words = phrase.split(" ")
    last = words[-1]
    if len(words) < 2 or not re.fullmatch(r"[a-z]{3,}", last) or _NOT_NOUN_END.search(last):
        return []  # (one word: as written in the data, like variants: "heads" is no plural of the "head" of a group)
    if any(past in keys for past in (last + "ed", last + "d", last[:-1] + "ied")):
        return []
    many = (last[:-1] + "ies" if re.search(r"[^aeiou]y$", last)
            else last + "es" if re.search(r"(?:x|z|ch|sh)$", last) else last + "s")
    return [" ".join([*words[:-1], many])]


def abbreviated(phrase: str, abbreviations: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The phrase with its words in the short forms staff write ("normative documents" -> "normative docs",
    "centralised government procurement" -> "centralised gov procurement", "… govt …"); [] when it has none."""
    words = phrase.split(" ")
    choices = [(w, *abbreviations.get(w, ())) for w in words]
    if all(len(c) == 1 for c in choices):
        return []
    return [" ".join(ws) for ws in itertools.product(*choices) if list(ws) != words][:16]


def with_variants(en_to_zh: dict[str, tuple[str, ...]],
                  abbreviations: Mapping[str, tuple[str, ...]] | None = None) -> dict[str, tuple[str, ...]]:
    """The glossary with the other spellings of each phrase (variants, its plural, and its abbreviated forms); a
    phrase written in the data wins."""
    out = dict(en_to_zh)
    for k, v in en_to_zh.items():
        for alt in variants(k):
            out.setdefault(alt, v)
        # (a phrase written in the singular also in the plural: "court cases" of "court case", "budgets")
        for alt in plural_formed(k, en_to_zh) if v else ():
            for spelling in (alt, *variants(alt)):
                out.setdefault(spelling, v)
        # (only a phrase that translates: one that names nothing, "disclosed information" = [], guards its own words)
        for alt in base_formed(k) if v else ():
            for spelling in (alt, *variants(alt)):
                out.setdefault(spelling, v)
    for k, v in list(out.items()):
        for alt in abbreviated(k, abbreviations or {}):
            out.setdefault(alt, v)
    for k, v in list(out.items()):  # (questions are matched with "'s" dropped: "that's already out" -> "that already out")
        out.setdefault(_POSSESSIVE.sub("", k), v)
    return out


_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s(?![a-z])")


def _label_key(zh: str) -> str:
    """The words a report's label of a template row/column holds by default: its last path element without the
    enumerator ("法人或其他组织 / 商业企业" -> 商业企业, "(二)部分公开" -> 部分公开)."""
    last = zh.split(" / ")[-1].strip()
    return re.sub(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])", "", last)


@lru_cache(maxsize=None)
def template_staff(path: Path = TEMPLATE_DATA) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """Every row and column of the national tables that has staff phrasings (template.toml), in file order, as
    (its name, its staff_en phrasings lower-case, the words its label holds: find_zh, default its name without
    enumerator)."""
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)
    out: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            if "zh" in node and node.get("staff_en"):
                find = tuple(node.get("find_zh") or (node.get("prefix") or _label_key(node["zh"]),))
                out.append((node["zh"], tuple(p.lower() for p in node["staff_en"]), find))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(raw)
    return tuple(out)


def template_phrases(path: Path = TEMPLATE_DATA) -> dict[str, tuple[str, ...]]:
    """Every staff phrasing of a row or column of the national tables -> the words its label holds (the first
    row or column written with the phrasing wins)."""
    out: dict[str, tuple[str, ...]] = {}
    for _zh, phrases, find in template_staff(path):
        for phrase in phrases:
            out.setdefault(phrase, find)
    return out


def joiner_pattern(joiners: list[str] | tuple[str, ...], words: frozenset[str]) -> str:
    """A regular expression of `joiners` (alternatives in the order given, longest first where one holds another:
    以及 before 及) never matching a joiner inside one of `words` that holds it: 及 not in 涉及 or 及时, 与 not in 参与
    ([terms] joiner_words)."""
    alts = []
    for j in joiners:
        guards = "".join(f"(?!{f'(?<={re.escape(w[:k])})' if k else ''}{re.escape(w[k:])})"
                         for w in sorted(words) for k in range(len(w)) if w.startswith(j, k))
        alts.append(guards + re.escape(j))
    return "|".join(alts) or r"(?!)"


def with_joiners(pattern: str, words: frozenset[str]) -> str:
    """A [patterns] regular expression with each `<joiners:加上>` (joiners separated by commas) written out as
    joiner_pattern of them: the one guard of [terms] joiner_words, never a second hand-written lookbehind."""
    return re.sub(r"<joiners:([^>]+)>", lambda m: f"(?:{joiner_pattern(m.group(1).split(','), words)})", pattern)


@lru_cache(maxsize=None)
def load(path: Path = DATA) -> Glossary:
    with open(path, "rb") as fh:
        d = tomllib.load(fh)
    terms = d.get("terms", {})
    joiner_words = frozenset(terms.get("joiner_words", "").split())
    synonyms: dict[str, tuple[str, ...]] = {}
    for group in d.get("zh_synonyms", {}).get("groups", []):
        for w in group:
            synonyms[w] = tuple(dict.fromkeys([*synonyms.get(w, ()), *(o for o in group if o != w)]))
    abbreviations = {k.lower(): tuple(v) for k, v in d.get("abbreviations", {}).items()}
    for k, v in d.get("word_forms", {}).items():  # (other words for a word of a phrase: matched as its short forms)
        abbreviations[k.lower()] = tuple(dict.fromkeys([*abbreviations.get(k.lower(), ()), *v]))
    en_to_zh = {k.lower(): tuple(v) for k, v in d["en_to_zh"].items()}
    for phrase, zh in template_phrases().items():  # (a phrase the glossary writes itself wins)
        en_to_zh.setdefault(phrase, zh)
    return Glossary(
        en_to_zh=MappingProxyType(with_variants(en_to_zh, abbreviations)),
        abbreviations=MappingProxyType(abbreviations),
        generic=frozenset(terms.get("generic", "").split()),
        english_stop=frozenset(terms.get("english_stop", "").split()),
        zh_synonyms=MappingProxyType(synonyms),
        zh_synonym_endings=tuple((a, b) for a, *rest in d.get("zh_synonyms", {}).get("endings", []) for b in rest),
        contact_words=tuple(d.get("asks", {}).get("contact", ())),
        date_words=tuple(d.get("asks", {}).get("date", ())),
        report_date_words=frozenset(d.get("asks", {}).get("report_date", ())),
        day_words=frozenset(d.get("asks", {}).get("day", ())),
        not_places=frozenset(terms.get("not_places", "").split()),
        joiner_words=joiner_words,
        change_en=MappingProxyType(dict(d.get("change_en", {}))),
        units=tuple(sorted(d.get("asks", {}).get("units", ()), key=len, reverse=True)),
        units_en=MappingProxyType(dict(d.get("asks", {}).get("units_en", {}))),
        counted_zh=tuple(d.get("asks", {}).get("counted_zh", ())),
        classifiers_zh=tuple(d.get("asks", {}).get("classifiers_zh", ())),
        glued_verbs_zh=frozenset(d.get("asks", {}).get("glued_verbs_zh", ())),
        same_count_words=frozenset(d.get("asks", {}).get("same_count_words", ())),
        stage_stand_ins=MappingProxyType({k: tuple(v) for k, v in d.get("asks", {}).get("stage_stand_ins", {}).items()}),
        plans_section=tuple(d.get("asks", {}).get("plans_section", ())),
        list_senses=MappingProxyType({k: tuple(v) for k, v in d.get("asks", {}).get("list_senses", {}).items()}),
        patterns=MappingProxyType({k: re.compile(with_joiners(v, joiner_words)) for k, v in d.get("patterns", {}).items()}
                                  | {"conj_zh": re.compile(joiner_pattern(terms.get("conj_zh", "").split(), joiner_words))}),
        zh_colloquial=tuple((re.compile(k), tuple(v)) for k, v in d.get("zh_colloquial", {}).items()),
    )


GLOSSARY = load()
