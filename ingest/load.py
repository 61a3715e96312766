"""Turn a report file into its *original text*: the text as published, before any cleaning.

The formats live in :mod:`ingest.formats`, one loader per suffix in ``LOADERS``: ``.txt`` / ``.md``
(utf-8, BOM, utf-16, gb18030/GBK, big5), ``.html`` / ``.htm``, ``.docx``, ``.doc`` / ``.wps`` (through
LibreOffice), ``.pdf`` (text layer with pages and ruled tables; scanned pages by OCR with the ``[ocr]``
extra) and ``.png`` / ``.jpg`` page images (OCR).  This module reads the file (size limits, clear
errors) and dispatches; every problem is a :class:`LoadError` naming the file and the reason, so one bad
file is reported and skipped rather than stopping a whole ingest.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ingest.formats import LOADERS
from ingest.formats.base import LoadedDocument, LoadError, normalize_newlines, smart_join  # noqa: F401  (re-exported)
from ingest.formats.docx import docx_to_text  # noqa: F401
from ingest.formats.encoding import DecodeError, common_char_share, decode_bytes, decode_html_bytes  # noqa: F401
from ingest.formats.html import html_to_text, looks_like_html  # noqa: F401

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(LOADERS)

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

def _human_size(n: float) -> str:
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= size:
            value = n / size
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{int(n)} bytes"


def _supported_list() -> str:
    return ", ".join(sorted(SUPPORTED_SUFFIXES))


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise LoadError(path, "file not found") from None
    except OSError as e:
        raise LoadError(path, f"cannot read the file ({e.strerror or e})") from None
    if path.is_dir():
        raise LoadError(path, "is a directory, not a file")
    # checked before reading: a huge file must not be pulled into memory
    if st.st_size > max_bytes:
        raise LoadError(path, f"the file is too large ({_human_size(st.st_size)} > {_human_size(max_bytes)} limit)")
    if st.st_size == 0:
        raise LoadError(path, "the file is empty")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise LoadError(path, f"cannot read the file ({e.strerror or e})") from None
    if len(data) > max_bytes:  # grew between stat and read
        raise LoadError(path, f"the file is too large ({_human_size(len(data))} > {_human_size(max_bytes)} limit)")
    return data



def load_document(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedDocument:
    """Load one report file.  Raises :class:`LoadError` (and nothing else) for a file it cannot load."""
    path = Path(path)
    suffix = path.suffix.lower()
    loader = LOADERS.get(suffix)
    if loader is None:
        if suffix:
            raise LoadError(path, f"unsupported file type '{suffix}' (supported: {_supported_list()})")
        raise LoadError(path, f"unsupported file type: the name has no extension (supported: {_supported_list()})")
    return loader(path, _read_bytes(path, max_bytes))



IMAGE_SUFFIXES = frozenset(s for s, f in LOADERS.items() if getattr(f, "__name__", "") == "load_image")
# a scanned A4 page is hundreds of KB; logos, icons and buttons of a saved web page are a few KB
MIN_PAGE_IMAGE_BYTES = 20 * 1024


def skip_reason(path: Path) -> str:
    """Why a file met in a folder is not ingested as a report (unsupported type, or a picture that is not a
    scanned page: one of a saved web page's '…_files' folder, or too small to be a page)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return f"{path.name}: unsupported file type '{suffix or '(none)'}', not a report"
    if path.parent.name.lower().endswith(("_files", ".files")):
        return f"{path.name}: a picture of the saved web page folder '{path.parent.name}', not a report"
    return f"{path.name}: a small picture ({_human_size(path.stat().st_size)}), not a scanned report page"


def _page_image(path: Path) -> bool:
    """An image found in a folder counts as a scanned page unless it is a saved web page's asset or tiny."""
    if path.parent.name.lower().endswith(("_files", ".files")):
        return False
    try:
        return path.stat().st_size >= MIN_PAGE_IMAGE_BYTES
    except OSError:
        return True  # let the loader report what is wrong with it


def _hidden(name: str) -> bool:
    # dot-files, and Office's "~$name.docx" lock files that sit beside an open document
    return name.startswith(".") or name.startswith("~$")


def iter_report_files(paths: Iterable[Path | str], skipped: list[Path] | None = None) -> list[Path]:
    """Expand folders recursively (sorted, skipping hidden files/dirs), keep files with a supported suffix;
    files of other types found in folders, and pictures that are not scanned pages (see :func:`skip_reason`),
    are appended to `skipped` when it is given.

    Files given explicitly are returned whatever their suffix (and even if missing), so that
    :func:`load_document` rejects them with a clear error instead of them vanishing silently.
    Each file appears once, at its first mention.
    """
    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            out.append(p)

    for raw in paths:
        root = Path(raw)
        if not root.is_dir():
            add(root)
            continue
        # os.walk does not follow symlinked folders, so a link loop cannot recurse forever
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not _hidden(d))
            for name in sorted(filenames):
                if _hidden(name):
                    continue
                suffix = Path(name).suffix.lower()
                if suffix in SUPPORTED_SUFFIXES and (suffix not in IMAGE_SUFFIXES or _page_image(Path(dirpath) / name)):
                    add(Path(dirpath) / name)
                elif skipped is not None:
                    skipped.append(Path(dirpath) / name)
    return out
