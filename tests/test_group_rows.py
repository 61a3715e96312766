"""A group row of table 三 with no cells of its own ("(四)无法提供" over its numbered sub-rows), asked by its name
("无法提供的申请共几件", "how many could not be provided", "不予处理几件"): the answer is the sum of its sub-rows, each
cited, not the first sub-row standing for the group; an ask naming one sub-row is answered by that sub-row (fictional
report 青禾县样例局, invented here; assistant/group_rows.py)."""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from tests.fake_index import answer_from_lines
from tests.test_round15_kinds import HEAD, _figures

GROUPS = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    + HEAD +
    "一、本年新收政府信息公开申请数量 | 40 | 5 | 0 | 0 | 1 | 0 | 46 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 17 | 2 | 0 | 0 | 0 | 0 | 19 |\n"
    "(三)不予公开 | 1.属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
    "2.其他法律行政法规禁止公开 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |\n"
    "(四)无法提供 | 1.本机关不掌握相关政府信息 | 7 | 1 | 0 | 0 | 0 | 0 | 8 |\n"
    "2.没有现成信息需要另行制作 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
    "3.补正后申请内容仍不明确 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
    "(五)不予处理 | 1.信访举报投诉类申请 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n"
    "2.重复申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
    "(七)总计 | 37 | 4 | 0 | 0 | 1 | 0 | 42 |\n"
)
GROUP_REPORT = Report(doc_id="g" * 16, sources=["qinghe_yangliju_2022.txt"], agency="青禾县样例局", region="青禾县",
                      year=2022, aliases=["qinghe"])


@pytest.mark.parametrize("question, total, parts", [
    ("青禾县样例局2022年无法提供的申请共几件？", "12", ("8", "3", "1")),
    ("Qinghe 2022: how many requests could not be provided?", "12", ("8", "3", "1")),
    ("青禾县样例局2022年不予处理几件？", "6", ("4", "2")),
    ("青禾县样例局2022年不予公开几件？", "4", ("2",)),
])
def test_a_group_row_is_answered_by_the_sum_of_its_sub_rows(question, total, parts):
    a = answer_from_lines(GROUP_REPORT, GROUPS, question)
    figures = _figures(a.text)
    assert a.answered and total in figures, a.text  # computed from the sub-rows
    assert all(p in figures for p in parts), a.text  # each sub-row stated (and cited)


def test_a_group_row_in_a_named_column_sums_that_column():
    a = answer_from_lines(GROUP_REPORT, GROUPS, "青禾县样例局2022年自然人申请中无法提供的有几件？")
    figures = _figures(a.text)
    assert a.answered and "11" in figures and "12" not in figures, a.text  # 7 + 3 + 1


def test_a_sub_row_asked_by_its_name_is_that_sub_row():
    a = answer_from_lines(GROUP_REPORT, GROUPS, "青禾县样例局2022年不予公开中属于国家秘密的有几件？")
    figures = _figures(a.text)
    assert a.answered and "2" in figures and "4" not in figures, a.text


def test_a_statement_of_no_deputies_suggestions_is_a_statement_of_none():
    from ingest.prose import none_in

    found = none_in("本年度无人大代表建议和政协委员提案办理事项")
    assert found is not None and "代表建议" in found[0]


# the 2019–2020 layout: (六)其他处理 is a row of its own, and table 二 has a row 其他对外管理服务事项 whose column
# 处理决定数量 shares both of its words
OTHER_2019 = (
    "青禾县样例局2020年政府信息公开工作年度报告\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(五)项 |\n"
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
    "行政许可 | 12 | 0 | 310 |\n"
    "其他对外管理服务事项 | 3 | 0 | 76 |\n"
    + HEAD +
    "一、本年新收政府信息公开申请数量 | 20 | 2 | 0 | 0 | 0 | 0 | 22 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 15 | 1 | 0 | 0 | 0 | 0 | 16 |\n"
    "(六)其他处理 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n"
    "(七)总计 | 17 | 2 | 0 | 0 | 0 | 0 | 19 |\n"
)
OTHER_REPORT = Report(doc_id="h" * 16, sources=["qinghe_yangliju_2020.txt"], agency="青禾县样例局", region="青禾县",
                      year=2020, aliases=["qinghe"])


def test_a_row_named_as_the_ask_writes_it_before_a_label_sharing_its_words_apart():
    # "其他处理": the row (六)其他处理 and its 总计 — not 其他对外管理服务事项's 处理决定数量 (76), nor the column 其他 (0),
    # which the row's own name holds
    a = answer_from_lines(OTHER_REPORT, OTHER_2019, "青禾县样例局2020年其他处理几件？")
    figures = _figures(a.text)
    assert a.answered and "3" in figures and "76" not in figures, a.text


def test_a_sub_row_asked_by_a_staff_phrasing_is_that_sub_row():
    # "didn't hold the information" is the sub-row 本机关不掌握 in staff words (template.toml staff_en): its 8, not the
    # group's 12
    a = answer_from_lines(GROUP_REPORT, GROUPS, "Qinghe 2022: how many requests could not be provided because the "
                                                "agency didn't hold the information?")
    figures = _figures(a.text)
    assert a.answered and "8" in figures and "12" not in figures, a.text
