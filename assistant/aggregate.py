"""Questions over several reports: compare two, follow one across years, rank, find which have any.

Pure functions over facts: the arithmetic (ordering, sums of a report's own
cells) is done here in code, and every number shown stays attached to the
fact, hence the citation, it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.core.glossary import GLOSSARY
from assistant.core.metrics import Metric
from assistant.core.types import Fact, Report
from assistant.labels import column_named
from assistant.table4_asks import of_named_group, outcome_cells

Intent = Literal["single", "compare", "change", "rank", "any"]

_CHANGE = re.compile(r"变化|增加|减少|增长|下降|上升|相比|同比|趋势|(?<![a-z])(change[sd]?|increase[sd]?|decrease[sd]?|grow|grew|trend|evolve[sd]?)(?![a-z])")
# the comparison words and the ask of the difference only are data (glossary.toml [patterns] compare, difference_only):
# "哪家多 多几件", "比哪年多？多几件？", "A vs B — how big is the gap?"
_COMPARE = GLOSSARY.patterns["compare"]
_QUALITY_GOAL = GLOSSARY.patterns["quality_goal_en"]
_RANK = re.compile(r"排名|排序|排列|列出|按.{0,12}排|(?<![a-z])(list|rank|ranked|ranking|sort|sorted|order)(?![a-z])")
# ... of which only these order anything: "list the rules the bureau drew up, per its 2008 report" (one report) asks
# for the items of its list, "列出…" of one report its items too; a ranking needs several reports
_ORDER = re.compile(r"排名|排序|排列|按.{0,12}排|(?<![a-z])(rank|ranked|ranking|sort|sorted|order)(?![a-z])")
_DIFFERENCE_ONLY = GLOSSARY.patterns["difference_only"]
_ANY = re.compile(r"哪些.{0,12}有|有哪些|有没有|是否有|(?<![a-z])(which|any)(?![a-z]).{0,40}(?<![a-z])(had|have|has|any)(?![a-z])")


def detect_intent(norm: str, n_years: int, n_docs: int | None) -> Intent:
    """What shape of answer the question wants (norm: normalised question text)."""
    if _CHANGE.search(norm) and n_years >= 2:
        return "change"
    if _ORDER.search(norm) or _RANK.search(norm) and n_docs != 1:
        return "rank"
    if _COMPARE.search(norm) and (n_docs or 0) >= 2:
        return "compare"
    if _ANY.search(norm) and n_docs != 1:
        return "any"
    return "single"


# the words of a comparison that name its sides ("which year had more …", "哪一年更多"): no date or name to look up
_WHICH_SIDE = re.compile(r"(?<![a-z])(?:in\s+)?which\s+(?:year|one|of\s+(?:the\s+two|them|these|those)|agency|office|bureau|report)(?![a-z])"
                         r"|哪一年|哪年")


def without_side_words(norm: str) -> str:
    """The question without the words that ask which side of a comparison is larger (its figures are what to find)."""
    return re.sub(r"\s{2,}", " ", _WHICH_SIDE.sub(" ", norm)).strip()


# "split the requests by who filed them (individuals vs companies vs others)": "vs" between the parts of a breakdown
# the question asks for lists them, it sets nothing against anything
_LISTING_VS = re.compile(r"(?<![a-z])(?:vs\.?|versus)(?![a-z])")
_BREAKDOWN = GLOSSARY.patterns["breakdown"]
# a question asking which side has more of a quality: two sides joined by "or" ("…, 2022 or 2023"), or which / who the
# subject of the goal's verb ("which account became more active"); "which area's work was it making more transparent"
# asks no side
_SIDES_ASKED = re.compile(r"(?<![a-z])or(?![a-z])|(?<![a-z])(?:which|who)(?:\s+[a-z'\-]+){0,2}?\s+(?:make|makes|made|"
                          r"making|render|renders|rendered|rendering|become|becomes|became|becoming)(?![a-z])")


def asks_comparison(norm: str) -> bool:
    """The question compares two figures (of two reports, or two of one report): "哪个多", "差几件", "versus", "gap"
    (not "vs" listing the parts of a breakdown asked: "by who filed them (individuals vs companies vs others)", nor
    "vs" between three or more things and no other word of a comparison: "arrived online vs in person vs by mail")."""
    if not _SIDES_ASKED.search(norm):
        # ("making its work more transparent": a goal, no figures compared; but "which became more efficient, 2022
        # or 2023" asks which side has more of the quality: a comparison)
        norm = _QUALITY_GOAL.sub(" ", norm)
    found = [m.group() for m in _COMPARE.finditer(norm)]
    if found and (_BREAKDOWN.search(norm) or len(found) >= 2) and all(_LISTING_VS.fullmatch(w) for w in found):
        return False
    return bool(found)


def asks_difference_only(ask_text: str, focus: str = "") -> bool:
    """The ask is the difference of the figures compared ("and by how many", "多多少"), not a figure of its own;
    `focus`: the ask's own words, without the frame it shares with the other asks ("青禾县2023年差多少": "差多少")."""
    return any(_DIFFERENCE_ONLY.match(t.strip(" ，,?？。")) is not None for t in (ask_text, focus) if t)


