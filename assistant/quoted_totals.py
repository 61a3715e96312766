"""Asks of a total the question restates by its figure: its parts the ask names, or the kinds its own words list.

"信访大厅网站那195条里，政务公开几条": the part of that total the ask names (``QuotedTotals.parts_of_quoted``).
"发布A、B、C、D等各类信息近5000条" asked "what kinds of information did it put out (the roughly 5,000 items)?": the kinds.

A report may sum up what it published by naming its kinds and giving one figure for all of them: the kinds are the
list items the total's own clause names before its figure (ingest reads them as items), not the channels it was put
out through nor any figure of another thing.  The ask names that total by its figure (premise, not asked).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.core.types import Fact
from assistant.list_items import WANTS_LIST
from assistant.parts import asked_figures

if TYPE_CHECKING:
    from assistant.core.types import Report
    from assistant.query import ParsedQuestion

# where the clause of a total's own words starts (its kinds are named after that, before its figure)
_CLAUSE_START = re.compile(r"[。；;！？!?\n,，:：]")
# a total's own words that list the kinds it sums up ("A、B、C等各类信息", "A、B和C等")
_LISTS_KINDS = re.compile(r"、[^、]+等")


def kinds_of_total(original: str, total: Fact, facts: list[Fact]) -> list[Fact]:
    """The list items (kind "item") the clause of prose total `total` names before its figure, in order, when its
    own words list kinds ("…等各类信息近5000条"); [] when they list none."""
    if total.table != "narrative" or total.value is None or not _LISTS_KINDS.search(total.row or ""):
        return []
    starts = [m.end() for m in _CLAUSE_START.finditer(original, max(0, total.start - 200), total.start)]
    lo = starts[-1] if starts else max(0, total.start - 200)
    items = sorted((g for g in facts if g.kind == "item" and g.doc_id == total.doc_id and lo <= g.start < total.start),
                   key=lambda g: g.start)
    return items if len(items) >= 2 else []


class QuotedTotals:
    """A mixin of ``assistant.evidence.EvidenceGatherer`` (it reads ``self.index``, ``self.fact_index`` and the parts
    searches of ``assistant.parts.PartsSearch``)."""

    def parts_of_quoted(self, facts: list[Fact], sub: ParsedQuestion, docs: list[Report]) -> list[Fact]:
        """The parts of a total the ask restates by its figure that the ask names ("那195条里，政务公开几条": 政务公开栏目,
        whatever its label search found), only where the figures `facts` found by label are none of its parts (a
        part found by its own words stays); [] when the ask restates no total or names none of its parts."""
        quoted = self.quoted_total(sub.norm, [d.doc_id for d in docs]) if asked_figures(sub.norm) else None
        if quoted is None or any(f in facts for f in self.breakdown([quoted], None)):
            return []
        named = self._asked_parts_of([quoted], sub, docs)
        return named if quoted not in named else []

    def kinds_of_quoted(self, sub: ParsedQuestion, docs: list[Report]) -> list[Fact]:
        """An ask of what kinds a total the ask restates by its figure sums up ("what kinds of information did it put
        out (the roughly 5,000 items)"): the kinds that total's own words list, else []."""
        asked = asked_figures(sub.norm)
        if not asked or not WANTS_LIST.search(sub.norm):
            return []
        mine = self.fact_index.facts([d.doc_id for d in docs])
        totals = [f for f in mine if f.table == "narrative" and f.value in asked]
        kinds = [k for f in totals if (k := kinds_of_total(self.index.texts(f.doc_id)[0], f, mine))]
        return kinds[0] if len(kinds) == 1 else []
