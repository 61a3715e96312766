"""A cited figure that is the last thing of its report's copy: the copy ends (was cut) right after it.

A truncated copy ("…政府集中采购 | 10 | 180774.8" and nothing after, not even the row's closing "|") still
states the figure, and staff would rather have it than a refusal; but the number may have been cut short, so
the answer says where the copy ends.  Ingest keeps such a cell unless its text shows the cut ("180774.":
ingest.table_lexer.cut_mid_number); this module finds the cited ones for the warning line."""

from __future__ import annotations

import re

from assistant.core.types import Citation

_ENDS_IN_DIGIT = re.compile(r"\d\s*$")


def ends_copy(c: Citation, original: str) -> bool:
    """The citation's highlighted figure ends in a digit and is followed by nothing but blanks to the end of its
    report's text: the number itself runs into the end of the copy.  A figure with its unit or a date after it
    ("5条", "2014年1月21日": a report signs off with its date) ended before the copy did."""
    if c.highlight is None or c.highlight_end is None or not _ENDS_IN_DIGIT.search(c.highlight):
        return False
    return not original[c.highlight_end :].strip()


def copy_end_lines(citations: list[Citation], texts, template: str) -> list[str]:
    """One warning line (`template`: {figure}, {n}) per cited figure that ends its report's copy; `texts(doc_id)`
    gives the report's (original, clean, index) texts."""
    out: list[str] = []
    for c in citations:
        if ends_copy(c, texts(c.doc_id)[0]):
            out.append(template.format(figure=c.highlight.strip(), n=c.n))
    return out
