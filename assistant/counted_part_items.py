"""A list whose every item is a count of a part ("包括政策解读3条、镇文件2条…", the parts of a total) found for a Chinese
ask of which things of another kind ("信息公开是按哪些基本原则来做的"): no answer, the sentence that answers is found
instead.  The list answers when the ask's noun is a kind such parts are (类别, 栏目, 信息…: glossary
counted_part_kinds_zh), when the list's own words write the noun's head ("原则" of 基本原则), or when a count is asked."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact

# the noun an ask wants the list of: after 哪些 / 哪几(个…) / 什么, up to the verb or particle after it
_ASKED_NOUN_ZH = re.compile(r"(?:哪些|哪几[个项类种条大]?|什么)([\u4e00-\u9fff]{2,6}?)(?=的|来|是|在|有|呢|做|进行|开展|为|作|$|[，,？?])")
_COUNTED_ITEM = re.compile(r"\d+(?:\.\d+)?\s*(?:条|件|个|项|篇|次|期|份|场|人次|人)")
_COUNT_ASKED = re.compile(r"多少|几[条件个项篇次期份场人]")
_KINDS = GLOSSARY.patterns["counted_part_kinds_zh"]


def asked_noun_zh(norm: str) -> str:
    """The noun a Chinese ask wants the items of ("基本原则" of "按哪些基本原则来做的"); "" when it names none."""
    m = _ASKED_NOUN_ZH.search(norm)
    return m.group(1) if m else ""


def without_unasked_count_items(facts: list[Fact], norm: str) -> list[Fact]:
    """`facts` without the items of a list of counted parts whose words never write the head of the noun the ask
    wants a list of (only for a Chinese ask that asks no count)."""
    items = [f for f in facts if f.kind == "item"]
    if not items or _COUNT_ASKED.search(norm) or not all(_COUNTED_ITEM.search(f.text_value or "") for f in items):
        return facts
    noun = asked_noun_zh(norm)
    if not noun or _KINDS.search(noun):
        return facts
    head = noun[-2:]
    if any(head in f"{f.label_zh} {f.text_value or ''}" for f in items):
        return facts
    return [f for f in facts if f.kind != "item"]
