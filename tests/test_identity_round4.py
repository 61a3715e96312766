"""Report identity and scope, round 4 (issue 10): an English name that translates the end of a sub-place's name
("Qinghe Street subdistrict", "Jiefang Road subdistrict") and beats the city of the same pinyin; an agency-type
word narrowing only the reports of its own name ("the Hexin district department or the Hefeng police"); a place
written before a place inside it only locating it ("青禾禾新"); a report naming neither agency nor place reached by
what it calls itself (我单位); the body that compiled a report asked in other words ("which agency actually
compiled…", "由哪个部门负责编制"); "OGI" naming the report in a date ask.

Every text and name here is fictional (青禾市, 禾新区, 禾丰分局 …); none is copied from a report."""

from __future__ import annotations

import pytest

from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.query import parse_question
from assistant.scope import NamesIndex, place_part_names
from assistant.shapes import COMPILER_FIELD, contact_fields
from ingest.aliases import make_aliases
from ingest.clean import clean
from ingest.metadata import extract_metadata
from tests.fake_index import FakeIndex, answer_from_facts


def _report(doc_id: str, agency: str | None, region: str | None, year: int, mentions=(), aliases=None) -> Report:
    return Report(doc_id=doc_id, agency=agency, region=region, year=year, mentions=list(mentions),
                  aliases=make_aliases(agency, region) if aliases is None else aliases)


def _match(question: str, reports: list[Report]) -> list[str]:
    return [r.doc_id for r in NamesIndex(reports).match(normalise_query(question))[1]]


# --- English place parts: street / road / lane … -----------------------------------------------------

def test_english_names_translate_the_end_of_a_sub_place_name():
    assert "qinghe street" in place_part_names("青禾街道办事处", None)  # 街道 is literally "street"
    assert {"jiefang road", "jiefang road subdistrict"} <= set(place_part_names("青禾县解放路街道办事处", "青禾县"))
    assert "hexin lane" in place_part_names("青禾市禾新巷街道办事处", "青禾市")
    assert place_part_names("青禾县样例局", "青禾县") == ()


@pytest.mark.parametrize("question", [
    "How many penalty decisions does the Qinghe Street subdistrict office's 2020 report show?",
    "Qinghe Street sub-district office 2020: penalty decisions?",
    "qinghe street office, 2020",
])
def test_a_street_name_beats_the_city_of_the_same_pinyin(question):
    reports = [
        _report("city", "青禾市人民政府", "青禾市", 2010),
        _report("street", "青禾街道办事处", None, 2020),
        _report("other", "翠湖区样例局", "翠湖区", 2020, mentions=["青禾市", "qinghe"]),
    ]
    assert _match(question, reports) == ["street"]
    assert _match("the Qinghe city government 2010 report", reports) == ["city"]


def test_a_road_subdistrict_by_its_english_name():
    reports = [_report("road", "青禾县解放路街道办事处", "青禾县", 2021), _report("county", "青禾县样例局", "青禾县", 2021)]
    assert _match("Jiefang Road subdistrict office 2021: applications received?", reports) == ["road"]


# --- a type word narrows the reports of its own name only ---------------------------------------------

def _two_districts() -> list[Report]:
    return [
        # the report names neither its agency nor its place; the file name gave the district
        _report("dept", None, "禾新区", 2024, mentions=["青禾市", "qinghe"]),
        _report("police", "青禾市公安局禾丰分局", "青禾市", 2024),
    ]


@pytest.mark.parametrize("question", [
    "In 2024, did the Hexin district department or the Hefeng police sub-bureau receive more applications?",
    "Hefeng police vs Hexin district: applications received in 2024",
    "Which got more requests in 2024: the Hefeng public security sub-bureau or Hexin district?",
])
def test_a_type_word_narrows_only_the_reports_of_its_own_name(question):
    assert sorted(_match(question, _two_districts())) == ["dept", "police"]


