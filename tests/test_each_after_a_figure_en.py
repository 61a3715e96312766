"""An English follow-on that asks only each part's count ("how many of each category", "and each category?") after
an ask or a premise of a figure ("Of the 120 items X published, …") is the breakdown of that figure, with its metric:
no ask of its own that lost the metric (glossary each_restated_en, assistant/joined_asks.py restates_breakdown).
Fictional office and text."""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from tests.fake_index import answer_from_lines

OFFICE = Report(doc_id="q" * 16, sources=["qinghe_sample_office_2020.txt"], agency="青禾县样例办公室", region="青禾县",
                year=2020, aliases=["qinghe", "qinghe sample office"])
TEXT = ("青禾县样例办公室2020年政府信息公开工作年度报告\n一、总体情况\n"
        "全年主动公开政府信息120条,其中:机构职能类信息6条;工作动态类信息90条;财政信息14条;其他信息10条。\n"
        "全年收到政府信息公开申请12件,其中自然人申请10件,法人或其他组织申请2件。\n")


@pytest.mark.parametrize("question", [
    "Of the 120 items Qinghe sample office proactively disclosed in 2020, how many were of each category?",
    "Qinghe sample office proactively disclosed 120 items in 2020; how many of each category?",
    "How many items did Qinghe sample office proactively disclose in 2020? And each category?",
    "How many items did Qinghe sample office proactively disclose in 2020, and how many of each type?",
])
def test_each_after_a_figure_is_that_figures_breakdown(question):
    asks = split_asks(normalise_query(question))
    assert len(asks) == 1 and asks[0].breakdown, asks
    a = answer_from_lines(OFFICE, TEXT, question)
    assert a.answered and all(f"{n} items" in a.text for n in (6, 90, 14, 10)), a.text
    assert "do not state" not in a.text


@pytest.mark.parametrize("question", [
    "How many items did Qinghe sample office proactively disclose in 2020, and how many requests came in?",
    "How many items did Qinghe sample office proactively disclose in 2020, and how many were work updates?",
    "Qinghe sample office 2020: what was in the report, and how many of each category?",  # (no figure before)
])
def test_a_follow_on_naming_a_thing_or_after_no_figure_stays_its_own_ask(question):
    assert len(split_asks(normalise_query(question))) == 2
