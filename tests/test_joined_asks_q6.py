"""Asks joined in ways users word them (wave 5, Q6), on a fictional report (青苗县水务局, invented here):
- a list of asks closed by "respectively" / "separately" (no thing of its own, nor a word of the last ask);
- a figure named in a "besides the number of …" clause before the ask it goes with (an ask, not a thing set aside);
- "how many A were B, out of how many C": the whole is asked too, of what the first ask counts;
- "A, B and C — give each count": the count asked after the things is asked of each;
- "had how many X, up from how many before": both ends of one change;
- "上年结转的申请有几件，本年新收的又有几件": the second ask's own 的-modifier replaces the first's;
- "how many requests were carried over, and how many new ones came in": "ones" is the noun the ask before counts;
- "那164条是怎么拆的？A、B各多少": the whole the question states is no ask (neither answered nor cited);
- "setting aside the 91 work updates, how do the rest split": the part set aside is no part of the answer.
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.zh_clauses import units_zh
from tests.fake_index import answer_from_lines
from tests.helpers import ask_texts

DOC = "q" * 16
ORIGINAL = (
    "青苗县水务局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开情况\n"
    "本局网站共发布信息164条,其中工作动态91条,政策解读8条,通知公告65条。\n"
    "(二)依申请公开情况\n"
    "2023年,本局收到政府信息公开申请38件(其中:网上申请31件,当面申请2件,信函申请5件)。\n"
    "三、收到和处理政府信息公开申请情况\n"
    "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n"
    "自然人 | 法人或其他组织 | 总计 |\n"
    "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"
    "一、本年新收政府信息公开申请数量 | 35 | 3 | 0 | 0 | 0 | 0 | 38 |\n"
    "二、上年结转政府信息公开申请数量 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 17 | 2 | 0 | 0 | 0 | 0 | 19 |\n"
    "(二)部分公开 | 9 | 0 | 0 | 0 | 0 | 0 | 9 |\n"
    "(七)总计 | 39 | 3 | 0 | 0 | 0 | 0 | 42 |\n"
    "四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
    "青苗县水务局\n"
    "2024年1月22日\n"
)
REPORT = Report(doc_id=DOC, sources=["qingmiao_shuiwuju_2023.txt"], agency="青苗县水务局", region="青苗县", year=2023,
                aliases=["qingmiao"])


def _all_in(text: str, figures) -> bool:
    return all(f in text.replace(",", "") for f in figures)


@pytest.mark.parametrize("question, asks", [
    ("qingmiao 2023: number of new requests and number of requests carried over, respectively.",
     ["qingmiao 2023: number of new requests", "qingmiao 2023: number of requests carried over"]),
    ("qingmiao 2023: the number of work updates and the policy explainers, separately?",
     ["qingmiao 2023: the number of work updates", "qingmiao 2023: the number of the policy explainers"]),
])
def test_a_closing_respectively_is_no_word_of_the_last_ask(question, asks):
    assert ask_texts(question) == asks


def test_respectively_alone_changes_no_single_ask():
    question = "how many requests did qingmiao receive in 2023, respectively?"
    assert len(ask_texts(question)) == 1


def test_besides_the_number_of_is_an_ask_of_its_own():
    question = "besides the number of requests it received in 2023, how many items did the qingmiao water bureau post on its website?"
    assert ask_texts(question) == ["the number of requests it received in 2023",
                               "how many items did the qingmiao water bureau post on its website"]


def test_besides_a_thing_is_still_set_aside():
    assert ask_texts("besides individuals, how many requests came from companies?") == ["how many requests came from companies"]


def test_out_of_how_many_asks_the_whole_of_what_the_first_ask_counts():
    question = "qingmiao 2023: how many requests were disclosed in full, out of how many received?"
    assert ask_texts(question)[-1].endswith("how many requests received")
    assert len(ask_texts(question)) == 2


def test_give_each_count_after_a_list_asks_each():
    assert len(ask_texts("qingmiao 2023: requests filed online, by letter, and in person — give each count.")) == 3


def test_up_from_how_many_before_asks_both_ends_of_a_change():
    asks = split_asks(normalise_query("after its 2023 website revamp qingmiao had how many columns, up from how many before?"))
    assert len(asks) == 2


def test_a_second_asks_own_modifier_replaces_the_first_asks():
    assert units_zh("青苗县水务局2023年上年结转的申请有几件，本年新收的又有几件") == [
        "青苗县水务局2023年上年结转的申请有几件", "青苗县水务局2023年本年新收的又有几件"]
    # a later ask of the first ask's own thing keeps the first's words ("制发了")
    assert units_zh("青苗县2023年制发了几件规范性文件，现行有效的有几件")[1].startswith("青苗县2023年")


@pytest.mark.parametrize("question, figures", [
    ("qingmiao water bureau 2023: number of new requests and number of requests carried over from the year before, respectively.",
     ["38", "6"]),
    ("Besides the number of requests it received in 2023, how many items did the Qingmiao water bureau post on its website?",
     ["38", "164"]),
    ("Qingmiao water bureau 2023: requests filed online, by letter, and in person — give each count.", ["31", "5", "2"]),
    ("青苗县水务局2023年上年结转的申请有几件，本年新收的又有几件？", ["6", "38"]),
])
def test_each_ask_is_answered(question, figures):
    answer = answer_from_lines(REPORT, ORIGINAL, question)
    assert answer.answered and _all_in(answer.text, figures), answer.text


def test_a_whole_the_question_states_is_neither_answered_nor_cited():
    answer = answer_from_lines(REPORT, ORIGINAL, "青苗县水务局2023年网站那164条是怎么拆的？工作动态、政策解读、通知公告各多少")
    assert answer.answered and _all_in(answer.text, ["91", "8", "65"]), answer.text
    assert not any("164" in (c.quote or "") and "91" not in (c.quote or "") for c in answer.citations)
    assert len(answer.citations) == 3


def test_a_part_the_question_sets_aside_is_left_out_of_the_breakdown():
    question = "Qingmiao water bureau 2023: setting aside the 91 work updates, how do the rest of the 164 website items split by category?"
    answer = answer_from_lines(REPORT, ORIGINAL, question)
    assert answer.answered and _all_in(answer.text, ["8", "65"]), answer.text
    assert not any((c.quote or "").startswith("其中工作动态91条") or (c.quote or "") == "工作动态91条" for c in answer.citations)


def test_ones_in_a_later_ask_stands_for_the_noun_the_ask_before_counts():
    question = "how many requests did qingmiao carry over from 2022, and how many new ones came in during 2023?"
    assert ask_texts(question)[1] == "and how many new requests came in during 2023"
    answer = answer_from_lines(REPORT, ORIGINAL, question)
    assert answer.answered and _all_in(answer.text, ["6", "38"]), answer.text
