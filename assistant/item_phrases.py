"""Items of one list said as one phrase: whether they are, and the phrase as the report writes it."""

from __future__ import annotations

import itertools
import re

from assistant.core.types import Fact


def as_written(items: list[Fact], original: str) -> str:
    """The items of one phrase as the report writes them, with its own separators ("谁批准、谁公开,谁实施、谁公开",
    "《A办法》、《B制度》"), else joined by 、."""
    items = sorted(items, key=lambda g: g.start)
    first = items[0]
    before = original[first.quote_start : first.start]
    if re.search(r"[，,]", before) and len({(g.quote_start, g.quote_end) for g in items}) == 1:
        # the list's clause goes on with its sentence ("以网上公开为主,同时充分利用公告栏、微信公众号等…"): as quoted
        return re.sub(r"\s+", " ", original[first.quote_start : first.quote_end]).strip()
    out = items[0].text_value or items[0].raw
    for a, b in itertools.pairwise(items):
        sep = original[a.end : b.start].strip()
        out += (sep if sep in ("、", ",", "，", ";", "；") else "、") + (b.text_value or b.raw)
    return out


def one_phrase(items: list[Fact], original: str) -> bool:
    """Short items written one after the other with only 、 between them ("公正、公平、便民"): one phrase."""
    items = sorted(items, key=lambda g: g.start)
    if len(items) > 1 and len({(g.quote_start, g.quote_end) for g in items}) == 1 and items[0].quote_end > items[-1].end - 1:
        return True  # the items of one list, quoted by the clause that holds them all: said and cited once
    return len(items) > 1 and all(len(g.text_value or g.raw) <= 6 for g in items) and all(
        original[a.end : b.start].strip() in ("、", ",", "，") for a, b in zip(items, items[1:]))
