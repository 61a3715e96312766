"""An English ask of what one named person or one sub-unit of the body did: reports count the body's figures.

"How many items did Ms Wang, the part-time clerk, publish?", "how many requests did its Medical Administration
Division handle?": a report states the body's totals ("主动公开265条", "收到申请5件"), not one person's or one
division's, and an English name cannot be matched against the figure's Chinese words, so the body's figure would be
given as the person's.  A figure answers no such ask (the answer says the report does not state it).  Only asks of a
number: who a person is, or a division's phone number, is looked for as before.  The words are data
(core/data/not_stated.toml [patterns] person_named_en, subunit_named_en).
"""

from __future__ import annotations

import re

from assistant.core.not_stated import NOT_STATED

_PERSON = NOT_STATED.pattern("person_named_en")
_SUBUNIT = NOT_STATED.pattern("subunit_named_en")
_COUNT_ASKED = re.compile(r"(?<![a-z])(?:how\s+many|how\s+much|(?<!phone\s)(?<!fax\s)number\s+of|what\s+(?:share|percentage|proportion))(?![a-z])")


def names_person_or_subunit_en(ask_text: str) -> bool:
    """An English ask of a number that names a person by title ("ms wang") or a sub-unit of the body ("its …
    division")."""
    low = ask_text.lower()
    if re.search(r"[\u4e00-\u9fff]", low) or not _COUNT_ASKED.search(low):
        return False
    return bool(_PERSON.search(low) or _SUBUNIT.search(low))
