"""The items a website published asked (issue 10, precision probe): "政府网站发布信息多少条" / "how many items did it
publish on its website" is not answered by a figure whose own clause names the year's total of proactive disclosure
("主动公开政府信息890条") or another channel ("微信公众号等7个") and no website (网站, 门户, 网上 …).  Narrow on purpose:
an ask counting a website's other things (二级栏目, 版块, online interviews, items the main portal picked up) or a
category of its items ("news items", 财政预决算信息) names the website as the place, and its figures are judged as
before; a clause naming neither ("信息发布量…1200条" after "对官网进行了改版") is left to the other rules.

Every text here is written for fictional agencies (青禾县样例局, 青禾县河湾镇, 青禾县样例中心); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.non_count_numbers import only_in_web_address
from assistant.channels import misses_asked_medium
from assistant.query import parse_question
from tests.fake_index import index_of, line_passages

WEBSITE_ASKS = [
    "青禾县样例局2022年政府网站发布信息多少条？",
    "青禾县样例局2022年在门户网站上公开了多少条信息",
    "青禾县样例局2022年官网发布了几条信息？",
    "Qinghe sample bureau, 2022: how many items did it publish on its website?",
    "How many pieces of information did the Qinghe sample bureau post on its portal in 2022?",
    "how many posts went up on the qinghe sample bureau's web site in 2022",
]
NOT_ITEM_ASKS = [  # the website is the place; the thing counted is another
    "青禾县样例局2022年门户网站新设二级栏目多少个？",
    "青禾县样例局2022年网站有多少条专栏",
    "青禾县样例局2022年在网站开展在线访谈多少期",
    "How many sub-columns did the Qinghe sample bureau add to its website in 2022?",
    "How many online interviews did the Qinghe sample bureau hold on its website in 2022?",
    "How many sections does the Qinghe sample bureau's portal have?",
    "How many website visits did the Qinghe sample bureau count in 2022?",
    "How many news items and how many key-area items did the Qinghe sample bureau put on its website in 2022?",
    "青禾县样例局门户网站2022年财政预决算信息和建议提案办理信息各发了多少条",
    "青禾县样例局2022年门户网站发布财政预决算信息多少条？",
    "Qinghe 2022: of the items proactively posted, how many did the main county portal pick up?",
]
OTHER_ASKS = [  # no medium named, or no items counted
    "青禾县样例局2022年主动公开政府信息多少条？",
    "Qinghe sample bureau, 2022: how many items did it proactively disclose?",
    "青禾县样例局2022年微信公众号发布信息多少条？",
    "青禾县样例局2022年收到政府信息公开申请多少件？",
]


@pytest.mark.parametrize("ask", WEBSITE_ASKS)
def test_a_figure_not_naming_the_website_misses_a_website_ask(ask):
    for own in ("2022年全年主动公开政府信息890条", "通过“青禾发布”微信公众号等7个新媒体平台发布信息",
                "2022年全年主动公开信息 (proactive disclosure)", "the bureau actively disclosed 56 documents"):
        assert misses_asked_medium(ask, own), (ask, own)


@pytest.mark.parametrize("ask", WEBSITE_ASKS)
def test_a_figure_naming_the_website_or_no_other_channel_is_kept(ask):
    for own in ("其中在政府门户网站发布信息612条", "通过县政府网站公开信息612条", "在局官网更新信息612条",
                "网上发布信息612条", "612 items were published on the bureau's website",
                "发布招标公告、中标公示等信息785条", "信息发布量由2021年的900条增加到2022年的1200条"):
        assert not misses_asked_medium(ask, own), (ask, own)


@pytest.mark.parametrize("ask", NOT_ITEM_ASKS + OTHER_ASKS)
def test_other_asks_are_not_judged_by_the_website(ask):
    assert not misses_asked_medium(ask, "2022年全年主动公开政府信息890条"), ask


WITH_SITE = Report(doc_id="f" * 16, sources=["qinghe_yangliju_2022.txt"], agency="青禾县样例局", region="青禾县",
                   year=2022, aliases=["qinghe sample bureau"], mentions=["青禾县"])
WITH_SITE_TEXT = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "2022年，我局全年主动公开政府信息890条。\n"
    "通过局门户网站发布信息612条，通过“青禾样例”微信公众号发布信息205条。\n"
    "我局在门户网站新设二级栏目12个，开展在线访谈6期。\n"
)
NO_SITE = Report(doc_id="a" * 16, sources=["qinghe_hewanzhen_2022.txt"], agency="青禾县河湾镇", region="青禾县",
                 year=2022, aliases=["qinghe hewan town"], mentions=["青禾县"])
NO_SITE_TEXT = (
    "青禾县河湾镇2022年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "2022年我镇主动公开政府信息265条。\n"
    "通过“河湾发布”微信公众号等7个新媒体平台及时发布惠民政策。\n"
    "详见镇政府网站信息公开专栏:www.qinghe-hewan.gov.cn/col/col1208756/index.html\n"
)


def _answer(report: Report, text: str, question: str):
    index = index_of(report, text)
    return ExtractiveEngine(index, 0.34).answer(parse_question(question, [report]), line_passages(report, text))


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年政府网站发布信息多少条？",
    "Qinghe sample bureau, 2022: how many items did it publish on its website?",
    "How many pieces of information did the Qinghe sample bureau post on its portal in 2022?",
])
def test_the_website_figure_answers_not_the_proactive_total(question):
    a = _answer(WITH_SITE, WITH_SITE_TEXT, question)
    assert a.answered and "612" in a.text, (question, a.text)
    assert "890" not in a.text and "205" not in a.text, (question, a.text)


@pytest.mark.parametrize("question", [
    "青禾县河湾镇2022年政府网站发布信息多少条？",
    "青禾县河湾镇2022年在门户网站上公开了多少条信息",
    "Qinghe Hewan town, 2022: how many items did it publish on its website?",
    "How many pieces of information did Qinghe Hewan town post on its portal in 2022?",
])
def test_a_report_stating_no_website_figure_is_not_answered_with_the_total(question):
    a = _answer(NO_SITE, NO_SITE_TEXT, question)
    assert "265" not in a.text and "7个" not in a.text and ": 7" not in a.text, (question, a.text)
    assert "1208756" not in a.text, (question, a.text)  # (a page id of the web address)


@pytest.mark.parametrize(("question", "figure"), [
    ("青禾县样例局2022年门户网站新设二级栏目多少个？", "12"),
    ("How many sub-columns did the Qinghe sample bureau add to its website in 2022?", "12"),
    ("青禾县样例局2022年在网站开展在线访谈多少期？", "6"),
    ("How many online interviews did the Qinghe sample bureau hold on its website in 2022?", "6"),
])
def test_things_counted_on_the_website_keep_their_figures(question, figure):
    a = _answer(WITH_SITE, WITH_SITE_TEXT, question)
    assert a.answered and figure in a.text, (question, a.text)


@pytest.mark.parametrize(("number", "text", "inside"), [
    ("1208756", "详见http://www.qinghe-hewan.gov.cn/col/col1208756/index.html", True),
    ("1208756", "（//www.qinghe.gov.cn/col/col1208756/index.html）", True),
    ("1208", "在www.qinghe.gov.cn发布信息1208条", False),
    ("612", "通过局门户网站发布信息612条", False),
    ("47.1", "全年行政事业性收费约47.1万元", False),
    ("96.1", "按期办结率96.1%", False),
])
def test_a_page_id_in_a_web_address_counts_nothing(number, text, inside):
    assert only_in_web_address(number, text) is inside, (number, text)
