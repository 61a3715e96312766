"""Places a question names inside a place that has reports, when no report is from the inner one.

"Shenzhen Futian police branch", "深圳市福田区公安分局", "深圳福田公安分局", "Futian, Shenzhen": the question is about
Futian; "Shenzhen" only locates it.  When the stored reports hold Shenzhen (the Longhua police report) but nothing of
Futian, the broader place must not stand in for the missing one: the answer says no report is from Futian.  The inner
place is the one written after the broader one (Chinese and English order alike), or before it with a comma
("Futian, Shenzhen"); a place written before a known one ("Guangdong Shenzhen …") is a broader place, not the asked one.
Words that are no place ("Shenzhen Longhua police sub-bureau", "Beijing Street subdistrict", 深圳市卫健委) never count:
only a word no report's names or text hold (assistant.unsettled_places.unknown_places), or, in Chinese, a word of two to four
characters written between a known place and an agency type (深圳 + 福田 + 公安分局) that no report in scope holds.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from assistant.core.vocab import names_vocab
from assistant.en_phrases import en_word
from assistant.scope import names_index

V = names_vocab()
_CJK = re.compile(r"[\u3400-\u9fff]")
_LEVEL_EN = r"(?:city|district|county|prefecture|province|shi|qu|xian|sheng)"
# between the broader name and the inner one: "shenzhen futian", "shenzhen's futian", "shenzhen city futian"
_AFTER_EN = re.compile(rf"[\s\-]*(?:'s\s*|’s\s*)?(?:{_LEVEL_EN}(?:'s|’s)?\s+)?")
# between the inner name and the broader one: "futian, shenzhen", "futian district, shenzhen"
_BEFORE_EN = re.compile(r"\s*(?:(?:district|county|town|township|subdistrict|qu|xian|zhen)\s*)?[,，]\s*")
_AFTER_ZH = re.compile(r"(?:省|市|区|县|州)?的?")
# calendar words a date writes after a place ("Qinghe, June 2024"): no place
_CALENDAR = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)")


@lru_cache(maxsize=1)
def _type_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """Agency types in Chinese (longest first) and their pinyin: "Gongan" is part of an agency's name, not a place."""
    from ingest.places import pinyin_of

    zh = sorted({t.zh for t in V.agency_types} | {a for t in V.agency_types for a in t.zh_abbr}, key=len, reverse=True)
    # (and the peoples' names of autonomous places: "Guangxi Zhuang Autonomous Region" names no place "Zhuang")
    pinyin = {pinyin_of(w) for w in zh} | {v[0] for v in V.place_suffix.values()} | {pinyin_of(e.removesuffix("族")) for e in V.ethnic}
    return tuple(zh), frozenset(p for p in pinyin if p)


def _locators(norm: str, index: Any, entities: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the names of the question that name a report (not only a mention in its text), or, when
    every name that scoped the question is only mentioned by the reports' texts ("Jiamusi" of a Qianjin district
    bureau's report), those names: a place written inside one the reports only mention has no report either."""
    spans = index.spans(norm)
    weak = bool(entities) and all(max(index.table.get(e, {}).values(), default=0) <= 0 for e in entities)
    return [(s, e, h.name) for s, e, h in spans if max(h.doc_ids.values()) > 0 or (weak and h.name in entities)]


def _place_spans(norm: str, index: Any) -> list[tuple[int, int, str]]:
    """The locating names that are places (a region or an alias), not a full agency name (泰州市人民政府办公室…)."""
    return [(s, e, h.name) for s, e, h in index.spans(norm) if 0 < max(h.doc_ids.values()) < 3 and _CJK.search(h.name)]


def _in_scope_agency(word: str, scoped: list) -> bool:
    """`word` is written in the name of a report in scope, in Chinese or in pinyin ("Qinghe Yangli bureau" of 青禾县样例局:
    the agency's own words, no place)."""
    from ingest.places import pinyin_of

    if not _CJK.search(word):
        return any(word in pinyin_of(r.agency or "") or word in pinyin_of(r.region or "") for r in scoped)
    return any(word in (r.agency or "") or word in (r.region or "") for r in scoped)


def inner_unknown_places(q: Any, index: Any) -> tuple[list[str], set[str]]:
    """(the places of the question that lie inside a place with reports and have none of their own, the names that
    only locate them).  `q`: a parsed question (norm, text, unknown_places, doc_ids); `index`: the search index."""
    names = names_index(index.reports)
    spans = _locators(q.norm, names, list(q.entities or []))
    scoped = [index.by_doc[d] for d in (q.doc_ids or []) if d in index.by_doc]
    zh_types, type_pinyin = _type_words()
    inner: list[str] = []
    located: set[str] = set()
    for place in q.unknown_places:
        word = place.lower()
        if not _CJK.search(word) and (any(word in p for p in type_pinyin) or _CALENDAR.fullmatch(word)
                                      or _in_scope_agency(word, scoped)):
            continue  # "Gongan", "Jiedao", "Yangli": a word of an agency's name; "June": a date
        for m in re.finditer(en_word(word) if word.isascii() else re.escape(word), q.norm):
            for s, e, name in spans:
                after = _AFTER_ZH if _CJK.search(word) else _AFTER_EN
                gap = after.fullmatch(q.norm, e, m.start()) if e <= m.start() else None
                back = (word.isascii() and m.end() <= s and _BEFORE_EN.fullmatch(q.norm, m.end(), s))
                if gap or back:
                    inner.append(place)
                    located.add(name)
    for s, e, name in _place_spans(q.norm, names):  # 深圳 + 福田 + 公安分局: a word between a known place and an agency type
        rest = q.norm[e:]
        rest = rest[1:] if rest[:1] in ("市", "区", "县", "省", "州") else rest
        if any(rest.startswith(t) for t in zh_types):
            continue
        for k in (2, 3, 4):
            word = rest[:k]
            typ = next((t for t in zh_types if rest[k:].startswith(t)), None)
            if typ is None or not re.fullmatch(r"[\u4e00-\u9fff]+", word) or len(word) < k:
                continue
            if any(i in word or word in i for i in inner):
                break  # "深圳市福田区公安分局": 福田区 is found already
            if not (word[0] in "市区县省州乡镇" or any(t in word for t in zh_types) or any(c in V.stop_chars or c in V.not_place_chars for c in word)
                    or word in V.generic_places or names.knows(word) or _in_scope_agency(word, scoped)):
                inner.append(name + word + typ)  # "深圳福田公安分局": the agency asked, as the question writes it
                located.add(name)
            break
    return list(dict.fromkeys(inner)), located


def missing_inner_place(q: Any, index: Any) -> list[str]:
    """The inner places with no report when every name that scoped the question only locates them (the question names
    no report of its own): the answer is that no report is from them.  Empty otherwise."""
    if q.doc_ids is None or not q.entities:
        return []
    inner, located = inner_unknown_places(q, index)
    if inner and set(q.entities) <= located:
        return inner
    return []
