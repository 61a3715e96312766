"""A row of table 三 whose 总计 cell the report left blank, asked without a column ("how many requests did it not hold
the information for", "本机关不掌握的申请有几件"): the answer is the sum of the row's cells, each cited, not the first
applicant's cell (fictional report 青禾县样例局, invented here; assistant/fact_search.py _answering)."""

from __future__ import annotations

import pytest

from tests.fake_index import answer_from_lines
from tests.test_round15_kinds import BLANK_REPORT, BLANK_TOTAL, _figures


@pytest.mark.parametrize("question", [
    "Qinghe 2019: how many requests got the reply that the office does not hold the information?",
    "青禾县样例局2019年本机关不掌握相关政府信息的申请有几件？",
])
def test_a_row_whose_total_is_blank_is_answered_by_the_sum_of_its_cells(question):
    a = answer_from_lines(BLANK_REPORT, BLANK_TOTAL, question)
    figures = _figures(a.text)
    assert a.answered and "36" in figures, a.text  # 31 + 4 + 1, computed
    assert all(v in figures for v in ("31", "4", "1")), a.text  # each part stated (and cited)
    assert "10" not in figures, a.text  # (not the sibling row)


@pytest.mark.parametrize("question", [
    "Qinghe 2019: how many requests had no ready-made information and would have to be newly compiled?",
    "青禾县样例局2019年没有现成信息需要另行制作的申请有几件？",
])
def test_a_row_with_its_total_is_answered_by_the_total(question):
    a = answer_from_lines(BLANK_REPORT, BLANK_TOTAL, question)
    figures = _figures(a.text)
    assert a.answered and "10" in figures and "36" not in figures, a.text
