"""A count asked for a period shorter than the year: the year's figure is no figure of one of its months.

"How many documents did they disclose in March?", "一季度收到多少申请", "每月发布多少条信息", "how many per week":
reports state the year's figures ("主动公开政府文件56件"), now and then a quarter's or a month's in a sentence of
their own ("每季度对70家政府网站开展全面检查", "33 pieces of statistical information were released monthly").  A
figure answers such an ask only when its own words (its clause, a cell's row and column) name that period — for a
named month the same month ("3月", "三月", "March"); otherwise the report does not state it and the answer says so.
Judged for counts only: an identity or an event asked "in June 2016" is found by its sentence as before.
The periods and month names are data (core/data/not_stated.toml [[period]], [months]).
"""

from __future__ import annotations

import re
from functools import cache

from assistant.core.not_stated import NOT_STATED
from assistant.counted_things import families_asked, misses_family


@cache
def _month_asks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    m = NOT_STATED.months
    return re.compile(str(m.get("ask_zh", "(?!)"))), re.compile(str(m.get("ask_en", "(?!)")))


def _month_number(word: str) -> int | None:
    """1–12 of a month as the ask writes it ("3", "03", "三", "十二", "march"), None for none."""
    names_en, names_zh = list(NOT_STATED.months.get("en", ())), list(NOT_STATED.months.get("zh", ()))
    if word.isdigit():
        n = int(word)
        return n if 1 <= n <= 12 else None
    if word in names_zh:
        return names_zh.index(word) + 1
    return names_en.index(word) + 1 if word in names_en else None


def months_asked(ask_text: str) -> set[int]:
    """The months (1–12) the ask names as the period it counts in ("in March" -> {3}, "2019年3月份" -> {3});
    a date ("12月31日", "March 5") names none."""
    low = ask_text.lower()
    zh, en = _month_asks()
    found = {_month_number(m.group(1)) for rx in (zh, en) for m in rx.finditer(low)}
    return {n for n in found if n is not None}


def names_month(n: int, own_words: str) -> bool:
    """`own_words` name month `n` ("3月", "03月", "三月", "March", "Mar.")."""
    low = own_words.lower()
    en = str(NOT_STATED.months["en"][n - 1])
    zh = str(NOT_STATED.months["zh"][n - 1])
    return bool(re.search(rf"(?<!\d)0?{n}\s*月|(?<![一二三四五六七八九十]){zh}月|(?<![a-z]){en[:3]}(?:{en[3:]}|\.)?(?![a-z])", low))


def periods_asked(ask_text: str) -> list:
    """The periods shorter than the year ([[period]]: quarter, half year, month, week, day) the ask counts in."""
    return families_asked(NOT_STATED.periods, ask_text)


def misses_asked_period(ask_text: str, own_words: str) -> bool:
    """The ask counts in a period shorter than the year (a named month, a quarter, "per month" …) and `own_words`
    (a figure's clause, a cell's row and column) name no such period: the year's figure, no answer."""
    months = months_asked(ask_text)
    if months and not any(names_month(n, own_words) for n in months):
        return True
    return misses_family(NOT_STATED.periods, ask_text, own_words)
