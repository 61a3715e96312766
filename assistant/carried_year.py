"""An ask of the applications carried over from a year whose report the store lacks, answered from the next year's.

"How many requests were carried over from 2020", "从2020年结转过来的申请有几件": the year named is the year the
applications came from, not the report asked: a report of year Y+1 counts them in its row 二、上年结转政府信息公开申请
数量.  So when none of the reports the question names is of Y and one is of Y+1, the question is read as one of that
report ("carried over from the previous year in 2021", "2021年上年结转…").  With the report of Y held the question
stays as asked, unless it names the report of Y+1 by its year as well ("Y+1's report: how many were carried over from
Y"): the direction follows the year named, the report is the one named.  The words are data (glossary.toml [patterns] carried_from_year: the year is its first group found).
The other way, "carried forward to 2023" / "结转到2023年的" names the year the applications go to: with no report of
2023 and one of 2022, it is 2022's row 四、结转下年度继续办理 ("carried forward to the next year in 2022").
Both ways in one question ("从2020年结转过来几件，到2022年的又有几件", "how many from 2020 and how many into 2022"): the
second half inherits the first's carrying over, and both years name the one report between them (carried_into_after).
A year written before 结转 that is the year after a report named by its year ("2021年的报告里有没有2022年结转的") is the
year carried into (carried_year_bare): that report's row 结转下年度, not 上年结转 of a report of 2023; so is one written
before "carry-overs" in English ("qinghe's 2021 report: any 2022 carry-overs?").
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Report

_CARRIED_FROM = GLOSSARY.pattern("carried_from_year")
_CARRIED_INTO = GLOSSARY.pattern("carried_into_year")
_INTO_AFTER = GLOSSARY.pattern("carried_into_after")
_BARE = GLOSSARY.pattern("carried_year_bare")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def as_carried_from(norm: str, matched: list[Report]) -> tuple[str, int] | None:
    """(the question read as one of the next year's report, that year) for an ask of what was carried over from a
    year none of the reports named covers, when one covers the year after; else None."""
    # "从2020年结转过来的" -> "2021年从上年结转过来的"
    if (both := _both_ways(norm, matched)) is not None:
        return both
    return _read_in_neighbour_year(norm, matched, _CARRIED_FROM, +1, "上年", "the previous year")


def as_carried_into(norm: str, matched: list[Report]) -> tuple[str, int] | None:
    """(the question read as one of the year before's report, that year) for an ask of what was carried forward into
    a year none of the reports named covers, when one covers the year before; else None."""
    # "结转到2023年的" -> "2022年结转到下年度的"
    if _CARRIED_INTO.search(norm) is None and (bare := _bare_year_after(norm, matched)) is not None:
        return bare
    return _read_in_neighbour_year(norm, matched, _CARRIED_INTO, -1, "下年度", "the next year")


def _year_of(m: re.Match) -> tuple[int, int, int]:
    """The year a match captures and the span of its group."""
    group = next(g for g in range(1, (m.lastindex or 0) + 1) if m.group(g))
    return int(m.group(group)), *m.span(group)


def _both_ways(norm: str, matched: list[Report]) -> tuple[str, int] | None:
    """A question carried over from year Y and (its later half) into Y+2, with the report of Y+1 named: read as that
    report's two rows ("从上年结转过来几件，结转到下年度的又有几件")."""
    m = _CARRIED_FROM.search(norm)
    into = m and (_CARRIED_INTO.search(norm, m.end()) or _INTO_AFTER.search(norm, m.end()))
    if not into:
        return None
    (y0, s0, e0), (y1, _s1, _e1) = _year_of(m), _year_of(into)
    report_year = y0 + 1
    if y1 != y0 + 2 or report_year not in {r.year for r in matched}:
        return None
    if {int(y) for y in _YEAR.findall(norm)} - {y0, y1, report_year}:
        return None
    zh = bool(_CJK.search(norm))
    head, mid, tail = norm[:s0], norm[e0:into.start()], norm[into.end():]
    if zh:
        mid = re.sub(r"^\s*年度?", "", mid)
        text = f"{head}上年{mid}结转到下年度{tail}"
        return (text if str(report_year) in text else f"{report_year}年{text}"), report_year
    text = f"{head}the previous year{mid}carried forward into the next year{tail}".rstrip(" ?")
    return (text if str(report_year) in text else f"{text} in {report_year}") + "?", report_year


def _bare_year_after(norm: str, matched: list[Report]) -> tuple[str, int] | None:
    """"Y年结转的" of the report of Y-1 named by its year (as the report, or the report of Y not among those named):
    carried into Y."""
    m = _BARE.search(norm)
    if m is None:
        return None
    year = _year_of(m)[0]
    have = {r.year for r in matched}
    named = {int(y) for y in _YEAR.findall(norm)}
    # (the report of Y-1 named as the report, "2021年的报告里", or in English before the year carried into: "qinghe
    # 2021 report: any 2022 carry-overs"; so whether or not one of Y is held)
    zh = bool(_CJK.search(m.group()))
    as_report = (re.search(rf"(?<!\d){year - 1}年度?[^，,。；;？?]{{0,12}}?(?:年报|报告)", norm) if zh
                 else re.search(rf"(?<!\d){year - 1}(?!\d)", norm[: m.start()]))
    if year - 1 not in have or (year in have and not as_report) or named - {year, year - 1} or year - 1 not in named:
        return None
    into = "结转到下年度" if zh else "applications carried forward into the next year"
    return f"{norm[:m.start()]}{into}{norm[m.end():]}", year - 1


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
