"""English words an office worker uses for a report's figures (session 13, fixer E2), on fictional reports:
part-time staff are never answered by the full-time count; "companies or other organisations" is table 三's whole
法人或其他组织 group; "ordinary people" are 自然人; "didn't have the info" is the row 本机关不掌握; "posted on its
own" is proactive disclosure (not "on its own site"); state-owned asset items are 国有产权 items."""
from __future__ import annotations

import re

import pytest

from assistant.asks import split_asks
from assistant.core.glossary import GLOSSARY
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.counted_things import misses_counted_thing
from assistant.noun_phrase_asks import JOINED_LABELS
from assistant.question_rewrites import own_initiative_as_proactive
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD


def _figures(text: str) -> set[str]:
    return set(re.findall(r"(?<![\d\[])\d+(?![\d\]])", text))


# --- part-time staff: the full-time count is the other half of the staff ------------------------------------------

@pytest.mark.parametrize("ask, own_words", [
    ("how many part-time staff worked on disclosure", "本机关从事政府信息公开工作的全职人员"),
    ("how many part time people handled the work", "专职人员"),
    ("兼职人员有几名", "从事政府信息公开工作的专职人员"),
])
def test_a_full_time_count_answers_no_ask_of_part_time_staff(ask, own_words):
    assert misses_counted_thing(ask, own_words)


@pytest.mark.parametrize("ask, own_words", [
    ("how many part-time staff worked on disclosure", "兼职人员"),
    ("how many full-time staff worked on disclosure", "本机关从事政府信息公开工作的全职人员"),
])
def test_a_part_time_count_answers_its_own_ask(ask, own_words):
    assert not misses_counted_thing(ask, own_words)


STAFF = (
    "青禾县样例局2010年政府信息公开工作年度报告\n"
    "四、人员和收支情况\n"
    "本局从事政府信息公开工作的全职人员1人。\n"
    "青禾县样例局\n"
)
STAFF_REPORT = Report(doc_id="e" * 16, sources=["qinghe_yangliju_2010.txt"], agency="青禾县样例局", region="青禾县",
                      year=2010, aliases=["qinghe", "qinghe sample bureau"])


@pytest.mark.parametrize("question", ["Qinghe sample bureau 2010: how many part-time staff worked on disclosure?",
                                      "青禾县样例局2010年兼职人员有几名？"])
def test_part_time_staff_asked_where_only_full_time_are_counted_is_declined(question):
    a = answer_from_lines(STAFF_REPORT, STAFF, question)
    assert not a.answered, a.text


# --- table 三's applicant columns and rows in everyday words -------------------------------------------------------

OFFICE = (
    "青禾县样例办公室2019年政府信息公开工作年度报告\n"
    + T3_HEAD +
    "一、本年新收政府信息公开申请数量 | 41 | 6 | 0 | 0 | 2 | 1 | 50 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 20 | 2 | 0 | 0 | 0 | 0 | 22 |\n"
    "(四)无法提供 | 1.本机关不掌握相关政府信息 | 17 | 4 | 0 | 0 | 2 | 1 | 24 |\n"
    "2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "(七)总计 | 41 | 6 | 0 | 0 | 2 | 1 | 50 |\n"
    "青禾县样例办公室\n"
)
OFFICE_REPORT = Report(doc_id="f" * 16, sources=["qinghe_yangli_bangongshi_2019.txt"], agency="青禾县样例办公室",
                       region="青禾县", year=2019, aliases=["qinghe", "qinghe sample office"])


@pytest.mark.parametrize("name", ["companies or other organisations", "companies and other organizations",
                                  "businesses or other organizations"])
def test_the_glossary_names_of_a_joined_column_are_one_name(name):
    assert name in JOINED_LABELS
    assert len(split_asks(normalise_query(f"how many requests came from {name}"))) == 1


@pytest.mark.parametrize("question", [
    "Qinghe sample office 2019: how many of the new requests came from companies or other organisations?",
    "Qinghe sample office 2019: how many new requests were from businesses and other organizations?",
])
def test_companies_or_other_organisations_is_the_whole_column_group(question):
    a = answer_from_lines(OFFICE_REPORT, OFFICE, question)
    assert a.answered and "= 9" in a.text, a.text  # 6 + 0 + 0 + 2 + 1, each cell cited
    assert "50" not in _figures(a.text)


def test_ordinary_people_are_natural_persons():
    assert GLOSSARY.en_to_zh["ordinary people"] == ("自然人",)
    a = answer_from_lines(OFFICE_REPORT, OFFICE, "Qinghe sample office 2019: how many new requests came from ordinary people?")
    assert a.answered and "41" in _figures(a.text) and "50" not in _figures(a.text), a.text


@pytest.mark.parametrize("question", [
    "Qinghe sample office 2019: the requests it turned down because it didn't have the info - how many from individuals?",
    "Qinghe sample office 2019: how many requests from individuals could it not answer as it did not have the info?",
])
def test_didnt_have_the_info_is_the_row_of_information_not_held(question):
    a = answer_from_lines(OFFICE_REPORT, OFFICE, question)
    assert a.answered and "17" in _figures(a.text) and "41" not in _figures(a.text), a.text


# --- proactive disclosure and trading items in everyday words -----------------------------------------------------

@pytest.mark.parametrize("question, read", [
    ("how many items did it post on its own in 2024?", "how many items did it post proactively in 2024?"),
    ("items put out on its own - how many", "items put out proactively - how many"),
    ("how much did they release on their own, and", "how much did they release proactively, and"),
])
def test_posted_on_its_own_is_read_as_proactively(question, read):
    assert own_initiative_as_proactive(question) == read


@pytest.mark.parametrize("question", ["items published on its own site, 2013 vs 2014",
                                      "how many posts did it put out on its own wechat account"])
def test_on_its_own_site_stays_a_channel(question):
    assert own_initiative_as_proactive(question) == question


def test_items_posted_on_its_own_are_the_proactive_total():
    text = ("青禾县样例局2021年政府信息公开工作年度报告\n"
            "2021年,本局主动公开政府信息64条,其中在本局网站发布40条。\n")
    report = Report(doc_id="d" * 16, sources=["qinghe_yangliju_2021.txt"], agency="青禾县样例局", region="青禾县",
                    year=2021, aliases=["qinghe", "qinghe sample bureau"])
    a = answer_from_lines(report, text, "How many items did the Qinghe sample bureau post on its own in 2021?")
    assert a.answered and "64" in _figures(a.text) and "40" not in _figures(a.text), a.text


def test_state_owned_asset_items_are_state_owned_property_items():
    assert "国有产权" in GLOSSARY.en_to_zh["state-owned assets"]
    assert "国有产权" in GLOSSARY.en_to_zh["state-owned asset"]
