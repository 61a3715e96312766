"""Canonical metrics: what users ask about, in both languages, and where reports state it.

A metric ties together a row of the national standard tables, the phrasings of
narrative figures, and the words users type (Chinese and English).  The table
extractor and the narrative extractor tag facts with a metric key; the answer
engine maps a question to a metric key.

The metrics are data (``data/metrics.toml``), loaded once; every metric's table row
markers and preferred column are checked against the template
(``assistant.core.template``), so the two cannot drift apart.  Keyword lists are in
*simplified* Chinese and lower-case English: both sides are normalised first.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.glossary import GLOSSARY, abbreviated, template_staff, variants
from assistant.core.template import SEP, TEMPLATE, Template

DATA = Path(__file__).resolve().parent / "data" / "metrics.toml"


@dataclass(frozen=True)
class Metric:
    key: str
    zh: str  # label shown in Chinese answers
    en: str  # label shown in English answers
    unit: str = "件"
    # words in a question that point at this metric (simplified zh / lower-case en)
    ask_zh: tuple[str, ...] = ()
    ask_en: tuple[str, ...] = ()
    # a table row whose label contains one of these belongs to this metric
    table: str | None = None
    row_markers: tuple[str, ...] = ()
    preferred_column: str = "总计"
    narrative_row: str = ""  # the row label of a figure stated in prose
    # the asked thing's core words: a figure not tagged with this metric answers it only when its own words hold one
    # (or a zh_synonym of one): "部分公开多少件" is not answered by "办理申请96件" (assistant/precision.py)
    core_zh: tuple[str, ...] = ()
    core_en: tuple[str, ...] = ()  # the same in English: an ask holding neither names its thing in other words
    # phrases in which a core word names something else ("要求公开" of a request, for proactive disclosure): a text holds
    # the metric's core only outside them (assistant/precision.py)
    core_not_zh: tuple[str, ...] = ()
    # the own words of a prose figure of no metric that states this metric's total in other words ("全年在…门户网站公开
    # 信息77条"), and the sections it may stand in besides the opening (assistant/prose_totals.py)
    prose_total_zh: re.Pattern[str] | None = None
    prose_total_sections: tuple[str, ...] = ()
    prose_total_not_sections: tuple[str, ...] = ()
    # a prose figure summing up a list of kinds ("工程建设、政府采购…等共计2243余条": prose_total_sum_zh on its own words)
    # whose sentence says before it what the metric counts (prose_total_lead_zh: "…主动公开工作动态,")
    prose_total_sum_zh: re.Pattern[str] | None = None
    prose_total_lead_zh: re.Pattern[str] | None = None
    extra: dict = field(default_factory=dict)


def _template_rows(t: Template, table: str) -> list[str]:
    if table == "二":
        return list(t.t2_row_blocks)
    if table == "三":
        return [p for lay in ("2019", "2021") for row in t.t3_row_paths(lay) for p in row.split(SEP)]
    return [r.zh for r in t.t4_rows]


def _template_columns(t: Template, table: str) -> set[str]:
    if table == "二":
        return {c.zh for c in t.t2_column_defs}
    if table == "三":
        return {c.split(SEP)[-1] for c in t.t3_columns}
    return {o.zh for o in t.t4_outcomes}


def check_against_template(metrics: tuple[Metric, ...], t: Template = TEMPLATE) -> list[str]:
    """Every table metric names rows and a column the template has."""
    out: list[str] = []
    for m in metrics:
        if m.table is None:
            continue
        rows = [r.replace("（", "(").replace("）", ")") for r in _template_rows(t, m.table)]
        for marker in m.row_markers:
            norm = marker.replace("（", "(").replace("）", ")")
            if not any(norm in r for r in rows):
                out.append(f"metric {m.key}: no 表{m.table} row contains {marker!r}")
        if m.preferred_column not in _template_columns(t, m.table):
            out.append(f"metric {m.key}: 表{m.table} has no column {m.preferred_column!r}")
    return out


def _paren(text: str) -> str:
    return text.replace("（", "(").replace("）", ")")


def asking_words_en(d: dict) -> tuple[str, ...]:
    """A metric's English asking words: its own (ask_en), the staff phrasings of its template rows (template.toml
    staff_en of a row whose name holds one of its row_markers: "new requests", "denied", "sued directly"), each
    also in the short forms staff write ("normative docs": glossary [abbreviations]) and hyphenated as a modifier
    ("partly-disclosed requests", "carried-over cases": the same words, else the longest phrase a hyphen leaves
    whole — "disclosed" — would name another row)."""
    words = [w.lower() for w in d.get("ask_en", ())]
    markers = [_paren(m) for m in d.get("row_markers", ())] if d.get("table") else []
    for zh, phrases, _find in template_staff():
        if any(m in _paren(zh) for m in markers):
            words += phrases
    words += [a for w in words for a in abbreviated(w, GLOSSARY.abbreviations)]
    words += [v for w in words for v in variants(w) if v.replace("-", " ") == w]
    return tuple(dict.fromkeys(words))


def load(path: Path = DATA) -> tuple[Metric, ...]:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    metrics = tuple(
        Metric(
            key=d["key"], zh=d["zh"], en=d["en"], unit=d.get("unit", "件"),
            ask_zh=tuple(d.get("ask_zh", ())), ask_en=asking_words_en(d), table=d.get("table"),
            row_markers=tuple(d.get("row_markers", ())), preferred_column=d.get("preferred_column", "总计"),
            narrative_row=d.get("narrative_row", ""), core_zh=tuple(d.get("core_zh", ())),
            core_en=tuple(d.get("core_en", ())), core_not_zh=tuple(d.get("core_not_zh", ())),
            prose_total_zh=re.compile(d["prose_total_zh"]) if d.get("prose_total_zh") else None,
            prose_total_sections=tuple(d.get("prose_total_sections", ())),
            prose_total_not_sections=tuple(d.get("prose_total_not_sections", ())),
            prose_total_sum_zh=re.compile(d["prose_total_sum_zh"]) if d.get("prose_total_sum_zh") else None,
            prose_total_lead_zh=re.compile(d["prose_total_lead_zh"]) if d.get("prose_total_lead_zh") else None,
        )
        for d in raw["metrics"]
    )
    problems = check_against_template(metrics)
    if problems:
        raise ValueError(f"{path}: " + "; ".join(problems))
    return metrics


METRICS: tuple[Metric, ...] = load()

BY_KEY: dict[str, Metric] = {m.key: m for m in METRICS}

_LISTS = tomllib.loads(DATA.read_text(encoding="utf-8"))
# words an ask shares with every figure of the applications and proceedings (申请, 答复, disclosure …): no narrower thing
FRAME_WORDS: tuple[str, ...] = tuple(_LISTS.get("frame_words", ()))
# the metrics of applications of another year than the report's (carried over from the year before, into the next)
NOT_THIS_YEARS: tuple[str, ...] = tuple(_LISTS.get("not_this_years", ()))
# what a prose figure's own clause may say besides the thing it counts (assistant/precision.py heading_only)
COUNT_FRAME_ZH: re.Pattern[str] = re.compile(_LISTS.get("count_frame_zh", "(?!)"))
if unknown := [k for k in NOT_THIS_YEARS if k not in BY_KEY]:
    raise ValueError(f"{DATA}: not_this_years names no metric: {unknown}")


def metric(key: str) -> Metric:
    return BY_KEY[key]
