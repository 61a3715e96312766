"""A simplified 表三 with one value column of totals (ingest/total_only_tables.py): each template row's single value
is its 总计, blank columns aside; the per-row check does not read the missing applicant cells as 0.
Fictional text only."""

from __future__ import annotations

import pytest

from ingest.checks import check_identities
from ingest.tables import extract_table_facts

_ROWS = """一、本年新收政府信息公开申请数量 |  | 7 |
二、上年结转政府信息公开申请数量 |  | 2 |
四、结转下年度继续办理 |  | 3 |
"""


@pytest.mark.parametrize("header", ["项目 |  | 总计 |", "项目 | 合计 |", "项目 | 数量(件) |", "内容 |  |  | 总数 |"])
def test_a_table_of_totals_only_gives_each_row_its_total(header):
    text = f"二、收到和处理政府信息公开申请情况\n{header}\n{_ROWS}三、其他情况\n本年度翠溪乡未发生行政复议。\n"
    got = {(f.row, f.column): f.value for f in extract_table_facts(text) if f.table == "三"}
    assert got == {("一、本年新收政府信息公开申请数量", "总计"): 7.0, ("二、上年结转政府信息公开申请数量", "总计"): 2.0,
                   ("四、结转下年度继续办理", "总计"): 3.0}
    metrics = {f.metric for f in extract_table_facts(text)}
    assert {"applications_received", "applications_carried_forward"} <= metrics


def test_the_row_check_does_not_read_missing_applicant_cells_as_zero():
    text = f"三、收到和处理政府信息公开申请情况\n项目 |  | 总计 |\n{_ROWS}五、其他需要报告的事项\n无。\n"
    facts = extract_table_facts(text)
    assert facts and not any("自然人" in w for w in check_identities(facts))


def test_without_the_total_header_a_short_row_still_gives_nothing():
    text = f"三、收到和处理政府信息公开申请情况\n项目 |  | 说明 |\n{_ROWS}五、其他需要报告的事项\n无。\n"
    assert [f for f in extract_table_facts(text) if f.table == "三"] == []


def test_a_full_row_under_a_total_header_is_placed_as_usual():
    text = ("三、收到和处理政府信息公开申请情况\n项目 |  | 总计 |\n"
            "一、本年新收政府信息公开申请数量 | 1 | 2 | 0 | 0 | 0 | 0 | 3 |\n五、其他需要报告的事项\n无。\n")
    got = {f.column: f.value for f in extract_table_facts(text)}
    assert got["自然人"] == 1.0 and got["总计"] == 3.0 and len(got) == 7
