"""English asks the parity probe (bench/parity_probe.py) found declined or answered with another figure where the same
ask in Chinese is answered, on a fictional report (青禾县自然资源和规划局, invented here):
- the period a report covers in everyday words ("which dates are its numbers for", "what dates does it cover", "date
  range of the figures", "what time period"): its 统计期限, never the day it was published ("what date was it posted");
- the phone in everyday words ("contact number?", "phone no.", "the number to call");
- an appeal against a disclosure decision ("how many times did people appeal", "were any replies appealed"): an
  administrative reconsideration (行政复议);
- the words of the agency's English name in the "<head> of <words>" form, and its level words ("the municipal bureau of
  natural resources and planning", "the Qinghe provincial … administration"), name the report: "planning" there asks
  no planning figure, so a lawsuit ask finds the report's statement that none was filed.
"""

from __future__ import annotations

import pytest

from assistant.agency_en import names_as_written
from assistant.core.types import Report
from assistant.query import parse_question
from tests.fake_index import answer_from_lines

PLANNING = (
    "青禾县自然资源和规划局2023年政府信息公开工作年度报告\n"
    "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
    "一、总体情况\n"
    "2023年,我局发布规划公示、批后公布等各类信息近3,600条。\n"
    "全年共收到政府信息公开申请14件,均已按期答复。\n"
    "二、行政复议和行政诉讼情况\n"
    "全年未发生因政府信息公开工作引发的行政复议、提起行政诉讼的情况。\n"
    "三、其他\n"
    "联系电话:0999-7654321\n"
    "青禾县自然资源和规划局\n"
    "2024年1月26日\n"
)
REPORT = Report(doc_id="p" * 16, sources=["qinghe_ziranziyuan_2023.txt"], agency="青禾县自然资源和规划局",
                region="青禾县", year=2023,
                aliases=["qinghe", "qinghe natural resources and planning bureau", "natural resources and planning bureau"])


@pytest.mark.parametrize("question", [
    "which dates are the Qinghe natural resources and planning bureau's 2023 disclosure numbers for?",
    "what dates does the Qinghe natural resources and planning bureau 2023 report cover?",
    "Qinghe natural resources and planning bureau 2023 report: date range of the figures?",
    "what time period does the Qinghe natural resources and planning bureau's 2023 report cover?",
])
def test_the_period_asked_in_everyday_words(question):
    assert "统计期限" in parse_question(question, [REPORT]).terms
    a = answer_from_lines(REPORT, PLANNING, question)
    assert a.answered and "2023年1月1日" in a.text and "12月31日" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Qinghe natural resources and planning bureau 2023 OGI report - what date was it posted?",
    "what date is written at the end of the Qinghe natural resources and planning bureau's 2023 report?",
    "what date did the Qinghe natural resources and planning bureau's 2023 report go up online?",
])
def test_a_date_ask_is_no_period_ask(question):
    assert "统计期限" not in parse_question(question, [REPORT]).terms


@pytest.mark.parametrize("question", [
    "Qinghe natural resources and planning bureau 2023 disclosure report: contact number?",
    "Qinghe natural resources and planning bureau 2023 report - phone no.?",
    "what's the number to call about the Qinghe natural resources and planning bureau's 2023 report?",
])
def test_the_phone_asked_in_everyday_words(question):
    assert "电话" in parse_question(question, [REPORT]).terms
    a = answer_from_lines(REPORT, PLANNING, question)
    assert a.answered and "0999-7654321" in a.text, a.text


@pytest.mark.parametrize("question", [
    "how many times did people appeal the Qinghe natural resources and planning bureau's disclosure decisions in 2023?",
    "were any of the Qinghe natural resources and planning bureau's disclosure replies appealed in 2023?",
    "how many appeals over disclosure did the Qinghe natural resources and planning bureau have in 2023?",
])
def test_an_appeal_of_a_disclosure_decision_is_a_reconsideration(question):
    assert "行政复议" in parse_question(question, [REPORT]).terms


@pytest.mark.parametrize("question, written", [
    ("how many lawsuits did the qinghe municipal bureau of natural resources and planning, xiyu face in 2023?",
     "qinghe municipal bureau of natural resources and planning"),
    ("did anyone sue the bureau of natural resources and planning of qinghe county in 2023",
     "bureau of natural resources and planning"),
    ("how many lawsuits did the qinghe provincial natural resources and planning bureau face",
     "qinghe provincial natural resources and planning bureau"),
])
def test_the_name_written_as_head_of_words(question, written):
    assert [question[a:b] for a, b in names_as_written(question, REPORT.aliases)] == [written]


def test_words_after_a_head_of_no_name_stay_asked():
    # "bureau of" followed by words no name of the report holds: not the name
    assert names_as_written("how many items did the bureau of statistics publish", REPORT.aliases) == []
    # a level word alone, with no head of the names, names nothing
    assert names_as_written("how many provincial planning documents did it publish", REPORT.aliases) == []


@pytest.mark.parametrize("question", [
    "how many FOI lawsuits did the Qinghe Municipal Bureau of Natural Resources and Planning face in 2023?",
    "number of court cases over info disclosure against the Qinghe County Bureau of Natural Resources and Planning in 2023?",
    "how many times was the Qinghe Bureau of Natural Resources and Planning sued over disclosure in 2023?",
])
def test_a_lawsuit_ask_naming_the_agency_head_of_words_is_no_planning_figure(question):
    a = answer_from_lines(REPORT, PLANNING, question)
    assert a.answered and "3,600" not in a.text and "3600" not in a.text and "行政诉讼" in a.text, a.text
