"""Page layout shared by the PDF and OCR readers: ruled tables as grids of cells rendered as
``cell | cell |`` rows (the HTML loader's form), lines in reading order, running headers/footers and
page numbers dropped, pages joined with their start offsets kept."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.formats.base import smart_join, table_row

Bbox = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass
class Item:
    """A text line or a rendered table on a page, placed by its top edge."""

    top: float
    lines: list[str]
    table: bool = False


def render_grid(rows: Sequence[Sequence[Bbox | None]], cell_text: Callable[[Bbox], str]) -> list[str]:
    """Rows of a table grid (None = a position covered by a merged cell) -> ``cell | cell |`` lines.

    A merged cell appears once, in its first row and column, like an HTML rowspan/colspan cell; an empty
    cell stays an empty cell so the values after it keep their columns; all-empty rows are dropped.
    """
    lines: list[str] = []
    for row in rows:
        cells = [cell_text(c) for c in row if c is not None]
        if any(cells):
            lines.append(table_row(cells))
    return lines


def join_cell_lines(text: str | None) -> str:
    """Text wrapped over lines inside one cell -> one line ("本年新\\n制作数量" -> "本年新制作数量")."""
    return smart_join((text or "").split("\n"))


def order_items(items: list[Item]) -> list[str]:
    """Lines of a page in reading order (top to bottom)."""
    out: list[str] = []
    for item in sorted(items, key=lambda i: i.top):
        out.extend(item.lines)
    return out


def table_line_numbers(items: list[Item]) -> set[int]:
    """Numbers of the lines of :func:`order_items` that are table rows (never taken for page furniture)."""
    out: set[int] = set()
    n = 0
    for item in sorted(items, key=lambda i: i.top):
        if item.table:
            out.update(range(n, n + len(item.lines)))
        n += len(item.lines)
    return out


# --- running headers / footers and page numbers ---------------------------------------------------

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—_·•]*\s*\d{1,4}\s*[-–—_·•]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|"
    r"\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)\s*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_ZONE = 2  # lines at the top and at the bottom of a page where running headers and footers live


def _furniture_key(line: str) -> str:
    return _DIGITS.sub("#", line.strip())


def drop_furniture(pages: list[list[str]], table_lines: list[set[int]] | None = None) -> list[list[str]]:
    """Drop page numbers and lines repeated (digits aside) at the top or bottom of most pages."""
    n = len(pages)
    table_lines = table_lines or [set() for _ in pages]

    def zone(i: int) -> list[int]:
        k = len(pages[i])
        idx = sorted(set(range(min(_ZONE, k))) | set(range(max(0, k - _ZONE), k)))
        return [j for j in idx if j not in table_lines[i]]

    counts: Counter[str] = Counter()
    for i in range(n):
        counts.update({_furniture_key(pages[i][j]) for j in zone(i)})
    need = max(2, math.ceil(n * 0.5))
    out: list[list[str]] = []
    for i, lines in enumerate(pages):
        drop = {
            j for j in zone(i)
            if _PAGE_NUMBER.match(lines[j]) or (n >= 2 and counts[_furniture_key(lines[j])] >= need and lines[j].strip())
        }
        out.append([line for j, line in enumerate(lines) if j not in drop])
    return out


def page_layout(items: list[Item]) -> tuple[list[str], set[int]]:
    """A page's items -> its lines in reading order and the numbers of those that are table rows."""
    return order_items(items), table_line_numbers(items)


def document_text(pages: list[list[str]], table_lines: list[set[int]]) -> tuple[str, list[int]]:
    """Pages' lines -> (text without page furniture, offsets where each page begins)."""
    return join_pages(drop_furniture(pages, table_lines))


def join_pages(pages: list[list[str]]) -> tuple[str, list[int]]:
    """Pages' lines -> (text, offsets where each page begins)."""
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for lines in pages:
        block = "\n".join(line.rstrip() for line in lines).strip("\n")
        starts.append(pos)
        parts.append(block)
        pos += len(block) + 1
    return "\n".join(parts), starts


# --- tables without rules: columns from word positions ----------------------------------------------

Word = tuple[float, float, float, float, str]  # x0, top, x1, bottom, text
_NUMBER = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?(?:%|元|万元|件|条)?$")
_PROSE = re.compile(r"[。；;！？!?]|[，,].*[，,]")


def _is_number(word: Word) -> bool:
    return bool(_NUMBER.match(word[4]))


def _row_kind(line: list[Word]) -> str:
    """'data': a label then two or more numbers; 'label': a short label alone; 'other'."""
    text = "".join(w[4] for w in line)
    if _PROSE.search(text):
        return "other"
    numbers = [w for w in line[1:] if _is_number(w)]
    if (len(numbers) >= 2 and not _is_number(line[0])) or len(numbers) >= 3:
        return "data"
    if len(text) <= 40 and not any(_is_number(w) for w in line):
        return "label"
    return "other"


