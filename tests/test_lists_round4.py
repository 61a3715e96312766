"""Round-4 kinds of lists and breakdowns (issue 10) on a fictional report (青禾县水务局, invented here):
- a total followed by 其中 and clauses with a figure each that add up to it is a breakdown of it, whatever words its
  parts use: "the 540 items were published on which platforms, how many each?" gives every part;
- an English ask for the rules / regulations / systems a report lists ("what … rules did X draw up / put in place /
  issue") reaches the list of 《titles》, not only the table row 规章;
- English words of press coverage (mainstream media, CCTV, newspapers, articles, reported on);
- an agency named only by its level and type ("the city petitions bureau") names the report whose agency is just
  that (市信访局), and never one of a place named beside it;
- a change asked from both sides of an event ("改版前后各几个", "before and after the revamp"): one ask per side.
"""

from __future__ import annotations


import pytest

from assistant.answer import ExtractiveEngine
from assistant.asks import split_asks
from assistant.change_asks import change_ends
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.list_items import WANTS_LIST, list_sense_terms
from assistant.parts import EACH
from assistant.query import parse_question
from assistant.scope import level_type_names, match_reports
from tests.fake_index import LineIdf, answer_from_lines, index_of, line_passages

DOC = "e" * 16
ORIGINAL = (
    "青禾县水务局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年,我局主动公开各类政府信息540条,其中在县政府信息公开平台新增40条,在青禾水务官网公开300条,"
    "在“青禾水务”微信公众号上公开200条。2022年全年,我局共收到依申请公开信息9条。\n"
    "本局对官网进行了全面改版,服务栏目由原来的5个增加到现在的9个。\n"
    "全年中央电视台等主流新闻媒体公开报道12次;各大报刊先后有27篇文章进行了公开报道。\n"
    "政府信息公开工作开展以来,我局相继制定了《青禾县水务局政府信息公开指南》、《青禾县水务局依申请公开工作流程》、"
    "《青禾县水务局政务公开保密审查制度》等工作制度。\n"
    "青禾县水务局\n"
    "2023年1月20日\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_shuiwuju_2022.txt"], agency="青禾县水务局", region="青禾县", year=2022,
                aliases=["qinghe"])


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question)


# --- the parts of a total, whatever words they use ----------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Qinghe water bureau 2022: the 540 items were published on which platforms, how many each?",
    "Qinghe water bureau 2022: on which platforms were the 540 items published?",
    "Qinghe water bureau 2022: which platforms carried the 540 items, and how many items apiece?",
    "青禾县水务局2022年主动公开的540条信息分别在哪些平台公开，各多少条？",
    "Qinghe water bureau 2022: how were the 540 items split across platforms?",
    "Qinghe water bureau 2022: how were the 540 proactively disclosed items distributed among platforms?",
])
def test_a_total_broken_down_by_its_clauses_gives_every_part(question):
    a = _ask(question)
    assert a.answered
    for part in ("40", "300", "200"):
        assert part in a.text, a.text
    assert "do not state" not in a.text and "没有" not in a.text, a.text  # "how many each" is no ask of its own


@pytest.mark.parametrize("question", [
    "Qinghe water bureau 2022: the 540 items were published on which platforms, how many each?",
    "青禾县水务局2022年主动公开的540条信息分别在哪些平台公开，各多少条？",
])
def test_a_total_the_question_states_is_not_answered_again(question):
    a = _ask(question)
    assert "540" not in a.text, a.text  # the user gave it: the parts answer, each cited
    assert all("540" not in c.quote for c in a.citations)


def test_how_many_on_each_part_after_the_total_gives_every_part():
    a = _ask("Qinghe water bureau 2022: how many items were proactively disclosed, and how many on each platform?")
    for figure in ("540", "40", "300", "200"):
        assert figure in a.text, a.text
    assert "do not state" not in a.text, a.text


@pytest.mark.parametrize("text, each", [
    ("how many each", True), ("how many items each?", True), ("how many apiece", True),
    ("how much each, respectively", True), ("how many on each", True),
    ("how many applications did each bureau receive", False), ("how many items in total", False),
])
def test_how_many_each_asks_for_the_parts(text, each):
    assert bool(EACH.search(text)) is each


# --- the rules a report lists -----------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "What OGI working rules did the Qinghe water bureau draw up (2022 report)?",
    "What rules has the Qinghe water bureau put in place (2022)?",
    "Which regulations did the Qinghe water bureau issue in 2022?",
    "Which systems did the Qinghe water bureau establish in 2022?",
    "What working systems were formulated by the Qinghe water bureau in 2022?",
])
def test_an_english_ask_for_rules_reaches_the_list_of_titles(question):
    a = _ask(question)
    assert a.answered, a.text
    for title in ("政府信息公开指南", "依申请公开工作流程", "保密审查制度"):
        assert title in a.text, a.text


def test_list_senses_join_the_nouns_term():
    norm = normalise_query("What rules did the bureau draw up?")
    assert WANTS_LIST.search(norm)
    terms = list_sense_terms(norm, {"规章": 2.5, "制定|制订": 4.0})
    key = next(t for t in terms if "规章" in t.split("|"))
    assert "制度" in key.split("|") and terms[key] == 2.5 and terms["制定|制订"] == 4.0
    # an English word the glossary does not render becomes its list words, with its weight
    terms = list_sense_terms(normalise_query("which regulations did it issue"), {"regulation": 4.0})
    assert "regulation" not in terms and any("制度" in t.split("|") and w == 4.0 for t, w in terms.items())
    # no list noun: the terms as they were
    assert list_sense_terms("what problems remain", {"问题": 1.0}) == {"问题": 1.0}


