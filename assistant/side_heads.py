"""A problems-and-plans section answered with both its lists: a heading line before each side's list.

A section of problems and plans ("五、存在的主要问题及改进情况") often writes its two lists under leads of their own
("…还存在一些不足：一是…" / "2022年，我镇将从以下方面改进：一是…"), which the answer does not show.  Both lists as
one run of bullets hide where the problems end and the plans begin; so before the first item of each side the answer
writes that side's heading (prompts/extractive.*.toml problems_header, plans_header), in the question's language.
A side is told by its lead's words (assistant.problem_items: a lead naming the problems only or the plans only), else by
what its items state (a shortfall, a plan).  Only when the shown items are of both sides, each of its own lead.
"""

from __future__ import annotations

from assistant.core.types import Fact
from assistant.problem_items import heads_side, sub_heading, is_plan, is_shortfall


def _side(items: list[Fact]) -> str | None:
    """"problems" or "plans": the side the items of one lead state, by the lead's words, else by every item."""
    lead = sub_heading(items[0])
    for side in ("problems", "plans"):
        if lead and heads_side(lead, side):
            return side
    texts = [f.text_value or f.raw or "" for f in items]
    if all(is_plan(t) for t in texts):
        return "plans"
    if all(is_shortfall(t) for t in texts):
        return "problems"
    return None


def side_header(group: list[Fact], f: Fact) -> str | None:
    """"problems" or "plans" when `f` is the first item of its lead's list in `group` (the items shown of one report's
    section, in order) and `group` holds the lists of both sides, each of one lead; else None."""
    leads: dict[str, list[Fact]] = {}
    for g in group:
        if g.row == f.row:
            leads.setdefault(sub_heading(g), []).append(g)
    if len(leads) < 2 or leads[sub_heading(f)][0] is not f:
        return None
    sides = [_side(items) for items in leads.values()]
    if None in sides or set(sides) != {"problems", "plans"}:
        return None
    return _side(leads[sub_heading(f)])
