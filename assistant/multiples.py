"""The multiple a comparison asks ("A是B的几倍", "how many times as many A as B", "the ratio of A to B"): the larger
figure divided by the smaller, written out beside the difference ("倍数：120[1] ÷ 48[2] ≈ 2.5倍"), so the computed
figure stays traceable to the two cited ones.  The asking words are data (glossary.toml [patterns] multiple_ask).
So is the difference in per cent a comparison asks ("增长了百分之多少", "by what %", "and the % rise"): the difference
the line above wrote over the figure it is measured from (the earlier year's, else the smaller), cited:
"变化幅度：759 ÷ 1128[1] ≈ 67.29%" (glossary percent_ask).
"""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY
from assistant.writeup import fmt_value

_ASKS_MULTIPLE = GLOSSARY.patterns["multiple_ask"]
_ASKS_PERCENT = GLOSSARY.patterns["percent_ask"]


def asks_multiple(question_norm: str) -> bool:
    return bool(_ASKS_MULTIPLE.search(question_norm))


def multiple_line(question_norm: str, hi: float, na: int, lo: float, nb: int, language: str, t: dict) -> str | None:
    """The line "A[na] ÷ B[nb] ≈ R" (R to two decimals; "=" when exact) when the question asks a multiple and the smaller
    figure is not 0 (nothing is a multiple of none); None otherwise."""
    if not asks_multiple(question_norm) or lo <= 0:
        return None
    return written_quotient(t["multiple_line"], hi, na, lo, nb, language)


def written_quotient(template: str, a: float, na: int, b: float, nb: int, language: str, places: int = 2,
                     scale: float = 1.0) -> str:
    """A quotient of two cited figures written out in `template` ({a}[{na}] ÷ {b}[{nb}] {op} {value}): the value
    `a / b * scale` to `places` decimals, "=" when exact and "≈" otherwise (a multiple; a share in per cent,
    assistant/shares.py)."""
    value = round(a / b * scale, places)
    op = "=" if abs(value * b - a * scale) < 1e-9 * max(1.0, abs(a * scale)) else "≈"
    return template.format(a=fmt_value(a, language), na=na, b=fmt_value(b, language), nb=nb, op=op,
                           value=fmt_value(value, language))


def percent_line(question_norm: str, hi: float, na: int, lo: float, nb: int, language: str, t: dict,
                 from_higher: bool = False) -> str | None:
    """The line "D ÷ B[nb] ≈ P%" when the question asks the difference in per cent: D the difference hi − lo (written
    out on the line above, from the two cited figures), B the figure the change is measured from (the smaller, or the
    larger when `from_higher`: a fall from an earlier year's figure), cited.  None when not asked or B is 0."""
    base, n_base = (hi, na) if from_higher else (lo, nb)
    if not _ASKS_PERCENT.search(question_norm) or base <= 0 or hi == lo:
        return None
    return written_quotient(t["percent_line"], hi - lo, 0, base, n_base, language, scale=100.0)
