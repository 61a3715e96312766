"""Round-3 kinds of asks (issue 10) on a fictional report: a 、-list of figures written without their unit, a
date asked as "几号", a column group (法人或其他组织) whose count is the sum of its columns, and the categories of a
total that a further 其中-list of another cut does not join."""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.shapes import WANTS_DATE
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD

DOC = "b" * 16
ORIGINAL = (
    "青禾县样例局2023年政府信息公开工作年度报告\n"
    "本报告由青禾县样例局办公室编制。\n"
    "一、总体情况\n"
    "2023年,本局门户网站发布各类信息812条,其中发布县政府文件15条,会议信息42、新闻发布会信息59,预决算信息7条。\n"
    "本局主动公开信息27条,其中概况信息1条、计划总结1条、工作动态3条、法规公文10条、工作新闻12条,其中被上级网站采用15条。\n"
    + T3_HEAD +
    "一、本年新收政府信息公开申请数量 | 31 | 4 | 0 | 2 | 3 | 0 | 40 |\n"
    "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "青禾县样例局\n"
    "2024年3月15日\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_yangliju_2023.txt"], agency="青禾县样例局", region="青禾县", year=2023,
                aliases=["qinghe"])


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question)


# --- figures of a 、-list written without a unit ----------------------------------------------------------------

@pytest.mark.parametrize("question", ["青禾县样例局2023年网站会议信息和新闻发布会信息分别发了多少",
                                      "青禾县样例局2023年会议信息发了多少条，新闻发布会信息发了多少条",
                                      "青禾县样例局2023年网站发的会议信息、新闻发布会信息各有多少"])
def test_each_figure_of_a_list_without_units_answers_its_own_ask(question):
    a = _ask(question)
    assert a.answered
    assert "42" in a.text and "59" in a.text, a.text
    assert "812" not in a.text  # the total of every kind is no figure of either
    assert "59," not in a.text  # the comma after a figure is not part of it


# --- a date asked in other words -----------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["青禾县样例局2023年年报几号发布的？是哪个单位编制的？",
                                      "青禾县样例局2023年年报是几月几号公布的",
                                      "青禾县样例局2023年年报哪日发布",
                                      "On what day was the Qinghe 2023 report published?"])
def test_a_date_asked_as_which_day_gives_the_publication_date(question):
    a = _ask(question)
    assert a.answered and "2024年3月15日" in a.text, a.text


def test_a_document_number_is_no_date_ask():
    assert WANTS_DATE.search(normalise_query("样例局2023年年报几号发布的"))
    assert WANTS_DATE.search(normalise_query("what day was it signed"))
    assert not WANTS_DATE.search(normalise_query("印发通知的文件是第几号"))


# --- a column group without a total of its own ------------------------------------------------------------------

@pytest.mark.parametrize("question", ["青禾县样例局2023年新收的申请里法人或其他组织一共多少件",
                                      "青禾县样例局2023年新收申请中法人和其他组织提出了多少件？",
                                      "青禾县样例局2023年法人及其他组织申请了多少件",
                                      "How many applications from legal persons and other organisations did Qinghe receive in 2023?",
                                      "qinghe 2023: number of new applications from legal persons or other organizations"])
def test_a_column_group_is_the_sum_of_its_columns(question):
    a = _ask(question)
    assert a.answered, a.text
    assert "= 9" in a.text, a.text  # 4 + 0 + 2 + 3 + 0, computed from the cited cells
    assert "40" not in a.text  # not the total of every applicant


@pytest.mark.parametrize("question, asks", [
    ("样例局法人或其他组织一共多少件", 1),
    ("样例局自然人和法人或其他组织各多少件", 2),
    ("样例局自然人、法人和其他组织分别提出多少件", 2),
    ("how many from individuals and how many from legal persons and other organisations", 2),
])
def test_a_joined_column_name_is_one_ask(question, asks):
    assert len(split_asks(normalise_query(question))) == asks


def test_a_column_the_ask_names_itself_is_not_summed():
    a = _ask("青禾县样例局2023年新收的申请中商业企业提出多少件")
    assert a.answered and "4件" in a.text and "= 9" not in a.text, a.text


# --- the categories of a total, not a further cut ----------------------------------------------------------------

@pytest.mark.parametrize("question", ["青禾县样例局2023年主动公开的那27条信息分哪几类",
                                      "青禾县样例局2023年主动公开的信息包括哪些类别",
                                      "What categories did Qinghe's 27 proactively disclosed items in 2023 fall into?"])
def test_categories_stop_where_they_add_up_to_the_total(question):
    a = _ask(question)
    assert a.answered
    for cat in ("概况信息", "计划总结", "工作动态", "法规公文", "工作新闻"):
        assert cat in a.text, (cat, a.text)
    assert "15" not in a.text, a.text  # "其中被上级网站采用15条" is another cut of the 27


def test_parts_stop_where_they_add_up_and_keep_the_zeros_after():
    from assistant.core.types import Fact
    from assistant.parts import adding_up as _adding_up

    def part(v, at):
        return Fact(doc_id=DOC, table="narrative", row=f"p{at}", column="", value=float(v), raw=str(v), start=at, end=at + 1,
                    quote_start=at, quote_end=at + 1, unit="件")

    parts = [part(6, 1), part(4, 2), part(0, 3), part(7, 4)]
    assert [p.value for p in _adding_up(parts, 10.0)] == [6.0, 4.0, 0.0]  # 7 is another cut of the 10
    assert [p.value for p in _adding_up(parts, 17.0)] == [6.0, 4.0, 0.0, 7.0]
    assert [p.value for p in _adding_up(parts, 30.0)] == [6.0, 4.0, 0.0, 7.0]  # they never add up: all of them
