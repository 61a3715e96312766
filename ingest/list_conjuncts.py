"""The last parts of a list of parts joined by 、 (``ingest.items``): a last piece of two parts joined by a conjunction,
and the count a list writes of its own parts.

"由A、B、C以及D组成": a list its frame (由…组成/构成) closes holds D, the part after the conjunction, as its last part;
"A机制、B机制、C机制和D机制等", "A权、B权、C权与D权": parts that share their last character, the two sides of the
conjunction too, are parts each ("C机制" and "D机制", never "C机制和D机制" as one).  A conjunction inside a word
("和谐", "普及") splits nothing: its sides do not share the parts' ending, and no frame closes the list after it.
"A、B、C、D四项职责": the count right after the parts is the number of parts, so the last part ends before it.
"包括A、B,C等;": a list its lead word opens goes on after a comma up to its 等 (``comma_tail``).
"公开部门的基本情况。包括A、B": what the sentence before names is its words after their last 的 (``head_words``).
"""

from __future__ import annotations

import re

from assistant.core.text import CN_DIGITS, chinese_number

_CONJ = re.compile("以及|和|及|与|與")
_FRAME_END = re.compile("组成|構成|构成|組成")
_OWN_COUNT = re.compile(rf"[{CN_DIGITS}两\d]+个?(?:项|類|类|个|個|大|方面|部分|种|種|条|條)")
_PART_MAX = 16  # the part after the conjunction is a short one, as the parts of a list are
_MARKS = " \t\u3000“”\"《》"


def own_count(piece: str, n: int) -> re.Match | None:
    """The first count in `piece` of exactly `n` things ("四项", "三个方面"), if any (n >= 2)."""
    for m in _OWN_COUNT.finditer(piece):
        digits = re.match(rf"[{CN_DIGITS}两\d]+", m.group()).group()
        value = int(digits) if digits.isdigit() else chinese_number(digits.replace("两", "二"))
        if n >= 2 and value == n:
            return m
    return None


def conjunct_split(text: str, ps: int, pe: int, pieces: list[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two parts of the last piece text[ps:pe] of a list of `pieces` (split at 、) when a conjunction joins two
    parts there: the list's frame closes after the second ("…以及D组成") or every part, both sides included, ends
    with the same character; else None."""
    piece = text[ps:pe]
    stops = [m.start() for m in (re.search("等", piece), own_count(piece, len(pieces) + 1), _FRAME_END.search(piece)) if m]
    stop = min(stops, default=len(piece))
    m = _CONJ.search(piece, 2, stop)
    if not m:
        return None
    left, right = piece[: m.start()], piece[m.end() : stop].rstrip(_MARKS)
    if not 2 <= len(right) <= _PART_MAX or len(left.strip(_MARKS)) < 2:
        return None
    framed = bool(_FRAME_END.match(piece, stop))
    ends = {p.rstrip(_MARKS)[-1:] for p in (*pieces[:-1], left)}
    if not (framed or ends == {right[-1]}):
        return None
    return (ps, ps + len(left.rstrip(_MARKS))), (ps + m.end(), ps + m.end() + len(right))


_TAIL = re.compile(r"[^、，,。；;：:()（）\d\s等]{2,16}(?=等)")


def comma_tail(text: str, end: int, line_end: int) -> tuple[tuple[int, int], int] | None:
    """The last part of a list whose phrase ends at `end` with a comma and goes on to its 等 ("包括A、B,C等;"): the
    part's span and the end of its phrase; else None."""
    if text[end : end + 1] not in ("，", ","):
        return None
    m = _TAIL.match(text, end + 1, line_end)
    if not m:
        return None
    stop = min((i for i in (text.find(c, m.end(), line_end) for c in "，,。；;！？!?\n") if i >= 0), default=line_end)
    return (m.start(), m.end()), stop


def head_words(clause: str) -> str:
    """The words a clause names last: after its last 的 ("公开部门的基本情况" -> "基本情况"), else the whole clause."""
    head = clause.rsplit("的", 1)[-1]
    return head if len(head) >= 2 else clause
