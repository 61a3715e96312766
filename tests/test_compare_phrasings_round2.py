"""Comparisons however a staff member words them, round 2 (phrasing probe K5), over fictional reports (青禾县 / Qinghe;
no text copied from a report):

- a change against the year before asked of one year whose report states both years in one clause ("2022年较上年增幅
  多少", "22年跟去年比涨了几成", "与上年同比"): the clause answers it (glossary [patterns] compare_years);
- "X minus Y", "A减去B" compare two things (glossary compare, compare_conj_en);
- "how does X stack up against Y" joins two sides; the report's name opening the first side is its frame
  (assistant/sides_en.py);
- "the difference between A and B": the first side is all the words after "between"; a frame without a question word
  asks a count of each side (assistant/sides_en.py);
- "A minus B": the first side is its clause, whole;
- "give both (counts) and the difference" is no ask of its own (glossary difference_only).
"""

from __future__ import annotations

import re

import pytest

from assistant.aggregate import asks_comparison, asks_difference_only
from assistant.sides_en import compare_sides_en
from tests.fake_index import answer_from_lines
from tests.test_compare_sides_round8 import CENTRE, CENTRE_TEXT  # (its website: "由2021年的310条增加到2022年的455条")


@pytest.mark.parametrize("question", [
    "青禾县样例中心网站信息发布量2022年较上年增幅多少？多了多少条？",
    "青禾县样例中心网站发布的信息，22年跟去年比涨了几成？多了多少条？",
])
def test_a_change_against_last_year_in_other_words_is_answered_by_the_clause(question):
    a = answer_from_lines(CENTRE, CENTRE_TEXT, question)
    assert a.answered and "310" in a.text and "455" in a.text, a.text
    assert re.search(r"455\[1\] − 310\[1\] = 145条$", a.text, re.MULTILINE), a.text
    # (增幅 asks the rise in per cent too: written out after the difference, from the earlier year's figure)
    assert "增幅" not in question or a.text.splitlines()[-1].startswith("变化幅度：145 ÷ 310[1] ≈ 46.77%"), a.text


@pytest.mark.parametrize("question", [
    "qinghe centre 2023: in-person requests minus letter requests?",
    "青禾县样例中心2022年规章的数量减去规范性文件的，等于多少",
    "how does the qinghe centre's weibo stack up against its wechat in 2023?",
])
def test_minus_and_stack_up_compare(question):
    assert asks_comparison(question)


@pytest.mark.parametrize(("question", "sides"), [
    ("how does the \ue000 official weibo stack up against its official wechat in 2023 updates?",
     ["official weibo", "official wechat"]),
    ("qinghe 2021 website: what's the difference between work news items and notice items?",
     ["work news items", "notice items"]),
    ("qinghe centre 2016: land and mineral trading items minus state-owned property items — the difference?",
     ["land and mineral trading items", "state-owned property items"]),
])
def test_english_sides(question, sides):
    got = compare_sides_en(question)
    assert got and [side for _t, side in got] == sides, got


def test_a_frame_without_a_question_word_asks_a_count_of_each_side():
    got = compare_sides_en("qinghe 2021 website: what's the difference between work news items and notice items?")
    assert got and all(text.startswith("qinghe 2021 website: how many ") for text, _s in got), got
    rate = compare_sides_en("qinghe 2021: what's the difference between the closure rate of complaints and of letters?")
    assert not rate or not any("how many" in text for text, _s in rate), rate


@pytest.mark.parametrize("ask", [
    "give both and the difference.", "Give both counts and the difference.", "give both figures.",
    "give both years and the change.", "and give each total", "give each figure and the gap",
])
def test_give_both_is_no_ask_of_its_own(ask):
    assert asks_difference_only(ask.lower())


@pytest.mark.parametrize("ask", ["give the number of rules", "give both offices' phone numbers and addresses"])
def test_these_are_asks(ask):
    assert not asks_difference_only(ask)
