"""Follow-up questions resolved against the chat history: rules, and the checked model rewrite."""

from __future__ import annotations

import pytest

from assistant.followup import Condenser, acceptable, history_turns, read_slots, resolve_rules
from assistant.core.types import Report
from tests.fake_chat import failing, scripted

# fictional sample agencies (the repo's samples/reports)
REPORTS = [
    Report(doc_id="q23", agency="青禾县信访局", region="青禾县", year=2023, aliases=["qinghe", "qinghe county", "petitions bureau"]),
    Report(doc_id="q16", agency="青禾县信访局", region="青禾县", year=2016, aliases=["qinghe", "petitions bureau"]),
    Report(doc_id="c22", agency="云栖市翠湖区人民政府办公室", region="翠湖区", year=2022, aliases=["cuihu", "cuihu district"]),
]

APPS_ZH = "青禾县信访局2023年收到多少政府信息公开申请？"
APPS_EN = "how many applications did Qinghe receive in 2023"


def _history(*questions: str) -> list[dict]:
    out = []
    for q in questions:
        out += [{"role": "user", "content": q}, {"role": "assistant", "content": "……16件[1]"}]
    return out


def resolved(question: str, *earlier: str) -> str:
    return resolve_rules(question, _history(*earlier), REPORTS).question


@pytest.mark.parametrize(
    "earlier, followup, expected",
    [
        (APPS_ZH, "那2016年呢？", "青禾县信访局2016年收到多少政府信息公开申请？"),
        (APPS_ZH, "2016年的呢", "青禾县信访局2016年收到多少政府信息公开申请？"),
        (APPS_ZH, "那张店区呢？", "张店区2023年收到多少政府信息公开申请？"),
        (APPS_ZH, "那翠湖区呢？", "翠湖区2023年收到多少政府信息公开申请？"),
        (APPS_ZH, "行政复议呢？", "青禾县信访局2023年行政复议有多少？"),
        (APPS_ZH, "它的联系电话是多少？", "青禾县信访局2023年联系电话是多少"),
        (APPS_EN, "and in 2016?", "how many applications did Qinghe receive in 2016"),
        (APPS_EN, "what about lawsuits?", "how many lawsuits did Qinghe have in 2023?"),
        (APPS_EN, "What about Zhangdian?", "how many applications did Zhangdian receive in 2023"),
        (APPS_EN, "What about Cuihu in 2022?", "how many applications did Cuihu receive in 2022"),
        (APPS_EN, "And its phone number?", "phone number of Qinghe in 2023"),
    ],
)
def test_followups_resolve_against_the_earlier_question(earlier, followup, expected):
    assert resolved(followup, earlier) == expected


def test_a_chain_of_followups_carries_every_slot():
    # applications 2023 -> lawsuits (topic) -> 2016 (year): lawsuits in 2016
    assert resolved("and in 2016?", APPS_EN, "what about lawsuits?") == "how many lawsuits did Qinghe have in 2016?"
    assert resolved("主动公开了多少条？", APPS_ZH, "那2016年呢？") == "青禾县信访局2016年主动公开了多少条"


@pytest.mark.parametrize(
    "question",
    [
        "翠湖区2022年行政诉讼有多少件？",  # names whom and what: standalone
        "哪些报告提到了业务培训？",  # about the whole collection
        "which reports mention training?",
        "谢谢",  # not a question about the reports
    ],
)
def test_standalone_questions_are_left_alone(question):
    r = resolve_rules(question, _history(APPS_ZH), REPORTS)
    assert r.question == question and r.method == "unchanged" and not r.rewritten


def test_no_history_no_change():
    assert resolve_rules("那2016年呢？", [], REPORTS).question == "那2016年呢？"
    assert resolve_rules("那2016年呢？", None, REPORTS).method == "unchanged"


