"""One loader per file format, behind one table: ``LOADERS[suffix](path, data) -> LoadedDocument``.

Each loader turns a file's bytes into its *original text* (tables as ``cell | cell |`` rows, empty
cells kept) or raises :class:`LoadError` naming the file and the reason.  Reading the file, size limits
and folder walking live in :mod:`ingest.load`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ingest.formats.base import LoadedDocument, LoadError
from ingest.formats.docx import load_docx
from ingest.formats.html import load_html, load_text
from ingest.formats.ocr import load_image
from ingest.formats.office import load_office
from ingest.formats.pdf import load_pdf

Loader = Callable[[Path, bytes], LoadedDocument]

LOADERS: dict[str, Loader] = {
    ".txt": load_text,
    ".md": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".docx": load_docx,
    ".doc": load_office,
    ".wps": load_office,
    ".pdf": load_pdf,
    ".png": load_image,
    ".jpg": load_image,
    ".jpeg": load_image,
}

__all__ = ["LOADERS", "LoadError", "LoadedDocument", "Loader"]
