"""A breakdown asked in English whose kinds the question lists after it ("break the decisions made this year down by
type — licensing, penalties, coercive measures"): one ask per kind listed, every one answered (a zero too), none the
question did not name (assistant/listed_types_en.py; glossary.toml [patterns] broken_by_kind_en).

Fictional report (青禾县样例局, invented here).
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.listed_types_en import listed_kinds_en
from tests.fake_index import answer_from_lines

ORIGINAL = (
    "青禾县样例局2021年政府信息公开工作年度报告\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(五)项 |\n"
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
    "行政许可 | 3 | 0 | 27 |\n"
    "其他对外管理服务事项 | 0 | 0 | 0 |\n"
    "第二十条第(六)项 |\n"
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
    "行政处罚 | 2 | 0 | 64 |\n"
    "行政强制 | 2 | 0 | 0 |\n"
)
REPORT = Report(doc_id="t" * 16, sources=["qinghe_yangli_ju_2021.txt"], agency="青禾县样例局", region="青禾县", year=2021,
                aliases=["qinghe"])


@pytest.mark.parametrize("norm, pieces", [
    ("qinghe 2021: break the decisions made this year down by type — licensing, penalties, coercive measures",
     ["qinghe 2021: the decisions made this year — licensing", "qinghe 2021: the decisions made this year — penalties",
      "qinghe 2021: the decisions made this year — coercive measures"]),
    ("qinghe 2021, the requests broken down by channel: online, in person and by post",
     ["qinghe 2021, the requests — online", "qinghe 2021, the requests — in person", "qinghe 2021, the requests — by post"]),
    ("qinghe 2021: a breakdown of the items by category - news, notices",
     ["qinghe 2021: the items — news", "qinghe 2021: the items — notices"]),
])
def test_each_kind_listed_after_a_breakdown_is_a_piece(norm, pieces):
    assert listed_kinds_en(norm) == pieces


@pytest.mark.parametrize("norm", [
    "qinghe 2021: break down the requests by outcome, please",  # (one thing after it: no list)
    "how were the requests broken down by channel, and how many were granted",  # (a question of its own)
    "qinghe: the requests broken down by channel, 2022 and 2023",  # (years: reports compared)
    "qinghe 2021: break down the decisions by type",
    "青禾县2021年的处理决定按类型分别多少",
])
def test_no_list_of_kinds_no_pieces(norm):
    assert listed_kinds_en(norm) is None


def test_the_question_is_split_into_one_ask_per_kind():
    q = "Qinghe 2021 report: in the art. 20 table, break the decisions made this year down by type — licensing, penalties, coercive measures."
    asks = [a.text for a in split_asks(normalise_query(q).strip())]
    assert len(asks) == 3 and asks[2].endswith("coercive measures"), asks


def test_every_named_row_is_answered_zeros_included():
    q = ("Qinghe sample bureau, 2021 report: in the art. 20 table, break the decisions made this year down by type — "
         "licensing, penalties, coercive measures.")
    a = answer_from_lines(REPORT, ORIGINAL, q)
    assert a.answered, a.text
    lines = a.text.splitlines()
    assert any("licens" in x and ": 27" in x for x in lines), a.text
    assert any("penalt" in x and ": 64" in x for x in lines), a.text
    assert any(x.rstrip().endswith(": 0 [3]") or ": 0 [" in x for x in lines), a.text
    assert {c.quote for c in a.citations} == {"行政许可 | 3 | 0 | 27 |", "行政处罚 | 2 | 0 | 64 |", "行政强制 | 2 | 0 | 0 |"}
    assert "other external" not in a.text
