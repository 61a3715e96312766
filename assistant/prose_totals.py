"""A report's total stated in prose in other words than the ones ingest tags ("全年在青禾县政府门户网站公开信息64条": 公开信息
without 主动, on the portal it went on): that figure is the report's figure of the metric (items proactively
disclosed) when the report states no figure tagged with it, so a question of the metric, or a comparison of two
reports, finds it as the other reports' tagged figures.

Conservative, as ingest is: the figure's own words (its row) match the metric's ``prose_total_zh`` (data:
assistant/core/data/metrics.toml), it is the only such figure of its report, it is no part of a breakdown (其中, 分别),
and it stands in the report's opening, or a section named by ``prose_total_sections`` (overview, proactive
disclosure) and by none of ``prose_total_not_sections`` (applications, proceedings: "总体情况 > 依申请公开"). Failing
that, a figure summing up a list of kinds ("工程建设项目招投标、政府采购…等共计2243余条": ``prose_total_sum_zh``) whose
sentence says before it what the metric counts ("…在交易网、门户网站等媒介主动公开工作动态,": ``prose_total_lead_zh``,
no 其中/分别 between), the only such figure, in no section of something else. Applied where
``assistant.fact_index.FactIndex`` loads a report's facts; the store keeps what ingest read.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from assistant.core.metrics import METRICS, Metric
from assistant.core.types import Fact

_PART_MARKS = ("其中", "分别")  # a figure after these is a part of a total, never the total


def _states_total(f: Fact, m: Metric) -> bool:
    if f.kind != "narrative" or f.metric is not None or f.value is None or m.prose_total_zh is None:
        return False
    if any(w in (f.label_zh or "") or w in (f.row or "") for w in _PART_MARKS):
        return False
    if f.section and (not any(w in f.section for w in m.prose_total_sections)
                      or any(w in f.section for w in m.prose_total_not_sections)):
        return False  # (a figure of the applications' section, "总体情况 > 依申请公开", counts something else)
    return bool(m.prose_total_zh.search((f.row or "").strip()))


_SENTENCE_END = "。！？!?\n"


def _sums_up(f: Fact, m: Metric) -> bool:
    """The figure's own words sum up a list of kinds ("工程建设、政府采购…等共计"), in the metric's unit, no part of a
    breakdown, in no section of something else (its sentence is checked by `_said_before`)."""
    if f.kind != "narrative" or f.metric is not None or f.value is None or m.prose_total_sum_zh is None:
        return False
    if f.unit != m.unit or any(w in (f.label_zh or "") or w in (f.row or "") for w in _PART_MARKS):
        return False
    if f.section and any(w in f.section for w in m.prose_total_not_sections):
        return False
    return bool(m.prose_total_sum_zh.search((f.row or "").strip()))


def _said_before(f: Fact, m: Metric, texts: tuple[str, str, list[int]]) -> bool:
    """The figure's sentence (in the cleaned text: simplified, whatever the copy) says before it what the metric
    counts ("…等媒介主动公开工作动态,工程建设…等共计")."""
    _original, clean, index = texts
    at = bisect.bisect_left(index, f.start) if index else -1
    if not 0 < at <= len(clean) or m.prose_total_lead_zh is None:
        return False
    start = max(clean.rfind(c, 0, at) for c in _SENTENCE_END) + 1
    return bool(m.prose_total_lead_zh.search(clean[start:at]))


def with_prose_totals(facts: list[Fact], texts: Callable[[str], tuple[str, str, list[int]]] | None = None) -> list[Fact]:
    """The facts of one report, a prose total in other words tagged with its metric where the report has no figure
    of that metric (see the module doc); the others as they are.  `texts`: a report's (original, cleaned, cleaned ->
    original offsets) by its id, for the sentence of a figure that sums up a list; without it only the figure's own
    words count."""
    out = list(facts)
    for m in METRICS:
        if m.prose_total_zh is None or any(f.metric == m.key for f in facts):
            continue
        found = [i for i, f in enumerate(facts) if _states_total(f, m)]
        if not found and texts is not None:
            sums = [i for i, f in enumerate(facts) if _sums_up(f, m)]
            got = _texts(texts, facts[sums[0]].doc_id) if len(sums) == 1 else None
            found = [i for i in sums if got and _said_before(facts[i], m, got)]
        if len(found) == 1:  # (two such figures are two channels' counts, neither the total)
            out[found[0]] = facts[found[0]].model_copy(update={"metric": m.key})
    return out


def _texts(texts: Callable[[str], tuple[str, str, list[int]]], doc_id: str) -> tuple[str, str, list[int]] | None:
    try:
        return texts(doc_id)
    except (KeyError, OSError):  # (a report deleted meanwhile: its figures as they are)
        return None
