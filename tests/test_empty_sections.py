"""A section whose whole body says it has nothing ("六、其他需要报告的事项\n无。"): a statement of none of what its
heading names, so an ask of that section ("anything under 'other matters to report'?", "其他需要报告的事项写了什么")
is answered "none", quoted by the section, not by a list of another part of the report.

Every text here is written for a fictional agency (青禾县样例局); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.query import parse_question
from ingest.clean import clean
from ingest.empty_sections import empty_sections
from ingest.facts import build_facts
from ingest.narrative import extract_narrative_facts
from ingest.structure import split_sections
from ingest.tables import extract_table_facts
from tests.fake_index import FakeIndex

DOC = "e" * 16
ORIGINAL = (
    "青禾县样例局2021年政府信息公开工作年度报告\n"
    "本报告全文包括总体情况、主动公开政府信息情况、存在的主要问题及改进情况及其他需要报告的事项。\n"
    "一、总体情况\n"
    "2021年,我局主动公开政府信息120条,收到政府信息公开申请6件。\n"
    "五、存在的主要问题及改进情况\n"
    "一是公开内容不够全面;二是更新不够及时。\n"
    "六、其他需要报告的事项\n"
    "无。\n"
)
REPORT = Report(doc_id=DOC, title="青禾县样例局2021年政府信息公开工作年度报告", agency="青禾县样例局", region="青禾县",
                year=2021, sources=["s.txt"], aliases=["qinghe", "qinghe county sample bureau"],
                mentions=["青禾县", "青禾县样例局"])


def _facts():
    ct = clean(ORIGINAL)
    return build_facts(ct, split_sections(ct.text), extract_table_facts(ct.text), extract_narrative_facts(ct.text),
                       doc_id=DOC, source="s.txt", agency=REPORT.agency, region=REPORT.region, year=REPORT.year)


def test_a_section_whose_body_is_none_is_a_statement_of_none_of_its_heading():
    ct = clean(ORIGINAL)
    got = empty_sections(ct.text, split_sections(ct.text))
    assert [(f.kind, f.row, f.raw) for f in got] == [("none", "其他需要报告的事项", "无")]
    assert "其他需要报告的事项" in ct.text[got[0].quote_span[0]:got[0].quote_span[1]]


def test_a_section_with_content_is_no_statement_of_none():
    ct = clean(ORIGINAL.replace("六、其他需要报告的事项\n无。", "六、其他需要报告的事项\n本年度无收费情况,另有培训2次。"))
    assert empty_sections(ct.text, split_sections(ct.text)) == []


@pytest.mark.parametrize("question", [
    "青禾县样例局2021年年报里“其他需要报告的事项”写了什么？",
    "Qinghe county sample bureau, 2021 report: anything listed under 'other matters to report'?",
])
def test_an_ask_of_an_empty_section_is_answered_none(question):
    a = ExtractiveEngine(FakeIndex(REPORT, _facts(), ORIGINAL), 0.34).answer(parse_question(question, [REPORT]), [])
    assert a.answered, a.text
    assert "无" in a.text or "none" in a.text.lower(), a.text
    assert any("其他需要报告的事项" in c.quote and "无" in c.quote for c in a.citations), [c.quote for c in a.citations]
    assert "公开内容不够全面" not in a.text
