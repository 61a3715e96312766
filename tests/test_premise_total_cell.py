"""A whole the question restates by its figure ("who filed the rest of the 30 new requests") that the report writes
only as a table's 总计 cell (no count word after it) is a figure the report states: the premise holds, and the parts
asked are answered — no "the premise does not hold" over one of them.

Fictional report (青禾县样例局, invented here).
"""

from __future__ import annotations

import pytest

from assistant.core.types import Fact, Report
from assistant.figure_premise import _total_cell_of
from tests.fake_index import answer_from_lines
from tests.test_round15_kinds import HEAD

TEXT = (
    "青禾县样例局2024年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2024年,本局认真贯彻《条例》,做好政府信息公开工作。\n"
    + HEAD +
    "一、本年新收政府信息公开申请数量 | 25 | 4 | 0 | 0 | 1 | 0 | 30 |\n"
)
REPORT = Report(doc_id="q" * 16, sources=["qinghe_yangliju_2024.txt"], agency="青禾县样例局", region="青禾县",
                year=2024, aliases=["qinghe"])


@pytest.mark.parametrize("question", [
    ("Qinghe 2024 table: leaving aside private individuals, who filed the rest of the 30 new requests — how many "
     "commercial enterprises, how many legal service organisations?"),
    ("Qinghe 2024: of the 30 new requests, how many came from commercial enterprises and how many from legal "
     "service organisations?"),
])
def test_a_whole_written_as_a_total_cell_is_no_false_premise(question):
    a = answer_from_lines(REPORT, TEXT, question)
    assert "premise" not in a.text, a.text
    assert a.answered and "4" in a.text and "1" in a.text, a.text


def test_a_total_cell_is_a_stated_whole_another_cell_is_not():
    def cell(column: str, value: float) -> Fact:
        return Fact(doc_id="q" * 16, table="三", row="一、本年新收政府信息公开申请数量", column=column, value=value,
                    unit="件", kind="table", start=0, end=1, quote_start=0, quote_end=1, raw=str(value))
    assert _total_cell_of([cell("总计", 30)], [30.0])
    assert not _total_cell_of([cell("自然人", 30)], [30.0])
