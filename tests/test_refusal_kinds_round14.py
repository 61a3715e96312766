"""Refusal kinds of round 14: details close to what a report states, where a nearby figure must never stand in.

- a count for a period shorter than the year ("in March", "一季度", "每月"): the year's figure is no month's
  (assistant/short_periods.py, core/data/not_stated.toml [[period]], [months]);
- why there was none of a thing ("why didn't they get any requests"): a statement of none is no reason
  (assistant/figure_premise.py asks_why_none, [patterns] none_asked);
- a one-body agency no report is from (an academy, when only its university has a report): no other body's phone
  (assistant/unknown_bodies.py, names.toml [agency_en]).
Fictional reports only (青禾县/Qinghe), several phrasings in both languages, each beside its answerable twin."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.figure_premise import asks_why_changed, asks_why_none
from assistant.short_periods import misses_asked_period, months_asked
from assistant.unknown_bodies import bodies_named, unknown_bodies
from tests.fake_index import answer_from_lines

BUREAU = Report(doc_id="p" * 16, sources=["qinghe_yangli_ju_2021.txt"], agency="青禾县样例局", region="青禾县",
                year=2021, aliases=["qinghe", "yangli"])
YEAR_ONLY = (
    "青禾县样例局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年,我局主动公开政府文件56件,通过网站发布信息310条。\n"
    "二、依申请公开情况\n"
    "本年度共收到政府信息公开申请14件,均按时答复。\n"
)
BY_PERIOD = YEAR_ONLY.replace("二、依申请公开情况\n", (
    "其中3月份主动公开政府文件9件,第一季度收到申请4件,每月发布统计信息21条。\n"
    "二、依申请公开情况\n"))

PERIOD_ASKS = [  # (question, the figure the twin states)
    ("青禾县样例局2021年3月份主动公开了多少件政府文件？", "9"),
    ("青禾县样例局2021年三月公开政府文件多少件？", "9"),
    ("Qinghe Yangli bureau 2021: how many government documents did they disclose in March?", "9"),
    ("How many government documents did the Qinghe Yangli bureau publish during March 2021?", "9"),
    ("青禾县样例局2021年第一季度收到多少件申请？", "4"),
    ("How many requests did the Qinghe Yangli bureau get in the first quarter of 2021?", "4"),
    ("青禾县样例局2021年每月发布统计信息多少条？", "21"),
    ("Qinghe Yangli bureau 2021: how many statistical items did it release monthly?", "21"),
    ("Qinghe Yangli bureau 2021: how many requests came in during the first six months of the year?", ""),
    ("青禾县样例局2021年前六个月收到多少件申请？", ""),
]


@pytest.mark.parametrize("question, figure", PERIOD_ASKS)
def test_a_count_of_a_shorter_period_is_not_the_years(question, figure):
    a = answer_from_lines(BUREAU, YEAR_ONLY, question)
    assert not a.answered, (question, a.text)
    assert "56" not in a.text and "14" not in a.text and "310" not in a.text, a.text


@pytest.mark.parametrize("question, figure", PERIOD_ASKS[:2] + PERIOD_ASKS[4:5] + PERIOD_ASKS[6:7])
def test_a_count_of_a_shorter_period_the_report_states_is_answered(question, figure):
    a = answer_from_lines(BUREAU, BY_PERIOD, question)
    assert a.answered and figure in a.text, (question, a.text)


@pytest.mark.parametrize("question, figure", [
    ("青禾县样例局2021年主动公开了多少件政府文件？", "56"),
    ("How many government documents did the Qinghe Yangli bureau disclose in 2021?", "56"),
    ("青禾县样例局截至2021年12月31日共收到多少件申请？", "14"),
    ("Qinghe Yangli bureau: how many requests did it receive in the year to December 31, 2021?", "14"),
])
def test_the_years_count_is_still_answered(question, figure):
    a = answer_from_lines(BUREAU, YEAR_ONLY, question)
    assert a.answered and figure in a.text, (question, a.text)


@pytest.mark.parametrize("ask, months", [
    ("how many in march?", {3}), ("during may 2021", {5}), ("3月份公开多少", {3}), ("十二月收到几件", {12}),
    ("截至12月31日", set()), ("as of december 31", set()), ("may i ask how many", set()), ("3个月内", set()),
    ("2021年1月1日至12月31日", set()),
])
def test_the_month_an_ask_counts_in(ask, months):
    assert months_asked(normalise_query(ask)) == months


@pytest.mark.parametrize("ask, own, misses", [
    ("3月份公开了多少件", "全年公开文件56件", True),
    ("3月份公开了多少件", "3月公开文件9件", False),
    ("3月份公开了多少件", "5月公开文件9件", True),
    ("how many in march", "in March, 9 documents", False),
    ("一季度收到多少件", "每季度收到4件", False),
    ("how many per week", "published 310 items", True),
    ("每天发布多少条", "日均发布信息3条", False),
    ("how many documents in 2021", "published 56 documents", False),
])
def test_a_figure_must_name_the_period_asked(ask, own, misses):
    assert misses_asked_period(normalise_query(ask), own) is misses


REASONLESS = (
    "青禾县样例局2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2020年,我局主动公开政府信息120条。\n"
    "二、依申请公开情况\n"
    "2020年度我局未收到政府信息公开申请。\n"
)
NONE_BUREAU = Report(doc_id="n" * 16, sources=["qinghe_yangli_ju_2020.txt"], agency="青禾县样例局", region="青禾县",
                     year=2020, aliases=["qinghe", "yangli"])
WHY_NONE = [
    "青禾县样例局2020年为什么没有收到政府信息公开申请？",
    "青禾县样例局2020年为何一件申请都没收到？",
    "Qinghe Yangli bureau 2020: why didn't they get any disclosure requests that year?",
    "Why were there no OGI requests to the Qinghe Yangli bureau in 2020?",
    "How come the Qinghe Yangli bureau received zero applications in 2020?",
]


@pytest.mark.parametrize("question", WHY_NONE)
def test_why_there_was_none_is_no_figure(question):
    a = answer_from_lines(NONE_BUREAU, REASONLESS, question)
    assert not a.answered, (question, a.text)


@pytest.mark.parametrize("question", WHY_NONE[:3])
def test_a_reason_the_report_gives_for_none_is_quoted(question):
    stated = REASONLESS.replace("2020年度我局未收到政府信息公开申请。", "2020年度我局未收到政府信息公开申请,主要原因是本局公开的信息已较全面,群众无需另行申请。")
    a = answer_from_lines(NONE_BUREAU, stated, question)
    assert a.answered and "原因" in a.text, (question, a.text)


@pytest.mark.parametrize("q, none", [
    ("why didn't they get any requests", True), ("why did nobody file? why didn’t anyone file a request", True),
    ("为什么没有收到申请", True), ("为什么申请为0", True),
    ("why were 3 requests refused", False), ("why didn't they disclose the document", False),
    ("为什么3件不予公开", False), ("how many requests did they get", False),
])
def test_the_ask_of_why_none(q, none):
    norm = normalise_query(q)
    assert asks_why_none(norm) is none
    # (any reason asked without a count is a reason a figure does not give: "why were 3 requests refused")
    assert asks_why_changed(norm) is (not q.startswith("how many"))


@pytest.mark.parametrize("q, reason", [
    ("为什么只公开了310条", True), ("不予公开的3件是出于什么理由", True), ("why were only 9 of the 14 requests concluded", True),
    ("what was the reason it disclosed nothing", True),
    ("因为什么原因不予公开的有几件", False), ("按不予公开的理由分别是多少件", False), ("how many requests were refused", False),
])
def test_a_reason_asked_without_a_count_is_not_answered_by_a_figure(q, reason):
    assert asks_why_changed(normalise_query(q)) is reason


def test_a_reason_asked_of_a_figure_the_report_gives_no_reason_for_is_not_answered():
    a = answer_from_lines(BUREAU, YEAR_ONLY, "青禾县样例局2021年为什么通过网站只发布了310条信息？")
    assert not a.answered, a.text
    a = answer_from_lines(BUREAU, YEAR_ONLY, "青禾县样例局2021年为什么只收到14件申请？")
    assert not a.answered, a.text
    stated = YEAR_ONLY.replace("均按时答复。", "均按时答复。申请较少的主要原因是主动公开的信息已较全面。")
    a = answer_from_lines(BUREAU, stated, "青禾县样例局2021年为什么只收到14件申请？")
    assert a.answered and "原因" in a.text, a.text


REPORTS = [Report(doc_id="u" * 16, sources=["u.txt"], agency="中国科学院大学", region="北京市", year=2019),
           Report(doc_id="m" * 16, sources=["m.txt"], agency="外交部", region="", year=2019)]


@pytest.mark.parametrize("question, unknown", [
    ("What's the phone number of the Chinese Academy of Sciences' info disclosure office?", ["Chinese Academy of Sciences"]),
    ("中国科学院信息公开办公室的电话是多少？", ["中国科学院"]),
    ("How many requests did the Chinese Academy of Social Sciences get in 2019?", ["Chinese Academy of Social Sciences"]),
    ("中国社会科学院2019年收到多少申请", ["中国社会科学院"]),
    ("University of Chinese Academy of Sciences: phone of its disclosure office?", []),
    ("中国科学院大学信息公开办公室电话", []),
    ("How many requests did the Ministry of Foreign Affairs get in 2019?", []),
    ("青禾县收到多少申请", []),
])
def test_a_one_body_agency_no_report_is_from(question, unknown):
    q = SimpleNamespace(norm=normalise_query(question), text=question, doc_ids=None)
    assert unknown_bodies(q, REPORTS) == unknown


def test_a_question_the_names_index_scoped_is_not_judged():
    q = SimpleNamespace(norm=normalise_query("中国科学院电话"), text="中国科学院电话", doc_ids=["u" * 16])
    assert unknown_bodies(q, REPORTS) == [] and bodies_named(q.norm)
