"""Comparisons however a staff member words them (phrasing probe B5), over fictional reports (青禾县 / Qinghe; no text
copied from a report):

- what the sides are counted in, written once after both ("A和B的件数相差多少", "微博和微信的发布量相差多少条"), and the
  verb bringing a side's case ("被提起行政诉讼") name no side; words both sides share ("政务微博" / "政务微信") name
  neither, so a side's figure is checked by the words that set it apart (assistant/side_labels.py names_side);
- "A比B多主动公开了多少条": what is counted between 多 and the question word still makes a comparison
  (glossary [patterns] compare, compare_than_zh);
- "较2019年增减几件", "2020年比2019年增减了多少": a change asked both ways is a comparison;
- a change against the year before the one year named ("2023年比上一年多了还是少了", "2023年同比增减", "2023 versus the
  previous year", "year-on-year") reads the year before as that year (assistant/previous_year.py as_year_before_compared);
- a report's figure of the metric is kept when the comparison's ask found only a part of it the question does not
  name (the words of the report's name found "法务新闻", the question asks what the 法务办 disclosed).
"""

from __future__ import annotations

import pytest

from assistant.aggregate import ReportFigure, asks_comparison
from assistant.compare_sides import compare_sides_zh
from assistant.side_labels import names_side
from assistant.core.text import normalise_query
from assistant.core.types import Fact, Report
from assistant.previous_year import as_year_before_compared
from assistant.query import parse_question
from tests.fake_index import answer_from_lines, index_of

# --- 1. the measure and the shared words of the sides ---------------------------------------------------------------

CENTRE = (
    "青禾县政务服务中心2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开。全年通过“青禾发布”官方微博更新信息320条,通过“青禾发布”官方微信更新信息150条。\n"
    "(二)复议诉讼。全年发生信息公开类行政复议3件,诉讼5件。\n"
)
CENTRE_REPORT = Report(doc_id="c" * 16, sources=["qinghe_zhengwu_zhongxin_2023.txt"], agency="青禾县政务服务中心",
                       region="青禾县", year=2023, aliases=["qinghe"])


@pytest.mark.parametrize(("question", "values"), [
    ("青禾县政务服务中心2023年政务微博和政务微信的发布量相差多少条？", ("320", "150", "170")),
    ("青禾县政务服务中心2023年因政府信息公开被申请行政复议和被提起行政诉讼的件数相差多少？", ("3", "5", "2")),
])
def test_the_measure_and_shared_words_name_no_side(question, values):
    a = answer_from_lines(CENTRE_REPORT, CENTRE, question)
    assert a.answered and all(v in a.text for v in values) and "相差" in a.text, a.text


def _label(text: str) -> Fact:
    return Fact(doc_id="d", table="narrative", row=text, column="", value=1.0, kind="narrative", label_zh=text,
                raw="1", start=0, end=1, quote_start=0, quote_end=1)


def test_a_side_is_checked_by_the_words_that_set_it_apart():
    assert names_side("政务微博", _label("官方微博更新"), ("政务微信",))
    assert not names_side("政务微博", _label("官方微信更新"), ("政务微信",))
    assert names_side("被提起行政诉讼的件数", _label("信息公开类行政复议 / 诉讼 / 行政诉讼"), ("行政复议的件数",))
    assert not names_side("被提起行政诉讼的件数", _label("信息公开类行政复议"), ("行政复议的件数",))


# --- 2. what is counted between 多 and the question word; a change asked both ways ---------------------------------

@pytest.mark.parametrize("question", [
    "2023年青禾镇比青苗镇多主动公开了多少条信息？",
    "青禾县政务服务中心2023年官方微博比官方微信多发布了多少条？",
    "青禾县样例局2023年的规章较2022年增减几件？",
    "青禾县样例局主动公开的规章，2023年比2022年增减了多少件",
])
def test_these_compare(question):
    assert asks_comparison(normalise_query(question)), question


def test_what_is_counted_after_more_stays_in_each_sides_ask():
    got = compare_sides_zh("青禾县政务服务中心2023年官方微博比官方微信多发布了多少条？")
    assert [side for _t, side in got] == ["官方微博", "官方微信"]
    assert all("发布" in text and text.endswith("多少条") for text, _side in got), got


