"""bench/engine_eval.py's plumbing: the even sample, the model-reply cache, scoring rows, the head-to-head.
Fakes only (no store, no model)."""

from __future__ import annotations

from langchain_core.messages import HumanMessage
from langchain_core.output_parsers import StrOutputParser

from bench.engine_eval import even_sample, figures, head_to_head, replay_chat, scored_rows
from tests.fake_chat import scripted


def test_even_sample_keeps_every_kind_in_its_share():
    records = [{"id": f"a{i}", "kind": "a"} for i in range(6)] + [{"id": f"b{i}", "kind": "b"} for i in range(3)]
    picked = [r["id"] for r in even_sample(records, 2)]
    assert picked == ["a0", "a2", "a4", "b0", "b2"]
    assert even_sample(records, 1) == records


def test_replay_chat_asks_the_model_once_per_prompt_and_replays_it(tmp_path):
    inner = scripted("样例局收到申请 7件[1]。")
    path = tmp_path / "model.jsonl"
    model = replay_chat(inner, path)
    chain = model | StrOutputParser()
    first = "".join(chain.stream([HumanMessage("问题一")]))
    again = "".join(chain.stream([HumanMessage("问题一")]))
    assert first == again == "样例局收到申请 7件[1]。"
    assert (model.misses, model.hits, len(inner.calls)) == (1, 1, 1)
    # a new process (a resumed run) replays from the file, without the model
    resumed = replay_chat(scripted("something else"), path)
    assert resumed.invoke([HumanMessage("问题一")]).content == first and resumed.misses == 0


def _answer(text: str, answered: bool = True, quotes=()) -> dict:
    return {"answer": {"text": text, "answered": answered,
                       "citations": [{"quote": q, "title": "样例局2023年报告"} for q in quotes]}, "latency_ms": 10.0}


def test_scored_rows_count_unsupported_numbers_and_outcomes():
    records = [{"id": "q1", "kind": "fact", "lang": "zh", "question": "样例局收到多少申请？", "answerable": True,
                "gold_values": [["7"]]},
               {"id": "q2", "kind": "unanswerable", "lang": "zh", "question": "样例局无人机几次？", "answerable": False}]
    extractive = scored_rows(records, [_answer("7件[1]", quotes=["收到申请7件"]), _answer("没有找到", answered=False)])
    model = [_answer("7件[1]，另有9件[1]", quotes=["收到申请7件"]), _answer("3次[1]", quotes=["巡检3次"])]
    model[0]["gen"] = {"outcome": "verified"}
    local = scored_rows(records, model)
    assert [r["unsupported"] for r in local] == [True, False]  # 9 is in no cited quote
    f = figures(local)["overall"]
    assert f["unsupported_rate"] == 0.5 and f["refusal_accuracy"] == 0.0
    assert f["outcomes"] == {"verified": 1} and f["model_shown"] == 1 and f["model_shown_correct"] == 0
    h = head_to_head(extractive, local)
    assert h["better"] == [] and h["worse"] == ["q1", "q2"] and h["same_text"] == 0
