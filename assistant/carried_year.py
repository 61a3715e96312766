"""An ask of the applications carried over from a year whose report the store lacks, answered from the next year's.

"How many requests were carried over from 2020", "从2020年结转过来的申请有几件": the year named is the year the
applications came from, not the report asked: a report of year Y+1 counts them in its row 二、上年结转政府信息公开申请
数量.  So when none of the reports the question names is of Y and one is of Y+1, the question is read as one of that
report ("carried over from the previous year in 2021", "2021年上年结转…").  With the report of Y held the question
stays as asked, unless it names the report of Y+1 by its year as well ("Y+1's report: how many were carried over from
Y"): the direction follows the year named, the report is the one named.  The words are data (glossary.toml [patterns] carried_from_year: the year is its first group found).
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
    # "从2020年结转过来的" -> "2021年从上年结转过来的"
    return _read_in_neighbour_year(norm, matched, _CARRIED_FROM, +1, "上年", "the previous year")


def as_carried_into(norm: str, matched: list[Report]) -> tuple[str, int] | None:
    """(the question read as one of the year before's report, that year) for an ask of what was carried forward into
    a year none of the reports named covers, when one covers the year before; else None."""
    # "结转到2023年的" -> "2022年结转到下年度的"
    return _read_in_neighbour_year(norm, matched, _CARRIED_INTO, -1, "下年度", "the next year")


def _read_in_neighbour_year(norm: str, matched: list[Report], pattern: re.Pattern, step: int, zh_word: str,
                            en_word: str) -> tuple[str, int] | None:
    """The question with the year `pattern` captures replaced by the relative words of the report `step` years away
    (the report's year said in front), when no report named covers that year and one covers the neighbour."""
    m = pattern.search(norm)
    if m is None:
        return None
    group = next(g for g in range(1, (m.lastindex or 0) + 1) if m.group(g))
    year = int(m.group(group))
    report_year = year + step
    have = {r.year for r in matched}
    others = {int(y) for y in _YEAR.findall(norm)} - {year}
    # (the neighbour's report named by its own year too, "2021年的报告里，结转到2022年的": that report's row, whether or
    # not the store holds a report of the year carried to or from)
    if report_year not in have or others - {report_year} or (year in have and report_year not in others):
        return None
    s, e = m.span(group)
    if _CJK.search(norm):
        after = re.sub(r"^\s*年度?", "", norm[e:])
        return f"{report_year}年{norm[:s]}{zh_word}{after}", report_year
    text = f"{norm[:s]}{en_word}{norm[e:]}".rstrip(" ?")
    return f"{text} in {report_year}?", report_year