@pytest.mark.parametrize("question", [
    "青禾县2023年主动公开了多少条信息",  # (no comparison: 多少 after a verb)
    "青禾县2023年本年增减多少件",  # (the table's own 增/减 column, no side before it)
])
def test_these_do_not(question):
    assert not asks_comparison(normalise_query(question)), question


# --- 3. the year before the one year named --------------------------------------------------------------------------

def _dept(year: int) -> Report:
    return Report(doc_id=f"{year}" * 4, sources=[f"qinghe_yangliju_{year}.txt"], agency="青禾县样例局", region="青禾县",
                  year=year, aliases=["qinghe"])


@pytest.mark.parametrize(("question", "said"), [
    ("青禾县样例局2023年主动公开的规章比上一年多了还是少了？差多少件？", "比2022年"),
    ("青禾县样例局主动公开的规章，2023年同比增减了多少件？", "比2022年"),
    ("青禾县样例局23年收到的申请跟去年比多了多少件", "比2022年"),
    ("Qinghe: rules published in 2023 versus the previous year — up or down, and by how many?", "versus 2022"),
    ("Qinghe: rules published in 2023 compared with the year before?", "compared with 2022"),
    ("Qinghe 2023: what's the year-on-year change in rules published?", "compared with 2022"),
])
def test_the_year_before_is_named_as_that_year(question, said):
    q = parse_question(question, [_dept(2022), _dept(2023)])
    assert q.years == [2022, 2023] and said in q.norm, (q.years, q.norm)
    assert len(q.doc_ids) == 2


@pytest.mark.parametrize(("question", "reports"), [
    ("青禾县样例局2023年上年结转的申请比上一年多几件", [2022, 2023]),  # (a row of 2023's table)
    ("青禾县样例局2022年和2023年的规章比上一年多几件", [2022, 2023]),  # (two years named already)
    ("青禾县样例局2023年主动公开的规章比上一年多了还是少了", [2022]),  # (the year named has no report)
])
def test_no_year_before_read(question, reports):
    assert as_year_before_compared(normalise_query(question), parse_question(question, [_dept(y) for y in reports]).years,
                                   [_dept(y) for y in reports]) is None


# --- 4. a part found by the report's name keeps the report's whole figure ------------------------------------------

OFFICE = (
    "青禾县法务办2023年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "2023年,我办在县政府网站和法务办网站主动公开信息40条,其中工作动态8条、法规公文10条、法务新闻22条。\n"
)
OFFICE_REPORT = Report(doc_id="f" * 16, sources=["qinghe_fawuban_2023.txt"], agency="青禾县法务办", region="青禾县",
                       year=2023, aliases=["qinghe"])


def test_a_part_the_question_does_not_name_keeps_the_whole():
    from assistant.answer import ExtractiveEngine

    index = index_of(OFFICE_REPORT, OFFICE)
    engine = ExtractiveEngine(index, 0.34)
    facts = engine.gatherer.fact_index.facts([OFFICE_REPORT.doc_id])
    total = next(f for f in facts if f.value == 40)
    news = next(f for f in facts if f.value == 22)
    whole = ReportFigure(OFFICE_REPORT, [total])
    q = parse_question("青禾县法务办2023年比青苗镇多主动公开了多少条信息？", [OFFICE_REPORT])
    assert engine._part_unnamed(q, whole, [news]) is whole
    named = parse_question("青禾县法务办2023年主动公开的法务新闻比青苗镇多多少条？", [OFFICE_REPORT])
    assert named.metric is not None
    assert engine._part_unnamed(named, whole, [news]) is None


# --- 5. "X compared with Y" joins two English sides ------------------------------------------------------------------

def test_compared_with_joins_two_english_sides():
    from assistant.sides_en import compare_sides_en

    got = compare_sides_en("qinghe centre 2023: how many penalty decisions compared with licensing decisions, and the gap?")
    assert got and [side for _t, side in got] == ["penalty decisions", "licensing decisions"], got
