"""The outcome of a set of cases stated in prose right after their count ("本年度共发生政府信息公开行政复议案件1件，结果维持",
"行政诉讼2件，均被驳回"): the answer of an outcome ask of reconsiderations or lawsuits ("结果是什么", "and what was the
result", "结果如何") where the report gives no outcome figure (no table 四).  The clause after the count that names an
outcome (not_stated.toml [patterns] prose_outcome_clause) is a sentence hit of its own, cited; the count alone is no
answer to the outcome, and an outcome ask that finds no such clause keeps its "not stated" line.
"""

from __future__ import annotations

import bisect

from assistant.core.not_stated import NOT_STATED
from assistant.core.types import Fact
from assistant.own_agency import chunk_of
from assistant.sentences import SentenceHit
from assistant.shapes import passage_sentences
from assistant.zero_outcomes import asks_outcomes

_CLAUSE = NOT_STATED.pattern("prose_outcome_clause")  # "，结果维持", "，均被驳回"
_CASES = ("reconsiderations", "lawsuits")


def prose_outcome_hits(index, ask_text: str, counts: list[Fact]) -> list[SentenceHit]:
    """The clauses stating the outcome right after each prose count of cases in `counts`, for an outcome ask; []
    for any other ask or when no count's sentence goes on to state an outcome."""
    if not asks_outcomes(ask_text):
        return []
    out: list[SentenceHit] = []
    for f in counts:
        r = index.by_doc.get(f.doc_id)
        if r is None or f.table != "narrative" or f.metric not in _CASES or f.value is None:
            continue
        _original, clean, to_original = index.texts(f.doc_id)
        at = bisect.bisect_left(to_original, f.end)
        span = next(((s, e) for s, e in passage_sentences(clean) if s < at <= e), None)
        m = _CLAUSE.match(clean, at, span[1]) if span else None
        if m and not any(h.span == span and h.chunk.doc_id == f.doc_id for h in out):
            out.append(SentenceHit(chunk_of(index, r, clean, *span), span, 1.0, clause=m.span("clause")))
    return out
