"""Running the registry of "not stated" checks (assistant/not_stated_checks.py CHECKS): the first check of a phase a fact or a sentence fires, the first scope check that refuses."""

from __future__ import annotations

from typing import Any

from assistant.not_stated_checks import CHECKS
from assistant.not_stated_registry import FactCase, Phase, SentenceCase


def fact_not_stated(case: FactCase, when: Phase) -> str | None:
    """The name of the first check of phase `when` by which the fact states nothing asked, None when none fires."""
    return next((c.name for c in CHECKS if c.fact is not None and c.fact.when == when and c.fact.fires(case)), None)


def sentence_not_stated(case: SentenceCase, when: Phase) -> str | None:
    """The name of the first check of phase `when` by which the sentence states nothing asked, None when none fires."""
    return next((c.name for c in CHECKS if c.sentence is not None and c.sentence.when == when
                 and c.sentence.fires(case)), None)


def scope_refusal(q: Any, index: Any, templates: dict) -> str | None:
    """The refusal of the first scope check that finds the question asks of an agency no report in scope is, else None."""
    for check in CHECKS:
        if check.scope is not None:
            refusal = check.scope(q, index, templates)
            if refusal:
                return refusal
    return None
