"""Round-13 kinds (issue 10) on fictional reports (青禾县财政局, 青禾县文广新局 and an English copy of 青禾县人民政府's
report, invented here):
- a list of the things asked after the question's lead (its colon or dash), each a noun phrase of something the
  reports count, with or without "how many" before it: one ask per thing;
- a breakdown by channel in staff English ("split the requests by how they were filed", "by submission method");
- a row of the table named as a modifier, hyphenated ("partly-disclosed requests");
- the words of a report's English name where the question writes it are scope, not what is asked ("when was the
  Qinghe culture, radio & press bureau's report dated": "radio" names no channel of the ask);
- over a report written in English, an ask of several weighs its own words over the lead all the asks share.
"""

from __future__ import annotations

import pytest

from assistant.agency_en import names_as_written
from assistant.core.glossary import GLOSSARY
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.joined_asks import framed_list_en
from assistant.query import detect_metric
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD
from tests.helpers import ask_texts

FINANCE = (
    "青禾县财政局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开情况\n"
    "2023年,本局主动公开政府信息共412条,其中政策文件37条,财政预决算信息58条。\n"
    "(二)依申请公开情况\n"
    "2023年,本局共收到政府信息公开申请19件,其中当面申请的6件,来信申请的5件,网上申请的8件。\n"
    + T3_HEAD +
    "一、本年新收政府信息公开申请数量 | 17 | 2 | 0 | 0 | 0 | 0 | 19 |\n"
    "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 9 | 1 | 0 | 0 | 0 | 0 | 10 |\n"
    "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 3 | 1 | 0 | 0 | 0 | 0 | 4 |\n"
    "(七)总计 | 15 | 2 | 0 | 0 | 0 | 0 | 17 |\n"
    "四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
    "青禾县财政局\n"
    "2024年1月22日\n"
)
FINANCE_REPORT = Report(doc_id="f" * 16, sources=["qinghe_caizhengju_2023.txt"], agency="青禾县财政局", region="青禾县",
                        year=2023, aliases=["qinghe", "qinghe finance bureau"])


def _all_in(text: str, figures) -> bool:
    return all(f in text.replace(",", "") for f in figures)


# --- a list of things after the lead ----------------------------------------------------------------------------------

@pytest.mark.parametrize("question, asks", [
    ("Qinghe finance bureau 2023: total items proactively published, and number of disclosure requests they got?",
     ["qinghe finance bureau 2023: total items proactively published",
      "qinghe finance bureau 2023: number of disclosure requests they got"]),
    ("Qinghe finance bureau 2023: total info proactively disclosed, and how many disclosure requests came in?",
     ["qinghe finance bureau 2023: total info proactively disclosed",
      "qinghe finance bureau 2023: how many disclosure requests came in"]),
    ("Give me the Qinghe finance bureau's 2023 totals: all info it published, and the policy documents.",
     ["give me the qinghe finance bureau's 2023 totals: all info it published",
      "give me the qinghe finance bureau's 2023 totals: the policy documents"]),
    ("Qinghe finance bureau, 2023 — items published proactively, requests received and requests carried over",
     ["qinghe finance bureau, 2023 — items published proactively", "qinghe finance bureau, 2023 — requests received",
      "qinghe finance bureau, 2023 — requests carried over"]),
])
def test_a_list_after_the_lead_is_one_ask_per_thing(question, asks):
    assert framed_list_en(normalise_query(question).strip()) is not None
    assert ask_texts(question) == asks


@pytest.mark.parametrize("question", [
    "qinghe 2023: requests received and answered?",  # one noun: one thing
    "qinghe 2023: how many requests came in, and how many were answered?",  # each its own question word
    "qinghe 2023: requests received, and of them how many from companies?",  # the second narrows the first
    "qinghe: 2022 and 2023 requests received?",  # years: reports compared
    "qinghe 2023: items on the website and weibo combined",  # their total
    "how many requests did qinghe get: more than 10?",  # the lead asks itself
    "qinghe 2023 requests received and items published",  # no lead
    # a piece of scope before the ask: where it counts, no thing asked
    "qinghe 2023 report: of the requests answered 'not held', how many came from private individuals?",
    "qinghe 2023 report: in the requests table, how many requests from individuals were refused?",
])
def test_no_list_after_a_lead(question):
    assert framed_list_en(normalise_query(question).strip()) is None


