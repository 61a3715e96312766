"""English names of agencies that name no place of their own, written word by word.

Some reports name their agency without a place ("区科技工业商务信息化局", "县自然资源局": a mirror copy that dropped
it). No place name of a question can reach them, and English agency-type words only narrow a match (assistant/scope.py).
A question that writes such a name in English — its level word, the words of its name, its head word: "District
science, industry, commerce and informatization bureau", "the county natural resources bureau" — names exactly
those reports: each word is rendered into Chinese (data: glossary.toml [agency_en]) and found in the agency's name
in order.  Used by assistant.query.parse_question only when no name of the index matched.
"""

from __future__ import annotations

import re
import threading

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Report

_LEVELS = GLOSSARY.agency_levels
_HEADS = GLOSSARY.agency_heads
_WORDS = GLOSSARY.agency_words
_LONGEST = max((len(k.split()) for k in _WORDS), default=1)
_JOINERS = {"and", "&", ","}
_TOKEN = re.compile(r"[a-z][a-z\-']*|[,&]")
_LEVEL_START = re.compile(r"^(?:市|区|县|省|乡|镇)")
# the generic end of an agency's name: what is left before it are the words its English name must render
_GENERIC_END = re.compile(r"(?:委员会|办公室|管理局|中心|分局|局|委|办|部|厅)$")
# the share of the agency's own words the English words must render ("district commerce bureau" is not
# 区科技工业商务信息化局: one word of four)
_MIN_COVER = 0.6


def phrases(norm: str) -> list[tuple[str, str, list[tuple[str, ...]], tuple[str, ...]]]:
    """Agency names written in English in the (normalised) question, each as (the words as written, the level's
    Chinese character, the Chinese alternatives of each word of the name in order, the head's alternatives): a
    head word ("bureau") after words of agency names, after a level word ("district", "county")."""
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(norm)]
    out = []
    for i, (w, _s, e) in enumerate(toks):
        if w not in _HEADS:
            continue
        parts: list[tuple[str, ...]] = []
        j, level, start = i, "", None
        while j > 0:
            for n in range(min(_LONGEST, j), 0, -1):  # the longest word of the data ending here
                key = " ".join(t[0] for t in toks[j - n : j])
                if key in _WORDS:
                    parts.insert(0, _WORDS[key])
                    j, start = j - n, toks[j - n][1]
                    break
            else:
                word = toks[j - 1][0]
                if word in _JOINERS and parts:
                    j -= 1
                    continue
                if word in _LEVELS:
                    level, start = _LEVELS[word], toks[j - 1][1]
                break
        if parts and level and start is not None:
            out.append((norm[start:e], level, parts, _HEADS[w]))
    return out


def names(agency: str, level: str, parts: list[tuple[str, ...]], head: tuple[str, ...]) -> bool:
    """The agency's Chinese name is the level, the parts in order and the head, the parts covering most of its
    own words (区科技工业商务信息化局 of "district science, industry, commerce and informatization bureau")."""
    if not agency.startswith(level) or not any(agency.endswith(h) for h in head):
        return False
    own = _GENERIC_END.sub("", _LEVEL_START.sub("", agency))
    pos, covered, last = 0, 0, ""
    for alts in parts:
        if last in alts:
            continue  # two English words of one Chinese word ("science, technology" -> 科技)
        found = [(own.find(a, pos), a) for a in alts if own.find(a, pos) >= 0]
        if not found:
            return False
        at, a = min(found, key=lambda x: (x[0], -len(x[1])))
        pos, covered, last = at + len(a), covered + len(a), a
    return bool(own) and covered / len(own) >= _MIN_COVER


_lock = threading.Lock()
_placeless: list[tuple[list[Report], list[Report]]] = []


def _without_place(reports: list[Report]) -> list[Report]:
    """The reports whose agency names no place (no region), kept per list of reports (it changes per store generation)."""
    with _lock:
        for lst, out in _placeless:
            if lst is reports:
                return out
        out = [r for r in reports if r.agency and not r.region and _LEVEL_START.match(r.agency)]
        _placeless.insert(0, (reports, out))
        del _placeless[4:]
        return out


def placeless_reports(norm: str, reports: list[Report]) -> tuple[list[str], list[Report]]:
    """(names as written, reports) for the English agency names of the question that name reports without a place."""
    found = phrases(norm)
    if not found:
        return [], []
    pool = _without_place(reports)
    for text, level, parts, head in found:
        hit = [r for r in pool if names(r.agency or "", level, parts, head)]
        if hit:
            return [text], hit
    return [], []
