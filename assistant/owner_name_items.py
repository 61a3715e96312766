"""A list of items found for a Chinese ask that wants no list ("以建设什么样的交易中心为目标"), whose lead and items share
no word with the ask but the report's own agency name ("河源市某某中心在…等网站主动公开", an ask naming that centre):
matched by the owner's name alone, so no answer — the sentence that answers is found instead."""

from __future__ import annotations

import re

from assistant.core.types import Fact
from assistant.list_items import WANTS_LIST

_ZH = re.compile(r"[\u4e00-\u9fff]{2,}")


def _bigrams(text: str) -> set[str]:
    return {run[i:i + 2] for run in _ZH.findall(text) for i in range(len(run) - 1)}


def without_owner_name_items(facts: list[Fact], norm: str) -> list[Fact]:
    """`facts` without the items whose lead and own words share no two characters with the ask `norm` outside the
    report's agency name (only for a Chinese ask that asks no list)."""
    if not any(f.kind == "item" for f in facts) or not _ZH.search(norm) or WANTS_LIST.search(norm):
        return facts
    out = []
    for f in facts:
        if f.kind != "item" or not f.agency:
            out.append(f)
            continue
        owner = _bigrams(f.agency)
        asked = _bigrams(norm.replace(f.agency, " ")) - owner
        lead = f.label_zh.rsplit(" / ", 1)[0]
        if asked & _bigrams(f"{lead} {f.text_value or ''}".replace(f.agency, " ")):
            out.append(f)
    return out
