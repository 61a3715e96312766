"""OCR for scanned PDFs and page images (optional extra ``[ocr]``: rapidocr-onnxruntime, whose wheel
bundles the PP-OCRv4 Chinese detection and recognition models, so it runs offline).

Tables: the rules of a ruled table are found in the image (OpenCV morphology), turned into edges, and
pdfplumber's own grid builder makes the cells; recognised text boxes are placed in the cells by their
positions (a box that spans several cells is split by its characters' positions).  Rows are rendered
``cell | cell |`` like every other loader, empty cells kept.  Text is marked as OCR (Report.ocr)."""

from __future__ import annotations

import importlib.util
import io
import logging
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from assistant.core.text import halfwidth
from ingest.formats.base import LoadedDocument, LoadError, smart_join
from ingest.formats.layout import (
    Item,
    document_text,
    group_lines,
    page_layout,
    render_grid,
    word_tables,
)

log = logging.getLogger(__name__)

INSTALL_HINT = 'install the OCR extra with: pip install -e ".[ocr]" (rapidocr-onnxruntime)'
DPI = 200  # rendering resolution for scanned PDF pages: 10.5 pt text is ~29 px high, plenty for PP-OCR

Box = tuple[float, float, float, float, str]  # x0, top, x1, bottom, text


def available() -> bool:
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@lru_cache(maxsize=1)
def _engine():
    logging.getLogger("RapidOCR").setLevel(logging.WARNING)
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def recognise(image) -> list[Box]:
    """Text boxes of an RGB image (PIL image or array)."""
    import numpy as np

    result, _ = _engine()(np.asarray(image))
    boxes: list[Box] = []
    for quad, text, _score in result or []:
        xs, ys = [p[0] for p in quad], [p[1] for p in quad]
        if text.strip():
            boxes.append((min(xs), min(ys), max(xs), max(ys), text.strip()))
    return boxes


# --- ruled tables from the image ------------------------------------------------------------------


def _edges(mask, orientation: str, min_len: int) -> list[dict]:
    import cv2

    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for x, y, w, h, _area in stats[1:n]:
        if orientation == "h" and w >= min_len:
            yc = y + h / 2
            out.append({"x0": float(x), "x1": float(x + w), "top": yc, "bottom": yc, "width": float(w), "height": 0.0,
                        "orientation": "h", "object_type": "line"})
        elif orientation == "v" and h >= min_len:
            xc = x + w / 2
            out.append({"x0": xc, "x1": xc, "top": float(y), "bottom": float(y + h), "width": 0.0, "height": float(h),
                        "orientation": "v", "object_type": "line"})
    return out


def table_grids(image) -> list[list[list[tuple | None]]]:
    """Ruled tables of a page image: for each table, its rows of cell boxes (None where a merged cell
    covers the position), built by pdfplumber's grid code from the rules found in the image."""
    import cv2
    import numpy as np
    from pdfplumber.table import Table, cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    gray = np.asarray(image.convert("L") if hasattr(image, "convert") else image)
    ink = (gray < 225).astype(np.uint8) * 255
    unit = DPI / 72  # pixels per point
    horiz = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (int(12 * unit), 1)))
    vert = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, int(11 * unit))))
    hs, vs = _edges(horiz, "h", int(12 * unit)), _edges(vert, "v", int(11 * unit))
    if not hs:
        return []
    tol = 3 * unit
    hs = hs + _cut_lines([v for v in vs if v["bottom"] - v["top"] >= 20 * unit], hs, tol)
    # a cell border runs from one horizontal rule to another; a character's stroke does not
    vs = [v for v in vs if _touches(v["top"], v["x0"], hs, tol) and _touches(v["bottom"], v["x0"], hs, tol)]
    edges = merge_edges(hs + vs + _closing(hs, vs, tol), snap_x_tolerance=tol, snap_y_tolerance=tol,
                        join_x_tolerance=tol, join_y_tolerance=tol)
    cells = intersections_to_cells(edges_to_intersections(edges, tol, tol))
    grids = []
    for table_cells in cells_to_tables(cells):
        rows = [list(r.cells) for r in Table(None, table_cells).rows]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            grids.append(rows)
    return grids


