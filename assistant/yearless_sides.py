"""A named report whose text states no year, kept as a side of a comparison that names a year beside another side.

"甲局（繁体那份）和乙区政府部门（2024年），本年制发的规范性文件各几件，哪边多": the year is written beside one side,
and the other side's report states no year at all (`Report.year` is None: a year is never guessed).  The scope step
narrows the named reports to the year asked; a report of no stated year cannot be checked against it, and dropping it
drops a side the question names.  So, in a comparison of at most five named reports of which some are of the year,
each named report of no stated year stays in scope, unless a report of its own agency is of the year (that one is
the side asked).  Called by the scope step (assistant.api ``_scope``).
"""

from __future__ import annotations

from assistant.aggregate import asks_comparison
from assistant.core.types import Report

_MOST_SIDES = 5


def yearless_sides(norm: str, named: list[Report], in_year: list[Report]) -> list[Report]:
    """The reports of `named` (the question's reports) with no stated year to keep beside `in_year` (those of the
    year asked) as sides of the comparison `norm` asks; [] when it asks none or no named report is of the year."""
    if not in_year or len(named) > _MOST_SIDES or not asks_comparison(norm):
        return []
    agencies = {r.agency for r in in_year if r.agency}
    return [r for r in named if r.year is None and r not in in_year and not (r.agency and r.agency in agencies)]
