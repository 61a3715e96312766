"""An ask of two outcomes together ("disclosed in full or in part", "予以公开（含部分公开）", "公开和部分公开合计几件"):
the figure the report's prose states of both together ("予以公开及部分公开258件") answers, quoted where it says so —
not the table cell of one of them (the 予以公开 row), which may hold the same number only by chance."""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact


def asks_both_outcomes(norm: str) -> bool:
    """The ask counts two outcomes as one ("in full or in part"), not each of them ("各", "respectively")."""
    pat = GLOSSARY.patterns
    return bool(pat["both_outcomes_asked"].search(norm)) and not pat["each_outcome_asked"].search(norm)


def both_outcomes_facts(facts: list[Fact], asked: list[Fact], norm: str) -> list[Fact]:
    """`asked` (the facts found for the ask) with, for each report whose prose states the two outcomes together
    (among its `facts`), that figure in place of its own; `asked` itself when the ask is of no such pair."""
    if not asked or not asks_both_outcomes(norm):
        return asked
    stated = GLOSSARY.patterns["both_outcomes_stated"]
    combined: dict[str, Fact] = {}
    for f in facts:
        if f.table == "narrative" and f.value is not None and f.unit != "%" and stated.search(f.row or ""):
            combined.setdefault(f.doc_id, f)
    if not combined:
        return asked
    out: list[Fact] = []
    for f in asked:
        g = combined.get(f.doc_id, f)
        if g not in out:
            out.append(g)
    return out
