"""The part of a breakdown an ask names, by what it names: a label made only of frame words ("其它类信息") named by
that label (assistant/part_names.py), sibling parts asked together read as no total and its parts
(assistant/breakdown_premise.py), and English part names no glossary renders matched to the parts' own words by
embedding (assistant/english_parts.py).  Fictional agencies and figures only."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from assistant.breakdown_premise import _siblings_asked
from assistant.core.types import Fact
from assistant.english_parts import match_names, named_list_en, part_words, parts_named_en
from assistant.part_names import names_frame_only_part
from assistant.named_parts import named_parts


def _part(row: str, value: float, start: int, label: str = "") -> Fact:
    return Fact(doc_id="p" * 16, table="narrative", row=row, column="", value=value, kind="narrative", unit="条",
                raw=f"{row}{value:g}条", start=start, end=start + 5, quote_start=start, quote_end=start + 5,
                label_zh=label or f"二、主动公开情况 / {row}")


def test_a_frame_only_label_is_named_by_itself_after_normalising_quotes_other_and_tail_words():
    assert names_frame_only_part("其它类信息", "青禾镇工作动态类和“其它类”各几条")
    assert names_frame_only_part("其它类信息", "青禾镇其他信息有多少条")
    assert names_frame_only_part("其他", "青禾镇“其它”一项有几条")
    assert names_frame_only_part("其他形式", "通过平台和其他形式各公开多少条")
    # (the rest, a dimension, or another word: no part named)
    assert not names_frame_only_part("其它类信息", "除工作动态外其他各类分别多少")
    assert not names_frame_only_part("其它类信息", "按其他类别分别多少")
    assert not names_frame_only_part("其它类信息", "青禾镇工作动态类有几条")


def test_a_breakdown_keeps_the_other_part_the_question_names_beside_a_named_one():
    parts = [_part("工作动态类信息", 40, 10), _part("便民服务类信息", 30, 30), _part("其它类信息", 130, 50)]
    named = named_parts(parts, "青禾镇2021年新增的200条中工作动态类和“其它类”各几条")
    assert [p.row for p in named] == ["工作动态类信息", "其它类信息"]
    # (every part, when the question names none)
    assert named_parts(parts, "青禾镇2021年新增的200条分别是哪几类") == parts


def test_sibling_parts_asked_together_are_no_total_with_parts():
    first, other = _part("工作动态类信息", 40, 10), _part("其它类信息", 130, 50)
    later = [_part("便民服务类信息", 30, 30), other]
    ev = SimpleNamespace(facts=[first, other], breakdown=later)
    assert _siblings_asked(ev)
    # (a total asked beside its part is broken down as before: 170 = 40 + 130)
    total = _part("主动公开信息", 170, 5)
    assert not _siblings_asked(SimpleNamespace(facts=[total, first, other], breakdown=[first, other]))
    assert not _siblings_asked(SimpleNamespace(facts=[first], breakdown=later))


def test_the_names_an_english_ask_lists():
    ask = "how many were staff notices, road works and harbour news?"
    assert named_list_en(ask) == ["staff notices", "road works", "harbour news"]
    assert named_list_en("how many of them were tide tables or ferry times") == ["tide tables", "ferry times"]
    assert named_list_en("how many were published") == []
    assert named_list_en("其中渡口信息几条") == []


def test_each_name_takes_its_own_clearly_nearest_part_or_none_is_matched():
    sims = np.array([[0.86, 0.83, 0.84],
                     [0.81, 0.85, 0.82]])
    assert match_names(["a", "b"], ["甲", "乙", "丙"], sims) == [0, 1]
    # (the surer name chooses first; the other takes the nearest part still free)
    sims = np.array([[0.84, 0.85, 0.81],
                     [0.80, 0.88, 0.82]])
    assert match_names(["a", "b"], ["甲", "乙", "丙"], sims) == [0, 1]
    # (no clear part: too close to another, or too far from every part)
    assert match_names(["a", "b"], ["甲", "乙", "丙"], np.array([[0.84, 0.80, 0.835], [0.80, 0.88, 0.82]])) is None
    assert match_names(["a", "b"], ["甲", "乙", "丙"], np.array([[0.79, 0.70, 0.70], [0.70, 0.88, 0.70]])) is None


def test_english_names_of_listed_parts_are_matched_by_embedding():
    parts = [_part("分别公开渡口信息", 2, 10, "概述 / 分别公开渡口信息"), _part("潮汐信息", 5, 30), _part("码头新闻", 9, 50)]
    assert part_words(parts[0]) == "渡口信息"
    axes = {"渡口信息": 0, "潮汐信息": 1, "码头新闻": 2, "ferry info": 0, "tide tables": 1, "wharf news": 2}

    def vec(text: str) -> np.ndarray:  # a fictional embedder: near its own axis, a little near every other
        v = np.full(3, 0.5, np.float32)
        if text in axes:
            v[axes[text]] = 1.0
        return v / np.linalg.norm(v)

    def leaves(texts: list[str]) -> dict[str, np.ndarray]:
        return {t: vec(t) for t in texts}

    got = parts_named_en("how many were tide tables and ferry info?", parts, vec, leaves)
    assert [p.row for p in got] == ["潮汐信息", "分别公开渡口信息"]
    assert parts_named_en("how many were bus times and parking fees?", parts, vec, leaves) == []
