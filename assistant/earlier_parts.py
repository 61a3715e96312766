"""The parts of a prose total stated before it, in its own sentence.

A report may list figures first and sum them up at the end of the sentence ("网站发布信息300条,在微信公众号发布信息
120条,总计420条"): the figures right before a total that a summing word labels (总计, 合计, 共计, 总共, 一共) are its parts
when a run of them ending at the total adds up to it exactly (figures earlier in the sentence, "由上年的250条增加到…",
are no parts of it).
"""

from __future__ import annotations

import re

from assistant.core.types import Fact
from assistant.part_sums import prose_figures, sums_to

# the label of a total that sums up what its sentence stated before it (not 累计: a running total over the years)
_SUMMING = re.compile(r"^(?:总计|合计|共计|总共|一共|共)")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def parts_stated_before(original: str, total: Fact, facts: list[Fact]) -> list[Fact]:
    """The figures of `total`'s sentence (in `original`, the report's text) right before it that add up to it, the
    shortest run of two or more ending at the total; [] when its label sums up nothing or no such run adds up."""
    if total.table != "narrative" or not total.value or not _SUMMING.match(total.row or ""):
        return []
    ends = [m.end() for m in _SENTENCE_END.finditer(original, 0, total.start)]
    start = ends[-1] if ends else 0
    before = [g for g in prose_figures(facts, total.unit, start, total.start) if g.end <= total.start]
    running = 0.0
    for k in range(len(before) - 1, -1, -1):
        running += before[k].value or 0
        if len(before) - k >= 2 and sums_to(running, total.value):
            return before[k:]
        if running > total.value:
            break
    return []
