"""Section-aware chunking on sentence boundaries; standard tables stay whole.

Works on cleaned-text coordinates and maps every chunk back to the original,
so ``original[chunk.start:chunk.end] == chunk.text`` always holds.  Pure
functions: (cleaned text, sections) in, chunk spans out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.template import TEMPLATE
from assistant.core.text import sentence_spans
from ingest.structure import SectionSpan, standard_section

_TABLE_SECTIONS = tuple(f"{s.key}、" for s in TEMPLATE.sections if s.table)


@dataclass
class ChunkSpan:
    start: int  # cleaned-text offsets
    end: int
    section: str
    kind: str  # "text" | "table"
    header: str = ""  # table header lines repeated for context (indexing only)


def is_table_line(line: str) -> bool:
    return "|" in line


# a pre-2019 report may use the same heading words for prose: only real tables count
_TABLE_MARKERS = ("|", *TEMPLATE.table_markers)


def _is_table_section(text: str, sec: SectionSpan) -> bool:
    name = standard_section(sec.path)
    body = text[sec.start : sec.end]
    return bool(name) and name.startswith(_TABLE_SECTIONS) and any(m in body for m in _TABLE_MARKERS)


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        e = end if nl == -1 else nl
        if e > pos:
            spans.append((pos, e))
        pos = e + 1
    return spans


def _pack(pieces: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """Greedily pack consecutive pieces into spans of about lo..hi characters."""
    out: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for s, e in pieces:
        if cur is None:
            cur = (s, e)
        elif e - cur[0] <= hi or cur[1] - cur[0] < lo // 2:
            cur = (cur[0], e)
        else:
            out.append(cur)
            cur = (s, e)
    if cur:
        out.append(cur)
    return out


def _split_long(text: str, s: int, e: int, hi: int) -> list[tuple[int, int]]:
    """A sentence longer than `hi`: cut at commas, else hard."""
    if e - s <= hi:
        return [(s, e)]
    parts, pos = [], s
    while e - pos > hi:
        cut = max(text.rfind(c, pos, pos + hi) for c in "，,、")
        cut = cut + 1 if cut > pos + hi // 3 else pos + hi
        parts.append((pos, cut))
        pos = cut
    parts.append((pos, e))
    return parts


def chunk_sections(text: str, sections: list[SectionSpan], lo: int = 300, hi: int = 500) -> list[ChunkSpan]:
    chunks: list[ChunkSpan] = []
    for sec in sections:
        label = " > ".join(sec.path)
        if _is_table_section(text, sec):
            chunks.extend(_chunk_table_section(text, sec, label, hi))
            continue
        # inside a narrative section, table rows (pipe lines) still form their own blocks
        block: list[tuple[int, int]] = []
        block_is_table = False
        for ls, le in _line_spans(text, sec.start, sec.end):
            tab = is_table_line(text[ls:le])
            if block and tab != block_is_table:
                chunks.extend(_emit(text, block, block_is_table, label, lo, hi))
                block = []
            block.append((ls, le))
            block_is_table = tab
        if block:
            chunks.extend(_emit(text, block, block_is_table, label, lo, hi))
    return chunks


def _emit(text: str, lines: list[tuple[int, int]], table: bool, label: str, lo: int, hi: int) -> list[ChunkSpan]:
    if table:
        return [ChunkSpan(s, e, label, "table") for s, e in _pack(lines, hi, hi * 3)]
    pieces: list[tuple[int, int]] = []
    for s, e in sentence_spans(text, lines[0][0], lines[-1][1]):
        pieces.extend(_split_long(text, s, e, hi))
    return [ChunkSpan(s, e, label, "text") for s, e in _pack(pieces, lo, hi)]


def _chunk_table_section(text: str, sec: SectionSpan, label: str, hi: int) -> list[ChunkSpan]:
    """A standard table is kept whole when it fits in three chunk lengths; otherwise
    it is cut between rows and every part carries the table's header for indexing."""
    # the heading itself belongs to the section label, not the table body
    body_from = sec.heading_end if sec.heading_end > sec.start else sec.start
    lines = _line_spans(text, body_from, sec.end)
    if not lines:
        return []
    body_start = next((i for i, (s, e) in enumerate(lines) if re.search(r"\d", text[s:e])), len(lines))
    header = "\n".join(text[s:e] for s, e in lines[:body_start])
    if lines[-1][1] - lines[0][0] <= hi * 3:
        return [ChunkSpan(lines[0][0], lines[-1][1], label, "table", "")]
    out = []
    for n, (s, e) in enumerate(_pack(lines, hi, hi * 2)):
        out.append(ChunkSpan(s, e, label, "table", "" if n == 0 and s == lines[0][0] else header))
    return out
