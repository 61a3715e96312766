"""The figures a report writes after a count within the count's own sentence.

"受理来访68333案次,办结60511案次", "受理申请四十七件，同比增长17.5%": the figure that answers a second ask about a count
(how many were concluded, how much it grew) is often the next one in the count's sentence.  Both the ask of a change
(change_figures.py) and the ask of a figure "of them" (focused_facts.following_fact) read them here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from assistant.core.types import Fact

_SENTENCE_END = re.compile(r"[。；;！!？?\n]")


def figures_after(f: Fact, doc_facts: Iterable[Fact], text: str, within: int | None = None) -> Iterator[Fact]:
    """The narrative figures written after `f` in its sentence of `text`, nearest first; `within`: at most that many
    characters from `f`'s end."""
    after = sorted((g for g in doc_facts if g.kind == "narrative" and g.value is not None and g.start >= f.end
                    and (within is None or g.start - f.end <= within)), key=lambda g: g.start)
    for g in after:
        if _SENTENCE_END.search(text, f.end, g.start):
            return  # the sentence ended: what follows belongs to another one
        yield g


def figures_before(f: Fact, doc_facts: Iterable[Fact], text: str) -> Iterator[Fact]:
    """The narrative figures written before `f` in its sentence of `text`, nearest first."""
    before = sorted((g for g in doc_facts if g.kind == "narrative" and g.value is not None and g.end <= f.start),
                    key=lambda g: g.start, reverse=True)
    for g in before:
        if _SENTENCE_END.search(text, g.end, f.start):
            return  # the sentence began after it: it belongs to another one
        yield g
