"""Several asks in one question and breakdowns (fixer K, round 20).  Fictional reports only (青禾县样例局).

- a list written with 、 puts its 和 before the last item only: a 和 inside an earlier item joins that item's own
  name ("规划类、区政府重点工作和重大项目类、重点领域类": three categories, not four);
- "…, plus the doc no. of X" / "…, as well as the address of Y": after a comma, a thing joined to the asks before
  it is an ask of its own (asked as "what is the …");
- English renderings of a government's own agenda (重点工作 key work, 重大项目 major projects) and of a body's own
  rules (管理办法 management measures) find the sentences of English (or Chinese) reports.
"""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from tests.fake_index import answer_from_lines
from tests.helpers import ask_texts

REPORT = Report(doc_id="k" * 16, sources=["qinghe_yangliju_2022.txt"], agency="青禾县样例局", region="青禾县",
                year=2022, aliases=["qinghe"])


# --- 和 inside an earlier item of a 、-list --------------------------------------------------------------------

@pytest.mark.parametrize("question, items", [
    ("青禾县样例局2022年规划类信息、县政府重点工作和重大项目类、重点领域类，分别公开了多少条？",
     ["规划类信息", "县政府重点工作和重大项目类", "重点领域类"]),
    ("青禾县样例局2022年财政预算和决算类、人事任免类、政策文件类信息各多少条？",
     ["财政预算和决算类", "人事任免类", "政策文件类"]),
    ("青禾县样例局2022年通知公告、招标与采购信息、工作动态分别发了多少条",
     ["通知公告", "招标与采购信息", "工作动态"]),
])
def test_a_conjunction_inside_an_earlier_listed_item_is_part_of_its_name(question, items):
    asks = ask_texts(question)
    assert len(asks) == len(items), asks
    for ask, item in zip(asks, items):
        assert item in ask, asks


@pytest.mark.parametrize("question, items", [
    # the last item may still be joined with 和
    ("青禾县样例局2022年决策公开、执行公开和管理公开类信息各多少条？", ["决策公开", "执行公开", "管理公开"]),
    ("青禾县样例局2022年网上申请、当面申请和信函申请分别多少件", ["网上申请", "当面申请", "信函申请"]),
    # no 、: 和 joins the items
    ("青禾县样例局2022年行政复议和行政诉讼各多少件", ["行政复议", "行政诉讼"]),
])
def test_the_last_item_of_a_list_may_still_be_joined_by_a_conjunction(question, items):
    asks = ask_texts(question)
    assert len(asks) == len(items), asks
    for ask, item in zip(asks, items):
        assert item in ask and all(o not in ask for o in items if o != item), asks


# --- ", plus the X": an ask of its own ----------------------------------------------------------------------------

@pytest.mark.parametrize("question, last", [
    (("Qinghe sample bureau 2022: which office handles disclosure and at what phone number, plus the doc no. of "
      "its own disclosure management measures?"), "doc no. of its own disclosure management measures"),
    ("Qinghe sample bureau 2022 report: what is its phone number, as well as the postal address of its office?",
     "postal address of its office"),
    ("For Qinghe's sample bureau in 2022, which section ran disclosure, along with the name of its head?",
     "name of its head"),
])
def test_a_thing_joined_after_a_comma_is_an_ask_of_its_own(question, last):
    asks = ask_texts(question)
    assert len(asks) >= 2, asks
    assert "what is the " + last in asks[-1] and asks[-1].endswith(last), asks
    assert last not in asks[-2], asks


@pytest.mark.parametrize("question, n", [
    # the number joined after a comma stays a count asked ("and how many")
    ("how many requests did qinghe's sample bureau receive in 2022, plus the number it answered?", 2),
    # no comma: the joined thing is part of the ask before it (one sum asked)
    ("how many items did qinghe sample bureau publish on its own site plus the provincial column in 2022?", 1),
])
def test_a_joined_number_or_a_joined_thing_without_a_comma(question, n):
    asks = ask_texts(question)
    assert len(asks) == n, asks
    if n == 2:
        assert asks[1].startswith("and how many"), asks


# --- English words of a government's agenda and of a body's own rules -----------------------------------------

ENGLISH = (
    "Annual Report of Qinghe County Sample Bureau on Government Information Disclosure in 2022\n"
    "I. General situation\n"
    "5 pieces of planning information were made public, and 21 pieces of statistical information were released.\n"
    "Through the disclosure column, 64 pieces of information related to key work and major construction projects of "
    "the county government, 812 pieces of information related to key areas such as education were made public.\n"
)


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年报里，县政府重点工作和重大项目类信息公开了多少条？",
    "青禾县样例局2022年规划类信息、县政府重点工作和重大项目类、教育等重点领域类，分别公开了多少条？",
])
def test_key_work_and_major_projects_of_an_english_report(question):
    a = answer_from_lines(REPORT, ENGLISH, question)
    assert "64" in a.text, a.text


MEASURES = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "本局依照《条例》和《样例省关于公布信息公开事项清单的通知》(样办函〔2014〕7号)要求,认真贯彻落实《青禾县样例局信息公开"
    "管理办法》(青样发〔2013〕41号),深化信息公开工作。\n"
)


def test_management_measures_asked_in_english_find_the_measures():
    a = answer_from_lines(REPORT, MEASURES, "Qinghe sample bureau 2022: what is the doc no. of its information "
                                             "disclosure management measures?")
    assert "青样发〔2013〕41号" in a.text, a.text


# --- a word of every report counted as a kind of item ------------------------------------------------------------

ITEMS = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "全年累计公开信息60条。其中,信息公开年报1条,部门工作动态信息40条,政策文件信息9条,政策文件解读2条。\n"
)


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年公开的信息里,年报有几条?",
    "青禾县样例局2022年年报类信息公开了多少条？",
    "青禾县样例局2022年主动公开的信息中年报信息有多少条",
])
def test_the_annual_report_counted_as_an_item(question):
    a = answer_from_lines(REPORT, ITEMS, question)
    assert "1条" in a.text and "40" not in a.text and "60" not in a.text, a.text


def test_the_annual_report_and_another_kind_both_answered():
    a = answer_from_lines(REPORT, ITEMS, "青禾县样例局2022年公开的信息里,年报有几条?政策解读呢?")
    assert "1条" in a.text and "2条" in a.text and "9条" not in a.text, a.text
