"""Figures of an indicator table "统计指标 | 单位 | 统计数": the 统计表 of the 2008–2019 national format.

Before 2019 a report's statistics were one three-column table: an indicator (numbered 一、/（一）/1./其中：), its
unit and its count. No standard table (二/三/四 of the later formats) is there, so the table reader finds nothing
in it and every figure of the table was lost. Each row with a unit and a number is read like a prose figure:
labelled with its indicator (numbering and bracketed notes dropped), in its unit cell's unit, its context the
indicator it belongs to (the nearest row above of a higher level: "（三）申请答复数" for "2.同意公开答复数"), so that
the same words under two parents ("被依法纠错数" of 行政复议 and of 行政诉讼) stay apart.

The table may come as "|" cells (a PDF or a web page) or as tab-separated cells (a spreadsheet pasted into a text
file, whose heading rows lose their empty cells). Only a block that starts with such a header is read: its second
cell is 单位 and its third names the count (数量, 统计数, 数值 …).
"""

from __future__ import annotations

import re

from ingest.prose import ProseFact, clause_label
from ingest.prose_clauses import text_lines
from ingest.table_lexer import parse_value

_UNIT_HEADS = ("单位", "计量单位")
_COUNT_HEAD = re.compile(r"^(?:统计)?(?:数量|数值|数据|数)(?:[(（].*[)）])?$")
# numbering of an indicator, by level: 一、 / （一） / 1. / 其中：
_LEVELS = (
    re.compile(r"^[一二三四五六七八九十]+[、.．]"),
    re.compile(r"^[(（][一二三四五六七八九十]+[)）]、?"),
    re.compile(r"^\d{1,2}(?:[.．、](?!\d)|[)）])"),
    re.compile(r"^其中[:：]?"),
)
_NOTE = re.compile(r"[(（][^()（）]*[)）]")
_MAX_LABEL = 80


def _cells(line: str) -> list[str]:
    sep = "|" if "|" in line else "\t"
    cells = [c.strip() for c in line.split(sep)]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _is_header(cells: list[str]) -> bool:
    return len(cells) == 3 and cells[1] in _UNIT_HEADS and bool(_COUNT_HEAD.match(cells[2]))


def _level(label: str, previous: int) -> int:
    for i, pattern in enumerate(_LEVELS):
        if pattern.match(label):
            return i
    # an unnumbered row after a 其中 row is another part of the same whole ("其中：涉及国家秘密", "涉及商业秘密")
    return len(_LEVELS) - 1 if previous >= len(_LEVELS) - 1 else len(_LEVELS)


def _words(label: str) -> str:
    for pattern in _LEVELS:
        label = pattern.sub("", label, count=1)
    return clause_label(_NOTE.sub("", label))


def _rows(text: str, start: int):
    """(line start, line end, cells) of the table rows from offset `start` on, up to the first non-row line."""
    for a, b in text_lines(text[start:]):
        a, b = a + start, b + start
        line = text[a:b]
        cells = _cells(line)
        if not cells or len(cells) > 3 or len(line) > 200:
            return
        if len(cells) == 1 and ("|" not in line and "\t" not in line) and _level(cells[0], 0) >= len(_LEVELS):
            return  # a plain line: the table has ended (a heading row keeps its numbering)
        yield a, b, cells


def extract_indicator_table_figures(text: str) -> list[ProseFact]:
    out: list[ProseFact] = []
    read_to = 0  # the end of the table last read: its repeated headers start no second table
    for a, b in text_lines(text):
        if a < read_to or not ("|" in text[a:b] or "\t" in text[a:b]) or not _is_header(_cells(text[a:b])):
            continue
        parents: list[tuple[int, str]] = []  # (level, words) of the rows above, outermost first
        level = 0
        for ra, rb, cells in _rows(text, b + 1):
            read_to = rb
            if _is_header(cells):
                continue  # the header repeated at a page break
            level = _level(cells[0], level)
            words = _words(cells[0])
            while parents and parents[-1][0] >= level:
                parents.pop()
            context = parents[-1][1] if parents else ""
            parents.append((level, words))
            value = parse_value(cells[2]) if len(cells) == 3 else None
            if not words or len(words) > _MAX_LABEL or value is None or value[1] or not cells[1]:
                continue
            start = text.rfind(cells[2], ra, rb)
            out.append(ProseFact(
                kind="narrative", row=words, value=value[0], text_value=None, unit=cells[1],
                raw=cells[2] + cells[1], span=(start, start + len(cells[2])), quote_span=(ra, rb), context=context,
            ))
    return out
