"""Three kinds of question (fictional reports): how a job is staffed / who is put on it ("how did the town staff its
website work", "安排了什么人"), under which rules the report was compiled ("按哪个规定编的", "which regulations was it
drawn up under"), and an agency named only by its level and type whose report, the question says, names no place
("that county water bureau whose report never names the county")."""

from __future__ import annotations

import pytest

from assistant.core.glossary import GLOSSARY
from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.query import glossary_groups
from assistant.scope import match_reports
from tests.fake_index import answer_from_lines

STAFFING = ("专人", "专职", "配备", "指定", "负责")


# --- how a job is staffed -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "how did the town staff its website and open-government work?",
    "how was the disclosure work staffed?",
    "what staffing did the office put on disclosure?",
    "was anyone assigned to the government intranet?",
    "who was designated to handle the disclosure column?",
    "did they put someone in charge of the website?",
    "who handles the information disclosure work there?",
    "who is responsible for the government website?",
    "青禾镇政务公开工作安排了什么人？",
    "政务内网由谁来负责？",
    "网站工作人员是怎么配备的？",
])
def test_a_staffing_ask_searches_the_words_reports_staff_a_job_with(question):
    assert STAFFING in glossary_groups(normalise_query(question))


@pytest.mark.parametrize("question", [
    "how many staff worked on disclosure?",  # the noun: a count of people
    "how many training sessions did staff attend?",
    "年报由谁负责编制？",  # who compiled the report (compiler), not how a job is staffed
    "安排了几次培训？",
])
def test_staff_as_a_noun_and_the_compiler_are_no_staffing_ask(question):
    assert STAFFING not in glossary_groups(normalise_query(question))


STAFFED = Report(doc_id="s" * 16, sources=["qinghe_yunxizhen_2021.txt"], agency="青禾县云栖镇", region="青禾县", year=2021,
                 aliases=["yunxi"])
STAFFED_TEXT = """一、总体情况
2021年，我镇明确专人负责政务内网及网站维护工作，信息发布及时。
全年主动公开政府信息120条。
二、存在的主要问题及改进措施
部分信息更新不够及时。"""


@pytest.mark.parametrize("question", [
    "Yunxi town, Qinghe county, 2021: how did it staff the intranet and website work?",
    "Yunxi town 2021: who was assigned to the government intranet?",
    "青禾县云栖镇2021年政务内网工作安排了什么人？",
])
def test_a_staffing_ask_is_answered_by_the_sentence_staffing_the_job(question):
    a = answer_from_lines(STAFFED, STAFFED_TEXT, question)
    assert a.answered and "明确专人负责" in a.text


# --- under which rules the report was compiled ------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "除了国家的条例，这份年报还是按哪个地方规定编的？",
    "这份年报是依据什么规定编制的？",
    "年报的编制依据是什么？",
    "按照什么要求写的年报？",
    "under which regulations was the report compiled?",
    "what rules was the 2021 report prepared under?",
    "besides the national regulations, which provincial rules was it drawn up under?",
    "the report was compiled according to which local provisions?",
    "which regulations did the report follow?",
])
def test_an_ask_of_the_rules_a_report_was_compiled_under_is_a_sources_ask(question):
    assert REPORT_FIELDS.field_asked(normalise_query(question)) == "sources"


@pytest.mark.parametrize("question", [
    "under which regulations were requests refused?",
    "根据什么规定不予公开？",
    "按什么文件制定了实施办法？",
    "which rules apply to fees?",
    "what did they publish under the new rules?",
])
def test_other_asks_of_rules_are_no_sources_ask(question):
    assert REPORT_FIELDS.field_asked(normalise_query(question)) != "sources"


@pytest.mark.parametrize("sentence, holds", [
    ("本报告根据《中华人民共和国政府信息公开条例》和《云栖省政府信息公开办法》的要求编制。", True),
    ("依据《条例》规定，编制了本年度报告。", True),
    ("this report was prepared in accordance with the regulations", True),
    # (a notice acted on, a guide drawn up: no basis of the report)
    ("根据《云栖省2021年政务公开工作要点》，结合本镇实际，制发了《云栖镇政务公开实施方案》。", False),
    ("根据《条例》要求，编制了《政府信息公开指南》。", False),
])
def test_the_sentence_naming_the_rules_of_the_report_is_evidence_of_its_sources(sentence, holds):
    assert REPORT_FIELDS.holds("sources", normalise_query(sentence)) is holds


BASED = Report(doc_id="b" * 16, sources=["yunxi_sheng_2021.txt"], agency="云栖省人民政府", region="云栖省", year=2021,
               aliases=["yunxi province"])
BASED_TEXT = """一、概述
本年度报告根据《中华人民共和国政府信息公开条例》和《云栖省政府信息公开办法》的要求，由省政府办公厅综合各市年度报告编制而成。
2021年，根据《云栖省2021年政务公开工作要点》，结合全省实际，制发了《全省政务公开实施方案》。
二、主动公开情况
全年主动公开政府信息3200条。"""


@pytest.mark.parametrize("question", [
    "云栖省2021年的年报，除了国家那个条例，还是按哪个本地规定编的？",
    "云栖省2021年年报的编制依据是什么？",
    "Yunxi province 2021: besides the national regulations, which local rules was the report compiled under?",
])
def test_a_basis_ask_is_answered_by_the_sentence_naming_the_rules(question):
    a = answer_from_lines(BASED, BASED_TEXT, question)
    assert a.answered and "云栖省政府信息公开办法" in a.text and "工作要点" not in a.text


# --- an agency named only by its level and type, its report naming no place --------------------------------------
WATER = Report(doc_id="w" * 16, agency="县水务局", region=None, year=2022, aliases=[])
PLACED = Report(doc_id="p" * 16, agency="青禾县水利和水务局", region="青禾县", year=2022, aliases=["qinghe"])
PETITIONS = Report(doc_id="x" * 16, agency="市信访局", region=None, year=2022, aliases=[])
ALL = [WATER, PLACED, PETITIONS]


def _agencies(question: str) -> list[str]:
    return [r.agency for r in match_reports(normalise_query(question), ALL)[1]]


@pytest.mark.parametrize("question", [
    "Qinghe's water bureau vs that county water affairs bureau whose report never names the county: applications?",
    "Qinghe water bureau or the county water affairs bureau (county not given): which received more requests?",
    "compare Qinghe with the unnamed county water affairs bureau on applications received",
    "青禾县水利和水务局和那个没写县名的县水务局，哪个收到的申请多？",
])
def test_a_placeless_agency_said_to_name_no_place_is_named_beside_a_place(question):
    assert _agencies(question) == ["县水务局", "青禾县水利和水务局"]


@pytest.mark.parametrize("question", [
    "Qinghe's water bureau vs the county water affairs bureau: applications?",  # no word that its report names no place
    "Qinghe water bureau, whose report never names the county: applications?",  # no placeless agency named
])
def test_otherwise_the_place_wins_as_before(question):
    assert _agencies(question) == ["青禾县水利和水务局"]


@pytest.mark.parametrize("question, said", [
    ("that county water bureau whose report never names the county", True),
    ("the city petitions bureau (city not given)", True),
    ("a report that names no county", True),
    ("the district that is not named in its report", True),
    ("县名没写的那个县水务局", True),
    ("不知道是哪个县的水务局", True),
    ("how many requests were not disclosed in the county", False),
    ("the county did not name a spokesperson", False),
])
def test_the_words_saying_a_report_names_no_place(question, said):
    assert bool(GLOSSARY.patterns["no_place_named"].search(normalise_query(question))) is said
