"""Round 7: the identity of a report — the day it was published and the body that compiled it — in every way a
report states them and every way staff ask for them.  All reports here are fictional (青禾县 / Qinghe)."""

from __future__ import annotations

import pytest

from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.shapes import COMPILER_FIELD, contact_fields
from ingest.prose_fields import extract_contacts, extract_dates, extract_original_dates
from tests.fake_index import answer_from_facts

# --- the body that compiled the report, however the report says it ----------------------------------------


@pytest.mark.parametrize("sentence, body", [
    # the compiler, then what it did before the verb: 根据…要求, 汇总…, 编制而成
    ("本报告由青禾市人民政府信息公开工作领导小组办公室根据《中华人民共和国政府信息公开条例》要求,汇总青禾市各县(区)、"
     "市直各部门政府信息公开工作情况编制而成。", "青禾市人民政府信息公开工作领导小组办公室"),
    # the report the subject, the 由 clause after a clause of its own
    ("青禾省2013年政府信息公开工作年度报告是根据《条例》要求,由青禾省人民政府办公厅综合各市、州人民政府和省直有关部门的"
     "政府信息公开年度报告编制而成。", "青禾省人民政府办公厅"),
    ("本年度报告由禾新区政务服务管理局在各部门年度报告的基础上汇总编制。", "禾新区政务服务管理局"),
    ("本报告由青禾县人民政府办公室会同县直各部门编写。", "青禾县人民政府办公室"),
    ("本报告是由禾苗镇党政办公室依据各村上报材料汇编而成的。", "禾苗镇党政办公室"),
    ("本年度报告由青禾市政务公开办公室按照省政府办公厅的统一要求组织编制。", "青禾市政务公开办公室"),
    ("本报告由青禾县数据资源局汇总整理形成。", "青禾县数据资源局"),
])
def test_the_compiler_of_the_report_in_a_long_by_clause(sentence, body):
    facts = [f for f in extract_contacts(sentence) if f.row == "编制单位"]
    assert [f.text_value for f in facts] == [body], [(f.row, f.text_value) for f in extract_contacts(sentence)]
    assert body in sentence[facts[0].quote_span[0]: facts[0].quote_span[1]]


@pytest.mark.parametrize("sentence", [
    "报告期内,由青禾市财政局根据预算编制的部门预算已全部公开。",  # a report period, not the report
    "本报告中的数据由各县区统计汇总,经青禾市样例局审核。",  # the data, compiled by many
    "本报告所列数据由各部门提供。",
    "本报告的电子版由青禾市人民政府办公室在门户网站发布。",  # published, not compiled
])
def test_no_compiler_of_the_report_in_these(sentence):
    assert not [f.text_value for f in extract_contacts(sentence) if f.row == "编制单位"]


# --- the day the report was published, however the report's page states it --------------------------------


@pytest.mark.parametrize("line, day", [
    ("发文日期 | 2017-03-15 |", "2017-03-15"),
    ("| 发布机构 | 县政府办 | 发文日期 | 2017-03-15 |", "2017-03-15"),
    ("发布日期:2021-01-19 14:36:15  浏览次数:12", "2021-01-19"),
    ("成文日期:2018年2月28日", "2018年2月28日"),
    ("印发日期:2018-02-28", "2018-02-28"),
    ("发布时间:2018-02-28 09:00", "2018-02-28"),
])
def test_a_keyed_publication_date(line, day):
    text = "青禾县样例局2016年政府信息公开工作年度报告\n" + line + "\n一、概述\n2016年,主动公开信息30条。\n"
    got = {f.text_value for f in extract_dates(text)} | {f.text_value for f in extract_original_dates(text)}
    assert day in got, got


# --- asks -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "青禾县2016年的政府信息公开年报是哪个部门汇总编的?",
    "青禾县16年年报谁编的",
    "青禾县2016年年报是哪个单位汇总的",
    "青禾县2016年年报是谁汇总编制的",
    "青禾县2016年年报的编制单位是哪个",
    "For the Qinghe 2016 disclosure annual report, which office actually compiled it?",
    "Who put together Qinghe county's 2016 report?",
    "Which department drew up the Qinghe 2016 report?",
    "Which office was the Qinghe 2016 report compiled by?",
])
def test_compiler_asks_in_other_words(question):
    assert COMPILER_FIELD in contact_fields(normalise_query(question))


