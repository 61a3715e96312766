"""An ask of every column of one table row ("for rules (规章), what are the three numbers shown", "the three figures
given for normative documents"): all the row's cells, in the table's column order, not the one cell (or the prose
figure) the label search ranked first.

The row is the one whose own label the ask writes in Chinese ("rules (规章)"), else the row of the table cell the ask
found.  The count the ask says ("three numbers") must be the row's number of cells: an ask of three of a row's eight
applicant columns is no ask of the whole row.  A piece of the question split off before it that asks nothing ("…, 2019:
in the art. 20(1) table") is no ask of its own then.
"""

from __future__ import annotations

import re

from assistant.core.types import Fact

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7}
# "the three numbers shown for …", "all the figures given", "what are its three values in the row"
_EVERY_CELL = re.compile(r"(?<![a-z])(?:(?:the|its|all(?:\s+the)?|all\s+of\s+the)\s+)(two|three|four|five|six|seven|[2-7])?\s*"
                         r"(?:numbers|figures|values|cells|columns)\s+(?:shown|given|listed|reported|recorded|for|in|of|on|—|-)")
_ASKS_SOMETHING = re.compile(r"(?<![a-z])(?:how|what|which|who|when|where|why|number|numbers|figures?|count|give|tell|list|show)(?![a-z])|[?？]")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")


def cells_asked(ask: str) -> int | None:
    """How many cells of a row the ask asks for: the number it says, 0 for "all"; None for no ask of a row's cells."""
    m = _EVERY_CELL.search(ask.lower())
    if not m:
        return None
    return _COUNTS[m.group(1)] if m.group(1) else 0


def row_of(cells: list[Fact], row: str) -> list[Fact]:
    """The cells with a value of one table row, in column order."""
    return sorted((f for f in cells if f.row == row and f.value is not None), key=lambda f: f.start)


def named_row(ask: str, cells: list[Fact]) -> str | None:
    """The one row whose own label (its last part, "第二十条第(一)项 / 规章" -> 规章) the ask writes in Chinese."""
    words = set(_CJK_WORD.findall(ask))
    rows = {f.row for f in cells if f.row and f.row.split(" / ")[-1].strip() in words}
    return rows.pop() if len(rows) == 1 else None


def every_cell_of_row(gatherer, q, out: list) -> None:
    """Give an ask of every column of one table row (cells_asked) that row's cells; drop a piece before it that asks
    nothing.  `gatherer`: the evidence gatherer (its fact index); `out`: the gathered AskEvidence."""
    for k, ev in enumerate(out):
        wanted = cells_asked(ev.ask.text)
        if wanted is None:
            continue
        docs = {f.doc_id for f in ev.facts} or set(q.doc_ids or [])
        if len(docs) != 1:
            continue
        doc = docs.pop()
        cells = [f for f in gatherer.fact_index.facts([doc]) if f.table != "narrative" and f.doc_id == doc]
        row = named_row(ev.ask.text, cells) or next((f.row for f in ev.facts if f.table != "narrative" and f.doc_id == doc), None)
        found = row_of(cells, row) if row else []
        if len(found) < 2 or wanted and len(found) != wanted:
            continue
        ev.facts, ev.context, ev.part, ev.sentences, ev.breakdown = found, [], "", [], []
        out[:] = [e for i, e in enumerate(out) if i >= k or _ASKS_SOMETHING.search(e.ask.text.split(":")[-1])]
        return