@pytest.mark.parametrize("question, figures", [
    ("Qinghe finance bureau 2023: total items proactively published, and number of disclosure requests they got?",
     ("412", "19")),
    ("Qinghe finance bureau 2023: total info proactively disclosed, and how many disclosure requests came in?",
     ("412", "19")),
    ("Qinghe finance bureau 2023 - items it published proactively, and the requests carried forward to 2024", ("412", "2")),
])
def test_every_thing_of_a_list_after_the_lead_is_answered(question, figures):
    a = answer_from_lines(FINANCE_REPORT, FINANCE, question)
    assert a.answered and _all_in(a.text, figures), a.text


# --- a breakdown by channel in staff English ----------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Qinghe finance bureau, 2023: split the 19 disclosure requests by how they were filed.",
    "Qinghe finance bureau 2023 - break down the applications they received by how they were submitted",
    "Qinghe finance bureau 2023: the requests it received, broken out by submission method",
    "Qinghe finance bureau 2023 requests received, split by means of delivery",
    "Qinghe finance bureau 2023: the requests it received, broken down by channel",  # a table row: no applicant columns
])
def test_a_breakdown_by_how_requests_were_filed_gives_the_channels(question):
    assert GLOSSARY.patterns["breakdown"].search(normalise_query(question))
    a = answer_from_lines(FINANCE_REPORT, FINANCE, question)
    assert a.answered and _all_in(a.text, ("6", "5", "8")), a.text


@pytest.mark.parametrize("text", ["by how many did it rise", "it went up by how much", "how were they filed"])
def test_no_breakdown_by_how(text):
    assert not GLOSSARY.patterns["breakdown"].search(text)


# --- a row named as a hyphenated modifier --------------------------------------------------------------------------

@pytest.mark.parametrize("ask, key", [
    ("partly-disclosed requests, total column?", "applications_partly_disclosed"),
    ("how many partially-disclosed requests", "applications_partly_disclosed"),
    ("the carried-over requests", "applications_carried_over"),
    ("partly disclosed requests", "applications_partly_disclosed"),
])
def test_a_hyphenated_row_names_its_metric(ask, key):
    assert detect_metric(ask, fallback=False).key == key


def test_a_hyphenated_row_is_answered_from_its_row():
    a = answer_from_lines(FINANCE_REPORT, FINANCE, "Qinghe finance bureau, 2023 report — partly-disclosed requests, "
                                                   "total column?")
    assert a.answered and "4" in a.text and "10" not in a.text, a.text


# --- the words of a report's English name, where the question writes it -----------------------------------------------

CULTURE = (
    "青禾县文广新局2023年度信息公开工作年度报告\n"
    "一、概述\n"
    "2023年,我局主动公开政府信息36条,通过县广播电台播报政策信息12次。\n"
    "二、存在的主要问题\n"
    "信息更新不够及时。\n"
    "青禾县文广新局\n"
    "2024年3月12日\n"
)
CULTURE_REPORT = Report(doc_id="c" * 16, sources=["qinghe_wenguangxinju_2023.txt"], agency="青禾县文广新局",
                        region="青禾县", year=2023,
                        aliases=["qinghe", "qinghe culture bureau", "culture, radio, television, press and publication bureau",
                                 "qinghe culture, radio, television, press and publication bureau"])
_CULTURE_NAMES = CULTURE_REPORT.aliases


