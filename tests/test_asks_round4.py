"""Round-4 kinds of asks (issue 10) on a fictional report: figures listed as bare noun phrases ("new applications
received and applications carried over"), a second Chinese ask that keeps the question's frame and its own words
(微信公众号… / 微博…, figures written without their unit), a change stated in one clause, an English ask counted in
person-times, clauses of different kinds joined by 、, and the English name of the agency's type ("finance
bureau") that names the agency, not a figure."""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.noun_lists import list_en, list_zh
from assistant.query import detect_metric
from assistant.shapes import asked_unit
from assistant.verify import ask_shape
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD
from tests.helpers import ask_texts

DOC = "d" * 16
ORIGINAL = (
    "青禾县财政局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年,本局门户网站发布各类信息3210条,其中财政预决算信息12条、重点领域信息205,青禾财政微信公众号推送信息846微博发布信息512条。\n"
    "本局对官网进行了全面改版,功能版块由原来的6个增加到现在的11个。\n"
    "15名县级领导全年共接待信访群众930批2716人次。年内受理群众来信事项640件,办结率98%。\n"
    "2023年全年主动公开信息275条。\n"
    + T3_HEAD +
    "一、本年新收政府信息公开申请数量 | 31 | 4 | 0 | 2 | 3 | 0 | 40 |\n"
    "二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
    "青禾县财政局\n"
    "2024年1月31日\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_caizhengju_2023.txt"], agency="青禾县财政局", region="青禾县", year=2023,
                aliases=["qinghe"])


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question)


# --- figures listed as noun phrases -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, asks", [
    ("Qinghe bureau 2023: new applications received and applications carried over from the previous year?",
     ["qinghe bureau 2023: new applications received", "qinghe bureau 2023: applications carried over from the previous year"]),
    ("Qinghe finance bureau 2023 — items proactively disclosed and disclosure requests received for the year?",
     ["qinghe finance bureau 2023 — items proactively disclosed", "qinghe finance bureau 2023 — disclosure requests received for the year"]),
    ("Qinghe 2023 - rules, normative documents and penalty decisions",
     ["qinghe 2023 - rules", "qinghe 2023 - normative documents", "qinghe 2023 - penalty decisions"]),
    ("For Qinghe in 2023, how many new applications received and applications carried over?",
     ["for qinghe in 2023, how many new applications received", "for qinghe in 2023, how many applications carried over"]),
    ("青禾县2023年报：主动公开信息和收到的申请？", ["青禾县2023年报:主动公开信息", "青禾县2023年报:收到的申请"]),
    ("青禾县财政局2023年年度报告中本年新收申请、上年结转申请的数量",
     ["青禾县财政局2023年年度报告中本年新收申请的数量", "青禾县财政局2023年年度报告中上年结转申请的数量"]),
])
def test_a_list_of_counted_things_is_one_ask_each(question, asks):
    assert ask_texts(question) == asks


@pytest.mark.parametrize("question", [
    # names that hold "and" / 和: no counted thing on one side
    "Qinghe Natural Resources and Planning Bureau 2023: applications received?",
    "Qinghe food and drug administration 2023: new applications received",
    "How many applications did the Qinghe letters and visits bureau receive in 2023?",
    "青禾县自然资源和规划局2023年报：收到的申请？",
    # one counted thing done two ways: one row, one ask
    "Qinghe bureau 2023: new applications received and answered?",
    "青禾县2023年报：收到和办结的申请？",
])
def test_a_name_or_one_thing_with_and_is_one_ask(question):
    assert len(ask_texts(question)) == 1, ask_texts(question)


def test_list_splitters_say_none_when_nothing_is_listed():
    assert list_en("how many applications did qinghe receive") is None
    assert list_en("qinghe 2023: how many applications were received and how many answered") is None
    assert list_zh("青禾县2023年报:收到多少件申请") is None
    assert list_zh("青禾县2023年收到申请") is None  # no lead