def test_a_type_word_still_narrows_one_place():
    reports = [_report("a", "青禾县统计局", "青禾县", 2021), _report("b", "青禾县信访局", "青禾县", 2021)]
    assert _match("qinghe petitions bureau 2021", reports) == ["b"]


# --- a place before a place inside it only locates it -------------------------------------------------

@pytest.mark.parametrize("question", ["青禾禾新这个部门2024年上年结转几件?", "青禾市禾新区2024年收到多少申请",
                                      "Qinghe Hexin department 2024: carried over?", "Hexin, Qinghe: 2024 applications",
                                      "the Hexin district (Qinghe) department in 2024"])
def test_a_parent_place_before_its_district_only_locates_it(question):
    assert _match(question, _two_districts()) == ["dept"]


def test_two_places_joined_by_a_conjunction_are_both_scope():
    assert sorted(_match("青禾和禾新2024年各收到多少申请", _two_districts())) == ["dept", "police"]


# --- a report that only calls itself 我单位 ---------------------------------------------------------------

def test_a_report_without_agency_or_place_is_reached_by_its_self_word():
    text = "本报告统计期限为2020年1月1日至12月31日。\n一、总体情况\n2020年,我单位认真贯彻条例,公开信息5条。"
    m = extract_metadata(clean(text).text, "report_2020.txt")
    assert (m.agency, m.region) == (None, None)
    assert "我单位" in m.aliases
    named = extract_metadata(clean("青禾县样例局2020年政府信息公开工作年度报告\n一、总体情况\n我单位公开信息。").text)
    assert "我单位" not in named.aliases  # a report with a name is asked by its name
    reports = [Report(doc_id="self", year=2020, aliases=m.aliases), _report("b", "青禾县样例局", "青禾县", 2020)]
    assert _match("The 2020 report of the department that only calls itself 我单位: procurement projects?", reports) == ["self"]


# --- the body that compiled the report ---------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Which agency actually compiled the Qinghe 2018 annual report?",
    "who prepared the qinghe 2018 report",
    "What government body drew up Qinghe's 2018 report?",
    "which department was responsible for the qinghe 2018 report",
    "青禾市2018年年报由哪个部门负责编制?",
    "青禾市2018年年报是哪个单位编写的",
    "青禾市2018年的年报谁编制的",
])
def test_an_ask_for_the_compiling_body_in_other_words(question):
    assert COMPILER_FIELD in contact_fields(normalise_query(question))


@pytest.mark.parametrize("question", ["which office published the report", "how many documents were compiled in 2018",
                                      "青禾市2018年编制了多少件规范性文件"])
def test_no_compiler_ask(question):
    assert COMPILER_FIELD not in contact_fields(normalise_query(question))


ORIGINAL = (
    "青禾市2018年政府信息公开工作年度报告\n"
    "发布日期:2019-03-20\n"
    "根据《条例》,青禾市数据资源管理局编制了《青禾市2018年政府信息公开工作年度报告》。\n"
    "一、概述\n"
    "2018年,编制《政务公开规范》等标准3项,主动公开政府信息120条。\n"
)
REPORT = Report(doc_id="q" * 16, sources=["qinghe_2018.txt"], agency="青禾市人民政府", region="青禾市", year=2018,
                aliases=["qinghe", "qinghe city"], mentions=["青禾市"])


def _ask(question: str):
    return answer_from_facts(REPORT, ORIGINAL, question, source="qinghe_2018.txt")


@pytest.mark.parametrize("question", [
    "Which agency actually compiled the Qinghe city 2018 government information disclosure annual report?",
    "Who prepared the Qinghe 2018 report?",
    "青禾市2018年年报由哪个部门负责编制?",
])
def test_the_compiling_body_answers(question):
    a = _ask(question)
    assert a.answered and "数据资源管理局" in a.text, a.text


