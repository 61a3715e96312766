"""An ask of the year a report covers is answered only by words writing a year.

A report published with its year replaced by placeholders ("县招投标局201x年全年主动公开政府信息302条", "20XX年度报告")
states no year: "which exact year does it cover" / "具体是哪一年的" is not answered by quoting it, nor by any figure or
sentence that writes no year at all (a list of its problems, a count).  Only the ask of the year itself is judged so;
"哪一年的规章更多" compares two years' figures.  The words are data (core/data/not_stated.toml [patterns]
year_itself_ask, year_written).
"""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED

_ASK = NOT_STATED.patterns["year_itself_ask"]
_WRITTEN = NOT_STATED.patterns["year_written"]


def asks_year_itself(ask_text: str) -> bool:
    """The ask wants the year the report covers, nothing counted in it."""
    return bool(_ASK.search(ask_text.lower().strip()))


def writes_no_year(ask_text: str, text: str) -> bool:
    """The ask wants the year itself and `text` (a figure's own words, a sentence) writes none ("201x年" is none)."""
    return asks_year_itself(ask_text) and not _WRITTEN.search(text)
