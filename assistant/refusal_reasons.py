"""The reason a report gives for refusing requests, written after the refusal in a clause of its own: "其中，不予公开2件，
占新收申请的12.5%，均因申请公开的信息涉及第三方个人隐私" and "不予公开的4件中，1件因涉及国家秘密" say why without a
word of reason (原因, 由于 …: not_stated.toml [patterns] reason_stated).  An ask of why requests were refused ("为什么不予
公开", "why were requests refused") is answered by such a sentence: a clause after the one naming the refusal opens on
因 / 由于 / 属于 / 涉及 ([patterns] refusal_ask, refusal_named, refusal_reason_clause).

Read by the reason check of the extractive engine (assistant/figure_premise.py reason_not_given).
"""

from __future__ import annotations

import re

from assistant.core.not_stated import NOT_STATED

_ASK = NOT_STATED.pattern("refusal_ask")
_NAMED = NOT_STATED.pattern("refusal_named")
_CLAUSE = NOT_STATED.pattern("refusal_reason_clause")
_CLAUSES = re.compile(r"[，,；;：:]")


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
