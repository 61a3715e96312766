"""A year written with two digits in a question ("23年", "09年那份", "FY19", "in '23") is that year; a span of years
("近10年", "10年来", "20年间") and a count ("23件") are not."""

import pytest

from assistant.core.types import Report
from assistant.query import expand_short_years, parse_question


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
