"""China's administrative divisions (province, city, county) by pinyin, to read places from file names.

The divisions come from the ``cpca`` package's adcode table (MIT; read as data, cpca itself is not
imported); without it the gazetteer is empty and file names give no place.  A pinyin token resolves to a
place only when that is unambiguous: the other tokens of the name must not contradict it (a province or
city token keeps only places under it: "jiangsu_taizhou" is 泰州市, "zhejiang_taizhou" 台州市) and exactly
one place must remain ("suzhou" alone — 宿州市 or 苏州市 — gives nothing).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.core.vocab import names_vocab
from ingest.places import REGION_SUFFIXES, SUFFIX_PINYIN, pinyin_of

V = names_vocab()
# the pinyin of a place suffix alone ("xian", "qu", "shi") is never a place name in a file name
_SUFFIX_WORDS = frozenset(py for py, _en in SUFFIX_PINYIN.values())
_SUFFIX_KIND = {py: zh for zh, (py, _en) in SUFFIX_PINYIN.items()}  # "zizhiqu" -> 自治区


@dataclass(frozen=True)
class Place:
    code: str  # 12-digit adcode: 2 digits province, 2 city, 2 county
    name: str  # 泰安市

    @property
    def level(self) -> int:  # 1 province, 2 city, 3 county
        return 1 if self.code[2:6] == "0000" else 2 if self.code[4:6] == "00" else 3

    def under(self, other: Place) -> bool:
        """This place lies inside `other` (a province or city)."""
        n = 2 if other.level == 1 else 4
        return other.level < self.level and self.code[:n] == other.code[:n]


def _rows() -> list[tuple[str, str]]:
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("cpca")  # located, not imported (its import loads pandas and more)
    if spec is None or not spec.origin:
        return []
    try:
        data = (Path(spec.origin).parent / "resources" / "adcodes.csv").read_text(encoding="utf-8")
    except OSError:
        return []
    return [(r["adcode"], r["name"]) for r in csv.DictReader(io.StringIO(data)) if r.get("adcode") and r.get("name")]


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[Place, ...]]:
    """pinyin key -> places: the name's stem ("taian") and stem + suffix ("taianshi")."""
    out: dict[str, list[Place]] = {}
    by_name: dict[str, Place] = {}

    def add(key: str, p: Place) -> None:
        if key and key not in _SUFFIX_WORDS and p not in out.setdefault(key, []):
            out[key].append(p)

    for code, name in _rows():
        p = Place(code, name)
        by_name.setdefault(name, p)
        for suf in REGION_SUFFIXES:
            if name.endswith(suf) and len(name) > len(suf):
                stem = pinyin_of(name[: -len(suf)])
                if len(name) - len(suf) >= 2:
                    add(stem, p)
                add(stem + SUFFIX_PINYIN.get(suf, ("", ""))[0], p)
                break
        else:
            add(pinyin_of(name), p)
    spellings = [*V.gazetteer_alias.items(), *((en, name) for name, ens in V.place_en.items() for en in ens)]
    for spelling, name in spellings:
        if name in by_name:
            add("".join(c for c in spelling if c.isalpha()), by_name[name])
    return {k: tuple(v) for k, v in out.items()}


def resolve(tokens: list[str]) -> Place | None:
    """The most specific place the lower-case tokens of a file name name unambiguously, or None."""
    g = gazetteer()
    if not g:
        return None
    words = [t for t in tokens if t.isalpha()]
    keys = words + [a + b for a, b in zip(words, words[1:]) if b in _SUFFIX_WORDS]
    cands = {k: list(g[k]) for k in keys if k in g}
    # a suffix word after a token says which kind of place it is: "xinjiang", "zizhiqu" -> an autonomous region
    for a, b in zip(words, words[1:], strict=False):
        if a in cands and b in _SUFFIX_KIND:
            kind = [p for p in cands[a] if p.name.endswith(_SUFFIX_KIND[b])]
            cands[a] = kind or cands[a]
    if not cands:
        return None
    # a token naming exactly one province or city constrains the others
    anchors = [ps[0] for ps in cands.values() if len(ps) == 1 and ps[0].level < 3]
    resolved: list[Place] = []
    for k, ps in cands.items():
        inside = [p for p in ps if all(p.under(a) or p == a or a.under(p) for a in anchors)]
        if len(inside) > 1:  # prefer the places some anchor supports
            supported = [p for p in inside if any(p.under(a) for a in anchors)]
            inside = supported or inside
        provinces = [p for p in inside if p.level == 1]
        if len(inside) > 1 and len(provinces) == 1 and not any(p.under(a) for p in inside for a in anchors):
            # a bare province name ("hainan") means the province, not a district spelt the same (海南区)
            inside = provinces
        if len(inside) == 1:
            resolved.append(inside[0])
    if not resolved:
        return None
    deepest = max(p.level for p in resolved)
    best = {p for p in resolved if p.level == deepest}
    return best.pop() if len(best) == 1 else None


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Place]:
    return {code: Place(code, name) for code, name in _rows()}


