"""Round 11 (issue 10, fixer "r11"), on fictional reports (青禾县…; no text copied from a report):

- a comparison of two years that ONE report states in one clause ("由2021年的640条增加到2022年的915条") is answered
  from that clause (both figures, which is more, the difference), however the question joins the years ("in 2021 or
  2022", "2021 vs 2022", "2021年还是2022年") and whichever sentence the ask's words found first; the other year's
  report need not exist;
- an English ask of the report's plans ("what did they say they'd do to improve OGI going forward", "next steps",
  "action items", "how do they plan to improve") is a list ask answered by the section of improvement measures,
  also in a report written in traditional characters;
- a side of a comparison (and any answer) is the thing asked: a cell of another metric (the 规章 row's "本年新公开数量")
  never stands for the items proactively disclosed; a prose total in other words ("全年在青禾县政府门户网站公开信息77条")
  is the report's figure of proactive disclosure when it states no other.
"""

from __future__ import annotations

import re

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.glossary import GLOSSARY
from assistant.core.metrics import metric
from assistant.core.types import Report
from assistant.list_items import WANTS_LIST
from assistant.precision import fact_answers
from assistant.prose_totals import with_prose_totals
from assistant.query import glossary_groups, parse_question
from tests.fake_index import FakeIndex, LineIdf, answer_from_lines, index_of, line_passages
from tests.fixtures.qinghe_sample import QINGHE_2022 as BUREAU


def _figures_in(text: str, *figures: str) -> bool:
    return all(re.search(rf"(?<![\d.,]){f}(?![\d.])", text) for f in figures)


# --- (1) two years of one clause, the years joined in any words --------------------------------------------

BUREAU_TEXT = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "2022年,本局对官网进行了全面改版,官网设6大板块、30个子栏目,实现信息公开、办事服务两大功能。"
    "信息发布量由2021年的640条增加到2022年的915条,另在市政府网站专栏发布信息300条,总计1215条。\n"
    "二、依申请公开政府信息情况\n"
    "2022年,本局收到政府信息公开申请9件,均按时办结。\n"
)


@pytest.mark.parametrize("question", [
    "Qinghe sample bureau: did they post more on their own website in 2021 or 2022, and by how much?",
    "Qinghe sample bureau: website posts 2021 vs 2022 — which year was higher and what's the gap?",
    "Did the Qinghe sample bureau post more in 2022 or 2021? By how many?",
    "青禾县样例局2021年还是2022年网站发布信息多？多多少？",
    "青禾县样例局2021年和2022年相比，哪年发布信息多，多几条？",
])
def test_two_years_of_one_clause_answer_a_comparison_of_those_years(question):
    a = answer_from_lines(BUREAU, BUREAU_TEXT, question)
    assert a.answered and _figures_in(a.text, "640", "915"), a.text
    assert "2022" in a.text.splitlines()[-2], a.text  # the later year has more
    assert re.search(r"915\[1\] − 640\[1\] = 275", a.text.splitlines()[-1]), a.text
    assert not _figures_in(a.text, "1215") and not _figures_in(a.text, "300"), a.text  # not the total, not the column
    assert a.citations[0].quote.endswith("915条"), a.citations[0].quote  # the clause with the later figure's unit


def test_a_clause_of_other_years_answers_no_comparison_of_these():
    a = answer_from_lines(BUREAU, BUREAU_TEXT, "Qinghe sample bureau: did they post more on their website in 2019 or 2022, and by how much?")
    assert not re.search(r"915\[\d\] − 640", a.text), a.text


@pytest.mark.parametrize("question, compares_years", [
    ("did they post more in 2013 or 2014", True),
    ("website items 2013 vs 2014", True),
    ("between 2013 and 2014, which year had more", True),
    ("2013年还是2014年发布的多", True),
    ("2013、2014年哪年多", True),
    ("how many items in 2014", False),
    ("how many items did they post in 2014 on 2 websites", False),
])
def test_two_years_joined_compare_years(question, compares_years):
    assert bool(GLOSSARY.patterns["compare_years"].search(question)) is compares_years


# --- (2) an English ask of the report's plans -------------------------------------------------------------

