"""Answer types (assistant/answer_types.py): an ask counting items is not answered by days, people, money or a share;
an ask of who compiled or released the report not by a figure; an ask of the period the figures cover not by a
sentence without a date; a how-many ask not by a sentence writing no number.  Both languages, several phrasings;
and what each still lets answer.

Every text here is written for fictional agencies (青禾县, Qinghe); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.answer_types import (
    asks_maker,
    asks_period,
    counts_items,
    other_type_for_items,
    states_a_period,
    states_no_number,
)
from assistant.core.types import Fact
from assistant.precision import fact_answers, sentence_answers
from assistant.query import parse_question
from tests.test_precision import REPORT

ITEM_ASKS = ["青禾县2016年主动公开政府信息多少条？", "青禾县去年收到几件申请", "青禾县发布了多少篇政策解读",
             "Qinghe County 2016: number of items published proactively?",
             "how many information disclosure requests did Qinghe County receive in 2016?",
             "how many documents did the Qinghe bureau make public?"]
NOT_ITEM_ASKS = ["青禾县政务热线全年接听多少天", "青禾县收取信息处理费多少元", "how much did Qinghe County charge in fees?",
                 "how many days did Qinghe take to reply on average?", "青禾县培训了多少人次"]


@pytest.mark.parametrize("ask", ITEM_ASKS)
def test_asks_counting_items(ask):
    assert counts_items(ask)
    for unit in ("天", "人次", "%", "万元", "days", "余人次", "个工作日"):
        assert other_type_for_items(ask, unit), (ask, unit)
    for unit in ("条", "件", "篇", "items", "余条", "", None):
        assert not other_type_for_items(ask, unit), (ask, unit)


@pytest.mark.parametrize("ask", NOT_ITEM_ASKS)
def test_asks_of_other_things_keep_their_units(ask):
    assert not counts_items(ask)
    assert not other_type_for_items(ask, "天") and not other_type_for_items(ask, "元")


MAKER_ASKS = ["青禾县2016年政府信息公开工作年度报告是谁编写的？", "青禾县2016年的信息公开年报是哪个单位发布的？",
              "青禾县年报由谁编制", "青禾县年报的编制单位是什么", "青禾县年报是由谁负责编写的",
              "Qinghe County 2016 annual disclosure report: which office put it together?",
              "which body released the Qinghe County's 2016 open government information report?",
              "who compiled the Qinghe bureau's annual report?"]
NOT_MAKER_ASKS = ["青禾县2016年收到多少申请", "青禾县政务公开领导小组组长由谁担任", "which office received the most requests in Qinghe?",
                  "青禾县2016年年报是哪天公布的？", "how many items did the Qinghe bureau publish?"]


@pytest.mark.parametrize("ask", MAKER_ASKS)
def test_an_ask_of_the_reports_maker_is_answered_by_no_figure(ask):
    assert asks_maker(ask)
    fig = Fact(doc_id=REPORT.doc_id, table="narrative", row="共收到咨询件", column="", value=50, kind="narrative", unit="件",
               label_zh="共收到咨询件", metric=None, raw="共收到咨询件50余件", start=0, end=1, quote_start=0, quote_end=1)
    assert not fact_answers(fig, None, fig.row, ask)


@pytest.mark.parametrize("ask", NOT_MAKER_ASKS)
def test_other_asks_are_no_asks_of_the_maker(ask):
    assert not asks_maker(ask)


PERIOD_ASKS = ["青禾县2016年年报中的数据统计的是哪段时间？", "青禾县年报的统计期限是什么", "青禾县年报数据的起止时间",
               "what dates do the figures in the Qinghe County's 2016 report run from and to?",
               "what period do the data in Qinghe's report cover?", "what is the reporting period of Qinghe's 2016 report?"]


class _Hit:
    def __init__(self, clean: str, figure: str | None = None):
        self.span = self.clause = (0, len(clean))
        self.figure = figure
        self.chunk = type("Chunk", (), {"section": ""})()


@pytest.mark.parametrize("ask", PERIOD_ASKS)
def test_an_ask_of_the_period_wants_dates(ask):
    assert asks_period(ask)
    q = parse_question(ask, [REPORT])
    undated = "按照“谁公开谁审查”的原则,明确公开事项、公开时间、公开载体。"
    assert not sentence_answers(_Hit(undated), q, undated)


@pytest.mark.parametrize("text", ["本报告所列数据的统计期限自2016年1月1日起至12月31日止。", "统计时限为2016-01-01至2016-12-31",
                                  "The figures cover January 1 to December 31, 2016."])
def test_a_sentence_of_dates_states_a_period(text):
    assert states_a_period(text)


@pytest.mark.parametrize("ask", ["青禾县收到多少申请", "how many disclosure requests did Qinghe get?"])
def test_an_ask_of_a_count_is_no_ask_of_the_period(ask):
    assert not asks_period(ask)


NO_NUMBER = "持续推进重点领域信息主动公开,及时在门户网站更新政府信息公开指南、机构职能等信息。"


@pytest.mark.parametrize("ask", ["青禾县2022年主动公开政府信息多少条？", "青禾县2022年发布了多少条信息",
                                 "Qinghe County 2022: number of items published proactively?"])
def test_a_how_many_ask_is_not_answered_by_a_sentence_with_no_number(ask):
    assert states_no_number(NO_NUMBER, ask)
    q = parse_question(ask, [REPORT])
    assert not sentence_answers(_Hit(NO_NUMBER), q, NO_NUMBER)


@pytest.mark.parametrize("sentence", ["全年收到一起书面申请,已按时答复。", "本年度主动公开信息120条。",
                                      "本年度未收到政府信息公开申请。"])
def test_a_sentence_with_a_count_or_a_statement_of_none_may_answer(sentence):
    assert not states_no_number(sentence, "青禾县收到多少申请")


def test_an_ask_of_a_change_may_be_answered_in_words():
    assert not states_no_number("主动公开信息数量较上年有所增加。", "青禾县主动公开的政府信息数量有何变化？")


def test_a_not_found_line_is_said_only_of_a_phrase():
    from assistant.writeup import not_found_line

    t = "The reports do not state {ask}."
    assert not_found_line(t, "how many of each") is None  # the split's leftover: its things are the other asks'
    assert not_found_line(t, "in 2021, did the Qinghe bureau partly grant how many it refused") is None
    assert not_found_line(t, "did the Qinghe bureau get more requests than in 2020") is None
    assert not_found_line(t, "qinghe county, 2023: court cases over disclosure") == \
        "The reports do not state court cases over disclosure."
    assert not_found_line(t, "and how many were carried over") == "The reports do not state how many were carried over."
    assert not_found_line("报告中没有写明{ask}。", "青禾县2021年不予公开的申请有多少件") == "报告中没有写明青禾县2021年不予公开的申请有多少件。"


CONTENTS = ["本报告由概述、主动公开政府信息情况、依申请公开情况、行政复议和行政诉讼情况、存在的主要问题及改进措施等五部分组成。",
            "全文包括总体情况,主动公开政府信息情况,收费及减免情况,存在的主要问题和改进情况。",
            "报告内容主要包括:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况。"]


@pytest.mark.parametrize("sentence", CONTENTS)
@pytest.mark.parametrize("ask", ["青禾县2020年政府信息公开工作存在哪些问题和不足？", "青禾县2020年针对存在的问题提出了哪些改进措施？",
                                 "what does the Qinghe bureau plan to do to improve disclosure, according to its 2020 report?",
                                 "青禾县2020年予以公开和不予公开的申请各有多少件？"])
def test_a_list_of_the_reports_parts_answers_no_ask_of_what_they_hold(sentence, ask):
    q = parse_question(ask, [REPORT])
    assert not sentence_answers(_Hit(sentence), q, sentence)


@pytest.mark.parametrize("ask", ["青禾县2020年年报包括哪些内容？", "青禾县2020年年报由几部分组成",
                                 "what parts does Qinghe's 2020 report have?"])
def test_a_list_of_the_reports_parts_still_answers_an_ask_of_its_parts(ask):
    from assistant.answer_types import asks_contents
    from assistant.non_count_numbers import ASKS_PARTS

    assert asks_contents(ask) or ASKS_PARTS.search(ask.lower())


def test_a_sentence_of_the_problems_themselves_is_no_list_of_parts():
    from assistant.answer_types import lists_report_contents

    assert not lists_report_contents("我局存在的主要问题是主动公开不够及时,依申请公开答复质量有待提高。")


def test_a_copy_that_lost_its_month_marks_still_states_a_period():
    assert states_a_period("本报告中所列数据的统计期限自202011日起至20201231日止。")


@pytest.mark.parametrize("ask", MAKER_ASKS)
def test_an_ask_of_the_maker_is_not_answered_by_a_sentence_of_no_making(ask):
    q = parse_question(ask, [REPORT])
    other = "按照“谁公开谁审查”的原则,明确保密职责,严格审查程序。"
    assert not sentence_answers(_Hit(other), q, other)
    made = "本报告由青禾县人民政府办公室编制。"
    from assistant.answer_types import names_no_maker

    assert not names_no_maker(made)


@pytest.mark.parametrize("ask", ["青禾乡2023年年报是什么时候发布的？", "青禾乡年报何时公布", "when was Qinghe's 2023 report published?",
                                 "青禾乡2023年发布了什么信息"])
def test_an_ask_of_when_or_what_was_released_is_no_ask_of_who(ask):
    assert not asks_maker(ask)


@pytest.mark.parametrize("ask", ["青禾镇和青苗镇2023年谁的政务微博发布信息多？", "which township published more items, Qinghe or Qingmiao?"])
def test_an_ask_of_whose_figure_is_larger_is_no_ask_of_the_maker(ask):
    assert not asks_maker(ask)


def test_a_list_of_parts_that_goes_on_to_state_the_period_still_answers_the_period():
    s = "本报告由总体情况、主动公开政府信息情况、依申请公开情况、存在的主要问题及改进情况等四部分组成,所列数据的统计期限自2020年1月1日起至12月31日止。"
    q = parse_question("青禾县2020年年报中的数据统计的是哪段时间？", [REPORT])
    assert sentence_answers(_Hit(s), q, s)
    q = parse_question("青禾县2020年政府信息公开工作存在哪些问题和不足？", [REPORT])
    assert not sentence_answers(_Hit(s), q, s)


def test_a_none_of_the_kinds_named_before_is_no_total():
    """"…故无此类公开信息" says some kinds do not exist, not how many items there were in all; a none of the thing
    itself, or a sentence with a figure, is no such statement (fictional 青禾县样例局 text)."""
    from assistant.answer_types import states_none_of_a_kind

    assert states_none_of_a_kind("本局无行政处罚职权,故无此类公开信息。")
    assert states_none_of_a_kind("云栖市样例办不承担审批职能,没有上述方面的信息。")
    assert not states_none_of_a_kind("本年度本局未主动公开政府信息。")
    assert not states_none_of_a_kind("本局主动公开信息12条,无此类申请。")
