"""The direction of applications carried over: into the next year (结转下年度继续办理, "still pending at year end") or
from the last (上年结转, "brought forward from last year").  A figure of one never answers an ask of the other: "结转到
下一年继续办理的申请几件" of a copy cut off before the row 结转下年度 is not answered by the 上年结转 row above it, and
"how many were brought forward from last year" not by the year-end row.  The words are data (core/data/not_stated.toml
[patterns] carry_*)."""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED

_P = NOT_STATED.patterns
_CARRY = _P["carry_words"]


def _direction(text: str, next_words, prev_words) -> str | None:
    """"next" or "prev" when `text` names carrying over in one direction only, else None."""
    if not _CARRY.search(text):
        return None
    nxt, prev = bool(next_words.search(text)), bool(prev_words.search(text))
    return "next" if nxt and not prev else "prev" if prev and not nxt else None


def asked_carry(ask_text: str) -> str | None:
    """The direction of carrying over an ask names ("结转到下一年" -> "next", "brought forward from last year" ->
    "prev"), None when it names no carrying over or both directions."""
    return _direction(ask_text.lower(), _P["carry_next_ask"], _P["carry_prev_ask"])


def other_carry_direction(ask_text: str, own_words: str) -> bool:
    """The ask is of applications carried over one way and the figure's own words (`own_words`) name carrying over
    only the other way: a figure of something else."""
    asked = asked_carry(ask_text)
    stated = _direction(own_words.lower(), _P["carry_next_stated"], _P["carry_prev_stated"])
    return asked is not None and stated is not None and asked != stated
