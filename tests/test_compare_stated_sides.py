"""A comparison side the report states but the comparison did not find (fictional reports): a prose total of the
work's items and news together ("主动公开政府工作信息、动态90多条"), a report that states there was none of the thing
("我局无依申请公开的政府信息": 0, cited), and a side named only by the alias of an agency whose copy names no place
("那份市样例委年报") beside another side's full agency name."""

from __future__ import annotations

import re

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.prose_totals import with_prose_totals
from assistant.query import parse_question
from assistant.scope import match_reports
from tests.fake_index import index_of, line_passages, two_report_index

# --- (1) a prose total of the work's items and news together ----------------------------------------------------

TOWN = Report(doc_id="t" * 16, sources=["qinghe_xiang_2017.txt"], agency=None, region="青禾乡", year=2017, aliases=["qinghe"])
TOWN_TEXT = ("青禾乡2017年政府信息公开工作年度报告\n"
             "二、主动公开政府信息情况\n"
             "2017年,全年主动公开政府工作信息、动态90多条。\n")


@pytest.mark.parametrize("words", ["主动公开政府工作信息、动态", "主动公开政务工作信息和动态", "主动公开政府工作信息"])
def test_a_prose_total_of_the_works_items_and_news_is_the_proactive_figure(words):
    text = TOWN_TEXT.replace("主动公开政府工作信息、动态", words)
    facts = with_prose_totals(index_of(TOWN, text).store.facts())
    assert [f.value for f in facts if f.metric == "proactive_disclosures"] == [90.0]


def test_news_alone_is_no_proactive_total():
    text = TOWN_TEXT.replace("主动公开政府工作信息、动态", "发布工作动态")
    facts = with_prose_totals(index_of(TOWN, text).store.facts())
    assert not [f for f in facts if f.metric == "proactive_disclosures"]


# --- (2) a side whose report states none of the thing: 0, cited -------------------------------------------------

NONE_TEXT = ("青禾县样例局2013年:一年来,我局无依申请公开的政府信息。\n"
             "青苗区2016年:全年我区收到政府信息公开申请3件,均已按时答复。\n")
BUREAU = Report(doc_id="n" * 16, sources=["qinghe_yangliju_2013.txt"], agency="青禾县样例局", region="青禾县", year=2013,
                aliases=["qinghe"])
DISTRICT = Report(doc_id="m" * 16, sources=["qingmiao_2016.txt"], agency="青苗区人民政府", region="青苗区", year=2016,
                  aliases=["qingmiao"])


@pytest.fixture(scope="module")
def none_engine():
    index = two_report_index(BUREAU, DISTRICT, NONE_TEXT)
    passages = line_passages(BUREAU, NONE_TEXT)[:1] + line_passages(DISTRICT, NONE_TEXT)[1:]
    index.search = lambda query, doc_ids=None, k=None: [p for p in passages if not doc_ids or p.chunk.doc_id in doc_ids]
    return ExtractiveEngine(index, 0.34), passages


@pytest.mark.parametrize("question", [
    "Qinghe sample bureau in 2013 vs Qingmiao district in 2016: which one received more disclosure applications, "
    "and how many did each get?",
    "青禾县样例局2013年跟青苗区2016年比，谁收到的政府信息公开申请多？多几件？",
])
def test_a_side_stating_none_counts_as_zero_in_a_comparison(none_engine, question):
    engine, passages = none_engine
    a = engine.answer(parse_question(question, [BUREAU, DISTRICT]), passages)
    assert a.answered, a.text
    assert re.search(r"3\[\d\] − 0\[\d\] = 3", a.text), a.text
    assert any("无依申请公开的政府信息" in c.quote for c in a.citations), [c.quote for c in a.citations]


def test_a_none_of_another_thing_is_no_zero_side(none_engine):
    engine, passages = none_engine
    question = "Qinghe sample bureau in 2013 vs Qingmiao district in 2016: which had more lawsuits over disclosure?"
    a = engine.answer(parse_question(question, [BUREAU, DISTRICT]), passages)
    assert not re.search(r"− 0\[", a.text), a.text


# --- (3) a side named only by the alias of a placeless agency beside a full agency name ----------------------------

COMMISSION = Report(doc_id="c" * 16, sources=["shi_yangliwei_2021.txt"], agency="市样例委员会", region=None, year=2021,
                    aliases=["市样例委"])
STREET = Report(doc_id="s" * 16, sources=["qinghe_jiedao_2020.txt"], agency="青禾街道办事处", region=None, year=2020,
                aliases=["qinghe street office"])


def _scoped(question: str) -> set[str]:
    return {r.doc_id for r in match_reports(normalise_query(question), [COMMISSION, STREET])[1]}


@pytest.mark.parametrize("question", [
    "镜像站上那份市样例委2021年报，跟那个青禾街道办事处（2020年）比，全年主动公开的信息谁多？",
    "青禾街道办事处2020年和市样例委2021年比，哪个主动公开的多？",
])
def test_an_alias_side_beside_a_full_agency_name_is_a_side_of_the_comparison(question):
    assert _scoped(question) == {COMMISSION.doc_id, STREET.doc_id}


def test_an_alias_beside_a_full_name_is_no_side_without_a_comparison():
    assert _scoped("青禾街道办事处2020年转发市样例委的文件有多少件？") == {STREET.doc_id}


@pytest.mark.parametrize("norm", ["青禾街道办事处跟市样例委比，全年主动公开的信息谁多？", "甲局和乙局谁少"])
def test_who_has_more_written_right_after_who_is_a_comparison(norm):
    from assistant.aggregate import asks_comparison
    assert asks_comparison(norm)


def test_who_did_it_many_times_is_no_comparison():
    from assistant.aggregate import asks_comparison
    assert not asks_comparison("青禾街道办事处2020年谁多次提出申请？")
