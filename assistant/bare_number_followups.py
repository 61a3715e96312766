"""A bare "which number" after an ask of whom to call is an ask of the contact phone.

"If I have questions about the report, who should I call?" then "Which number?" / "对年报有疑问找谁？" then "哪个号码？":
the follow-up names no thing but a number, and the earlier question was about whom to contact; read alone, "which
number" is no field of the report (and "which" reads as a question over every report).  So the follow-up is read as
the phone field asked of the earlier question's report ("电话呢？" / "What about the phone number?"), and the follow-up
rules put the report and year in.  The words are data (glossary.toml [patterns] bare_number_ask, contact_turn).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY

_BARE_NUMBER = GLOSSARY.pattern("bare_number_ask")
_CONTACT_TURN = GLOSSARY.pattern("contact_turn")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def as_phone_followup(question: str, previous: str) -> str:
    """`question` as an ask of the phone when it asks only for "which number" and `previous` asked whom to contact;
    else `question` unchanged."""
    if not _BARE_NUMBER.fullmatch(question.strip()) or not _CONTACT_TURN.search(previous.lower()):
        return question
    return "电话呢？" if _CJK.search(question) else "What about the phone number?"
