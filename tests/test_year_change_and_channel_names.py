"""Two kinds of comparison phrasing, on fictional reports:

- two named years set against each other in English ("how did X change from 2019 to 2020", "2020 vs 2019 — up or
  down?"): the words of change name the comparison, made of each year's figure, not a table column ("本年增/减",
  glossed "change this year"), so they are no label-search term of the ask (assistant.label_term_filters.compares_years);
- a side naming the report's own account or website by its place ("青禾信访微信公众号", "青禾县信访局官网"): the
  place's name there is no report, and the two sides of the one report split (assistant.asks.split_asks).
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.types import Report
from assistant.evidence import EvidenceGatherer
from assistant.label_term_filters import compares_years
from assistant.query import parse_question
from tests.fake_index import index_of

ORIGINAL = (
    "青禾县人民政府办公室2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2020年,本机关通过门户网站主动公开规章4件。\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(一)项\n"
    "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
    "规章 | 4 | 4 | 30 |\n"
    "第二十条第(六)项\n"
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
    "行政处罚 | 3 | 0 | 3 |\n"
)
R2020 = Report(doc_id="a" * 16, sources=["qinghe_xianfu_2020.txt"], agency="青禾县人民政府办公室", region="青禾县",
               year=2020, aliases=["qinghe"])
R2019 = R2020.model_copy(update={"doc_id": "b" * 16, "year": 2019, "sources": ["qinghe_xianfu_2019.txt"]})


@pytest.mark.parametrize("question", [
    "Qinghe county office: how did the number of rules it proactively published change from 2019 to 2020?",
    "Qinghe county office: rules proactively disclosed, 2020 vs 2019 — up or down? Give both years' counts and the change.",
    "Did the Qinghe county office's proactively published rules go up or down between 2019 and 2020?",
])
def test_the_change_between_two_named_years_is_no_column(question):
    q = parse_question(question, [R2019, R2020])
    assert compares_years(q, {2019, 2020})
    index = index_of(R2020, ORIGINAL)
    index.by_doc[R2019.doc_id] = R2019
    q.doc_ids = [R2019.doc_id, R2020.doc_id]
    terms = EvidenceGatherer(index).label_terms(q)
    assert not {"change", "up", "down", "year", "增减", "增/减"} & set(terms), terms
    assert "规章" in terms or "rule" in terms


@pytest.mark.parametrize("question", [
    "Qinghe county office 2020: how many administrative penalties changed this year?",  # one year: a column may be asked
    "Qinghe county office: how many rules did it publish in 2020?",
])
def test_one_year_keeps_its_change_words(question):
    assert not compares_years(parse_question(question, [R2019, R2020]), {2019, 2020})


def test_two_years_with_one_years_report_only_keep_their_change_words():
    # (the one report held may state the change itself: a column "本年增/减", a clause "比上年下降20%")
    q = parse_question("Qinghe county office: by what percentage did penalties drop in 2020 compared with 2019?", [R2020])
    assert not compares_years(q, {2020})
    assert "drop" in EvidenceGatherer(index_of(R2020, ORIGINAL)).label_terms(q)


NAMES = ["青禾县信访局", "青禾县", "青禾"]


@pytest.mark.parametrize("question, sides", [
    ("青禾县信访局2023年官网发布的信息跟青禾信访微信公众号发布的相差多少条？", ["官网发布", "青禾信访微信公众号发布"]),
    ("青禾县信访局2023年在青禾县信访局网站公开的信息比“青禾信访”公众号上公开的多多少条？",
     ["青禾县信访局网站公开", "“青禾信访”公众号上公开"]),
    ("青禾县信访局2023年，青禾政府网微信公众号推送的信息和微博发布的信息哪个多？", ["青禾政府网微信公众号推送的信息", "微博发布的信息"]),
])
def test_the_own_reports_name_before_a_channel_is_a_side_not_a_report(question, sides):
    asks = split_asks(question, NAMES)
    assert [a.side for a in asks] == sides
    assert all(a.text.startswith("青禾县信访局2023年") for a in asks)


@pytest.mark.parametrize("question", [
    "青禾县2023年官网和青苗县官网哪个发布的信息多？",  # another report's website: two reports, no sides of one
    "青禾县信访局2023年和青苗县信访局网站哪个发布的信息多？",
])
def test_another_reports_channel_stays_a_report(question):
    asks = split_asks(question, ["青禾县", "青苗县", "青禾县信访局", "青苗县信访局"])
    assert not any(a.side for a in asks)
