"""The parts of a prose total stated sentences after it, not right after it.

A report may state a total and break it down a sentence or two later, in a sentence of its own that names the same
thing again ("…其中通过区政府网站公开信息1116条,…。…。截至年末,利用区政府网站公开文字新闻489条、…等板块公布信息269条"):
the figures of that later sentence are the total's parts when they add up to it exactly and the sentence names
what the total counts by a run of the total's own words ("区政府网站").
"""

from __future__ import annotations

import re

from assistant.core.types import Fact
from assistant.part_sums import prose_figures, sums_to

_WINDOW = 600  # how far after the total its parts may be stated (the same paragraph)
_MIN_RUN = 4  # the shortest run of the total's own words that names the same thing again
# words every prose label shares: a run of only these names nothing in particular
_GENERIC = re.compile(r"其中|主动|公开|政府|信息|各类|累计|共计|通过|发布|全年|本年")


def _shared_run(label: str, text: str) -> str:
    """The longest run of `label` found in `text`."""
    best = ""
    for i in range(len(label)):
        for j in range(len(label), i + len(best), -1):
            if label[i:j] in text:
                best = label[i:j]
                break
    return best


def parts_stated_later(original: str, total: Fact, facts: list[Fact]) -> list[Fact]:
    """The figures of a later sentence of the paragraph of prose figure `total` (in `original`, the report's text)
    that add up to it, from that sentence's first figure of its unit; [] when no later sentence does, or the one
    that does names nothing of the total's own words."""
    if total.table != "narrative" or not total.value or not total.row:
        return []
    para_end = original.find("\n", total.end)
    stop = min(total.end + _WINDOW, para_end if para_end >= 0 else len(original))
    first_stop = original.find("。", total.end, stop)
    if first_stop < 0:
        return []
    figures = prose_figures(facts, total.unit, first_stop + 1, stop)
    label = re.sub(r"\d+(?:\.\d+)?", "", total.row)
    lo = first_stop + 1
    while lo < stop:
        end = original.find("。", lo, stop)
        end = stop if end < 0 else end
        mine = [g for g in figures if lo <= g.start < end]
        running = 0.0
        for k, g in enumerate(mine, 1):
            running += g.value or 0
            if k >= 2 and sums_to(running, total.value):
                run = _shared_run(label, original[lo : mine[0].start])
                if len(run) >= _MIN_RUN and len(_GENERIC.sub("", run)) >= 2:
                    return mine[:k]
                break
            if running > total.value:
                break
        lo = end + 1
    return []
