"""An ask of the year before a year named, answered from that year's own report when the store holds it.

"上海某局2020年上一年收到多少申请", "2020年的前一年", "in the year before 2020", "2020's previous year": the year asked is
2019.  When a report the question names is of 2019, the question is read as one of 2019 ("…2019年收到多少申请"),
answered from that report and said in a note; when none is, the question stays as asked, and the year's own report
answers only with a figure naming the year before ("较上年增加5件"; else it does not state it: not_stated.toml
[[counted]] "previous year").  Not the applications carried over from the year before ("2020年上年结转多少": a row of
2020's report), nor a change between the two years ("比上一年多多少": computed from both; the year before is named as
that year when the agency's report of it is held: ``as_year_before_compared``).
So too a report named by the month it was published ("2020年1月发布的年报"): the report of the year before (annual
reports are published after the year they cover), its month no period counted.
The words are data (glossary.toml [patterns] previous_year_after, previous_year_before, previous_year_carry,
published_month).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.counted_things import counted_asked
from assistant.unheld_year_before import as_change_from_unheld_year

_AFTER = GLOSSARY.patterns["previous_year_after"]  # "2020年上一年", "2020's previous year"
_BEFORE = GLOSSARY.patterns["previous_year_before"]  # "the year before 2020"
_CARRY = GLOSSARY.patterns["previous_year_carry"]
_PUBLISHED = GLOSSARY.patterns["published_month"]  # "2020年1月发布的年报", "published in January 2020"
_YEAR_BEFORE_COMPARED = GLOSSARY.patterns["year_before_compared"]  # "2020年比上一年多了还是少了", "year-on-year"
_CJK = re.compile(r"[\u4e00-\u9fff]")


def previous_year_asked(norm: str) -> tuple[int, tuple[int, int]] | None:
    """(the year named, the span of its words) when the question asks of the year before it, else None."""
    m = _AFTER.search(norm) or _BEFORE.search(norm)
    if m is None or _CARRY.search(norm):
        return None  # (a carried-over row is a row of the year named)
    # a change between the two years ("比上一年多多少") asks no figure of the year before alone: the counted family's
    # ask of the year before says which (its words of change), read with these words as its own
    plain = f"{norm[:m.start()]}{m.group(1)} previous year{norm[m.end():]}"
    if not any(c.name == "previous year" for c in counted_asked(plain)):
        return None
    return int(m.group(1)), m.span()


def as_previous_year(norm: str, reports) -> tuple[str, int] | None:
    """The question read as one of the year before the year it names — (the rewritten question, that year) — when one
    of `reports` (those the question names) is of that year; None otherwise."""
    asked = previous_year_asked(norm)
    if asked is None:
        return None
    named, (s, e) = asked
    year = named - 1
    if not any(r.year == year for r in reports):
        return None
    words = norm[s:e]
    # ("2020年上一年" -> "2019年"; "in the year before 2020" -> "in 2019")
    said = f"{year}年" if _CJK.search(words) else str(year)
    return f"{norm[:s]}{said}{norm[e:]}", year


def as_published(norm: str, reports) -> tuple[str, int] | None:
    """A report named by the month it was published ("2020年1月发布的年报…", "the report published in January 2020"):
    the question read as one of the year before, the year that report covers — (the rewritten question, that year) —
    when one of `reports` is of it; None otherwise.  The month names no period counted (assistant/short_periods.py
    would read "1月" as one)."""
    m = _PUBLISHED.search(norm)
    if m is None:
        return None
    year = int(m.group(1) or m.group(2)) - 1
    if not any(r.year == year for r in reports):
        return None
    said = f"{year}年" if m.group(1) else f"of {year}"
    return f"{norm[:m.start()]}{said}{norm[m.end():]}", year


def as_year_before_compared(norm: str, years: list[int], reports) -> tuple[str, list[int]] | None:
    """A change against the year before the one year the question names ("…2020年主动公开的规章比上一年多了还是少了",
    "2020年同比增减几件", "2020 versus the previous year"): the question with the year before written as that year
    ("…比2019年多了还是少了", "versus 2019") and both years, when `reports` (those the question names) hold both
    years; None otherwise (the one year's report may state its own change in its own words: "比上年增加5件").  Not the
    applications carried over from the year before (上年结转: a row of the year named)."""
    if len(years) == 2 and not _CARRY.search(norm):
        # "2024年比2023年多了几件" and only the 2024 report held: its own stated change (assistant/unheld_year_before.py)
        return as_change_from_unheld_year(norm, years, reports)
    if len(years) != 1 or _CARRY.search(norm):
        return None
    year = years[0]
    held = {r.year for r in reports}
    if year - 1 not in held or year not in held:
        return None
    m = _YEAR_BEFORE_COMPARED.search(norm)
    if m is None:
        return None
    if m.group("zh"):
        said = f"比{year - 1}年"
    elif m.group("en"):
        said = f"{m.group('prep')} {year - 1}"
    else:
        said = f"compared with {year - 1}"
    return f"{norm[:m.start()]}{said}{norm[m.end():]}", [year - 1, year]
