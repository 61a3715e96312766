"""A side a comparison of named reports lacks, asked of its own report alone.  The comparison's asks run over all
the named reports at once: a figure found in one report ranks the others' evidence out ("伊春区2016年主动公开的信息总量，
跟怀柔区2019年门户网站主动公开的比": the 伊春区 cells crowd out the one sentence of the other report stating its
portal figure), and a question naming its reports by long descriptions ("郑州中原区管义务教育那个局，和那个只说“我单位”
的区部门，政府集中采购项目哪个多") hides the thing compared among the description's words.  So each report without a
figure is asked on its own: the question (or, when the clause of the comparison names no report and the clauses
before it do, that clause alone: the thing compared) scoped to that report.  Its figure is a fact of the asked metric
(or a prose figure in its unit whose label writes the metric's row words; else one whose label names the thing
compared), else the figure a sentence of that report states, cited by its clause; else, when that ask found only the report's statement that there was none of it ("我局无依申请公开的政府信息"),
0, cited by that statement.  Used by assistant.several_reports only where the comparison could not be made otherwise.
"""

from __future__ import annotations

import dataclasses
import re

from assistant.aggregate import ReportFigure, asks_difference_only, without_side_words
from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact, Report
from assistant.evidence import EvidenceGatherer
from assistant.named_figures import compared_thing, facts_of_sentences, names_thing
from assistant.none_statements import none_answers
from assistant.query import ParsedQuestion, report_names

_CLAUSE_END = re.compile(r"[，,：:；;。？?！!]")
_COMPARE = GLOSSARY.patterns["compare"]
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a year and the words around it in a lead naming no thing ("都是2018年的")
_YEAR_WORDS = re.compile(r"\d{2,4}\s*年度?|[的了是都也均]")
_FIGURE = re.compile(r"\s*(\d[\d,]*(?:\.\d+)?)\s*(\S*)")


def lacking_sides(gatherer: EvidenceGatherer, q: ParsedQuestion, docs: list[Report], have: set[str]) -> list[ReportFigure]:
    """The figure of each named report not in `have`, asked of that report alone (its passages retrieved for it
    alone: the comparison's own may hold none of it); [] unless every one is found (a side still lacking leaves the
    comparison as it was)."""
    out = []
    clause = thing_clause(q.norm, docs)
    for d in docs:
        if d.doc_id in have:
            continue
        fig = _own_figure(gatherer, q, docs, d, clause)
        if fig is None:
            return []
        out.append(fig)
    return out


def thing_clause(norm: str, docs: list[Report]) -> str | None:
    """The clause of a Chinese comparison that holds its comparison word, when it names none of the reports and a
    clause before it does ("…那个局，和…的区部门，政府集中采购项目哪个多？多几个" -> "政府集中采购项目哪个多"); None
    otherwise."""
    names = {n for d in docs for n, _k in report_names(d) if len(n) >= 2}
    starts = [0] + [m.end() for m in _CLAUSE_END.finditer(norm)]
    clauses = [norm[a:b] for a, b in zip(starts, starts[1:] + [len(norm)])]
    for i, c in enumerate(clauses):
        if _COMPARE.search(c):
            if asks_difference_only(c):
                return None  # ("…的比，差了多少条": each side's clause names its own thing)
            # (a comparison clause of comparison words alone, "谁花得多", names no thing: a lead before a colon may)
            lead = _topic_lead(clauses[: i + 1], names) if len(_CJK.findall(_COMPARE.sub("", c))) < 2 else None
            if lead:
                return lead
            if i and not any(n in c for n in names) and any(n in p for p in clauses[:i] for n in names):
                return c.strip(" ，,")
            return None
    return None


def _topic_lead(clauses: list[str], names: set[str]) -> str | None:
    """The thing compared when the question leads with it before a colon and names the reports only after it
    ("2020年政府集中采购金额：甲局跟乙办比，谁多" -> "2020年政府集中采购金额"; the comparison clause's own words
    ("谁花得多") name no thing); None otherwise."""
    lead = clauses[0]
    if len(clauses) < 2 or not lead.rstrip().endswith(("：", ":")) or any(n in lead for n in names):
        return None
    if len(_CJK.findall(_YEAR_WORDS.sub("", lead))) < 2:
        return None  # ("2021年：", "都是2018年的：" lead with a year alone, no thing)
    if not any(n in c for c in clauses[1:] for n in names):
        return None
    return lead.strip(" ：:，,")


