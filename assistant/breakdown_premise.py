"""The asks of a breakdown once the question's own figures are known: a total the question states itself is a premise.

"The 1134 items they put out, how many through each channel": 1134 is not asked — the parts answer, and a piece of the
question that only names that total is no ask of its own; "工作动态 领导信息 财政信息分别几条" states those parts only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.core.types import Fact
from assistant.excepted import excepted_spans
from assistant.part_sums import sums_to
from assistant.parts import asked_figures
from assistant.named_parts import named_parts
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
    set_aside = _set_aside_figures(norm)
    for ev in out:
        ev.facts = items_of_side(ev.facts, norm)  # (the whole question: "what problems, and what measures" asks both)
        if ev.breakdown and _siblings_asked(ev):
            ev.breakdown = []  # the ask's own figures are parts of one list, not a total and its parts
        if ev.breakdown:
            ev.breakdown = named_parts(ev.breakdown, without_names(ev.q.norm, names), ev.facts)
            ev.breakdown = _without_set_aside(ev.breakdown, set_aside)
            if len(ev.facts) == 1 and ev.facts[0].value in stated:
                ev.parts_only = True
    broken = [ev for ev in out if ev.breakdown]

    def answered_by_breakdown(ev: AskEvidence) -> bool:
        keys = {_fact_key(f) for f in ev.facts}
        return (not ev.breakdown and bool(ev.facts) and not ev.sentences
                and any(keys <= {_fact_key(f) for f in b.facts} and (not b.parts_only or all(f.value in stated for f in ev.facts))
                        for b in broken if b is not ev))

    out = [ev for ev in out if not answered_by_breakdown(ev)] if broken else out
    return [ev for ev in out if not _restated_whole(ev, out)]


def _siblings_asked(ev: AskEvidence) -> bool:
    """The ask's figures are several parts of one list ("政务动态类和其它类各几条": 50 and 207 of the same sentence),
    and its breakdown holds one of them: the figures after the first in their sentence, read as its parts, are its
    siblings, no breakdown of it — unless one of the ask's figures is the total of the others."""
    keys = {_fact_key(f) for f in ev.facts}
    if len(ev.facts) < 2 or not any(_fact_key(p) in keys for p in ev.breakdown):
        return False
    values = [f.value or 0 for f in ev.facts]
    return not any(sums_to(sum(values) - v, v) for v in values)


def _set_aside_figures(norm: str) -> set[float]:
    """The figures of what the question sets aside ("setting aside the 73 work-news items, how do the rest split")."""
    return {v for a, b in excepted_spans(norm) for v in asked_figures(norm[a:b])}


def _without_set_aside(parts: list[Fact], set_aside: set[float]) -> list[Fact]:
    """The parts of a breakdown without the one the question sets aside by its figure (when one part alone states
    it: the rest are asked, the set-aside part is no answer and no citation)."""
    out = parts
    for v in set_aside:
        same = [f for f in out if f.value == v]
        if len(same) == 1 and len(out) > 2:
            out = [f for f in out if f is not same[0]]
    return out


def _restated_whole(ev: AskEvidence, out: list[AskEvidence]) -> bool:
    """An ask only of how a figure its own words state splits up ("那3957条是怎么拆的？A、B、C各多少"), answered by nothing
    but that figure, while the asks of its parts are answered: a premise, no ask (its figure is no answer, nor cited)."""
    own = asked_figures(ev.q.norm)
    return (bool(own) and not ev.breakdown and not ev.sentences and bool(ev.facts)
            and all(f.value in own for f in ev.facts) and _HOW_SPLIT.search(ev.ask.text) is not None
            and _COUNT_ASKED.search(ev.ask.text) is None
            and any(o is not ev and o.facts and not any(f.value in own for f in o.facts) for o in out))


# an ask of how a whole splits ("怎么拆的", "如何分", "how do they split"), not of a count ("多少", "how many")
_HOW_SPLIT = re.compile(r"怎么|怎样|如何|(?<![a-z])how(?![a-z])")
_COUNT_ASKED = re.compile(r"多少|几|(?<![a-z])(?:how many|how much|number of)(?![a-z])")
