"""A one-body agency the question names that no report is from: the answer says so instead of quoting another body.

"What's the phone number of the Chinese Academy of Sciences' disclosure office?", "中国社会科学院2019年收到多少申请":
the vocabulary knows these bodies by name (names.toml [agency_en]: central bodies, academies, universities, each one
agency), but when no report is theirs the names index scopes nothing and the search of every report finds a body
of a similar name (the University of the CAS, 中国科学院大学, whose office has a phone of its own) — another body's
figure under the asked one's name.  When the question names such a body (its Chinese name, or an English name as
whole words; the longest name wins, so "University of the Chinese Academy of Sciences" is the university) and no
report's agency is it (nor another Chinese name of the same English name: 国家地震局 and 中国地震局), it is an unknown
entity, as a place no report is from (assistant/scope.py unknown_places).  Only a question the names index scoped
to no report is judged.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from assistant.core.types import Report
from assistant.core.vocab import names_vocab


@cache
def _names() -> tuple[tuple[str, frozenset[str]], ...]:
    """(name, the Chinese names of its body) of every one-body agency name, longest first."""
    table = names_vocab().agency_en
    out: dict[str, set[str]] = {}
    for zh, ens in table.items():
        out.setdefault(zh, set()).add(zh)
        for en in ens:
            out.setdefault(en.lower(), set()).add(zh)
    return tuple(sorted(((n, frozenset(z)) for n, z in out.items()), key=lambda x: -len(x[0])))


def bodies_named(norm: str) -> list[tuple[str, frozenset[str]]]:
    """The one-body agencies the (normalised) question names: (the name as the data writes it, its Chinese names);
    a name inside a longer one names nothing of its own."""
    low = norm.lower()
    taken: list[tuple[int, int]] = []
    out = []
    for name, zhs in _names():
        for m in re.finditer(rf"(?<![a-z]){re.escape(name)}(?![a-z])", low):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            out.append((name, zhs))
    return out


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
