"""A quote of a report's original text as an answer shows it.

Most quotes come from the cleaned text, simplified and without the pinyin a mirror site glues after characters. A
few are cut straight from the original (a statement of none, a web page's field): from a mirror those came out
traditional with the glosses in ("依申請(qǐng)公開"), unlike every other line of the same answer. They are shown the
way the cleaned text reads; the citation still points at the original span, so the answer says the quote is shown
simplified (template ``quote_simplified``, else ``quote_as_written``) and the citation keeps the shown text beside
the original (``Citation.clean_quote``): the UI and CLI show both.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.core.text import to_simplified, unify_radicals
from assistant.core.types import Citation
from ingest.clean import without_glued_pinyin


def shown_quote(original_span: str) -> str:
    """`original_span` simplified, its radicals unified ("⾏政" -> "行政"), without glued pinyin and surrounding white
    space."""
    return to_simplified(unify_radicals(without_glued_pinyin(original_span))).strip()


def quote_lead(original_span: str, shown: str, t: dict) -> str:
    """The words before a quoted `shown` quote of `original_span`: the report's own words, or (a traditional or
    glossed original) its words shown simplified, so the line does not pass the simplified text off as the original."""
    same = _plain(shown) == _plain(original_span)  # (width and spacing aside: "，" shown as ",")
    return t["quote_as_written"] if same else t["quote_simplified"]


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def keep_shown(c: Citation, shown: str) -> None:
    """The citation `c` of a quote shown as `shown` keeps that text beside its original span (``clean_quote``)."""
    if _plain(shown) != _plain(c.quote) and not c.clean_quote:
        c.clean_quote = shown
