"""The act asked of a set the question names first: "发现的问题整改了多少个", "how many of the problems found were
rectified".

The ask names a set by what was done to it (发现的问题, the problems found) and counts the part of it that underwent
another act (整改, rectified).  A report writes both counts side by side ("发现问题14个，已整改到位12个"): the set's
label shares more words with the ask (发现, 问题), but the figure that answers is the one whose own words hold the act
asked.  The shapes of such an ask are data (core/data/not_stated.toml acted_part_zh / acted_part_en).
"""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY
from assistant.core.not_stated import NOT_STATED
from assistant.core.types import Fact
from assistant.labels import has

_ZH = NOT_STATED.patterns["acted_part_zh"]
_EN = NOT_STATED.patterns["acted_part_en"]
_UNFINISHED = NOT_STATED.patterns["act_unfinished"]


def asked_act(norm: str, terms: dict[str, float]) -> str:
    """The label term of the act a part of a named set is counted by ("整改" of "发现的问题整改了多少个" or of "how many
    of the problems found were rectified"); "" when the ask is of no such part or the act is no term of it."""
    m = _ZH.search(norm)
    words = [m.group("act")] if m else []
    if not m and (m := _EN.search(norm.lower())):
        words = list(GLOSSARY.en_to_zh.get(m.group("act"), ()))
    for t in terms:
        if any(has(w, t) or any(w in alt for alt in t.split("|")) for w in words):
            return t
    return ""


def acted_part_first(mine: list[tuple[Fact, float]], act: str) -> list[tuple[Fact, float]]:
    """`mine` (label matches of one report, best first) with the figures whose own words hold `act`, done ("已整改到位",
    not "其余正在整改中"), first, when the best does not hold it."""
    if not act or not mine or has(act, mine[0][0].row or ""):
        return mine
    acted = [(f, s) for f, s in mine if f.value is not None and f.kind == "narrative" and has(act, f.row or "")
             and not _UNFINISHED.search(f.row or "")]
    return acted + [fs for fs in mine if fs not in acted] if acted else mine
