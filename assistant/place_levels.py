"""A place the question writes with its level (西安市, 青禾市, 北京市) where the reports its name finds are of a place of
the same name at another level (辽源市西安区, 青禾县, 北京街道): no report is from the place asked.

Chinese writes a place's level as the end of its name, and two places may share the rest: 西安市 (Shaanxi) and 辽源市
西安区 (Jilin), 青禾县 and a city 青禾市.  The names index matches the bare name (西安) of the district's report, so
"西安市发改委2022年…" would be answered from 西安区发展和改革局 — a report of another place.  When the level written
after the name differs from the level every matched report writes after it (its region, agency, Chinese aliases), and
no report's names or text hold the place as written, the answer says that no report is from it and which reports
the name does find (``answered`` False).  A level written after the name that starts an agency type ("西安市场监管局":
市场监督管理局) is no level.  The level words are the place suffixes of names.toml [place_suffix], without the loose
ones (地区, 州, 特别行政区).

English writes the level as a word after the name ("Xi'an municipal DRC", "Qinghe district"), judged the same way
against the levels the report's English aliases write after the name ("xian district"); English words are looser
than the Chinese ends, so each stands for every level everyday English calls by it (data: names.toml
[place_level_en]): "county" is also a county-level city (Sanhe county of 三河市), "town" also a township or a
subdistrict.  Only a report at none of them is another place.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.core.vocab import names_vocab
from assistant.scope import WEIGHT, names_index

V = names_vocab()
_CJK = re.compile(r"[\u3400-\u9fff]")
# (地区 also means "the area around", 州 ends many a bare name: 杭州, 郑州)
_LOOSE = frozenset({"地区", "州", "特别行政区"})
LEVELS = tuple(sorted((s for s in V.place_suffix if s not in _LOOSE), key=len, reverse=True))


def _level_at(text: str, i: int) -> str | None:
    """The level word `text` writes at `i` (西安|区 -> 区), None when none starts there."""
    return next((s for s in LEVELS if text.startswith(s, i)), None)


def _starts_agency_type(text: str) -> bool:
    return any(text.startswith(t.zh) or any(text.startswith(a) for a in t.zh_abbr if len(a) >= 3) for t in V.agency_types)


def _levels_of(r: Any, stem: str) -> set[str]:
    """The levels the report writes right after `stem` in its own names (region, agency, Chinese aliases)."""
    out: set[str] = set()
    for name in (r.region or "", r.agency or "", *(a for a in r.aliases if _CJK.search(a or ""))):
        for m in re.finditer(re.escape(stem), name):
            level = _level_at(name, m.end())
            if level:
                out.add(level)
    return out


# English level word after a place's name (Xi'an municipal, Qinghe's county, Qinghe City): which word it is
_EN_LEVEL = re.compile(r"(?:'s)?\s+(" + "|".join(sorted(map(re.escape, V.place_level_en), key=len, reverse=True)) + r")\b")
# English words of the levels the reports' aliases write after a name ("qinghe district", "qinghequ")
_ALIAS_LEVEL = {w: zh for zh, (py, en) in V.place_suffix.items() if zh in LEVELS for w in (en, py)}


def _en_levels_of(r: Any, name: str) -> set[str]:
    """The levels the report's English aliases write after `name` (xian district -> 区)."""
    out: set[str] = set()
    for a in r.aliases:
        if a and not _CJK.search(a) and a.startswith(name) and len(a) > len(name):
            level = _ALIAS_LEVEL.get(a[len(name):].strip())
            if level:
                out.add(level)
    return out


def _mentions_at(r: Any, name: str, levels: set[str]) -> bool:
    """Whether the report's text mentions a place of pinyin `name` at one of `levels`."""
    from ingest.places import pinyin_of  # pypinyin with the place-name overrides of names.toml

    bare = re.sub(r"[^a-z]", "", name)
    return any(m.endswith(zh) and len(m) > len(zh) and re.sub(r"[^a-z]", "", pinyin_of(m[: -len(zh)])) == bare
               for m in r.mentions or () for zh in levels)


def _english_other_level(norm: str, s: int, e: int, hit: Any, names: Any, index: Any) -> tuple[str, str, list[str]] | None:
    m = _EN_LEVEL.match(norm, e)
    if m is None or any(norm.startswith(en, m.start(1)) for t in V.agency_types for en in t.en):
        return None  # no level word, or one that starts an agency type ("town government")
    word = m.group(1)
    accepted = set(V.place_level_en[word])
    if any(next(names.automaton.keys(f"{hit.name} {w}"), None) is not None
           for w in (word, *(en for zh, (py, en) in V.place_suffix.items() if zh in accepted))):
        return None  # a report's names or text hold the place as written
    docs = [index.by_doc[d] for d, w in hit.doc_ids.items() if w >= WEIGHT["alias"] and d in index.by_doc]
    if any(_mentions_at(d, hit.name, accepted) for d in docs):
        return None  # the text mentions the place at a level asked (白沙市 in 白沙县's report): maybe its city
    levels = {d.doc_id: _en_levels_of(d, hit.name) for d in docs}
    if docs and all(levels[d.doc_id] and not levels[d.doc_id] & accepted for d in docs):
        theirs = [d.agency or d.region or "" for d in docs]
        return norm[s:m.end()].title(), norm[s:e].title(), list(dict.fromkeys(t for t in theirs if t))
    return None


def places_of_other_level(q: Any, index: Any) -> list[tuple[str, str, list[str]]]:
    """(the place as the question writes it, its name, the reports of that name at another level) for each place whose
    name the reports hold only at another level; [] otherwise.  `q`: a parsed question (norm, doc_ids)."""
    if q.doc_ids is None:
        return []
    names = names_index(index.reports)
    if not names.size:
        return []
    out: list[tuple[str, str, list[str]]] = []
    # (the names hold pinyin without the apostrophe English may write inside it: "xi'an" is "xian")
    norm = re.sub(r"(?<=[a-z])['’](?=[a-z])", "", q.norm)
    for _s, e, hit in names.spans(norm):
        if not _CJK.search(hit.name):
            if re.fullmatch(r"[a-z ]+", hit.name) and (_s == 0 or not norm[_s - 1].isalpha()):
                got = _english_other_level(norm, _s, e, hit, names, index)
                if got:
                    out.append(got)
            continue
        if _level_at(hit.name, len(hit.name) - 1) or any(hit.name.endswith(s) for s in LEVELS):
            continue  # (a name written with its own level: 西安区 is the place asked)
        level = _level_at(norm, e)
        if level is None or _starts_agency_type(norm[e:]):
            continue
        asked = hit.name + level
        if next(names.automaton.keys(asked), None) is not None:
            continue  # a report's name or text holds the place as written (its city, a place it mentions)
        docs = [index.by_doc[d] for d, w in hit.doc_ids.items() if w >= WEIGHT["alias"] and d in index.by_doc]
        levels = {d.doc_id: _levels_of(d, hit.name) for d in docs}
        if docs and all(levels[d.doc_id] and level not in levels[d.doc_id] for d in docs):
            theirs = [d.agency or d.region or "" for d in docs]
            out.append((asked, hit.name, list(dict.fromkeys(t for t in theirs if t))))
    return out


def other_level_refusal(q: Any, index: Any, t: dict) -> str | None:
    """The answer that no report is from the place asked (extractive template ``unknown_entity_other_level``), None
    when every place the question writes is one the reports hold."""
    for asked, name, others in places_of_other_level(q, index)[:1]:
        sep = "、" if q.language == "zh" else ", "
        return t["unknown_entity_other_level"].format(entity=asked, name=name, others=sep.join(others))
    return None
