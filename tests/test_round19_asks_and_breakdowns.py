"""Several asks in one question and breakdowns (fixer H, round 19).  Fictional reports only (青禾县样例局).

- "A跟B各是多少": 跟 joins two things as 和 does (not 跟踪 / 跟进 / 紧跟);
- 满意度 and 满意率 are one rate; words running from one prose figure into the next label the next
  ("准确率99%群众满意率97%": 97 is the satisfaction rate, 99 the accuracy rate);
- "开了个什么会", "what meeting did it hold": the name of a meeting a report says was held (召开了…现场会);
- "总计420条由哪两块组成、各多少": the figures a sentence states before the total that sums them up;
- a split by applicant of a prose figure its sentence does not split: the row of table 三 whose 总计 states it;
- an English glossary phrase said with one of its words in quotes ("'other' municipal government documents") is
  searched as its Chinese terms, the quoted word no term of its own.
"""

from __future__ import annotations

import re

import pytest

from assistant.core.text import normalise_query
from assistant.core.types import Fact, Report
from assistant.earlier_parts import parts_stated_before
from assistant.name_asks import name_ask
from ingest.prose import extract_figures
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD
from tests.helpers import ask_texts

REPORT = Report(doc_id="h" * 16, sources=["qinghe_yangliju_2022.txt"], agency="青禾县样例局", region="青禾县",
                year=2022, aliases=["qinghe"])


# --- 跟 joins two asks ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, first, second", [
    ("青禾县样例局2022年群众满意率跟参评率各是多少", "满意率", "参评率"),
    ("青禾县样例局2022年网上申请跟当面申请各多少件", "网上申请", "当面申请"),
    ("青禾县样例局2022年行政复议跟行政诉讼分别多少件", "行政复议", "行政诉讼"),
])
def test_gen_joins_two_asks(question, first, second):
    asks = ask_texts(question)
    assert len(asks) == 2, asks
    assert first in asks[0] and second not in asks[0], asks
    assert second in asks[1] and first not in asks[1], asks


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年跟踪督办的事项各有多少件",
    "青禾县样例局2022年跟进处理的申请一共几件",
])
def test_gen_inside_a_word_joins_nothing(question):
    assert len(ask_texts(question)) == 1


# --- a rate written either way; a run of figures ----------------------------------------------------------------

def test_words_running_into_the_next_figure_label_that_figure():
    rows = {f.value: f.row for f in extract_figures("全年受理复查案件30件,准确率99%群众满意率97%。")}
    assert rows[99.0] == "准确率" and rows[97.0] == "群众满意率", rows
    # (a figure right after another still shares its label; the last one keeps the noun it counts)
    got = extract_figures("全年共接待来访群众152批486人次。")
    assert [f.row for f in got] == ["全年共接待来访群众"] * 2


RATES = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "一年来共受理复查复核案件30件,准确率99%群众满意率97%。\n"
)


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年复查复核案件受理了几件？群众满意度是多少？",
    "青禾县样例局2022年复查复核案件受理了几件？群众满意率是多少？",
])
def test_satisfaction_asked_either_way_is_the_satisfaction_rate(question):
    a = answer_from_lines(REPORT, RATES, question)
    lines = a.text.splitlines()
    assert "30" in lines[0], a.text
    assert any("97%" in x for x in lines[1:]) and "99%" not in a.text, a.text


# --- the name of a meeting ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, kind", [
    ("青禾县2022年上半年开了个什么会来部署政务公开", "会"),
    ("青禾县2022年召开了什么会议部署政务公开工作", "会议"),
    ("What meeting did Qinghe hold in 2022 to deploy open-government work?", "meeting"),
])
def test_a_meeting_asked_for_by_name(question, kind):
    got = name_ask(normalise_query(question).strip())
    assert got is not None and got.kind == kind, got


@pytest.mark.parametrize("question", ["青禾县2022年主动公开信息为什么会下降", "为什么会议记录没有公开"])
def test_why_is_no_meeting_asked(question):
    assert name_ask(normalise_query(question).strip()) is None


MEETING = (
    "青禾县2022年政府信息公开工作年度报告\n"
    "一、概述\n"
    "上半年,县政府召开了全县政务公开推进工作现场会,对全年工作作出部署。全县已有7个乡镇成立了政务公开工作机构。\n"
)
COUNTY = Report(doc_id="m" * 16, sources=["qinghe_xian_2022.txt"], agency="青禾县人民政府", region="青禾县", year=2022,
                aliases=["qinghe"])


@pytest.mark.parametrize("question", [
    "青禾县2022年上半年开了个什么会来部署政务公开？还有，几个乡镇已经成立了政务公开工作机构？",
    "青禾县2022年召开了什么会议部署政务公开？另外几个乡镇成立了政务公开工作机构？",
])
def test_the_meeting_and_the_count_are_both_answered(question):
    a = answer_from_lines(COUNTY, MEETING, question)
    lines = a.text.splitlines()
    assert "全县政务公开推进工作现场会" in lines[0], a.text
    assert any("7" in x for x in lines[1:]), a.text


