"""PDF -> text with pages kept: pdfplumber reads each page's lines in reading order and its ruled tables
as tables (rendered ``cell | cell |`` like the HTML loader, empty cells kept), running headers, footers
and page numbers are dropped, and the offsets where pages begin are returned for citations ("p. 3").
Pages without a text layer are recognised with OCR when the ``[ocr]`` extra is installed.
pypdf opens the file first: its checks give the clear reasons (encrypted, corrupt, no pages)."""

from __future__ import annotations

import io
import logging
import re
from collections import defaultdict
from pathlib import Path

from ingest.formats import ocr
from ingest.formats.base import LoadedDocument, LoadError, normalize_newlines, smart_join
from ingest.formats.layout import (
    Item,
    document_text,
    group_lines,
    join_cell_lines,
    page_layout,
    render_grid,
    word_tables,
)

log = logging.getLogger(__name__)

_MIN_PDF_CHARS = 20
_MIN_PAGE_CHARS = 5  # a page with fewer characters in its text layer is a scanned image (if it has one)
NO_TEXT_LAYER = "the PDF has no text layer (scanned images?); it needs OCR before it can be ingested"
for _noisy in ("pdfminer", "pdfplumber"):  # "Could not get FontBBox ..." on every page of Chrome's PDFs
    logging.getLogger(_noisy).setLevel(logging.ERROR)


class PdfProblem(Exception):
    """A PDF-specific reason, turned into a LoadError by the caller."""


