"""Figures of a two-column list table: "信息类别 | 公开数量（条） |" then one "label | number |" line a row.

A report often lists a count per category in a small table of its own (主动公开信息分类, 政务新媒体发布量…) beside
the standard tables 二/三/四. Such a table is read like prose: each row a figure labelled with its first cell,
in the unit its header names in brackets ("公开数量（条）", "数量（单位：件）"), the sentence introducing the table
("主动公开信息分类情况如下：") its context; the 合计 row is a figure of the same table like the others.

Only a block of table lines that all hold exactly two cells, whose header names a unit and whose every other
line holds a number in its second cell, is such a list: the standard tables mix lines of one, two and more cells
and keep their own reader (ingest/table_reader.py).
"""

from __future__ import annotations

import re

from assistant.core.prose import PROSE
from ingest.prose import ProseFact, clause_label
from ingest.prose_clauses import text_lines
from ingest.table_lexer import parse_value

_UNITS = "|".join(sorted((re.escape(u) for u in PROSE.figure_units), key=len, reverse=True))
# the unit a header cell names: "公开数量（条）", "数量(件)", "发布量（单位：条）"
_HEADER_UNIT = re.compile(rf"[（(]\s*(?:单位\s*[：:]\s*)?(?P<unit>{_UNITS})\s*[）)]\s*$")
_ANNOUNCE = re.compile("(?:" + "|".join(re.escape(w) for w in PROSE.list_announce) + r").*$")
_INTRO_CLAUSE = re.compile(r"[^，,。；;！？!?]*[。：:]?\s*$")


def _cells(line: str) -> list[str]:
    cells = [c.strip() for c in line.split("|")]
    return cells[:-1] if cells and not cells[-1] else cells


def _intro(text: str, before: int) -> str:
    """The words of the sentence right above the table ("主动公开信息分类情况如下：" -> 主动公开信息分类情况)."""
    end = text.rfind("\n", 0, before)
    if end < 0:
        return ""
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    if "|" in line:
        return ""
    m = _INTRO_CLAUSE.search(line.rstrip("：: "))
    words = clause_label(_ANNOUNCE.sub("", (m.group() if m else "")))
    return words if len(words) >= 4 else ""


def _blocks(text: str):
    """Runs of consecutive table lines: [(start, end, cells), …]."""
    block: list[tuple[int, int, list[str]]] = []
    for a, b in text_lines(text):
        if "|" in text[a:b]:
            block.append((a, b, _cells(text[a:b])))
            continue
        if block:
            yield block
        block = []
    if block:
        yield block


def extract_list_table_figures(text: str) -> list[ProseFact]:
    out: list[ProseFact] = []
    for block in _blocks(text):
        if len(block) < 2 or any(len(cells) != 2 for _a, _b, cells in block):
            continue
        head = _HEADER_UNIT.search(block[0][2][1])
        rows = block[1:]
        if not head or parse_value(block[0][2][1]) is not None:
            continue
        values = [parse_value(cells[1]) for _a, _b, cells in rows]
        if any(v is None or v[1] for v in values) or any(not clause_label(cells[0]) for _a, _b, cells in rows):
            continue  # every row a bare number under the header's unit, and a label
        context = _intro(text, block[0][0])
        unit = head.group("unit")
        for (a, b, cells), (value, _u) in zip(rows, values):
            start = text.rfind(cells[1], a, b)
            out.append(ProseFact(
                kind="narrative", row=clause_label(cells[0]), value=value, text_value=None, unit=unit,
                raw=cells[1] + unit, span=(start, start + len(cells[1])), quote_span=(a, b), context=context,
            ))
    return out
