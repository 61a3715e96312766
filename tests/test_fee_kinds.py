"""Which fee an ask is of and which fee a figure is of (assistant/fee_kinds.py, not_stated.toml [[counted]] fees).
Fictional agency: 青禾县样例局."""

from __future__ import annotations

import pytest

from assistant.counted_things import misses_counted_thing
from assistant.fee_kinds import administrative_fee_for_application_fee, unpaid_row_for_charging

UNPAID_ROW = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"


@pytest.mark.parametrize("ask", [
    "Did the Qinghe sample bureau charge any fees for handling information requests?",
    "青禾县样例局收取费用了吗",
])
def test_an_ask_of_charging_is_not_answered_by_the_unpaid_fee_row(ask):
    assert unpaid_row_for_charging(ask, UNPAID_ROW)


@pytest.mark.parametrize("ask", [
    "青禾县样例局申请人逾期未缴纳费用的有几件",
    "How many requests did the Qinghe sample bureau stop processing because the applicant did not pay the fee?",
    "青禾县样例局因申请人未按收费通知要求缴费而不再处理的申请有多少",
])
def test_an_ask_of_paying_is_answered_by_the_unpaid_fee_row(ask):
    assert not unpaid_row_for_charging(ask, UNPAID_ROW)


def test_other_rows_are_not_the_unpaid_fee_row():
    assert not unpaid_row_for_charging("青禾县样例局收取费用了吗", "行政事业性收费")


@pytest.mark.parametrize("ask", [
    "青禾县样例局收取信息处理费了吗",
    "Did the Qinghe sample bureau charge fees for disclosure requests?",
    "What processing fees did the Qinghe sample bureau collect?",
])
def test_an_ask_of_application_fees_is_not_answered_by_administrative_fees(ask):
    assert administrative_fee_for_application_fee(ask, "行政事业性收费 本年收费金额")


@pytest.mark.parametrize("ask", [
    "青禾县样例局行政事业性收费本年收费金额是多少万元",
    "How much in administrative fees did the Qinghe sample bureau collect?",
])
def test_an_ask_of_administrative_fees_is_answered_by_them(ask):
    assert not administrative_fee_for_application_fee(ask, "行政事业性收费 本年收费金额")
    assert not misses_counted_thing(ask, "行政事业性收费 本年收费金额")


@pytest.mark.parametrize("ask", [
    "青禾县样例局行政事业性收费本年收费金额是多少万元",
    "How much administrative fee revenue did the Qinghe sample bureau collect?",
])
def test_a_statement_of_no_application_fees_is_no_answer_about_administrative_fees(ask):
    assert misses_counted_thing(ask, "我局在依申请公开工作中未收取任何费用")
    assert misses_counted_thing(ask, "依申请公开信息收取的费用")


def test_an_ask_of_fees_is_answered_only_by_words_of_a_fee():
    ask = "Did the Qinghe sample bureau charge any fees?"
    assert misses_counted_thing(ask, "保护第三方合法权益 总计")
    assert not misses_counted_thing(ask, "本年度未收取信息处理费")
