"""English parity (issue 10, precision probe pairs): the same standard question of the same report gets the same
verdict in Chinese and in English.

- a statement that no applications came in at all ("没有收到政府信息公开申请") is 0 of every part of the year's
  applications (部分公开, 不予公开, 当面申请) in both languages, however few of the ask's words its label holds; not of
  those carried over, nor when it denies only the applications of one channel ("未收到网络申请"), nor where the
  report writes a figure of the asked thing itself ("不予公开信息有10条");
- "lawsuits" is 行政诉讼 or 诉讼 ("无…行政复议、诉讼案件" writes the second of two proceedings without 行政);

Every text here is written for fictional agencies (青禾县样例局); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.core.metrics import metric
from assistant.core.types import Fact, Report
from assistant.none_statements import states_no_applications
from assistant.precision import fact_answers
from assistant.query import glossary_groups
from tests.fake_index import answer_from_lines

DOC = "q" * 16
NONE_TEXT = (
    "青禾县样例局2019年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "2019年我局主动公开政府信息42条。\n"
    "二、依申请公开政府信息情况\n"
    "本局2019年没有收到政府信息公开申请。\n"
    "三、行政复议和行政诉讼情况\n"
    "无涉及政府信息公开行政复议、诉讼案件。\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_yangliju_2019.txt"], agency="青禾县样例局", region="青禾县", year=2019,
                aliases=["qinghe sample bureau", "qinghe"], mentions=["青禾县"])


def _answer(question: str, text: str = NONE_TEXT):
    return answer_from_lines(REPORT, text, question, idf=False)


@pytest.mark.parametrize("question", [
    "青禾县样例局2019年依申请公开答复中部分公开多少件？",
    "青禾县样例局2019年答复中不予公开的有多少件？",
    "青禾县样例局2019年不予公开的申请有多少件？",
    "青禾县样例局2019年收到的申请中当面申请多少件？",
    "青禾县样例局, 2019: how many requests were partially disclosed?",
    "青禾县样例局, 2019: how many requests did it refuse to disclose?",
    "青禾县样例局, 2019: how many applications were made in person?",
    "How many applications did the Qinghe sample bureau partially disclose in 2019?",
    "How many in-person applications did the Qinghe sample bureau get in 2019?",
])
def test_no_applications_at_all_is_zero_of_each_part_in_both_languages(question):
    a = _answer(question)
    assert a.answered and "没有收到政府信息公开申请" in a.text, (question, a.text)
    assert "42" not in a.text, (question, a.text)


@pytest.mark.parametrize("question", [
    "青禾县样例局2019年因政府信息公开被提起行政诉讼多少件？",
    "青禾县样例局, 2019: how many lawsuits did it face over disclosure?",
    "How many lawsuits was the Qinghe sample bureau involved in over disclosure in 2019?",
    "Qinghe sample bureau 2019: number of lawsuits over information disclosure?",
])
def test_a_lawsuit_written_without_xingzheng_is_found_in_both_languages(question):
    a = _answer(question)
    assert a.answered and "诉讼案件" in a.text, (question, a.text)


# --- the rule itself, on facts ---------------------------------------------------------------------------------

def _none(row: str) -> Fact:
    return Fact(doc_id=DOC, table="narrative", row=row, column="", metric=None, value=0.0, unit="件", raw="", start=0,
                end=1, quote_start=0, quote_end=1, section="", kind="none", label_zh=row)


@pytest.mark.parametrize("row, key, states", [
    ("收到政府信息公开申请", "applications_partly_disclosed", True),
    ("公民、法人或其他组织提出的政府信息公开申请", "applications_withheld", True),
    ("任何形式的申请公开信息要求", "applications_received", True),
    ("收到政府信息公开申请", "applications_carried_over", False),  # last year's: not denied by this year's none
    ("收到政府信息公开申请", "reconsiderations", False),
    ("行政复议申请", "applications_partly_disclosed", False),  # a reconsideration is no application for disclosure
    ("网络依申请公开", "applications_partly_disclosed", False),  # one channel's applications only
    ("信函申请", "applications_received", False),
])
def test_a_statement_of_no_applications_at_all(row, key, states):
    assert states_no_applications(_none(row), metric(key)) is states
    assert states_no_applications(_none(row), None) is False


def test_one_channel_denied_is_no_zero_of_the_parts():
    assert not fact_answers(_none("网络依申请公开"), metric("applications_partly_disclosed"), "未收到网络依申请公开")


def test_lawsuit_renders_as_either_word():
    for ask in ("how many lawsuits", "any lawsuit over disclosure"):
        assert any("诉讼" in g and "行政诉讼" in g for g in glossary_groups(ask)), ask


WITHHELD_TEXT = (
    "青禾县样例局2019年政府信息公开工作年度报告\n"
    "二、依申请公开和不予公开情况\n"
    "2019年度没有依申请公开信息的情况。\n"
    "不予公开信息有10条。\n"
)


@pytest.mark.parametrize("question", [
    "青禾县样例局2019年不予公开信息有多少条？",
    "How many items did the Qinghe sample bureau withhold in 2019?",
    "青禾县样例局, 2019: how many items did it refuse to disclose?",
])
def test_a_figure_of_the_asked_thing_is_stated_before_no_applications(question):
    a = _answer(question, WITHHELD_TEXT)
    assert a.answered and "10" in a.text.replace("2019", ""), (question, a.text)
