"""A place written in brackets after a name only locates that name ("Longgang district department (Shenzhen)",
"桂花街道（株洲荷塘区）", "the bureau (Shenzhen, Guangdong)"): when every report the name before the bracket holds lies
in the bracketed place, that place names no report of its own — in a comparison it is no third side (the reports of
a city's other agencies), as a place written right beside the name is none (assistant.scope ``_qualifiers``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

_BRACKET = re.compile(r"[(（\[【]([^()（）\[\]【】]{1,60})[)）\]】]")


def bracket_qualifiers(norm: str, spans: Iterable[tuple[int, int, Any]], inside: Callable[[str, str], bool]) -> set[str]:
    """The names of `spans` (start, end, hit with .name and .doc_ids) written inside a bracket whose nearest name
    before it (outside any bracket) only holds reports lying in them (`inside(doc_id, place)`)."""
    spans = sorted(spans, key=lambda x: x[0])
    brackets = [(m.start(), m.end()) for m in _BRACKET.finditer(norm)]
    out: set[str] = set()
    for bs, be in brackets:
        before = [h for s, e, h in spans if e <= bs and not any(s2 <= s < e2 for s2, e2 in brackets)]
        if not before:
            continue
        docs = [d for d, w in before[-1].doc_ids.items() if w > 0]
        for s, e, h in spans:
            if bs < s and e < be and h.name != before[-1].name and docs and all(inside(d, h.name) for d in docs) \
                    and not set(docs) >= set(h.doc_ids):
                out.add(h.name)
    return out
