"""An ask after a premise that describes the part instead of counting it.

"那2件申请，申请人是用什么方式递交的", "不予公开的那10条，主要是哪些方面的信息", "of the 3 requests, by what means were they
sent": the restated figure is known, and what is asked is written right after it, in the clause that follows the figure
("共受理2件,为挂号信申请", "不予公开信息有10条,主要是关于A以及B的信息") — not a count of a part, which the report does not
state separately.  That clause, quoted from the figure on, is the answer; a clause holding another figure is not (it
counts a part: "其中自然人5件").
"""

from __future__ import annotations

import bisect
import re

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact
from assistant.own_agency import chunk_of
from assistant.premise import restates, split_premise
from assistant.sentences import SentenceHit

_DESCRIBES = GLOSSARY.patterns["premise_describes"]
_COUNTS = GLOSSARY.patterns["premise_counts"]
_CLAUSE_END = re.compile(r"[，,。；;！!？?\n]")
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
_FIGURE = re.compile(r"\d")
_MIN_CJK = 2  # the clause says something: a word at least


def describes_part(ask_text: str) -> bool:
    """The ask after its premise asks what the part is or how it came about, not how many."""
    _premise, rest = split_premise(ask_text)
    return bool(_premise) and bool(_DESCRIBES.search(rest)) and not _COUNTS.search(rest)


def clause_after(clean: str, pos: int) -> tuple[int, int] | None:
    """The clause after a figure ending at `pos` (clean offsets): the rest of the figure's own clause when it goes
    on ("共受理2件挂号信申请"), else the next clause of its sentence; None when the sentence ends there or the clause
    holds a figure of its own."""
    m = re.match(r"\s*[，,、：:]?\s*", clean[pos:])
    s = pos + m.end()
    if s >= len(clean) or _SENTENCE_END.match(clean, s):
        return None
    end = _CLAUSE_END.search(clean, s)
    e = end.start() if end else len(clean)
    words = clean[s:e]
    if _FIGURE.search(words) or len(re.findall(r"[\u4e00-\u9fff]", words)) < _MIN_CJK:
        return None
    return s, e


def described_hits(index, facts: list[Fact], premise: list[float]) -> list[SentenceHit]:
    """The clause after each prose figure of `facts` restating the premise, quoted from the figure's clause on (one
    per report)."""
    out: list[SentenceHit] = []
    for f in facts:
        if f.table != "narrative" or not restates(f.value, premise) or any(h.chunk.doc_id == f.doc_id for h in out):
            continue
        r = index.by_doc.get(f.doc_id)
        if r is None:
            continue
        _original, clean, to_original = index.texts(f.doc_id)
        pos = bisect.bisect_left(to_original, f.end)  # clean offset after the figure
        after = clause_after(clean, pos)
        if after is None:
            continue
        start = bisect.bisect_left(to_original, f.start)
        first = max((m.end() for m in _CLAUSE_END.finditer(clean, 0, start)), default=0)
        sentence_end = _SENTENCE_END.search(clean, after[1])
        span = (first, sentence_end.start() if sentence_end else len(clean))
        out.append(SentenceHit(chunk_of(index, r, clean, *span), span, 1.0, clause=(first, after[1])))
    return out
