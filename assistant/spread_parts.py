"""The parts of a prose total spread over the sentences and paragraphs after it, each a total of its own.

A report may state a grand total and then give each part in a sentence of its own, each part going on to list its own
sub-parts ("共发布各类信息300条。网站信息120条,其中,A栏目70条、B栏目50条。热线信息80条,其中…。公众号信息100条。"): the
parts are the figures after the total that are not themselves listed as the sub-parts of another (a figure whose text
goes on to list parts, "其中…", hides them), when exactly one choice of them, in order, adds up to the total.  A figure
no choice needs (a sub-part the text put in the wrong place) is left out; no choice, or two, is no breakdown: a
remainder is never invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import combinations

from assistant.core.types import Fact
from assistant.part_sums import prose_figures, sums_to

_WINDOW = 1200  # how far after the total its parts may be stated (its own section)
_MOST = 12  # the most candidate parts weighed (every choice of them is tried)
# the label of a total that sums up parts (共, 总计, 合计, 累计): a figure that is no sum is broken down by nothing here
_SUMMING = re.compile(r"共|总计|合计|累计|总数")
# a heading of the next section: the parts of a total never run past it
_HEADING = re.compile(r"\n\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[部章节])")


def parts_spread_after(original: str, total: Fact, facts: list[Fact],
                       listed: Callable[[Fact], list[Fact]]) -> list[Fact]:
    """The figures after prose total `total` (in `original`, the report's text) that are its parts, each stated on
    its own: the one choice of two or more of the figures of its unit after it (within its section), skipping those
    listed as the sub-parts of another of them (`listed(f)`: the parts `f`'s text goes on to list, [] when none), that
    adds up to it exactly; [] when none or several do."""
    if total.table != "narrative" or not total.value or not _SUMMING.search(total.row or ""):
        return []
    stop = min(len(original), total.end + _WINDOW)
    if (h := _HEADING.search(original, total.end, stop)) is not None:
        stop = h.start()
    after = [g for g in prose_figures(facts, total.unit, total.end, stop) if g.value and g.value < total.value]
    candidates: list[Fact] = []
    hidden: set[int] = set()
    for g in after:
        if g.start in hidden:
            continue  # a sub-part of a part before it
        candidates.append(g)
        hidden |= {p.start for p in listed(g)}
        if len(candidates) > _MOST:
            return []
    if len(candidates) < 2:
        return []
    found: list[tuple[Fact, ...]] = []
    for n in range(2, len(candidates) + 1):
        for choice in combinations(candidates, n):
            if sums_to(sum(g.value or 0 for g in choice), total.value):
                found.append(choice)
                if len(found) > 1:
                    return []  # two ways to add up: no telling which figures are the parts
    return list(found[0]) if found else []
