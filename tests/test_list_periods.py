"""A period written once before a Chinese list qualifies every item of it (assistant/list_periods.py).

Fictional agencies only (青禾县样例局).
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.list_periods import carry_list_period


@pytest.mark.parametrize("question, period", [
    ("青禾县样例局2022年一季度网站发布、微博转发各多少条", "一季度"),
    ("青禾县样例局2022年前三个季度走访群众、解答咨询一共多少次？", "前三个季度"),
    ("青禾县样例局2022年3月份网站发布多少条，微博发布多少条", "3月份"),
])
def test_the_period_before_a_list_is_every_items(question, period):
    asks = split_asks(question)
    assert len(asks) == 2, [a.text for a in asks]
    assert all(period in a.text for a in asks), [a.text for a in asks]


@pytest.mark.parametrize("texts", [
    ["青禾县样例局2022年上半年收到多少件", "青禾县样例局2022年全年收到多少件"],  # its own whole year
    ["青禾县样例局2022年上半年收到多少件", "青禾县样例局2022年下半年收到多少件"],  # its own period
    ["青禾县样例局2022年网站发布多少条", "青禾县样例局2022年微博发布多少条"],  # no period at all
    ["青禾县样例局2023年上半年收到多少件", "青禾县样例局2022年收到多少件"],  # another year: the opening differs
])
def test_a_later_ask_with_its_own_period_or_year_keeps_it(texts):
    assert carry_list_period(texts) == texts
