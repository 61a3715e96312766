"""What the readers of a prose total's parts share (assistant/earlier_parts.py, later_parts.py, spread_parts.py and
the breakdowns of assistant/parts.py, totals.py, row_counts.py): the prose figures that could be a total's parts, in a
stretch of its report's text, and whether figures add up to a total.  Pure functions over facts.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.core.types import Fact

# figures are floats parsed from text ("97.7"): a sum is the total's when it is within rounding of it
_ROUNDING = 1e-9


def sums_to(value: float, total: float) -> bool:
    """`value` (a sum of parts) is `total` to within float rounding."""
    return abs(value - total) < _ROUNDING


def prose_figures(facts: Iterable[Fact], unit: str, lo: int, hi: int) -> list[Fact]:
    """The prose figures (table "narrative", with a value) counted in `unit` whose text starts at `lo` or after and
    before `hi` in their report's text, in text order: the figures that could be the parts of a total in `unit`."""
    return sorted((g for g in facts if g.table == "narrative" and g.value is not None and g.unit == unit
                   and lo <= g.start < hi), key=lambda g: g.start)
