"""The last look when an ask's searches found nothing (assistant/nearest_figure.py): the one prose figure of the report
in scope that the ask's own words clearly mean by embedding, only when it stands out and passes the unit, shape and
not-stated checks; a trap (nothing stands out) stays unanswered.  Fictional agencies, figures and vectors only."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from assistant import decline_trace
from assistant.core.glossary import GLOSSARY
from assistant.core.metrics import METRICS
from assistant.core.types import Fact
from assistant.nearest_figure import ask_words, nearest_figure, nothing_seen_since, snapshot, standing_out

DOC = "q" * 16


def _fig(words: str, value: float, start: int, unit: str = "条") -> Fact:
    return Fact(doc_id=DOC, table="narrative", row=words, column="", value=value, kind="narrative", unit=unit,
                raw=f"{words}{value:g}{unit}", start=start, end=start + 8, quote_start=start, quote_end=start + 8,
                label_zh=f"二、主动公开情况 / {words}")


FIGURES = [_fig("在镇政府网站发布信息", 321, 10), _fig("收到政府信息公开申请", 2, 190, "件"), _fig("召开专题会议", 4, 40, "次"), _fig("受理来信", 17, 70, "件"),
           _fig("培训干部", 55, 100, "人次"), _fig("更新公开目录", 9, 130, "项"), _fig("接待来访群众", 230, 160, "人次")]

# one axis per figure's own words; the asks written in words no figure uses, placed by hand near the figure they mean
_AXES = {f.row: i for i, f in enumerate(FIGURES)}
_ASKS = {
    "挂到网上的东西有多少条": (0, 0.95),  # the website figure, in everyday words
    "挂到网上的东西有多少人次": (0, 0.95),  # ... asked in a unit that figure is not counted in
    "收到多少面锦旗": (None, 0.0),  # a thing the report never counts: near nothing
    "开会和来信一共多少": ((1, 2), 0.7),  # near two figures alike: nothing stands out
    "网站是谁管的": (0, 0.95),  # no count asked
    "在哪几个网站发布信息": (0, 0.95),  # which things asked: a count is no answer
    "信息是在哪几个平台上发布的": (0, 0.95),  # ... which channels
    "全年主动晒出来的一共多少件": (1, 0.95),  # proactive disclosure asked, the figure of applications received nearest
}


def _vec(axis, weight: float) -> np.ndarray:
    v = np.full(8, 0.3, np.float32)
    for a in (axis if isinstance(axis, tuple) else (axis,)):
        if a is not None:
            v[a] += weight * 3
    return v / np.linalg.norm(v)


class _Embedder:
    def embed_query(self, text: str) -> np.ndarray:
        return _vec(*_ASKS[text])


class _Vectors:
    def of_leaves(self, leaves):
        return {t: _vec(_AXES[t], 1.0) for t in leaves}


FACT_INDEX = SimpleNamespace(facts=lambda ids: FIGURES if ids == [DOC] else [], vectors=_Vectors(),
                             index=SimpleNamespace(embedder=_Embedder()))


def _ask(text: str, doc_ids=(DOC,), metric=None):
    return SimpleNamespace(norm=f"青禾镇2023年{text}", doc_ids=list(doc_ids), entities=["青禾镇"], metric=metric,
                           terms={}, language="zh")


def _nearest(text: str, doc_ids=(DOC,), metric=None):
    return nearest_figure(FACT_INDEX, _ask(text, doc_ids, metric), {}, ["青禾镇"], lambda f: f.label_zh)


def test_the_asks_own_words_leave_out_the_reports_name_and_years():
    assert ask_words("青禾镇2023年挂到网上的东西有多少条", ["青禾镇"]) == "挂到网上的东西有多少条"
    assert ask_words("qinghe town 2023: how many things went online", ["qinghe town"]) == "how many things went online"
    assert ask_words("23年青禾镇的19位领导", ["青禾镇"]) == "的19位领导"  # (a count is no year)


def test_a_figure_reachable_only_by_the_last_look_answers():
    assert [f.value for f in _nearest("挂到网上的东西有多少条")] == [321]


def test_nothing_standing_out_or_a_thing_never_counted_stays_unanswered():
    assert _nearest("收到多少面锦旗") == []  # (the trap: the report never counts it)
    assert _nearest("开会和来信一共多少") == []  # (two figures alike: neither stands out)


def test_the_last_look_keeps_every_check_of_a_found_figure_and_asks_only_of_one_report_count():
    assert _nearest("挂到网上的东西有多少人次") == []  # (the unit asked is not the figure's)
    assert _nearest("网站是谁管的") == []  # (no count asked: a name is no figure)
    assert _nearest("挂到网上的东西有多少条", doc_ids=()) == []  # (no report in scope)
    assert _nearest("挂到网上的东西有多少条", doc_ids=(DOC, "r" * 16)) == []  # (several reports)
    # (the figure standing out counts another metric than the one the ask's words gave: no answer)
    proactive = next(m for m in METRICS if m.key == "proactive_disclosures")
    assert _nearest("全年主动晒出来的一共多少件", metric=proactive) == []


def test_standing_out_needs_a_gap_over_the_median_and_a_margin_over_the_next():
    base = {"a": 0.80, "b": 0.80, "c": 0.81, "d": 0.79, "e": 0.80}
    assert standing_out({**base, "x": 0.87}) == "x"
    assert standing_out({**base, "x": 0.87, "y": 0.86}) == ""  # (a rival too close)
    assert standing_out({**base, "x": 0.83}) == ""  # (too little above the median)
    assert standing_out({"a": 0.5, "x": 0.9}) == ""  # (too few figures to judge)
    # (the figure's own share is no rival of it)
    assert standing_out({**base, "网站信息": 0.87, "网站信息占比": 0.865}) == "网站信息"


def test_the_last_look_comes_only_when_no_candidate_was_turned_down():
    decline_trace.start()
    try:
        before = snapshot()
        assert nothing_seen_since(before)
        decline_trace.veto("sentence", "cover short")
        assert not nothing_seen_since(before)
    finally:
        decline_trace._TRACE.set(None)


def test_an_ask_of_which_things_gets_no_bare_count_from_the_last_look():
    assert not GLOSSARY.patterns["nearest_count_ask"].search("下一步在哪几个平台发布")  # (哪几个 asks names)
    assert GLOSSARY.patterns["nearest_count_ask"].search("发布了几个")
    assert _nearest("在哪几个网站发布信息") == []
    assert _nearest("信息是在哪几个平台上发布的") == []


def test_no_trace_running_means_no_last_look():
    decline_trace._TRACE.set(None)
    before = snapshot()
    assert before is None and not nothing_seen_since(before)  # (a veto would go unseen: a declined figure stays declined)


def test_a_count_dropped_for_an_ask_of_which_things_is_seen_as_turned_down():
    from assistant.thing_asks import counts_not_asked
    decline_trace.start()
    try:
        before = snapshot()
        count = _fig("在镇政府网站发布信息", 321, 10)
        assert counts_not_asked([count], "青禾镇2023年信息在哪几个方面公开") == []
        assert not nothing_seen_since(before)
    finally:
        decline_trace._TRACE.set(None)
