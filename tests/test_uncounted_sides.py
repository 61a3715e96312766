"""A side of a comparison the report never counts (assistant/uncounted_sides.py): one rule, judged before the search
by the report's words and after it by what each side's ask found.  Fictional 青禾县 reports."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.query import parse_question
from assistant.uncounted_sides import uncounted, uncounted_sides
from tests.fake_index import answer_from_lines
from tests.test_compare_year_lists_and_hedges import BUREAU, BUREAU_TEXT
from tests.test_not_stated_checks import ONE_YEAR, SIDES_INDEX


def test_the_rule_names_the_uncounted_sides_only_while_another_side_is_counted():
    found = SimpleNamespace(facts=["fact"], sentences=[])
    said = SimpleNamespace(facts=[], sentences=["sentence"])
    nothing = SimpleNamespace(facts=[], sentences=[])

    def by_evidence(ask):  # (as the answer judges an ask after the search)
        return ask.facts or ask.sentences

    assert uncounted([found, nothing], by_evidence) == [nothing]
    assert uncounted([said, nothing, found], by_evidence) == [nothing]
    assert uncounted([found, said], by_evidence) == []  # every side counted
    assert uncounted([nothing, nothing], by_evidence) == []  # none counted: nothing of this report compared
    assert uncounted([nothing], by_evidence) == []  # one side compares with nothing asked
    # a side left to the answer (the thing before 比) counts as counted
    assert uncounted(["图解"], lambda side: False, other_side_left=True) == ["图解"]


# --- before the search: the report's words ----------------------------------------------------------------------------


@pytest.mark.parametrize("question, side", [
    ("青禾县样例局2023年法规类信息比图解类多吗？", "图解"),
    ("青禾县样例局2023年工作动态类信息比通知公告类多不多？", "通知公告"),
    ("青禾县样例局2023年发布的法规类信息是不是比领导活动信息多？", "领导活动"),
    ("Qinghe Yangli bureau 2023: were there more work-update items than items on its notice board?", "items on its notice board"),
])
def test_a_side_the_report_never_writes_cannot_be_compared(question, side):
    assert uncounted_sides(parse_question(question, ONE_YEAR), SIDES_INDEX) == [side], question


@pytest.mark.parametrize("question", [
    "青禾县样例局2023年法规类信息比工作动态类多吗？",  # both sides written
    "青禾县样例局2023年主动公开的信息比上年多吗？",  # a time, no thing
    "青禾县样例局2023年收到了120件申请，比上一年多这么多是啥原因？",  # the year before, no thing
    "青禾县样例局2023年当面申请比来信申请多几件？",  # parts of the applications: the parts' words judge them
    "青禾县样例局2023年法规类信息占比是多少？",  # no comparison (比 of 占比 / 比例)
    "Qinghe Yangli bureau 2023: were there more work-update items than regulation items?",  # both written
    "Qinghe Yangli bureau 2023: were there more work-update items than zebra items?",  # no glossary words: left
])
def test_a_side_the_report_writes_or_no_side_is_left_to_the_answer(question):
    assert not uncounted_sides(parse_question(question, ONE_YEAR), SIDES_INDEX), question


# --- after the search: a side's ask found nothing while another found its figure (assistant/answer.py) -----------------


@pytest.mark.parametrize("question, side", [
    ("青禾县样例局2023年门户网站发布的信息和抖音号发布的作品哪个多？多几条？", "抖音"),
    ("青禾县样例局2023年通过抖音号发布的作品比门户网站多几条？", "抖音"),
])
def test_a_comparison_with_a_side_the_report_never_counts_is_declined_naming_that_side(question, side):
    a = answer_from_lines(BUREAU, BUREAU_TEXT, question)
    assert not a.answered, a.text
    assert any(side in line and "没有写明" in line for line in a.text.splitlines()), a.text
    assert "相差" not in a.text, a.text


def test_a_comparison_of_two_counted_sides_is_still_answered():
    a = answer_from_lines(BUREAU, BUREAU_TEXT, "青禾县样例局2023年门户网站发布的信息和微信公众号推送的信息哪个多？多几条？")
    assert a.answered and "270" in a.text, a.text