def _own_figure(gatherer: EvidenceGatherer, q: ParsedQuestion, docs: list[Report], d: Report,
                clause: str | None) -> ReportFigure | None:
    norm = without_side_words(clause or q.norm)
    sub = dataclasses.replace(q, doc_ids=[d.doc_id], wants_number=True, norm=norm)
    search = getattr(gatherer.index, "search", None)  # (an index of one report's facts alone retrieves nothing)
    passages = search(sub.search_text, [d.doc_id]) if search else []
    thing = compared_thing(sub, docs) if q.metric is None else ""
    none: ReportFigure | None = None  # the report's statement that there was none of it: its 0, cited
    for ev in gatherer.gather(sub, passages):
        none = none or _stated_none(d, ev)
        facts = [f for f in ev.facts if f.doc_id == d.doc_id and f.value is not None and f.kind != "none"]
        facts += [f for f in facts_of_sentences(gatherer, ev.sentences) if f.value is not None]
        fitting = [f for f in facts if (_of_metric(f, q.metric) if q.metric is not None else names_thing(f, thing))]
        if fitting:
            return ReportFigure(d, fitting[:1])
        if q.metric is not None and not facts:
            made = [f for h in ev.sentences if (f := _sentence_fact(gatherer, d, h, q.metric.key)) is not None]
            if made:
                return ReportFigure(d, made[:1])
    return none


def _of_metric(f: Fact, metric) -> bool:
    """A figure of the asked metric: tagged with it, or a prose figure no metric tags whose label writes the metric's
    own row words in the metric's unit ("行政事业性收费共约47.10万元" of fees, a sentence ingest read no metric from)."""
    if f.metric == metric.key:
        return True
    row = getattr(metric, "narrative_row", "") or ""
    return (f.metric is None and f.kind == "narrative" and len(row) >= 2 and row in (f.row or "")
            and bool(metric.unit) and (f.unit or "") == metric.unit)


def _stated_none(d: Report, ev) -> ReportFigure | None:
    """The side's figure is 0 when the ask of its report alone found only the report's statement that there was none
    of the thing ("我局无依申请公开的政府信息" for an ask of applications: the search kept it as what the ask asks,
    none_statements.none_answers, checked again here), cited; None when the ask found any figure."""
    if any(f.doc_id == d.doc_id and f.value is not None and f.kind != "none" for f in ev.facts):
        return None
    nones = [f for f in ev.facts if f.doc_id == d.doc_id and f.kind == "none" and f.value == 0
             and none_answers(f.row or f.label_zh or "", ev.q.terms, ev.ask.text)]
    return ReportFigure(d, nones[:1]) if nones else None


def _sentence_fact(gatherer: EvidenceGatherer, d: Report, hit, metric: str) -> Fact | None:
    """The figure a sentence hit of report `d` states as a prose fact of `metric` (a report whose facts hold none of
    it: an English mirror, "actively disclose 27,381 pieces …"), quoting its clause; None without a figure."""
    if hit.chunk.doc_id != d.doc_id or not hit.clause or not hit.figure or hit.figure == "0":
        return None
    m = _FIGURE.match(hit.figure)
    if not m:
        return None
    _original, clean, to_original = gatherer.index.texts(d.doc_id)
    if not to_original:
        return None
    a, b = hit.clause
    start, end = to_original[a], to_original[max(a, b - 1)] + 1
    words = clean[a:b].strip()
    return Fact(doc_id=d.doc_id, source=(d.sources or [""])[0], agency=d.agency, region=d.region, year=d.year,
                table="narrative", row=words, column="", metric=metric, value=float(m.group(1).replace(",", "")),
                kind="narrative", label_zh=words, unit=m.group(2) if re.fullmatch(r"[\u4e00-\u9fff]{1,2}", m.group(2)) else "",
                raw=hit.figure, start=start, end=end, quote_start=start, quote_end=end, section=hit.chunk.section)
