"""Parallel counts with no total: a sentence listing the counts of kinds of one thing side by side.

"…平台主动公开规章12件,规范性文件43件,其他文件93件" states no total: the first figure carries the lead-in words, but it
is one kind among the others, not the total they break down into (they do not add up to it).  Asked for a breakdown
("各类分别多少", "the count for each document type"), every figure of the run is a part, under the lead-in words.
"""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.core.types import Fact
from assistant.part_sums import prose_figures, sums_to

_SENTENCE_END = re.compile(r"[。！？!?\n]")
# what stands between two counts of a run: a separator and the next kind's own words, no figure, no bracket
_BETWEEN = re.compile(r"\s*[，,、；;]\s*[^\d，,、；;。！？!?()（）\n]{1,24}")
# a word that states or introduces a total or its parts: the sentence is no run of parallel counts
_TOTAL_OR_PARTS = re.compile(r"总计|合计|共计|总共|一共|累计|共有|共\s*\d|其中|分别|包括|含")
# the verb that ends the lead-in words of the first count ("…平台主动公开规章": the kind is what follows it)
_COUNTING_VERB = re.compile(r"(?:发布|公开|推送|更新|刊发|刊登|上传|报送|印发|制发|出台|收到|受理|办理|提出|提交)")
_MIN_RUN = 3


def parallel_run(original: str, facts: list[Fact], mine: list[Fact]) -> list[Fact]:
    """The counts of one sentence of `original` (a report's text) holding every fact of `facts` when they are parallel
    counts with no total: three or more prose figures of one unit, one right after another (a separator and a kind's
    own words between them), no summing or listing word in the sentence, and no figure the sum of the others or of
    the ones after it; [] otherwise.  `mine`: the report's facts."""
    if not facts or any(f.table != "narrative" or f.value is None or f.doc_id != facts[0].doc_id for f in facts):
        return []
    first = min(facts, key=lambda f: f.start)
    ends = [m.end() for m in _SENTENCE_END.finditer(original, 0, first.start)]
    lo = ends[-1] if ends else 0
    stop = _SENTENCE_END.search(original, first.end)
    hi = stop.start() if stop else len(original)
    run = prose_figures(mine, first.unit, lo, hi)
    if len(run) < _MIN_RUN or run[0].start != first.start or _TOTAL_OR_PARTS.search(original, lo, hi):
        return []
    if not all(any(g.start == f.start for g in run) for f in facts):
        return []
    if any(not _BETWEEN.fullmatch(original, a.end, b.start) for a, b in pairwise(run)):
        return []
    values = [g.value or 0 for g in run]
    for k, v in enumerate(values):
        rest = values[k + 1 :]
        if sums_to(sum(values) - v, v) or any(sums_to(sum(rest[:j]), v) for j in range(2, len(rest) + 1)):
            return []  # a total of the others, or of the ones listed after it
    return run


def lead_in_and_first(first: Fact) -> tuple[Fact, Fact]:
    """The heading of a run of parallel counts (the first count's lead-in words, up to its counting verb, with no
    figure: there is no total) and the first count under its own kind's words ("…平台主动公开规章" -> "…平台主动公开",
    "规章"); the count as it is when its words hold no such verb."""
    label = first.row or ""
    verbs = list(_COUNTING_VERB.finditer(label))
    if not verbs or verbs[-1].end() >= len(label):
        return first.model_copy(update={"value": None}), first
    cut = verbs[-1].end()
    head = first.model_copy(update={"value": None, "row": label[:cut], "label_zh": label[:cut], "label_en": ""})
    return head, first.model_copy(update={"row": label[cut:]})
