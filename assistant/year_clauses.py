"""Two years of one figure asked in two Chinese clauses, then compared ("2013年发布了多少条信息，2014年又发布多少条？
是增是减"): read as the one clause of both years ("2013年和2014年发布了多少条信息？是增是减"), the form the
comparison of a report's years reads.

Only when a comparison word follows the second clause (glossary `compare`): without one the two clauses stay two
asks, each of its own year.  The second clause is a bare restatement (glossary [patterns] second_year_clause_zh: its
year, 又/也/呢, the first clause's verb, 多少/几 and a unit) that names no thing of its own, so the thing counted is the first clause's.
"""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY

_TWO_CLAUSES = GLOSSARY.pattern("second_year_clause_zh")
_COMPARE = GLOSSARY.pattern("compare")


def years_in_one_clause_zh(norm: str) -> str:
    """`norm` with "Y1年…多少X，Y2年又…多少" written "Y1年和Y2年…多少X" when a comparison word follows."""
    m = _TWO_CLAUSES.search(norm)
    if not m or m.group("y1") == m.group("y2") or not _COMPARE.search(norm[m.end():]):
        return norm
    if m.group("verb") and m.group("verb") not in m.group("body"):  # "2020年办结了多少件": another act, another figure
        return norm
    return norm[:m.start()] + m.group("y1") + "和" + m.group("y2") + m.group("body") + norm[m.end():]
