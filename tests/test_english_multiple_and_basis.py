"""English asks a Chinese or English report answers with one sentence, on fictional reports (禾川县样例局; no text
copied from a report):

- a multiple asked in English ("were how many times the 2021 total", "what multiple of", "by what factor"): one ask
  (not the thing | "how many times …"), searched with 倍, the word a report states a multiple with (是…的1.8倍); a count
  of occasions ("how many times did people appeal", "how many times the office was sued") is no multiple;
- the legal basis of a report written in English ("This report is made in accordance with Article 50 of the
  Regulations"): the sentence saying so answers "prepared under which article of the regulations";
- a report's name inside the quoted name of a column ("government" in "the 'government documents' column") is the
  column's word, not the report: the sides of the comparison stay whole.
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.glossary import GLOSSARY
from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.text import normalise_query
from assistant.core.types import Report
from tests.fake_index import answer_from_lines

MULTIPLE = GLOSSARY.patterns["multiple_ask_en"]

TEXT_ZH = (
    "禾川县样例局2022年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "全年在本局网站发布信息640条,在县政府网站公开专栏发布信息95条,合计735条,是2021年信息发布总量的1.8倍。\n"
    "二、依申请公开情况\n"
    "全年收到政府信息公开申请7件。\n"
)
REPORT_ZH = Report(doc_id="m" * 16, sources=["hechuan_yangliju_2022.txt"], agency="禾川县样例局", region="禾川县",
                   year=2022, aliases=["hechuan", "hechuan sample bureau"])

TEXT_EN = (
    "Annual Report of Hechuan County Sample Bureau on Government Information Disclosure in 2022\n"
    "This report is made in accordance with Article 50 of the Regulations on the Openness of Government Information.\n"
    "I. General Situation\n"
    "In 2022, the bureau actively disclosed 240 pieces of government information on its website.\n"
)
REPORT_EN = Report(doc_id="e" * 16, sources=["hechuan_yangliju_2022_en.txt"], agency="禾川县样例局", region="禾川县",
                   year=2022, aliases=["hechuan", "hechuan sample bureau"])


@pytest.mark.parametrize("question", [
    "its total releases that year were how many times the 2021 total",
    "how many times as many items as the year before",
    "what multiple of the 2021 figure was it",
    "by what factor did the releases grow",
    "how many-fold was the rise",
])
def test_a_multiple_asked_in_english(question):
    assert MULTIPLE.search(question), question


@pytest.mark.parametrize("question", [
    "how many times did people appeal its disclosure decisions",
    "how many times the office was sued",
    "how many times were applications withheld",
])
def test_a_count_of_occasions_is_no_multiple(question):
    assert not MULTIPLE.search(question), question


def test_a_multiple_is_one_ask():
    norm = normalise_query("Hechuan sample bureau 2022: its total info releases that year were how many times the 2021 total?")
    asks = split_asks(norm, ["hechuan"])
    assert len(asks) == 1 and "how many times the 2021 total" in asks[0].text, asks


@pytest.mark.parametrize("question", [
    "Per the Hechuan sample bureau's 2022 report, its total info releases that year were how many times the 2021 total?",
    "Hechuan sample bureau 2022: what multiple of the 2021 total were its total info releases?",
])
def test_a_stated_multiple_answers_an_english_ask(question):
    a = answer_from_lines(REPORT_ZH, TEXT_ZH, question)
    assert a.answered and "1.8" in a.text and "1.8倍" in a.text, (question, a.text)


def test_this_report_is_made_in_accordance_with_states_its_basis():
    text = normalise_query("This report is made in accordance with Article 50 of the Regulations.")
    assert REPORT_FIELDS.holds("sources", text)
    assert not REPORT_FIELDS.holds("sources", normalise_query("The bureau made 12 replies in accordance with the law."))


def test_the_article_an_english_report_was_prepared_under():
    a = answer_from_lines(REPORT_EN, TEXT_EN,
                          "The Hechuan sample bureau 2022 disclosure report says it was prepared under which article of "
                          "the OGI Regulations?")
    assert a.answered and "Article 50" in a.text, a.text


# --- the sides of an English comparison ----------------------------------------------------------------------------

def test_a_report_name_inside_a_quoted_column_name_leaves_the_sides_whole():
    # ("government" names the people's government's report; in "the 'government documents' column" it names a column)
    norm = normalise_query("Hechuan county 2022: gov documents disclosed in the 'government documents' column vs "
                           "planning items — how many each, and the gap?")
    asks = split_asks(norm, ["hechuan", "government"])
    assert [a.side for a in asks] == ["gov documents disclosed in the government documents column", "planning items"], asks

