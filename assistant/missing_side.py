"""A comparison whose other side is a place no report is from ("龙岗区那个部门和福田区公安分局哪家多", "Longgang's
department vs the Futian police"): the names index scopes the question to the one report it knows, and the answer
would give that report's figure alone as if nothing were missing.  A place no report holds (``unknown_places``)
written right after a word joining the sides (和, 与, 跟, 比, vs, versus, compared with, and …) is a side with no report:
the question is declined naming it, as a question naming only unknown places is (assistant.api ``_scope``)."""

from __future__ import annotations

import re
from typing import Any

from assistant.core.glossary import GLOSSARY

_COMPARE = GLOSSARY.patterns["compare"]
_JOINED = re.compile(r"(?:和|与|跟|同|比|及|对比|vs\.?|versus|compared\s+(?:with|to)|against|and)\s*(?:the\s+)?$")


def side_without_report(q: Any) -> list[str]:
    """The unknown places of `q` (parsed, `unknown_places` set) that a comparison of fewer than two reports in
    scope names as a side of its own; [] when the question compares nothing or its sides have reports."""
    if not q.unknown_places or q.doc_ids is None or len(q.doc_ids) >= 2 or not _COMPARE.search(q.norm):
        return []
    out = []
    for place in q.unknown_places:
        at = q.norm.find(place.lower())
        if at > 0 and _JOINED.search(q.norm[max(0, at - 16):at]):
            out.append(place)
    return out
