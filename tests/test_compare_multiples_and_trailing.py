"""Comparisons asked as a multiple, a ratio or a shortfall (phrasing probe S6), over a fictional report (青禾县样例局 /
Qinghe; no text copied from a report):

- "A是B的几倍", "A是B的多少倍" (glossary [patterns] compare_multiple_zh, compare): each side asked, the answer states
  both figures, which is more and the difference; a side that is a time ("是上年的几倍") asks a stated change, no sides;
- "how many times as many A as B" (glossary compare_multiple_en), "the ratio of A to B" (compare_pair_en): the sides
  follow "as many" / "ratio of", each counted (assistant/sides_en.py);
- "A trailed B by how many", "A fell short of B", "A lagged behind B", "how far behind / ahead": comparisons; the first
  side is the subject clause before the verb, whole (glossary compare_conj_en);
- "A发布的信息比B多了几条": the thing counted, named once after the first side, is the second side's too, and the verb
  publishing it names no side (a report's "在官网公开" answers "官网发布": glossary compare_side_publish_zh).
"""

from __future__ import annotations

import re

import pytest

from assistant.aggregate import asks_comparison
from assistant.compare_sides import compare_sides_zh
from assistant.core.types import Report
from assistant.multiples import asks_multiple, multiple_line
from assistant.sides_en import compare_sides_en
from tests.fake_index import answer_from_lines

BUREAU_TEXT = (
    "青禾县样例局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开\n"
    "本局全年通过门户网站发布信息420条,通过微信公众号推送信息150条。\n"
    "(二)依申请公开\n"
    "本局全年收到政府信息公开申请9件,均已按时办结。\n"
)
BUREAU = Report(doc_id="s" * 16, sources=["qinghe_yangliju_2023.txt"], agency="青禾县样例局", region="青禾县",
                year=2023, aliases=["qinghe"])


@pytest.mark.parametrize("question", [
    "青禾县样例局2023年门户网站发布的信息是微信公众号推送的几倍？",
    "青禾县样例局2023年门户网站发布信息是微信公众号推送信息的多少倍？各多少条？",
    "青禾县样例局2023年门户网站发布的信息比微信公众号多了几条？",
])
def test_a_multiple_or_a_bare_second_side_is_answered_as_a_comparison(question):
    a = answer_from_lines(BUREAU, BUREAU_TEXT, question)
    assert a.answered and "420" in a.text and "150" in a.text, a.text
    assert re.search(r"^相差：420\[\d\] − 150\[\d\] = 270条$", a.text, re.M), a.text
    # the multiple asked is computed in sight of the two cited figures; a difference asked gets none
    multiple = re.search(r"^倍数：420\[\d\] ÷ 150\[\d\] = 2\.8倍$", a.text, re.M)
    assert bool(multiple) == ("倍" in question), a.text


def test_the_multiple_line_rounds_and_needs_a_figure_to_divide_by():
    t = {"multiple_line": "{a}[{na}] ÷ {b}[{nb}] {op} {value}"}
    assert multiple_line("a是b的几倍", 100, 1, 30, 2, "zh", t) == "100[1] ÷ 30[2] ≈ 3.33"
    assert multiple_line("how many times as many a as b", 1200, 1, 400, 2, "en", t) == "1,200[1] ÷ 400[2] = 3"
    assert multiple_line("a是b的几倍", 100, 1, 0, 2, "zh", t) is None  # nothing is a multiple of none
    assert multiple_line("a比b多几件", 100, 1, 30, 2, "zh", t) is None
    assert asks_multiple("what was the ratio of a to b") and asks_multiple("a是b的多少倍")
    assert not asks_multiple("how many times did people appeal") and not asks_multiple("a比b多几件")


