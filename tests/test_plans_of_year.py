"""A problems-and-improvements section with two lists, each under its own lead ("…但仍存在一些不足：一是…",
"2024年，我局将从以下方面加以改进：一是…"): an ask of the plans ("有什么改进打算", "明年准备怎么改进", "what improvements
does it plan") is answered by the plans' list, an ask of the problems by the problems'; an ask of the plans for the
year after the report's ("2024年有什么改进打算" and only the 2023 report) is answered from that report's plans, an ask
of a figure of that year is still refused (assistant/plan_year.py).  Fictional text only (青禾县样例局)."""

from __future__ import annotations

import pytest

from assistant.plan_year import as_plan_year
from tests.test_round16_problems_section import REPORT, _answer, _report

TWO_LISTS = _report("五、存在的主要问题及改进情况\n2023年我局政府信息公开工作取得一定成效,但仍存在一些不足:一是办事指南更新"
                    "偏慢;二是网站栏目设置不够清晰。\n2024年,我局将从以下方面加以改进:一是每季度核对办事指南;二是"
                    "优化网站栏目设置;三是开展业务培训。\n")
PLANS = ("每季度核对办事指南", "优化网站栏目设置", "开展业务培训")
PROBLEMS = ("办事指南更新偏慢", "网站栏目设置不够清晰")


@pytest.mark.parametrize("question", [
    "青禾县样例局2023年有什么改进打算？",
    # (the fake index, no passages nor label vectors, finds no list for "明年准备怎么改进" / "提出了哪些改进措施";
    # the probe of a real store answers them from the plans' list)
    "What improvements does the Qinghe Yangli Bureau plan, per its 2023 report?",
])
def test_an_ask_of_the_plans_is_answered_by_the_list_its_lead_heads(question):
    a = _answer(TWO_LISTS, question)
    assert a.answered and all(p in a.text for p in PLANS), a.text
    assert not any(p in a.text for p in PROBLEMS), a.text


def test_an_ask_of_the_problems_is_answered_by_the_problems_list():
    a = _answer(TWO_LISTS, "青禾县样例局2023年存在哪些问题？")
    assert a.answered and all(p in a.text for p in PROBLEMS), a.text


@pytest.mark.parametrize("question", ["青禾县样例局2024年有什么改进打算？", "What improvements does the Qinghe Yangli Bureau plan for 2024?"])
def test_the_plans_for_the_year_after_a_report_are_read_from_that_report(question):
    read = as_plan_year(question.lower(), [REPORT])
    assert read is not None and read[1] == 2023 and "2023" in read[0]


def test_a_figure_of_the_year_after_a_report_is_no_ask_of_its_plans():
    assert as_plan_year("青禾县样例局2024年收到多少申请？", [REPORT]) is None
    assert as_plan_year("青禾县样例局2023年有什么改进打算？", [REPORT]) is None  # the report's own year


# a plans lead that names no plan word, only that the agency will do ("2024年,我局将着力做好以下工作"), after a
# problems lead whose list holds a shortfall word only in some items
WILL_DO_LISTS = _report("五、存在的主要问题和改进措施\n我局政府信息公开工作虽然取得了一定成绩,但也存在一些问题:一是公开内容"
                        "不够全面;二是公开栏更新频率偏低。\n2024年,我局将着力做好以下工作:一是完善公开目录;二是每月核对"
                        "公开栏;三是培训信息员。\n")
WILL_DO_PLANS = ("完善公开目录", "每月核对公开栏", "培训信息员")


@pytest.mark.parametrize("question", ["青禾县样例局2023年有什么打算？", "青禾县样例局下一步有什么打算？"])
def test_a_lead_saying_what_the_agency_will_do_heads_the_plans(question):
    a = _answer(WILL_DO_LISTS, question)
    assert a.answered and all(p in a.text for p in WILL_DO_PLANS), a.text
    assert "不够全面" not in a.text, a.text


def test_what_the_agency_prepares_to_do_is_an_ask_of_the_plans():
    from assistant.problem_items import side_asked
    assert side_asked("2018年准备做哪些工作") == "plans"
    assert side_asked("还存在哪些问题") == "problems"
