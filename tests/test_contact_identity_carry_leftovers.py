"""Contact, identity and new-user leftovers (fixer KE), on fictional reports invented here (青禾县自然资源局, 青禾县样例局,
青禾县人民政府; no figure is real):
- contact fields listed after a verb that names one of them ("I want to fax my comments … — fax number and postcode
  of …"): the list is split, the lone field word before it is of the frame;
- the website a reprint names as its source in its page header ("来源:X人民政府网站"): a 出处 field, asked by
  "来源是哪个网站" / "which site does it credit as its source" (labelled 出处: a site or publisher ask never reads it);
- a compiler or publisher ask of a report that names neither: its own agency, cited by the sentence naming it;
- carried over "to Y+1" / "from Y-1" asked of the report of Y named by its year: the row of that report, the
  direction by the year (结转下年度 / 上年结转), also when the store holds the neighbour's report;
- "有没有…，…有几件" / "was anything …, and how many": one ask, no second "not stated" line;
- the outcomes of lawsuits counted in two groups (未经复议直接起诉 / 复议后起诉): each part names its group.
"""

from __future__ import annotations

import re

import pytest

from assistant.carried_year import as_carried_from, as_carried_into
from assistant.core.types import Report
from assistant.field_asks import split_fields
from assistant.part_groups import part_label
from assistant.shapes import contact_fields
from assistant.whether_then_count import count_of_whether
from tests.fake_index import answer_from_lines, facts_of
from tests.fixtures.carry_bureau import BUREAU, BUREAU_TEXT



def _figures(text: str) -> list[str]:
    return re.findall(r"(?<![\d\[])\d+(?![\d\]])", re.sub(r"(?<!\d)20\d\d(?!\d)", "", text))


# --- contact fields listed after a verb naming one of them ------------------------------------------------------
def test_a_list_of_fields_after_a_lone_field_word_is_split():
    out = split_fields("qinghe 2021 report: i want to fax my comments and post a copy too — fax number and postcode "
                       "of the county office")
    assert out is not None and len(out) == 2
    assert out[0].endswith("fax number of the county office") and out[1].endswith("postcode of the county office")


def test_fields_far_apart_or_two_lists_stay_one_ask():
    assert split_fields("the phone of the office that handles email complaints") is None
    # two lists: which one is asked is not clear
    assert split_fields("phone and fax of the office that handles email and postcode changes") is None


# --- the source website a reprint names ---------------------------------------------------------------------------
REPRINT = Report(doc_id="r" * 16, sources=["qinghe_zhengfu_2019.txt"], agency="青禾县人民政府", region="青禾县", year=2019,
                 aliases=["qinghe"])
REPRINT_TEXT = (
    "青禾县人民政府2019年政府信息公开年度报告\n"
    "样例门户网站 www.example.cn   2020年03月06日   来源:青禾县人民政府网站\n"
    "本报告根据《条例》编制。本报告的电子版可在“青禾政府网”(www.qinghe.example.cn)下载。\n"
    "一、概述\n"
    "全年主动公开政府信息120条。\n"
)


def test_a_source_website_in_a_page_header_is_a_field():
    got = [(f.row, f.text_value) for f in facts_of(REPRINT, REPRINT_TEXT) if f.kind == "contact"]
    assert ("出处", "青禾县人民政府网站") in got
    assert not any(row == "发布机构" for row, _v in got)  # a website is no publishing office


def test_a_site_to_read_the_report_on_is_not_the_source_website():
    a = answer_from_lines(REPRINT, REPRINT_TEXT, "青禾县2019年的年报在哪个网站可以下载？")
    assert a.answered and "www.qinghe.example.cn" in a.text and "青禾县人民政府网站" not in a.text, a.text


def test_a_source_naming_no_website_is_no_source_website():
    text = REPRINT_TEXT.replace("来源:青禾县人民政府网站", "来源:本站原创")
    assert not any(f.row == "出处" for f in facts_of(REPRINT, text))


@pytest.mark.parametrize("question", [
    "青禾县2019年的年报转载到门户网站时，标的来源是哪个网站？",
    "Qinghe 2019 report reprint: which site does it credit as its source?",
])
def test_the_source_website_is_asked(question):
    assert contact_fields(question.lower())[0].startswith("出处")


def test_a_site_to_read_the_report_on_is_no_source():
    assert not contact_fields("年报可以在哪个网站查阅？")[0].startswith("出处")


