"""The source viewer and the table grid of a citation: pure functions, no Gradio.

The viewer shows the section around a citation with the cited span (and the figure) highlighted; the
report's pipe-flattened tables (``cell | cell |`` rows) are drawn as tables, the cited row and cell
marked.  A table citation's card shows the cited row under its column headers, built from the
facts the ingest read from that row.  All report text is escaped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.core.types import Citation, Fact, Report
from assistant.ui.format import _report_warnings, esc, readable_title, row_column
from assistant.core.template import strip_enumerator
from assistant.ui.memo import label_path
from assistant.ui.strings import words

CONTEXT_CHARS = 400  # characters shown on each side of a cited span when its section cannot be found
MAX_SECTION_CHARS = 12000  # a longer "section" is shown as a window around the cited span
_TABLE_LINE = re.compile(r"\|")


@lru_cache(maxsize=64)
def _sections(clean: str) -> list[tuple[int, int, str]]:
    from ingest.structure import split_sections

    return [(s.start, s.end, s.label) for s in split_sections(clean)]


def section_bounds(original: str, clean: str, index: list[int], c: Citation) -> tuple[int, int, bool]:
    """(start, end) in the original text of the section holding the citation, and whether it is a
    window cut from an overlong section (or from the text around a citation whose section is unknown)."""
    best = None
    if clean and index:
        for cs, ce, label in _sections(clean):
            if ce <= cs:
                continue
            s, e = index[min(cs, len(index) - 1)], index[min(ce, len(index)) - 1] + 1
            if s <= c.start < e or (s < c.end <= e):
                score = (label == c.section, -(e - s))
                if best is None or score > best[0]:
                    best = (score, max(0, min(s, c.start)), min(len(original), max(e, c.end)))
    if best is None:
        return max(0, c.start - CONTEXT_CHARS), min(len(original), c.end + CONTEXT_CHARS), True
    s, e = best[1], best[2]
    if e - s > MAX_SECTION_CHARS:
        half = (MAX_SECTION_CHARS - (c.end - c.start)) // 2
        return max(s, c.start - max(half, CONTEXT_CHARS)), min(e, c.end + max(half, CONTEXT_CHARS)), True
    return s, e, False


def _text_html(original: str, s: int, e: int, c: Citation) -> str:
    """original[s:e] escaped; the part inside the cited span in <mark class="cited">, the figure in mark.figure."""
    out, pos = [], s
    cs, ce = max(s, c.start), min(e, c.end)
    if cs < ce:
        out.append(esc(original[s:cs]))
        out.append(f'<mark class="cited">{_figure_html(original, cs, ce, c)}</mark>')
        pos = ce
    out.append(esc(original[pos:e]))
    return "".join(out)


def _figure_html(original: str, s: int, e: int, c: Citation) -> str:
    hs, he = c.highlight_start, c.highlight_end
    if hs is not None and he is not None and s <= hs < he <= e:
        return esc(original[s:hs]) + f'<mark class="figure">{esc(original[hs:he])}</mark>' + esc(original[he:e])
    return esc(original[s:e])


def _row_html(original: str, s: int, e: int, c: Citation) -> str:
    """One pipe-flattened line as a table row: the cited row marked, the cited cell marked."""
    cells, pos = [], s
    for m in _TABLE_LINE.finditer(original, s, e):
        cells.append((pos, m.start()))
        pos = m.end()
    if original[pos:e].strip():
        cells.append((pos, e))
    cited_row = s < c.end and c.start < e
    tds = []
    for a, b in cells:
        hs = c.highlight_start
        is_cell = cited_row and hs is not None and a <= hs < max(b, a + 1)
        cls = ' class="cell-cited"' if is_cell else ""
        tds.append(f"<td{cls}>{_figure_html(original, a, b, c) if is_cell else esc(original[a:b].strip())}</td>")
    cls = ' class="cited"' if cited_row else ""
    return f'<tr{cls}>{"".join(tds)}</tr>'


def body_html(original: str, s0: int, e0: int, c: Citation) -> str:
    """The section's text with its pipe-flattened tables drawn as tables."""
    out, table, pos = [], [], s0
    for m in re.finditer(r"[^\n]*\n?", original[s0:e0]):
        ls, le = s0 + m.start(), s0 + m.end()
        if ls == le:
            break
        line_end = le - 1 if original[le - 1 : le] == "\n" else le
        if "|" in original[ls:line_end] and original[ls:line_end].count("|") >= 1:
            if not table and pos < ls:
                out.append(_text_html(original, pos, ls, c))
            table.append(_row_html(original, ls, line_end, c))
            pos = le
        elif table:
            out.append(f'<table class="src-table"><tbody>{"".join(table)}</tbody></table>')
            table = []
    if table:
        out.append(f'<table class="src-table"><tbody>{"".join(table)}</tbody></table>')
    if pos < e0:
        out.append(_text_html(original, pos, e0, c))
    return "".join(out)


