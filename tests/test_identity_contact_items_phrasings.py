"""Phrasings of identity, contact and list asks that fixer H5's paraphrase probe found declined, on fictional reports
(青禾县信访局, 青禾自治区人民政府办公厅, 青禾县人民医院, invented here):
- the report's date asked in English where the agency's own name is written in English words ("the Qinghe letters and
  visits bureau's report", "the Qinghe regional government's report"): those words say whose report, no topic beside
  the date (a rendering of them in the report's own name, 信访 of 来信来访|信访; "regional", the level of an
  autonomous region);
- "what year does the report cover": the period of its figures, as "which year";
- "在哪办公": the office's address; "在哪个网上能看到": the site the report is on;
- "今后的改进措施": the report's plans, headed 下一步 as often as 今后;
- "除了网站还通过哪些渠道 / 网站以外还用了哪几种方式": the website is set aside, not asked — the other channels are;
- a channels ask ending on its noun ("还用了哪几种渠道？", "其他公开方式列一下") asks the channels of disclosure, never
  answered by the list of ways applications came in (an item of 依申请公开办理情况).
"""

from __future__ import annotations

import pytest

from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.text import normalise_query
from assistant.core.types import Fact, Report
from assistant.excepted import excepted_spans, without_excepted
from assistant.label_term_filters import names_own_report, only_set_aside
from assistant.labels import has
from assistant.query import parse_question
from assistant.shapes import SITE_FIELD, contact_fields, report_date_terms
from assistant.verify import AskShape, fact_holds_shape
from tests.fake_index import answer_from_facts, answer_from_lines

PETITIONS = Report(doc_id="p" * 16, sources=["qinghe_xinfang_2013.txt"], agency="青禾县信访局", region="青禾县", year=2013,
                   aliases=["qinghe", "qinghe petitions bureau", "petitions bureau"])
PETITIONS_TEXT = (
    "青禾县信访局2013年政府信息公开工作年度报告\n"
    "一、概述\n"
    "2013年,本局主动公开政府信息35条。\n"
    "二、联系方式\n"
    "本局信息公开办公室办公地址在青禾县和平路18号,联系电话0999-1234567。\n"
    "本报告电子版可在青禾县政府信息公开网站(http://xxgk.qinghe.example/xinfang)查阅。\n"
    "本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。\n"
    "青禾县信访局\n"
    "2014年1月21日\n"
)


@pytest.mark.parametrize("question", [
    "When was the Qinghe letters and visits bureau's 2013 OGI report dated?",
    "When was the Qinghe petitions bureau's 2013 report dated?",
])
def test_the_agencys_own_words_in_english_are_no_topic_beside_the_date(question):
    a = answer_from_facts(PETITIONS, PETITIONS_TEXT, question, source="qinghe_xinfang_2013.txt")
    assert a.answered and ("2014年1月21日" in a.text or "2014-01-21" in a.text), a.text


def test_a_term_names_the_own_report_by_any_rendering_of_two_characters():
    assert names_own_report("来信来访|信访", ["青禾县信访局"])
    assert not names_own_report("办公室|办", ["青禾县人民政府办公厅"])  # one character names no report
    assert not names_own_report("网址|网站", ["青禾县信访局"])


def test_regional_is_a_word_of_an_agency_name_not_a_topic():
    norm = "when was the qinghe regional government 2022 disclosure report posted online?"
    assert report_date_terms(norm, {"regional": 2.0, "disclosure": 0.6})


@pytest.mark.parametrize("question", [
    "What year does the Qinghe petitions bureau's OGI annual report cover?",
    "Which year does the Qinghe petitions bureau's OGI annual report cover?",
])
def test_what_year_does_it_cover_asks_the_period(question):
    assert "统计期限" in parse_question(question, [PETITIONS]).terms
    a = answer_from_lines(PETITIONS, PETITIONS_TEXT, question)
    assert a.answered and "2013年1月1日" in a.text, a.text