def _open_checked(data: bytes) -> tuple[object, str | None]:
    """(pypdf reader, password to use) or PdfProblem with the reason."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    if b"%PDF-" not in data[:1024]:
        raise PdfProblem("the PDF is corrupt or truncated (no %PDF header: this is not a PDF file)")
    password = None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many official PDFs are encrypted only to restrict printing/copying, with an empty user password.
            try:
                ok = reader.decrypt("")
            except DependencyError as e:  # AES needs the optional 'cryptography' package (pypdf[crypto])
                raise PdfProblem(f"the PDF is encrypted (AES) and decrypting it needs the 'cryptography' package ({e})") from e
            if not ok:
                raise PdfProblem("the PDF is password-protected")
            password = ""
        n_pages = len(reader.pages)
    except PdfProblem:
        raise
    except FileNotDecryptedError as e:
        raise PdfProblem("the PDF is password-protected") from e
    except Exception as e:  # pypdf raises many types (PdfReadError, ValueError, KeyError, ...) on damaged files
        raise PdfProblem(f"the PDF is corrupt or truncated ({type(e).__name__}: {e})") from e
    if n_pages == 0:
        raise PdfProblem("the PDF is corrupt or truncated (no pages found)")
    return reader, password


# --- ruled tables -------------------------------------------------------------------------------


def _closing_lines(page) -> tuple[list[dict], list[dict]]:
    """Rules a printer left out at a table's outer edge: (vertical, horizontal) lines to add.

    Chrome draws a table's right border as dots, and a table broken over pages has no rule where the
    page cuts it.  Where several rules end at one coordinate, nothing is drawn there and no rule of the
    same table reaches beyond it, a line closes the cells (interior merged cells are left alone).
    """
    edges = page.edges
    return _close(edges, "h", "v"), _close(edges, "v", "h")


def _close(edges: list[dict], along: str, across: str, tol: float = 2.0) -> list[dict]:
    # along == "h": horizontal rules ending at one x -> a vertical closing line at that x (and vice versa)
    a0, a1, b0, b1 = ("x0", "x1", "top", "bottom") if along == "h" else ("top", "bottom", "x0", "x1")
    rules = [e for e in edges if e["orientation"] == along and e[a1] - e[a0] > 3]
    existing = [e for e in edges if e["orientation"] == across and e[b1] - e[b0] > 3]
    ends: dict[tuple[int, int], list[float]] = defaultdict(list)
    for e in rules:
        ends[(round(e[a1]), +1)].append(e[b0])
        ends[(round(e[a0]), -1)].append(e[b0])
    out = []
    for (pos, side), spots in ends.items():
        if len(spots) < 4:
            continue
        lo, hi = min(spots), max(spots)
        beyond = any(
            (e[a1] > pos + tol if side > 0 else e[a0] < pos - tol) and lo - tol <= e[b0] <= hi + tol for e in rules
        )
        drawn = any(abs(e[a0] - pos) <= tol and e[b0] <= hi and e[b1] >= lo for e in existing)
        if beyond or drawn:
            continue
        if along == "h":
            out.append({"x0": pos, "x1": pos, "top": lo, "bottom": hi, "width": 0, "height": hi - lo,
                        "orientation": "v", "object_type": "line"})
        else:
            out.append({"x0": lo, "x1": hi, "top": pos, "bottom": pos, "width": hi - lo, "height": 0,
                        "orientation": "h", "object_type": "line"})
    return out


def _inside(obj: dict, box: tuple) -> bool:
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def page_items(page) -> list[Item]:
    """A pdfplumber page -> text lines and ruled tables (at least 2 rows and 2 columns) by position."""
    vertical, horizontal = _closing_lines(page)
    settings = {"explicit_vertical_lines": vertical, "explicit_horizontal_lines": horizontal}
    tables = [t for t in page.find_tables(settings)
              if len(t.rows) >= 2 and max(len(r.cells) for r in t.rows) >= 2]
    boxes = [t.bbox for t in tables]
    items: list[Item] = []
    for t in tables:
        texts = t.extract()
        grid = [[cell for cell in row.cells] for row in t.rows]
        lookup = {c: texts[i][j] for i, row in enumerate(grid) for j, c in enumerate(row) if c is not None}
        items.append(Item(t.bbox[1], render_grid(grid, lambda c, texts=lookup: join_cell_lines(texts.get(c))), table=True))
    rest = page.filter(lambda o: not any(_inside(o, b) for b in boxes)) if boxes else page
    # tables drawn without rules: columns from the words' positions
    words = [(w["x0"], w["top"], w["x1"], w["bottom"], w["text"]) for w in rest.extract_words(x_tolerance=1.5)]
    wlines = group_lines(words)
    for first, last, rows in word_tables(wlines):
        top = min(w[1] for w in wlines[first])
        bottom = max(w[3] for w in wlines[last])
        items.append(Item(top, rows, table=True))
        boxes.append((page.bbox[0], top - 0.5, page.bbox[2], bottom + 0.5))
    lines = [ln for ln in rest.extract_text_lines(strip=True, return_chars=False)
             if ln["text"].strip() and not any(_inside(ln, b) for b in boxes)]
    table_left = min((t.bbox[0] for t in tables), default=None)
    items.extend(Item(top, [text]) for top, text in _unwrap(lines, boxes, table_left))
    return items


_INDENT_CHARS = 4  # a paragraph's first line is indented by about two characters; a right-aligned line starts far further in
_SENTENCE_END = tuple("。：:；;！!？?")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．]|第[一二三四五六七八九十\d]+[条章节])")


def _unwrap(lines: list[dict], boxes: list[tuple], table_left: float | None = None) -> list[tuple[float, str]]:
    """Join a paragraph's lines that the page width wrapped: a line reaching the right margin and not
    ending a sentence continues on the next line (unless that starts a heading or a table lies between).
    A wrapped line also starts at the left margin (or a first-line indent): a right-aligned line (the
    signature's agency above its date, a "单位：件" note) reaches the right margin but is a line of its own, and so
    does the line it wraps into. The left margin is the ruled tables' too (`table_left`): on a last page holding only
    a table's tail and the signature, the signature's own lines are no margin."""
    if not lines:
        return []
    right = max(ln["x1"] for ln in lines)
    left = min([ln["x0"] for ln in lines] + ([] if table_left is None else [table_left]))
    out: list[tuple[float, str]] = []
    prev = None
    for ln in sorted(lines, key=lambda ln: ln["top"]):
        size = max(4.0, ln["bottom"] - ln["top"])
        if (
            prev is not None
            and prev["x1"] >= right - 2.5 * size
            and prev["x0"] <= left + _INDENT_CHARS * size
            and ln["x0"] <= left + _INDENT_CHARS * size
            and not out[-1][1].rstrip().endswith(_SENTENCE_END)
            and not _HEADING.match(ln["text"])
            and not any(prev["bottom"] <= b[1] <= ln["top"] for b in boxes)
            and ln["top"] - prev["bottom"] < 1.5 * size
        ):
            out[-1] = (out[-1][0], smart_join([out[-1][1], ln["text"]]))
        else:
            out.append((ln["top"], ln["text"]))
        prev = ln
    return out


# --- the file -------------------------------------------------------------------------------------


def pdf_pages(data: bytes, name: str = "PDF", password: str | None = None) -> tuple[list[list[str]], list[set[int]], list[int]]:
    """(lines per page, table line numbers per page, pages without a text layer)."""
    import pdfplumber

    pages: list[list[str]] = []
    tables: list[set[int]] = []
    blank: list[int] = []
    with pdfplumber.open(io.BytesIO(data), password=password) as pdf:
        for i, page in enumerate(pdf.pages):
            try:
                items = page_items(page)
            except Exception as e:  # one damaged page: keep the others, but say so
                log.warning("%s: page %d: no text extracted (%s: %s)", name, i + 1, type(e).__name__, e)
                items = []
            lines, table_lines = page_layout(items)
            pages.append(lines)
            tables.append(table_lines)
            if sum(len(s.strip()) for s in lines) < _MIN_PAGE_CHARS and page.images:
                blank.append(i)  # a scanned page: an image and no text layer
            page.flush_cache()
    return pages, tables, blank


def _pypdf_pages(reader, name: str) -> list[list[str]]:
    """Fallback when pdfplumber cannot parse the file: the plain text layer per page."""
    out, failed = [], 0
    for i, page in enumerate(reader.pages):
        try:
            out.append(normalize_newlines(page.extract_text() or "").split("\n"))
        except Exception as e:
            failed += 1
            log.warning("%s: page %d: no text extracted (%s: %s)", name, i + 1, type(e).__name__, e)
            out.append([])
    if failed == len(out):
        raise PdfProblem(f"the PDF is corrupt or truncated (no page could be read, {len(out)} pages)")
    return out


def pdf_to_document(path: Path, data: bytes) -> LoadedDocument:
    reader, password = _open_checked(data)
    try:
        pages, tables, blank = pdf_pages(data, path.name, password)
    except Exception as e:  # pdfminer is stricter than pypdf on some damaged files
        log.warning("%s: layout reading failed (%s: %s); using the plain text layer", path.name, type(e).__name__, e)
        pages = _pypdf_pages(reader, path.name)
        tables = [set() for _ in pages]
        blank = [i for i, p in enumerate(pages) if sum(len(s.strip()) for s in p) < _MIN_PAGE_CHARS]
    used_ocr = False
    if blank and ocr.available():
        for i, lines, table_lines in ocr.ocr_pdf_pages(data, blank, path.name, password):
            pages[i], tables[i] = lines, table_lines
            used_ocr = True
    text, starts = document_text(pages, tables)
    if sum(1 for c in text if not c.isspace()) < _MIN_PDF_CHARS:
        if used_ocr:
            raise PdfProblem("the PDF has no text layer and OCR recognised no text in its pages")
        if ocr.available():
            raise PdfProblem("the PDF has no text layer and no scanned page images: there is no text to read")
        raise PdfProblem(f"{NO_TEXT_LAYER}: {ocr.INSTALL_HINT}")
    return LoadedDocument(path, text, "pdf", None, page_starts=starts, ocr=used_ocr)


def load_pdf(path: Path, data: bytes) -> LoadedDocument:
    try:
        return pdf_to_document(path, data)
    except PdfProblem as e:
        raise LoadError(path, str(e)) from None
    except LoadError:
        raise
    except Exception as e:  # anything the PDF libraries did not anticipate
        raise LoadError(path, f"the PDF is corrupt or truncated ({type(e).__name__}: {e})") from None
