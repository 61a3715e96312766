"""Asks of a list's items worded otherwise than "哪些" / "which", and a shortened ask after an ask of a share
(fixer CF8).  Fictional reports only (青禾县样例局).

- "不足有几项？分别是什么", "用了几个平台，都是哪些", "how many … are in it, and what are they": a count asked with the
  items it counts asks the items ("哪些…", "which …"), each listed and cited;
- "请列举…存在的问题", "…分属的类别，请列举", "list the sections of …": a command to list asks the items; a command that
  counts ("列出各类别分别多少条", "list the number of …") stays a count;
- "…哪些渠道发布？请列举": a closing command adds no ask;
- "A占百分之几？B呢？": the shortened second ask asks B's share too, not its count.
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.items_worded import items_asked_as_which
from assistant.shortened_shares_zh import with_share_of_before_zh
from tests.fake_index import answer_from_lines

PROBLEMS = (
    "青禾县样例局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年,本局主动公开政府信息318条。其中政策文件类42条,占13.2%;工作动态类276条,占86.8%。\n"
    "五、存在的主要问题及改进情况\n"
    "(一)存在的主要问题\n"
    "1.政策解读形式比较单一,图解和视频解读偏少。\n"
    "2.公开栏目更新不够及时,部分栏目内容陈旧。\n"
    "3.依申请公开答复的规范化程度有待提高。\n"
)
REPORT = Report(doc_id="i" * 16, sources=["qinghe_yangliju_2021.txt"], agency="青禾县样例局", region="青禾县",
                year=2021, aliases=["qinghe", "qinghexian"])


@pytest.mark.parametrize(("question", "read"), [
    ("局里的不足有几项？分别是什么", "局里的不足有哪些"),
    ("主动公开用了几个平台？分别是什么", "主动公开用了哪些平台"),
    ("共有几项措施，都是哪些？", "共有哪些措施？"),
    ("how many 'openings' are in the plan the report names, and what are they?",
     "which 'openings' are in the plan the report names?"),
    ("公开了27条信息，请列举它们分属的类别", "公开了27条信息，它们分属的类别有哪些"),
    ("都通过哪些渠道发布？请列举", "都通过哪些渠道发布？"),
    ("list the sections of the report's full text.", "which sections of the report's full text?"),
    ("sample bureau 2021: list the rules it drew up", "sample bureau 2021: which rules it drew up?"),
])
def test_items_asked_in_other_words_read_as_which(question, read):
    assert items_asked_as_which(question) == read


@pytest.mark.parametrize("question", [
    "设了几个栏目？分别发了多少条",  # a count of each item
    "收到几件申请？分别是什么结果",  # the outcomes of a count, not the items counted
    "列出各类别分别多少条",  # a command that counts
    "list the number of requests",
    "how many requests were there and what were they about?",
    "不足有哪些",
])
def test_counts_and_plain_item_asks_stay_as_they_are(question):
    assert items_asked_as_which(question) == question


@pytest.mark.parametrize("question", [
    "青禾县样例局2021年报中提到的不足有几项？分别是什么",
    "请列举青禾县样例局2021年信息公开工作中存在的问题",
])
def test_every_item_of_the_problems_is_listed_and_cited(question):
    a = answer_from_lines(REPORT, PROBLEMS, question)
    assert a.answered, a.text
    for item in ("政策解读形式比较单一", "公开栏目更新不够及时", "规范化程度有待提高"):
        assert item in a.text, a.text
    assert len(a.citations) >= 3, a.text


def test_a_shortened_ask_after_a_share_asks_the_share():
    asks = split_asks(normalise_query("青禾县样例局2021年公开的信息里，政策文件类占百分之几？工作动态类呢？").strip())
    assert [a.text for a in asks][-1] == "工作动态类占比多少"
    assert with_share_of_before_zh("工作动态类呢", "政策文件类有多少条") == "工作动态类呢"  # the ask before counts
    assert with_share_of_before_zh("工作动态类多少条呢", "政策文件类占比多少") == "工作动态类多少条呢"  # asks its own


def test_both_shares_are_answered():
    a = answer_from_lines(REPORT, PROBLEMS, "青禾县样例局2021年公开的信息里，政策文件类占百分之几？工作动态类呢？")
    assert "13.2%" in a.text and "86.8%" in a.text, a.text