def parents(place: Place) -> list[str]:
    """The city and province a place lies in (泰安市 -> [山东省]; a county -> [its city, its province])."""
    codes = {1: [], 2: [place.code[:2] + "0" * 10], 3: [place.code[:4] + "0" * 8, place.code[:2] + "0" * 10]}[place.level]
    by_code = _by_code()
    return [by_code[c].name for c in codes if c in by_code and c != place.code]


@lru_cache(maxsize=1)
def _province_shorts() -> dict[str, str]:
    """Short name -> province-level place (新疆 -> 新疆维吾尔自治区, 海南 -> 海南省)."""
    out = {}
    for p in _by_code().values():
        if p.level == 1 and (short := V.short_place(p.name)) and short != p.name:
            out[short] = p.name
    return out


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The full name of every place of China's administrative divisions (to province, city and county)."""
    return frozenset(name for _code, name in _rows())


def province_names() -> frozenset[str]:
    """Every province-level place (省, 自治区, 直辖市, 特别行政区)."""
    return frozenset(_province_shorts().values())


def provinces_in(text: str) -> list[str]:
    """Province-level places the text names by their short name ("贯彻视察新疆重要讲话" -> 新疆维吾尔自治区)."""
    return [full for short, full in _province_shorts().items()
            if short in text and re.search(re.escape(short) + r"(?![路街道巷里村])", text)]  # 北京路 is a street


@lru_cache(maxsize=1)
def _city_stems() -> dict[str, str]:
    """Bare name -> city, for the prefecture-level cities a bare name names alone: no other place of the country (of
    any level) has that name (朝阳: 朝阳市, 朝阳区, 朝阳县; 西安: 西安市, 辽源's 西安区), it is no province's short name (吉林),
    and jieba's dictionary marks it as a place name (ns): 淮南 -> 淮南市, never 东方 (东方市, but a word "east"), 大同 or
    开封 (words of other kinds)."""
    stems: dict[str, list[Place]] = {}
    for p in _by_code().values():
        suf = next((x for x in REGION_SUFFIXES if p.name.endswith(x) and len(p.name) > len(x)), None)
        stems.setdefault(p.name[: -len(suf)] if suf else p.name, []).append(p)
    provinces = _province_shorts()
    unique = {s: ps[0].name for s, ps in stems.items()
              if len(s) >= 2 and len(ps) == 1 and ps[0].level == 2 and s not in provinces}
    return {s: unique[s] for s in _place_words(frozenset(unique))}


def _place_words(words: frozenset[str]) -> list[str]:
    """The words of `words` jieba's dictionary tags as place names (ns)."""
    import jieba

    out = []
    with jieba.get_dict_file() as f:
        for line in f:
            parts = line.decode("utf-8").split()
            if len(parts) == 3 and parts[2] == "ns" and parts[0] in words:
                out.append(parts[0])
    return out


# after a bare city name: a suffix or a street word makes it part of another name (淮南路, 淮南区), never the city alone
_NAME_GOES_ON = re.compile(r"[市区县州盟旗镇乡街路道村巷里]")


def cities_in(text: str) -> list[str]:
    """Prefecture-level cities the text names by their bare name, as a word of its own ("淮南以…分居全省第4位",
    "淮南民生工程网" -> 淮南市): a name written without its 市 is still the place the text tells of."""
    from assistant.core.text import _jieba  # the shared, initialised jieba

    stems = _city_stems()
    out: list[str] = []
    for run in re.finditer(r"[\u3400-\u9fff]+", text):
        words = _jieba().lcut(run.group())
        for w, nxt in zip(words, [*words[1:], ""]):
            if w in stems and not _NAME_GOES_ON.match(nxt):
                out.append(stems[w])
    return list(dict.fromkeys(out))