@pytest.mark.parametrize("question", [
    "青禾县信访局2013年年报里信息公开办公室在哪办公？",
    "青禾县信访局2013年信息公开办公室在哪里办公",
])
def test_where_the_office_works_asks_its_address(question):
    fields = contact_fields(normalise_query(question))
    assert fields and has(fields[0], "地址")
    a = answer_from_lines(PETITIONS, PETITIONS_TEXT, question)
    assert a.answered and "和平路18号" in a.text, a.text


@pytest.mark.parametrize("question", [
    "青禾县信访局13年的信息公开年报在哪个网上能看到",
    "青禾县信访局2013年年报在什么网上可以查到",
])
def test_which_net_it_can_be_seen_on_asks_the_site(question):
    assert SITE_FIELD in contact_fields(normalise_query(question))


def test_jinhou_and_xiayibu_head_the_same_plans():
    assert has("今后", "下一步工作打算")
    assert has("下一步", "今后工作打算")


HOSPITAL = Report(doc_id="h" * 16, sources=["qinghe_hospital_2020.txt"], agency="青禾县人民医院", region="青禾县", year=2020,
                  aliases=["qinghe hospital"])
HOSPITAL_TEXT = (
    "青禾县人民医院2020年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "2020年,我院主动发布政府信息120条;还通过院内电子屏、发放宣传册、单位网站、公开栏张贴等方式予以公开。\n"
    "二、依申请公开办理情况\n"
    "本年度未收到通过受理电话、网络平台、来信等方式提出的政府信息公开申请。\n"
)


@pytest.mark.parametrize("question", [
    "青禾县人民医院2020年除了网站还通过哪些方式公开信息",
    "青禾县人民医院2020年信息公开，网站以外还用了哪几种渠道？",
])
def test_a_website_set_aside_is_not_asked(question):
    norm = normalise_query(question)
    assert excepted_spans(norm)
    assert contact_fields(norm) == []
    assert only_set_aside("网站", norm)
    assert not only_set_aside("方式", norm)


def test_a_field_asked_beside_one_set_aside_is_still_asked():
    norm = normalise_query("青禾县信访局年报除了电话，邮箱是多少？")
    assert contact_fields(norm) == ["邮箱"]


@pytest.mark.parametrize("question", [
    "青禾县人民医院2020年除了网站还通过哪些方式公开信息",
    "青禾县人民医院2020年度年报：除了网上公开，其他公开方式列一下",
])
def test_the_other_channels_of_disclosure_answer(question):
    a = answer_from_lines(HOSPITAL, HOSPITAL_TEXT, question)
    assert a.answered and "电子屏" in a.text and "受理电话" not in a.text, a.text


@pytest.mark.parametrize("question", ["青禾医院2020年信息公开，网站以外还用了哪几种渠道？", "青禾医院年报：其他公开方式列一下"])
def test_a_channels_ask_ending_on_its_noun(question):
    assert REPORT_FIELDS.field_asked(normalise_query(question)) == "channels"


def test_the_ways_applications_came_in_are_no_channel_of_disclosure():
    assert REPORT_FIELDS.field_asked(normalise_query("青禾医院通过哪几种渠道提交申请？")) != "channels"
    shape = AskShape(field="channels")
    def item(row: str, text: str) -> Fact:
        return Fact(doc_id="h" * 16, kind="item", table="narrative", row=row, column="", text_value=text, raw=text,
                    start=0, end=len(text), quote_start=0, quote_end=len(text), unit="")
    came_in = item("依申请公开办理情况", "受理电话、网络平台、来信")
    put_out = item("主动公开政府信息情况", "院内电子屏、单位网站、公开栏")
    assert not fact_holds_shape(shape, came_in)
    assert fact_holds_shape(shape, put_out)


def test_a_side_set_aside_before_who_is_no_ask_of_its_own():
    # "leaving aside individuals, who filed the rest …": the individuals are not asked, the rest are
    norm = normalise_query("Qinghe sample bureau 2022: leaving aside private individuals, who filed the rest of the 40 "
                           "new requests — how many companies, how many research bodies?")
    assert "individuals" not in without_excepted(norm)
    assert "who filed the rest" in without_excepted(norm)
