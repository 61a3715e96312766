"""Applications counted by a trait of the applicants that reports do not split them by: where the applicants live
("from people outside Shenzhen", "外地人申请了几件"), their nationality, age or sex.  Reports split applications by
applicant type (自然人, 商业企业 …: the columns of the table) and by channel; a count by such a trait is answered only by a
figure whose own words name it ("其中外省申请人3件"), never by all applications received.  The traits and their words are
data (core/data/not_stated.toml [[applicant_trait]])."""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED, CountedThing
from assistant.counted_things import families_asked, misses_family


def traits_asked(ask_text: str) -> list[CountedThing]:
    """The applicants' traits the ask counts by, [] for any other ask."""
    return families_asked(NOT_STATED.traits, ask_text)


def misses_asked_trait(ask_text: str, own_words: str) -> bool:
    """The ask counts applications by a trait of the applicants and `own_words` name none of the traits asked."""
    return misses_family(NOT_STATED.traits, ask_text, own_words, whole_words=True)
