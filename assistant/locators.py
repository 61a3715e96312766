"""Where in a report a question says its figure is: "in the proactive disclosure table", "in table 3", "in section
four", "在主动公开情况表中", "表三里".  A locator names a place to look, not the thing asked: "what number do they give
for administrative penalties in the proactive disclosure table" asks the 行政处罚 row (metric penalties), which the
template puts in table 二, the table of the section the locator names.

``without_locator`` is the question without its locators (the metric is detected on it first, assistant/query.py);
``named_table`` is the standard table ('二', '三', '四') of the section a locator names, so that of a metric's facts
those of that table are preferred (assistant/fact_search.py).  The patterns are data (glossary.toml [patterns]
locator_en / locator_zh); the sections and their tables come from the template (template.toml [[sections]]).
Pure functions over the normalised question.
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.template import TEMPLATE
from assistant.en_phrases import glossary_renderings

_LOCATORS = (GLOSSARY.patterns["locator_en"], GLOSSARY.patterns["locator_zh"])
_NUMBERS = {"1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "one": "一", "two": "二", "three": "三",
            "four": "四", "five": "五", "six": "六", "i": "一", "ii": "二", "iii": "三", "iv": "四", "v": "五", "vi": "六",
            **{n: n for n in "一二三四五六"}}


def locators(norm: str) -> list[re.Match[str]]:
    return [m for rx in _LOCATORS for m in rx.finditer(norm)]


def without_locator(norm: str) -> str:
    """`norm` without the places it names ("… for administrative penalties in the proactive disclosure table" ->
    "… for administrative penalties ")."""
    for rx in _LOCATORS:
        norm = rx.sub(" ", norm)
    return norm


def _renderings(where: str) -> list[str]:
    """The Chinese words of a locator's place: its own words when Chinese (every run of two characters or more:
    "年主动公开" holds 主动公开), else the glossary's renderings of its phrases."""
    if re.search(r"[\u4e00-\u9fff]", where):
        return [where[i:j] for i in range(len(where)) for j in range(i + 2, len(where) + 1)]
    return [z for z in glossary_renderings(where) if len(z) >= 2]


def named_table(norm: str) -> str | None:
    """The standard table of the section a locator of `norm` names, by its number ("table 2", "表三") or by its
    words ("proactive disclosure table": 主动公开 is in the heading of section 二, whose table is 二); None when no
    locator names one section."""
    tables = {s.table for s in TEMPLATE.sections if s.table}
    for m in locators(norm):
        num = _NUMBERS.get((m.group("num") or "").lower())
        if num:
            return num if num in tables else next((s.table for s in TEMPLATE.sections if s.key == num and s.table), None)
        words = _renderings(m.group("where").strip())
        # the section whose heading holds the longest of the place's words (a word every heading holds names none)
        best: dict[str, int] = {}
        for s in TEMPLATE.sections:
            if s.table:
                best[s.table] = max((len(w) for w in words if w in s.zh), default=0)
        top = max(best.values(), default=0)
        if top and sum(v == top for v in best.values()) == 1:
            return next(t for t, v in best.items() if v == top)
    return None
