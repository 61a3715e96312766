"""A number that names a document, a decree or an issue ("国令第711号", "青政发〔2019〕5号", "公报第3期", "Decree No. 711"):
an identifier, no count of anything.  "How many Weibo posts did the bureau publish" is not answered by the number of
the Regulations' decree its report cites; a clause whose only figure is such a number states no figure asked
(assistant/not_stated_checks.py "document number") — unless the ask asks for that number ("what is the document number of the
notice", "文号是多少").  Data: core/data/not_stated.toml [patterns] identifier_number, identifier_ask.
"""

from __future__ import annotations

import re

from assistant.core.not_stated import NOT_STATED

_IDENTIFIER = NOT_STATED.patterns["identifier_number"]
_ASKS_IDENTIFIER = NOT_STATED.patterns["identifier_ask"]
_ASKS_DOCUMENT_NUMBER = NOT_STATED.patterns["document_number_ask"]
# the letters a copy masks a document number's year with ("淮财预XX117号")
_MASK = re.compile(r"^(?:[xX×ｘＸ]{2,})\s*")
# a document number written in full: the issuer's short name, the year in brackets, the number ("青政发〔2019〕5号")
_DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*第?\s*(?P<n>\d{1,4})\s*[号號]")


def asks_identifier(ask_text: str) -> bool:
    """The ask asks for a document's number itself ("what is the document number of the notice", "文号是多少")."""
    return bool(_ASKS_IDENTIFIER.search(ask_text.lower()))


def asks_document_number(ask_text: str) -> bool:
    """The ask wants the number a document or its page is filed under ("what's the document number of the notice that
    published the checklist", "索引号是什么"): an identifier, so no metric counts it ("published" in it is no count)."""
    return bool(_ASKS_DOCUMENT_NUMBER.search(ask_text.lower()))


def whole_document_number(figure: str, quote: str) -> str | None:
    """The whole document number a quote writes around `figure` ("23" of "教办函〔2014〕23号" -> "教办函〔2014〕23号"):
    what an ask of the number wants said, not its last digits; None when the quote writes none around it."""
    digits = "".join(c for c in figure if c.isdigit())
    for m in _DOCUMENT_NUMBER.finditer(quote):
        if digits and digits == "".join(c for c in m.group("n") if c.isdigit()):
            return m.group().strip()
    return None


def identifier_numbers(text: str) -> set[str]:
    """The numbers `text` uses as identifiers of documents, decrees or issues."""
    return {g for m in _IDENTIFIER.finditer(text.lower()) for g in m.groups() if g}


def names_a_document(figure: str, text: str) -> bool:
    """`figure` (as a sentence hit states it: "711", "711号") is one of `text`'s identifier numbers."""
    digits = "".join(c for c in figure if c.isdigit())
    # (the letters a copy masked the year with stay on the figure read as a code: "XX117" of "淮财预XX117号")
    core = _MASK.sub("", figure.strip().rstrip("号號期").strip())
    return bool(digits) and digits == core and digits in identifier_numbers(text)
