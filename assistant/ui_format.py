"""HTML and Markdown pieces of the UI: pure functions, no Gradio.

Report text is untrusted: every string that comes from a report (title, agency, quote, section, file
name) goes through :func:`esc` (HTML) or :func:`md_escape` (chat Markdown) before it is shown, so a
report containing ``<script>`` shows that text and runs nothing.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from assistant.core.types import Answer, Citation, Report
from assistant.ui_memo import clean_title

CONTEXT_CHARS = 400  # characters shown on each side of a cited span when its section cannot be found
MAX_SECTION_CHARS = 12000  # a longer "section" is shown as a window around the cited span
CARD_QUOTE_CHARS = 160

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#+\-!|~$])")
_MD_LIST_NUMBER = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def esc(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def md_escape(text: str) -> str:
    """Text shown literally by a Markdown renderer: HTML escaped, Markdown punctuation backslash-escaped."""
    text = _MD_SPECIAL.sub(r"\\\1", html.escape(text or "", quote=False))
    return _MD_LIST_NUMBER.sub(r"\1\\\2", text)


def one_line(text: str) -> str:
    return " ".join((text or "").split())


# --- UI words -----------------------------------------------------------------------------------

WORDS = {
    "zh": {
        "row": "行", "column": "列", "file": "文件", "chars": "字符", "agency": "机关", "year": "年份",
        "report": "报告", "no_cites": "暂无引用。提问后，每条引用在此显示为一张卡片。", "no_cites_turn": "第 {n} 轮回答没有引用。",
        "cites_of": "第 {n} 轮回答的引用（点击卡片查看原文）", "pick_source": "点击一张引用卡片，在此查看报告原文（整节，引文高亮）。",
        "warn": "⚠ 该报告未通过表格一致性检查：", "no_filter": "未设筛选：检索全部报告", "clear": "清除",
        "sources": "来源", "notes": "说明", "not_found_source": "该报告已不在库中，无法显示原文。",
        "lib_empty": "库中还没有报告。请在下方上传报告文件。", "checks_ok": "通过", "n_reports": "共 {n} 份报告",
        "title": "标题", "format": "格式", "chunks": "段落", "facts": "数字", "checks": "自检", "files": "文件名",
        "available": "可用", "unavailable": "不可用", "engine": "回答引擎", "window": "（节选：该节过长，仅显示引文附近）",
    },
    "en": {
        "row": "row", "column": "column", "file": "file", "chars": "chars", "agency": "Agency", "year": "Year",
        "report": "Report", "no_cites": "No citations yet. After a question, each citation appears here as a card.",
        "no_cites_turn": "Answer {n} has no citations.",
        "cites_of": "Citations of answer {n} (click a card to open the source)",
        "pick_source": "Click a citation card to see the report here (the whole section, cited span highlighted).",
        "warn": "⚠ This report fails a table consistency check: ", "no_filter": "No filters: searching every report",
        "clear": "clear", "sources": "Sources", "notes": "Notes", "not_found_source": "This report is no longer in the library.",
        "lib_empty": "The library is empty. Upload report files below.", "checks_ok": "pass", "n_reports": "{n} reports",
        "title": "Title", "format": "Format", "chunks": "Chunks", "facts": "Figures", "checks": "Checks", "files": "Files",
        "available": "available", "unavailable": "unavailable", "engine": "Answer engine",
        "window": "(excerpt: the section is long, only the part around the citation is shown)",
    },
}


def words(lang: str) -> dict:
    return WORDS.get(lang, WORDS["zh"])


# --- citations ----------------------------------------------------------------------------------

def row_column(c: Citation) -> tuple[str, str]:
    from assistant.ui_memo import label_path

    return label_path(c.row), label_path(c.column)


def citation_label(c: Citation) -> str:
    """'[1] 青禾县信访局 · 2023 · 三、收到和处理… · 本年新收… · 总计' (plain text)."""
    parts = [c.agency or c.title, str(c.year) if c.year else "", c.section]
    if c.row:
        row, col = row_column(c)
        parts.append(row + (f" · {col}" if col else ""))
    return f"[{c.n}] " + " · ".join(p for p in parts if p)


def _report_warnings(c: Citation, reports: dict[str, Report] | None) -> list[str]:
    r = (reports or {}).get(c.doc_id)
    return list(c.warnings or (r.warnings if r else []))


def render_answer(answer: Answer, lang: str | None = None, reports: dict[str, Report] | None = None) -> str:
    """The chat message (Markdown, every piece escaped): the answer, notes, identity-check warnings and
    one short line per citation."""
    w = words(lang or answer.language)
    lines = [md_escape(line) for line in answer.text.split("\n")]
    flagged: dict[str, list[str]] = {}
    for c in answer.citations:
        ws = _report_warnings(c, reports)
        if ws and c.doc_id not in flagged:
            flagged[c.doc_id] = ws
    for doc_id, ws in flagged.items():
        missing = [x for x in ws if x not in answer.text]
        if missing:
            title = clean_title(next(c.title for c in answer.citations if c.doc_id == doc_id))
            lines.append("")
            lines.append(md_escape(f"{w['warn']}《{title}》 " + "；".join(missing)))
    for n in answer.notes:
        lines += ["", "*" + md_escape(n) + "*"]
    if answer.citations:
        lines += ["", f"*{md_escape(w['sources'])}*"]
        for c in answer.citations:
            lines.append(md_escape(citation_label(c)))
    return "\n".join(lines)


def _quote_html(c: Citation, limit: int = CARD_QUOTE_CHARS) -> str:
    """The quote, the cited figure in <mark>, shortened around the figure when long."""
    q = c.quote
    hs = he = None
    if c.highlight_start is not None and c.highlight_end is not None and c.start <= c.highlight_start < c.highlight_end <= c.end:
        hs, he = c.highlight_start - c.start, c.highlight_end - c.start
    s0, e0 = 0, len(q)
    if len(q) > limit:
        center = hs if hs is not None else 0
        s0 = max(0, min(center - limit // 2, len(q) - limit))
        e0 = s0 + limit
    pre = "…" if s0 else ""
    post = "…" if e0 < len(q) else ""
    if hs is not None and s0 <= hs and he <= e0:
        body = esc(q[s0:hs]) + f'<mark class="figure">{esc(q[hs:he])}</mark>' + esc(q[he:e0])
    else:
        body = esc(q[s0:e0])
    return pre + body + post


def card_html(c: Citation, selected: bool, lang: str, reports: dict[str, Report] | None = None) -> str:
    w = words(lang)
    who = " · ".join(esc(x) for x in (c.agency or "", str(c.year) if c.year else "") if x)
    where = [esc(c.section)] if c.section else []
    if c.column:
        row, col = row_column(c)
        where.append(f'{w["row"]}：<b>{esc(row)}</b>' if lang == "zh" else f'{w["row"]} <b>{esc(row)}</b>')
        where.append(f'{w["column"]}：<b>{esc(col)}</b>' if lang == "zh" else f'{w["column"]} <b>{esc(col)}</b>')
    elif c.row:
        where.append(esc(c.row))
    warn = _report_warnings(c, reports)
    warn_html = f'<div class="cite-warn">{esc(w["warn"] + "；".join(warn))}</div>' if warn else ""
    cls = "cite-card selected" if selected else "cite-card"
    return (
        f'<div class="{cls}" data-n="{c.n}" tabindex="0" role="button" aria-pressed="{str(selected).lower()}">'
        f'<div class="cite-head"><span class="cite-n">[{c.n}]</span> {who}</div>'
        f'<div class="cite-title">《{esc(clean_title(c.title))}》</div>'
        f'<div class="cite-where">{" · ".join(where)}</div>'
        f'<div class="cite-quote">“{_quote_html(c)}”</div>{warn_html}</div>'
    )


def cards_html(citations: list[Citation], selected: int | None, lang: str, turn: int | None = None,
               reports: dict[str, Report] | None = None) -> str:
    """The citation cards of one answer; `data-turn` (1-based, 0 before any answer) says which answer."""
    w = words(lang)
    n_turn = 0 if turn is None else turn + 1
    if not citations:
        empty = w["no_cites_turn"].format(n=n_turn) if n_turn else w["no_cites"]
        return f'<div class="cards" data-turn="{n_turn}"><div class="cite-empty">{esc(empty)}</div></div>'
    head = f'<div class="cite-caption">{esc(w["cites_of"].format(n=n_turn))}</div>'
    body = "".join(card_html(c, c.n == selected, lang, reports) for c in citations)
    return f'<div class="cards" data-turn="{n_turn}">{head}{body}</div>'


# --- source viewer ------------------------------------------------------------------------------

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


def source_view(store_texts, c: Citation, lang: str = "zh", reports: dict[str, Report] | None = None) -> str:
    """HTML of the section around a citation, the cited span (and the figure) highlighted; all text escaped.
    `store_texts(doc_id)` -> (original, cleaned, cleaned->original index) of an ingested report."""
    w = words(lang)
    try:
        original, clean, index = store_texts(c.doc_id)
    except (KeyError, TypeError):
        return f'<div class="src-empty">{esc(w["not_found_source"])}</div>'
    s0, e0, window = section_bounds(original, clean, index, c)
    before, cited, after = original[s0 : c.start], original[c.start : c.end], original[c.end : e0]
    if c.highlight_start is not None and c.highlight_end is not None and c.start <= c.highlight_start < c.highlight_end <= c.end:
        hs, he = c.highlight_start - c.start, c.highlight_end - c.start
        cited_html = esc(cited[:hs]) + f'<mark class="figure">{esc(cited[hs:he])}</mark>' + esc(cited[he:])
    else:
        cited_html = esc(cited)
    meta = [c.agency or "", str(c.year) if c.year else "", c.section]
    if c.column:
        row, col = row_column(c)
        meta += [f"{w['row']} {row}", f"{w['column']} {col}"]
    meta += [f"{w['file']} {c.source}", f"{w['chars']} {c.start}–{c.end}"]
    warn = _report_warnings(c, reports)
    return (
        f'<div class="src" data-doc="{esc(c.doc_id)}">'
        f'<div class="src-title">[{c.n}] 《{esc(clean_title(c.title))}》</div>'
        f'<div class="src-meta">{esc(" · ".join(x for x in meta if x))}</div>'
        + (f'<div class="cite-warn">{esc(w["warn"] + "；".join(warn))}</div>' if warn else "")
        + (f'<div class="src-note">{esc(w["window"])}</div>' if window else "")
        + f'<div class="src-body">{"…" if window and s0 else ""}{esc(before)}<mark class="cited">{cited_html}</mark>'
        f'{esc(after)}{"…" if window and e0 < len(original) else ""}</div></div>'
    )


def source_placeholder(lang: str) -> str:
    return f'<div class="src-empty">{esc(words(lang)["pick_source"])}</div>'


# --- filters, library, engines -------------------------------------------------------------------

def chips_html(filters: dict, lang: str, report_titles: dict[str, str] | None = None) -> str:
    """Active filters as chips, each with a × that clears it (data-chip names the filter)."""
    w = words(lang)
    chips = []
    if filters.get("agency"):
        chips.append(("agency", f"{w['agency']}：{filters['agency']}" if lang == "zh" else f"{w['agency']}: {filters['agency']}"))
    if filters.get("year"):
        chips.append(("year", f"{w['year']}：{filters['year']}" if lang == "zh" else f"{w['year']}: {filters['year']}"))
    for d in filters.get("doc_ids") or []:
        name = (report_titles or {}).get(d, d)
        chips.append((f"doc:{d}", f"{w['report']}：{name}" if lang == "zh" else f"{w['report']}: {name}"))
    if not chips:
        return f'<div class="chips"><span class="chip-none">{esc(w["no_filter"])}</span></div>'
    return '<div class="chips">' + "".join(
        f'<span class="chip" data-chip="{esc(key)}">{esc(text)}'
        f'<button class="chip-x" data-chip="{esc(key)}" title="{esc(w["clear"])}" aria-label="{esc(w["clear"])} {esc(text)}">×</button></span>'
        for key, text in chips
    ) + "</div>"


def library_html(reports: list[Report], lang: str, selected: str | None = None) -> str:
    w = words(lang)
    if not reports:
        return f'<div class="lib-empty">{esc(w["lib_empty"])}</div>'
    head = "".join(f"<th>{esc(w[k])}</th>" for k in ("agency", "year", "title", "format", "chunks", "facts", "checks", "files"))
    rows = []
    for r in reports:
        checks = (
            f'<span class="lib-warn" title="{esc("；".join(r.warnings))}">⚠ {len(r.warnings)}：{esc("；".join(r.warnings))}</span>'
            if r.warnings else f'<span class="lib-ok">✓ {esc(w["checks_ok"])}</span>'
        )
        cls = ' class="selected"' if r.doc_id == selected else ""
        rows.append(
            f'<tr data-doc="{esc(r.doc_id)}"{cls}><td>{esc(r.agency or "—")}</td><td>{esc(r.year or "—")}</td>'
            f"<td>{esc(clean_title(r.display_title))}</td><td>{esc(r.format)}</td><td>{r.n_chunks}</td><td>{r.n_facts}</td>"
            f'<td>{checks}</td><td class="lib-files">{esc(", ".join(r.sources))}</td></tr>'
        )
    return (
        f'<div class="lib-count">{esc(w["n_reports"].format(n=len(reports)))}</div>'
        f'<table class="lib-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def report_choice(r: Report) -> str:
    """A report in a dropdown: '青禾县信访局 · 2023 · sample_qinghe_xinfangju_2023.txt'."""
    return " · ".join(x for x in (r.agency or r.display_title, str(r.year) if r.year else "", r.sources[0] if r.sources else r.doc_id) if x)


def engine_choices(status: dict[str, tuple[bool, str]], lang: str) -> list[tuple[str, str]]:
    w = words(lang)
    return [(f"{name}（{w['available'] if ok else w['unavailable']}）" if lang == "zh" else
             f"{name} ({w['available'] if ok else w['unavailable']})", name) for name, (ok, _) in status.items()]


def engine_status_md(status: dict[str, tuple[bool, str]], lang: str) -> str:
    w = words(lang)
    lines = []
    for name, (ok, reason) in status.items():
        mark = "✓" if ok else "✗"
        lines.append(f"{mark} **{md_escape(name)}** — {md_escape(w['available'] if ok else w['unavailable'])}：{md_escape(reason)}"
                     if lang == "zh" else
                     f"{mark} **{md_escape(name)}** — {md_escape(w['available'] if ok else w['unavailable'])}: {md_escape(reason)}")
    return "\n\n".join(lines)
