"""An ask's own words (its focus) weigh more than the words its sibling asks share (FOCUS_WEIGHT), in Chinese or by the Chinese renderings of an English focus."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY as _GLOSSARY
from assistant.en_phrases import en_word
from assistant.query import glossary_groups

FOCUS_WEIGHT = 3.0


def focused(terms: dict[str, float], focus: str, ask: str = "") -> dict[str, float]:
    """An ask of several ("A和B各多少"): its own words (the focus, B) weigh more than the words all its sibling
    asks share (the frame: the medium, the year), so the clause naming B wins over the one naming the frame.
    `ask`: the ask's text, whose glossary phrase holding an English focus renders it when its words alone do not."""
    if not focus:
        return terms
    if not re.search(r"[\u4e00-\u9fff]", focus):
        # an English focus: the Chinese renderings of its words ("work updates" -> 工作动态), else of the phrase of
        # the ask it is a word of ("first-time" of "first-time visits" vs "repeat visits" -> 初访)
        renderings = {z for group in glossary_groups(focus) for z in group} or _renderings_around(focus, ask)
        return {t: w * FOCUS_WEIGHT if any(a in renderings for a in t.split("|")) else w for t, w in terms.items()}
    # (... and the words reports write for a colloquial phrase of the focus: "统计区间是哪段时间" asks 统计期限)
    colloquial = {z for group in glossary_groups(focus) for z in group}
    return {t: w * FOCUS_WEIGHT if any(a in focus or (len(focus) >= 2 and focus in a) or a in colloquial for a in t.split("|"))
            else w for t, w in terms.items()}


def _renderings_around(focus: str, ask: str) -> set[str]:
    """The Chinese renderings of the glossary phrases `ask` says that hold `focus` as words of theirs."""
    if not focus.strip() or not ask:
        return set()
    holds = re.compile(en_word(focus.strip()))
    return {z for en, zs in _GLOSSARY.en_to_zh.items() if holds.search(en)
            and re.search(en_word(en), ask) for z in zs}
