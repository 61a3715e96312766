"""The multiple a comparison asks ("A是B的几倍", "how many times as many A as B", "the ratio of A to B"): the larger
figure divided by the smaller, written out beside the difference ("倍数：120[1] ÷ 48[2] ≈ 2.5倍"), so the computed
figure stays traceable to the two cited ones.  The asking words are data (glossary.toml [patterns] multiple_ask).
"""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY
from assistant.writeup import fmt_value

_ASKS_MULTIPLE = GLOSSARY.patterns["multiple_ask"]


def asks_multiple(question_norm: str) -> bool:
    return bool(_ASKS_MULTIPLE.search(question_norm))


def multiple_line(question_norm: str, hi: float, na: int, lo: float, nb: int, language: str, t: dict) -> str | None:
    """The line "A[na] ÷ B[nb] ≈ R" (R to two decimals; "=" when exact) when the question asks a multiple and the smaller figure is
    not 0 (nothing is a multiple of none); None otherwise."""
    if not asks_multiple(question_norm) or lo <= 0:
        return None
    value = round(hi / lo, 2)
    return t["multiple_line"].format(a=fmt_value(hi, language), na=na, b=fmt_value(lo, language), nb=nb,
                                     op="=" if value * lo == hi else "≈", value=fmt_value(value, language))
