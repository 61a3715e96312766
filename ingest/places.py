"""Place names: the region of an agency, pinyin of names, and every place/agency name a text mentions.

Vocabulary (suffixes, pinyin overrides, generic words) comes from assistant/core/data/names.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.core.vocab import names_vocab


@dataclass(frozen=True)
class SourceIdentity:
    """What one source outside the text proper (a file name, an English title) says of a report's
    identity; a field is None when that source says nothing of it."""

    title: str | None = None
    agency: str | None = None
    region: str | None = None
    year: int | None = None
    # an agency composed from the source's place and agency-type words ("hainan" + "shipinyaopin_jianguanju"
    # -> 海南省食品药品监督管理局): used only when the text names no agency of its own
    composed: str | None = None
    parents: tuple[str, ...] = ()  # the city/province the source's place lies in (gazetteer): names, never identity


CJK = "\u3400-\u9fff"
V = names_vocab()

REGION_SUFFIXES = V.region_suffixes
SUBPLACE_SUFFIXES = V.subplace_suffixes
SUFFIX_PINYIN = V.place_suffix
STOP_CHARS = V.stop_chars



def suffix_pattern(suffixes) -> str:
    """An alternation of place suffixes, each not followed by the rest of an agency word it starts (names.toml
    not_suffix_words: the 市 of "白鹭湾区市场监督管理局" or "白鹭湾市监局" ends no place)."""
    out = []
    for suf in suffixes:
        tails = [w[len(suf):] for w in V.not_suffix_words if w.startswith(suf) and len(w) > len(suf)]
        out.append(re.escape(suf) + (f"(?!{'|'.join(map(re.escape, tails))})" if tails else ""))
    return "|".join(out)


def ends_no_place(text: str, at: int) -> bool:
    """The suffix character at `at` starts an agency's words (市场, 市监 …), so it ends no place."""
    return text.startswith(V.not_suffix_words, at)


REGION_RE = re.compile(rf"([{CJK}]{{1,8}}?)({suffix_pattern(REGION_SUFFIXES)})")
SUBPLACE_RE = re.compile(rf"([{CJK}]{{1,8}}?)({suffix_pattern(SUBPLACE_SUFFIXES)})")


@lru_cache(maxsize=1)
def _pypinyin():
    """pypinyin with the place-name overrides of the data file loaded (once)."""
    import pypinyin

    phrases = {k: [[s] for s in v.split()] for k, v in V.pinyin.items() if len(k) > 1}
    singles = {ord(k): v for k, v in V.pinyin.items() if len(k) == 1}
    pypinyin.load_phrases_dict(phrases)
    pypinyin.load_single_dict(singles)
    return pypinyin


def pinyin_of(name: str) -> str:
    """Toneless lower-case pinyin of a (place) name, syllables joined: 昆都仑 -> "kundulun",
    长沙 -> "changsha".  Non-Chinese characters are kept (lower-cased) except punctuation."""
    p = _pypinyin()
    s = "".join(p.lazy_pinyin(name, style=p.Style.NORMAL, v_to_u=True)).lower().replace("ü", "u")
    return re.sub(r"[^0-9a-z]", "", s)


def split_place(name: str, pattern: re.Pattern[str] = REGION_RE) -> tuple[str, str] | None:
    """"昆都仑区信访局" -> ("昆都仑", "区"); None when the name does not start with a place."""
    m = pattern.match(name)
    if not m:
        return None
    stem, suffix = m.group(1), m.group(2)
    if stem[0] in "市区县省州乡镇" or stem == "自治" or any(c in STOP_CHARS for c in stem):
        return None
    end = m.end()
    # 广州 + 市: a 州 that is part of the name, not the suffix
    while (end < len(name) and suffix in ("州", "区") and name[end] in "市区县" and end - m.start() < 10
           and not ends_no_place(name, end)):
        stem, suffix = stem + suffix, name[end]
        end += 1
    return stem, suffix


def region_of(agency: str | None) -> str | None:
    """Leading place name (county level or above) of an agency or title:
    "昆都仑区信访局" -> "昆都仑区", "广州市信访局" -> "广州市", "伊春区" -> "伊春区";
    None for "市信访局", "区科技工业商务信息化局", "北京街道办事处"."""
    if not agency:
        return None
    agency = re.sub(r"^(?:\d{4}|[0-9xX]{2,4})年度?", "", agency.strip())
    sp = split_place(agency, REGION_RE)
    return sp[0] + sp[1] if sp else None


def place_aliases(stem: str, suffix: str, bare: bool = True) -> list[str]:
    """Pinyin forms of a place: ("kundulun", "kundulunqu", "kundulun district")."""
    p = pinyin_of(stem)
    if not p:
        return []
    sp, en = SUFFIX_PINYIN.get(suffix, ("", ""))
    out = []
    if bare and len(stem) >= 2:
        out.append(p)
    if sp:
        out.append(p + sp)
    if en:
        out.append(f"{p} {en}")
    return out


# --- names a text mentions ----------------------------------------------------------------------

_ALL_SUFFIXES = sorted(set(REGION_SUFFIXES) | set(SUBPLACE_SUFFIXES), key=len, reverse=True)
# a type or its abbreviation (发改局 -> 发展和改革局), longest first
_TYPE_OF = {x: t.zh for t in V.agency_types for x in (t.zh, *t.zh_abbr) if not x.startswith("政府")}
_TYPES_RE = re.compile("|".join(re.escape(x) for x in sorted(_TYPE_OF, key=len, reverse=True)))
_SUB_THEN_TYPE = re.compile(rf"(?:[{CJK}]{{2,6}}?(?:{'|'.join(SUBPLACE_SUFFIXES)}))?(?:{_TYPES_RE.pattern})")


