"""A report's own date (a fact of kind "date": "发布日期:2023-01-18", the date under its signature) answers only an ask
of when the report came out.  "Who signed off on the annual report" asks a person, "on what date was its disclosure
leading group set up" and "新网站哪天上线" the date of another event: the report's date is none of them, and where the
report states no such thing the answer says it does not (assistant/not_stated_checks.py "report's own date").
A sentence hit is judged so when its clause labels the report's date ("发文日期: 2020-01-03").
A report named only as the source of the answer ("per the office's 2019 report, when did its platform go live") is not
the event asked.
Data: core/data/not_stated.toml [patterns] date_asked, person_asked, other_event, report_named, report_as_source,
report_date_label.
"""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED

_DATE_ASKED = NOT_STATED.patterns["date_asked"]
_PERSON_ASKED = NOT_STATED.patterns["person_asked"]
_OTHER_EVENT = NOT_STATED.patterns["other_event"]
_REPORT_NAMED = NOT_STATED.patterns["report_named"]
_REPORT_DATE_LABEL = NOT_STATED.patterns["report_date_label"]
_REPORT_AS_SOURCE = NOT_STATED.patterns["report_as_source"]


def asks_no_report_date(ask_text: str, own_words: str = "") -> bool:
    """The report's own date (its labels `own_words`) does not answer `ask_text`: the ask wants a person and no date,
    or the date of an event other than the report (an event its own words do not name)."""
    low = ask_text.lower()
    if _PERSON_ASKED.search(low) and not _DATE_ASKED.search(low):
        return True
    event = _OTHER_EVENT.search(low)
    # (the report named as where the answer is written names no event of its own: the words outside that phrase decide)
    subject = _REPORT_AS_SOURCE.sub(" ", low)
    return bool(event) and not _REPORT_NAMED.search(subject) and not _OTHER_EVENT.search(own_words.lower())


def labels_report_date(text: str) -> bool:
    """`text` labels the report's own date ("发文日期: 2020-01-03", "公开日期:2021-01-19", "publication date")."""
    return bool(_REPORT_DATE_LABEL.search(text.lower()))