@pytest.mark.parametrize("question, written", [
    ("when was the qinghe culture, radio and press bureau 2023 report dated?", "qinghe culture, radio and press bureau"),
    ("how many radio broadcasts did the qinghe culture bureau make", "qinghe culture bureau"),
    ("what did the qinghe press and publication bureau publish", "qinghe press and publication bureau"),
])
def test_an_english_name_as_written(question, written):
    assert [question[a:b] for a, b in names_as_written(question, _CULTURE_NAMES)] == [written]


def test_no_name_as_written_without_a_head_of_the_names():
    assert names_as_written("how many radio programmes in qinghe", _CULTURE_NAMES) == []


@pytest.mark.parametrize("question", [
    "When was the Qinghe culture, radio & press bureau's 2023 report dated?",
    "When was the Qinghe culture, radio and press bureau's 2023 report published?",
])
def test_a_date_ask_naming_the_agency_in_its_english_words_is_answered(question):
    a = answer_from_lines(CULTURE_REPORT, CULTURE, question)
    assert a.answered and "2024" in a.text and "3" in a.text, a.text


def test_the_same_word_outside_the_name_is_still_asked():
    a = answer_from_lines(CULTURE_REPORT, CULTURE, "How many times did the Qinghe culture, radio & press bureau use the "
                                                   "radio to broadcast policy information in 2023?")
    assert a.answered and "12" in a.text, a.text


# --- an ask of several over a report written in English ---------------------------------------------------------------

ENGLISH = (
    "Annual Report of Qinghe County People's Government on Government Information Disclosure in 2023\n"
    "In 2023, the county government actively disclosed 9,214 pieces of government information on its portal website, "
    "covering budgets, education and health care.\n"
    "Through the statistics column, 27 pieces of relevant statistical information were released monthly. Through the "
    "column of government information disclosure, 64 pieces of information on key projects were released.\n"
    "Actively disclose 41 government documents and manage them by catalogue. Through the columns of \"Functions\", "
    "the functions of all units are updated.\n"
)
ENGLISH_REPORT = Report(doc_id="e" * 16, sources=["qinghe_xian_2023_english.txt"], agency="青禾县人民政府", region="青禾县",
                        year=2023, aliases=["qinghe", "qinghe county", "people's government", "government",
                                            "qinghe government"])


@pytest.mark.parametrize("question, figures, not_first", [
    (("Qinghe county gov, 2023 disclosure report in English: how many government documents were disclosed under the "
      "'government documents' column, and how many statistical info items were released monthly?"), ("41", "27"), "27"),
    (("Qinghe county 2023 report (English copy): how many statistical info items were released monthly, and how many "
      "government documents were disclosed in the government documents column?"), ("27", "41"), "41"),
])
def test_each_ask_over_an_english_report_gets_its_own_figure(question, figures, not_first):
    a = answer_from_lines(ENGLISH_REPORT, ENGLISH, question)
    assert a.answered and _all_in(a.text, figures), a.text
    first = a.text.splitlines()[0]
    assert figures[0] in first and not_first not in first.replace(figures[0], ""), a.text


# --- a word of the agency's written name asked with a metric ------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Did the Qinghe finance bureau get sued in 2023?",
    "Qinghe finance bureau 2023: any lawsuits?",
    "Qinghe finance bureau, 2023 — how many administrative reconsiderations?",
])
def test_a_word_of_the_written_agency_name_picks_no_figure_of_a_metric(question):
    # "finance" of "the Qinghe finance bureau" renders 财政, which 青禾县财政局 holds: it names the report, so
    # "财政预决算信息58条" is no figure of lawsuits (the fictional copy states none)
    a = answer_from_lines(FINANCE_REPORT, FINANCE, question)
    assert "58" not in a.text, a.text


def test_the_metric_asked_of_the_written_agency_name_is_still_answered():
    a = answer_from_lines(FINANCE_REPORT, FINANCE, "Qinghe finance bureau 2023: how many disclosure requests came in?")
    assert a.answered and "19" in a.text, a.text
