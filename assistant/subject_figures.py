"""The figure of a subject's act, where a report writes the subject's figure and then its act's in one clause run.

"初访2300案次,办结2000案次,办结率87%；重访4500案次,办结3900案次": the 办结 right after 初访 is 初访's; an ask naming both
("初访办结多少", "这里面初访办结多少") asks that figure, not the subject's own (2300 received) nor another subject's 办结;
an ask of the subject's rate ("初访办结率", "the closure rate for first-time visits") the rate further along its run (87%).
Pure functions over facts and the report's text.
"""

from __future__ import annotations

import re

from assistant.core.types import Fact
from assistant.labels import has

# what may stand between a subject's figure and its act's: the unit, a comma, the act's label ("案次,办结")
_GAP = re.compile(r"[^。；;!！?？\n0-9]{0,12}")


def _next_figure(f: Fact, doc_facts: list[Fact]) -> Fact | None:
    after = [g for g in doc_facts if g.kind == "narrative" and g.value is not None and g.start >= f.end]
    return min(after, key=lambda g: g.start, default=None)


def act_of_subject(facts: list[Fact], doc_facts: list[Fact], original: str, terms: list[str], ask: str) -> list[Fact]:
    """`facts` (an ask's figures) with a subject's figure replaced by the figure the report writes right after it when
    the ask writes that figure's whole label too: "初访办结多少" and "初访2300案次,办结2000案次" -> 2000 (not "门户网站发布
    多少" and "门户网站…115条,通过微信公众号发布2104条": that label is a subject of its own). `terms`: the ask's Chinese
    label terms; `ask`: its text; `doc_facts`: the report's facts; `original`: its text (the facts' offsets)."""
    out = []
    for f in facts:
        label = f.row  # (its own row, not the path: "…/办结率其中/初访" holds the sentence's earlier words)
        own = [t for t in terms if has(t, label)]
        missing = [t for t in terms if not has(t, label)]
        nxt = _next_figure(f, doc_facts) if f.kind == "narrative" and own and missing else None
        if (nxt is not None and _GAP.fullmatch(original[f.end:nxt.start]) and nxt.row and nxt.row in ask
                and nxt.row not in label and any(has(t, nxt.row) for t in missing)
                and not any(has(t, nxt.row) for t in own)):
            out.append(nxt)
        else:
            out.append(_rate_after(f, doc_facts, original, terms) or f)
    return list({id(f): f for f in out}.values())


_RUN_FIGURES = 3  # how far along the run a subject's rate may stand ("初访2300案次,办结2000案次,办结率87%": the third)


def _rate_after(f: Fact, doc_facts: list[Fact], original: str, terms: list[str]) -> Fact | None:
    """The rate an ask names (a term ending in 率 that `f`'s own words lack: "closure rate for first-time visits" ->
    初访, 办结率) written after `f` in its clause run, a subject's count and its act's ("初访2300案次,办结2000案次,
    办结率87%"): the first figure of the run in per cent whose own words hold that term; None when `f` is a rate
    itself, the ask names no rate, or the run breaks (a full stop, a semicolon: another subject's run) first."""
    rates = [t for t in terms if t.endswith("率") and not has(t, f.row or "")]
    if f.kind != "narrative" or f.unit == "%" or not rates:
        return None
    at = f
    for _ in range(_RUN_FIGURES):
        nxt = _next_figure(at, doc_facts)
        if nxt is None or not _GAP.fullmatch(original[at.end:nxt.start]):
            return None
        if nxt.unit == "%" and any(has(t, nxt.row or "") for t in rates):
            return nxt
        at = nxt
    return None