@dataclass
class ReportFigure:
    """A report's figure for a metric: one or two cited facts (e.g. both lawsuit totals)."""

    report: Report
    facts: list[Fact]

    @property
    def value(self) -> float:
        # a report's own cells summed, e.g. 行政诉讼 = 未经复议直接起诉 总计 + 复议后起诉 总计
        return sum(f.value for f in self.facts)


def _column_core(column: str) -> str:
    """'法人或其他组织 / 商业企业' -> '商业企业', '现行有效件数' -> '现行有效' (how a question words it); '' for 总计."""
    core = re.sub(r"(件数|数量|数)$", "", column.split(" / ")[-1])
    return core if len(core) >= 2 and core != "总计" else ""


def select_facts(facts: list[Fact], metric: Metric, question: str = "") -> list[Fact]:
    """The facts of one report that state `metric`: the column the question names
    ("现行有效", "自然人"), else the preferred column (for table 四, each group's 总计),
    else narrative figures."""
    table = [f for f in facts if f.table != "narrative"]
    table = of_named_group(table, question)  # "未经复议直接起诉的有几件": that group of lawsuits only
    named = [f for f in table if column_named(f.column, question)] or outcome_cells(table, question)
    if named:
        return named
    if table:
        pref = [f for f in table if f.column.split(" / ")[-1] == metric.preferred_column]
        if not pref and metric.preferred_column != "总计":
            # the older layout's name of the column ("处理决定数量" of the 2019-2020 table for "本年处理决定数量"), not the
            # first cell of the row (上一年项目数量: last year's count)
            pref = [f for f in table if _column_core(f.column) and _column_core(f.column) in metric.preferred_column]
        if metric.preferred_column == "总计":
            pref = [f for f in pref if f.column.endswith("总计")]
        return pref or table[:1]
    return [f for f in facts if f.table == "narrative"][:1]


def figures(reports: list[Report], facts: list[Fact], metric: Metric, question: str = "") -> list[ReportFigure]:
    by_doc: dict[str, list[Fact]] = {}
    for f in facts:
        by_doc.setdefault(f.doc_id, []).append(f)
    out = []
    for r in reports:
        chosen = select_facts(by_doc.get(r.doc_id, []), metric, question)
        if chosen:
            out.append(ReportFigure(r, chosen))
    return out


def ranked(figs: list[ReportFigure]) -> list[ReportFigure]:
    return sorted(figs, key=lambda f: (-f.value, f.report.agency or "", f.report.year or 0))


def with_any(figs: list[ReportFigure]) -> list[ReportFigure]:
    return [f for f in ranked(figs) if f.value > 0]


def by_year(figs: list[ReportFigure]) -> list[ReportFigure]:
    return sorted(figs, key=lambda f: f.report.year or 0)
