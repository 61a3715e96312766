"""assistant/decline_trace.py: a declined answer names the stage that declined it (Answer.declined_at), and
bench/failure_modes.py counts declined answers by stage.  Fictional agencies only (青禾县样例局)."""

from __future__ import annotations

from collections import Counter

from assistant import decline_trace
from assistant.core.metrics import metric
from assistant.core.types import Fact
from assistant.declined_asks import Decline, collect
from assistant.label_fit import fits_ask
from bench.failure_modes import stage_counts, stages_markdown
from tests.fake_index import answer_from_lines
from tests.fixtures.qinghe_sample import QINGHE

TEXT = ("青禾县样例局2023年政府信息公开工作年度报告\n一、总体情况\n"
        "2023年，我局主动公开政府信息420条，其中通过门户网站公开300条。\n"
        "二、依申请公开情况\n全年共收到政府信息公开申请31件。\n")


def _fact(row: str, value: float | None, fact_metric: str | None = None) -> Fact:
    return Fact(doc_id=QINGHE.doc_id, agency="青禾县样例局", year=2023, table="narrative", row=row, column="",
                metric=fact_metric, value=value, kind="narrative", label_zh=f"二、依申请公开情况 / {row}", raw="31件",
                start=0, end=1, quote_start=0, quote_end=1)


def test_the_stage_is_the_first_that_holds_in_chain_order():
    t = decline_trace.Trace()
    assert decline_trace.stage_of(t) == "nothing_found"
    t.vetoes[("sentence", "fit")] += 2
    assert decline_trace.stage_of(t) == "vetoed_candidate:sentence:fit"
    t.vetoes[("fact", "label_fit:row not named")] += 1
    assert decline_trace.stage_of(t) == "vetoed_candidate:label_fit:row not named"
    t.sentences_then_vetoed = 1
    assert decline_trace.stage_of(t) == "vetoed_sentence:fit"
    t.found_then_vetoed["unit or shape"] += 1
    assert decline_trace.stage_of(t) == "vetoed_fact:unit or shape"
    # (what the answer knows of its asks comes before what the gathering saw)
    assert decline_trace.stage_of(t, declines=[Decline(row="重复申请")]) == "declined_check:row"
    assert decline_trace.stage_of(t, declines=[Decline(premise="5件")]) == "declined_check:premise"
    assert decline_trace.stage_of(t, context=True) == "part_not_stated"
    assert decline_trace.stage_of(t, no_asks=True) == "no_asks"
    t.stage = "premise:outcome of none"  # (a step declining on its own names itself)
    assert decline_trace.stage_of(t, no_asks=True) == "premise:outcome of none"


def test_nothing_is_noted_outside_a_traced_answer():
    decline_trace._TRACE.set(None)
    decline_trace.veto("fact", "fit")
    decline_trace.declined_by("no_asks")
    assert decline_trace.current() is None


def test_found_figures_all_turned_down_name_the_check_that_fired_most():
    t = decline_trace.start()
    decline_trace.veto("fact", "fit")  # (before the step: not its doing)
    before = decline_trace.mark()
    decline_trace.veto("fact", "other channel")
    decline_trace.veto("fact", "other channel")
    decline_trace.veto("fact", "fit")
    decline_trace.all_turned_down(["a", "b"], ["a", "b"], [], before)
    assert t.found_then_vetoed == Counter({"other channel": 1})
    decline_trace.all_turned_down(["a"], [], [], before)  # (gone by unit or shape before any check)
    decline_trace.all_turned_down(["a"], ["a"], ["a"], before)  # (one kept: nothing turned down)
    decline_trace.all_turned_down([], [], [], before)  # (nothing found: nothing turned down)
    assert t.found_then_vetoed == Counter({"other channel": 1, "unit or shape": 1})


def test_the_label_fit_notes_its_veto():
    t = decline_trace.start()
    collect()
    total = _fact("全年共收到政府信息公开申请", 31, "applications_received")
    assert not fits_ask(total, metric("applications_received"), f"{total.label_zh} {total.row}", {"重复申请": 1.0}, "重复申请有几件")
    assert t.vetoes[("fact", "label_fit:row not named")] == 1


def test_an_answered_question_has_no_stage_and_a_declined_one_has_one():
    t = decline_trace.start()
    a = answer_from_lines(QINGHE, TEXT, "青禾县样例局2023年主动公开了多少条政府信息？")
    assert a.answered and "420" in a.text and not t.stage
    t = decline_trace.start()
    a = answer_from_lines(QINGHE, TEXT, "青禾县样例局2023年收到的申请里重复申请有几件？")
    # (the text stays the refusal it was, naming the row; the stage says the label fit declined it)
    assert not a.answered and "重复申请" in a.text and t.stage == "declined_check:row"


def verdict(**kw):
    return {"answerable": True, "answered": False, "ok": False, "set": "fresh9", **kw}


def test_declined_answers_are_counted_by_stage_tuning_and_holdout_apart():
    questions = {"a": verdict(declined_at="vetoed_fact:fit"), "b": verdict(set="holdout9", declined_at="vetoed_fact:other channel"),
                 "c": verdict(set="holdout9", declined_at="nothing_found"), "d": verdict(set="holdout9"),
                 "e": verdict(set="holdout9", answered=True, declined_at=""), "f": verdict(set="dev", declined_at="no_asks")}
    assert stage_counts(questions) == {"tuning": Counter({"vetoed_fact": 1}),
                                       "holdout": Counter({"vetoed_fact": 1, "nothing_found": 1, "unknown": 1})}
    table = stages_markdown(questions)
    assert "| vetoed_fact:other channel | 0 | 1 |" in table and "| unknown | 0 | 1 |" in table


def test_a_scope_refusal_names_its_stage_and_keeps_its_text():
    from types import SimpleNamespace

    from assistant.api import QAChain, _refused
    from assistant.core.types import AskState

    chain = SimpleNamespace(engine=SimpleNamespace(name="extractive"))
    chain._early = lambda state, text: QAChain._early(chain, state, text)
    out = _refused(chain, AskState(question="青禾县白沙镇2024年收到多少申请？"), "没有白沙镇的报告。", "unknown place")
    assert out.early.text == "没有白沙镇的报告。" and not out.early.answered
    assert out.early.declined_at == "scope:unknown place" and out.early.notes == []
