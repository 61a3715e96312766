"""The last cell of a truncated copy (issue 10, round 9, fixer "left9"): a figure that reads as a whole number is kept
and the answer states it, cited, with a warning that the copy ends there (both languages); a cell whose text shows
the cut ("2635.", "1,20") gives no figure.  Fictional reports only (青禾县样例局)."""

from __future__ import annotations

import pytest

from assistant.copy_end import ends_copy
from assistant.core.types import Citation, Report
from ingest.table_lexer import cut_mid_number
from ingest.tables import extract_table_facts
from tests.fake_index import answer_from_lines

HEAD = (
    "青禾县样例局2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2020年,我局认真落实政府信息公开工作要求,及时发布各类信息。\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(九)项 |\n"
    "信息内容 | 采购项目数量 | 采购总金额 |\n"
)
REPORT = Report(doc_id="c" * 16, sources=["qinghe_yangliju_2020.txt"], agency="青禾县样例局", region="青禾县",
                year=2020, aliases=["qinghe"])


@pytest.mark.parametrize("cell, cut", [
    ("2635.5", False), ("2635", False), ("0", False), ("1,234", False), ("12万元", False),
    ("2635.", True), ("1,20", True), ("1,234,5", True), ("增", True), ("26\ufffd", True), ("2,", True),
])
def test_a_cell_that_shows_its_cut(cell, cut):
    assert cut_mid_number(cell) is cut


def _amount(text: str):
    return [f for f in extract_table_facts(text) if f.column == "采购总金额"]


@pytest.mark.parametrize("row", ["政府集中采购 | 7 | 2635.5", "政府集中采购 | 7 | 2635.5\n", "政府集中采购 | 7 |  2635.5  "])
def test_the_last_cell_of_a_truncated_copy_is_kept(row):
    (f,) = _amount(HEAD + row)
    assert f.value == 2635.5 and f.raw == "2635.5"
    assert [g.value for g in extract_table_facts(HEAD + row) if g.column == "采购项目数量"] == [7]


@pytest.mark.parametrize("row", ["政府集中采购 | 7 | 2635.", "政府集中采购 | 7 | 1,26"])
def test_a_last_cell_cut_inside_its_number_gives_no_figure(row):
    assert _amount(HEAD + row) == []
    assert [g.value for g in extract_table_facts(HEAD + row) if g.column == "采购项目数量"] == [7]


def test_a_closed_row_at_the_end_is_no_cut():
    text = HEAD + "政府集中采购 | 7 | 2635.5 |"
    (f,) = _amount(text)
    c = Citation(n=1, doc_id="c" * 16, source="x", title="t", quote="…", start=0, end=len(text),
                 highlight="2635.5", highlight_start=f.span[0], highlight_end=f.span[1])
    assert not ends_copy(c, text)  # the row's closing "|" follows: the copy goes on past the figure
    assert ends_copy(c, text[: f.span[1]] + "\n")


@pytest.mark.parametrize("question, warning", [
    ("青禾县样例局2020年政府集中采购总金额是多少？", "可能不完整"),
    ("青禾县样例局2020年政府集中采购了几个项目，总金额多少？", "可能不完整"),
    ("What was the total amount of government centralised procurement of the Qinghe sample bureau in 2020?",
     "may be incomplete"),
])
def test_the_answer_states_the_figure_and_warns_where_the_copy_ends(question, warning):
    a = answer_from_lines(REPORT, HEAD + "政府集中采购 | 7 | 2635.5", question)
    assert a.answered, a.text
    lines = a.text.splitlines()
    stated = next(i for i, ln in enumerate(lines) if "2635.5" in ln)
    n = next(c.n for c in a.citations if c.highlight == "2635.5")
    assert f"[{n}]" in lines[stated]
    (warn,) = [ln for ln in lines if warning in ln]
    assert "2635.5" in warn and f"[{n}]" in warn, a.text


def test_no_warning_for_a_figure_the_copy_goes_on_after():
    a = answer_from_lines(REPORT, HEAD + "政府集中采购 | 7 | 2635.5 |\n三、其他\n本年无其他需要报告的事项。",
                          "青禾县样例局2020年政府集中采购总金额是多少？")
    assert a.answered and "2635.5" in a.text and "可能不完整" not in a.text, a.text


@pytest.mark.parametrize("tail, highlight", [
    ("落款日期:2021年1月20日", "2021年1月20日"),  # a report signs off with its date: no cut
    ("其中通知公告5条", "5条"),  # the unit after the number: the number ended before the copy did
])
def test_a_figure_whose_unit_or_date_ends_the_copy_is_whole(tail, highlight):
    text = "青禾县样例局2020年报告\n" + tail + "\n"
    s = text.index(highlight)
    c = Citation(n=1, doc_id="c" * 16, source="x", title="t", quote=tail, start=text.index(tail), end=len(text) - 1,
                 highlight=highlight, highlight_start=s, highlight_end=s + len(highlight))
    assert not ends_copy(c, text)
