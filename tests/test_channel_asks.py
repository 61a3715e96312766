"""A part of the year's applications asked (issue 10, round 9 parity probe): "当面申请多少件" / "made in person" is not
answered by the number of all applications received ("收到12起申请") nor by a statement of none of another channel
("未收到网络申请"); "不予公开多少件" is not answered by the applications received stated under a heading naming both
("二、依申请公开和不予公开情况"); a statement that no applications came in at all is still a fair 0 of every part, and
the probe's judge counts it "ok".

Every text here is written for fictional agencies (青禾县样例局, 青禾县河湾镇, 青禾县样例中心); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.channels import misses_asked_channel
from assistant.core.metrics import metric
from assistant.core.types import Report
from assistant.none_statements import denies_all_applications
from assistant.precision import names_other_metric
from bench.probe import judge, load_templates, questions
from tests.fake_index import answer_from_lines

TOTAL_ONLY = Report(doc_id="c" * 16, sources=["qinghe_yangliju_2022.txt"], agency="青禾县样例局", region="青禾县",
                    year=2022, aliases=["qinghe sample bureau"], mentions=["青禾县"])
TOTAL_TEXT = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "2022年，我局在门户网站主动公开政府信息230条。\n"
    "二、依申请公开和不予公开政府信息情况\n"
    "2022年，我局收到15起政府信息公开申请，均按程序办理。\n"
    "全年未收到网络申请。\n"
    "三、政府信息公开的收费及减免情况\n"
    "我局未收取任何费用。\n"
)
NONE_AT_ALL = Report(doc_id="d" * 16, sources=["qinghe_hewanzhen_2022.txt"], agency="青禾县河湾镇", region="青禾县",
                     year=2022, aliases=["qinghe hewan town"], mentions=["青禾县"])
NONE_TEXT = (
    "青禾县河湾镇2022年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "全年主动公开政府信息68条。\n"
    "二、依申请公开政府信息情况\n"
    "2022年度我镇没有收到政府信息公开申请。\n"
)
BY_CHANNEL = Report(doc_id="e" * 16, sources=["qinghe_yangli_zhongxin_2022.txt"], agency="青禾县样例中心",
                    region="青禾县", year=2022, aliases=["qinghe sample centre"], mentions=["青禾县"])
CHANNEL_TEXT = (
    "青禾县样例中心2022年政府信息公开工作年度报告\n"
    "二、依申请公开政府信息情况\n"
    "全年收到政府信息公开申请20件，其中当面申请8件，网上申请12件。\n"
)


def _answer(report: Report, text: str, question: str):
    return answer_from_lines(report, text, question, idf=False)


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年收到的申请中当面申请多少件？",
    "青禾县样例局2022年当面申请的有几件",
    "青禾县样例局2022年现场提交的申请有多少件？",
    "How many applications did the Qinghe sample bureau receive in person in 2022?",
    "Qinghe sample bureau, 2022: how many applications were made in person?",
    "How many walk-in requests did the Qinghe sample bureau get in 2022?",
])
def test_all_applications_or_another_channel_is_no_count_of_one_channel(question):
    a = _answer(TOTAL_ONLY, TOTAL_TEXT, question)
    assert not a.answered, (question, a.text)
    assert "网络" not in a.text, (question, a.text)
    # (the total may be shown beside a statement that the part is not stated separately; never as the count)
    assert "15" not in a.text or "separately" in a.text or "单独" in a.text, (question, a.text)


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年答复中不予公开的有多少件？",
    "青禾县样例局2022年不予公开的申请有几件",
    "How many requests did the Qinghe sample bureau refuse to disclose in 2022?",
    "Qinghe sample bureau, 2022: how many applications were withheld?",
])
def test_a_heading_naming_two_things_lends_neither_to_a_clause_of_one(question):
    a = _answer(TOTAL_ONLY, TOTAL_TEXT, question)
    assert not a.answered, (question, a.text)
    assert "15" not in a.text, (question, a.text)


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年收到政府信息公开申请多少件？",
    "青禾县样例局2022年一共收到几件申请",
    "How many OGI applications did the Qinghe sample bureau receive in 2022?",
])
def test_the_applications_received_still_answer(question):
    a = _answer(TOTAL_ONLY, TOTAL_TEXT, question)
    assert a.answered and "15" in a.text, (question, a.text)


@pytest.mark.parametrize("question", [
    "青禾县河湾镇2022年收到的申请中当面申请多少件？",
    "青禾县河湾镇2022年依申请公开答复中部分公开多少件？",
    "Qinghe Hewan town, 2022: how many applications were made in person?",
])
def test_no_applications_at_all_is_a_fair_zero_of_every_channel(question):
    a = _answer(NONE_AT_ALL, NONE_TEXT, question)
    assert a.answered and "0" in a.text.replace("2022", ""), (question, a.text)


@pytest.mark.parametrize("question, figure", [
    ("青禾县样例中心2022年收到的申请中当面申请多少件？", "8"),
    ("青禾县样例中心2022年当面申请的有几件", "8"),
    ("Qinghe sample centre, 2022: how many applications were made in person?", "8"),
    ("青禾县样例中心2022年网上申请多少件？", "12"),
])
def test_the_channel_asked_still_answers(question, figure):
    a = _answer(BY_CHANNEL, CHANNEL_TEXT, question)
    assert a.answered and figure in a.text.replace("2022", ""), (question, a.text)


# --- the rules themselves ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("terms, ask, own, misses", [
    ((), "当面申请多少件", "收到12起申请", True),
    ((), "当面申请多少件", "未收到网络申请", True),
    (("当面",), "how many applications were made in person", "收到12起申请", True),
    ((), "当面申请多少件", "现场申请3件", False),  # (现场: a glossary synonym of 当面)
    ((), "收到申请多少件", "收到12起申请", False),  # no channel asked
    ((), "网上申请多少件", "在线申请5件", False),
])
def test_misses_asked_channel(terms, ask, own, misses):
    assert misses_asked_channel(terms, ask, own) is misses


@pytest.mark.parametrize("clause, key, other", [
    ("我局收到15起政府信息公开申请", "applications_withheld", True),
    ("我局收到15起政府信息公开申请", "applications_received", False),
    ("不予公开3件", "applications_withheld", False),
    ("工程建设项目招标公告等信息共计300条", "proactive_disclosures", False),
])
def test_names_other_metric(clause, key, other):
    assert names_other_metric(clause, metric(key)) is other


@pytest.mark.parametrize("clause, all_of_them", [
    ("2022年度我镇没有收到政府信息公开申请", True),
    ("全年未接到公民、法人和其他组织提出的政府信息公开申请", True),
    ("未收到申请公开政府信息要求", True),
    ("全年未收到网络申请", False),
    ("没有因政府信息公开申请行政复议", False),
])
def test_denies_all_applications(clause, all_of_them):
    assert denies_all_applications(clause) is all_of_them


# --- the probe's judge: a fair 0 ----------------------------------------------------------------------------------

from tests.test_precision import _A, _C  # noqa: E402  (the judge's fake answers, defined once)


def test_the_judge_counts_no_applications_at_all_a_fair_zero_of_a_part():
    none = _A(True, [_C(quote="2022年度我镇没有收到政府信息公开申请")])
    assert judge(none, ("当面", "现场"), part_of_applications=True) == "ok"
    assert judge(_A(True, [_C(quote="全年未接到公民、法人和其他組織提出的政府信息公開申請")]), ("部分公开",), True) == "ok"
    assert judge(none, ("当面", "现场")) == "SUSPECT"  # (not a part of applications: no fair 0 claimed)
    assert judge(_A(True, [_C(quote="全年未收到网络申请")]), ("当面", "现场"), True) == "SUSPECT"  # another channel
    assert judge(_A(True, [_C(quote="收到15起政府信息公开申请")]), ("不予公开",), True) == "SUSPECT"


def test_the_probe_marks_the_parts_of_applications():
    qs = questions("青禾县样例局", "2022", load_templates())
    parts = {q.text for q in qs if q.part_of_applications}
    assert "青禾县样例局2022年收到的申请中当面申请多少件？" in parts
    assert "青禾县样例局, 2022: how many requests were partially disclosed?" in parts
    assert "青禾县样例局2022年收到政府信息公开申请多少件？" not in parts


# --- a heading naming two things: a figure under it counts what its own words name ------------------------------

TWO_HEADING = Report(doc_id="f" * 16, sources=["qinghe_wenlvju_2013.txt"], agency="青禾县文旅局", region="青禾县",
                     year=2013, aliases=["qinghe culture bureau"], mentions=["青禾县"])
TWO_TEXT = (
    "青禾县文旅局2013年度信息公开工作年度报告\n"
    "一、主动公开政府信息的情况\n"
    "2013年度主动公开信息的有7条。\n"
    "二、依申请公开信息的情况和不予公开信息的情况\n"
    "2013年度没有依申请公开信息的情况。不予公开信息有4条，主要是关于内部人事安排的信息。\n"
)


@pytest.mark.parametrize("question", [
    "青禾县文旅局2013年收到政府信息公开申请多少件？",
    "Qinghe culture bureau, 2013: how many OGI applications did it receive?",
    "How many disclosure applications did the Qinghe culture bureau receive in 2013?",
    "How many requests did the Qinghe culture bureau get in 2013?",
])
def test_no_applications_under_a_heading_of_two_is_zero_received(question):
    a = _answer(TWO_HEADING, TWO_TEXT, question)
    assert a.answered and "0" in a.text.replace("2013", ""), (question, a.text)
    assert "4" not in a.text.replace("2013", ""), (question, a.text)


@pytest.mark.parametrize("question", [
    "How many requests did the Qinghe culture bureau refuse to disclose in 2013?",
    "青禾县文旅局2013年不予公开信息有几条",
])
def test_the_figure_of_the_thing_itself_under_a_heading_of_two_answers(question):
    a = _answer(TWO_HEADING, TWO_TEXT, question)
    assert a.answered and "4" in a.text.replace("2013", ""), (question, a.text)
