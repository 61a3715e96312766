"""A year written with two digits in a question ("23年", "09年那份", "FY19", "in '23") is that year; a span of years
("近10年", "10年来", "20年间") and a count ("23件") are not."""

import pytest

from assistant.core.types import Report
from assistant.query import parse_question
from assistant.question_rewrites import expand_short_years


@pytest.mark.parametrize("question, years", [
    ("青禾县样例局23年收到多少件申请", [2023]),
    ("青禾县样例局23年跟青苗镇24年 收到的申请哪家多", [2023, 2024]),
    ("青禾县样例局20年那份年报网上哪天发布的", [2020]),
    ("青禾县样例局09年有没有被复议", [2009]),
    ("青禾县样例局12年度报告主动公开多少条", [2012]),
    ("青禾县样例局99年", [1999]),
    ("Qinghe sample bureau FY19: how many applications?", [2019]),
    ("Qinghe sample bureau in '23: how many applications?", [2023]),
    ("Qinghe sample bureau in ’21, how many lawsuits?", [2021]),
])
def test_two_digit_years_are_years(question, years):
    assert parse_question(question, []).years == years


@pytest.mark.parametrize("text", [
    "青禾县样例局近10年收到多少件申请", "青禾县样例局10年来", "20年间", "第12年", "满10年", "长达20年", "收到23件申请",
    "45年", "2023年", "共23年", "90年代", "20年以来",
])
def test_spans_counts_and_full_years_stay(text):
    assert expand_short_years(text) == text


def test_a_two_digit_year_right_after_a_report_name():
    reports = [Report(doc_id=f"d{y}", source=f"qinghe_{y}.txt", title=f"青禾县样例局{y}年政府信息公开工作年度报告",
                      agency="青禾县样例局", region="青禾县", year=y) for y in (2022, 2023)]
    q = parse_question("青禾县样例局23年收到了多少件政府信息公开申请", reports)
    assert q.years == [2023] and set(q.doc_ids or []) == {"d2022", "d2023"}  # the year then picks d2023 (api._scope)


def test_an_english_question_over_no_reports_is_parsed():
    # an empty index has no automaton: the spaced-pinyin search must not run on it
    assert not parse_question("Qinghe sample bureau: how many applications?", []).doc_ids


@pytest.mark.parametrize("text, full", [
    ("沪府办公厅2019年度年报", "上海市人民政府办公厅2019年度年报"),
    ("粤省政府2020年报", "广东省人民政府2020年报"),
    ("京政府2012年", "北京市人民政府2012年"),
    ("川府办2015年", "四川省人民政府办公厅2015年"),
    ("沪府办19年的年报", "上海市人民政府办公厅19年的年报"),
])
def test_a_province_short_name_before_its_government(text, full):
    from assistant.question_rewrites import expand_province_short

    assert expand_province_short(text) == full


@pytest.mark.parametrize("text", ["关于沪府的", "新政府信息", "青禾县政府", "上海市政府办公厅", "黑色", "泰州市府办"])
def test_a_short_character_elsewhere_is_a_character(text):
    from assistant.question_rewrites import expand_province_short

    assert expand_province_short(text) == text


def test_a_short_province_name_and_two_digit_year_scope_a_question():
    reports = [Report(doc_id=f"d{y}", source=f"s{y}.txt", title="t", agency="上海市人民政府办公厅", region="上海市", year=y)
               for y in (2019, 2020)] + [Report(doc_id="o", source="o.txt", title="t", agency="青禾县样例局", region="青禾县",
                                                year=2019)]
    q = parse_question("沪府办公厅19年度年报表三，自然人那一栏是几件？", reports)
    assert q.years == [2019] and set(q.doc_ids) == {"d2019", "d2020"}
