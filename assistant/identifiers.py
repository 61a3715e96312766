"""A number that names a document, a decree or an issue ("国令第711号", "青政发〔2019〕5号", "公报第3期", "Decree No. 711"):
an identifier, no count of anything.  "How many Weibo posts did the bureau publish" is not answered by the number of
the Regulations' decree its report cites; a clause whose only figure is such a number states no figure asked
(assistant/not_stated_checks.py "document number") — unless the ask asks for that number ("what is the document number of the
notice", "文号是多少").  Data: core/data/not_stated.toml [patterns] identifier_number, identifier_ask.
"""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED

_IDENTIFIER = NOT_STATED.patterns["identifier_number"]
_ASKS_IDENTIFIER = NOT_STATED.patterns["identifier_ask"]


def asks_identifier(ask_text: str) -> bool:
    """The ask asks for a document's number itself ("what is the document number of the notice", "文号是多少")."""
    return bool(_ASKS_IDENTIFIER.search(ask_text.lower()))


def identifier_numbers(text: str) -> set[str]:
    """The numbers `text` uses as identifiers of documents, decrees or issues."""
    return {g for m in _IDENTIFIER.finditer(text.lower()) for g in m.groups() if g}


def names_a_document(figure: str, text: str) -> bool:
    """`figure` (as a sentence hit states it: "711", "711号") is one of `text`'s identifier numbers."""
    digits = "".join(c for c in figure if c.isdigit())
    return bool(digits) and digits == figure.strip().rstrip("号號期").strip() and digits in identifier_numbers(text)
