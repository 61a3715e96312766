"""A quote of a report's original text as an answer shows it.

Most quotes come from the cleaned text, simplified and without the pinyin a mirror site glues after characters. A
few are cut straight from the original (a statement of none, a web page's field): from a mirror those came out
traditional with the glosses in ("依申請(qǐng)公開"), unlike every other line of the same answer. They are shown the
way the cleaned text reads; the citation still points at the original span.
"""

from __future__ import annotations

from assistant.core.text import to_simplified
from ingest.clean import without_glued_pinyin


def shown_quote(original_span: str) -> str:
    """`original_span` simplified, without glued pinyin and surrounding white space."""
    return to_simplified(without_glued_pinyin(original_span)).strip()