@pytest.mark.parametrize("question", [
    "When was the 2018 Qinghe city OGI annual report published?",
    "When was Qinghe's 2018 OGI report actually released?",
])
def test_ogi_names_the_report_in_a_date_ask(question):
    a = _ask(question)
    assert a.answered and "2019-03-20" in a.text, a.text


# --- words describing which copy of a report is meant are scope, not content ---------------------------

@pytest.mark.parametrize("question", [
    "The 2020 report of the department that only calls itself 我单位 (traditional-character copy): how many centralised "
    "government procurement projects?",
    "In the mirror version of the 2018 Qinghe report, how many centralized government procurement projects were there?",
])
def test_words_describing_the_copy_are_no_evidence_words(question):
    from assistant.evidence import EvidenceGatherer

    g = EvidenceGatherer(FakeIndex(REPORT, [], ORIGINAL))
    terms = g.label_terms(parse_question(question, [REPORT]))
    assert not {"call", "calls", "itself", "only", "copy", "mirror", "version", "traditional-character"} & set(terms), terms
    assert "政府集中采购" in terms and "centralised" not in terms and "centralized" not in terms


def test_a_report_without_agency_is_named_by_its_place_and_file():
    from assistant.answer import who

    r = Report(doc_id="x", sources=["007_qinghe_hexin_bm_2024.txt"], region="禾新区", year=2024, aliases=["hexin"])
    assert who(r, "en") == "禾新区, 007_qinghe_hexin_bm_2024.txt (Hexin)"
    assert who(r, "zh") == "禾新区（007_qinghe_hexin_bm_2024.txt）"
    named = Report(doc_id="y", agency="禾新区样例局", region="禾新区", year=2024)
    assert who(named, "zh") == "禾新区样例局"


def test_a_longer_name_of_the_same_place_only_narrows_it():
    # "qinghe government" is an alias of the city government's report only: the question about another body of
    # that city still reaches it through "qinghe"
    reports = [_report("gov", "青禾市人民政府", "青禾市", 2012), _report("office", "青禾市人民政府办公厅", "青禾市", 2019)]
    assert "office" in _match("When did the new Qinghe government affairs platform go live in 2019?", reports)


@pytest.mark.parametrize("sentence, body", [
    ("本报告由青禾市数据资源管理局负责编制。", "青禾市数据资源管理局"),
    ("本年度报告由青禾县人民政府办公室编制,全文包括概述、主动公开等部分。", "青禾县人民政府办公室"),
    ("本年度报告是由禾新镇党政办公室编写的。", "禾新镇党政办公室"),
    ("青禾市样例局(青禾市信息中心)编制了《青禾市2018年政府信息公开工作年度报告》。", "青禾市样例局"),
])
def test_the_body_that_compiled_the_report_is_a_fact_with_its_clause(sentence, body):
    from ingest.prose_fields import extract_contacts

    facts = [f for f in extract_contacts(sentence) if f.row == "编制单位"]
    assert [f.text_value for f in facts] == [body]
    assert body in sentence[facts[0].quote_span[0]: facts[0].quote_span[1]]


def test_a_body_compiling_something_else_is_no_compiler_of_the_report():
    from ingest.prose_fields import extract_contacts

    assert not [f for f in extract_contacts("政务公开目录由各部门编制,按季度更新。") if f.row == "编制单位"]


def test_the_body_responsible_for_compiling_answers_a_compiler_ask():
    original = ("青禾市2019年政府信息公开工作年度报告\n本报告由青禾市数据资源管理局负责编制。\n"
                "一、总体情况\n2019年,主动公开政府信息150条。\n")
    r = REPORT.model_copy(update={"year": 2019})
    for question in ("Which department actually drew up Qinghe's 2019 report?", "青禾市2019年年报是由哪个单位负责编制的?"):
        a = answer_from_facts(r, original, question, source="qinghe_2019.txt")
        assert a.answered and "数据资源管理局" in a.text, (question, a.text)
