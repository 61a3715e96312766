"""English an office worker types without the reports' labels (fixer E1's probe): the work's own name ("open government
report", "transparency report") is no topic of the ask; asking an agency for information is a request for it; the
problems as "headaches" / "pain points" / what it "still needs to fix"; a newspaper as "which paper"; who "gathers and
sends up" the news; information put out "without being asked" is the year's proactive disclosure.
All reports here are fictional (青禾县 / Qinghe)."""

from __future__ import annotations

import pytest

from assistant.core.text import normalise_query
from assistant.query import glossary_groups
from assistant.list_items import WANTS_LIST
from assistant.problem_items import side_asked
from assistant.question_rewrites import asked_as_requested
from assistant.core.types import Report
from tests.fake_index import answer_from_facts

REPORT = Report(doc_id="e" * 16, sources=["qinghe_shuiwu_2023.txt"], agency="青禾县水务局", region="青禾县", year=2023,
                aliases=["qinghe", "qinghe water bureau", "water bureau"])
ORIGINAL = (
    "青禾县水务局2023年政府信息公开工作年度报告\n"
    "发布时间: 2024-01-20\n"
    "一、总体情况\n"
    "2023年,本局全年主动公开政府信息120条。通过本局微博365天不间断发布各类水务信息。\n"
    "2023年,本局未收到政府信息公开申请。\n"
    "局办公室承担了政务信息采集、上报工作。\n"
    "二、存在的主要问题及改进情况\n"
    "(一)公开内容不够全面\n"
    "(二)信息更新不够及时\n"
)


def _ask(question: str):
    return answer_from_facts(REPORT, ORIGINAL, question, source="qinghe_shuiwu_2023.txt")


def _words(question: str) -> set[str]:
    return {w for g in glossary_groups(normalise_query(question)) for w in g}


@pytest.mark.parametrize("question, stated", [
    # the work's own English name ("open government report", "transparency report") is no topic of a date ask
    ("When did the Qinghe water bureau's 2023 open government report go up on the web?", "2024-01-20"),
    ("When was Qinghe water bureau's 2023 open-government annual report posted online?", "2024-01-20"),
    ("When did the Qinghe water bureau's 2023 transparency report go up online?", "2024-01-20"),
    # a request asked in everyday words ("did anybody ask … for information") is answered by the statement of none
    ("Did anybody ask the Qinghe water bureau for information in 2023?", "未收到"),
    ("Did the Qinghe water bureau get asked for any information in 2023?", "未收到"),
])
def test_everyday_english_is_answered_by_what_the_report_states(question, stated):
    a = _ask(question)
    assert a.answered and stated in a.text


@pytest.mark.parametrize("question, rewritten", [
    ("did anybody ask qinghe township for information in 2024?", "did anybody request information from qinghe township in 2024?"),
    ("did the centre get asked for any information in 2016?", "did the centre receive any requests for information in 2016?"),
    ("did anyone ask them for documents?", "did anyone request documents from them?"),
    ("did anyone ask for information?", "did anyone request information?"),
])
def test_asking_an_agency_for_information_is_a_request_for_it(question, rewritten):
    assert asked_as_requested(question) == rewritten


@pytest.mark.parametrize("question", ["did anyone ask for a review?", "was asking them for information free of charge?", "how many people asked questions by phone?",
                                      "what did they ask the public for?"])
def test_other_asking_is_left_as_written(question):
    assert asked_as_requested(question) == question


@pytest.mark.parametrize("question", [
    "What are the main headaches the Qinghe water bureau mentions in its 2023 report?",
    "What pain points does the Qinghe water bureau mention in 2023?",
])
def test_the_problems_in_everyday_words_ask_the_reports_problems(question):
    norm = normalise_query(question)
    assert WANTS_LIST.search(norm) and side_asked(norm) == "problems"
    a = _ask(question)
    assert a.answered and "不够全面" in a.text and "不够及时" in a.text


def test_what_it_still_needs_to_fix_is_its_problems_and_plans_alike():
    # (a shortfall still to fix and the fix itself: both sides of the section answer, searched as its problems)
    question = "What does the Qinghe water bureau say it still needs to fix in its 2023 report?"
    assert side_asked(normalise_query(question)) is None and "问题" in _words(question)


def test_information_put_out_without_being_asked_is_the_years_proactive_disclosure():
    a = _ask("How much information did the Qinghe water bureau put out in 2023 without being asked?")
    assert a.answered and "120" in a.text and "365" not in a.text


@pytest.mark.parametrize("question, zh", [
    ("Besides its website, which paper printed Qinghe's 2023 report?", "报纸"),
    ("What papers carried the Qinghe report in full?", "报纸"),
    ("Who at the Qinghe bureau gathers and sends up the government news?", "采集"),
    ("Who at the Qinghe bureau gathers and sends up the government news?", "上报"),
])
def test_everyday_words_reach_the_words_reports_write(question, zh):
    assert zh in _words(question)


def test_a_paper_copy_is_no_newspaper():
    assert "报纸" not in _words("Can I get a paper copy of the Qinghe report?")

