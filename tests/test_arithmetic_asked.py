"""Arithmetic asked in words (session 14, S7): a sum or a difference of two figures the reports state, asked in the
words users write ("官网上发的比微信公众号多几条", "自家官网公开的和微信公众号的差几条", "counting last year's carry-overs,
how many … in total", "A和B合起来一共多少条"): the figures each cited and the computed figure written out beside them.
All reports here are fictional."""

from __future__ import annotations

import re

import pytest

from assistant.core.types import Report
from tests.fake_index import answer_from_lines

OFFICE_TEXT = (
    "青禾县样例办2022年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "全年在本办官网公开信息421条,在“青禾样例”微信公众号上公开信息306条。\n"
)
OFFICE = Report(doc_id="s" * 16, sources=["qinghe_yanglib_2022.txt"], agency="青禾县样例办", region="青禾县",
                year=2022, aliases=["qinghe office"])


# --- 1. where a side is written and whose it is name no side ---------------------------------------------------------

@pytest.mark.parametrize(("side", "core"), [("官网上", "官网"), ("自家官网公开", "官网"), ("政府网站上面", "政府网站"),
                                            ("网上", "网上"), ("其中", "其中"), ("微信公众号里", "微信公众号")])
def test_a_side_is_checked_without_where_it_is_written_or_whose_it_is(side, core):
    from assistant.side_labels import side_core
    assert side_core(side) == core


@pytest.mark.parametrize("question", ["青禾县样例办2022年，官网上发的比微信公众号多几条？",
                                      "青禾县样例办2022年，自家官网公开的信息和微信公众号公开的差几条？"])
def test_a_difference_of_one_report_asked_with_a_locative_or_an_owner(question):
    a = answer_from_lines(OFFICE, OFFICE_TEXT, question)
    assert a.answered and re.search(r"421\[\d\] − 306\[\d\] = 115条$", a.text.splitlines()[-1]), a.text


# --- 2. a sum asked in words: the operands each cited, the sum written out --------------------------------------------

BUREAU_TEXT = (
    "云栖市样例局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(二)依申请公开。云栖市样例局共收到政府信息公开申请40件,上年结转政府信息公开申请6件。\n"
)
BUREAU = Report(doc_id="y" * 16, sources=["yunqi_yangliju_2023.txt"], agency="云栖市样例局", region="云栖市", year=2023,
                aliases=["yunqi sample bureau"])


@pytest.mark.parametrize("words", [
    ("{s}：官网和微信公众号公开的信息合起来一共多少条？", "421", "306", "727"),
    ("{s}：官网加上微信公众号，公开的信息总共几条？", "421", "306", "727"),
    ("{s}：官网再加上微信公众号一共公开多少条？", "421", "306", "727"),  # (再加上: 加上 with its adverb)
])
def test_a_sum_of_two_figures_of_one_report_asked_in_chinese(words):
    question, *values = words
    a = answer_from_lines(OFFICE, OFFICE_TEXT, question.format(s="青禾县样例办2022年"))
    assert a.answered and all(v in a.text for v in values), a.text


@pytest.mark.parametrize("question", [
    "Yunqi sample bureau, 2023: counting last year's carry-overs, how many disclosure requests did it have in total?",
    "Yunqi sample bureau, 2023: how many disclosure requests did it have in total, counting last year's carry-overs?",
    "Yunqi sample bureau, 2023: adding that year's new requests to the ones carried over from 2022, how many disclosure requests did it have on its plate?",
])
def test_a_sum_with_one_operand_asked_by_a_counting_clause(question):
    a = answer_from_lines(BUREAU, BUREAU_TEXT, question)
    assert a.answered and re.search(r"(?:40\[\d\] \+ 6|6\[\d\] \+ 40)\[\d\] = 46$", a.text.splitlines()[-1]), a.text


def test_a_sum_with_one_operand_asked_by_a_counting_clause_in_chinese():
    a = answer_from_lines(BUREAU, BUREAU_TEXT, "云栖市样例局2023年，算上上年结转的，一共多少件申请？")
    assert a.answered and re.search(r"(?:40\[\d\] \+ 6|6\[\d\] \+ 40)\[\d\] = 46$", a.text.splitlines()[-1]), a.text


@pytest.mark.parametrize("question", ["青禾县样例办2022年：官网、微信公众号和抖音公开的信息合起来一共多少条？",
                                      "青禾县样例办2022年：官网、微信公众号和抖音号加起来一共公开多少条？"])
def test_a_thing_of_a_sum_the_report_does_not_state_is_said_beside_the_sum(question):
    # (the sum of the stated things is no total of the three asked: the thing not stated keeps its line)
    a = answer_from_lines(OFFICE, OFFICE_TEXT, question)
    assert "421[1] + 306[2] = 727" in a.text and re.search(r"没有写明.*抖音", a.text), a.text


