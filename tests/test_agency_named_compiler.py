"""A compiler ask ("谁编的", "谁弄的", "who compiled") of a report naming no compiler nor publisher: answered with the
report's own agency said in the field's role ("编制单位：X（报告未另写明，即报告所属机关）"), citing the sentence naming
it, not by a bare quote of its title (template sentence_agency_named; fictional texts: 青禾县样例局)."""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from tests.fake_index import answer_from_lines

OWN = Report(doc_id="o" * 16, sources=["qinghe_yangliju_2021.txt"], agency="青禾县样例局", region="青禾县", year=2021,
             aliases=["qinghe", "qinghe sample bureau"], provenance={"agency": "title", "year": "title"})
TITLED = ("青禾县样例局2021年度政府信息公开工作年度报告\n"
          "一、总体情况\n2021年,本局深入推进政务公开,全年主动公开信息120条。\n")
COMPILED = TITLED + "本报告由青禾县样例局办公室编制。\n"


@pytest.mark.parametrize("question", ["青禾县样例局2021年的年报是谁编的？", "青禾县样例局2021年那份年报是谁弄的？",
                                      "青禾县样例局2021年年报的编制单位是哪个？"])
def test_a_report_naming_no_compiler_is_compiled_by_its_agency_said_so(question):
    a = answer_from_lines(OWN, TITLED, question)
    assert a.answered and a.text.startswith("编制单位：青禾县样例局"), a.text
    assert a.citations and "青禾县样例局" in a.citations[0].quote


def test_the_english_ask_says_the_role_in_english():
    a = answer_from_lines(OWN, TITLED, "Who compiled the Qinghe sample bureau's 2021 report?")
    assert a.answered and a.text.startswith("Compiled by: 青禾县样例局"), a.text


def test_a_compiler_the_report_names_is_still_the_answer():
    a = answer_from_lines(OWN, COMPILED, "青禾县样例局2021年的年报是谁编的？")
    assert a.answered and "办公室" in a.text and "报告未另写明" not in a.text, a.text
