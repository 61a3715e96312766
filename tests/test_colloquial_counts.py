"""Colloquial count asks that used to decline although the report states the figure (assistant/ask_question.py
unit_answers, assistant/glued_terms.py): an ask of people answered by attendances (人次), an ask in 篇 by pieces
counted in 件 or 条, a channel noun with a verb glued to it by the segmenter ("微博发了多少条").  Fictional agency only
(青禾县样例局)."""

from __future__ import annotations

from assistant.ask_question import unit_answers
from assistant.glued_terms import unglued
from tests.fake_index import answer_from_lines
from tests.fixtures.qinghe_sample import QINGHE

TEXT = ("青禾县样例局2023年政府信息公开工作年度报告\n一、总体情况\n"
        "(一)主动公开\n“青禾发布”官方微博更新520条，“青禾发布”微信公众号推送信息130条。\n"
        "通过门户网站发布政策解读共12件。\n"
        "县档案馆信息查阅点接待群众86人次。\n"
        "二、依申请公开情况\n全年共收到政府信息公开申请31件。\n")


def test_people_asked_are_answered_by_attendances_never_the_other_way():
    assert unit_answers("人", "人次") and unit_answers("名", "人次")
    assert not unit_answers("人", "件") and not unit_answers("人次", "件")
    assert not unit_answers("件", "人次")  # (a count of things is asked: attendances are no answer)


def test_pieces_of_writing_asked_in_pian_are_counted_in_jian_or_tiao():
    assert unit_answers("篇", "件") and unit_answers("篇", "条") and unit_answers("条", "篇")
    assert not unit_answers("篇", "人次") and not unit_answers("篇", "万元")


def test_a_glued_verb_is_cut_only_when_the_noun_is_a_word_of_the_reports():
    idf = {"微博": 2.0, "网站": 1.5}.get
    seen = lambda w: idf(w) or 9.0  # noqa: E731 (9.0: a word no report holds)
    assert unglued("微博发", seen, 9.0) == "微博"
    assert unglued("网站挂", seen, 9.0) == "网站"
    assert unglued("某某发", seen, 9.0) == "某某发"  # (no report writes 某某: the token stays)
    assert unglued("微博", seen, 9.0) == "微博" and unglued("发布", seen, 9.0) == "发布"  # (two characters: a word)
    assert unglued("微博号", seen, 9.0) == "微博号"  # (号 is no glued verb)
    assert unglued("微博发", None, 9.0) == "微博发"


def test_a_channel_asked_with_a_glued_verb_is_answered():
    a = answer_from_lines(QINGHE, TEXT, "青禾县样例局2023年微博发了多少条？")
    assert a.answered and "520" in a.text and "130" not in a.text, a.text


def test_people_received_asked_in_ren_are_answered_by_the_attendances():
    a = answer_from_lines(QINGHE, TEXT, "青禾县样例局2023年，档案馆查阅点一共接待了多少人？")
    assert a.answered and "86" in a.text and "人次" in a.text, a.text


def test_policy_interpretations_asked_in_pian_are_answered_by_the_count_in_jian():
    a = answer_from_lines(QINGHE, TEXT, "青禾县样例局2023年门户网站上政策解读发了几篇？")
    assert a.answered and "12" in a.text, a.text
