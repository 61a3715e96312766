"""Comparisons of one report, round 20 (fixer F), over fictional reports (Qinghe county service centre, Maple county
records bureau; no text copied from a report):

- the thing counted named after the first side only, the second side ending at its 的 ("<scope>，A那块的信息比B的多几条",
  "受理的申请比办结的多几件"): A and B are the sides, the thing each side's ask counts;
- words pointing at a side ("那块", "这一块", "方面") are no words of it, and end the first side;
- an English second side ends before its verb's clause ("how many more X than Y did they put out"), which ends each
  side's ask;
- a first side placed by a clause after its own words ("documents disclosed in the 'news' column vs planning items"):
  the side is the thing placed, not the place;
- petitions words of visits ("first-time visits" -> 初访, "repeat visits" -> 重访).
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.compare_sides import compare_sides_zh
from assistant.core.glossary import GLOSSARY
from assistant.focus_weights import focused
from assistant.sides_en import compare_sides_en


@pytest.mark.parametrize(("question", "sides", "asks"), [
    ("青禾县政务服务中心2021年，网上交易那块的信息比线下交易的多几条？", ["网上交易", "线下交易"],
     ["青禾县政务服务中心2021年，网上交易的信息多少条", "青禾县政务服务中心2021年，线下交易的信息多少条"]),
    ("青禾县政务服务中心2021年网上交易的信息比线下交易的多几条", ["网上交易", "线下交易"],
     ["青禾县政务服务中心2021年网上交易的信息多少条", "青禾县政务服务中心2021年线下交易的信息多少条"]),
    ("青禾县政务服务中心2021年，受理的申请比办结的多几件？", ["受理", "办结"],
     ["青禾县政务服务中心2021年，受理的申请多少件", "青禾县政务服务中心2021年，办结的申请多少件"]),
    ("青禾县政务服务中心2021年，微博发布的稿件和微信推送的哪个多", ["微博发布", "微信推送"],
     ["青禾县政务服务中心2021年，微博发布的稿件多少", "青禾县政务服务中心2021年，微信推送的稿件多少"]),
])
def test_thing_counted_after_the_first_side_only(question, sides, asks):
    got = compare_sides_zh(question)
    assert [side for _text, side in got] == sides
    assert [text for text, _side in got] == asks


@pytest.mark.parametrize(("question", "sides"), [
    ("青禾县2021年，网上申请那块比当面申请那块多几件", ["网上申请", "当面申请"]),
    ("青禾县2021年，网上申请这一块和当面申请哪个多", ["网上申请", "当面申请"]),
    ("青禾县2021年，网上申请方面比当面申请多几件", ["网上申请", "当面申请"]),
])
def test_words_pointing_at_a_side_are_no_words_of_it(question, sides):
    assert [side for _text, side in compare_sides_zh(question)] == sides


@pytest.mark.parametrize("question", [
    "青禾县政务服务中心2021年，微博发布的信息和微信推送的信息哪个多",  # (the thing named after both sides)
    "青禾县2021年规章的对外公开数量比规范性文件的多几件",  # (a qualifier after the first, the second's 的 eliding it)
    "青禾县政务服务中心2021年，依申请公开中当面申请的比网上申请的多几件",
])
def test_sides_named_in_full_keep_their_split(question):
    got = compare_sides_zh(question)
    assert got and len(got) == 2 and all("的的" not in text for text, _side in got)


@pytest.mark.parametrize(("question", "sides", "verb"), [
    ("maple county records bureau 2021 — how many more repeat visits than first-time visits did it take in?",
     ["repeat visits", "first-time visits"], "did it take in"),
    (("maple county (the district) 2016 — how many more service-info items than policy-interpretation items did they "
      "put out?"), ["service-info items", "policy-interpretation items"], "did they put out"),
    ("maple county 2016, how many more news items than notice items does the portal list?",
     ["news items", "notice items"], "does the portal list"),
    (("in the maple county write-up (the copy with the year blanked out), how many more online requests than "
      "requests by letter did the bureau get?"), ["online requests", "requests by letter"], "did the bureau get"),
])
def test_second_side_ends_before_its_verb_clause(question, sides, verb):
    got = compare_sides_en(question)
    assert [side for _text, side in got] == sides
    assert all(text.endswith(f"how many {side} {verb}") for text, side in got)


@pytest.mark.parametrize(("question", "first", "second"), [
    (("maple county 2019, english version: gov documents disclosed in the 'policy files' column vs planning info "
      "items — how many each, and the gap?"), "gov documents disclosed in the policy files column", "planning info items"),
    ("maple county 2019: notices posted on the portal vs press releases — which is larger?",
     "notices posted on the portal", "press releases"),
])
def test_first_side_placed_by_a_clause_after_it(question, first, second):
    got = compare_sides_en(question)
    assert [side for _text, side in got] == [first, second]
    assert got[1][0].endswith(f": {second}")  # (the place of the first side is no frame of the second)


def test_split_asks_keeps_the_comparison_sides():
    asks = split_asks("maple county 2016 — how many more service-info items than policy-interpretation items did "
                      "they put out?")
    assert [a.side for a in asks] == ["service-info items", "policy-interpretation items"]


@pytest.mark.parametrize(("phrase", "word"), [
    ("first-time visits", "初访"), ("first visits", "初访"), ("repeat visits", "重访"), ("service info", "服务信息"),
    ("policy interpretation", "解读政策"), ("planning info", "规划信息"),
])
def test_glossary_words_of_compared_things(phrase, word):
    assert word in GLOSSARY.en_to_zh[phrase]


@pytest.mark.parametrize(("focus", "ask", "boosted"), [
    ("first-time", "maple county 2021 — how many first-time visits did it take in", "初访"),
    ("service-info", "maple county 2016 — how many service-info items did they put out", "服务信息"),
])
def test_english_focus_rendered_by_the_phrase_it_is_a_word_of(focus, ask, boosted):
    terms = {"信访": 4.0, boosted: 4.0}
    got = focused(terms, focus, ask)
    assert got[boosted] > got["信访"]


def test_english_focus_without_a_phrase_boosts_nothing():
    terms = {"信访": 4.0, "初访": 4.0}
    assert focused(terms, "first-time", "maple county 2021 — how many were first-time") == terms
