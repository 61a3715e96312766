"""Words of an ask that are no label-search term of it: what an English "how many" counts, the words of a change between two years, a word of the report's own name, a word the question only sets aside."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY as _GLOSSARY
from assistant.excepted import excepted_spans
from assistant.query import ParsedQuestion

# "how many [new] sub-columns are there": the words between "how many" and its verb or preposition
_COUNTED_EN = re.compile(r"\bhow\s+many\s+((?:(?!(?:came|come|were|was|are|is|from|by|of|to|in|on|at|for|with|did|do|"
                         r"does|had|has|have|went|there|and|or)\b)[a-z][a-z\-]*\s*){1,4})")


def counted_phrase_en(norm: str) -> str:
    """What an English "how many" ask counts ("how many sub-columns are there" -> "sub-columns"); "" when the
    ask names nothing after it ("how many came from individuals")."""
    m = _COUNTED_EN.search(norm)
    return m.group(1).strip() if m else ""


YEAR_CHANGE_WORD = _GLOSSARY.patterns["compare_years_frame_term"]


def compares_years(q: ParsedQuestion, held_years: set[int]) -> bool:
    """The ask sets two named years against each other ("how did X change from 2019 to 2020", "2020 vs 2019 — up or
    down?") and the reports it is scoped to (of `held_years`) are of two of them: its words of change ("change", "up or
    down", 增减) name that comparison, made of each year's figure, and no column of a table (a row's 本年增/减 is no
    year's figure).  With one year's report only, the change may be its own statement (a column, a clause)."""
    return (len(set(q.years) & held_years) >= 2 and bool(_GLOSSARY.patterns["compare_years"].search(q.norm)))


def without_year_change_words(terms: dict[str, float]) -> dict[str, float]:
    """`terms` without the words of a change between years (glossary compare_years_frame_term)."""
    return {t: w for t, w in terms.items() if not YEAR_CHANGE_WORD.match(t.lower())}


def names_own_report(term: str, own_names: list[str]) -> bool:
    """A label term (alternatives joined by "|") is a word of the report's own name: every alternative is in one of
    `own_names`, or one of two characters or more is (a one-character rendering, 办 of "office", names no report)."""
    alts = term.split("|")
    return (all(any(a in n for n in own_names) for a in alts)
            or any(len(a) >= 2 and any(a in n for n in own_names) for a in alts))


def only_set_aside(term: str, norm: str) -> bool:
    """A Chinese label term the question writes only where it sets things aside ("除了网站还通过哪些方式公开": 网站 is
    not what is asked, the other ways are)."""
    aside = excepted_spans(norm)
    spots = [m.span() for a in term.split("|") if a for m in re.finditer(re.escape(a), norm)]
    return bool(aside and spots) and all(any(a <= s and e <= b for a, b in aside) for s, e in spots)
