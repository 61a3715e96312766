"""A report's total stated in prose in other words than the ones ingest tags ("全年在青禾县政府门户网站公开信息64条": 公开信息
without 主动, on the portal it went on): that figure is the report's figure of the metric (items proactively
disclosed) when the report states no figure tagged with it, so a question of the metric, or a comparison of two
reports, finds it as the other reports' tagged figures.

Conservative, as ingest is: the figure's own words (its row) match the metric's ``prose_total_zh`` (data:
assistant/core/data/metrics.toml), it is the only such figure of its report, it is no part of a breakdown (其中, 分别),
and it stands in the report's opening, or a section named by ``prose_total_sections`` (overview, proactive
disclosure) and by none of ``prose_total_not_sections`` (applications, proceedings: "总体情况 > 依申请公开"). Applied where ``assistant.fact_index.FactIndex`` loads a report's facts; the store keeps what ingest read.
"""

from __future__ import annotations

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


def with_prose_totals(facts: list[Fact]) -> list[Fact]:
    """The facts of one report, a prose total in other words tagged with its metric where the report has no figure
    of that metric (see the module doc); the others as they are."""
    out = list(facts)
    for m in METRICS:
        if m.prose_total_zh is None or any(f.metric == m.key for f in facts):
            continue
        found = [i for i, f in enumerate(facts) if _states_total(f, m)]
        if len(found) == 1:  # (two such figures are two channels' counts, neither the total)
            out[found[0]] = facts[found[0]].model_copy(update={"metric": m.key})
    return out
