"""An ask of the whole of proactive disclosure (it names 主动 / proactively / on their own initiative, and no channel)
is answered by the report's figure of the whole, not by one channel's items that share the ask's verb ("本局门户网站
全年发布信息236条" for "主动发布了多少信息", "published proactively"); an ask naming the channel is answered by that
channel's figure; where the report states only a channel's items, that figure is what is said, under its own label
(assistant/channels.py narrows_to_channel, assistant/fact_search.py).  Fictional reports (青禾县交通运输局, invented
here).
"""

from __future__ import annotations

import pytest

from assistant.channels import asks_whole_proactive, narrows_to_channel
from assistant.core.types import Report
from assistant.query import detect_metric
from tests.fake_index import answer_from_lines

DOC = "w" * 16
HEAD = "青禾县交通运输局2022年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"
TAIL = "(二)依申请公开情况\n2022年,本局收到政府信息公开申请19件。\n青禾县交通运输局\n2023年1月15日\n"
CHANNELS = ("本局门户网站全年发布信息236条,其中工作动态150条,通知公告31条。\n"
            "本局政务微信公众号全年推送信息120条,政务微博发布信息62条。\n")
WHOLE = HEAD + "2022年,本局主动公开政府信息共418条,涉及政策文件、工作动态、通知公告等内容。\n" + CHANNELS + TAIL
CHANNEL_ONLY = HEAD + "本局门户网站全年发布信息236条,其中工作动态150条,通知公告31条。\n" + TAIL
REPORT = Report(doc_id=DOC, sources=["qinghe_jiaotong_2022.txt"], agency="青禾县交通运输局", region="青禾县",
                year=2022, aliases=["qinghe"])


def _figure(text: str, question: str) -> str:
    return answer_from_lines(REPORT, text, question).text


WHOLE_ASKS = [
    "青禾县交通运输局2022年主动发布了多少信息？",
    "青禾县交通运输局2022年一共主动公布了多少条信息？",
    "青禾县交通运输局2022年主动公开了多少条政府信息？",
    "How many items did the Qinghe transport bureau publish proactively in 2022?",
    "Qinghe transport bureau 2022: total stuff they published on their own initiative?",
    "How many pieces of information did Qinghe transport bureau put out of its own accord in 2022?",
    "Qinghe transport bureau 2022: how many items were proactively published?",
]


@pytest.mark.parametrize("question", WHOLE_ASKS)
def test_whole_asked_is_answered_by_the_whole(question):
    text = _figure(WHOLE, question)
    assert "418" in text and "236" not in text and "120" not in text, text


@pytest.mark.parametrize("question, figure", [
    ("青禾县交通运输局2022年网站发布信息多少条？", "236"),
    ("青禾县交通运输局2022年门户网站主动发布信息多少条？", "236"),
    ("Qinghe transport bureau 2022: how many items on its website?", "236"),
    ("Qinghe transport bureau 2022: how many items did it publish proactively on its website?", "236"),
    ("青禾县交通运输局2022年微信公众号推送了多少条？", "120"),
    ("How many WeChat posts did Qinghe transport bureau publish in 2022?", "120"),
    ("青禾县交通运输局2022年微博发布了多少条信息？", "62"),
    ("Qinghe transport bureau 2022: how many items did it publish proactively on Weibo?", "62"),
])
def test_channel_asked_is_answered_by_the_channel(question, figure):
    text = _figure(WHOLE, question)
    assert figure in text and "418" not in text, text


@pytest.mark.parametrize("question", [
    "青禾县交通运输局2022年主动发布了多少信息？",
    "青禾县交通运输局2022年主动公开了多少条政府信息？",
    "How many items did the Qinghe transport bureau publish proactively in 2022?",
    "Qinghe transport bureau 2022: total stuff they published on their own initiative?",
])
def test_only_a_channel_stated_is_said_as_what_it_is(question):
    # no figure of the whole: the website's items are what the report states, named by their own label
    text = _figure(CHANNEL_ONLY, question)
    assert "236" in text and "网站" in text, text


def test_a_category_asked_is_still_its_own_figure():
    # "主动公开的…工作动态": a category the ask names, not the whole
    assert "150" in _figure(WHOLE, "青禾县交通运输局2022年主动公开的工作动态有多少条？")


@pytest.mark.parametrize("ask", [
    "青禾县交通运输局2022年主动发布了多少信息", "主动公开了多少条", "how many items were published proactively",
    "total stuff they published on their own initiative", "how much did it release of its own accord",
    "how many items did they voluntarily put out",
])
def test_asks_of_the_whole(ask):
    assert asks_whole_proactive(ask)
    assert narrows_to_channel(ask, "本局门户网站全年发布信息236条")
    assert narrows_to_channel(ask, "分别为政府信息公开平台61条、政务微信605条")
    assert not narrows_to_channel(ask, "本局主动公开政府信息共418条")


@pytest.mark.parametrize("ask", [
    "网站主动发布了多少信息", "微信公众号主动推送了多少条", "how many items were published proactively on its website",
    "how many WeChat posts did it publish on its own initiative", "how many items did it publish",  # no 主动: not judged
    "网站发布信息多少条",
])
def test_asks_naming_a_channel_or_no_whole(ask):
    assert not asks_whole_proactive(ask)
    assert not narrows_to_channel(ask, "本局门户网站全年发布信息236条")


@pytest.mark.parametrize("ask", [
    "青禾县交通运输局2022年主动发布了多少信息", "主动公布了多少条政府信息",
    "how much did they put out on their own initiative", "how many items did it publish of its own accord",
])
def test_the_whole_in_other_words_is_the_proactive_metric(ask):
    m = detect_metric(ask)
    assert m is not None and m.key == "proactive_disclosures"
