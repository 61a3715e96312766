"""The heading an answer's list of items is written under: the section (row) the items belong to, else the words
introducing the list; never the item's own enumerator column ("第1项", in English "item 1"), which is no heading and
whose figure no citation holds (an answer's "— item 1:" reads as an unsupported number)."""

from __future__ import annotations

import re

from assistant.core.types import Fact
from assistant.labels import fact_label_en

_ENUMERATOR = re.compile(r"第\s*\d+\s*项|item\s+\d+", re.IGNORECASE)


def items_heading(f: Fact, language: str) -> str:
    """The heading of the items list `f` opens, in the answer's `language` (a section as the report names it, its
    English label for an English answer; a list outside any section: the Chinese words introducing it)."""
    section = f.row if language == "zh" else _en_section(f)
    if not section and " / " in f.label_zh:  # a list outside any section: the words introducing it
        lead = re.split(r"[，,；;：:]", f.label_zh.rsplit(" / ", 1)[0].replace("…", ""))[-1]
        section = "" if re.search(r"\d", lead) else lead  # (a figure the citations do not hold)
    return section


def _en_section(f: Fact) -> str:
    if not f.row:
        return ""  # (the label's only part is the item's enumerator column)
    first = fact_label_en(f).split(" / ")[0]
    return f.row if not first or _ENUMERATOR.fullmatch(first.strip()) else first
