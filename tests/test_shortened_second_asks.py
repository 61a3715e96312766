"""A later ask shortened the way users shorten it (fixer A5).  Fictional reports only (青禾县样例街道, 青禾县样例局).

- "…处理决定多少？另外上年项目数和本年增减呢", "…多少，还有上一年项目数、本年增减": the shortened ask keeps the row (the
  figure) of the ask before it, and "上年项目数" names the 上一年项目数量 column;
- "…granted in full? and partially?", "…on WeChat? same for Weibo?": an English sentence of its own led by "and" /
  "what about" / "same for" is an ask of its own, counting what the ask before it counts;
- "X: the satisfaction rate? and the participation rate?": a first sentence answered by a shortened ask is an ask,
  not the frame of the asks after it;
- "how many came from A, from B and from C": each of the three is asked (not the last two after the first).
"""

from __future__ import annotations

import pytest

from assistant.ask_question import ask_question
from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.joined_asks import paired_en
from assistant.labels import column_named
from assistant.query import detect_metric, parse_question
from tests.fake_index import answer_from_lines
from tests.fixtures.qinghe_sample import QINGHE_SUBDISTRICT as TABLE_REPORT

TABLE = (
    "青禾县样例街道2023年政府信息公开工作年度报告\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(五)项 |\n"
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
    "行政许可 | 6 | 增4 | 17 |\n"
    "第二十条第(六)项 |\n"
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
    "行政处罚 | 2 | 0 | 41 |\n"
)


def _asks(question: str):
    return split_asks(normalise_query(question).strip())


@pytest.mark.parametrize("question, second", [
    ("青禾县样例局2023年行政许可处理决定多少？另外上年项目数和本年增减呢", "另外上年项目数和本年增减呢"),
    ("青禾县样例局2023年行政处罚处理决定数是多少，还有上一年项目数、本年增减", "还有上一年项目数、本年增减"),
    ("青禾县样例局2023年的依申请里，邮寄来的有几件，另外网上提交的呢", "另外网上提交的呢"),
])
def test_a_shortened_chinese_ask_is_an_ask_of_its_own(question, second):
    asks = _asks(question)
    assert [a.text for a in asks][1:] == [second], [a.text for a in asks]
    assert asks[1].elliptic and not asks[0].elliptic


def test_a_shortened_ask_keeps_the_row_of_the_ask_before_it():
    q = parse_question("青禾县样例局2023年行政许可处理决定多少？另外上年项目数和本年增减呢", [])
    first, second = split_asks(q.norm)
    before = ask_question(q, first, None)
    assert before.metric is not None and before.metric.key == "licensing"
    assert ask_question(q, second, before).metric is before.metric


def test_a_shortened_ask_naming_a_figure_of_its_own_keeps_it():
    q = parse_question("青禾县样例局2023年主动公开了多少条信息？行政复议呢", [])
    first, second = split_asks(q.norm)
    assert ask_question(q, second, ask_question(q, first, None)).metric.key == "reconsiderations"


@pytest.mark.parametrize("question", [
    "青禾县样例街道2023年行政许可处理决定数量是多少？另外上年项目数和本年增减呢",
    "青禾县样例街道2023年报表里行政许可处理决定数是多少，还有上一年项目数、本年增减",
])
def test_the_shortened_ask_is_answered_from_the_same_row(question):
    a = answer_from_lines(TABLE_REPORT, TABLE, question)
    assert a.answered and "17" in a.text and "6" in a.text and "增4" in a.text, a.text
    assert "41" not in a.text, a.text


def test_the_previous_years_column_in_staff_words():
    assert column_named("上一年项目数量", "去年项目数有多少")
    assert column_named("上一年项目数量", "另外上年项目数和本年增减呢")
    assert not column_named("上一年项目数量", "上年结转多少件")


@pytest.mark.parametrize("question, second", [
    ("Qinghe sample bureau 2023: how many applications were granted in full? and partially?", "how many applications partially"),
    ("How many posts did the Qinghe sample bureau push on WeChat in 2023? same for Weibo?", "how many posts weibo"),
    ("Qinghe sample bureau 2023: how many items on its website? what about the WeChat account?",
     "how many items the wechat account"),
])
def test_a_shortened_english_sentence_is_an_ask_of_its_own(question, second):
    asks = _asks(question)
    assert len(asks) == 2 and asks[1].text == second and asks[1].elliptic, [a.text for a in asks]


def test_partially_asks_the_partly_disclosed_applications():
    assert detect_metric("how many applications partially", fallback=False).key == "applications_partly_disclosed"
    assert detect_metric("how many were granted in part", fallback=False).key == "applications_partly_disclosed"


def test_a_first_sentence_answered_by_a_shortened_ask_is_no_frame():
    asks = _asks("Qinghe sample bureau 2023: the satisfaction rate? and the participation rate?")
    assert len(asks) == 2 and "satisfaction" in asks[0].text and "participation" in asks[1].text, [a.text for a in asks]
    assert "satisfaction" not in asks[1].text


def test_a_list_of_three_with_one_preposition_each_is_three_asks():
    piece = "how many came from individuals, from companies and from other organisations"
    assert paired_en(piece) is None
    asks = _asks("Qinghe sample bureau 2023: of the 40 new applications, " + piece + "?")
    assert [a.text for a in asks][-3:] == ["how many came from individuals", "how many from companies",
                                          "how many from other organisations"]
    # (two things, each after its own preposition, stay a pair)
    assert paired_en("the figures for new requests and for requests carried over") is not None
