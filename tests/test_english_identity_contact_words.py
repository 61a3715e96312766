"""English phrasings of identity, contact and none asks that fixer T3's paraphrase probe found declined, on a fictional
report (青禾县信访局, invented here):
- the one who issued the report named by its noun ("which body is listed as the issuer"): the publisher;
- the compiler asked with "responsible for compiling" / "in charge of compiling": the compiler, "responsible" no
  word of its own to find;
- the period asked of both ends ("from what date to what date are the figures"): the period the figures cover, no
  change of a figure from one value to another;
- "where's the office": a question word's 's is "is" ("where is" asks the address), not a possessive to drop;
- "were any fees collected": the fees charged, answered by the sentence saying none were (the amount column of the
  fees table is not the only place a report says it).
"""

from __future__ import annotations

import pytest

from assistant.change_asks import change_ends
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.query import parse_question
from assistant.question_rewrites import question_word_is
from assistant.shapes import COMPILER_FIELD, PUBLISHER_FIELD, contact_fields
from tests.fake_index import answer_from_facts, answer_from_lines

REPORT = Report(doc_id="q" * 16, sources=["qinghe_xinfang_2019.txt"], agency="青禾县信访局", region="青禾县", year=2019,
                aliases=["qinghe", "qinghe petitions bureau", "petitions bureau"])
ORIGINAL = (
    "青禾县信访局2019年政府信息公开工作年度报告\n"
    "| 发布机构 | 县信访办 | 发布日期 | 2020-01-20 |\n"
    "编制单位:青禾县信访局办公室\n"
    "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
    "一、总体情况\n"
    "2019年,本局主动公开政府信息88条。\n"
    "二、收费及减免情况\n"
    "本局无政府信息公开收费及减免的情况。\n"
    "三、联系方式\n"
    "本局办公地址在青禾县和平路18号,邮政编码999001,联系电话0999-1234567。\n"
)


@pytest.mark.parametrize("question", [
    "Qinghe petitions bureau 2019 report — which body is listed as the issuer?",
    "who is the issuing body of the Qinghe petitions bureau's 2019 report?",
    "who is the publisher of the Qinghe petitions bureau's 2019 report?",  # the body by its noun: the same field
])
def test_the_issuer_is_the_publisher(question):
    assert PUBLISHER_FIELD in contact_fields(normalise_query(question))
    a = answer_from_facts(REPORT, ORIGINAL, question, source="qinghe_xinfang_2019.txt")
    assert a.answered and "县信访办" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Qinghe 2019 OGI report - which department was responsible for compiling it?",
    "which office was in charge of compiling the Qinghe petitions bureau's 2019 report?",
])
def test_responsible_for_compiling_asks_the_compiler(question):
    assert COMPILER_FIELD in contact_fields(normalise_query(question))
    assert "responsible" not in parse_question(question, [REPORT]).terms
    a = answer_from_facts(REPORT, ORIGINAL, question, source="qinghe_xinfang_2019.txt")
    assert a.answered and "青禾县信访局办公室" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Qinghe petitions bureau 2019 — from what date to what date are the figures?",
    "the Qinghe petitions bureau's 2019 numbers run from which date until which date?",
])
def test_both_ends_of_the_period_asked_are_the_period(question):
    assert change_ends(normalise_query(question)) is None
    assert "统计期限" in parse_question(question, [REPORT]).terms
    a = answer_from_lines(REPORT, ORIGINAL, question)
    assert a.answered and "2019年1月1日" in a.text, a.text


def test_a_change_of_a_figure_from_what_to_what_is_still_two_asks():
    assert change_ends("how did the number of columns go from what to what in 2019?")


def test_a_question_words_s_is_is():
    assert question_word_is("where's the office of the qinghe bureau") == "where is the office of the qinghe bureau"
    assert question_word_is("who's the publisher") == "who is the publisher"
    assert question_word_is("the bureau's office") == "the bureau's office"


def test_where_is_the_office_asks_the_address():
    a = answer_from_lines(REPORT, ORIGINAL, "Qinghe petitions bureau 2019: where's the office?")
    assert a.answered and "和平路18号" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Qinghe petitions bureau 2019 — were any disclosure fees collected or waived?",
    "Qinghe petitions bureau 2019 — were any fees collected?",
])
def test_fees_collected_is_answered_by_the_statement_of_none(question):
    a = answer_from_lines(REPORT, ORIGINAL, question)
    assert a.answered and "无政府信息公开收费" in a.text, a.text
