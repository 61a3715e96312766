"""Plain English words staff use for things the glossary names otherwise (fixer R6's probe): a phrase written in the
singular is also matched in the plural ("court cases", "review petitions"; not a verb's "-s": "issues" are problems), and the
common words with no template entry ("bill" for charging, "purchases", "kept back", "couldn't be supplied", "review
cases", "punishment decisions", "approvals", "debt", "special funds", "three public expenses" …).
All reports here are fictional (青禾县 / Qinghe)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.core.glossary import plural_formed, with_variants
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.query import glossary_groups
from tests.fake_index import answer_from_facts


@pytest.mark.parametrize("phrase, plural", [
    ("court case", "court cases"),
    ("review petition", "review petitions"),
    ("fictional inquiry", "fictional inquiries"),
    ("fictional mailbox", "fictional mailboxes"),
])
def test_a_phrase_in_the_singular_is_also_matched_in_the_plural(phrase, plural):
    assert plural_formed(phrase) == [plural]


@pytest.mark.parametrize("phrase", ["budget", "head", "fictional fees", "fictional received", "fictional sorting", "fictional partly"])
def test_a_word_that_is_no_singular_noun_gets_no_plural(phrase):
    assert plural_formed(phrase) == []


def test_a_verb_of_the_glossary_gets_no_plural_and_the_data_wins():
    # "issue" with "issued" is a verb: "issues" are problems, another sense
    assert plural_formed("fictional issue", {"issue": ("制发",), "issued": ("制发",)}) == []
    out = with_variants({"fictional widget": ("部件",), "fictional widgets": ("别的",), "fictional gadget": ()})
    assert out["fictional widgets"] == ("别的",) and "fictional gadgets" not in out  # (names nothing: no plural)
    assert with_variants({"fictional gadget": ("器件",)})["fictional gadgets"] == ("器件",)


def _words(question: str) -> set[str]:
    return {w for g in glossary_groups(normalise_query(question)) for w in g}


@pytest.mark.parametrize("question, zh", [
    ("Did the Qinghe bureau bill anyone for information in 2023?", "收费"),
    ("Qinghe 2023: how many government purchases, and what did they cost?", "采购"),
    ("How many review cases did Qinghe face in 2023?", "行政复议"),
    ("How many court cases did Qinghe face in 2023?", "行政诉讼"),
    ("Qinghe 2023: how many requests couldn't be supplied?", "无法提供"),
    ("Qinghe 2023: how many requests did the office not deal with?", "不予处理"),
    ("Qinghe 2023: how many requests were left over from 2022?", "上年结转"),
    ("How many punishment decisions did Qinghe make in 2023?", "行政处罚"),
    ("How many approvals did Qinghe grant in 2023?", "行政许可"),
    ("Qinghe 2023: how many items on budgets and final accounts?", "预决算"),
    ("What did Qinghe's 2023 report say about government debt?", "债务"),
    ("How much did Qinghe spend from special funds in 2023?", "专项资金"),
    ("What were Qinghe's three public expenses in 2023?", "三公经费"),
    ("Qinghe 2023: what kind of information did it keep back?", "不予公开"),
    ("How many explanations of policies did Qinghe publish in 2023?", "政策解读"),
    ("How many attendances at training did Qinghe count in 2023?", "人次"),
    ("What did Qinghe refresh on its site in 2023?", "更新"),
    ("How many requests did Qinghe finish dealing with in 2023?", "办结"),
    ("How many normative policy documents did Qinghe issue in 2023?", "规范性文件"),
])
def test_a_plain_staff_word_reaches_the_words_reports_write(question, zh):
    assert zh in _words(question)


def test_review_petitions_are_reviews_not_letters_and_visits():
    words = _words("How many review petitions over information requests did Qinghe face in 2023?")
    assert "行政复议" in words and "信访" not in words


REPORT = Report(doc_id="r" * 16, sources=["qinghe_caizheng_2023.txt"], agency="青禾县财政局", region="青禾县", year=2023,
                aliases=["qinghe"])
ORIGINAL = (
    "青禾县财政局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年,本局收到政府信息公开申请6件,办结6件。\n"
    "本局在办理依申请公开工作中,未向申请人收取任何费用。\n"
)


def test_a_charge_asked_with_bill_is_answered_by_the_statement_of_no_fees():
    a = answer_from_facts(REPORT, ORIGINAL, "Did the Qinghe finance bureau bill anyone for information requests in 2023?",
                          source="qinghe_caizheng_2023.txt")
    assert a.answered and "收取" in a.text


def test_a_comparison_without_a_metric_has_no_stage_stand_in():
    # (a comparison of two reports asked by a labelled figure, no metric: nothing stands in, no error)
    from assistant.several_reports import SeveralReports

    figs = [SimpleNamespace(report=SimpleNamespace(doc_id="a"))]
    docs = [SimpleNamespace(doc_id="a"), SimpleNamespace(doc_id="b")]
    assert SeveralReports._stage_stand_ins(None, SimpleNamespace(metric=None), docs, figs) == []
