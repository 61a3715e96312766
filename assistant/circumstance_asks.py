"""A clause of circumstance written before the ask it sets ("…, 2018 report: when working out which information can be
made public, which laws does it go by?"): the question reads its "when" as "whenever" (assistant/query.py); split off
at its comma it asks nothing of its own, and searched alone it finds figures or dates nobody asked.  It is joined to
the ask after it, which it qualifies.

Read by the ask split (assistant/asks.py split_asks).
"""

from __future__ import annotations

import re

# a piece that is only a circumstance: its "whenever" clause holds no question mark of its own
_CIRCUMSTANCE = re.compile(r"(?<![a-z])whenever\s+[^?？]+$")


def joined_circumstances(asks: list) -> list:
    """`asks` with each piece ending in a "whenever" clause joined to the ask after it (same object kept: the later)."""
    out = []
    carry = ""
    for i, a in enumerate(asks):
        if carry:
            a.text = f"{carry}, {a.text}"
            carry = ""
        if i + 1 < len(asks) and _CIRCUMSTANCE.search(a.text) and not a.within and not a.change:
            carry = a.text
            continue
        out.append(a)
    return out
