"""A noun phrase counted after the last of several joined sides is every side's ("A2023年和B2023年主动公开的信息各多少":
A's ask is of its 主动公开的信息 too, not a bare "A2023年多少" declined as not stated) — glossary shared_tail_zh, read by
zh_clauses.each_zh; not when an earlier side writes the verb itself ("主动公开和依申请公开的信息各多少": the sides differ
in it).  Fictional names (青禾县样例局, 云栖县样例局)."""

from __future__ import annotations

import pytest

from assistant.asks import split_asks

NAMES = ["青禾县样例局", "云栖县样例局"]


@pytest.mark.parametrize("question, expected", [
    ("青禾县样例局2023年和云栖县样例局2022年主动公开的信息各多少？",
     ["青禾县样例局2023年主动公开的信息多少", "云栖县样例局2022年主动公开的信息多少"]),
    ("青禾县样例局与云栖县样例局收到的申请分别是多少？", ["青禾县样例局收到的申请是多少", "云栖县样例局收到的申请是多少"]),
    ("青禾县样例局2023年政策文件及工作动态发布的信息各几条？",
     ["青禾县样例局2023年政策文件发布的信息几条", "青禾县样例局2023年工作动态发布的信息几条"]),
])
def test_the_counted_noun_after_the_last_side_is_every_sides(question, expected):
    assert [a.text for a in split_asks(question, NAMES)] == expected


def test_sides_differing_in_the_verb_keep_their_own_words():
    assert [a.text for a in split_asks("主动公开和依申请公开的信息各多少？", [])] == ["主动公开多少", "依申请公开的信息多少"]
    assert [a.text for a in split_asks("网上申请和当面申请各多少件？", [])] == ["网上申请多少件", "当面申请多少件"]
