"""The fallback of a comparison of two things of one report: its sides recovered from the labels of the report's
prose figures that the question writes (assistant/sides_by_labels.py).  Fictional reports and agencies."""

from __future__ import annotations

import pytest

from assistant.core.types import Fact
from assistant.sides_by_labels import sides_by_labels


def _fact(label: str, value: float | None, unit: str = "条", kind: str = "narrative") -> Fact:
    return Fact(doc_id="d1", table="narrative" if kind == "narrative" else "二", row=label.split(" / ")[-1],
                column="", value=value, kind=kind, label_zh=label, unit=unit, raw=str(value), start=0, end=1,
                quote_start=0, quote_end=1)


# an invented town's proactive-disclosure paragraph
FACTS = [
    _fact("总体情况 / 通过网站主动公开政府信息共", 120),
    _fact("总体情况 / 通过网站主动公开政府信息共 / 其中包括政策解读", 6),
    _fact("总体情况 / 镇务动态类信息", 61),
    _fact("总体情况 / 公示公告", 9),
    _fact("总体情况 / 部门文件类信息", 30),
    _fact("总体情况 / 部门文件类信息 / 规范性文件", 4),
    _fact("总体情况 / 政府信息公开指南", 1),
    _fact("总体情况 / 新媒体推送", 40, unit="次"),
    _fact("总体情况 / 总计", 120),
]


def _values(question: str):
    sides = sides_by_labels(question, FACTS)
    return None if sides is None else [s.fact.value for s in sides]


@pytest.mark.parametrize("question, values", [
    ("青苇镇2031年，网站上的镇务动态类跟公示公告类相比多出来几条？", [61, 9]),
    ("青苇镇，部门文件类跟镇务动态类信息比，哪类发得多？多出几条？", [30, 61]),
    ("公示公告和部门文件哪个多，差几条", [9, 30]),
    ("镇务动态比公示公告多了多少条？", [61, 9]),
    ("青苇镇发的公示公告与镇务动态信息，相差多少", [9, 61]),
    # (a total named as the frame is no side: "共" ends its label; its part beside another thing is)
    ("主动公开政府信息共多少条，其中政策解读比镇务动态多几条", [6, 61]),
])
def test_two_labels_the_question_writes_are_the_sides(question, values):
    assert _values(question) == values


@pytest.mark.parametrize("question", [
    "青苇镇2031年镇务动态比上年多几条？",  # a change over years: no two labels
    "青苇镇镇务动态比2030年多了多少条",  # (a year as the other side)
    "镇务动态和公示公告、部门文件，哪个多？",  # three labels named: not sure which two
    "镇务动态有多少条",  # one label only
    "部门文件和规范性文件哪个多",  # a part against the figure it is stated under
    "新媒体推送和公示公告哪个多",  # two units (次, 条)
    "总计和公示公告差多少",  # a total is never a side
])
def test_no_fallback_when_unsure(question):
    assert sides_by_labels(question, FACTS) is None


def test_a_label_with_two_figures_is_no_side():
    facts = [*FACTS, _fact("第二部分 / 公示公告", 11)]
    assert sides_by_labels("镇务动态和公示公告哪个多", facts) is None


def test_words_inside_longer_words_name_no_side():
    facts = [*FACTS, _fact("总体情况 / 公开指南", 2)]
    # (公开指南 is inside 政府信息公开指南: one side, not two)
    assert [s.fact.value for s in sides_by_labels("政府信息公开指南和公示公告哪个多", facts)] == [1, 9]


def test_table_cells_and_labels_holding_figures_are_no_sides():
    facts = [_fact("四 / 镇务动态", 3, kind="table"), _fact("总体情况 / 公示公告", 9),
             _fact("总体情况 / 镇务动态68公示公告", 410)]
    assert sides_by_labels("镇务动态和公示公告哪个多", facts) is None


def test_english_questions_are_left_to_the_english_sides():
    assert sides_by_labels("were there more town news items or notices?", FACTS) is None


def test_a_total_counting_a_part_is_refused_by_the_callers_check():
    def includes(total, part):
        return total.value == 61 and part.value == 9

    assert sides_by_labels("镇务动态和公示公告哪个多", FACTS, includes) is None
