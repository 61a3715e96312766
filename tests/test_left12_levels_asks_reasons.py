"""English level words judged like Chinese ones, "how many A along with how many B" as two asks, reasons written
in other words than 原因.  Fictional reports only (青禾/Qinghe, 云栖/Yunqi, 白沙/Baisha)."""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.figure_premise import _REASON_STATED
from tests.fake_index import answer_from_lines
from tests.test_refusals_round12 import BUREAU, BUREAU_TEXT, _other_level

# --- an English level word after a place's name: "Qinghe city" when the only Qinghe is 青禾区 ------------------------

@pytest.mark.parametrize("question, asked", [
    ("How many applications did the Qinghe city DRC get in 2022?", "Qinghe City"),
    ("Qinghe municipal DRC 2022: applications received?", "Qinghe Municipal"),
    ("What did the Qinghe County development and reform bureau publish in 2022?", "Qinghe County"),
    ("Qinghe's provincial DRC, 2022 — how many requests?", "Qinghe Provincial"),
    ("Yunqi district health commission 2023: how many requests came in?", "Yunqi District"),
])
def test_an_english_level_word_of_another_level_has_no_report(question, asked):
    (got,) = _other_level(question)
    assert got[0] == asked, got


@pytest.mark.parametrize("question", [
    "Qinghe district DRC 2022: how many applications?",  # the report's own level
    "How many requests did the Qinghe DRC get in 2022?",  # no level word
    "Yunqi city health commission 2023: requests received?",
    "Yunqi municipal health commission, 2023, requests?",
    "Baisha county Yangli town 2021: items published?",
    "Baisha city Yangli town 2021: items published?",  # the report's text mentions 白沙市: maybe its city
    "Yangli township government 2021: items published?",  # town, township, subdistrict: loose in English
    "Yangli subdistrict 2021: items published?",
])
def test_an_english_level_word_the_reports_hold_is_no_other_level(question):
    assert _other_level(question) == [], question


# --- "how many A along with / together with / as well as how many B": two asks ---------------------------------

@pytest.mark.parametrize("question", [
    "Qinghe 2023: how many requests came in as well as how many were answered in full?",
    "For Qinghe in 2023, how many requests came in along with how many were answered in full",
    "Qinghe 2023 - how many requests came in together with how many were granted in full",
    "how many requests did Qinghe get in 2023, along with how many were withheld",
    "how many requests came in plus how many were carried over",
])
def test_a_second_how_many_after_a_joiner_is_its_own_ask(question):
    asks = [a.text for a in split_asks(normalise_query(question))]
    assert len(asks) == 2, asks
    assert "came in" not in asks[1] or "how many requests came in" not in asks[1], asks
    # the first ask keeps its own verb, not the second's
    assert not any(v in asks[0] for v in ("answered", "granted", "withheld", "carried")), asks


def test_a_shared_verb_after_two_nouns_still_goes_with_both():
    asks = [a.text for a in split_asks(normalise_query("how many requests and how many complaints did Qinghe receive in 2023"))]
    assert len(asks) == 2 and all("receive" in a for a in asks), asks


# --- a reason written with other words than 原因 -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "申请数量较上年减少,受疫情防控形势影响,群众到窗口提交申请明显减少",
    "申请数量有所增加,源于群众对信访事项办理进度的关注度提高",
    "申请量上升,归因于新设立的网上申请渠道",
    "Requests fell owing to the new online service",
    "the rise resulted from the new online service",
    "the drop was caused by the pandemic",
])
def test_reason_words_beyond_yuanyin(sentence):
    assert _REASON_STATED.search(sentence.lower()), sentence


@pytest.mark.parametrize("reason", [
    "申请数量较上年增加,受群众对信访事项办理进度关注度提高影响。",
    "申请数量较上年增加,源于群众对信访事项办理进度的关注度提高。",
    "申请数量较上年增加,得益于网上申请渠道的开通。",
])
def test_a_reason_in_other_words_answers_why(reason):
    a = answer_from_lines(BUREAU, BUREAU_TEXT + reason + "\n", "青禾县信访局2022年依申请公开为什么增加了？")
    assert a.answered and reason.split(",")[1][:2] in a.text, a.text


# --- followers written with a bare magnitude ("粉丝突破1.2万"): a count, not money ------------------------------------

from assistant.verify import ask_shape, figure_holds_shape  # noqa: E402
from tests.test_refusals_round12 import TOWN, TOWN_TEXT  # noqa: E402


@pytest.mark.parametrize("stated", ["公众号粉丝突破1.2万。", "公众号关注用户1.2万人。", "公众号粉丝达到1.2万余人。"])
@pytest.mark.parametrize("question", [
    "How many WeChat followers did Yangli town, Qinghe, have in 2021?",
    "Yangli town 2021: how many fans did its WeChat account have?",
    "how many subscribers did the Yangli town WeChat account have in 2021?",
    "青禾县样例镇2021年微信公众号有多少粉丝？",
])
def test_followers_stated_with_a_magnitude_are_answered(question, stated):
    a = answer_from_lines(TOWN, TOWN_TEXT.replace("阅读量5万人次。", "阅读量5万人次," + stated), question)
    assert a.answered and "1.2" in a.text, (question, a.text)


@pytest.mark.parametrize("question, figure, fits", [
    ("how many followers did it have", "770万", True),
    ("how many followers did it have", "1.2万人", True),
    ("how many items did it publish", "1.2万条", True),
    ("how many items did it publish", "5万元", False),  # money
    ("how many items did it publish", "5万人次", False),  # people
    ("how many people attended", "3万人次", True),
])
def test_a_magnitude_before_the_unit_is_no_unit(question, figure, fits):
    assert figure_holds_shape(ask_shape(question), figure) is fits
