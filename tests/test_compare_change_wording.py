"""Comparisons worded as a change or a lead, over fictional reports (青禾镇, 青禾县样例局, Qinghe town; no text copied
from a report):

- the way and size of a change asked without 还是 ("是升是降", "是增是减", "涨跌了多少条", "变化了几件") is a comparison,
  and such a clause after the figures asks only the difference;
- a comparison of two years of one agency worded "增加还是减少了" / "与前一年相比": the words of the change are no
  words of the thing compared (its figures are still found by their labels);
- a side named by its channel and a bare one-character verb ("微博发的和微信公众号推的"): the channel is the side;
- "who was ahead", "which one came out on top": which side is larger;
- "how many more A than B did <the agency> put out in 2023": the agency after the verb ends the second side;
- the difference in per cent ("增长了百分之多少", "by what %", "give both counts and the % rise"): the one cited figure
  over the one it is measured from (the smaller, or the earlier year's when the figure fell), "15[2] ÷ 12[1] = 125%".
"""

from __future__ import annotations

import re

import pytest

from assistant.aggregate import asks_difference_only
from assistant.answer import ExtractiveEngine
from assistant.asks import split_asks
from assistant.core.glossary import GLOSSARY
from assistant.core.types import Report
from assistant.multiples import percent_line
from assistant.query import parse_question
from tests.fake_index import answer_from_lines, line_passages, two_report_index

Q = GLOSSARY.patterns


@pytest.mark.parametrize("question", [
    "青禾镇网站发布信息，2021年与上一年相比是升是降？",
    "青禾镇网站发布的信息，2020年和2021年是增是减？",
    "青禾镇网站发布的信息，2021年与上一年相比涨跌了多少条？",
    "青禾镇人事任免，2021年与上一年相比变化了几件？",
    "青禾镇人事任免，2021年与上一年相比增减了几件？",
    "qinghe town and qingmiao town, 2023 proactive disclosures: who was ahead?",
    "qinghe town and qingmiao town, 2023: which one came out on top?",
])
def test_a_change_or_a_lead_asked_is_a_comparison(question):
    assert Q["compare"].search(question.lower()), question


@pytest.mark.parametrize("question", [
    "青禾镇2021年信息公开工作有哪些变化？",  # (what changed, no size asked)
    "qinghe town 2023: who led the disclosure work?",  # (a person, no side ahead)
    "qinghe town 2023: which office is in charge of disclosure?",
])
def test_no_comparison_without_a_size_or_side_asked(question):
    assert not Q["compare"].search(question.lower()), question


@pytest.mark.parametrize("ask", ["涨跌了多少条", "变化了几件", "增长了百分之多少", "增幅多大", "是增是减，差多少",
                                 "give both counts and the % rise", "give both counts and the percentage change"])
def test_a_clause_of_the_changes_size_asks_the_difference_only(ask):
    assert asks_difference_only(ask, ask), ask


TWO_YEARS = ("青禾镇2019年:全年公开人事任免信息12条,发布政策解读信息30条。\n"
             "青禾镇2020年:全年公开人事任免文件15条,发布政策解读信息20条。\n")
Y2019 = Report(doc_id="a" * 16, sources=["qinghe_2019.txt"], agency="青禾镇人民政府", region="青禾镇", year=2019,
               aliases=["qinghe"])
Y2020 = Report(doc_id="b" * 16, sources=["qinghe_2020.txt"], agency="青禾镇人民政府", region="青禾镇", year=2020,
               aliases=["qinghe"])


@pytest.fixture(scope="module")
def years_engine():
    return ExtractiveEngine(two_report_index(Y2019, Y2020, TWO_YEARS), 0.34)


def _ask_years(engine, question):
    passages = line_passages(Y2019, TWO_YEARS)[:1] + line_passages(Y2020, TWO_YEARS)[1:]
    return engine.answer(parse_question(question, [Y2019, Y2020]), passages)


