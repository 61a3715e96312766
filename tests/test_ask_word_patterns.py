"""The word lists of some asks are data in the glossary ([patterns]), read once, not regular expressions in code:
the sub-rows asked under a row (sub_rows_asked_en / _zh), the kinds a list's examples are (kinds_asked), the kinds a
breakdown lists (listed_kinds_split_en, breakdown_lead_words_en), a rate asked in English (rate_asked_en)."""

from __future__ import annotations

import pytest

from assistant import body_clauses, listed_sub_rows, listed_types_en, rate_asks_en
from assistant.core.glossary import GLOSSARY

NAMES = ("sub_rows_asked_en", "sub_rows_asked_zh", "kinds_asked", "listed_kinds_split_en", "breakdown_lead_words_en",
         "rate_asked_en")


@pytest.mark.parametrize("name", NAMES)
def test_the_glossary_holds_each_list(name):
    assert name in GLOSSARY.patterns  # (a name missing would silently never match)


def test_the_modules_read_the_glossary_patterns():
    p = GLOSSARY.patterns
    assert listed_sub_rows._ASKS_EN is p["sub_rows_asked_en"] and listed_sub_rows._ASKS_ZH is p["sub_rows_asked_zh"]
    assert body_clauses._KINDS_ASKED is p["kinds_asked"]
    assert listed_types_en._ITEMS is p["listed_kinds_split_en"]
    assert listed_types_en._LEAD_WORDS is p["breakdown_lead_words_en"]
    assert rate_asks_en._RATE_EN is p["rate_asked_en"]


@pytest.mark.parametrize("q, asked", [
    ("which sub-reasons are listed under 'not held by the office' in the moon lake report", True),
    ("what grounds fall under refusals at the fictional harbour bureau", True),
    ("梅岭县水务局的无法提供下面列了哪些情形", True),
    ("不予公开包括哪几类情形", True),
    ("how many requests were refused", False),
    ("梅岭县水务局不予公开多少件", False),
])
def test_sub_rows_asked(q, asked):
    assert listed_sub_rows.asks_sub_rows(q) is asked


@pytest.mark.parametrize("q, asked", [
    ("through which channels did the fictional lotus office publish its notices", True),
    ("莲湖区通过什么渠道发布信息", True),
    ("what did the lotus office do under platform management", False),
])
def test_kinds_asked(q, asked):
    assert bool(GLOSSARY.patterns["kinds_asked"].search(q)) is asked


def test_breakdown_kinds_split_and_lead_words():
    got = listed_types_en.listed_kinds_en("pine office 2031: please give me a breakdown of the requests by channel: "
                                          "online, in person / by post")
    assert got == ["pine office 2031: the requests — online", "pine office 2031: the requests — in person",
                   "pine office 2031: the requests — by post"]


@pytest.mark.parametrize("q, asked", [("what reply rate did the pine mailbox reach", True), ("what percentage was answered", True),
                                      ("how many per cent", True), ("how many were separated", False)])
def test_rate_asked_en(q, asked):
    assert bool(GLOSSARY.patterns["rate_asked_en"].search(q)) is asked