PLANS_TRAD = (
    "青禾縣樣例法制辦2012年政府信息公開工作年度報告\n"
    "一、概述\n"
    "本辦全年主動公開政府信息35條。\n"
    "二、存在的主要問題和改進情況\n"
    "公開內容的及時性還需要在今後的工作中加以改進。\n"
    "1、進一步梳理、整合公開信息,豐富公開內容。\n"
    "2、進一步採取形式多樣的公開方式,方便群眾查閱。\n"
)
OFFICE = Report(doc_id="s" * 16, sources=["qinghe_fazhiban_2012.txt"], agency="青禾县样例法制办", region="青禾县", year=2012,
                aliases=["qinghe"])


def _simplified(text: str) -> str:
    from ingest.clean import clean

    out = clean(text).text
    assert out != text.strip("\n")  # (the report is written in traditional characters)
    return out


@pytest.mark.parametrize("question", [
    "Qinghe legal affairs office 2012 — what did they say they'd do to improve OGI going forward?",
    "Qinghe legal affairs office 2012: what are their next steps?",
    "Qinghe legal affairs office 2012: what will they do to improve?",
    "Qinghe legal affairs office 2012: how do they plan to improve disclosure?",
    "Qinghe legal affairs office 2012: any action items for the coming year?",
    "Qinghe legal affairs office 2012: what are their plans going forward?",
])
def test_an_english_ask_of_plans_is_answered_by_the_improvement_measures(question):
    a = answer_from_lines(OFFICE, _simplified(PLANS_TRAD), question)
    assert a.answered, a.text
    assert "整合公开信息" in a.text and "形式多样" in a.text, a.text
    assert not _figures_in(a.text, "35"), a.text


@pytest.mark.parametrize("question, plans", [
    ("what did they say they'd do to improve ogi going forward?", True),
    ("what are their next steps", True),
    ("what will the bureau do to improve", True),
    ("how will they improve", True),
    ("what action items did they list", True),
    ("what is planned for next year", True),
    ("how do they plan to improve disclosure", True),
    ("how many requests did they get", False),
    ("what did they do to improve the website", False),  # what was done: no plans
    ("how many items did they post in 2014", False),
    ("how long will it take to answer a request", False),
])
def test_plans_asks_are_list_asks_searched_by_the_section_words(question, plans):
    assert bool(GLOSSARY.patterns["plans_ask_en"].search(question)) is plans
    assert (tuple(GLOSSARY.plans_section) in glossary_groups(question)) is plans
    if plans:
        assert WANTS_LIST.search(question)


# --- (3) a side is the asked thing: no row of another metric, a prose total in other words ------------------

STREET_TABLE = (
    "二、主动公开政府信息情况\n"
    "第二十条第(一)项\n"
    "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
    "规章 | 0 | 0 | 0 |\n"
    "规范性文件 | 0 | 0 | 0 |\n"
)
STREET_TEXT = (
    "青禾县桂枝街道办事处2019年政府信息公开工作年度报告\n"
    "2019年,桂枝街道办事处积极开展政府信息公开工作。全年在青禾县政府门户网站公开信息77条,收到2份政府信息公开申请。"
    "其中公开信息方面,分别公开机构信息4条,政策文件信息9条,工作动态信息64条。\n"
    + STREET_TABLE
)
STREET = Report(doc_id="t" * 16, sources=["qinghe_guizhi_2019.txt"], agency="青禾县桂枝街道办事处", region="青禾县", year=2019,
                aliases=["qinghe", "guizhi"])
NO_TOTAL_TEXT = (
    "青禾县桂枝街道办事处2019年政府信息公开工作年度报告\n"
    "2019年,桂枝街道办事处积极开展政府信息公开工作,收到2份政府信息公开申请。\n"
    + STREET_TABLE
)


def test_a_prose_total_in_other_words_is_the_reports_proactive_figure():
    facts = with_prose_totals(index_of(STREET, STREET_TEXT).store.facts())
    tagged = [f for f in facts if f.metric == "proactive_disclosures"]
    assert [(f.value, f.row) for f in tagged] == [(77.0, "全年在青禾县政府门户网站公开信息")]