def test_the_source_website_asked_end_to_end():
    a = answer_from_lines(REPRINT, REPRINT_TEXT, "青禾县2019年的年报转载时标的来源是哪个网站？")
    assert a.answered and "青禾县人民政府网站" in a.text, a.text


# --- the report's own agency as its compiler --------------------------------------------------------------------
OWN = Report(doc_id="o" * 16, sources=["qinghe_yangliju_2010.txt"], agency="青禾县样例局", region="青禾县", year=2010,
             aliases=["qinghe", "qinghe sample bureau"], provenance={"agency": "text", "year": "text"})
OWN_TEXT = (
    "本年度报告根据《条例》的有关规定编制。\n"
    "一、概述\n"
    "2010年,青禾县样例局在县政府的领导下,大力推进政府信息公开工作。\n"
    "领导小组下设了档案管理组,负责日常更新和维护工作。\n"
)


@pytest.mark.parametrize("question", ["青禾县样例局2010年的年报是哪个单位编写的？",
                                      "Qinghe sample bureau 2010: which bureau wrote the report?"])
def test_a_report_naming_no_compiler_is_its_own_agencys(question):
    a = answer_from_lines(OWN, OWN_TEXT, question)
    # (named first, in the field's role: template sentence_agency_named, tests/test_agency_named_compiler.py)
    assert a.answered and a.text.startswith(("编制单位：青禾县样例局", "Compiled by: 青禾县样例局")), a.text
    assert any("青禾县样例局在县政府" in c.quote for c in a.citations)


def test_an_agency_read_from_the_file_name_only_is_not_named_compiler():
    from_name = OWN.model_copy(update={"provenance": {"agency": "filename"}})
    text = OWN_TEXT.replace("2010年,青禾县样例局在", "2010年,本单位在")
    a = answer_from_lines(from_name, text, "青禾县样例局2010年的年报是哪个单位编写的？")
    assert not a.answered, a.text


# --- carried over: the direction by the year, the report by its year ------------------------------------------
def _reports(*years: int) -> list[Report]:
    return [Report(doc_id=f"qh{y}", agency="青禾县样例局", year=y) for y in years]


def test_carried_into_the_next_year_of_a_report_named_by_its_year():
    got = as_carried_into("青禾县样例局2021年的报告里，有没有结转到2022年的申请？", _reports(2021, 2022))
    assert got is not None and got[1] == 2021 and "下年度" in got[0]
    en = as_carried_into("qinghe bureau 2021 report: was anything carried over to 2022?", _reports(2021, 2022))
    assert en is not None and en[1] == 2021 and "the next year" in en[0]
    assert as_carried_into("青禾县样例局2021年有没有遗留到2022年的申请？", _reports(2021))[1] == 2021
    assert as_carried_into("青禾县样例局2021年有多少申请转入2022年办理？", _reports(2021))[1] == 2021


def test_an_english_year_written_before_carry_overs_is_the_year_carried_into():
    got = as_carried_into("qinghe bureau 2021 report: any 2022 carry-overs?", _reports(2021, 2022))
    assert got is not None and got[1] == 2021 and "carried forward into the next year" in got[0]
    assert as_carried_into("qinghe bureau, 2021: how many 2022 carryovers were there?", _reports(2021))[1] == 2021
    # (the report of 2022 named alone, or another year too: as asked)
    assert as_carried_into("qinghe bureau: any 2022 carry-overs?", _reports(2021, 2022)) is None
    assert as_carried_into("qinghe bureau 2021 report: any 2020 carry-overs?", _reports(2020, 2021)) is None


def test_carried_from_the_year_before_of_a_report_named_by_its_year():
    got = as_carried_from("青禾县样例局2021年从2020年结转过来的申请有几件？", _reports(2020, 2021))
    assert got is not None and got[1] == 2021 and "上年" in got[0]
    en = as_carried_from("qinghe bureau 2021: how many were carried over from 2020?", _reports(2020, 2021))
    assert en is not None and en[1] == 2021


def test_only_the_year_carried_named_and_its_report_held_stays_as_asked():
    assert as_carried_from("青禾县样例局从2020年结转过来的申请有几件？", _reports(2020, 2021)) is None
    assert as_carried_into("青禾县样例局结转到2022年的申请有几件？", _reports(2021, 2022)) is None