def group_lines(words: list[Word]) -> list[list[Word]]:
    """Words -> lines (a word joins the line it overlaps vertically by half its height), left to right."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w[1], w[0])):
        h = w[3] - w[1]
        for line in lines[-3:]:
            top, bottom = min(x[1] for x in line), max(x[3] for x in line)
            if min(bottom, w[3]) - max(top, w[1]) >= 0.5 * h:
                line.append(w)
                break
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w[0]) for line in lines]


def _height(line: list[Word]) -> float:
    return max(w[3] for w in line) - min(w[1] for w in line)


def _gap(a: list[Word], b: list[Word]) -> float:
    return min(w[1] for w in b) - max(w[3] for w in a)


def _merge_label(parts: list[list[Word]], top: float, bottom: float) -> Word:
    words = [w for p in parts for w in p]
    return (min(w[0] for w in words), top, max(w[2] for w in words), bottom, smart_join(w[4] for w in words))


def merge_wrapped(lines: list[list[Word]]) -> tuple[list[list[Word]], list[tuple[int, int]]]:
    """Cells wrapped over lines, undone: a row of numbers takes the label lines wrapped around it (its
    label cell is taller than the numbers), and stacked header lines are joined word by word ("自然" over
    "人").  Returns the lines and, for each, the (first, last) input lines it came from."""
    out: list[list[Word]] = []
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line and all(_is_number(w) for w in line):
            size = _height(line)
            first_x = line[0][0]
            above = out[-1] if out and spans[-1][0] == spans[-1][1] else None
            take_above = (above is not None and _row_kind(above) == "label" and max(w[2] for w in above) < first_x
                          and _gap(above, line) < 0.2 * size)
            below = lines[i + 1] if i + 1 < len(lines) else None
            take_below = (below is not None and _row_kind(below) == "label" and max(w[2] for w in below) < first_x
                          and _gap(line, below) < 0.2 * size)
            if take_above or take_below:
                parts = ([above] if take_above else []) + ([below] if take_below else [])
                label = _merge_label(parts, line[0][1], line[0][3])
                s0 = spans.pop()[0] if take_above else i
                if take_above:
                    out.pop()
                out.append([label, *line])
                spans.append((s0, i + 1 if take_below else i))
                i += 2 if take_below else 1
                continue
        if out and len(line) >= 2 and len(out[-1]) >= 2 and _stacked(out[-1], line):
            merged = []
            for w in out[-1]:
                under = [u for u in line if min(u[2], w[2]) - max(u[0], w[0]) > 0]
                merged.append((w[0], w[1], max([w[2]] + [u[2] for u in under]), w[3], smart_join([w[4]] + [u[4] for u in under])))
            out[-1] = merged
            spans[-1] = (spans[-1][0], i)
            i += 1
            continue
        out.append(line)
        spans.append((i, i))
        i += 1
    return out, spans


def _stacked(upper: list[Word], lower: list[Word]) -> bool:
    """Two header lines whose every lower word sits under an upper word, close below it."""
    if any(_is_number(w) for w in upper + lower) or _gap(upper, lower) > _height(upper):
        return False
    return all(any(min(u[2], w[2]) - max(u[0], w[0]) > 0 for w in upper) for u in lower) and len(lower) >= 0.6 * len(upper)


def word_tables(lines: list[list[Word]]) -> list[tuple[int, int, list[str]]]:
    """Runs of lines that are a table drawn without rules: (first line, last line, rendered rows).

    A run is three or more lines of a label followed by numbers (label-only lines inside it are rows
    whose cells are all empty), with up to three header lines above it.  Columns are the clusters of the
    numbers' positions and of the lowest header line's words, so an empty cell stays an empty cell.
    """
    lines, spans = merge_wrapped(lines)
    kinds = [_row_kind(line) for line in lines]
    out: list[tuple[int, int, list[str]]] = []
    i = 0
    while i < len(lines):
        if kinds[i] != "data":
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and kinds[j + 1] in ("data", "label"):
            j += 1
        while j > i and kinds[j] != "data":
            j -= 1
        data_rows = [k for k in range(i, j + 1) if kinds[k] == "data"]
        if len(data_rows) < 3:
            i = j + 1
            continue
        start = i
        while start > 0 and i - start < 3 and kinds[start - 1] == "label" and len(lines[start - 1]) >= 2:
            start -= 1
        out.append((spans[start][0], spans[j][1], _render_word_table(lines[start:i], lines[i : j + 1])))
        i = j + 1
    return out


def _render_word_table(headers: list[list[Word]], rows: list[list[Word]]) -> list[str]:
    numbers = [w for line in rows for w in line if _is_number(w) and w is not line[0]]
    label_right = min(w[0] for w in numbers)
    size = sorted(w[3] - w[1] for w in numbers)[len(numbers) // 2]
    centres = sorted((w[0] + w[2]) / 2 for w in numbers)
    if headers:
        centres += [(w[0] + w[2]) / 2 for w in headers[-1] if w[0] >= label_right - size]
    clusters: list[list[float]] = []
    for c in sorted(centres):
        if clusters and c - clusters[-1][-1] <= 1.5 * size:
            clusters[-1].append(c)
        else:
            clusters.append([c])
    cols = [sum(c) / len(c) for c in clusters]

    def render(line: list[Word], values_only: bool) -> str:
        label = [w for w in line if w[2] <= label_right - 0.2 * size and not (values_only and _is_number(w) and w is not line[0])]
        cells = [""] * len(cols)
        for w in line:
            if w in label:
                continue
            k = min(range(len(cols)), key=lambda n: abs(cols[n] - (w[0] + w[2]) / 2))
            cells[k] = smart_join([cells[k], w[4]])
        head = _join_label(label, size)
        return table_row([head] + cells)

    return [render(h, False) for h in headers] + [render(r, True) for r in rows]


def _join_label(words: list[Word], size: float) -> str:
    """Label words: a wide gap separates two cells ("三、本年度办理结果 | (一)予以公开")."""
    cells: list[str] = []
    current: list[str] = []
    prev = None
    for w in words:
        if prev is not None and w[0] - prev[2] > 2 * size:
            cells.append(smart_join(current))
            current = []
        current.append(w[4])
        prev = w
    if current:
        cells.append(smart_join(current))
    return " | ".join(cells)