def test_only_the_ask_of_the_count_of_the_things_added_is_answered_by_their_sum():
    from types import SimpleNamespace

    from assistant.totals import sum_count_asks

    def ask(text, found=True):
        return SimpleNamespace(facts=[object()] if found else [], sentences=[], ask=SimpleNamespace(text=text, focus=""))

    count = ask("how many requests did it have in total", found=False)
    assert sum_count_asks("adding new requests to carried-over ones, how many requests did it have in total",
                          [ask("adding new requests to carried-over ones"), count]) == [count]
    # (each side asks a count of its own: a side that found nothing is a thing not stated, never the sum's count)
    sides = [ask("甲公开的信息一共多少条"), ask("乙公开的信息一共多少条"), ask("丙公开的信息一共多少条", found=False)]
    assert sum_count_asks("甲、乙和丙公开的信息一共多少条", sides) == []
    # (an operand that found nothing: the sum is not of the things asked)
    assert sum_count_asks("adding a to b, how many in total", [ask("adding a to b", found=False), count]) == []


def _fact(metric, value, unit, n):
    from assistant.core.types import Fact
    return (Fact(doc_id="s" * 16, table="narrative", row=f"行{n}", column="", metric=metric, value=value, unit=unit,
                 raw=f"{value:g}{unit}", start=n * 10, end=n * 10 + 4, quote_start=0, quote_end=60), n)


@pytest.mark.parametrize(("units", "added"), [(("万元", "元"), False), (("人次", "件"), False), (("件", "条"), True)])
def test_figures_of_one_metric_are_added_only_in_count_words_alike(units, added):
    from assistant.answer import ExtractiveEngine
    from assistant.writeup import Writeup
    from tests.fake_index import index_of

    engine = ExtractiveEngine(index_of(OFFICE, OFFICE_TEXT), 0.34)
    w = Writeup()
    engine._add_total([_fact("fees", 0.5, units[0], 1), _fact("fees", 300, units[1], 2)], w, {"sum_line": "{label}{terms}={value}",
                                                                                           "sum_label": "Sum: "}, "en")
    assert bool(w.lines) is added, w.lines


def test_an_ask_that_asks_nothing_beside_a_total_ask_is_its_operand():
    from types import SimpleNamespace

    from assistant.totals import total_asked_of_its_own

    def ask(text, focus=""):
        return SimpleNamespace(facts=[object()], ask=SimpleNamespace(text=text, focus=focus))

    norm = "qinghe 2023: counting last year carry-overs, how many requests in total"
    assert not total_asked_of_its_own(norm, [ask("qinghe 2023: counting last year carry-overs"),
                                             ask("how many requests in total")])
    # (each ask asks a count of its own: the total is an ask of its own)
    assert total_asked_of_its_own("网站多少条，微博多少条，一共多少条", [ask("网站多少条"), ask("微博多少条"), ask("一共多少条")])


@pytest.mark.parametrize(("text", "asked"), [
    ("a plus b - how many in all?", True), ("the 12345 hotline plus the disclosure hotline", False), ("not counting carry-overs, how many", False),
    ("counting carry-overs, how many", True), ("how many items were added to the site", False),
    ("plus how many were withheld", False), ("甲加上乙总共几条", True), ("算上上年结转的，多少件", True),
    ("how many in all channels", False), ("甲和乙合起来发了多少条", True),
    ("不算上上年结转的，今年收到多少件申请", False), ("没算上结转的，多少件", False), ("参加上级部门组织的培训多少人次", False),
    ("甲再加上乙一共多少条", True),
])
def test_the_words_of_a_sum(text, asked):
    from assistant.asks import wants_total
    assert wants_total(text) is asked


# --- 3. the two things of a sum asked in English, an ask each ---------------------------------------------------------

@pytest.mark.parametrize(("piece", "asks"), [
    ("qinghe 2022: items on its own website plus items on its wechat account — how many in all",
     ["qinghe 2022: items on its own website — how many in all", "qinghe 2022: items on its wechat account — how many in all"]),
    ("qinghe 2022: weibo and wechat updates combined", ["qinghe 2022: weibo updates", "qinghe 2022: wechat updates"]),
    ("qinghe 2022: if you add the procurement postings to the tender postings",
     ["qinghe 2022: procurement postings", "qinghe 2022: tender postings"]),
    ("qinghe 2022: licensing decisions and penalty decisions added together — how many",
     ["qinghe 2022: licensing decisions — how many", "qinghe 2022: penalty decisions — how many"]),
    ("how many requests did it receive plus how many were carried over", None),
    ("qinghe 2022 plus 2023 — how many in all", None),
])
def test_the_two_things_of_an_english_sum(piece, asks):
    from assistant.sum_operands_en import sum_operands_en
    assert sum_operands_en(piece) == asks


@pytest.mark.parametrize("question", [
    "Qinghe office 2022: items on its own website plus items on its WeChat account — how many in all?",
    "Qinghe office 2022: items on its own website and items on its WeChat account added together — how many?",
])
def test_an_english_sum_of_two_figures_of_one_report(question):
    a = answer_from_lines(OFFICE, OFFICE_TEXT, question)
    assert a.answered and re.search(r"(?:421\[\d\] \+ 306|306\[\d\] \+ 421)\[\d\] = 727$", a.text.splitlines()[-1]), a.text
    assert "do not state" not in a.text, a.text
