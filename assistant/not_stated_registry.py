"""What a "not stated" check is and what it judges (the registry's types; the entries are assistant/not_stated_checks.py).

A check is an entry (NotStatedCheck) with a name, a one-line why and a judge of a fact of the label search
(FactCase), a sentence of the sentence search (SentenceCase), or the question's scope; each fact or sentence judge says
when it runs (FIRST: before anything is kept by its kind; THEN: only for what its kind did not keep).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from assistant.core.metrics import Metric
from assistant.core.types import Fact
from assistant.labels import without_heading

Phase = Literal["first", "then"]
FIRST: Phase = "first"
THEN: Phase = "then"


@dataclass(frozen=True, eq=False)
class FactCase:
    """A fact of the label search met with an ask: `own_words` are the fact's labels, row, column and clause."""

    f: Fact
    metric: Metric | None
    own_words: str
    ask_text: str
    terms: Any = ()
    question: str = ""  # the whole question the ask is a piece of ("of the 158 requests …, how many …": its premise)

    @cached_property
    def clause(self) -> str:
        """The fact's own words without the section heading its label starts with (labels.without_heading)."""
        return without_heading(self.f, self.own_words)

    @property
    def row_column_clause(self) -> str:
        """The fact's row, column and clause: the words most checks read a fact's thing from."""
        return f"{self.f.row or ''} {self.f.column or ''} {self.clause}"

    @property
    def row_clause(self) -> str:
        """The fact's row and clause."""
        return f"{self.f.row or ''} {self.clause}"


@dataclass(frozen=True, eq=False)
class SentenceCase:
    """A sentence hit (assistant.sentences.SentenceHit) over the cleaned text `clean`, met with a parsed ask `q`."""

    hit: Any
    q: Any
    clean: str
    terms: Any = ()

    @cached_property
    def text(self) -> str:
        """The figure's clause, else the whole sentence."""
        s, e = self.hit.clause or self.hit.span
        return self.clean[s:e]

    @cached_property
    def sentence(self) -> str:
        return self.clean[self.hit.span[0] : self.hit.span[1]]

    @property
    def figure(self) -> str:
        return self.hit.figure or ""


@dataclass(frozen=True)
class Judge:
    """When a check runs on its kind of case, and whether the case is not stated (True: no answer)."""

    when: Phase
    fires: Callable[[Any], bool]


@dataclass(frozen=True)
class NotStatedCheck:
    name: str
    why: str
    fact: Judge | None = None
    sentence: Judge | None = None
    scope: Callable[[Any, Any, dict], str | None] | None = None  # (q, index, templates) -> the refusal, or None
