"""The rate of a subject written along its clause run ("初访1200案次,办结1100案次,办结率92%"), asked for two subjects
and how many points apart they are (fictional report): each subject's rate, and their difference in percentage
points, computed from the two cited rates."""

from __future__ import annotations

import re

import pytest

from assistant.aggregate import asks_comparison, asks_difference_only
from assistant.core.types import Report
from assistant.subject_figures import act_of_subject
from assistant.writeup import difference_unit
from tests.fake_index import answer_from_lines, facts_of

BUREAU = Report(doc_id="v" * 16, sources=["qinghe_xinfangju.txt"], agency="青禾县样例信访局", region="青禾县", year=2022,
                aliases=["qinghe"])
TEXT = ("青禾县样例信访局2022年政府信息公开工作年度报告\n"
        "一、总体情况\n"
        "全年受理来访2000案次,办结1800案次,办结率90%,其中初访1200案次,办结1104案次,办结率92%;"
        "重访800案次,办结696案次,办结率87%。\n")


def _fact(facts, row, value):
    return next(f for f in facts if f.row == row and f.value == value)


def test_the_rate_along_a_subjects_run_answers_an_ask_of_its_rate():
    facts = facts_of(BUREAU, TEXT)
    first = _fact(facts, "其中初访", 1200.0)
    got = act_of_subject([first], facts, TEXT, ["初访", "办结率"], "初访的办结率是多少")
    assert [(f.value, f.unit) for f in got] == [(92.0, "%")]
    # (the run of another subject is not read: the rate stands after a semicolon)
    concluded = next(f for f in facts if f.value == 696.0)
    assert [f.value for f in act_of_subject([concluded], facts, TEXT, ["重访", "办结率"], "重访办结率")] == [87.0]


def test_no_rate_is_read_for_an_ask_naming_none():
    facts = facts_of(BUREAU, TEXT)
    first = _fact(facts, "其中初访", 1200.0)
    assert act_of_subject([first], facts, TEXT, ["初访"], "初访多少案次") == [first]


@pytest.mark.parametrize("piece", ["how many points apart are they", "and how many percentage points apart are the rates"])
def test_how_many_points_apart_asks_the_difference(piece):
    assert asks_difference_only(piece)
    assert asks_comparison(f"what were the closure rates for a and b, {piece}?")


def test_a_difference_of_two_rates_is_in_percentage_points():
    assert difference_unit("%", "en", {"points_unit": "percentage points"}) == "percentage points"
    assert difference_unit("条", "en", {"points_unit": "percentage points"}) == "items"


def test_two_subjects_rates_and_how_many_points_apart():
    a = answer_from_lines(BUREAU, TEXT, "In the Qinghe sample petitions bureau report, what were the closure rates for "
                                        "first-time visits and for repeat visits, and how many points apart are they?")
    assert a.answered, a.text
    assert re.search(r"92\s*%", a.text) and re.search(r"87\s*%", a.text), a.text
    assert re.search(r"92\[\d\] − 87\[\d\] = 5 percentage points", a.text), a.text
