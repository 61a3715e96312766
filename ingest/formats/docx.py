"""DOCX -> text: paragraphs one per line, tables as ``cell | cell |`` rows, in document order.

Read from the XML rather than python-docx's objects: Word puts report text inside smart tags, tracked
insertions, fields and content controls too.  Merged cells follow the HTML loader's rule, so the table
reader sees the same rows from either: a horizontally merged cell (w:gridSpan) is one cell, a vertically
merged one (w:vMerge) appears in its first row only; empty cells are kept so values stay in their columns.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from ingest.formats.base import LoadedDocument, LoadError, require_text, smart_join, table_row, tidy_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Sub-trees of a paragraph that hold no visible text: properties (w:pPr holds tab *stops* as w:tab),
# deleted text, and the Fallback copy of alternate content (it duplicates the Choice).
_DOCX_SKIP = frozenset({f"{_W}pPr", f"{_W}rPr", f"{_W}del", f"{_W}moveFrom", f"{_MC}Fallback"})
_DOCX_CONTAINERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag"})


def _docx_paragraph_text(p) -> str:
    """Text of a <w:p> on one line.

    Read from the XML rather than python-docx's ``Paragraph.text`` because that only sees runs that
    are direct children, and Word puts report text inside smart tags, tracked insertions, fields and
    content controls too.  A soft line break inside the paragraph is joined like a cell's lines.
    """
    pieces: list[str] = []
    current: list[str] = []
    stack = [p]
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _DOCX_SKIP:
            continue  # comments / processing instructions have a non-str tag
        if tag == f"{_W}t":
            current.append(el.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            current.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            pieces.append("".join(current))
            current = []
        elif tag == f"{_W}noBreakHyphen":
            current.append("-")
        else:
            stack.extend(reversed(list(el)))
    pieces.append("".join(current))
    if len(pieces) == 1:
        return pieces[0].strip()
    return smart_join(pieces)


def _docx_children(el, tags: set[str]) -> Iterator:
    """Children of `el` with a tag in `tags`, looking through content controls and custom XML."""
    for child in el:
        tag = child.tag
        if tag in tags:
            yield child
        elif tag in _DOCX_CONTAINERS:
            yield from _docx_children(child, tags)


def _docx_is_continuation(tc) -> bool:
    """A <w:tc> that continues a vertical (w:vMerge) or legacy horizontal (w:hMerge) merge."""
    tcPr = tc.find(f"{_W}tcPr")
    if tcPr is None:
        return False
    for name in ("vMerge", "hMerge"):
        m = tcPr.find(f"{_W}{name}")
        if m is not None and m.get(f"{_W}val", "continue") != "restart":
            return True
    return False


def _docx_cell_text(tc) -> str:
    """All paragraphs of a cell (nested tables included, in document order) on one line."""
    return smart_join(_docx_paragraph_text(p) for p in tc.iter(f"{_W}p"))


def _docx_table_rows(tbl) -> list[str]:
    """One line per <w:tr>, one cell per distinct <w:tc>.

    A horizontally merged cell is one <w:tc> with a gridSpan, so it appears once (python-docx's
    ``row.cells`` would repeat it for every grid column).  A vertically merged cell appears in its
    first row only, like an HTML rowspan cell, not repeated in every row it covers.
    """
    lines = []
    for tr in _docx_children(tbl, {f"{_W}tr"}):
        cells = [_docx_cell_text(tc) for tc in _docx_children(tr, {f"{_W}tc"}) if not _docx_is_continuation(tc)]
        if any(cells):
            lines.append(table_row(cells))
    return lines


def docx_to_text(data: bytes) -> str:
    """Body text of a DOCX in document order: paragraphs one per line, tables as ``cell | cell |`` rows.

    Headers, footers, footnotes and comments are left out (page furniture, not report text).
    """
    import docx

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for el in _docx_children(document.element.body, {f"{_W}p", f"{_W}tbl"}):
        if el.tag == f"{_W}p":
            lines.append(_docx_paragraph_text(el))
        else:
            lines.extend(_docx_table_rows(el))
    return tidy_lines(lines)



def load_docx(path: Path, data: bytes, fmt: str = "docx") -> LoadedDocument:
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2 container: a renamed .doc, or a password-protected DOCX
        raise LoadError(
            path,
            "not a DOCX file: it is an old binary Word (.doc) or a password-protected document; "
            "save it as an unprotected .docx first",
        )
    try:
        text = docx_to_text(data)
    except Exception as e:  # BadZipFile, KeyError (part missing), ValueError, lxml errors, ...
        raise LoadError(path, f"the DOCX file is corrupt or truncated ({type(e).__name__}: {e})") from None
    require_text(path, text, "the DOCX file contains no text")
    return LoadedDocument(path, text, fmt, None)