def _is_place_word(w: str) -> str | None:
    """The suffix when a segmented word is a place name ("东丽区", "新开岭镇"), else None."""
    for suf in _ALL_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 2:
            stem = w[: -len(suf)]
            if any(c in STOP_CHARS or c in V.not_place_chars for c in stem) or stem[0] in V.pronoun_starts:
                return None
            if stem == "自治" or (not suf.startswith("自治") and stem.endswith("自治")):
                return None  # "自治区" alone is the level word, not a place
            if suf.startswith("自治") and not _autonomous(stem, suf):
                return None  # "建立自治区": a verb before the level word
            if re.fullmatch(f"[{CJK}]+", stem) is None:
                return None
            return suf
    return None


def _autonomous(stem: str, suf: str) -> bool:
    """An autonomous place's name holds its peoples (延边朝鲜族自治州), or is a province-level one (西藏自治区)."""
    from ingest.gazetteer import province_names  # here: the gazetteer imports this module

    return stem.endswith(V.ethnic) or (stem + suf) in province_names()


def places_in_text(text: str, limit: int = 80) -> list[str]:
    """Place names the text mentions, most frequent first: words that end in a place suffix
    ("泰安市", "新开岭镇") and words followed by a lone suffix ("东丽" + "区")."""
    return list(_places_in_text(text, limit))


@lru_cache(maxsize=4)  # identity reads the places of one text several times (file name, fallbacks, mentions)
def _places_in_text(text: str, limit: int) -> tuple[str, ...]:
    from assistant.core.text import _jieba  # the shared, initialised jieba

    counts: dict[str, int] = {}
    for run in re.findall(f"[{CJK}]+", text):
        words = _jieba().lcut(run)
        for i, w in enumerate(words):
            cand = None
            if _is_place_word(w):
                cand = w
            elif any(w.endswith(suf) for suf in _ALL_SUFFIXES) and i > 0:
                # the segmenter cut the name: "东丽" + "区", "禾" + "新镇"
                joined = w
                for prev in reversed(words[max(0, i - 2) : i]):
                    joined = prev + joined
                    if _is_place_word(joined):
                        cand = joined
                        break
            if cand:
                counts[cand] = counts.get(cand, 0) + 1
    # a place right before an agency type, wherever the segmenter cut ("青禾" + "区发" + "改局")
    for m in _TYPES_RE.finditer(text):
        for suf in _ALL_SUFFIXES:
            if text.endswith(suf, 0, m.start()):
                for k in (4, 3, 2):
                    cand = text[max(0, m.start() - len(suf) - k) : m.start()]
                    if len(cand) == k + len(suf) and _is_place_word(cand) and cand not in counts:
                        counts[cand] = 1
                        break
                    if cand in counts:
                        break
                break
    return tuple(sorted(counts, key=lambda k: -counts[k])[:limit])


def agency_counts(text: str, places: list[str], limit: int = 40) -> dict[str, int]:
    """Agency names the text spells out, with how often: a mentioned place followed by a known agency
    type or its abbreviation, optionally through a sub-place ("綦江区" + "新盛街道" + "办事处";
    "西安区发改局" counts for 西安区发展和改革局)."""
    out: dict[str, int] = {}
    for p in places:
        for m in re.finditer(re.escape(p), text):
            t = _SUB_THEN_TYPE.match(text, m.end())
            if not t:
                continue
            typ = _TYPES_RE.search(t.group(0))
            name = p + t.group(0)[: typ.start()] + _TYPE_OF[typ.group(0)]
            if name in out or len(out) < limit:
                out[name] = out.get(name, 0) + 1
    return out


def agencies_in_text(text: str, places: list[str], limit: int = 40) -> list[str]:
    return list(agency_counts(text, places, limit))


def place_forms(place: str) -> list[str]:
    """The forms a question may use for a place: the name, its short name (新疆维吾尔自治区 -> 新疆),
    pinyin with and without suffix, English names from the data ("xinjiang", "inner mongolia")."""
    suf = _is_place_word(place) or next((s for s in _ALL_SUFFIXES if place.endswith(s) and len(place) > len(s)), None)
    if not suf:
        return [place]
    out = [place]
    short = V.short_place(place)
    stem = place[: -len(suf)]
    out += place_aliases(stem, suf, bare=suf != "街道")
    if short and short != stem:
        out += [short, *place_aliases(short, suf)]
    out += V.english_names(place)
    return out


def mentions(text: str, extra: list[str] = ()) -> list[str]:
    """Every place and agency name the text mentions, with the pinyin, short and English forms of the
    places, the provinces it names by their short name ("视察新疆" -> 新疆维吾尔自治区), the cities it names by their bare
    name (ingest/gazetteer.py cities_in: "淮南以…分居全省第4位" -> 淮南市), and `extra` places
    (the parents of the report's place in the gazetteer): what the names index holds for a report beside
    its own agency/region/aliases."""
    from ingest.gazetteer import cities_in, provinces_in  # here: the gazetteer imports this module

    places = places_in_text(text)
    out = places + agencies_in_text(text, places)
    # (and the cities it names by their bare name, "淮南以…分居全省第4位" -> 淮南市)
    for p in [*places, *provinces_in(text), *cities_in(text), *extra]:
        out += place_forms(p)
    seen: set[str] = set()
    return [x for x in out if not (x in seen or seen.add(x))]
