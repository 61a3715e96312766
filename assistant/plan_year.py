"""An ask of an agency's plans for a year whose report the store lacks, answered from the year before's report.

"X 2025年有什么改进打算", "what improvements does X plan for 2025": a report of year Y states its plans for Y+1 in
its section of problems and improvements ("2025年，我局将从以下方面加以改进：一是…"), so when the named agency has no
report of the year asked but one of the year before, the question is read as one of that report's plans, said aloud
in a note.  Only an ask of the plans side (assistant/problem_items.py side_asked): "2025年收到多少申请" stays a
question of 2025 (and is refused when its report is missing).
"""

from __future__ import annotations

import re

from assistant.core.types import Report
from assistant.problem_items import side_asked

_YEAR = re.compile(r"((?:19|20)\d\d)(\s*年度?)?")


def as_plan_year(norm: str, matched: list[Report]) -> tuple[str, int] | None:
    """(the question read as one of the year before's report, that year) for an ask of plans for a year none of the
    reports named covers, when one covers the year before; else None."""
    years = {int(y) for y, _ in _YEAR.findall(norm)}
    if len(years) != 1 or side_asked(norm) != "plans":
        return None
    year = years.pop()
    have = {r.year for r in matched}
    if year in have or year - 1 not in have:
        return None
    return _YEAR.sub(lambda m: f"{year - 1}{m.group(2) or ''}", norm), year - 1
