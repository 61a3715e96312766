"""Every named part of a list an English question asks, answered one by one from the one sentence listing them
(assistant/listed_names_en.py).  Fictional agencies, words and figures only."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from assistant.core.types import Fact
from assistant.listed_names_en import (
    assign_parts,
    glossed_parts,
    listed_parts_en,
    names_of_ask,
    question_names_en,
    sentence_parts,
)

# a fictional report's sentence: a restated total, then its parts
TEXT = "青禾镇全年主动公开信息90条。主要包括码头动态50条、政策解读30条、潮汐信息10条。另有其他事项。"


def _fact(row: str, raw: str) -> Fact:
    start = TEXT.index(row + raw) + len(row)
    return Fact(doc_id="q" * 16, table="narrative", row=row, column="", value=float(raw.rstrip("条")), kind="narrative",
                unit="条", raw=raw, start=start, end=start + len(raw), quote_start=start, quote_end=start + len(raw),
                label_zh=f"一、主动公开 / {row}")


TOTAL = _fact("青禾镇全年主动公开信息", "90条")
WHARF, POLICY, TIDE = _fact("主要包括码头动态", "50条"), _fact("政策解读", "30条"), _fact("潮汐信息", "10条")
FACTS = [TOTAL, WHARF, POLICY, TIDE]


def test_the_names_of_a_list_are_read_whatever_leads_each_one_in():
    assert question_names_en("qinghe town 2031: of the 90 items, how many were wharf news, how many policy "
                             "interpretation items and how many tide tables?") == ["wharf news", "policy interpretation items", "tide tables"]
    assert question_names_en("qinghe town 2031 — on its website, how many ferry items, tide items and dock items "
                             "were posted?") == ["ferry items", "tide items", "dock items"]
    assert question_names_en("qinghe town: give the number of ferry items, the number of tide items, and the number "
                             "of dock items among its 90 published items.") == ["ferry items", "tide items", "dock items"]
    assert question_names_en("qinghe town: tell me how many ferry items, how many tide items and how many dock "
                             "items there were.") == ["ferry items", "tide items", "dock items"]
    # (asks of other things, one name, or a question in Chinese: no list)
    assert question_names_en("qinghe town: how many requests were handled, how did they come in, and within how "
                             "many days were they answered?") == []
    assert question_names_en("qinghe town: how many ferry items were posted?") == []
    assert question_names_en("青禾镇码头动态、政策解读各多少条") == []
    assert names_of_ask("and how many tide items", ["ferry items", "tide items"]) == [1]


def test_a_sentence_lists_the_figures_of_its_own_sentence_but_the_restated_total():
    assert sentence_parts(POLICY, FACTS, TEXT, [90.0]) == [WHARF, POLICY, TIDE]
    assert sentence_parts(TOTAL, FACTS, TEXT, [90.0]) == []  # (the total's own sentence lists none)


def test_a_name_takes_the_part_its_glossary_rendering_shares_most_with():
    leaves = ["码头动态", "政策解读", "潮汐信息"]
    # "policy interpretation" -> 政策解读 (glossary.toml); "work updates" -> 工作动态 shares 动态 with no other leaf
    assert glossed_parts(["policy interpretation items", "work updates"], leaves) == {0: 1, 1: 0}
    assert glossed_parts(["zzz items"], leaves) == {}


def test_found_parts_stay_and_the_rest_take_the_nearest_free_part():
    parts = [WHARF, POLICY, TIDE]
    sims = np.array([[0.70, 0.70, 0.70],   # a name found by its ask: kept whatever the model says
                     [0.86, 0.70, 0.90],   # nearest to a part already found: the free part it is nearest to
                     [0.70, 0.70, 0.95]])
    assert assign_parts(["aa", "bb", "cc"], parts, {0: POLICY, 2: TIDE}, sims) == [POLICY, WHARF, TIDE]
    # no clear part for a name: nothing assigned
    assert assign_parts(["aa", "bb"], parts, {}, np.array([[0.81, 0.81, 0.70], [0.70, 0.70, 0.70]])) is None


def test_every_ask_of_the_list_gets_its_own_part_and_a_lead_in_piece_is_dropped():
    axes = {"码头动态": 0, "政策解读": 1, "潮汐信息": 2, "wharf news": 0, "tide tables": 2}

    def vec(text: str) -> np.ndarray:  # a fictional embedder: near its own axis
        v = np.full(3, 0.45, np.float32)
        v[axes.get(text, 0)] = 1.0
        return v / np.linalg.norm(v)

    def ev(text: str, facts: list[Fact], context: list[Fact] = ()) -> SimpleNamespace:
        return SimpleNamespace(ask=SimpleNamespace(text=text), facts=list(facts), context=list(context), part="x",
                               sentences=["s"], breakdown=[])

    gatherer = SimpleNamespace(
        index=SimpleNamespace(embedder=SimpleNamespace(embed_query=vec), texts=lambda d: (TEXT, TEXT)),
        fact_index=SimpleNamespace(facts=lambda ids: FACTS,
                                   vectors=SimpleNamespace(of_leaves=lambda leaves: {t: vec(t) for t in leaves})))
    q = SimpleNamespace(norm="qinghe town 2031: of the 90 items, tell me how many wharf news, how many policy "
                             "interpretation items and how many tide tables", doc_ids=["q" * 16])
    out = [ev("qinghe town 2031: of the 90 items, tell me", [], [TOTAL]), ev("how many wharf news", [], [TOTAL]),
           ev("how many policy interpretation items", [POLICY]), ev("and how many tide tables", [TOTAL])]
    listed_parts_en(gatherer, q, out, [90.0])
    assert [e.facts for e in out] == [[WHARF], [POLICY], [TIDE]]
    assert out[0].context == [] and out[0].sentences == [] and out[0].part == ""


def test_two_words_joined_by_or_are_one_name():
    assert question_names_en("qinghe 2031: of the 60 requests, how many were granted fully or partly, how many "
                             "refused and how many not processed?") == ["granted fully or partly", "refused", "not processed"]
