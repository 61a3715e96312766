"""The share each part takes, asked of several parts (phrasing probe AC6), over a fictional report (青禾县样例局 /
Qinghe; no text copied from a report):

- "A和B各占多少", "A与B的占比各是多少", "各占百分之几", "what share was A and what share B" (glossary [patterns]
  share_ask_zh, share_ask_en): the report's stated shares answer ("30条，占75%"), cited by the sentence stating them;
- parts the report gives only counts of: the counts answer, led by a line saying the shares are not stated; a
  breakdown's parts get their share of the cited whole written out ("12[2] ÷ 48[1] = 25%", assistant/shares.py), which
  bench/scoring.py accepts only when the arithmetic over the cited figures is right;
- "分几类、各多少", "分成哪两部分": a breakdown; English "how were the items distributed?" too (glossary breakdown).
"""

from __future__ import annotations

import re

import pytest

from assistant.asks import split_asks, wants_breakdown
from assistant.core.types import Report
from assistant.shares import as_count_question, asks_share_of_parts, share_of_whole, states_shares
from tests.fake_index import answer_from_lines

TEXT = (
    "青禾县样例局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开\n"
    "本局全年主动公开政府信息40条,其中工作动态30条,占比75%;通知公告10条,占比25%。\n"
    "(二)依申请公开\n"
    "本局全年收到政府信息公开申请48件,其中当面申请12件,网上申请30件,信函申请6件。\n"
    "(三)政策解读\n"
    "本局全年发布政策解读20条,其中图文解读8条,占比40%;视频解读12条,占比60%。\n"
)
BUREAU = Report(doc_id="s" * 16, sources=["qinghe_yangliju_2023.txt"], agency="青禾县样例局", region="青禾县",
                year=2023, aliases=["qinghe"])


@pytest.mark.parametrize("question", [
    "青禾县样例局2023年主动公开的信息里，工作动态和通知公告各占多少？",
    "青禾县样例局2023年主动公开信息中，工作动态与通知公告的占比各是多少？",
    "青禾县样例局2023年主动公开信息中，工作动态、通知公告各占百分之几？",
])
def test_stated_shares_answer_a_share_asked_of_parts(question):
    a = answer_from_lines(BUREAU, TEXT, question)
    assert a.answered and "75%" in a.text and "25%" in a.text, a.text
    assert all(re.search(r"75\s*%|25\s*%", c.quote) for c in a.citations), [c.quote for c in a.citations]


def test_counts_answer_when_no_share_is_stated_and_a_breakdown_computes_each_share():
    a = answer_from_lines(BUREAU, TEXT, "青禾县样例局2023年收到的申请按渠道分，各占多少？")
    assert a.answered and a.text.startswith("报告没有写明所问的占比"), a.text
    assert re.search(r"12件\[(\d)\]，占 12\[\1\] ÷ 48\[\d\] = 25%", a.text), a.text
    assert re.search(r"30件\[(\d)\]，占 30\[\1\] ÷ 48\[\d\] = 62\.5%", a.text), a.text


def test_a_stated_share_wins_over_one_worked_out():
    a = answer_from_lines(BUREAU, TEXT, "青禾县样例局2023年发布的政策解读按类别分，各占多少？")
    assert a.answered and "占40%" in a.text and "占60%" in a.text and "÷" not in a.text, a.text


def test_share_words_read_as_count_words():
    assert asks_share_of_parts("a和b各占多少") and asks_share_of_parts("a与b的占比各是多少")
    assert asks_share_of_parts("what share was a and what share b")
    assert asks_share_of_parts("what percentage of the replies went to each outcome")
    assert not asks_share_of_parts("领导信息占比多少") and not asks_share_of_parts("what share of requests came online")
    assert as_count_question("a和b各占多少") == "a和b各多少"
    assert as_count_question("a和b各占多大比例") == "a和b各多少"
    assert as_count_question("a与b的占比各是多少") == "a与b各是多少"
    assert as_count_question("各类申请人分别占多少") == "各类申请人分别多少"
    assert as_count_question("what share of the 66 requests came from each type") == "how many of the 66 requests came from each type"
    assert as_count_question("what share was a and what share b") == "how many was a and how many b"


def test_shares_stated_and_computed_in_sight():
    assert states_shares("甲：30条，占75%[1]\n乙：10条，占25%[2]")
    assert not states_shares("甲：30条[1]\n乙：占25%[2]") and not states_shares("甲：占75%[1]\n报告中没有写明乙。")
    t = {"share_of_whole": "，占 {a}[{na}] ÷ {b}[{nb}] {op} {value}%"}
    assert share_of_whole(12, 2, 48, 1, t) == "，占 12[2] ÷ 48[1] = 25%"
    assert share_of_whole(1, 2, 3, 1, t) == "，占 1[2] ÷ 3[1] ≈ 33.3%"
    assert share_of_whole(1, 2, 0, 1, t) == ""  # no share of none


@pytest.mark.parametrize("question", [
    "青禾县样例局2023年收到的48件申请，分几类、各多少件？",
    "青禾县样例局2023年主动公开的40条信息分成哪两部分？",
    "qinghe 2023: how were the 48 requests distributed?",
    "qinghe 2023: how did the requests it received split up?",
])
def test_kinds_counted_or_a_closing_verb_of_splitting_ask_a_breakdown(question):
    assert wants_breakdown(question.lower())
    asks = split_asks(question.lower())
    assert len(asks) == 1 and asks[0].breakdown or not re.search(r"[\u4e00-\u9fff]", question), asks