# --- press coverage -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, figures", [
    ("Qinghe water bureau 2022: how many times did mainstream media like CCTV report on them, and how many newspaper "
     "articles were there?", ("12", "27")),
    ("How many times was the Qinghe water bureau reported on by mainstream media in 2022?", ("12",)),
    ("How many newspaper articles covered the Qinghe water bureau in 2022?", ("27",)),
])
def test_press_coverage_in_english_words(question, figures):
    a = _ask(question)
    assert a.answered
    for f in figures:
        assert f in a.text, a.text


# --- an agency named by its level and type only ---------------------------------------------------------------------

PLACELESS = Report(doc_id="p" * 16, sources=["fanwen_copy.txt"], agency="市信访局", region=None, year=None)
PLACED = Report(doc_id="q" * 16, sources=["qinghe_xinfangju.txt"], agency="青禾市信访局", region="青禾市", year=2022,
                aliases=["qinghe"])


def test_level_and_type_names_of_an_agency_without_a_place():
    assert "city petitions bureau" in level_type_names("市信访局", None)
    assert "county natural resources bureau" in level_type_names("县自然资源局", None)
    assert level_type_names("市信访局", "青禾市") == ()  # a place of its own: its names say it
    assert level_type_names("县医院", None) == ()  # no agency type


@pytest.mark.parametrize("question, docs", [
    ("In the city petitions bureau report, how many times did mainstream media report on them?", {"p" * 16}),
    ("how many letters did the city letters and visits bureau handle", {"p" * 16}),
    ("how many applications did the Qinghe city petitions bureau receive in 2022", {"q" * 16}),
])
def test_the_city_petitions_bureau_names_the_report_without_a_place(question, docs):
    _names, reports = match_reports(normalise_query(question), [PLACELESS, PLACED])
    assert {r.doc_id for r in reports} == docs


def test_a_bare_agency_type_names_no_report():
    _names, reports = match_reports(normalise_query("how many petitions bureau reports mention CCTV"), [PLACELESS, PLACED])
    assert reports == []


# --- both sides of an event -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, asks", [
    ("青禾县网站功能版块改版前后各几个", ["青禾县网站功能版块改版前几个", "青禾县网站功能版块改版后几个"]),
    ("青禾县网站栏目调整前和调整后分别是多少个", ["青禾县网站栏目调整前是多少个", "青禾县网站栏目调整后是多少个"]),
    ("青禾县网站改版前、后各有多少个栏目", ["青禾县网站改版前有多少个栏目", "青禾县网站改版后有多少个栏目"]),
    ("how many sections did its website have before and after the revamp",
     ["how many sections did its website have before", "how many sections did its website have after the revamp"]),
    ("qinghe 2022: before and after the revamp, how many sections did its website have?",
     ["qinghe 2022: how many sections did its website have before",
      "qinghe 2022: how many sections did its website have after the revamp"]),
])
def test_both_sides_of_an_event_are_one_ask_each(question, asks):
    split = split_asks(normalise_query(question))
    assert [a.text for a in split] == asks
    assert [a.change for a in split] == ["from", "to"]


@pytest.mark.parametrize("question", ["改版前后有什么变化", "what changed before and after the revamp", "改版前后共有几个栏目"])
def test_no_figure_of_each_side_asked_is_no_change(question):
    assert change_ends(normalise_query(question)) is None


@pytest.mark.parametrize("question", [
    "青禾县水务局2022年官网服务栏目改版前后各几个？",
    "Qinghe water bureau 2022: how many service columns did its website have before and after the revamp?",
    "Before and after the revamp, how many service columns did the Qinghe water bureau website have in 2022?",
])
def test_both_sides_of_a_revamp_are_answered(question):
    a = _ask(question)
    assert a.answered and "5" in a.text and "9" in a.text, a.text


# --- a list labelled with the noun's own rendering stays the answer ----------------------------------------------------

DOC2 = "f" * 16
ORIGINAL2 = (
    "青苗乡人民政府2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)建立健全工作机制、制度规范情况\n"
    "1.及时转发上级有关政府信息公开制度文件,并结合实际,制订完善了包括政府信息公开保密审查制度、"
    "依申请公开政府信息工作制度、政府信息主动公开工作制度等一系列规章制度。\n"
    "2.健全政府信息统计制度,及时、准时做好季度政府信息统计报送工作。\n"
)
REPORT2 = Report(doc_id=DOC2, sources=["qingmiao_2020.txt"], agency="青苗乡人民政府", region="青禾县", year=2020,
                 aliases=["qingmiao"])


def test_the_list_its_label_calls_rules_answers_before_lists_of_other_systems():
    index = index_of(REPORT2, ORIGINAL2)
    index.bm25 = LineIdf(ORIGINAL2)
    question = "what disclosure rules did Qingmiao township set up in 2020"
    a = ExtractiveEngine(index, 0.34).answer(parse_question(question, [REPORT2]), line_passages(REPORT2, ORIGINAL2))
    assert a.answered and "保密审查制度" in a.text, a.text
    assert "统计报送" not in a.text, a.text  # the numbered items around it are no rules of the list
