"""The two things of a sum asked in English, each an ask of its own: "A plus B — how many in all?", "A and B combined",
"A and B added together", "(if you) add A to B", "adding A to B, how many …".  Each ask keeps the lead naming the report
("qinghe 2022: ") and the count asked after the things ("— how many in all"), so each finds its own figure and the
answer adds them (assistant/answer.py `_add_total`, the sum written out with both figures cited).

Only two things, each named by words of its own: no question word inside, no year and no report of its own (two
reports or two years added are split elsewhere); the last noun of the second thing is the first's when the first is one
word ("weibo and wechat updates combined": "weibo updates", "wechat updates").

A Chinese sum whose one thing is a counting clause before the ask, "…2023年，算上上年结转的，一共多少件申请", is split
the same way (`sum_operands_zh`): the clause an ask, the count asked after it another."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY

# (glossary.toml [patterns] sum_plus_en, sum_combined_en, sum_add_to_en: named groups lead, a, b, tail)
_SUMS = [GLOSSARY.patterns[n] for n in ("sum_plus_en", "sum_combined_en", "sum_add_to_en")]
_ASKING = re.compile(r"(?<![a-z])(?:how|what|which|who|whom|why|when|where|whether)(?![a-z])")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def sum_operands_en(piece: str) -> list[str] | None:
    """The asks of the two things `piece` adds up, each with the piece's lead and its count asked; None when the piece
    adds no two things of its own."""
    if re.search(r"[\u4e00-\u9fff]", piece):
        return None
    for pattern in _SUMS:
        m = pattern.match(piece.strip())
        if not m:
            continue
        lead, tail = m.group("lead") or "", m.group("tail") or ""
        a, b = (_bare(m.group(x)) for x in ("a", "b"))
        if not a or not b or any(_ASKING.search(x) or _YEAR.search(x) for x in (a, b)):
            return None
        if len(a.split()) == 1 and len(b.split()) > 1:
            a = f"{a} {b.split(maxsplit=1)[1]}"  # ("weibo and wechat updates": weibo updates)
        return [f"{lead}{a}{tail}".strip(), f"{lead}{b}{tail}".strip()]
    return None


def sum_operands_zh(piece: str) -> list[str] | None:
    """"…，算上上年结转的，一共多少件申请": the counting clause (with the words naming the report before it) and the count
    asked after it, an ask each (glossary.toml [patterns] sum_counting_zh); None for any other piece."""
    m = GLOSSARY.patterns["sum_counting_zh"].match(piece.strip())
    return [m.group("a").strip(" ，,"), m.group("b").strip()] if m else None


def _bare(thing: str | None) -> str:
    """A thing without its article and the punctuation around it."""
    return re.sub(r"^(?:the|all\s+the|all)\s+(?!ones(?![a-z]))", "", (thing or "").strip(" ,;—–-"))
