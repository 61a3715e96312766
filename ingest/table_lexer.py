"""Cells and lines of flattened tables: the template-free half of reading the standard tables.

A report's cleaned text is cut into physical lines; each line becomes a list of cells:

* a pipe row (``cell | cell |``) keeps its empty cells (positions matter); a cell cut by the end of a
  truncated text (no closing ``|``) is flagged ``open_end``, and ``cut_mid_number`` tells whether its text
  shows the cut ("180774." / "1,80": no number ends so);
* a PDF text-layer row (``规章 0 0 0``) is labels then space-separated values, taken only when the
  caller's ``is_label`` accepts every label part;
* any other line is one cell (one-cell-per-line tables, headings, prose).

``parse_value`` reads a cell's number and its own unit.  Nothing here knows the template: which
labels open which rows is ``ingest.table_reader``'s business.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

NUM = r"(?P<sign>[增减+\-])?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?(?P<unit>万元|元|件|条|个|项)?"
_VALUE = re.compile(rf"^{NUM}$")
PLACEHOLDER = re.compile(r"^(?:[-—–/\\]+|无)$")
MD_RULE = re.compile(r"^:?-{3,}:?$")
_PDF_VALUE = r"[增减]?\d[\d,]*(?:\.\d+)?(?:万元|元)?"
_PDF_VALUES = re.compile(rf"(?:\s+{_PDF_VALUE})+$")
_PDF_ONLY_VALUES = re.compile(rf"^\s*{_PDF_VALUE}(?:\s+{_PDF_VALUE})+\s*$")
_WS = re.compile(r"\s+")


def norm(text: str) -> str:
    return _WS.sub("", text)


def parse_value(text: str) -> tuple[float, str] | None:
    """A cell's number and the unit it states itself ("251000元" -> (251000.0, "元")).

    ``增10`` / ``减3`` (the 2019 template's 本年增/减) read as +10 / -3.
    """
    m = _VALUE.match(norm(text))
    if not m:
        return None
    value = float(m.group("num").replace(",", "") + (f".{m.group('frac')}" if m.group("frac") else ""))
    if m.group("sign") in ("减", "-"):
        value = -value
    return value, m.group("unit") or ""


# the end of a cell's text that no whole number has: a decimal point or separator with nothing after it, a
# thousands group short of its three digits ("1,80"), a sign alone, or an undecodable character (a copy cut
# mid-character: the unit after the number is lost)
_CUT_END = re.compile(r"(?:[.,，、+\-]|,\d{1,2}|[增减])$|\ufffd")


def cut_mid_number(text: str) -> bool:
    """The last cell of a truncated copy visibly ends inside its number ("180774." / "1,80"): its figure is unknown.
    A cell that ends like a whole number ("180774.8") may still be cut; a reader keeps it and says it ends the copy."""
    return bool(_CUT_END.search(norm(text)))


# ---------------------------------------------------------------------------------------------
# cells and lines


@dataclass
class Cell:
    text: str  # stripped
    start: int
    end: int

    @property
    def empty(self) -> bool:
        return not self.text


@dataclass
class Line:
    cells: list[Cell]
    start: int
    end: int
    positional: bool  # a row whose cells keep their column positions (pipe row, PDF row)
    open_end: bool = False  # the last cell was cut by the end of the text (no closing "|")


def _strip_cell(text: str, a: int, b: int) -> Cell:
    raw = text[a:b]
    lead = len(raw) - len(raw.lstrip())
    stripped = raw.strip()
    return Cell(stripped, a + lead, a + lead + len(stripped))


def _iter_lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def _split_pipe(text: str, a: int, b: int) -> tuple[list[Cell], bool]:
    """Cells of a pipe row.  A leading "|" is ambiguous — a markdown-style opener
    (corpus 009) or an empty first cell whose padding the cleaner stripped — so the
    empty cell is kept here and dropped later only where it cannot be a column."""
    line = text[a:b]
    bounds, prev = [], 0
    for i, ch in enumerate(line):
        if ch == "|":
            bounds.append((prev, i))
            prev = i + 1
    tail = (prev, len(line))
    cells = [_strip_cell(text, a + s, a + e) for s, e in bounds]
    tail_cell = _strip_cell(text, a + tail[0], a + tail[1])
    open_end = not tail_cell.empty
    if open_end:
        cells.append(tail_cell)
    return cells, open_end


def _pdf_row(text: str, a: int, b: int, is_label: Callable[[str], bool]) -> list[Cell] | None:
    """``规章 0 0 0`` / ``(三)不予公开 1.属于国家秘密 0 0 ...`` / ``0 0 0 ... 0``: labels then
    space-separated values.  Only taken when every label part is a label we know."""
    line = text[a:b]
    if _PDF_ONLY_VALUES.match(line):
        return [Cell(v.group(0), a + v.start(), a + v.end()) for v in re.finditer(r"\S+", line)]
    m = _PDF_VALUES.search(line)
    if not m:
        return None
    head = line[: m.start()]
    if head.strip() and not all(is_label(part) for part in head.split()):
        return None
    if not head.strip() and len(m.group(0).split()) < 2:
        return None
    cells = [_strip_cell(text, a + s.start(), a + s.end()) for s in re.finditer(r"\S+", head)]
    cells += [Cell(v.group(0), a + m.start() + v.start(), a + m.start() + v.end()) for v in re.finditer(r"\S+", m.group(0))]
    return cells


def is_prose(text: str) -> bool:
    return "。" in text or len(text) > 60


def lines(text: str, is_label: Callable[[str], bool]) -> Iterator[Line]:
    """Physical lines as cell lists.  A pipe line with two or more cells (empty ones
    included) is a positional row; a line with a single cell is one cell of a
    one-cell-per-line table; lines with no content are skipped."""
    n = len(text)
    for a, b in _iter_lines(text):
        line = text[a:b]
        if not line.strip():
            continue
        if "|" in line:
            cells, open_end = _split_pipe(text, a, b)
            if not cells or all(c.empty for c in cells) or all(MD_RULE.match(c.text) for c in cells if c.text):
                continue
            at_end = not text[b:n].strip()
            if len(cells) >= 2:
                yield Line(cells, a, b, positional=True, open_end=open_end and at_end)
            else:
                yield Line(cells, cells[0].start, cells[0].end, positional=False)
            continue
        pdf = _pdf_row(text, a, b, is_label)
        if pdf:
            yield Line(pdf, a, b, positional=True)
            continue
        c = _strip_cell(text, a, b)
        yield Line([c], c.start, c.end, positional=False)
