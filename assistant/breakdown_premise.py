"""The asks of a breakdown once the question's own figures are known: a total the question states itself is a premise.

"The 1134 items they put out, how many through each channel": 1134 is not asked — the parts answer, and a piece of the
question that only names that total is no ask of its own; "工作动态 领导信息 财政信息分别几条" states those parts only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.core.types import Fact
from assistant.parts import asked_figures, named_parts
from assistant.problem_items import items_of_side
from assistant.report_names import without_names

if TYPE_CHECKING:
    from assistant.evidence import AskEvidence


def _fact_key(f: Fact) -> tuple:
    return f.doc_id, f.table, f.row, f.column, f.value


def premise_totals(out: list[AskEvidence], norm: str, names) -> list[AskEvidence]:
    """The asks of a breakdown, once the question's figures are known: a total the question states itself ("the 1134
    items they put out, how many through each channel") is a premise, not asked — the parts answer, and a piece of
    the question that only names that total is no ask of its own; a breakdown naming some of its parts ("工作动态 领导
    信息 财政信息分别几条") states those parts only."""
    stated = asked_figures(norm)
    for ev in out:
        ev.facts = items_of_side(ev.facts, norm)  # (the whole question: "what problems, and what measures" asks both)
        if ev.breakdown:
            ev.breakdown = named_parts(ev.breakdown, without_names(ev.q.norm, names), ev.facts)
            if len(ev.facts) == 1 and ev.facts[0].value in stated:
                ev.parts_only = True
    broken = [ev for ev in out if ev.breakdown]

    def answered_by_breakdown(ev: AskEvidence) -> bool:
        keys = {_fact_key(f) for f in ev.facts}
        return (not ev.breakdown and bool(ev.facts) and not ev.sentences
                and any(keys <= {_fact_key(f) for f in b.facts} and (not b.parts_only or all(f.value in stated for f in ev.facts))
                        for b in broken if b is not ev))

    return [ev for ev in out if not answered_by_breakdown(ev)] if broken else out
