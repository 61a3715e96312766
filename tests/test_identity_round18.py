"""Round 18 identity asks in English words the glossary lacked: the office named as the receiving point of
applications (受理机构: "receiving point", "receiving office", "intake office").  All reports here are fictional
(青禾县 / Qinghe)."""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.query import parse_question
from tests.fake_index import answer_from_lines

ORIGINAL = (
    "青禾县人民政府2016年政府信息公开工作年度报告\n"
    "一、概述\n"
    "(一)规范受理。明确了县政府办公室秘书科为依申请公开政府信息的受理机构,并拟定了受理流程。\n"
    "二、主动公开情况\n"
    "2016年,全县主动公开政府信息300条。\n"
)
REPORT = Report(doc_id="q" * 16, sources=["qinghe_xian_2016.txt"], agency="青禾县人民政府", region="青禾县", year=2016,
                aliases=["qinghe", "qinghe county"], mentions=["青禾县"])


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question, idf=False)


@pytest.mark.parametrize("question", [
    "Qinghe county 2016 report: which office is named as the receiving point for information requests?",
    "Qinghe county 2016: what is the receiving office for disclosure applications?",
    "青禾县2016年年报：依申请公开的受理机构是哪个？",
])
def test_the_receiving_point_of_applications(question):
    a = _ask(question)
    assert a.answered and "秘书科" in a.text, (question, a.text)


@pytest.mark.parametrize("question", [
    "Qinghe county 2016 report: which office is named as the receiving point for information requests?",
    "Qinghe county 2016: what is the receiving office for disclosure applications?",
    "Qinghe 2016: which unit is the intake office for requests?",
])
def test_an_english_receiving_point_is_searched_as_the_accepting_office(question):
    # (the sentence is found by the report's word for it, 受理机构, as the Chinese ask writes it)
    assert "受理机构" in parse_question(question, [REPORT]).terms
