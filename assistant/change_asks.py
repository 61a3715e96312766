"""A change asked from both ends in one question: one ask per end (``assistant.asks`` marks them "from" / "to";
``assistant.evidence`` answers the later end with the figure its clause goes on to state).

"功能版块从几个增加到几个"        -> 功能版块从几个 | 功能版块增加到几个
"功能版块改版前后各几个"          -> 功能版块改版前几个 | 功能版块改版后几个
"went from how many to how many" -> … from how many | … to how many
"how many sections before and after the revamp" -> … before the revamp | … after the revamp
"went from what to what"         -> … from what | … to what
"从几个增加到几个，子栏目有几个"  -> the change's two ends | 子栏目有几个 (an ask of its own)

Pure functions over the normalised question; the patterns are data (glossary.toml [patterns]).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY

Q = GLOSSARY.patterns
_COUNT_WORD = re.compile(r"[个件条项次人名家份篇场期批]*")
_HOW_MANY = re.compile(r"(?<![a-z])how (?:many|much)(?![a-z])|(?<![a-z])number of(?![a-z])")


def change_ends(piece: str) -> list[str] | None:
    """The two asks of a change asked from both ends, earlier end first; None when `piece` asks no such change."""
    if re.search(r"[\u4e00-\u9fff]", piece):
        return _change_zh(piece) or _before_after_zh(piece)
    return _change_en(piece) or _before_after_en(piece)


def _change_zh(piece: str) -> list[str] | None:
    """"功能版块从几个增加到几个" -> ["功能版块从几个", "功能版块增加到几个"];
    "申请由多少件下降到多少件" -> ["申请由多少件", "申请下降到多少件"]."""
    m = Q["change_zh"].search(piece)
    if not m:
        return None
    pre, post = piece[: m.start()], piece[m.end("q2") :]
    mid = m.group("mid") or _COUNT_WORD.match(post).group()
    first = f"{pre}{m.group('frm')}{m.group('q1')}{mid}"
    second = f"{pre}{m.group('verb')}{m.group('q2')}{post}"
    return [first, second]


def _before_after_zh(piece: str) -> list[str] | None:
    """Both sides of an event asked at once ("改版前后各几个", "调整前和调整后分别是多少", "改版前、后各有多少个栏目"):
    one ask before it, one after it, each with what the question counts."""
    m = Q["before_after_zh"].search(piece)
    if not m:
        return None
    head, q, post = piece[: m.start("sides")], m.group("q"), piece[m.end("q") :]
    verb = m.group("verb") or ""
    return [f"{head}前{verb}{q}{post}", f"{head}后{verb}{q}{post}"]


def elliptic_before_en(norm: str) -> str:
    """"how many sections did it have after the revamp, and how many before?" -> "… after the revamp vs before": a later
    ask of the same count before, said without its noun, is the earlier side of one change (read by _before_after_en)
    rather than an ask of "before" alone (glossary [patterns] how_many_before_en)."""
    return Q["how_many_before_en"].sub(" vs", norm) if not re.search(r"[\u4e00-\u9fff]", norm) else norm


def _change_en(piece: str) -> list[str] | None:
    """"how did the number of columns go from how many to how many" (or "from what to what") -> one ask per end."""
    m = Q["change_en"].search(piece)
    if not m:
        return None
    pre, post, mid = piece[: m.start()].rstrip(), piece[m.end() :], m.group("mid")
    return [f"{pre} from {m.group('q1')}{mid}".strip(), f"{pre} to {m.group('q2')}{mid}{post}".strip()]


def _before_after_en(piece: str) -> list[str] | None:
    """"how many sections did the website have before and after the revamp" -> "… before the revamp" |
    "… after the revamp" (only in an ask for a figure: "what changed before and after" asks none)."""
    m = Q["before_after_en"].search(piece)
    if not m and _HOW_MANY.search(piece) and (vs := Q["vs_before_en"].search(piece)):
        # "after the revamp, how many sections did it have (vs before)": the figure after it, and the one before
        now = (piece[: vs.start()] + piece[vs.end() :]).strip()
        then = re.sub(r"(?<![a-z])after(?![a-z])", "before", now, count=1)
        return [then if then != now else f"{now} before", now]
    if not m or not _HOW_MANY.search(piece):
        return None
    # the event ("the revamp") goes with the later end only: the earlier end is the figure a clause goes on to change
    # ("功能版块由原来的8个增加到…"), a clause that need not name the event its sentence before does
    event = re.match(r"[^,;:?]*", piece[m.end() :]).group()
    rest = piece[m.end() + len(event) :]
    return [f"{piece[: m.start()]}before{rest}".strip(), f"{piece[: m.start()]}after{event}{rest}".strip()]


_CLAUSE_SEP_ZH = re.compile(r"[，,；;]")
_QWORD_ZH = re.compile(r"多少|几")


def after_change_zh(piece: str) -> list[str]:
    """A Chinese change asked from both ends and, after it, clauses asking figures of their own ("功能版块从几个增加到
    几个，子栏目有几个"): [the change's clause, the clauses after it]; [piece] when nothing is asked after the change
    (the asks of the clauses after it are split as any piece is)."""
    if not re.search(r"[\u4e00-\u9fff]", piece):
        return [piece]
    m = Q["change_zh"].search(piece) or Q["before_after_zh"].search(piece)
    if not m:
        return [piece]
    sep = _CLAUSE_SEP_ZH.search(piece, m.end())
    if not sep or not _QWORD_ZH.search(piece, sep.end()):
        return [piece]
    return [piece[: sep.start()], piece[sep.end() :]]


def sides_before_count(pieces: list[str]) -> list[str]:
    """A piece naming both sides of an event before the count it goes with ("before and after the revamp, how many
    sections did the website have") joined to that count's piece, the sides after it: one piece to split by side."""
    out: list[str] = []
    for piece in pieces:
        prev = out[-1] if out else ""
        m = Q["before_after_en"].search(prev)
        if m and not _HOW_MANY.search(prev) and _HOW_MANY.search(piece):
            head, sides = prev[: m.start()], prev[m.start() :]
            out[-1] = f"{head}{piece.rstrip(' ?')} {sides}".strip()
            continue
        out.append(piece)
    return out
