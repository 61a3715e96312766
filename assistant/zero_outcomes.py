"""An ask of the outcomes of a set of cases ("行政复议的结果是什么", "how were the requests handled", "办理结果分别是"):
the outcomes that happened are its answer, each with its count and citation; the outcomes of 0 are said together in
one short clause ("其余均为0：其他结果[3]、尚未审结[4]"), still cited, and no sum line is added: the outcomes of one
set add up to the set's own total, which the ask did not ask (and a sum equal to it says nothing new).  An ask of one
outcome or of no outcome (a count of cases, 直接起诉 + 复议后起诉 of lawsuits) is written as before.  The words are
data (not_stated.toml [patterns] outcome_ask).
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.core.not_stated import NOT_STATED
from assistant.core.types import Fact
from assistant.writeup import Writeup

_OUTCOME_ASK = NOT_STATED.pattern("outcome_ask")
_REASON_ASK = NOT_STATED.pattern("reason_ask")
_REFUSAL_ASK = NOT_STATED.pattern("refusal_ask")


def asks_outcomes(norm: str) -> bool:
    """The question asks how a set of cases came out (结果, 处理情况, outcome, handled), or why requests were refused
    (its answer the grounds of refusal table 三 counts: those of 0 are no ground)."""
    return bool(_OUTCOME_ASK.search(norm)) or bool(_REASON_ASK.search(norm) and _REFUSAL_ASK.search(norm))


def split_zero_outcomes(norm: str, facts: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """(the outcomes to list, those of 0 to say together) of an outcome ask's figures; (facts, []) for any other ask,
    or when none or all of them are 0."""
    zeros = [f for f in facts if f.value == 0]
    if not asks_outcomes(norm) or not zeros or len(zeros) == len(facts) or any(f.value is None for f in facts):
        return facts, []
    return [f for f in facts if f.value != 0], zeros


def zero_clause(zeros: list[tuple[Fact, int]], label: Callable[[Fact], str], t: dict, language: str) -> str:
    """The one clause naming the outcomes of 0, each cited ("其余均为0：其他结果[3]、尚未审结[4]")."""
    sep = "、" if language == "zh" else ", "
    gap = "" if language == "zh" else " "
    return t["zero_outcomes"].format(items=sep.join(f"{label(f)}{gap}[{n}]" for f, n in zeros))


def collapse_zero_cells(norm: str, numeric: list[tuple[Fact, int]], w: Writeup, label: Callable[[Fact], str],
                        t: dict, language: str) -> bool:
    """The lines of an outcome ask's cells of 0 (already written, cited `n`) replaced by one clause; True when the ask
    is of outcomes (then no sum line follows: the cells add up to the set's own total)."""
    if not asks_outcomes(norm) or len(numeric) < 2:
        return False
    _shown, zeros = split_zero_outcomes(norm, [f for f, _n in numeric])
    if zeros:
        cited = [(f, n) for f, n in numeric if any(f is z for z in zeros)]
        marks = tuple(f"[{n}]" for _f, n in cited)
        w.lines = [line for line in w.lines if not line.rstrip().endswith(marks)]
        w.lines.append(zero_clause(cited, label, t, language))
    return True
