"""Several asks in one question, joined the ways users join them, on a fictional report (松溪县林业局,
invented here):
- "which kinds of items did it publish, and how many of each": the closing ask only restates the breakdown's counts,
  no ask of its own (English, like "分哪几类、每类几条");
- "…的发布日期，以及…的邮编" / "…哪个网站，并说明…分几个部分": a Chinese ask joined after a comma by 以及 / 并说明 is an
  ask of its own, even without a question word, and the joining word is no part of it ("…，以及投诉各多少件" stays
  the list's ask);
- "Songxi 2023 report: the release date, plus the postcode": a report's field named bare after the lead is an ask,
  not a frame the later asks share;
- "…, along with within how many working days did it reply": a question word after "within" starts an ask.
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from tests.fake_index import answer_from_lines

DOC = "s" * 16
ORIGINAL = (
    "松溪县林业局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开情况\n"
    "本局网站共发布信息120条,其中工作动态70条,通知公告30条,政策解读20条。\n"
    "(二)依申请公开情况\n"
    "2023年,本局收到政府信息公开申请15件,均在15个工作日内答复。\n"
    "二、其他\n"
    "本报告发布日期:2024年1月30日。联系地址:松溪县林业路8号,邮编:350999。\n"
)
REPORT = Report(doc_id=DOC, sources=["songxi_linyeju_2023.txt"], agency="松溪县林业局", region="松溪县", year=2023,
                aliases=["songxi"])


def _split(question: str):
    return split_asks(normalise_query(question).strip())


def _asks(question: str) -> list[str]:
    return [a.text for a in _split(question)]


@pytest.mark.parametrize("question", [
    "Songxi forestry bureau 2023: which kinds of items did it publish, and how many of each?",
    "Songxi forestry bureau 2023: which kinds of items did it publish and how many of each — work news, notices, explainers?",
    "Songxi forestry bureau 2023: which channels did the requests come through, and how many came through each?",
    "Songxi forestry bureau 2023: what types of items went up, and how many items of each type?",
])
def test_how_many_of_each_after_which_kinds_restates_the_breakdown(question):
    asks = _split(question)
    assert len(asks) == 1 and asks[0].breakdown, [a.text for a in asks]


def test_how_many_of_each_without_which_kinds_keeps_its_ask():
    # (no ask of which kinds before it: "how many of each" is left to the splitter as before)
    asks = _asks("Songxi forestry bureau 2023: how many requests were answered, and how many of each?")
    assert len(asks) == 2


def test_which_kinds_and_how_many_of_each_answers_the_parts():
    answer = answer_from_lines(REPORT, ORIGINAL, "Songxi forestry bureau 2023: which kinds of website items did it publish, and how many of each?")
    assert answer.answered and all(f in answer.text for f in ("70", "30", "20")), answer.text


@pytest.mark.parametrize("question, asks", [
    ("松溪县林业局2023年报的发布日期，以及报告里写的邮编", ["松溪县林业局2023年报的发布日期", "报告里写的邮编"]),
    ("松溪县林业局2023年网站发布了多少条信息，并说明收到几件申请", ["松溪县林业局2023年网站发布了多少条信息", "收到几件申请"]),
    ("松溪县林业局2023年先发了多少条通知，以及之后又补了几条解读", ["松溪县林业局2023年先发了多少条通知", "之后又补了几条解读"]),
])
def test_a_chinese_ask_joined_by_yiji_or_bing_shuoming_is_its_own(question, asks):
    assert _asks(question) == asks


def test_yiji_before_a_list_closing_on_each_part_joins_no_asks():
    asks = _asks("松溪县林业局2023年工作动态、通知公告，以及政策解读各多少条")
    assert not any(a.startswith("以及") for a in asks)
    assert len(asks) == 3


def test_a_date_and_a_postcode_joined_by_yiji_are_both_answered():
    answer = answer_from_lines(REPORT, ORIGINAL, "松溪县林业局2023年报的发布日期，以及报告中的邮编")
    assert answer.answered and "350999" in answer.text and ("2024-01-30" in answer.text or "2024年1月30日" in answer.text), answer.text


@pytest.mark.parametrize("question, first", [
    ("songxi forestry bureau 2023 report: the release date, plus the postcode of its office.", "songxi forestry bureau 2023 report: the release date"),
    ("songxi forestry bureau 2023: the phone number, as well as the postcode of its office.", "songxi forestry bureau 2023: the phone number"),
])
def test_a_field_named_after_the_lead_is_an_ask_not_a_frame(question, first):
    asks = _asks(question)
    assert len(asks) == 2 and asks[0] == first, asks


def test_a_frame_of_scope_still_goes_with_each_ask():
    asks = _asks("songxi forestry bureau 2023: of its website items, how many were work news and how many notices?")
    assert all("website items" in a for a in asks), asks


def test_a_question_word_after_within_starts_an_ask():
    asks = _asks("songxi 2023: how many requests did it get, along with within how many working days did it reply?")
    assert len(asks) == 2 and "within how many working days" in asks[1], asks


@pytest.mark.parametrize("question, asks", [
    ("songxi 2023: work news plus notices — the count of each?", ["songxi 2023: how many work news", "songxi 2023: how many notices"]),
    ("songxi 2023: online requests, letters and in-person requests — the number for each?",
     ["songxi 2023: how many online requests", "songxi 2023: how many letters", "songxi 2023: how many in-person requests"]),
])
def test_things_joined_by_plus_then_the_count_of_each(question, asks):
    assert _asks(question) == asks


def test_things_asked_in_sentences_of_their_own_are_asks_of_their_own():
    asks = _asks("Songxi forestry bureau 2023. Items on the website? Requests received?")
    assert asks == ["songxi forestry bureau 2023. items on the website", "requests received"], asks


def test_a_clause_without_a_question_mark_of_its_own_still_goes_with_the_ask_before():
    # ("…多少件, 同比增长多少" in English: "how many requests came in, up on last year" stays one ask)
    asks = _asks("Songxi forestry bureau 2023: how many requests came in, up on last year?")
    assert len(asks) == 1, asks
