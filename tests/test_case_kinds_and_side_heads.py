"""Reconsiderations and lawsuits asked in one ask (one ask per kind, outcomes of each), the open applications asked
as "没办完", and a problems-and-plans answer headed per side (fictional 青禾乡样例 wording)."""

from __future__ import annotations

from assistant.asks import split_asks
from assistant.case_kinds import split_kinds
from assistant.core.metrics import METRICS
from assistant.core.types import Fact
from assistant.query import detect_metric
from assistant.side_heads import side_header


def _kind(text: str) -> str | None:
    m = detect_metric(text, fallback=False)
    return m.key if m is not None else None


def test_one_ask_naming_both_kinds_is_two_asks():
    asks = [a.text for a in split_asks("青禾乡2030年有没有人因为信息公开申请行政复议或者提起行政诉讼")]
    assert [_kind(a) for a in asks] == ["reconsiderations", "lawsuits"]
    asks = [a.text for a in split_asks("did anyone take the qinghe township government to court or ask for a review over disclosure in 2030")]
    assert [_kind(a) for a in asks] == ["reconsiderations", "lawsuits"]


def test_outcome_follow_on_is_asked_of_each_kind():
    asks = [a.text for a in split_asks("青禾乡2030年有没有被申请行政复议或者被起诉？结果如何？")]
    assert len(asks) == 2 and all(a.endswith("结果分别是什么") for a in asks)
    asks = [a.text for a in split_asks("qinghe township 2030: any reconsideration cases or lawsuits about disclosure? what happened?")]
    assert len(asks) == 2 and all("broken down by outcome" in a for a in asks)


def test_one_kind_a_lawsuit_group_or_a_sum_stays_one_ask():
    assert split_kinds("青禾乡2030年行政复议几件") is None
    assert split_kinds("青禾乡2030年复议后起诉的有几件") is None
    assert split_kinds("青禾乡2030年行政复议和行政诉讼一共几件") is None
    assert split_kinds("how many reviews and lawsuits did qinghe face in total") is None


def test_unfinished_applications_in_plain_words():
    carried = next(m for m in METRICS if m.key == "applications_carried_forward")
    assert "没办完" in carried.ask_zh and "not finished" in carried.ask_en


def _item(lead: str, n: int, text: str, start: int) -> Fact:
    return Fact(doc_id="d", table="narrative", row="存在的主要问题及改进情况", column="", kind="item", text_value=text,
                label_zh=f"存在的主要问题及改进情况 / {lead} / 第{n}项", raw=text, start=start, end=start + 5,
                quote_start=start, quote_end=start + 5)


def test_both_sides_each_get_a_heading():
    problems = [_item("2030年我乡信息公开工作还存在一些不足", i, t, i) for i, t in enumerate(["公开栏更新不够及时", "解读形式较为单一"], 1)]
    plans = [_item("2031年，我乡将从以下方面改进", i, t, 10 + i) for i, t in enumerate(["建立公开栏督查机制", "增加图解解读"], 1)]
    group = problems + plans
    assert [side_header(group, f) for f in group] == ["problems", None, "plans", None]
    assert [side_header(problems, f) for f in problems] == [None, None]  # one side only: no heading
