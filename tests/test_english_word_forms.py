"""New English phrasings of asks the glossary already knows (fixer T's paraphrase probe): a past participle said in
its base form ("fully disclose" of "fully disclosed"), another word for a word of a phrase ([word_forms]: "secondary
sections", "institutional items"), a phrasal verb holding its object ("who put it together"), "come out" of a report,
and a word of the report's own name beside a date ask ("the petitions bureau's report — when was it dated").
All reports here are fictional (青禾县 / Qinghe)."""

from __future__ import annotations

import pytest

from assistant.core.glossary import GLOSSARY, base_formed, with_variants
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.shapes import COMPILER_FIELD, contact_fields
from tests.fake_index import answer_from_facts


@pytest.mark.parametrize("phrase, base", [
    ("fully disclosed", "fully disclose"),
    ("partly granted", "partly grant"),
    ("carried over", "carry over"),
    ("applications denied", "applications deny"),
])
def test_a_past_participle_of_a_phrase_is_also_matched_in_its_base_form(phrase, base):
    assert base in base_formed(phrase)


def test_a_word_that_is_no_participle_keeps_its_form():
    assert base_formed("proceed further") == [] and base_formed("granted") == []


def test_a_phrase_that_names_nothing_gets_no_base_form():
    # ("disclosed information" = [] only keeps its words from reading as an outcome; "disclose information" is not it)
    out = with_variants({"fictional widgets sorted": ("分拣",), "fictional widgets counted": ()})
    assert out["fictional widgets sort"] == ("分拣",) and "fictional widgets count" not in out


@pytest.mark.parametrize("said, written", [
    ("secondary sections", "second-level sections"),
    ("institutional items", "institution items"),
    ("organisational items", "organisation items"),
    ("fully disclose", "fully disclosed"),
    ("valid", "still valid"),
    ("came out", "released"),
    ("government news", "government affairs news"),
])
def test_other_forms_of_a_glossary_phrase_mean_what_it_means(said, written):
    assert GLOSSARY.en_to_zh[said][0] in GLOSSARY.en_to_zh[written] or set(GLOSSARY.en_to_zh[said]) & set(
        GLOSSARY.en_to_zh[written])


@pytest.mark.parametrize("question", [
    "Qinghe county 2016 OGI report - who put it together?",
    "Who put the Qinghe 2016 report together?",
    "Who drew it up, the Qinghe county 2016 annual report?",
])
def test_a_phrasal_verb_of_compiling_may_hold_its_object(question):
    assert COMPILER_FIELD in contact_fields(normalise_query(question))


REPORT = Report(doc_id="t" * 16, sources=["qinghe_xinfang_2016.txt"], agency="青禾县信访局", region="青禾县", year=2016,
                aliases=["qinghe"])
ORIGINAL = (
    "青禾县信访局2016年政府信息公开工作年度报告\n"
    "| 发布机构 | 青禾县信访局 | 发文日期 | 2017-03-15 |\n"
    "一、概述\n"
    "2016年,本局主动公开政府信息120条。\n"
)


@pytest.mark.parametrize("question", [
    "When was the Qinghe petitions bureau's 2016 report dated?",
    "When was the 2016 OGI report of Qinghe's petition bureau dated?",
    "Qinghe petitions bureau 2016 OGI report - when did it come out?",
])
def test_a_date_ask_beside_words_of_the_reports_own_name_is_answered_by_its_date(question):
    a = answer_from_facts(REPORT, ORIGINAL, question, source="qinghe_xinfang_2016.txt")
    assert a.answered and "2017-03-15" in a.text


HANDLED = ("青禾县样例局2021年政府信息公开工作年度报告\n"
           "一、主动公开政府信息情况\n"
           "2021年,本局在门户网站发布信息90条,其中人大代表建议办理信息6条,政策文件12条。\n")


def test_the_gerund_of_a_glossary_participle_names_the_same_work():
    """"items on handling deputies' suggestions" of 建议办理信息: "handling" is the work "handled" names (办理)."""
    report = Report(doc_id="h" * 16, sources=["qinghe_2021.txt"], agency="青禾县样例局", region="青禾县", year=2021,
                    aliases=["qinghe"])
    assert "办理" in GLOSSARY.en_to_zh["handling"]
    a = answer_from_facts(report, HANDLED, "Qinghe 2021: how many items on handling deputies' suggestions were published?",
                          source="qinghe_2021.txt")
    assert a.answered and "6" in a.text, a.text