def test_history_formats():
    # Gradio messages (content as text or as parts) and (user, assistant) pairs
    assert history_turns([{"role": "user", "content": [{"type": "text", "text": APPS_ZH}]}]) == [("user", APPS_ZH)]
    assert history_turns([(APPS_ZH, "16件[1]")]) == [("user", APPS_ZH), ("assistant", "16件[1]")]
    assert resolve_rules("那2016年呢？", [(APPS_ZH, "16件[1]")], REPORTS).question.startswith("青禾县信访局2016年")


def test_slots_of_a_followup():
    s = read_slots("那张店区呢？", REPORTS)
    assert s.entities == ["张店区"] and s.topic == "" and s.followup_marker
    s = read_slots("what about lawsuits?", REPORTS)
    assert s.entities == [] and s.topic == "lawsuits"
    s = read_slots(APPS_ZH, REPORTS)
    assert s.entities == ["青禾县信访局"] and s.years == [2023] and s.topic and s.wants_number


# --- the model rewrite, checked -----------------------------------------------------------------

def test_model_rewrite_is_used_when_it_asks_the_same_thing():
    model = scripted("青禾县信访局在2016年一共收到了多少政府信息公开申请？")
    r = Condenser(model).condense("那2016年呢？", _history(APPS_ZH), REPORTS)
    assert r.method == "llm"
    assert r.question == "青禾县信访局在2016年一共收到了多少政府信息公开申请？"
    # the prompt is prompts/condense.zh.txt with the earlier question and the follow-up
    prompt = "\n".join(m.content for m in model.calls[0])
    assert "独立问题" in prompt and APPS_ZH in prompt and "那2016年呢？" in prompt


@pytest.mark.parametrize(
    "reply",
    [
        "青禾县信访局2022年收到多少政府信息公开申请？",  # wrong year
        "翠湖区2016年收到多少政府信息公开申请？",  # wrong agency
        "青禾县信访局2016年行政诉讼有多少？",  # wrong metric
        "青禾县信访局2016年收到的16件申请是哪些？",  # a number from nowhere (the earlier answer)
        "",
    ],
)
def test_model_rewrite_that_changes_the_question_is_dropped_for_the_rules(reply):
    r = Condenser(scripted(reply)).condense("那2016年呢？", _history(APPS_ZH), REPORTS)
    assert r.method == "rules"
    assert r.question == "青禾县信访局2016年收到多少政府信息公开申请？"


def test_model_failure_falls_back_to_the_rules():
    r = Condenser(failing()).condense("what about lawsuits?", _history(APPS_EN), REPORTS)
    assert (r.method, r.question) == ("rules", "how many lawsuits did Qinghe have in 2023?")


def test_standalone_question_costs_no_model_call():
    model = scripted("should not be used")
    calls = []
    r = Condenser(lambda: calls.append(1) or model).condense("翠湖区2022年行政诉讼有多少件？", _history(APPS_ZH), REPORTS)
    assert r.method == "unchanged" and calls == [] and model.calls == []


def test_acceptable_checks_places_the_store_does_not_hold():
    rules = "张店区2023年收到多少政府信息公开申请？"
    assert acceptable("张店区在2023年收到了多少政府信息公开申请？", rules, APPS_ZH + "那张店区呢？", REPORTS)
    assert not acceptable("青禾县2023年收到了多少政府信息公开申请？", rules, APPS_ZH + "那张店区呢？", REPORTS)


@pytest.mark.parametrize(
    "question",
    [
        "国家统计局2008年主动公开了多少条信息？",  # names its own agency (not in the store): not the earlier one's
        "How many applications did the Hainan food and drug administration receive in 2014?",
        "2016年主动公开了多少条政府信息？",  # names its own year and asks: a new question
    ],
)
def test_a_question_naming_its_own_agency_or_year_is_not_a_followup(question):
    r = resolve_rules(question, _history(APPS_ZH), REPORTS)
    assert r.question == question and not r.rewritten


def test_a_question_that_refers_back_is_still_a_followup():
    assert resolved("该局2016年主动公开了多少条？", APPS_ZH) != "该局2016年主动公开了多少条？"
