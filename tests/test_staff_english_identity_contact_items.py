"""Plain staff English for the items, identity and contact asks (fixer AM7's probe), on a fictional report
(青禾县水务局 / the Qinghe county water bureau, invented here):
- two contact fields joined where the second is named with an English modifier ("phone and mailing address", "phone
  number and office address") or as a "zip code": one ask per field, as "phone and address" already was;
- the problems in plain words ("what did they say went wrong", "which weak spots"), and what the work focused on said
  with a verb ("what did they concentrate on"): the items of the report's problems / focus;
- "who is the author of the report" (the compiler), "which division do I contact" (the office responsible), "how does
  X get its government information out" (the channels), "which office accepts applications" (the receiving office),
  "who led / heads the leading group" (its 组长).
"""

from __future__ import annotations

import pytest

from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.field_asks import split_fields
from assistant.list_items import WANTS_LIST
from assistant.problem_items import side_asked
from assistant.query import glossary_groups
from assistant.shapes import COMPILER_FIELD, OFFICE_FIELD, contact_fields
from tests.fake_index import answer_from_facts

WATER = Report(doc_id="w" * 16, sources=["qinghe_shuiwu_2021.txt"], agency="青禾县水务局", region="青禾县", year=2021,
               aliases=["qinghe", "qinghe water bureau", "water bureau"])
WATER_TEXT = (
    "青禾县水务局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年,本局主动公开政府信息42条。\n"
    "二、存在的主要问题及改进情况\n"
    "(一)公开内容不够全面\n"
    "(二)信息更新不够及时\n"
    "三、联系方式\n"
    "联系电话:0999-7654321\n"
    "地址:青禾县清水路16号\n"
    "邮编:999123\n"
)


@pytest.mark.parametrize("piece, fields", [
    ("what contact phone and mailing address does it list", ["contact phone", "contact mailing address"]),
    ("what's the phone number and office address of the qinghe water bureau", ["phone number", "office address"]),
    ("what telephone and zip code are given for the qinghe water bureau", ["telephone", "zip code"]),
    ("phone and postal address of the qinghe water bureau", ["phone", "postal address"]),
])
def test_a_second_field_named_with_an_english_modifier_is_its_own_ask(piece, fields):
    out = split_fields(piece)
    assert out is not None and len(out) == 2
    assert all(f in ask for f, ask in zip(fields, out))


def test_a_modifier_alone_is_no_field_and_a_count_no_list_of_fields():
    # (a modifier only starts a field: "the office of the phone line" names one field)
    assert split_fields("the phone of the office that handles complaints") is None
    assert split_fields("how many phone calls and mailing address changes") is None


@pytest.mark.parametrize("question", [
    "Qinghe water bureau 2021: what contact phone and mailing address does it list?",
    "What telephone and zip code are given for the Qinghe water bureau?",
])
def test_both_joined_fields_are_answered(question):
    a = answer_from_facts(WATER, WATER_TEXT, question, source="qinghe_shuiwu_2021.txt")
    assert "0999-7654321" in a.text
    assert ("清水路16号" in a.text) or ("999123" in a.text)


def _words(question: str) -> set[str]:
    return {w for g in glossary_groups(normalise_query(question)) for w in g}


@pytest.mark.parametrize("question, zh", [
    ("Qinghe water bureau 2021: what did they say went wrong?", "问题"),
    ("Which weak spots did the Qinghe water bureau point to in 2021?", "问题"),
    ("What did the Qinghe water bureau concentrate on in 2021?", "重点"),
    ("What did the Qinghe water bureau focus on in its 2021 disclosure work?", "重点"),
    ("Which office accepts information disclosure applications at the Qinghe water bureau?", "受理机构"),
    ("Which office handles requests at the Qinghe water bureau?", "受理机构"),
    ("Who led the Qinghe water bureau's leading group in 2021?", "组长"),
    ("Who heads the Qinghe water bureau's disclosure group?", "组长"),
])
def test_plain_staff_words_reach_the_reports_words(question, zh):
    assert zh in _words(question)


@pytest.mark.parametrize("question", [
    "qinghe water bureau 2021: what did they say went wrong?",
    "what went wrong at the qinghe water bureau in 2021",
    "which weak spots did the qinghe water bureau point to?",
])
def test_went_wrong_and_weak_spots_ask_the_problems_as_a_list(question):
    assert WANTS_LIST.search(question) and side_asked(question) == "problems"


def test_what_key_areas_is_a_list_ask():
    assert WANTS_LIST.search("what key areas did the qinghe water bureau concentrate on in 2021?")


def test_problems_in_plain_words_are_answered_by_the_problems_section():
    a = answer_from_facts(WATER, WATER_TEXT, "Qinghe water bureau 2021: what did they say went wrong?",
                          source="qinghe_shuiwu_2021.txt")
    assert "公开内容不够全面" in a.text and "信息更新不够及时" in a.text


def test_the_author_of_the_report_is_its_compiler():
    assert COMPILER_FIELD in contact_fields(normalise_query("Who is the author of the Qinghe water bureau's 2021 report?"))


def test_a_division_to_contact_is_the_office_responsible():
    fields = contact_fields(normalise_query("Qinghe 2021 report: which division do I contact with questions?"))
    assert OFFICE_FIELD in fields


@pytest.mark.parametrize("question", [
    "how does the qinghe township government get its government information out?",
    "how did the qinghe water bureau get its public information out in 2021?",
])
def test_getting_its_government_information_out_asks_the_channels(question):
    assert REPORT_FIELDS.field_asked(question) == "channels"
