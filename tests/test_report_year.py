"""An ask of the year a report is about (assistant/report_year.py): the report's own year, cited where its text writes
it — also for a copy with no title, whose year only its first sentence gives.  Fictional text (青禾县样例局)."""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.query import parse_question
from assistant.report_year import asks_report_year, first_sentence_with_year
from tests.fake_index import index_of, line_passages

ORIGINAL = ("本年度报告根据《条例》编制,由概况、主动公开情况等三部分组成。\n"
            "一、概况\n"
            "2015年,青禾县样例局在县政府的领导下,大力推进政府信息公开工作。\n"
            "二、主动公开情况\n"
            "全年主动公开信息30条。\n")
REPORT = Report(doc_id="y" * 16, sources=["qinghe_untitled.txt"], agency="青禾县样例局", region="青禾县", year=2015,
                aliases=["qinghe"])


@pytest.mark.parametrize("text, asked", [
    ("青禾县样例局那份年报，写的是哪一年的工作？", True),
    ("这份报告是哪一年的", True),
    ("which year does the qinghe sample bureau report cover?", True),
    ("哪一年主动公开的信息更多", False),  # a comparison of years
    ("which year had more applications", False),
    ("青禾县样例局2015年主动公开多少条", False),
])
def test_an_ask_of_the_reports_own_year(text, asked):
    assert asks_report_year(text) is asked


def test_the_first_sentence_writing_the_year_is_its_evidence():
    s, e = first_sentence_with_year(ORIGINAL, 2015)
    assert ORIGINAL[s:e].startswith("2015年,青禾县样例局")
    assert first_sentence_with_year(ORIGINAL, 2016) is None


def test_a_report_without_a_title_is_answered_by_its_year_where_the_text_writes_it():
    index = index_of(REPORT, ORIGINAL)
    q = parse_question("青禾县样例局那份年报写的是哪一年的工作？", [REPORT])
    q.doc_ids = [REPORT.doc_id]
    a = ExtractiveEngine(index, 0.34).answer(q, line_passages(REPORT, ORIGINAL))
    assert a.answered and "2015" in a.text, a.text
    assert a.citations and "2015年" in a.citations[0].quote
