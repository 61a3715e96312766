"""What a refusal names: the row, column or kind of fee a check declined, and the figure it declined, if useful.

The label search's fit (assistant/label_fit.py) and the fee check (assistant/fee_kinds.py) turn down figures that
are not the thing asked; when nothing else answers, the answer used to be the generic "the report does not contain
an answer".  Each turned-down figure is noted here while the asks are gathered (what was asked and not stated, and
the figure declined), so the refusal can say what was asked and not found ("报告中没有找到重复申请的数量") and,
where the declined figure is the asked whole or a stated neighbour, give it cited as context, never as the answer
(the answer stays unanswered).  Nothing is searched again: the notes are what the one pass saw.

The notes live in a context variable set by the engine before it gathers a question's asks (``collect``); a check
run outside of it notes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass

from assistant.core.template import TEMPLATE
from assistant.core.types import Fact, Report


@dataclass(frozen=True)
class Decline:
    """A figure turned down for an ask: `row`, the table row or column the ask names that the figure's label lacks,
    or `name_key`, the template naming the kind asked (a fee); `fact`, the figure shown as context (None: named only);
    `whole`, whether that figure is the asked whole (its parts not stated) rather than a neighbour; `premise`, the
    figure the question restates as its premise ("那5件申请" -> "5件"), when the figure was declined as that premise
    (assistant/restated_figures.py): the refusal says what came of those is not stated."""

    row: str = ""
    name_key: str = ""
    fact: Fact | None = None
    whole: bool = False
    premise: str = ""
    premise_key: str = "premise_not_stated"


_NOTES: ContextVar[list[Decline] | None] = ContextVar("declined_asks", default=None)


def collect() -> list[Decline]:
    """Start noting declines (for one question's gathering); the list fills as checks decline."""
    notes: list[Decline] = []
    _NOTES.set(notes)
    return notes


def note(d: Decline) -> None:
    notes = _NOTES.get()
    if notes is not None and d not in notes:
        notes.append(d)


def _part(d: Decline, t: dict, language: str) -> str:
    if d.name_key:
        return t[d.name_key]
    row = next((a for a in d.row.split("|") if a and not a.isascii()), d.row)
    return row if language == "zh" else (TEMPLATE.en(row) or row)


def declined_lines(notes: list[Decline], reports: list[Report], t: dict, language: str,
                   who: Callable[[Report, str], str], fact_line: Callable[[Fact], str]) -> list[str]:
    """The refusal's lines for a question of one report (`reports`) whose figures were all declined: what is not
    stated (premise_not_stated of a restated premise, part_not_stated with the asked whole, kind_not_stated_near with a
    declined neighbour, else
    kind_not_stated of a row, name_not_stated of a fee), each declined figure once, cited.  [] when nothing was declined or not one report."""
    if len(reports) != 1 or not notes:
        return []
    r = reports[0]
    year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
    mine = [d for d in notes if d.fact is None or d.fact.doc_id == r.doc_id]
    lines: list[str] = []
    for d in mine:
        part = _part(d, t, language)
        if d.premise:  # ("报告写了问题所说的5件，但没有写明这5件的办理结果"; "…但没有单独写明其中上年结转申请的数量")
            part = re.sub(r"数量$", "", part) if language == "zh" else part
            lines += [t[d.premise_key].format(who=who(r, language), year_part=year_part, part=part,
                                                     figure=d.premise)] + ([fact_line(d.fact)] if d.fact else [])
            continue
        if d.fact is None:
            if any(e.fact is not None and _part(e, t, language) == part for e in mine):
                continue  # (said with its figure)
            key = "kind_not_stated" if d.row else "name_not_stated"  # (a row's count; a fee named as itself)
            lines.append(t[key].format(who=who(r, language), year_part=year_part, part=part))
            continue
        key = "part_not_stated" if d.whole else "kind_not_stated_near"
        lines += [t[key].format(who=who(r, language), year_part=year_part, part=part), fact_line(d.fact)]
    return list(dict.fromkeys(lines))