ORIGINAL = (
    "青禾县人民政府2016年政府信息公开工作年度报告\n"
    "| 发布机构 | 县政府办 | 发文日期 | 2017-03-15 |\n"
    "本报告由青禾县人民政府信息公开工作领导小组办公室根据《中华人民共和国政府信息公开条例》要求,汇总全县各乡镇、"
    "县直各部门政府信息公开工作情况编制而成。本报告所列数据的统计期限自2016年1月1日至2016年12月31日。"
    "如对本报告有疑问,请与青禾县政务数据中心联系(电话:0999-8123456)。\n"
    "一、概述\n"
    "2016年,全县主动公开政府信息300条。\n"
)
REPORT = Report(doc_id="r" * 16, sources=["qinghe_xian_2016.txt"], agency="青禾县人民政府", region="青禾县", year=2016,
                aliases=["qinghe", "qinghe county"], mentions=["青禾县"])


def _ask(question: str, original: str = ORIGINAL, report: Report = REPORT):
    return answer_from_facts(report, original, question)


@pytest.mark.parametrize("question", [
    "青禾县2016年的政府信息公开年报是哪个部门汇总编的?",
    "青禾县16年年报谁编的",
    "青禾县2016年年报是谁汇总编制的",
    "For the Qinghe 2016 disclosure annual report, which office actually compiled it?",
    "Who put together Qinghe county's 2016 report?",
])
def test_the_compiler_answers_not_the_office_to_contact(question):
    a = _ask(question)
    assert a.answered and "信息公开工作领导小组办公室" in a.text, (question, a.text)
    assert "政务数据中心" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "青禾县政府2016年信息公开年报 是哪天发出来的",
    "青禾县16年那份年报 网上哪天发布的?",
    "青禾县2016年年报什么时候挂网的",
    "青禾县2016年年报几号印发的",
    "青禾县2016年年报何时上网公布",
    "When was Qinghe county's 2016 report put online?",
    "On what day did the Qinghe 2016 report go up on the website?",
    "When was the Qinghe 2016 report posted online?",
])
def test_the_publication_date_answers_a_when_ask_in_other_words(question):
    a = _ask(question)
    assert a.answered and "2017-03-15" in a.text, (question, a.text)


HEADER_ORIGINAL = (
    "当前位置:首页 > 政务公开 > 年度报告\n"
    "禾新区教育局2020年政府信息公开工作年度报告\n"
    "发布者:区教体局  发布日期:2021-01-19 14:36:15  浏览次数:35\n"
    "一、总体情况\n"
    "2020年,我局主动公开政府信息45条。\n"
)
HEADER_REPORT = Report(doc_id="s" * 16, sources=["hexin_jiaoyuju_2020.txt"], agency="禾新区教育局", region="禾新区",
                       year=2020, aliases=["hexin", "hexin education bureau"], mentions=["禾新区"])


@pytest.mark.parametrize("question", [
    "禾新区教育局20年那份年报 网上哪天发布的?",
    "禾新区教育局2020年年报是哪天发出来的",
    "when was the Hexin education bureau 2020 report put online",
])
def test_the_date_of_a_page_header_the_cleaning_drops_answers(question):
    a = _ask(question, HEADER_ORIGINAL, HEADER_REPORT)
    assert a.answered and "2021-01-19" in a.text, (question, a.text)


# --- the publisher, and the office to contact, are not the compiler -------------------------------------------

PUBLISHER_FIELD_WORDS = ("发布机构",)


@pytest.mark.parametrize("question", [
    "青禾县2016年年报是哪个部门发布的",
    "青禾县2016年年报由哪个单位印发的?",
    "青禾县2016年年报谁发的",
    "青禾县2016年年报的发布单位是哪个",
    "Which department published Qinghe county's 2016 report?",
    "Who issued the Qinghe 2016 report?",
    "Which office was the Qinghe 2016 report released by?",
])
def test_publisher_asks_in_other_words(question):
    fields = contact_fields(normalise_query(question))
    assert any("发布机构" in f for f in fields) and COMPILER_FIELD not in fields, fields


@pytest.mark.parametrize("question", ["青禾县2016年发布了多少条信息", "哪个部门发布的信息最多", "青禾县2016年发布会开了几场"])
def test_no_publisher_ask(question):
    assert not any("发布机构" in f for f in contact_fields(normalise_query(question)))


@pytest.mark.parametrize("question", [
    "青禾县2016年年报是哪个部门发布的",
    "青禾县2016年年报哪天发布的，是哪个部门发布的",
    "Which department published Qinghe county's 2016 report?",
])
def test_the_publisher_answers_not_the_compiler(question):
    a = _ask(question)
    assert a.answered and "县政府办" in a.text and "领导小组办公室" not in a.text, (question, a.text)


@pytest.mark.parametrize("question", [
    "青禾县2016年年报有疑问联系哪个部门",
    "对青禾县2016年年报有疑问该找哪个部门",
    "Which office should I contact about Qinghe county's 2016 report?",
])
def test_the_office_to_contact_answers_not_the_compiler(question):
    a = _ask(question)
    assert a.answered and "政务数据中心" in a.text and "领导小组办公室" not in a.text, (question, a.text)
