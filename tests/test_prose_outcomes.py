"""The outcome of reconsiderations or lawsuits stated in prose right after their count ("行政复议案件1件，结果维持")
answers an outcome ask, cited (assistant/prose_outcomes.py); "how many …, and what was the result" keeps both asks
(glossary counted_items_en: "the result" asks no items).  Fictional reports only."""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.items_worded import items_asked_as_which
from tests.fake_index import answer_from_lines

ORIGINAL = (
    "翠溪乡人民政府2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年，翠溪乡人民政府主动公开政府信息88条。\n"
    "二、政府信息公开行政复议、行政诉讼情况\n"
    "本年度共发生政府信息公开行政复议案件2件，结果均维持；未发生行政诉讼。\n"
)
REPORT = Report(doc_id="x" * 16, sources=["cuixi_xiang_2022.txt"], agency="翠溪乡人民政府", year=2022,
                aliases=["cuixi", "cuixi township"])


@pytest.mark.parametrize("question", [
    "翠溪乡2022年行政复议的结果是什么",
    "Cuixi township 2022: what was the outcome of the administrative reconsiderations?",
])
def test_a_prose_outcome_answers_the_outcome_ask(question):
    a = answer_from_lines(REPORT, ORIGINAL, question)
    assert a.answered and "结果均维持" in a.text, a.text
    assert any("结果均维持" in c.quote for c in a.citations), a.citations


def test_a_count_and_its_result_are_both_answered():
    a = answer_from_lines(REPORT, ORIGINAL, "Cuixi township 2022: how many administrative reconsideration cases, and what was the result?")
    assert a.answered and "2" in a.text and "结果均维持" in a.text, a.text


def test_the_result_asks_no_items():
    norm = "cuixi 2022: how many administrative reconsideration cases, and what was the result?"
    assert items_asked_as_which(norm) == norm
    assert items_asked_as_which("how many platforms, and what are they?") == "which platforms?"


def test_an_outcome_the_report_does_not_state_is_said_not_stated():
    text = ORIGINAL.replace("，结果均维持；未发生行政诉讼。", "。")
    a = answer_from_lines(REPORT, text, "Cuixi township 2022: how many administrative reconsideration cases, and what was the result?")
    assert "2" in a.text and "not state" in a.text.lower(), a.text
