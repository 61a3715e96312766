"""The reason a report gives for not doing something, written before the refusal in its own sentence: "本单位不对外以
自己名义履行行政管理职能,不适用于…,暂不接受依申请公开" gives why it takes no applications without a word of reason
(由于, 因为 …).  An ask of why something is not done ("暂不受理申请的理由是什么", "why doesn't it accept requests") is
answered by a cited sentence whose last clause refuses (不 / 暂不 / 未 + the act) after clauses of its own: those
clauses are the reason.

Read by the reason check of the extractive engine (assistant/figure_premise.py reason_not_given).
"""

from __future__ import annotations

import re

# the ask is of something not done ("不受理", "暂不接受", "没有公开", "isn't taking", "does not accept")
_NOT_DONE_ASK = re.compile(r"[不未没](?!少|多|同|断|仅|但|久)|(?<![a-z])(?:not|never)(?![a-z])|n['’]t(?![a-z])")
# a clause refusing an act: 不 / 暂不 / 未 / 不予 + a verb ("暂不接受依申请公开", "不予受理")
_REFUSAL = re.compile(r"^(?:故|因此|所以|因而|目前|现|暂时)?[^，,]{0,6}?(?:暂不|不予|不再|不|未|无法)[\u4e00-\u9fff]")
_CLAUSES = re.compile(r"[，,；;]")


def asks_not_done(norm: str) -> bool:
    """The question asks about something not done."""
    return bool(_NOT_DONE_ASK.search(norm))


def reason_before_refusal(quote: str) -> bool:
    """The quoted sentence ends with a clause refusing an act after at least one clause of its own (its reason)."""
    clauses = [c.strip() for c in _CLAUSES.split(quote.strip().rstrip("。.；;")) if c.strip()]
    return len(clauses) >= 2 and bool(_REFUSAL.search(clauses[-1]))
