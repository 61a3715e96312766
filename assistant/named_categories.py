"""A comparison of named reports in which each side names a category of the compared figure: the category's figure
on each side, not each report's total.

"甲镇新增主动公开里的政务动态类信息，跟乙镇网站上公开的工作动态比，哪个多": the question's metric (主动公开) reads each
report's total, but each side names one of the kinds its report lists after that total ("共公开312条，其中…政务动态类
信息50条…", "共88条，其中…工作动态48条").  A side's words are the question from its report's name up to the next
side's name (a category named before the first side's name, "工作动态：甲镇和乙镇各几条", is every side's); in English
they are the Chinese terms the glossary gives those words ("work-news type posts" -> 工作动态), then those of the whole
question.
A category is a prose figure of its report, of another metric than the question's, written shortly after a figure
of the question's metric (the total whose parts it lists) or, when the question names no metric or the report
states no such total, beside another prose figure of its kind on the same line (one of a list of kinds,
"今年以来发布工作信息33条,通知公告11条,政务动态45条").  Its label (without 其中, 类, 信息) is matched to the side's
words tolerant of how each side writes it (category_match): a bracketed reading either way ("政务(工作)动态" is
政务动态 or 工作动态) and a longer label ending in the words (部门工作动态信息 of 工作动态).  Only when every side names one
are the categories compared (the longest match a side's words hold; an exact label before a variant).  Used by
assistant.several_reports for a comparison of two to five named reports, and by assistant.named_figures for a
comparison no metric names when its asks do not find every side.
"""

from __future__ import annotations

import re

from assistant.aggregate import ReportFigure
from assistant.core.types import Fact, Report
from assistant.query import ParsedQuestion, glossary_terms
from assistant.scope import report_names

_AFTER_TOTAL = 300  # at most this many characters from the total to a kind it lists
_BESIDE = 120  # at most this many characters from a kind to another kind listed beside it
_CORE = re.compile(r"^(?:其中)?|(?:的|类|信息|政府信息)+$")
_OWN_NAME_KINDS = ("agency", "alias", "region")
_BRACKET = re.compile(r"\(([\u4e00-\u9fff]{1,6})\)")
_ZH_TERM = re.compile(r"[\u4e00-\u9fff]{2,}")
_MIN_ENDING = 3  # the shortest ending of a longer label that names its category ("工作动态" of 部门工作动态)


def named_categories(gatherer, q: ParsedQuestion, docs: list[Report]) -> list[ReportFigure] | None:
    """The figure of the category each side of the comparison names, one per report in `docs` (in their order);
    None unless every side names one."""
    if not 2 <= len(docs) <= 5:
        return None
    words_of = _side_words(q, docs)
    if words_of is None:
        return None
    chosen: dict[str, Fact] = {}
    for d in docs:
        f = None
        for words in words_of[d.doc_id]:
            if (f := _category_named(gatherer, q, d, words)) is not None:
                break
        if f is None:
            return None
        chosen[d.doc_id] = f
    if len({f.unit for f in chosen.values()}) > 1:
        return None
    return [ReportFigure(d, [chosen[d.doc_id]]) for d in docs]


def _side_words(q: ParsedQuestion, docs: list[Report]) -> dict[str, list[str]] | None:
    """Per report, the words its side names its category in: its own, then those before every side (in English the
    glossary's Chinese terms of each, then of the whole question); None when a side cannot be told."""
    terms = " ".join(t for t in q.terms if _ZH_TERM.fullmatch(t)) if q.language != "zh" else ""
    if q.language != "zh" and not terms:
        return None
    starts = {d.doc_id: _first_name_at(q.norm, d) for d in docs}
    if any(s is None for s in starts.values()):
        return {d.doc_id: [terms] for d in docs} if terms else None
    order = sorted(docs, key=lambda d: starts[d.doc_id])
    ends = [starts[d.doc_id] for d in order[1:]] + [len(q.norm)]
    lead = q.norm[: starts[order[0].doc_id]]
    out = {}
    for d, end in zip(order, ends):
        spans = [q.norm[starts[d.doc_id] : end], lead]
        for n, _k in report_names(d):
            if len(n) >= 2:
                spans = [s.replace(n, " ") for s in spans]
        if q.language != "zh":  # ("Qinghe's work news and Qingmiao's notices": each side's own terms first)
            spans = [" ".join(t for t in glossary_terms(s) if _ZH_TERM.fullmatch(t)) for s in spans] + [terms]
        out[d.doc_id] = [s for s in spans if s.strip()]
    return out


def _first_name_at(norm: str, d: Report) -> int | None:
    found = [norm.find(n) for n, k in report_names(d) if k in _OWN_NAME_KINDS and len(n) >= 2]
    found = [i for i in found if i >= 0]
    return min(found) if found else None


def category_core(f: Fact) -> str:
    """A figure's own label without 其中 before it and 的/类/信息 after it ("政务动态类信息" -> "政务动态")."""
    return _CORE.sub("", (f.label_zh or f.row or "").split(" / ")[-1].strip())


def readings(text: str) -> list[str]:
    """A text and its readings without a bracketed reading: the bracket dropped, and the bracket in place of as many
    characters before it ("政务(工作)动态" -> 政务动态, 工作动态)."""
    out = [text]
    for m in _BRACKET.finditer(text):
        inner, before = m.group(1), text[: m.start()]
        out.append(before + text[m.end() :])
        if len(before) >= len(inner):
            out.append(before[: len(before) - len(inner)] + inner + text[m.end() :])
    return out


def category_match(core: str, words: str) -> tuple[int, int] | None:
    """How well a category label's core is named by a side's words: (length matched, 2 for the label as written,
    1 for a reading of a bracket, 0 for an ending of a longer label); None when the words do not name it."""
    said = " ".join(readings(words))
    best = None
    for i, form in enumerate(readings(core)):
        rank = 2 if i == 0 else 1
        if len(form) >= 2 and form in said:
            found = (len(form), rank)
        else:
            ending = next((form[k:] for k in range(1, len(form) - _MIN_ENDING + 1) if form[k:] in said), None)
            found = (len(ending), 0) if ending else None
        if found and (best is None or found > best):
            best = found
    return best


def _listed(f: Fact, facts: list[Fact], original: str, totals: list[Fact]) -> bool:
    """The figure is one of the kinds its report lists: shortly after a total of the question's metric, or (no such
    total) beside another prose figure of its unit on its line."""
    if totals:
        return any(g.end <= f.start <= g.end + _AFTER_TOTAL and "\n" not in original[g.end : f.start] for g in totals)
    return any(g is not f and g.kind == "narrative" and g.value is not None and g.unit == f.unit and f.unit
               and abs(g.start - f.start) <= _BESIDE
               and "\n" not in original[min(g.start, f.start) : max(g.start, f.start)] for g in facts)


def _category_named(gatherer, q: ParsedQuestion, d: Report, words: str) -> Fact | None:
    facts = gatherer.fact_index.facts([d.doc_id])
    key = q.metric.key if q.metric is not None else None
    totals = [g for g in facts if key and g.metric == key and g.value is not None]
    original = gatherer.index.texts(d.doc_id)[0]
    best: tuple[tuple[int, int, int], Fact] | None = None
    for f in facts:
        if f.kind != "narrative" or f.value is None or (key and f.metric == key):
            continue
        core = category_core(f)
        if len(core) < 2 or (q.metric is not None and core in q.metric.zh):
            continue
        match = category_match(core, words)
        if match is None or not _listed(f, facts, original, totals):
            continue
        rank = (*match, -f.start)
        if best is None or rank > best[0]:
            best = (rank, f)
    return best[1] if best else None
