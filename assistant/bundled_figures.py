"""A figure the report gives for several kinds of item together, asked of one of them.

"发布工程招标公告、中标候选人公示等信息410条" gives one figure for the kinds it lists: "中标候选人公示发布了多少条" is
answered by the 410 (the report's figure nearest the ask, what staff expect to see), but the answer says it is the
combined figure of the listed kinds and that the report does not give the asked kind on its own, so the 410 is not
read as the count of 中标候选人公示.  The list is the figure's own words before 等 (assistant/lumped_items.py, whose
outlets lumped so answer no ask of one outlet at all); the note's words are templates (prompts/extractive.*.toml
bundled_figure).  A question naming every listed kind, none of them, or the lump itself ("…公示等信息") gets no note.
"""

from __future__ import annotations

import re

from assistant.core.types import Fact
from assistant.lumped_items import asks_the_lump, listed_items

# (the act a list opens with is no part of its first kind's name: "发布不动产登记、规划公示等" lists 不动产登记)
_ACT = re.compile(r"^(?:主动公开|发布|公开|公布|刊登|刊发|发出|推送)(?=..)")
_MARKS = re.compile(r"[《》“”「」‘’\"'()（）]")


def bundled_kinds(ask_text: str, own_words: str) -> tuple[list[str], list[str]] | None:
    """(the listed kinds the ask names, every listed kind) when `own_words` (a figure's clause) give one figure for a
    list of kinds and the ask names some but not all of them; else None."""
    items = [_ACT.sub("", x) for x in listed_items(own_words)]
    if len(items) < 2:
        return None
    ask = _MARKS.sub("", ask_text.lower())
    # (a kind the ask writes out: a glossary rendering of an English word is too loose, "information" -> 信息 of
    # "人事信息" in a list of sub-columns)
    named = [x for x in items if x.lower() in ask]
    # (the longest name said: "政府采购预公告" of "政府采购预公告、公告等" is one kind, not both)
    named = [x for x in named if not any(x != y and x in y for y in named)]
    if not named or len(named) == len(items):
        return None
    if any(re.search(re.escape(x) + r"[^，,。？?]{0,8}等", ask) for x in named):
        return None  # ("中标候选人公示等信息多少条": the ask names the lump)
    if asks_the_lump(own_words, ask):
        return None  # ("…A、B这些其他形式公开了多少条": the ask names the lump by its collective name)
    return named, items


def bundle_note(ask_text: str, f: Fact, t: dict, language: str) -> str:
    """The note after a prose figure's line when it is a combined figure of kinds the ask names only one of, else ""."""
    if f.kind != "narrative" or f.value is None:
        return ""
    got = bundled_kinds(ask_text, f.row or (f.label_zh or "").split(" / ")[-1])
    if got is None:
        return ""
    sep = "、" if language == "zh" else ", "
    return t["bundled_figure"].format(asked=sep.join(got[0]), items=sep.join(got[1]))
