"""Names of a question the scope step cannot settle: places no report's names or text hold (unknown_places), and names standing for several different places (ambiguous_names)."""

from __future__ import annotations

import re
from typing import Any

from assistant.core.text import is_pinyin_word
from assistant.core.types import Report
from assistant.scope import WEIGHT, V, _english_word, _stems, names_index
from ingest.places import suffix_pattern  # (a 市 starting an agency's words, "白鹭湾市监局", ends no place)

_PLACE_ZH = re.compile(rf"[\u4e00-\u9fff]{{2,8}}?(?:{suffix_pattern(('省', '市', '区', '县', '镇', '乡', '街道', '旗'))})")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")


def ambiguous_names(norm: str, reports: list[Report]) -> dict[str, list[str]]:
    """Names of the question that stand for several different places ("suzhou": 宿州市, 苏州市), with
    those places: the scope keeps all of them; the answer should say so (or ask back)."""
    idx = names_index(reports)
    out: dict[str, list[str]] = {}
    for h in idx.hits(norm):
        if max(h.doc_ids.values()) < WEIGHT["alias"]:
            continue
        places = sorted({p for d in h.doc_ids if (p := idx.by_doc[d].region or idx.by_doc[d].agency)})
        if len(places) > 1 and not any(h.name == p or h.name in _stems(p) for p in places):
            out[h.name] = places
    return out


def unknown_places(q: Any, index: Any) -> list[str]:
    """Place names in the question (`q.norm`, `q.text`) that no ingested report's names or text hold
    (`index.reports`)."""
    names = names_index(index.reports)
    out = []
    for m in _PLACE_ZH.finditer(q.norm):
        name = _trim_place(m.group(0))
        if name is None or any(c in V.not_place_chars for c in name):
            continue
        if not names.knows(name):
            out.append(name)
    for w in _CAPITALISED.findall(q.text):
        if _english_word(w.lower()):
            continue  # "Chinese", "Weibo", "Ministry": English vocabulary, not a pinyin place
        if is_pinyin_word(w) and not names.knows(w.lower()):
            out.append(w)
    return out


def _trim_place(name: str) -> str | None:
    """The place a matched run ends with, without the words glued before it ("2019年在区" -> None,
    "年发的自治区" -> None, "拉萨市城关区" stays); None when no place name is left (a bare level word).  A place of the
    country's divisions is kept whole though it holds such a word ("…市向阳区": 向 is a stop word, 向阳区 a district)."""
    from ingest.gazetteer import place_names

    whole = next((name[i:] for i in range(len(name) - 2) if name[i:] in place_names()), None)
    name = re.split(f"[{''.join(sorted(V.stop_chars))}年月日]", name)[-1]
    if whole and len(whole) > len(name):
        return whole
    return None if len(name) < 2 or name in V.generic_places else name
