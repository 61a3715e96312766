"""HTML and Markdown pieces of the chat: pure functions, no Gradio.

Report text is untrusted: every string that comes from a report (title, agency, quote, section, file
name) goes through :func:`esc` (HTML) or :func:`md_escape` (chat Markdown) before it is shown, so a
report containing ``<script>`` shows that text and runs nothing.
"""

from __future__ import annotations

import bisect
import html
import re

from assistant.core.types import Answer, Citation, Report
from assistant.ui.memo import clean_title, label_path
from assistant.ui.strings import words

CARD_QUOTE_CHARS = 160

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#+\-!|~$])")
_MD_LIST_NUMBER = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)
_MARKER = re.compile(r"\\\[(\d{1,3})\\\]")
_FILE_LIKE = re.compile(r"^[\w.\-]+$")


def esc(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def md_escape(text: str) -> str:
    """Text shown literally by a Markdown renderer: HTML escaped, Markdown punctuation backslash-escaped."""
    text = _MD_SPECIAL.sub(r"\\\1", html.escape(text or "", quote=False))
    return _MD_LIST_NUMBER.sub(r"\1\\\2", text)


def one_line(text: str) -> str:
    return " ".join((text or "").split())


# --- titles and cleaned quotes ------------------------------------------------------------------

def readable_title(title: str | None, agency: str | None = None, year: int | None = None) -> str:
    """A title a person can read: the report's own (heading marks dropped), or agency + year +
    政府信息公开工作年度报告 when the report has none (a file name or a hash is not a title)."""
    t = clean_title(title)
    if t and not _FILE_LIKE.match(t) and re.search(r"[\u3400-\u9fff]", t):
        return t
    if agency and year:
        return f"{agency}{year}年政府信息公开工作年度报告"
    if agency:
        return f"{agency}政府信息公开工作年度报告"
    return t or "—"


def clean_span(index: list[int], start: int, end: int) -> tuple[int, int]:
    """The cleaned-text span [i0, i1) whose characters come from original[start:end]."""
    return bisect.bisect_left(index, start), bisect.bisect_left(index, end)


def with_clean_quote(c: Citation, texts) -> Citation:
    """The citation with `clean_quote` filled from the report's cleaned text (the original stays in
    `quote`); `texts(doc_id)` -> (original, cleaned, cleaned->original index)."""
    if c.clean_quote:
        return c
    try:
        got = texts(c.doc_id)
    except Exception:
        got = None
    if not got:
        return c
    _original, clean, index = got
    if not clean or not index:
        return c
    i0, i1 = clean_span(index, c.start, c.end)
    quote = clean[i0:i1].strip()
    return c.model_copy(update={"clean_quote": quote}) if quote and quote != c.quote else c


# --- citations ----------------------------------------------------------------------------------

def row_column(c: Citation) -> tuple[str, str]:
    return label_path(c.row), label_path(c.column)


def citation_label(c: Citation) -> str:
    """'[1] 青禾县信访局 · 2023 · 三、收到和处理… · 本年新收… · 总计' (plain text)."""
    parts = [c.agency or readable_title(c.title, c.agency, c.year), str(c.year) if c.year else "", c.section]
    if c.row:
        row, col = row_column(c)
        parts.append(row + (f" · {col}" if col else ""))
    if c.page:
        parts.append(f"p. {c.page}")
    return f"[{c.n}] " + " · ".join(p for p in parts if p)


def _report_warnings(c: Citation, reports: dict[str, Report] | None) -> list[str]:
    r = (reports or {}).get(c.doc_id)
    return list(c.warnings or (r.warnings if r else []))


def markers_html(text: str, known: set[int]) -> str:
    """Escaped '\\[n\\]' markers of cited numbers -> clickable '[n]' (opens card n)."""
    return _MARKER.sub(lambda m: f'<span class="cite-ref" role="button">[{int(m.group(1))}]</span>'
                       if int(m.group(1)) in known else m.group(0), text)


def render_answer(answer: Answer, lang: str | None = None, reports: dict[str, Report] | None = None,
                  extra_html: str = "") -> str:
    """The chat message (Markdown, every piece escaped): the answer with clickable [n] markers, notes,
    identity-check warnings and one short line per citation.  The headings follow the answer's own
    language (the question's), not the interface toggle: `lang` is only a fallback."""
    w = words(answer.language or lang)
    known = {c.n for c in answer.citations}
    lines = [markers_html(md_escape(line), known) for line in answer.text.split("\n")]
    flagged: dict[str, list[str]] = {}
    for c in answer.citations:
        ws = _report_warnings(c, reports)
        if ws and c.doc_id not in flagged:
            flagged[c.doc_id] = ws
    for doc_id, ws in flagged.items():
        missing = [x for x in ws if x not in answer.text]
        if missing:
            c0 = next(c for c in answer.citations if c.doc_id == doc_id)
            lines += ["", md_escape(f"{w['warn']}《{readable_title(c0.title, c0.agency, c0.year)}》 " + "；".join(missing))]
    for n in answer.notes:
        lines += ["", "*" + md_escape(n) + "*"]
    if extra_html:
        lines += ["", extra_html]
    if answer.citations:
        lines += ["", f"*{md_escape(w['sources'])}*"]
        for c in answer.citations:
            lines.append(markers_html(md_escape(citation_label(c)), known))
    return "\n".join(lines)


def _mark(q: str, hs: int | None, he: int | None, limit: int) -> str:
    """`q` escaped, [hs, he) in <mark class="figure">, shortened around the figure when long."""
    s0, e0 = 0, len(q)
    if len(q) > limit:
        center = hs if hs is not None else 0
        s0 = max(0, min(center - limit // 2, len(q) - limit))
        e0 = s0 + limit
    pre, post = ("…" if s0 else ""), ("…" if e0 < len(q) else "")
    if hs is not None and he is not None and s0 <= hs < he <= e0:
        return pre + esc(q[s0:hs]) + f'<mark class="figure">{esc(q[hs:he])}</mark>' + esc(q[he:e0]) + post
    return pre + esc(q[s0:e0]) + post


def _figure_in(c: Citation) -> tuple[int | None, int | None]:
    if c.highlight_start is not None and c.highlight_end is not None and c.start <= c.highlight_start < c.highlight_end <= c.end:
        return c.highlight_start - c.start, c.highlight_end - c.start
    return None, None


def quote_html(c: Citation, limit: int = CARD_QUOTE_CHARS) -> str:
    """The main quote: the cleaned form when known (the cited figure found again in it), else the original."""
    hs, he = _figure_in(c)
    if c.clean_quote:
        q = c.clean_quote
        fig = (c.highlight or "").strip()
        if fig and hs is not None:
            # the figure's position in the cleaned quote: the occurrence nearest its original position
            spots = [m.start() for m in re.finditer(re.escape(fig), q)]
            if spots:
                k = min(spots, key=lambda p: abs(p - hs))
                return _mark(q, k, k + len(fig), limit)
        return _mark(q, None, None, limit)
    return _mark(c.display_quote, hs, he, limit)  # (radicals of a PDF unified, one for one: offsets hold)


def card_html(c: Citation, selected: bool, lang: str, reports: dict[str, Report] | None = None, grid: str = "") -> str:
    w = words(lang)
    r = (reports or {}).get(c.doc_id)
    agency = c.agency or (r.agency if r else None)
    year = c.year or (r.year if r else None)
    who = " · ".join(esc(x) for x in (agency or "", str(year) if year else "") if x)
    where = [esc(c.section)] if c.section else []
    if c.column:
        row, col = row_column(c)
        sep = "：" if lang != "en" else " "
        where.append(f'{w["row"]}{sep}<b>{esc(row)}</b>')
        where.append(f'{w["column"]}{sep}<b>{esc(col)}</b>')
    elif c.row:
        where.append(esc(c.row))
    if c.page:
        where.append(esc(w["page"].format(n=c.page)))
    if c.ocr:
        where.append(f'<span class="cite-ocr">{esc(w["ocr"])}</span>')
    warn = _report_warnings(c, reports)
    warn_html = f'<div class="cite-warn">{esc(w["warn"] + "；".join(warn))}</div>' if warn else ""
    original = (f'<details class="cite-orig"><summary>{esc(w["original"])}</summary><div>{_mark(c.quote, *_figure_in(c), 400)}</div></details>'
                if c.clean_quote and c.clean_quote != c.quote else "")
    body = grid or f'<div class="cite-quote">“{quote_html(c)}”</div>'
    cls = "cite-card selected" if selected else "cite-card"
    return (
        f'<div class="{cls}" data-n="{c.n}" tabindex="0" role="button" aria-pressed="{str(selected).lower()}">'
        f'<div class="cite-head"><span class="cite-n">[{c.n}]</span> {who}</div>'
        f'<div class="cite-title">《{esc(readable_title(c.title, agency, year))}》</div>'
        f'<div class="cite-where">{" · ".join(where)}</div>'
        f'{body}{original}{warn_html}</div>'
    )


def cards_html(citations: list[Citation], selected: int | None, lang: str, turn: int | None = None,
               reports: dict[str, Report] | None = None, grids: dict[int, str] | None = None) -> str:
    """The citation cards of one answer in a box that scrolls on its own; `data-turn` (1-based, 0 before
    any answer) says which answer; `grids[n]`: the table grid shown for a table citation."""
    w = words(lang)
    n_turn = 0 if turn is None else turn + 1
    if not citations:
        empty = w["no_cites_turn"].format(n=n_turn) if n_turn else w["no_cites"]
        return f'<div class="cards" data-turn="{n_turn}"><div class="cite-empty">{esc(empty)}</div></div>'
    head = f'<div class="cite-caption">{esc(w["cites_of"].format(n=n_turn))}</div>'
    body = "".join(card_html(c, c.n == selected, lang, reports, (grids or {}).get(c.n, "")) for c in citations)
    return f'<div class="cards" data-turn="{n_turn}">{head}{body}</div>'


# --- filters, library, engines -------------------------------------------------------------------

def chips_html(filters: dict, lang: str, report_titles: dict[str, str] | None = None) -> str:
    """Active filters as chips, each with a × that clears it (data-chip names the filter)."""
    w = words(lang)
    sep = ": " if lang == "en" else "："
    chips = []
    if filters.get("agency"):
        chips.append(("agency", f"{w['agency']}{sep}{filters['agency']}"))
    if filters.get("year"):
        chips.append(("year", f"{w['year']}{sep}{filters['year']}"))
    for d in filters.get("doc_ids") or []:
        chips.append((f"doc:{d}", f"{w['report']}{sep}{(report_titles or {}).get(d, d)}"))
    if not chips:
        return f'<div class="chips"><span class="chip-none">{esc(w["no_filter"])}</span></div>'
    return '<div class="chips">' + "".join(
        f'<span class="chip" data-chip="{esc(key)}">{esc(text)}'
        f'<button class="chip-x" data-chip="{esc(key)}" title="{esc(w["clear"])}" aria-label="{esc(w["clear"])} {esc(text)}">×</button></span>'
        for key, text in chips
    ) + "</div>"


def _identity_cell(r: Report, key: str, value, w) -> str:
    mark = f' <span class="lib-user" title="{esc(w["user_edited"])}">✎</span>' if r.provenance.get(key) == "user" else ""
    return f"{esc(value if value not in (None, '') else '—')}{mark}"


def checks_cell(r: Report, n_tables: int | None, w) -> str:
    """⚠ with the failures; ✓ only when tables were checked; '— 无表格' when there was nothing to check."""
    if r.warnings:
        text = "；".join(r.warnings)
        return f'<span class="lib-warn" title="{esc(text)}">⚠ {len(r.warnings)}：{esc(text)}</span>'
    if n_tables == 0:
        return f'<span class="lib-none">— {esc(w["no_tables"])}</span>'
    return f'<span class="lib-ok">✓ {esc(w["checks_ok"])}</span>'


def library_html(reports: list[Report], lang: str, selected: str | None = None,
                 table_facts: dict[str, int] | None = None) -> str:
    """The library table; `table_facts[doc_id]`: how many table cells were read (0: the report has no table)."""
    w = words(lang)
    if not reports:
        return f'<div class="lib-empty">{esc(w["lib_empty"])}</div>'
    keys = ("agency", "region", "year", "title", "format", "chunks", "facts", "checks", "files")
    head = "".join(f"<th>{esc(w[k])}</th>" for k in keys)
    rows = []
    for r in reports:
        n_tables = None if table_facts is None else table_facts.get(r.doc_id, 0)
        cls = ' class="selected"' if r.doc_id == selected else ""
        rows.append(
            f'<tr data-doc="{esc(r.doc_id)}"{cls}><td class="lib-agency">{_identity_cell(r, "agency", r.agency, w)}</td>'
            f'<td>{_identity_cell(r, "region", r.region, w)}</td><td>{_identity_cell(r, "year", r.year, w)}</td>'
            f"<td>{esc(readable_title(r.title, r.agency, r.year))}</td><td>{esc(r.format)}</td><td>{r.n_chunks}</td>"
            f"<td>{r.n_facts}</td><td>{checks_cell(r, n_tables, w)}</td>"
            f'<td class="lib-files">{esc(", ".join(r.sources))}</td></tr>'
        )
    return (
        f'<div class="lib-count">{esc(w["n_reports"].format(n=len(reports)))}</div>'
        f'<div class="lib-scroll"><table class="lib-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )


def report_choice(r: Report) -> str:
    """A report in a dropdown: '青禾县信访局 · 2023 · sample_qinghe_xinfangju_2023.txt'."""
    first = r.agency or readable_title(r.title, r.agency, r.year)
    return " · ".join(x for x in (first, str(r.year) if r.year else "", r.sources[0] if r.sources else r.doc_id) if x)


def engine_choices(status: dict[str, tuple[bool, str]], lang: str) -> list[tuple[str, str]]:
    w = words(lang)
    fmt = "{name} ({state})" if lang == "en" else "{name}（{state}）"
    return [(fmt.format(name=name, state=w["available"] if ok else w["unavailable"]), name) for name, (ok, _) in status.items()]


def engine_status_md(status: dict[str, tuple[bool, str]], lang: str) -> str:
    w = words(lang)
    colon = ": " if lang == "en" else "："
    return "\n\n".join(
        f"{'✓' if ok else '✗'} **{md_escape(name)}** — {md_escape(w['available'] if ok else w['unavailable'])}{colon}{md_escape(reason)}"
        for name, (ok, reason) in status.items()
    )