@pytest.mark.parametrize("question, row", [
    ("青禾县自然资源局2021年的报告里，有没有结转到2022年的申请？", "4"),
    ("Qinghe natural resources bureau 2021: was anything carried over to 2022?", "4"),
    ("青禾县自然资源局2021年有没有遗留到2022年的申请？", "4"),
    ("青禾县自然资源局2021年从2020年结转过来的申请有几件？", "3"),
    ("Qinghe natural resources bureau 2021: how many requests were carried over from 2020?", "3"),
    ("Qinghe natural resources bureau 2021 report: any 2022 carry-overs?", "4"),
    ("In its 2021 report, did Qinghe natural resources bureau have any 2022 carry-overs?", "4"),
    ("Qinghe natural resources bureau 2021 report: any 2020 carry-overs?", "3"),
])
def test_carried_over_end_to_end(question, row):
    a = answer_from_lines(BUREAU, BUREAU_TEXT, question)
    assert a.answered and _figures(a.text) == [row], a.text


# --- whether any, then how many: one ask -----------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "青禾县自然资源局2021年有没有没办完的，结转到下一年的有几件？",
    "青禾县自然资源局2021年有没有结转到下一年的？有几件？",
    "Qinghe natural resources bureau 2021 report: was anything carried over to 2022, and how many?",
])
def test_whether_then_how_many_is_one_ask(question):
    a = answer_from_lines(BUREAU, BUREAU_TEXT, question)
    assert a.answered and _figures(a.text) == ["4"], a.text
    assert "没有写明" not in a.text and "do not state" not in a.text


def test_a_count_of_another_thing_after_a_whether_ask_stays_its_own():
    a = answer_from_lines(BUREAU, BUREAU_TEXT, "青禾县自然资源局2021年有没有行政复议？结转到下一年的有几件？")
    assert a.answered and {"3", "4"} <= set(_figures(a.text)), a.text


def test_whether_then_count_rule():
    class F:
        value = 4.0
    assert count_of_whether("有没有没办完的", [F()], None, "结转到下一年的有几件", None)
    assert not count_of_whether("有几件没办完", [F()], None, "结转到下一年的有几件", None)  # the first counts already
    assert not count_of_whether("有没有没办完的", [], None, "结转到下一年的有几件", None)  # nothing found before


# --- lawsuits in two groups: each part names its group -----------------------------------------------------------
@pytest.mark.parametrize("question", ["青禾县自然资源局2021年行政诉讼的结果分别是什么？",
                                      "青禾县自然资源局2021年行政复议和行政诉讼的结果如何？",
                                      "Qinghe natural resources bureau 2021: how did the lawsuits turn out?"])
def test_outcomes_of_two_groups_name_each_group(question):
    a = answer_from_lines(BUREAU, BUREAU_TEXT, question)
    assert a.answered, a.text
    assert len(outcome_labels(a.text)) == len(set(outcome_labels(a.text))), a.text  # none said twice without its group


def outcome_labels(text: str) -> list[str]:
    """The outcome labels an answer writes, each with the group before it when it names one."""
    return re.findall(r"(?:^|[•、：:,（(]\s*)([^•、：:,\[\]（()\n]*?(?:结果维持|结果纠正|upheld|corrected))(?=\s*(?:[：:）)]|\[))",
                      text, re.M)


def test_outcome_labels_reader():
    old = "行政诉讼（未经复议直接起诉 / 总计）：1件[1]\n分项如下：\n• 结果维持：1件[3]\n• 结果维持：2件[4]\n其余均为0：结果纠正[5]、结果纠正[8]"
    assert outcome_labels(old) == ["结果维持", "结果维持", "结果纠正", "结果纠正"]


def test_part_label_names_the_group_only_among_several():
    from assistant.core.types import Fact

    def cell(column: str, value: float) -> Fact:
        return Fact(doc_id="x", source="x", table="四", row="行政诉讼", column=column, value=value, raw=str(value),
                    start=0, end=1, quote_start=0, quote_end=1)
    a, b = cell("行政诉讼 / 未经复议直接起诉 / 结果维持", 1), cell("行政诉讼 / 复议后起诉 / 结果维持", 2)
    assert part_label([b], a, "zh") == "未经复议直接起诉 / 结果维持"
    review = Fact(doc_id="x", source="x", table="四", row="行政复议", column="行政复议 / 结果维持", value=2, raw="2",
                  start=0, end=1, quote_start=0, quote_end=1)
    assert part_label([review], review, "zh") == "结果维持"