@pytest.mark.parametrize("question", [
    "青禾镇人事任免，2020年比2019年增加还是减少了？差了几件？",
    "青禾镇公开的人事任免信息，2020年与前一年相比增加还是减少了？差了几条？",
    "青禾镇人事任免19年和20年是升还是降，变化几条？",
    "青禾镇人事任免信息，2020年比2019年多了还是少了？差几条？",  # (as before)
])
def test_two_years_compared_in_words_of_change(years_engine, question):
    a = _ask_years(years_engine, question)
    assert a.answered, a.text
    assert "12" in a.text and "15" in a.text and re.search(r"= 3\D", a.text + " "), a.text


def test_the_percent_of_a_rise_between_two_years(years_engine):
    a = _ask_years(years_engine, "青禾镇人事任免信息，2020年比2019年多了几条，增长了百分之多少？")
    assert a.answered and "3 ÷ 12[1] = 25%" in a.text, a.text


def test_the_percent_of_a_fall_is_measured_from_the_earlier_year(years_engine):
    a = _ask_years(years_engine, "青禾镇政策解读信息，2020年比2019年少了几条？下降了百分之多少？")
    assert a.answered and "10 ÷ 30[1] ≈ 33.33%" in a.text, a.text


def test_percent_line_only_when_asked():
    # the difference over the figure the change is measured from: a rise 12 → 15 is 25%, a fall 30 → 20 is 33.33%
    t = {"percent_line": "{a} ÷ {b}[{nb}] {op} {value}%"}
    assert percent_line("2020 vs 2019: by what % did they rise?", 15, 2, 12, 1, "en", t) == "3 ÷ 12[1] = 25%"
    assert percent_line("2019 vs 2020: by what percentage did they fall?", 30, 1, 20, 2, "en", t,
                        from_higher=True) == "10 ÷ 30[1] ≈ 33.33%"
    assert percent_line("what percentage of the requests were granted, 2019 vs 2020?", 15, 2, 12, 1, "en", t) is None
    assert percent_line("2020 vs 2019: how many more?", 15, 2, 12, 1, "en", t) is None


def test_a_side_of_a_channel_and_a_bare_verb_is_the_channel():
    asks = split_asks("青禾县样例局2023年微博发的和微信公众号推的，哪个多，多出多少？")
    assert [a.side for a in asks if a.side] == ["微博", "微信公众号"], asks
    asks = split_asks("青禾县样例局2023年微博发布的和微信公众号推送的，哪个多？")  # (a whole verb: as before)
    assert [a.side for a in asks if a.side] == ["微博发布", "微信公众号推送"], asks


def test_bare_verb_sides_find_their_channels_figures():
    text = ("青禾县样例局2023年政府信息公开工作年度报告\n"
            "一、主动公开情况\n"
            "全年发布县政府文件21条。\n"
            "全年通过政务微博发布信息120条,通过微信公众号推送信息95条。\n")
    report = Report(doc_id="c" * 16, sources=["qinghe_yangliju_2023.txt"], agency="青禾县样例局", region="青禾县",
                    year=2023, aliases=["qinghe"])
    a = answer_from_lines(report, text, "青禾县样例局2023年微博发的和微信公众号推的，哪个多，多出多少？")
    assert a.answered and "120" in a.text and "95" in a.text and "= 25" in a.text, a.text
    assert "21" not in a.text


def test_more_a_than_b_did_the_agency_put_out():
    text = ("青禾镇2023年政府信息公开工作年度报告\n"
            "一、主动公开情况\n"
            "全年公开服务信息300条,公开解读政策信息120条。\n")
    report = Report(doc_id="d" * 16, sources=["qinghe_2023.txt"], agency="青禾镇人民政府", region="青禾镇", year=2023,
                    aliases=["qinghe town", "qinghe"])
    a = answer_from_lines(report, text, "How many more service information items than policy-interpretation items did"
                                        " Qinghe town put out in 2023?")
    assert a.answered and "300" in a.text and "120" in a.text and "= 180" in a.text, a.text
