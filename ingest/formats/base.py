"""What every format loader shares: the loaded document, the one error type, text tidying."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path


class LoadError(Exception):
    """A file that cannot be loaded; ``str(err)`` is ``"<file name>: <reason>"``."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


@dataclass
class LoadedDocument:
    path: Path
    text: str  # original text; tables rendered as "cell | cell |" rows
    format: str  # "txt" | "md" | "html" | "docx" | "doc" | "wps" | "pdf" | "image"
    encoding: str | None  # for files decoded from bytes (txt/md/html) the detected encoding, else None
    page_starts: list[int] = field(default_factory=list)  # offsets in `text` where each page begins (PDF, OCR)
    ocr: bool = False  # the text was recognised from images


_BLANK_RUNS = re.compile(r"\n{3,}")


def is_wide(ch: str) -> bool:
    # CJK ideographs, kana, full-width forms and CJK punctuation sit at U+2E80 and above
    return ord(ch) >= 0x2E80


def smart_join(parts: Iterable[str]) -> str:
    """Join text pieces that were on separate lines inside one cell/paragraph.

    Chinese needs no separator ("本年新" + "制作数量" -> "本年新制作数量"); between two Latin
    words or two numbers a space keeps them apart ("12" + "34" must not become "1234").
    """
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and not (is_wide(out[-1]) or is_wide(part[0])):
            out += " "
        out += part
    return out


def table_row(cells: Iterable[str]) -> str:
    """One table row the way every loader renders it: ``cell | cell |``, empty cells kept as empty."""
    return " | ".join(cells) + " |"


def tidy_lines(lines: Iterable[str]) -> str:
    """Strip trailing spaces, collapse runs of blank lines to one, drop leading/trailing blank lines."""
    text = "\n".join(line.rstrip() for line in lines)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR -> LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def require_text(path: Path, text: str, what: str) -> str:
    if not text.strip():
        raise LoadError(path, what)
    return text