@pytest.mark.parametrize(("question", "sides"), [
    ("青禾县样例局2023年门户网站发布的信息是微信公众号推送的几倍？", ["门户网站发布", "微信公众号推送"]),
    ("青禾县样例局2023年政务微博发布数是政务微信推送数的多少倍？各多少条？", ["政务微博发布数", "政务微信推送数"]),
    ("青禾县样例局2023年官网发布的信息比微信公众号多了几条？", ["官网发布", "微信公众号"]),
])
def test_chinese_sides(question, sides):
    got = compare_sides_zh(question)
    assert got and [side for _t, side in got] == sides, got


def test_each_side_of_a_multiple_asks_the_unit_asked_after_it():
    got = compare_sides_zh("青禾县样例局2023年政务微博发布数是政务微信推送数的多少倍？各多少条？")
    assert got and all(text.endswith("多少条") for text, _s in got), got


@pytest.mark.parametrize("question", ["青禾县样例局2023年门户网站发布信息是上年的几倍？",
                                      "青禾县样例局2023年门户网站发布信息是2022年的几倍？"])
def test_a_multiple_of_a_year_is_no_comparison_of_two_things(question):
    assert compare_sides_zh(question) is None
    assert not asks_comparison(question)


@pytest.mark.parametrize("question", [
    "qinghe bureau 2023: how many times as many website items as wechat items?",
    "qinghe bureau 2023: what was the ratio of website items to wechat items?",
    "qinghe bureau 2023: wechat items trailed website items by how many?",
    "qinghe bureau 2023: wechat items fell short of website items by how many?",
    "qinghe bureau 2023: how far behind its website was its wechat account?",
    "qinghe bureau 2023: by how much did wechat items lag behind website items?",
])
def test_multiples_ratios_and_shortfalls_compare(question):
    assert asks_comparison(question)


@pytest.mark.parametrize(("question", "sides"), [
    ("how many times as many work news items as livelihood items did qinghe county publish in 2021?",
     ["work news items", "livelihood items"]),
    ("qinghe 2021: what was the ratio of work news items to livelihood items?", ["work news items", "livelihood items"]),
    ("qinghe 2021: work news and photo items trailed livelihood items by how many?",
     ["work news and photo items", "livelihood items"]),
    ("qinghe 2021: livelihood items fell short of work news items by how many?", ["livelihood items", "work news items"]),
])
def test_english_sides(question, sides):
    got = compare_sides_en(question)
    assert got and [side for _t, side in got] == sides, got


def test_each_side_of_a_ratio_is_counted():
    got = compare_sides_en("qinghe 2021: what was the ratio of work news items to livelihood items?")
    assert got and [text for text, _s in got] == ["qinghe 2021: how many work news items",
                                                  "qinghe 2021: how many livelihood items"], got


@pytest.mark.parametrize("question", [
    "how many times did people appeal qinghe's disclosure decisions in 2023?",
    "qinghe 2023: its total releases were how many times the 2022 total?",
    "qinghe 2023: what is the ratio of requests answered on time?",
])
def test_no_comparison_of_two_things(question):
    assert compare_sides_en(question) is None


OFFICE_TEXT = (
    "青禾县样例办2022年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "全年在本办官网公开信息383条,在“青禾样例”微信公众号上公开信息337条。\n"
)
OFFICE = Report(doc_id="t" * 16, sources=["qinghe_yanglib_2022.txt"], agency="青禾县样例办", region="青禾县",
                year=2022, aliases=["qinghe office"])


def test_the_verb_publishing_a_side_names_no_side():
    a = answer_from_lines(OFFICE, OFFICE_TEXT, "青禾县样例办2022年官网发布的信息比微信公众号多了几条？")
    assert a.answered and re.search(r"383\[\d\] − 337\[\d\] = 46条$", a.text.splitlines()[-1]), a.text


@pytest.mark.parametrize(("side", "core"), [("官网发布", "官网"), ("微博发布的条数", "微博"), ("政务微信推送", "政务微信"),
                                            ("主动公开", "主动公开"), ("公开", "公开")])
def test_a_side_is_checked_without_its_publishing_verb(side, core):
    from assistant.side_labels import side_core
    assert side_core(side) == core