@pytest.mark.parametrize("question", [
    "Qinghe bureau 2023: new applications received and applications carried over from the previous year?",
    "Qinghe 2023: applications received, and applications carried over from last year",
])
def test_each_listed_figure_is_answered(question):
    a = _ask(question)
    assert a.answered and "40" in a.text and "3 [" in a.text or "3[" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Qinghe finance bureau 2023 — items proactively disclosed and disclosure requests received for the year?",
    "Qinghe finance bureau 2023: items proactively disclosed?",
])
def test_a_word_of_the_agencys_own_name_does_not_leave_the_metric(question):
    a = _ask(question)
    assert a.answered and "275" in a.text, a.text
    assert "12 " not in a.text and "12件" not in a.text and "12条" not in a.text, a.text  # 财政预决算信息 is not asked


# --- a second Chinese ask keeps the frame and its own words ---------------------------------------------------------

@pytest.mark.parametrize("question", ["青禾县财政局2023年报:微信公众号推送了多少条信息,微博发布了多少条?",
                                      "青禾县财政局2023年微信公众号推送了几条信息，微博发布了几条",
                                      "青禾县财政局2023年报：微博发布多少条、微信公众号推送多少条"])
def test_each_ask_of_figures_without_units_gets_the_figure_its_words_name(question):
    asks = split_asks(normalise_query(question))
    assert len(asks) == 2 and all("推送了微博" not in a.text for a in asks), [a.text for a in asks]
    assert {a.focus[:2] for a in asks} == {"微信", "微博"}, [a.focus for a in asks]
    a = _ask(question)
    assert a.answered and "846" in a.text and "512" in a.text, a.text
    assert "3210" not in a.text and "205" not in a.text, a.text


def test_the_second_ask_keeps_the_frame_or_the_first_asks_thing():
    # a thing of its own: the question's frame, not the first ask's verb
    assert ask_texts("青禾县2023年微信推送了多少条信息，微博发布了多少条") == ["青禾县2023年微信推送了多少条信息", "青禾县2023年微博发布了多少条"]
    # no thing of its own: the first ask's thing ("现行有效的" of the 行政规范性文件)
    assert ask_texts("青禾县2023年行政规范性文件制发了几件，现行有效的有几件") == ["青禾县2023年行政规范性文件制发了几件",
                                                                  "青禾县2023年行政规范性文件制发了现行有效的有几件"]


# --- a change stated in one clause ------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Qinghe finance bureau 2023: its website's function sections went from how many to how many after the revamp?",
    "青禾县财政局2023年官网改版后功能版块从几个增加到几个？",
])
def test_both_ends_of_a_change_are_answered(question):
    a = _ask(question)
    assert a.answered and "6" in a.text and "11" in a.text, a.text


# --- an English ask counted in person-times ---------------------------------------------------------------------------

def test_person_times_is_the_unit_of_an_english_ask():
    ask = normalise_query("Qinghe 2023: how many petitioners (person-times) did the 15 county-level leaders receive?")
    assert asked_unit(ask) == "人次"
    assert asked_unit("how many person-times of visitors") == "人次"
    assert asked_unit("how many applications") is None
    assert detect_metric(ask) is None  # visits received are no applications received
    assert ask_shape(ask).count == "people"


@pytest.mark.parametrize("question", [
    "Qinghe 2023: how many petitioners (person-times) did the 15 county-level leaders receive?",
    "How many person-times of petitioners did Qinghe's county-level leaders receive in 2023?",
])
def test_an_english_ask_in_person_times_finds_the_prose_figure(question):
    a = _ask(question)
    assert a.answered and "2716" in a.text, a.text
    assert "640" not in a.text, a.text


# --- clauses of different kinds joined by 、 ---------------------------------------------------------------------------

def test_a_publisher_and_a_date_joined_by_a_pause_mark_are_two_asks():
    assert ask_texts("青禾县2016年政府信息公开年报是哪个单位、什么时候出的?") == ["青禾县2016年政府信息公开年报是哪个单位", "什么时候出的"]
    # a 、-list of fields or of figures stays for the splitters after it
    assert len(ask_texts("样例局2021年报告里地址、电话和邮箱")) == 3
    assert ask_texts("予以公开、部分公开分别是多少") == ["予以公开是多少", "部分公开是多少"]


def test_a_date_asked_as_when_did_it_come_out_gives_the_report_date():
    a = _ask("青禾县财政局2023年年报是哪个单位、什么时候出的?")
    assert "2024年1月31日" in a.text, a.text
