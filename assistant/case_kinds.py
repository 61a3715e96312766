"""Reconsiderations and lawsuits asked together in one ask, and the outcomes asked after them.

Table 四 counts two kinds of case, the applications for administrative reconsideration (行政复议) and the lawsuits
(行政诉讼), each with its outcome columns.  An ask naming both in one breath ("有没有人申请行政复议或者提起行政诉讼",
"did anyone take them to court or ask for a review") is two asks, one per kind: a single ask finds one kind's figure
only.  The ask of each kind is the ask with the other kind's words left out and its own kind named by the table's
words.  Not when the ask names one group of lawsuits ("复议后起诉": a lawsuit after a reconsideration) or asks their
sum ("一共", "in total").
An outcome follow-on after them ("结果如何", "What happened?": assistant.subjectless_asks) asks the outcomes of each
kind, not of the last one only: it is added to each of the asks of the kinds before it.
The words are data (glossary.toml [patterns] case_review_*, case_suit_*, case_sum).
Pure functions over the asks of a question (assistant.asks calls them).
"""

from __future__ import annotations

import dataclasses
import re

from assistant.core.glossary import GLOSSARY
from assistant.query import detect_metric
from assistant.subjectless_asks import OUTCOME_FOLLOW_ONS
from assistant.table4_asks import named_group

_P = GLOSSARY.patterns
_CJK = re.compile(r"[\u4e00-\u9fff]")
_KINDS = ("reconsiderations", "lawsuits")
# (the words joining the two kinds: left out with the other kind's words)
_JOIN_ZH, _JOIN_EN = r"(?:或者|或是|或|还是|以及|和|及|与|、|，|,)?", r"(?:\s*,?\s*(?<![a-z])(?:or|and|nor)\s+|\s*,\s*)?"


def _words(zh: bool) -> tuple[re.Pattern, re.Pattern]:
    return (_P["case_review_zh"], _P["case_suit_zh"]) if zh else (_P["case_review_en"], _P["case_suit_en"])


def _kind_ask(text: str, own: re.Pattern, other: re.Pattern, name: str, zh: bool) -> str:
    # (the other kind goes with the joiner beside it, before it or after it: "复议或诉讼", "诉讼和复议")
    join, gap = (_JOIN_ZH, "") if zh else (_JOIN_EN, " ")
    joined = join[:-1] if join.endswith("?") else join  # (a joiner that must be there)
    for pattern in (joined + "(?:" + other.pattern + ")", "(?:" + other.pattern + ")" + joined, "(?:" + other.pattern + ")"):
        cut = re.sub(pattern, gap, text, count=1, flags=re.IGNORECASE)
        if cut != text:
            text = cut
            break
    return re.sub(r"\s{2,}", " ", own.sub(name, text, count=1)).strip()


def split_kinds(text: str) -> list[str] | None:
    """[the ask of reconsiderations, the ask of lawsuits] when `text` names both kinds of case and neither one group
    of lawsuits nor their sum; else None."""
    zh = bool(_CJK.search(text))
    review, suit = _words(zh)
    low = text if zh else text.lower()
    if not (review.search(low) and suit.search(low)) or named_group(text) is not None or _P["case_sum"].search(low):
        return None
    names = ("行政复议", "行政诉讼") if zh else ("administrative reconsiderations", "administrative lawsuits")
    return [_kind_ask(low, review, suit, names[0], zh), _kind_ask(low, suit, review, names[1], zh)]


def _kind(text: str) -> str | None:
    m = detect_metric(text, fallback=False)
    return m.key if m is not None and m.key in _KINDS else None


def each_case_kind(asks: list) -> list:
    """`asks` (assistant.asks.Ask) with an ask naming both kinds of case made two, and an outcome follow-on after
    asks of both kinds added to each of them."""
    out: list = []
    for a in asks:
        split = None if (a.side or a.change or a.within) else split_kinds(a.text)
        if split and all(_kind(s) for s in split):
            out += [dataclasses.replace(a, text=s) for s in split]
            continue
        run = []
        for b in reversed(out):
            if not _kind(b.text):
                break
            run.append(b)
        if a.text in OUTCOME_FOLLOW_ONS and len({_kind(b.text) for b in run}) == 2:
            for b in run:
                b.text += ("，" if _CJK.search(a.text) else ", ") + a.text
            continue
        out.append(a)
    return out
