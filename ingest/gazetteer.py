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
from dataclasses import dataclass
from functools import lru_cache

from assistant.core.vocab import names_vocab
from ingest.places import REGION_SUFFIXES, SUFFIX_PINYIN, pinyin_of

V = names_vocab()
# the pinyin of a place suffix alone ("xian", "qu", "shi") is never a place name in a file name
_SUFFIX_WORDS = frozenset(py for py, _en in SUFFIX_PINYIN.values())


@dataclass(frozen=True)
class Place:
    code: str  # 12-digit adcode: 2 digits province, 2 city, 2 county
    name: str  # 泰安市

    @property
    def level(self) -> int:  # 1 province, 2 city, 3 county
        return 1 if self.code[2:6] == "0000" else 2 if self.code[4:6] == "00" else 3

    def under(self, other: "Place") -> bool:
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
    for spelling, name in V.gazetteer_alias.items():
        if name in by_name:
            add(spelling, by_name[name])
    return {k: tuple(v) for k, v in out.items()}


def resolve(tokens: list[str]) -> Place | None:
    """The most specific place the lower-case tokens of a file name name unambiguously, or None."""
    g = gazetteer()
    if not g:
        return None
    words = [t for t in tokens if t.isalpha()]
    keys = words + [a + b for a, b in zip(words, words[1:]) if b in _SUFFIX_WORDS]
    cands = {k: list(g[k]) for k in keys if k in g}
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
        if len(inside) == 1:
            resolved.append(inside[0])
    if not resolved:
        return None
    deepest = max(p.level for p in resolved)
    best = {p for p in resolved if p.level == deepest}
    return best.pop() if len(best) == 1 else None