def _cut_lines(vs: list[dict], hs: list[dict], tol: float) -> list[dict]:
    """Where a page cuts a table, its column rules all stop at one height with no rule drawn there:
    a horizontal line closes the cells (three or more long rules ending together)."""
    out = []
    for end in ("top", "bottom"):
        groups: dict[int, list[dict]] = {}
        for v in vs:
            groups.setdefault(round(v[end] / tol), []).append(v)
        for members in groups.values():
            if len(members) < 3:
                continue
            y = sum(v[end] for v in members) / len(members)
            x0, x1 = min(v["x0"] for v in members), max(v["x0"] for v in members)
            if not any(abs(h["top"] - y) <= tol and h["x0"] <= x0 + tol and h["x1"] >= x1 - tol for h in hs):
                out.append({"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0,
                            "orientation": "h", "object_type": "line"})
    return out


def _join_pieces(parts: list[tuple[float, float, str]]) -> str:
    """A cell's recognised pieces in reading order; two boxes over the same characters (the detector
    sometimes cuts a line twice, overlapping) are joined without repeating the overlap."""
    out: list[str] = []
    last_top = None
    for top, _, piece in parts:
        same_line, last_top = last_top is not None and abs(top - last_top) < 8, top
        if out and same_line:
            prev = out[-1]
            k = next((k for k in range(min(4, len(prev), len(piece)), 0, -1) if prev.endswith(piece[:k])), 0)
            if k:
                out[-1] = prev + piece[k:]
                continue
        out.append(piece)
    return smart_join(out)


# a cell holding one of these alone is a digit the recogniser mistook for a look-alike
_LOOKALIKE = {"。": "0", "o": "0", "O": "0", "〇": "0", "D": "0", "l": "1", "I": "1", "|": "1", "丨": "1"}


def _reread(image, cell: tuple) -> str | None:
    """Recognition alone on a cell's inside (borders cut off) when it holds ink; None when blank or unsure."""
    import numpy as np

    inset = 1.5 * DPI / 72
    x0, top, x1, bottom = cell[0] + inset, cell[1] + inset, cell[2] - inset, cell[3] - inset
    if x1 - x0 < 4 or bottom - top < 4:
        return None
    crop = np.asarray(image.crop((int(x0), int(top), int(x1), int(bottom))).convert("RGB"))
    if (crop.min(axis=2) < 128).mean() < 0.002:
        return None  # blank: nothing to read
    result, _ = _engine()(crop, use_det=False, use_cls=False, use_rec=True)
    if not result:
        return None
    text, score = result[0][0], float(result[0][1])
    return text.strip() if score >= 0.6 and text.strip() else None


def _touches(y: float, x: float, hs: list[dict], tol: float) -> bool:
    return any(abs(h["top"] - y) <= tol and h["x0"] - tol <= x <= h["x1"] + tol for h in hs)


def _closing(hs: list[dict], vs: list[dict], tol: float) -> list[dict]:
    """A vertical rule where several horizontal rules end at one x and none is drawn (a printer's
    dotted or clipped right border), as pdf.py does for text-layer PDFs."""
    ends: dict[int, list[float]] = {}
    for e in hs:
        for x in (e["x0"], e["x1"]):
            ends.setdefault(round(x / tol), []).append(e["top"])
    out = []
    for key, tops in ends.items():
        x = key * tol
        if len(tops) >= 4 and not any(abs(v["x0"] - x) <= 1.5 * tol for v in vs):
            top, bottom = min(tops), max(tops)
            out.append({"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top,
                        "orientation": "v", "object_type": "line"})
    return out


def _cell_of(x: float, y: float, cells: list[tuple]) -> tuple | None:
    for c in cells:
        if c[0] <= x <= c[2] and c[1] <= y <= c[3]:
            return c
    return None


