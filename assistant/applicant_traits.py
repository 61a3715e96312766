"""Applications counted by a trait of the applicants that reports do not split them by: where the applicants live
("from people outside Shenzhen", "外地人申请了几件"), their nationality, age or sex.  Reports split applications by
applicant type (自然人, 商业企业 …: the columns of the table) and by channel; a count by such a trait is answered only by a
figure whose own words name it ("其中外省申请人3件"), never by all applications received.  The traits and their words are
data (core/data/not_stated.toml [[applicant_trait]])."""

from __future__ import annotations

import re

from assistant.core.not_stated import NOT_STATED, CountedThing


def traits_asked(ask_text: str) -> list[CountedThing]:
    """The applicants' traits the ask counts by, [] for any other ask."""
    low = ask_text.lower()
    return [t for t in NOT_STATED.traits if t.ask.search(low)]


def misses_asked_trait(ask_text: str, own_words: str) -> bool:
    """The ask counts applications by a trait of the applicants and `own_words` name none of the traits asked."""
    asked = traits_asked(ask_text)
    low = own_words.lower()
    return bool(asked) and not any(_names(w, low) for t in asked for w in t.stated)


def _names(word: str, low: str) -> bool:
    # (an English word whole, with its plural: "age" is not in "percentage", "men" not in "documents")
    if word.isascii():
        return bool(re.search(rf"(?<![a-z]){re.escape(word)}(?:s|es)?(?![a-z])", low))
    return word in low
