"""English asks in everyday words the parity probe (bench/parity_probe.py) found declined or answered with another
figure where the same ask in Chinese is answered, on a fictional report (青禾县文化和旅游局, invented here):
- the channels of disclosure in any words ("how did X get its info out", "where does X publish its information",
  "through what platforms …"): searched with the words of the Chinese ask (通过, 渠道; report_fields.toml
  channels_search), so the sentence saying through what the agency published answers;
- what requesters paid ("what did requesters pay", "did applicants pay anything", "free of charge"): the fees charged;
- a figure compared with the previous year ("how did the request count compare to the previous year"): the requests
  received, never those carried over from the previous year;
- the period in other words ("what time span", "from when to when", "which months", "the statistical period");
- disclosure on the agency's own initiative ("disclosed on its own initiative", "voluntarily", "without anyone asking");
- a sentence listing the report's parts, as its table of contents does ("本报告由总体情况、…、收费及减免情况…组成"),
  answers no ask of one of them (assistant/topic_only.py), only an ask of the report's parts.
"""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.query import parse_question
from tests.fake_index import answer_from_lines

CULTURE = (
    "青禾县文化和旅游局2022年政府信息公开工作年度报告\n"
    "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、收费及减免情况、存在的主要问题及改进情况等部分组成。\n"
    "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
    "一、总体情况\n"
    "2022年,我局主动公开政府信息共316条。\n"
    "我局通过“青禾文旅”微信公众号和县政府门户网站等平台发布文旅活动信息。\n"
    "全年共收到政府信息公开申请9件,较上年有所减少。\n"
    "上年结转政府信息公开申请2件。\n"
    "二、收费及减免情况\n"
    "我局在办理依申请公开工作中未向申请人收取任何费用。\n"
    "三、存在的主要问题及改进情况\n"
    "一是公开内容不够全面;二是解读形式较为单一。\n"
)
REPORT = Report(doc_id="c" * 16, sources=["qinghe_wenlvju_2022.txt"], agency="青禾县文化和旅游局", region="青禾县",
                year=2022, aliases=["qinghe", "qinghe culture and tourism bureau", "culture and tourism bureau"])


@pytest.mark.parametrize("question", [
    "how did the Qinghe culture and tourism bureau get its info out in 2022?",
    "where does the Qinghe culture and tourism bureau publish its information (2022 report)?",
    "through what platforms did the Qinghe culture and tourism bureau publish information in 2022?",
    "which channels did the Qinghe culture and tourism bureau use to release information in 2022?",
])
def test_the_channels_asked_in_any_words_are_searched_as_the_chinese_ask(question):
    assert "通过" in parse_question(question, [REPORT]).terms
    a = answer_from_lines(REPORT, CULTURE, question)
    assert a.answered and "微信公众号" in a.text, a.text


def test_a_count_on_a_channel_is_no_channels_ask():
    assert "通过" not in parse_question("how many WeChat posts did the Qinghe culture and tourism bureau put out in 2022?",
                                       [REPORT]).terms


@pytest.mark.parametrize("question", [
    "what did requesters pay the Qinghe culture and tourism bureau in 2022?",
    "how much did applicants pay the Qinghe culture and tourism bureau for information in 2022?",
    "was asking the Qinghe culture and tourism bureau for information free of charge in 2022?",
    "did requesters have to make any payment to the Qinghe culture and tourism bureau in 2022?",
])
def test_what_requesters_paid_is_the_fees_charged(question):
    a = answer_from_lines(REPORT, CULTURE, question)
    assert a.answered and "收取任何费用" in a.text, a.text


@pytest.mark.parametrize("question", [
    "how did the Qinghe culture and tourism bureau's 2022 request count compare to the previous year?",
    "Qinghe culture and tourism bureau 2022: requests received, compared with the previous year?",
    "did the Qinghe culture and tourism bureau get more requests in 2022 than the previous year?",
    "how many requests did the Qinghe culture and tourism bureau receive in 2022 versus the prior year?",
])
def test_a_comparison_with_the_previous_year_is_no_carried_over_figure(question):
    q = parse_question(question, [REPORT])
    assert q.metric is not None and q.metric.key == "applications_received", q.metric


def test_carried_over_from_the_previous_year_stays_carried_over():
    q = parse_question("how many requests did the Qinghe culture and tourism bureau carry over from the previous year in "
                       "2022?", [REPORT])
    assert q.metric.key == "applications_carried_over"


@pytest.mark.parametrize("question", [
    "what time span do the Qinghe culture and tourism bureau's 2022 figures cover?",
    "the Qinghe culture and tourism bureau's 2022 report's data runs from when to when?",
    "which months does the Qinghe culture and tourism bureau's 2022 disclosure report cover?",
    "what is the statistical period of the Qinghe culture and tourism bureau 2022 report?",
])
def test_the_period_in_other_words(question):
    assert "统计期限" in parse_question(question, [REPORT]).terms
    a = answer_from_lines(REPORT, CULTURE, question)
    assert a.answered and "2022年1月1日" in a.text, a.text


@pytest.mark.parametrize("question", [
    "what month and year is the Qinghe culture and tourism bureau's 2022 report dated?",
    "which month was the Qinghe culture and tourism bureau's 2022 report published in?",
])
def test_the_month_of_the_report_is_no_period(question):
    assert "统计期限" not in parse_question(question, [REPORT]).terms


@pytest.mark.parametrize("question", [
    "how many pieces of government information did the Qinghe culture and tourism bureau disclose on its own initiative "
    "in 2022?",
    "how many items did the Qinghe culture and tourism bureau voluntarily disclose in 2022?",
    "Qinghe culture and tourism bureau 2022: how many documents were published without anyone asking?",
])
def test_disclosure_on_the_agencys_own_initiative_is_proactive(question):
    assert "主动公开" in parse_question(question, [REPORT]).terms
    a = answer_from_lines(REPORT, CULTURE, question)
    assert a.answered and "316" in a.text, a.text


@pytest.mark.parametrize("question", [
    "what problems did the Qinghe culture and tourism bureau mention in its 2022 report?",
    "Qinghe culture and tourism bureau 2022 — did it charge any fees?",
])
def test_the_table_of_contents_answers_no_ask_of_one_part(question):
    a = answer_from_lines(REPORT, CULTURE, question)
    assert "本报告由" not in a.text, a.text


def test_the_table_of_contents_answers_an_ask_of_the_parts():
    from assistant.answer_types import asks_contents, lists_report_contents

    def lists_parts(sentence: str, asked: str) -> bool:
        return lists_report_contents(sentence) and not asks_contents(asked)

    toc = "本报告由总体情况、主动公开政府信息情况、收费及减免情况等部分组成。"
    assert lists_parts(toc, "青禾县文化和旅游局2022年收费情况如何")
    assert lists_parts("全文包括概述,主动公开情况,依申请公开情况,存在的主要问题和改进措施。", "存在哪些问题")
    assert not lists_parts(toc, "what parts does the qinghe 2022 report have?")
    assert not lists_parts(toc, "青禾县文化和旅游局2022年报告包括哪些内容")
    assert not lists_parts("2022年,我局主动公开政府信息共316条,包括概述类信息20条。", "主动公开多少条")
