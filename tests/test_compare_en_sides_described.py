"""English comparisons whose sides are named by what they are, over fictional reports (青禾县样例中心, Qinghe town,
Liuxi township; no text copied from a report):

- "how did A stack up against its B": the second side's owner word ("its", "their") is no word of its thing, so the
  first side has as many words as B itself ("…2021 work-news postings stack up against its notice postings": not
  "2021 work-news postings", a side with a year);
- "which was bigger and what was the gap" measures nothing: each side's ask ends at the side;
- channels and kinds in other words: "at the counter" (当面), a request "by post" / "mailed" (来信 as well as 信函),
  "engineering-bidding information" (工程建设, 招标), "companies and other organisations" (the whole 法人或其他组织 group);
- two years set "against" each other ("the 2013 postings stack up against 2014's") are a comparison of years;
- "information made public" of two reports is their proactive-disclosure total.
"""

from __future__ import annotations

import pytest

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Report
from assistant.query import detect_metric
from assistant.sides_en import compare_sides_en, measured_after
from tests.fake_index import answer_from_lines

Q = GLOSSARY.patterns


@pytest.mark.parametrize(("question", "sides"), [
    ("how did the qinghe 2021 work-news postings stack up against its notice postings?",
     ["work-news postings", "notice postings"]),
    ("how did qinghe's 2021 weibo posts stack up against their wechat posts?", ["weibo posts", "wechat posts"]),
])
def test_the_second_sides_owner_word_is_no_word_of_its_thing(question, sides):
    got = compare_sides_en(question)
    assert got and [side for _text, side in got] == sides, got
    assert all("2021" in text for text, _side in got)


@pytest.mark.parametrize("question", [
    "qinghe 2021: weibo posts versus wechat posts",  # (no owner word: as before)
    "qinghe 2021: the weibo posts versus the wechat posts",
])
def test_sides_without_an_owner_word_keep_their_split(question):
    got = compare_sides_en(question)
    assert got and [side for _text, side in got] == ["weibo posts", "wechat posts"], got


def test_which_was_bigger_and_what_was_the_gap_measures_nothing():
    assert measured_after(" — which was bigger and what was the gap?") == ""
    assert measured_after(" — which had the better closure rate?") == " closure rate"  # (a measure: as before)
    got = compare_sides_en("qinghe 2023: posts on its official weibo compared with its official wechat account"
                           " — which was bigger and what was the gap?")
    assert got and not any("gap" in text for text, _side in got), got


@pytest.mark.parametrize(("phrase", "zh"), [
    ("at the counter", "当面"),
    ("by post", "来信"),
    ("by mail", "来信"),
    ("mailed", "来信"),
    ("engineering", "工程建设"),
    ("bidding", "招标"),
    ("companies and other organisations", "法人或其他组织"),
    ("businesses and other organizations", "法人或其他组织"),
])
def test_sides_in_other_words(phrase, zh):
    assert zh in GLOSSARY.en_to_zh[phrase]


def test_a_side_that_came_by_post_is_the_letters_the_report_counts():
    text = ("青禾县样例中心2023年政府信息公开工作年度报告\n"
            "二、依申请公开情况\n"
            "全年共受理政府信息公开申请40件,其中当面申请的25件,来信申请的15件。\n")
    report = Report(doc_id="c" * 16, sources=["qinghe_yangli_zhongxin_2023.txt"], agency="青禾县样例中心",
                    region="青禾县", year=2023, aliases=["qinghe"])
    a = answer_from_lines(report, text, "qinghe 2023: requests handed in at the counter versus requests that came by"
                                        " post — what was the gap?")
    assert a.answered and "25" in a.text and "15" in a.text and "= 10" in a.text, a.text


@pytest.mark.parametrize(("question", "years"), [
    ("how did the qinghe 2013 website postings stack up against 2014's?", True),
    ("qinghe 2020 against 2019: up or down?", True),
    ("how many lawsuits were filed against the qinghe bureau in 2020?", False),  # (against no year)
])
def test_two_years_set_against_each_other_are_compared(question, years):
    assert bool(Q["compare_years"].search(question)) is years


@pytest.mark.parametrize("question", [
    "qinghe town 2018 versus liuxi township 2024 — information made public: which was bigger?",
    "how much info made public by qinghe town in 2018 compared with liuxi township in 2024?",
])
def test_information_made_public_is_the_proactive_total(question):
    metric = detect_metric(question)
    assert metric is not None and metric.key == "proactive_disclosures"


def test_a_document_made_public_is_no_proactive_total():
    # ("made public" alone stays the verb of the thing it names: the normative documents made public)
    metric = detect_metric("how many normative documents were made public by qinghe in 2020?")
    assert metric is not None and metric.key == "normative_documents"