# --- the parts a sentence states before its total ------------------------------------------------------------------

def _fact(row: str, value: float, start: int, end: int) -> Fact:
    return Fact(doc_id=REPORT.doc_id, table="narrative", row=row, column="", value=value, kind="narrative", unit="条",
                label_zh=row, raw=f"{value:g}条", start=start, end=end, quote_start=start, quote_end=end)


def _facts(text: str) -> list[Fact]:
    out = []
    for m in re.finditer(r"(\d+)条", text):
        row = re.split(r"[,，。]", text[: m.start()])[-1]
        out.append(_fact(row, float(m.group(1)), m.start(), m.end()))
    return out


@pytest.mark.parametrize("text, parts", [
    ("信息发布量由上年的250条增加到本年的300条,在微信公众号发布信息120条,总计420条。", [300, 120]),
    ("网站发布信息200条,微博发布信息100条,公众号发布信息60条,合计360条。", [200, 100, 60]),
    ("全年发布信息80条。网站发布信息50条,微博30条,共计80条。", [50, 30]),
])
def test_the_parts_before_a_summing_total(text, parts):
    facts = _facts(text)
    total = facts[-1]
    assert [f.value for f in parts_stated_before(text, total, facts)] == parts


@pytest.mark.parametrize("text", [
    "网站发布信息200条,微博发布信息100条,累计360条。",  # a running total sums no parts of its sentence
    "网站发布信息200条,微博发布信息100条,总计360条。",  # the figures before it add up to another number
    "网站发布信息200条。微博发布信息100条,总计300条。",  # an earlier sentence's figure is none of its parts
])
def test_no_parts_before_a_total(text):
    facts = _facts(text)
    assert parts_stated_before(text, facts[-1], facts) == []


SUMMED = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "信息发布量由上年的250条增加到本年的300条,在县政府网站信息公开专栏发布信息120条,总计420条,是上年的1.7倍。\n"
)


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年说总计发布420条信息，这个总数由哪两块组成、各多少？",
    "青禾县样例局2022年总计发布的420条信息分别来自哪里？",
])
def test_a_stated_total_is_answered_by_the_parts_before_it(question):
    a = answer_from_lines(REPORT, SUMMED, question)
    assert "300" in a.text and "120" in a.text and "250" not in a.text, a.text


# --- a split by applicant of a prose figure: its table row --------------------------------------------------------

HEAD = T3_HEAD
APPLICANTS = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年,本局共收到政府信息公开申请31件,办结政府信息公开申请28件。\n"
    + HEAD +
    "一、本年新收政府信息公开申请数量 | 25 | 4 | 0 | 0 | 1 | 1 | 31 |\n"
    "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 20 | 3 | 0 | 0 | 1 | 0 | 24 |\n"
    "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 2 | 0 | 0 | 0 | 0 | 1 | 3 |\n"
    "(三)不予公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
    "(七)总计 | 23 | 3 | 0 | 0 | 1 | 1 | 28 |\n"
    "四、结转下年度继续办理 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n"
)


@pytest.mark.parametrize("question", [
    ("The 28 requests Qinghe's sample bureau finished handling in 2022 - how do they divide up between individuals, "
     "businesses, legal service organisations and 'other'?"),
    "Qinghe sample bureau 2022: the 28 requests it finished, split between individuals and businesses?",
    "青禾县样例局2022年办结的28件申请，按申请人分别是多少？",
])
def test_a_finished_total_split_by_applicant_is_its_table_row(question):
    a = answer_from_lines(REPORT, APPLICANTS, question)
    figures = re.findall(r"(?<![\d\[])\d+(?![\d\]])", a.text.replace("2022", ""))
    assert "23" in figures and "25" not in figures, a.text  # the 总计 row's, not the new requests'


# --- a glossary phrase with a quoted word ---------------------------------------------------------------------------

def test_a_quoted_word_of_a_glossary_phrase_is_no_term_of_its_own():
    from assistant.evidence import EvidenceGatherer
    from assistant.query import parse_question
    from tests.fake_index import index_of

    original = "青禾县样例局2022年政府信息公开工作年度报告\n一、总体情况\n主动公开规章3件,县政府其他文件16件。\n"
    gatherer = EvidenceGatherer(index_of(REPORT, original))
    for question in ("Qinghe sample bureau 2022: how many 'other' municipal government documents did it put out?",
                     'Qinghe sample bureau 2022: how many "other" municipal government documents did it put out?'):
        terms = gatherer.label_terms(parse_question(question, [REPORT]))
        assert "other" not in terms and any("其他文件" in t for t in terms), terms
