"""The reason a report gives for refusing requests, written after the refusal in a clause of its own: "其中，不予公开2件，
占新收申请的12.5%，均因申请公开的信息涉及第三方个人隐私" and "不予公开的4件中，1件因涉及国家秘密" say why without a
word of reason (原因, 由于 …: not_stated.toml [patterns] reason_stated).  An ask of why requests were refused ("为什么不予
公开", "why were requests refused") is answered by such a sentence: a clause after the one naming the refusal opens on
因 / 由于 / 属于 / 涉及 ([patterns] refusal_ask, refusal_named, refusal_reason_clause).

A report that gives the reasons only as the numbered sub-rows of table 三's 不予公开 row ("1.属于国家秘密 | 0",
"4.保护第三方合法权益 | 2") answers the same ask by those rows that have a count (reason_rows): a row of 0 is no reason
of any refusal.

Read by the reason check of the extractive engine (assistant/figure_premise.py reason_not_given).
"""

from __future__ import annotations

import re

from assistant.core.not_stated import NOT_STATED
from assistant.core.types import Fact

_ASK = NOT_STATED.pattern("refusal_ask")
_NAMED = NOT_STATED.pattern("refusal_named")
_CLAUSE = NOT_STATED.pattern("refusal_reason_clause")
# (a bracket after the refusal's figure opens its reason: "不同意公开的1件（涉及个人隐私）")
_CLAUSES = re.compile(r"[，,；;：:（(]")
_NUMBERED = re.compile(r"^\s*\d+\s*[.．、]")


def asks_refusal(norm: str) -> bool:
    """The question (already known to ask a reason) asks about requests refused."""
    return bool(_ASK.search(norm))


def refusal_reason(sentence: str) -> bool:
    """The sentence names a refusal and a clause from the refusal's on gives its reason ("不予公开2件，均因…涉及…")."""
    m = _NAMED.search(sentence)
    if m is None:
        return False
    clauses = [c.strip() for c in _CLAUSES.split(sentence[m.start():]) if c.strip()]
    # (the refusal's own clause, and a table row's cells, give no reason: "不予公开 | 1.属于国家秘密 | 0" is a row)
    return any(_CLAUSE.search(c) and "|" not in c for c in clauses[1:])


def reason_rows(facts: list[Fact]) -> list[Fact]:
    """The numbered sub-rows of table 三's refusal row (…/(三)不予公开/4.保护第三方合法权益) in their 总计 column that
    have a count, in table order: the reasons the report's table gives for its refusals."""
    out = []
    for f in facts:
        parts = (f.row or "").split(" / ")
        if (f.kind == "table" and f.table == "三" and f.column == "总计" and f.value and len(parts) >= 2
                and _NAMED.search(parts[-2]) and _NUMBERED.match(parts[-1])):
            out.append(f)
    return out