@pytest.mark.parametrize("text", [
    # the report states its proactive total in the metric's own words: that one, nothing re-tagged
    "青禾县某镇2019年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息120条,全年在青禾县政府门户网站公开信息77条。\n",
    # two portals' counts: neither is the total
    "青禾县某镇2019年政府信息公开工作年度报告\n全年在县政府门户网站公开信息77条,在镇政府网站公开信息20条。\n",
    # a part of a breakdown
    "青禾县某镇2019年政府信息公开工作年度报告\n全年公开各类信息共计,其中在县政府门户网站公开信息77条。\n",
    # the section of applications
    "青禾县某镇2019年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开\n全年在县政府门户网站公开信息77条。\n",
])
def test_no_prose_total_is_read_where_it_may_be_something_else(text):
    town = Report(doc_id="w" * 16, sources=["qinghe_town_2019.txt"], agency="青禾县某镇", region="青禾县", year=2019)
    facts = index_of(town, text).store.facts()
    got = with_prose_totals(facts)
    assert [f.metric for f in got] == [f.metric for f in facts]


def test_a_cell_of_another_metric_never_answers_the_proactive_total():
    facts = index_of(STREET, NO_TOTAL_TEXT).store.facts()
    rules = next(f for f in facts if f.metric == "rules" and "新公开" in f.column)
    assert not fact_answers(rules, metric("proactive_disclosures"), f"{rules.row} {rules.column}", "主动公开多少条")
    assert fact_answers(rules, metric("rules"), f"{rules.row} {rules.column}", "主动公开的规章有几件")


@pytest.mark.parametrize("question", [
    "青禾县桂枝街道办事处2019年主动公开了多少条信息？",
    "How many items did the Guizhi subdistrict office (Qinghe) proactively disclose in 2019?",
])
def test_the_proactive_total_is_never_a_rules_row(question):
    a = answer_from_lines(STREET, NO_TOTAL_TEXT, question)
    assert not re.search(r"规章|rules", a.text), a.text
    b = answer_from_lines(STREET, STREET_TEXT, question)
    assert b.answered and _figures_in(b.text, "77") and not re.search(r"规章|rules", b.text), b.text


OTHER_TEXT = "青禾县样例街道办事处2020年政府信息公开工作年度报告\n一、总体情况\n样例街道办事处全年主动公开政府信息86条。\n"
OTHER = Report(doc_id="x" * 16, sources=["qinghe_yangli_2020.txt"], agency="青禾县样例街道办事处", region="青禾县",
               year=2020, aliases=["yangli"])


def _two_reports_index() -> FakeIndex:
    """Both reports in one text (the fake index reads one text for every report), each one's facts at its offsets."""
    text = OTHER_TEXT + STREET_TEXT
    first = index_of(OTHER, OTHER_TEXT).store.facts()
    shift = len(OTHER_TEXT)
    second = [f.model_copy(update={k: getattr(f, k) + shift for k in ("start", "end", "quote_start", "quote_end")})
              for f in index_of(STREET, STREET_TEXT).store.facts()]
    index = FakeIndex(OTHER, first + second, text)
    index.reports = [OTHER, STREET]
    index.by_doc = {r.doc_id: r for r in index.reports}
    index.bm25 = LineIdf(text)
    return index


@pytest.mark.parametrize("question", [
    "Proactive disclosures: Yangli subdistrict office in 2020 vs Guizhi subdistrict (Qinghe) in 2019 — which is higher and what's the gap?",
    "青禾县样例街道办事处2020年和青禾县桂枝街道办事处2019年，哪个主动公开的信息多？多多少？",
])
def test_two_reports_compared_on_proactive_disclosure_with_a_prose_total(question):
    index = _two_reports_index()
    passages = line_passages(OTHER, OTHER_TEXT) + [
        p._replace(chunk=p.chunk.model_copy(update={"start": p.chunk.start + len(OTHER_TEXT), "end": p.chunk.end + len(OTHER_TEXT),
                                                    "clean_start": p.chunk.clean_start + len(OTHER_TEXT)}))
        for p in line_passages(STREET, STREET_TEXT)]
    a = ExtractiveEngine(index, 0.34).answer(parse_question(question, index.reports), passages)
    assert a.answered and _figures_in(a.text, "86", "77"), a.text
    assert re.search(r"86\[\d\] − 77\[\d\] = 9", a.text), a.text
    assert not re.search(r"规章|rules", a.text), a.text
    assert "全年在青禾县政府门户网站公开信息77条" in {c.quote for c in a.citations}, [c.quote for c in a.citations]
