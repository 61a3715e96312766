"""English labels of the fees and costs a report names (issue 10, round 9, fixer "left9"): "政府信息公开信息处理费" is
"information processing fees", not "government information disclosed" with the fee left in Chinese.  The glossary is
data (assistant/core/data/prose.toml); fictional reports only (青禾县民政局)."""

from __future__ import annotations

import re

import pytest

from assistant.core.prose import PROSE
from assistant.core.types import Report
from tests.fake_index import index_of


@pytest.mark.parametrize("zh, en", [
    ("政府信息公开信息处理费", "information processing fees"),
    ("信息处理费", "information processing fees"),
    ("收取处理费", "processing fees"),
    ("工本费", "production cost fees"),
    ("检索费", "search fees"),
    ("复制费", "copying fees"),
    ("邮寄费", "postage fees"),
    ("递送费", "delivery fees"),
    ("免费提供", "free of charge"),
    ("办公经费", "funding"),
    ("收费及减免", "fees"),
])
def test_a_fee_has_its_english_label(zh, en):
    got = PROSE.gloss(zh)
    assert en in got, got
    assert "government information disclosed" not in got  # the words inside a fee's name are not glossed apart


TEXT = ("青禾县民政局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,我局主动公开政府信息52条。\n"
        "六、其他需要报告的事项\n(一)收取信息处理费情况\n2023年,我局未收取政府信息公开信息处理费。\n")
REPORT = Report(doc_id="f" * 16, sources=["qinghe_minzhengju_2023.txt"], agency="青禾县民政局", region="青禾县",
                year=2023, aliases=["qinghe"])


@pytest.mark.parametrize("question", [
    "Did the Qinghe civil affairs bureau charge any information processing fees in 2023?",
    "Qinghe civil affairs bureau 2023: any processing fees collected for disclosure?",
])
def test_the_english_label_of_a_statement_of_no_fee(question):
    from assistant.answer import ExtractiveEngine
    from assistant.query import parse_question

    index = index_of(REPORT, TEXT)
    (none,) = [f for f in index.store.facts() if f.kind == "none" and "处理费" in f.label_zh]
    assert none.label_en.endswith("none: information processing fees for disclosure"), none.label_en
    label = ExtractiveEngine(index, 0.34)._label(parse_question(question, [REPORT]), none)
    assert "information processing fees" in label, label
    assert not re.search(r"[\u4e00-\u9fff]", label.split("(", 1)[-1]), label  # the gloss itself is English
