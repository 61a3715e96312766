"""English staff phrasings of single-figure and text asks (fictional Qinghe county bodies): table-三 rows in plain
words, the heading every outcome row sits under, a channels ask with its copula, a report named only as the source
of an event's date, and the important areas a report writes for key areas."""

from __future__ import annotations

from assistant.asked_rows import asked_rows, without_outcome_frame
from assistant.core.glossary import GLOSSARY
from assistant.query import detect_metric
from assistant.report_own_date import asks_no_report_date
from assistant.verify import ask_shape


def test_carried_over_to_the_next_year_is_the_year_end_row():
    # "carried over" alone is the row from the year before; "to the next year" makes it the year-end row
    m = detect_metric("qinghe water bureau, 2021: how many requests were still pending and carried over to the next year?")
    assert m is not None and m.key == "applications_carried_forward"
    m = detect_metric("qinghe water bureau, 2021: how many requests were carried over to the following year?")
    assert m is not None and m.key == "applications_carried_forward"
    m = detect_metric("qinghe water bureau, 2021: how many requests were carried over from the previous year?")
    assert m is not None and m.key == "applications_carried_over"


def test_other_treatment_names_the_other_handling_row():
    ask = "in the 2021 report of the qinghe county office, what is the number of applications closed under other treatment?"
    assert [name for name, _find in asked_rows(ask)] == ["(六)其他处理"]
    assert detect_metric(ask) is None  # "closed" is no total of outcomes when a row is named


def test_outcome_heading_words_dropped_when_a_row_is_named():
    terms = {"其他处理": 2.1, "办理|办结": 3.7, "申请": 3.7}
    ask = "qinghe county office, 2021: how many requests were dealt with as other handling?"
    assert without_outcome_frame(terms, ask) == {"其他处理": 2.1, "申请": 3.7}
    # no outcome row named: the handling verb stays (the total of outcomes is asked)
    total = {"办理|办结": 3.7, "申请": 3.7}
    assert without_outcome_frame(total, "how many requests did the qinghe office deal with in 2021?") == total


def test_what_were_the_main_ways_asks_the_channels():
    assert ask_shape("What were the main ways the Qinghe county water bureau released information in 2009?").field == "channels"
    assert ask_shape("What were the main channels the Qinghe water bureau published information through?").field == "channels"
    # a count of items is no channels ask
    assert ask_shape("How many items did the Qinghe water bureau release in 2009?").field != "channels"


def test_report_named_as_source_is_not_the_event():
    ask = "On what date did the new Qinghe service platform go live, per the Qinghe county office's 2019 report?"
    assert asks_no_report_date(ask)
    assert asks_no_report_date("According to the 2019 report of the Qinghe office, when was its hotline launched?")
    # the report itself launched / set up: its own date answers
    assert not asks_no_report_date("When was the Qinghe county office's 2019 report launched?")
    assert not asks_no_report_date("When was the Qinghe office's 2019 report published?")


def test_key_areas_reach_the_important_areas_reports_write():
    for phrase in ("key areas", "important areas", "important fields"):
        assert "重要领域" in GLOSSARY.en_to_zh[phrase]
        assert "重点领域" in GLOSSARY.en_to_zh[phrase]
