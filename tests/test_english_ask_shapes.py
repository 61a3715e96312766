"""Shapes of English asks (probe AA6), over a fictional report (Qinghe county water bureau; no text copied from a
report):

- a comparison's second side ends before the report it is placed in ("more A or more B at the <report> in 2019", "in
  the <report>'s 2020 table"), before "in total" / "overall", whose words both sides share ("were more rules or more
  normative documents publicly available in total": each side's ask is of its total);
- "more A or more B": the first side is all the words after its "more" ("more land and mining items or …");
- an "and" inside the second side's own name joins no asks ("… than budget and final accounts items did it publish");
- "did A exceed B" compares A with B as "outnumber" does;
- "was the closure rate higher for A or for B": each side's ask is of the rate, not a count;
- "…, of which how many …" / "…, of those, how many …": the narrowing words go with the ask they narrow;
- "for each way of submitting (A, B, C), how many …", "for each of the outcomes A, B and C, how many …": one ask per
  listed thing.
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.joined_asks import each_before_en
from tests.fake_index import answer_from_lines

NAME = "qinghe water bureau"


def _asks(question: str) -> list[tuple[str, str]]:
    return [(a.text, a.side) for a in split_asks(normalise_query(question).strip(), [NAME])]


@pytest.mark.parametrize(("question", "sides"), [
    (("Were there more lawsuits or more administrative reconsiderations over disclosure at the Qinghe water bureau "
      "in 2019, and by how many?"), ["lawsuits", "administrative reconsiderations over disclosure"]),
    (("Were there more licensing decisions or more penalty decisions in the Qinghe water bureau's 2020 table, and "
      "what is the difference?"), ["licensing decisions", "penalty decisions"]),
    ("Were there more letters or more online requests at the Qinghe water bureau in 2021?",
     ["letters", "online requests"]),
    (("Were there more land and mining items or more property items in the Qinghe water bureau report, and by how "
      "many?"), ["land and mining items", "property items"]),
])
def test_second_side_ends_before_the_report_it_is_placed_in(question, sides):
    assert [side for _text, side in _asks(question)] == sides


def test_words_both_sides_share_after_the_second_end_each_ask():
    got = _asks("Were more rules or more normative documents publicly available in total at the Qinghe water bureau "
                "in 2019, and what is the difference?")
    assert [side for _t, side in got] == ["rules", "normative documents"]
    assert all(text.endswith("publicly available in total") for text, _s in got)


def test_an_and_inside_the_second_side_joins_no_asks():
    got = _asks("How many more key-area items than budget and final accounts items did the Qinghe water bureau "
                "publish in 2022?")
    assert [side for _t, side in got] == ["key-area items", "budget and final accounts items"]


@pytest.mark.parametrize("question", [
    "How many more work updates than notices were there, and how many staff?",
    "Were there more work updates or notices, and what is the gap?",
])
def test_an_and_before_another_ask_still_ends_the_side(question):
    sides = [side for _t, side in _asks(question)]
    assert "and" not in " ".join(sides)


def test_exceed_compares_like_outnumber():
    got = _asks("By how many items did service information exceed policy interpretation in the Qinghe water "
                "bureau's 2016 report?")
    assert [side for _t, side in got] == ["service information", "policy interpretation"]


def test_a_rate_compared_for_two_sides_is_asked_of_each_side():
    got = _asks("Was the closure rate higher for online complaints or for letters from the public at the Qinghe water "
                "bureau, and by how many percentage points?")
    assert [text for text, _s in got] == ["was the closure rate for online complaints",
                                          "was the closure rate for letters from the public"]


@pytest.mark.parametrize(("question", "asks"), [
    ("How many requests did the Qinghe water bureau get in 2023, of which how many were carried over?",
     ["how many requests did the qinghe water bureau get in 2023", "of which how many were carried over"]),
    ("How many items did the Qinghe water bureau publish, of those, how many were work updates?",
     ["how many items did the qinghe water bureau publish", "of those how many were work updates"]),
])
def test_of_which_goes_with_the_ask_it_narrows(question, asks):
    assert [text for text, _s in _asks(question)] == asks


@pytest.mark.parametrize(("question", "rewritten"), [
    ("for each way of submitting (online, in person, by post), how many requests did qinghe get in 2023?",
     "how many requests did qinghe get in 2023 online, in person, by post"),
    ("for each of the outcomes granted, refused and not held, how many requests were there?",
     "how many requests were there granted, refused and not held"),
    ("for each channel (website, wechat and notice boards): how many items went out?",
     "how many items went out website, wechat and notice boards"),
])
def test_for_each_listed_thing_before_the_ask(question, rewritten):
    assert each_before_en(question) == rewritten


@pytest.mark.parametrize("question", [
    "for each request, how many days did it take?",  # no list
    "for each of them, how many were granted?",
    "how many requests for each channel, online and in person?",  # not opening the question
    "青禾县每种渠道各多少件",
])
def test_no_for_each_list(question):
    assert each_before_en(question) is None


DOC = "w" * 16
ORIGINAL = (
    "青禾县水务局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(二)依申请公开情况\n"
    "2023年,本局收到政府信息公开申请31件,其中网上申请25件,当面申请2件,信函申请4件。\n"
    "青禾县水务局\n"
    "2024年1月15日\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_shuiwuju_2023.txt"], agency="青禾县水务局", region="青禾县", year=2023,
                aliases=["qinghe water bureau", "qinghe"])


def test_for_each_way_of_submitting_answers_each_part():
    a = answer_from_lines(REPORT, ORIGINAL, "For each way of submitting (online, in person, by letter), how many "
                                            "requests did the Qinghe water bureau get in 2023?")
    assert all(f in a.text for f in ("25", "2", "4")), a.text


def test_more_a_or_more_b_at_the_report_names_the_winner_and_difference():
    a = answer_from_lines(REPORT, ORIGINAL, "Were there more online requests or more requests by letter at the Qinghe "
                                            "water bureau in 2023, and by how many?")
    assert "25" in a.text and "4" in a.text and "21" in a.text, a.text


def test_a_predicate_after_a_side_not_led_by_more_is_its_own_words():
    got = _asks("Qinghe water bureau 2019: statistical info released monthly vs planning info made public — how many "
                "of each, and what's the difference?")
    assert [side for _t, side in got] == ["statistical info released monthly", "planning info made public"]