def page_lines(image) -> tuple[list[str], set[int]]:
    """(lines of a page image in reading order, numbers of the lines that are table rows)."""
    boxes = recognise(image)
    grids = table_grids(image)
    all_cells = [c for g in grids for row in g for c in row if c is not None]
    in_cell: dict[tuple, list[tuple[float, float, str]]] = {}
    free: list[Box] = []
    for x0, top, x1, bottom, text in boxes:
        yc = (top + bottom) / 2
        step = (x1 - x0) / max(1, len(text))
        pieces: dict[tuple | None, str] = {}
        for k, ch in enumerate(text):  # a box may span cells: place each character by its position
            cell = _cell_of(x0 + step * (k + 0.5), yc, all_cells)
            pieces[cell] = pieces.get(cell, "") + ch
        for cell, part in pieces.items():
            if cell is None:
                free.append((x0, top, x1, bottom, part))
            elif part.strip():
                in_cell.setdefault(cell, []).append((top, x0, part))

    def cell_text(c: tuple) -> str:
        text = _join_pieces(sorted(in_cell.get(c, [])))
        if len(text) <= 2 and not text.isdigit():  # a lone "1" is often missed by the detector, or read as "T"
            text = _reread(image, c) or text
        return restore_enumerator(_LOOKALIKE.get(text, text))

    items = [Item(min(c[1] for row in g for c in row if c is not None), render_grid(g, cell_text), table=True)
             for g in grids]
    free_lines = group_lines(free)
    in_tables: set[int] = set()
    for first, last, rows in word_tables(free_lines):  # tables without rules: columns from box positions
        items.append(Item(free_lines[first][0][1], rows, table=True))
        in_tables.update(range(first, last + 1))
    for k, line in enumerate(free_lines):
        if k not in in_tables:
            items.append(Item(line[0][1], [smart_join(b[4] for b in line)]))
    return page_layout(items)


_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.．、])")


@lru_cache(maxsize=1)
def _template_bodies() -> dict[str, str]:
    """Standard row labels without their enumerator -> the enumerator ("本年新收政府信息公开申请数量" -> "一、")."""
    from assistant.core.template import TEMPLATE

    found: dict[str, set[str]] = {}

    def walk(rows) -> None:
        for row in rows:
            m = _ENUMERATOR.match(row.zh)
            if m:
                found.setdefault(row.zh[m.end():], set()).add(m.group())
            walk(row.children)

    walk(TEMPLATE.t3_rows)
    return {body: next(iter(e)) for body, e in found.items() if len(e) == 1 and len(body) >= 4}


def restore_enumerator(text: str) -> str:
    """OCR drops thin strokes: "一、" in front of a row label is often lost ("一" is one flat stroke).
    A cell that reads as a standard row label without its enumerator gets it back."""
    if not text or _ENUMERATOR.match(text):
        return text
    key = halfwidth(text)
    for body, enum in _template_bodies().items():
        if key.startswith(body):
            return enum + text
    return text


# --- files ------------------------------------------------------------------------------------------


def _progress(total: int, name: str):
    from tqdm import tqdm

    return tqdm(total=total, desc=f"OCR {name}", unit="page", leave=False)


def ocr_pdf_pages(data: bytes, indices: list[int], name: str, password: str | None = None) -> Iterator[tuple[int, list[str], set[int]]]:
    """Render the given pages (0-based) with pdfium and recognise them: (page index, lines, table lines)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(io.BytesIO(data), password=password)
    try:
        with _progress(len(indices), name) as bar:
            for i in indices:
                image = pdf[i].render(scale=DPI / 72).to_pil().convert("RGB")
                lines, tables = page_lines(image)
                bar.update(1)
                yield i, lines, tables
    finally:
        pdf.close()


def load_image(path: Path, data: bytes) -> LoadedDocument:
    """A .png / .jpg of one or more report pages (multi-frame images: one page per frame)."""
    if not available():
        raise LoadError(path, f"an image needs OCR before it can be ingested: {INSTALL_HINT}")
    from PIL import Image, ImageSequence

    try:
        img = Image.open(io.BytesIO(data))
        frames = [f.convert("RGB") for f in ImageSequence.Iterator(img)]
    except Exception as e:
        raise LoadError(path, f"the image is corrupt or truncated ({type(e).__name__}: {e})") from None
    pages, tables = [], []
    with _progress(len(frames), path.name) as bar:
        for frame in frames:
            lines, tl = page_lines(frame)
            pages.append(lines)
            tables.append(tl)
            bar.update(1)
    text, starts = document_text(pages, tables)
    if not text.strip():
        raise LoadError(path, "OCR recognised no text in the image")
    return LoadedDocument(path, text, "image", None, page_starts=starts, ocr=True)
