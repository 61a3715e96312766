"""An outcome of applications (or its reason) that the template's table has no row of: withdrawn by the applicant,
information already public, passed on to another body, the applicant told where to get it.

"How many requests were withdrawn?", "申请人撤回的申请有几件", "属于已公开信息的申请有几件": a report states such an
outcome only in words of its own ("申请人主动撤回申请3件", a row a pre-2019 table adds); the year's applications received
(859), the total of outcomes (805) or a cell of another row ("属于国家秘密 14") counts something else, so the answer
says the report does not state it.  An ask of the total ("how many requests were handled in total") names no such
outcome and is answered as before; so are the rows the table has (assistant/asked_rows.py).  A statement that no
application came in at all is still 0 of every outcome.  The outcomes and their words are data
(core/data/not_stated.toml [[unlisted_outcome]])."""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED, CountedThing
from assistant.core.types import Fact
from assistant.counted_things import families_asked, misses_family
from assistant.none_statements import denies_all_applications, names_all_applications


def outcomes_asked(ask_text: str) -> list[CountedThing]:
    """The unlisted outcomes the ask names, [] for any other ask."""
    return families_asked(NOT_STATED.outcomes, ask_text)


def misses_asked_outcome(ask_text: str, own_words: str) -> bool:
    """The ask names an outcome the table has no row of and `own_words` (a figure's clause, a cell's row and column)
    name none of the words a report writes for it: a figure of something else."""
    return misses_family(NOT_STATED.outcomes, ask_text, own_words, whole_words=True)


def fact_misses_outcome(ask_text: str, f: Fact, own_words: str) -> bool:
    """A figure (a cell, a prose figure, a statement of none) answers no ask of an unlisted outcome unless it names
    the outcome, or states that no application came in at all (0 of every outcome)."""
    if f.value is None or f.kind == "none" and names_all_applications(f.row or ""):
        return False
    return misses_asked_outcome(ask_text, own_words)


def sentence_misses_outcome(ask_text: str, text: str) -> bool:
    """A sentence's clause answers no ask of an unlisted outcome unless it names it, or denies all applications."""
    return misses_asked_outcome(ask_text, text) and not denies_all_applications(text)
