"""A comparison of two named reports that loses a side (fictional reports): a report named by the word it calls
itself ("那个只说“本单位”的部门") beside a place name, a question whose clause of the comparison names no report
("…那个局，和…的部门，政府集中采购项目哪个多"), "差了多少条" as a comparison, and a side stated only by a sentence of
its own report (an English mirror with no facts), asked of that report alone."""

from __future__ import annotations

import re

import pytest

from assistant.aggregate import asks_comparison, detect_intent
from assistant.answer import ExtractiveEngine
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.lacking_sides import thing_clause
from assistant.query import parse_question
from assistant.scope import match_reports
from tests.fake_index import line_passages, two_report_index
from tests.fixtures.unnamed_unit import SELF

PLACED = Report(doc_id="p" * 16, sources=["qinghe_water_2021.txt"], agency=None, region="青禾区", year=2021,
                aliases=["qinghe"])


def _scoped(question: str) -> list[str]:
    return [r.doc_id for r in match_reports(normalise_query(question), [PLACED, SELF])[1]]


@pytest.mark.parametrize("question", [
    "2021年：青禾区管水利那个局，和那个只说“本单位”的部门，政府集中采购项目哪个多？",
    "青禾区水利局和自称本单位的那个部门2021年谁的主动公开信息多",
])
def test_a_report_named_by_its_own_word_for_itself_is_named_beside_a_place(question):
    assert set(_scoped(question)) == {PLACED.doc_id, SELF.doc_id}


@pytest.mark.parametrize("question", [
    "青禾区2021年“本单位不掌握”的申请有几件",  # (a quote it only starts: a row's words)
    "青禾区2021年本单位主动公开了多少条",  # (written as no name)
])
def test_a_word_for_itself_not_written_as_a_name_names_nothing_beside_a_place(question):
    assert _scoped(question) == [PLACED.doc_id]


def test_the_clause_of_the_comparison_is_the_thing_when_the_clauses_before_it_name_the_reports():
    norm = "2021年:青禾区管水利那个局，和那个只说“本单位”的部门，政府集中采购项目哪个多？多几个？"
    assert thing_clause(norm, [PLACED, SELF]) == "政府集中采购项目哪个多？"
    assert thing_clause("青禾区和“本单位”2021年政府集中采购项目哪个多？", [PLACED, SELF]) is None
    assert thing_clause("青禾区2021年主动公开的总量，跟本单位门户网站公开的比，差了多少条？", [PLACED, SELF]) is None


def test_how_far_apart_with_le_is_a_comparison():
    norm = "青禾区2021年主动公开的信息总量，跟青苗区门户网站主动公开的比，差了多少条？"
    assert asks_comparison(norm)
    assert detect_intent(norm, 1, 2) == "compare"


TEXT = ("青禾区2021年:全年累计主动公开政府信息320条,其中通过区政府网站公开信息200条。\n"
        "Qingmiao district, 2021: we actively disclosed 1,450 pieces of government information on the portal website.\n")
A = Report(doc_id="a" * 16, sources=["qinghe_2021.txt"], agency="青禾区人民政府", region="青禾区", year=2021, aliases=["qinghe"])
B = Report(doc_id="b" * 16, sources=["qingmiao_2021_english.txt"], agency="青苗区人民政府", region="青苗区", year=2021,
           aliases=["qingmiao"])


@pytest.fixture(scope="module")
def engine():
    index = two_report_index(A, B, TEXT, b_facts=False)  # (the English line states no fact)
    passages = _passages()
    index.search = lambda query, doc_ids=None, k=None: [p for p in passages if not doc_ids or p.chunk.doc_id in doc_ids]
    return ExtractiveEngine(index, 0.34)


def _passages():
    return line_passages(A, TEXT)[:1] + line_passages(B, TEXT)[1:]  # line 1 is A's report, line 2 B's


def test_a_side_stated_only_by_a_sentence_of_its_own_report_is_asked_of_it_alone(engine):
    question = "青禾区2021年主动公开的信息总量，跟青苗区门户网站主动公开的比，差了多少条？"
    a = engine.answer(parse_question(question, [A, B]), _passages()[:1])  # (the comparison's passages: A's only)
    assert a.answered, a.text
    assert "320" in a.text and re.search(r"1,?450", a.text), a.text
    assert re.search(r"= 1,?130\D", a.text.splitlines()[-1] + " "), a.text
    assert {c.doc_id for c in a.citations} == {A.doc_id, B.doc_id}


def test_a_thing_leading_the_question_before_a_colon_is_the_thing_compared():
    norm = "2021年政府集中采购金额:青禾区管水利那个局，跟那个只说“本单位”的部门比，谁花得多？差多少万元？"
    assert thing_clause(norm, [PLACED, SELF]) == "2021年政府集中采购金额"
    # (a lead of a year alone names no thing: the comparison clause does)
    assert thing_clause("都是2021年的:青禾区管水利那个局，和“本单位”，政府集中采购项目哪个多？", [PLACED, SELF]) == "政府集中采购项目哪个多？"
    # (a comparison clause naming its thing keeps it, whatever leads)
    assert thing_clause("2021年的两份年报:青禾区管水利那个局，和“本单位”，政府集中采购项目哪个多？", [PLACED, SELF]) == "政府集中采购项目哪个多？"
