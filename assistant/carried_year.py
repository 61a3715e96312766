"""An ask of the applications carried over from a year whose report the store lacks, answered from the next year's.

"How many requests were carried over from 2020", "从2020年结转过来的申请有几件": the year named is the year the
applications came from, not the report asked: a report of year Y+1 counts them in its row 二、上年结转政府信息公开申请
数量.  So when none of the reports the question names is of Y and one is of Y+1, the question is read as one of that
report ("carried over from the previous year in 2021", "2021年上年结转…").  With the report of Y held the question
stays as asked.  The words are data (glossary.toml [patterns] carried_from_year: the year is its first group found).
The other way, "carried forward to 2023" / "结转到2023年的" names the year the applications go to: with no report of
2023 and one of 2022, it is 2022's row 四、结转下年度继续办理 ("carried forward to the next year in 2022").
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Report

_CARRIED_FROM = GLOSSARY.pattern("carried_from_year")
_CARRIED_INTO = GLOSSARY.pattern("carried_into_year")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def as_carried_from(norm: str, matched: list[Report]) -> tuple[str, int] | None:
    """(the question read as one of the next year's report, that year) for an ask of what was carried over from a
    year none of the reports named covers, when one covers the year after; else None."""
    m = _CARRIED_FROM.search(norm)
    if m is None:
        return None
    group = next(g for g in range(1, (m.lastindex or 0) + 1) if m.group(g))
    year = int(m.group(group))
    have = {r.year for r in matched}
    if year in have or year + 1 not in have or {int(y) for y in _YEAR.findall(norm)} - {year, year + 1}:
        return None
    s, e = m.span(group)
    if _CJK.search(norm):  # "从2020年结转过来的" -> "从上年结转过来的", the report's year said in front
        after = re.sub(r"^\s*年度?", "", norm[e:])
        return f"{year + 1}年{norm[:s]}上年{after}", year + 1
    text = f"{norm[:s]}the previous year{norm[e:]}".rstrip(" ?")
    return f"{text} in {year + 1}?", year + 1


def as_carried_into(norm: str, matched: list[Report]) -> tuple[str, int] | None:
    """(the question read as one of the year before's report, that year) for an ask of what was carried forward into
    a year none of the reports named covers, when one covers the year before; else None."""
    m = _CARRIED_INTO.search(norm)
    if m is None:
        return None
    group = next(g for g in range(1, (m.lastindex or 0) + 1) if m.group(g))
    year = int(m.group(group))
    have = {r.year for r in matched}
    if year in have or year - 1 not in have or {int(y) for y in _YEAR.findall(norm)} - {year, year - 1}:
        return None
    s, e = m.span(group)
    if _CJK.search(norm):  # "结转到2023年的" -> "结转到下年度的", the report's year said in front
        after = re.sub(r"^\s*年度?", "", norm[e:])
        return f"{year - 1}年{norm[:s]}下年度{after}", year - 1
    text = f"{norm[:s]}the next year{norm[e:]}".rstrip(" ?")
    return f"{text} in {year - 1}?", year - 1
