"""A one-body agency the question names that no report is from: the answer says so instead of quoting another body.

"What's the phone number of the Chinese Academy of Sciences' disclosure office?", "中国社会科学院2019年收到多少申请":
the vocabulary knows these bodies by name (names.toml [agency_en]: central bodies, academies, universities, each one
agency), but when no report is theirs the names index scopes nothing and the search of every report finds a body
of a similar name (the University of the CAS, 中国科学院大学, whose office has a phone of its own) — another body's
figure under the asked one's name.  When the question names such a body (its Chinese name, or an English name as
whole words; the longest name wins, so "University of the Chinese Academy of Sciences" is the university) and no
report's agency is it (nor another Chinese name of the same English name: 国家地震局 and 中国地震局), it is an unknown
entity, as a place no report is from (assistant/unsettled_places.py unknown_places).  Only a question the names index scoped
to no report is judged: a scope check of the registry (assistant/not_stated_checks.py, "unknown body").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from assistant.core.types import Report
from assistant.core.vocab import names_vocab

Names = tuple[tuple[str, frozenset[str]], ...]
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")  # (a name stands as whole words: no letter beside it)


@cache
def _names() -> Names:
    """(name, the Chinese names of its body) of every one-body agency name, longest first."""
    table = names_vocab().agency_en
    out: dict[str, set[str]] = {}
    for zh, ens in table.items():
        out.setdefault(zh, set()).add(zh)
        for en in ens:
            out.setdefault(en.lower(), set()).add(zh)
    return tuple(sorted(((n, frozenset(z)) for n, z in out.items()), key=lambda x: -len(x[0])))


def names_pattern(names: Names) -> re.Pattern:
    """One alternation of every name, longest first, as whole words: it finds, at each place of a question, the
    longest name standing there (a lookahead, so that names starting inside a match are found too)."""
    alternation = "|".join(re.escape(n) for n, _ in names)
    return re.compile(rf"(?<![a-z])(?=(?:{alternation})(?![a-z]))")


@cache
def _pattern() -> re.Pattern:
    return names_pattern(_names())


def names_in(low: str, names: Names, pattern: re.Pattern) -> list[tuple[str, frozenset[str]]]:
    """The names (of `names`, longest first) a lowercased text names, longest first and then in text order; a name
    inside (or overlapping) a longer one names nothing of its own.  `pattern` (names_pattern) finds where names
    start; every name starting there is a candidate, so a shorter name beside a longer one it overlaps is kept or
    dropped as when each name is searched on its own, longest first."""
    starts = [m.start() for m in pattern.finditer(low)]
    found = sorted((rank, s, name, zhs) for s in starts for rank, (name, zhs) in enumerate(names)
                   if low.startswith(name, s) and low[s + len(name):s + len(name) + 1] not in _LETTERS)
    taken: list[tuple[int, int]] = []
    seen_end: dict[str, int] = {}  # (occurrences of one name do not overlap each other: the earlier counts)
    out = []
    for _, s, name, zhs in found:
        e = s + len(name)
        if s < seen_end.get(name, 0):
            continue
        seen_end[name] = e
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append((name, zhs))
    return out


def bodies_named(norm: str) -> list[tuple[str, frozenset[str]]]:
    """The one-body agencies the (normalised) question names: (the name as the data writes it, its Chinese names);
    a name inside a longer one names nothing of its own."""
    return names_in(norm.lower(), _names(), _pattern())


def _has_report(zhs: frozenset[str], reports: list[Report]) -> bool:
    return any(r.agency and any(r.agency == z or r.agency.endswith(z) for z in zhs) for r in reports)


def unknown_bodies(q: Any, reports: list[Report]) -> list[str]:
    """The one-body agencies the question (`q.norm`, `q.text`, `q.doc_ids`) names that no report is from, as the
    question writes them; [] when the names index scoped it to reports."""
    if q.doc_ids is not None:
        return []
    out = []
    for name, zhs in bodies_named(q.norm):
        if _has_report(zhs, reports):
            continue
        written = re.search(re.escape(name), q.text, re.IGNORECASE)
        out.append(written.group() if written else name)
    return list(dict.fromkeys(out))


def unknown_body_refusal(q: Any, index: Any, t: dict) -> str | None:
    """The answer that no report is from the bodies the question names (extractive template ``unknown_entity``),
    None when it names none or a report is from each."""
    missing = unknown_bodies(q, index.reports)
    if not missing:
        return None
    return t["unknown_entity"].format(entity=("、" if q.language == "zh" else ", ").join(missing))
