"""A breakdown asked in English whose kinds the question lists right after it: "break the decisions made this year down
by type — licensing, penalties, coercive measures", "the requests broken down by channel: online, in person and by
post".  Each kind listed is an ask of its own, with the thing broken down before it ("… the decisions made this year —
licensing"), so that every kind named is answered, a zero too, and none the question did not name.  The kinds are
often sibling rows of one table (the art. 20 table's 行政许可 / 行政处罚 / 行政强制, each with its own 处理决定数量), none
the total of the others: a breakdown of one of them would list the wrong rows.  Words: glossary.toml [patterns]
broken_by_kind_en, listed_kinds_split_en, breakdown_lead_words_en.  A pure function over the normalised question (assistant.joined_asks.announced_en calls it)."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY

_BROKEN_BY_KIND = GLOSSARY.patterns["broken_by_kind_en"]
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ITEMS = GLOSSARY.pattern("listed_kinds_split_en")
_ASKING = re.compile(r"(?<![a-z])(?:how|what|which|when|where|who|why)(?![a-z])")
_YEAR = re.compile(r"(?:in\s+)?(?:19|20)\d\d")
_MAX_WORDS = 5
# words before the breakdown's verb that go with it ("give me a breakdown of", "please break …")
_LEAD_WORDS = GLOSSARY.pattern("breakdown_lead_words_en")  # a kind listed is a short noun phrase ("coercive measures", "in person")


def listed_kinds_en(norm: str) -> list[str] | None:
    """One piece per kind a breakdown lists ("X: break the decisions made this year down by type — A, B, C" ->
    "X: the decisions made this year — A" | "… — B" | "… — C"); None when the question lists fewer than two kinds
    after a breakdown, or a listed thing is no short noun phrase (a question of its own)."""
    if _CJK.search(norm):
        return None
    m = _BROKEN_BY_KIND.search(norm)
    if not m:
        return None
    group = next(g for g in ("a", "b", "c") if m.group(g))
    thing = m.group(group).strip()
    items = [x.strip(" .!") for x in _ITEMS.split(m.group("list")) if x.strip(" .!")]
    if len(items) < 2 or any(len(x.split()) > _MAX_WORDS or _ASKING.search(x) or _YEAR.fullmatch(x) for x in items):
        return None  # (years listed compare reports: "broken down by channel, 2022 and 2023")
    if _ASKING.search(thing):
        return None  # ("how were the requests broken down by channel: …": its question word frames the asks)
    head = _LEAD_WORDS.sub("", norm[: m.start(group)] if group == "c" else norm[: m.start()])
    return [f"{head} {thing} — {x}".strip() for x in items]
