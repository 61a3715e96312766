"""A figure's counted noun is part of whether it answers an ask (assistant/kind_counts.py).

Every text here is written for fictional agencies (青禾县样例局); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.kind_counts import asks_kinds, counts_kinds, items_for_kinds, kinds_after, kinds_for_items


@pytest.mark.parametrize(("text", "unit"), [("网站设置8大板块", "大板块"), ("围绕3大功能优化页面", "大功能"),
                                            ("开设4大类便民专栏", "大类")])
def test_the_noun_after_da_is_the_figures_counted_noun(text, unit):
    at = next(i for i, ch in enumerate(text) if ch.isdigit()) + 1
    m = kinds_after(text, at)
    assert m is not None and m.group() == unit and counts_kinds(unit)


def test_a_count_of_kinds_answers_no_ask_counting_items():
    assert kinds_for_items("青禾县样例局网站发布了多少条信息？", "大板块")
    assert kinds_for_items("How many items did the Qinghe sample bureau publish on its website?", "大板块")
    assert kinds_for_items("青禾县样例局便民专栏里有多少件办事指南", "大类")


def test_a_count_of_kinds_still_answers_an_ask_of_the_kinds():
    assert not kinds_for_items("青禾县样例局网站有几大板块？", "大板块")
    assert not kinds_for_items("How many sections does the Qinghe sample bureau's website have?", "大板块")
    assert not kinds_for_items("青禾县样例局网站发布了多少条信息？", "条")


def test_an_ask_of_the_kinds_is_not_answered_by_a_count_of_items():
    assert asks_kinds("青禾县样例局网站有几大板块？") and asks_kinds("页面有哪几大功能")
    assert items_for_kinds("青禾县样例局网站有几大板块？", "条")
    assert not items_for_kinds("青禾县样例局网站有几大板块？", "大板块")
    # (a size word after 多少/几 is no kind: "采购了多少大型设备")
    assert not asks_kinds("青禾县样例局采购了多少大型设备") and not items_for_kinds("青禾县样例局采购了多少大型设备", "台")


def test_count_words_alike_are_one_table_and_people_are_not_among_them():
    from assistant.ask_question import unit_answers
    from assistant.core.glossary import GLOSSARY
    from assistant.shapes import unit_fits

    assert {"件", "项", "条", "起"} <= GLOSSARY.same_count_words
    assert unit_answers("件", "项") and unit_answers("项", "件") and unit_answers("件", "起")
    # (people asked in 人 are answered by attendances, 人次, one way only: tests/test_colloquial_counts.py)
    assert not unit_answers("人次", "人") and not unit_answers("件", "人次") and not unit_answers("件", "人")
    # (a sentence's figure answers only in the asked count word: no label search vetted its words)
    assert unit_fits("96人次", "人次") and not unit_fits("96人次", "人") and not unit_fits("11项", "件")