def source_view(store_texts, c: Citation, lang: str = "zh", reports: dict[str, Report] | None = None) -> str:
    """HTML of the section around a citation, the cited span (and the figure) highlighted; all text escaped.
    `store_texts(doc_id)` -> (original, cleaned, cleaned->original index) of an ingested report."""
    w = words(lang)
    try:
        original, clean, index = store_texts(c.doc_id)
    except (KeyError, TypeError):
        return f'<div class="src-empty">{esc(w["not_found_source"])}</div>'
    s0, e0, window = section_bounds(original, clean, index, c)
    meta = [c.agency or "", str(c.year) if c.year else "", c.section]
    if c.column:
        row, col = row_column(c)
        meta += [f"{w['row']} {row}", f"{w['column']} {col}"]
    meta += [f"{w['file']} {c.source}", f"{w['chars']} {c.start}–{c.end}"]
    warn = _report_warnings(c, reports)
    return (
        f'<div class="src" data-doc="{esc(c.doc_id)}">'
        f'<div class="src-title">[{c.n}] 《{esc(readable_title(c.title, c.agency, c.year))}》</div>'
        f'<div class="src-meta">{esc(" · ".join(x for x in meta if x))}</div>'
        + (f'<div class="cite-warn">{esc(w["warn"] + "；".join(warn))}</div>' if warn else "")
        + (f'<div class="src-note">{esc(w["window"])}</div>' if window else "")
        + f'<div class="src-body">{"…" if window and s0 else ""}{body_html(original, s0, e0, c)}'
        f'{"…" if window and e0 < len(original) else ""}</div></div>'
    )


def source_placeholder(lang: str) -> str:
    return f'<div class="src-empty">{esc(words(lang)["pick_source"])}</div>'


# --- the grid of a table citation ---------------------------------------------------------------

def citation_grid(c: Citation, facts: list[Fact], lang: str) -> str:
    """The cited row under its column headers (two levels: 法人或其他组织 over 商业企业 ...), the cited
    cell marked; '' when the citation is not a table cell or its row's cells are not known."""
    if not (c.row and c.column):
        return ""
    cells = [f for f in facts if f.kind == "table" and f.row == c.row and f.value is not None]
    if len(cells) < 2:
        return ""
    cells.sort(key=lambda f: f.start)
    cols = [[strip_enumerator(p) for p in f.column.split(" / ")] for f in cells]
    two = any(len(p) > 1 for p in cols)
    w = words(lang)
    span2 = ' rowspan="2"' if two else ""
    corner = f'<th class="row-label"{span2}>{esc(w["row_h"])}</th>'
    top, sub, i = [], [], 0
    while i < len(cols):
        if two and len(cols[i]) > 1:
            j = i
            while j < len(cols) and len(cols[j]) > 1 and cols[j][0] == cols[i][0]:
                sub.append(f"<th>{esc(cols[j][-1])}</th>")
                j += 1
            top.append(f'<th colspan="{j - i}">{esc(cols[i][0])}</th>')
            i = j
        else:
            top.append(f'<th{span2}>{esc(cols[i][-1])}</th>')
            i += 1
    head = f"<tr>{corner}{''.join(top)}</tr>" + (f"<tr>{''.join(sub)}</tr>" if two else "")
    tds = []
    for f in cells:
        cited = f.column == c.column and (c.highlight_start is None or f.start == c.highlight_start)
        attr = f' class="cell-cited" title="{esc(w["cell"])}"' if cited else ""
        tds.append(f"<td{attr}>{esc(f.raw.strip() or f'{f.value:g}')}</td>")
    row = f'<tr><td class="row-label">{esc(label_path(c.row))}</td>{"".join(tds)}</tr>'
    return f'<div class="grid-wrap"><table class="cite-grid"><thead>{head}</thead><tbody>{row}</tbody></table></div>'
