"""Round-14 English kinds (issue 10) on fictional reports (青禾县人民政府办公室, 青禾县青苗镇, 青禾县文旅局, invented here):
- a word of emphasis after a negation or an auxiliary splits no phrase ("the office didn't actually hold the info":
  the row 本机关不掌握, not the first child of 不予公开 that "turned down" names);
- a channel's name right before another's names the owner of that account ("青禾政府网微信公众号推送信息…" counts
  WeChat posts), and "posts on the portal" are the items the website published (发布);
- a figure named for how far posts reached (阅读量, 粉丝) answers no ask counting items ("how many via WeChat");
- a total said twice before its parts ("累计公开信息80条,主动公开80条。其中…") breaks down into those parts, and
  "what were the parts" asks for them;
- an English "how many <people>" ask (cadres, civil servants, volunteers …) is answered by a figure of people, and one
  counting visitors a place received names no applications received;
- an ask for the body whose report it is ("which ministry is behind the report where …") names that body first;
- "list the … they drew up" of one report asks for its items, not a ranking of reports.
"""

from __future__ import annotations

import re

import pytest

from assistant.aggregate import detect_intent
from assistant.asks import wants_breakdown
from assistant.channels import channels_named, counts_other_channel
from assistant.core.glossary import GLOSSARY
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.counted_things import counts_unasked_reach
from assistant.query import detect_metric
from assistant.question_rewrites import without_fillers
from assistant.verify import ask_shape
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD


def _norm(question: str) -> str:
    return normalise_query(question).strip()


def _figures(text: str) -> list[str]:
    return re.findall(r"(?<![\d\[])\d+(?![\d\]])", re.sub(r"\b20\d\d\b", "", text.replace(",", "")))


# --- words of emphasis inside a phrase ------------------------------------------------------------------------------

@pytest.mark.parametrize("question, phrase", [
    ("requests turned down because the office didn't actually hold the info", "didn't hold the info"),
    ("requests that were not really processed", "not processed"),
    ("requests it could not in fact provide", "could not provide"),
    ("the ones it did not truly hold", "did not hold"),
    ("how many had it even received", "had it even received"),  # (after the subject: no phrase split)
])
def test_a_word_of_emphasis_after_a_negation_or_auxiliary_is_dropped(question, phrase):
    assert phrase in without_fillers(_norm(question))


def test_a_check_of_a_figure_keeps_its_word_of_emphasis():
    assert without_fillers("did they really get 120?") == "did they really get 120?"


OFFICE = (
    "青禾县人民政府办公室2019年政府信息公开工作年度报告\n"
    + T3_HEAD +
    "一、本年新收政府信息公开申请数量 | 61 | 7 | 0 | 0 | 1 | 0 | 69 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 20 | 2 | 0 | 0 | 0 | 0 | 22 |\n"
    "(三)不予公开 | 1.属于国家秘密 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
    "2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
    "(四)无法提供 | 1.本机关不掌握相关政府信息 | 37 | 5 | 0 | 0 | 1 | 0 | 43 |\n"
    "2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "(七)总计 | 61 | 7 | 0 | 0 | 1 | 0 | 69 |\n"
    "青禾县人民政府办公室\n"
    "2020年1月20日\n"
)
OFFICE_REPORT = Report(doc_id="a" * 16, sources=["qinghe_bangongshi_2019.txt"], agency="青禾县人民政府办公室",
                       region="青禾县", year=2019, aliases=["qinghe", "qinghe county gov office"])


@pytest.mark.parametrize("question", [
    "Qinghe county gov office, 2019 report: how many requests from private individuals got turned down because the "
    "office didn't actually hold the info?",
    "Qinghe 2019: requests from individuals refused as the office did not really have the information?",
    "Qinghe 2019 — individuals' requests it couldn't answer because it didn't possess the info: how many?",
    "Qinghe 2019: how many requests by individuals were refused because the office did not hold the information?",
])
def test_the_row_of_info_not_held_in_words_split_by_emphasis(question):
    a = answer_from_lines(OFFICE_REPORT, OFFICE, question)
    assert a.answered and "37" in _figures(a.text) and "3" not in _figures(a.text), a.text


@pytest.mark.parametrize("question, metric", [
    ("how many requests got turned down because the office didn't hold the info", None),
    ("how many were turned down because they were repeated requests", None),
    ("how many were refused as state secrets", "applications_withheld"),
    ("how many requests were withheld", "applications_withheld"),
])
def test_a_loose_refusal_word_gives_way_to_the_row_its_reason_names(question, metric):
    m = detect_metric(question)
    assert (m.key if m else None) == metric


# --- channels: the owner of an account, posts on a website, reach -----------------------------------------------

@pytest.mark.parametrize("text, named", [
    ("青禾政府网微信公众号推送信息1363条", {"wechat"}),
    ("青禾县政府网站官方微博发布120条", {"weibo"}),
    ("青禾政府网的微信公众号", {"wechat"}),
    ("门户网站、微信公众号发布", {"website", "wechat"}),
    ("通过网站和微信发布", {"website", "wechat"}),
    ("政府网站发布120条,青禾政府网微信公众号发布30条", {"website", "wechat"}),
])
def test_a_channel_named_right_before_another_owns_that_account(text, named):
    assert channels_named(text) == named


def test_the_wechat_account_of_a_website_counts_no_website_items():
    assert counts_other_channel("total posts on the county gov portal", "青禾政府网微信公众号推送信息1363")
    assert not counts_other_channel("how many wechat posts", "青禾政府网微信公众号推送信息1363")


@pytest.mark.parametrize("ask, name, unasked", [
    ("how many via the wechat account did it claim", "阅读量", True),
    ("how many items went out on WeChat", "粉丝数", True),
    ("what readership did it claim", "阅读量", False),
    ("how many people follow the account", "粉丝数", False),
    ("how many page views did the website get", "访问量", False),
    ("how many via the wechat account", "通过微信公众号发布信息", False),
])
def test_a_figure_of_reach_answers_only_an_ask_of_reach(ask, name, unasked):
    assert counts_unasked_reach(ask, name) is unasked


TOWN = (
    "青禾县青苗镇2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开情况\n"
    "2021年,本镇通过门户网站主动公开政务信息86条,通过微信公众号发布信息1530条,阅读量31万人次。\n"
    "2021年,青苗政府网微信公众号推送信息472条,微博发布信息205条,门户网站发布各类信息3120条。\n"
    "(二)依申请公开情况\n"
    "全年办理政府信息公开申请12件。\n"
)
TOWN_REPORT = Report(doc_id="b" * 16, sources=["qinghe_qingmiao_2021.txt"], agency="青禾县青苗镇人民政府", region="青禾县",
                     year=2021, aliases=["qingmiao", "qingmiao town"])


@pytest.mark.parametrize("question, figures, absent", [
    ("Qingmiao town 2021 OGI report — how many items went out on the portal, how many via the WeChat account, and "
     "what readership did it claim?", ("86", "1530", "31"), ()),
    ("Qingmiao town 2021: how many items on the portal, how many on the WeChat account, and how many reads?",
     ("86", "1530", "31"), ()),
    ("Qingmiao town 2021: total posts on the town gov portal, and how many disclosure requests did they handle?",
     ("3120", "12"), ("472",)),
    ("Qingmiao town 2021: how many posts on Weibo?", ("205",), ("472", "3120")),
])
def test_channel_asks_get_their_own_channels_figures(question, figures, absent):
    a = answer_from_lines(TOWN_REPORT, TOWN, question)
    found = _figures(a.text)
    assert a.answered and all(f in found for f in figures) and not any(f in found for f in absent), a.text


# --- a breakdown of a total said twice; "what were the parts" -------------------------------------------------------

@pytest.mark.parametrize("question, asked", [
    ("Qinghe 2016 report says 3957 items were proactively disclosed - what were the parts?", True),
    ("the 80 items, what were its components?", True),
    ("what made up the 412 items published?", True),
    ("proactive disclosures, comprised of what?", True),
    ("what are the parts of the report?", False),
    ("how many parts does the report have?", False),
])
def test_asking_for_the_parts_of_a_figure_is_a_breakdown(question, asked):
    assert wants_breakdown(_norm(question)) is asked


CULTURE = (
    "青禾县文旅局2024年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开政府信息情况\n"
    "在主动公开方面,围绕文旅融合、民生保障等领域,累计公开信息60条,主动公开60条。其中,信息公开年报1条,占比1.7%;"
    "工作动态信息38条,占比63.3%;财政信息9条,占比15%;政策文件信息12条,占比20%。\n"
    "(二)依申请公开情况\n"
    "全年收到政府信息公开申请2件。\n"
)
CULTURE_REPORT = Report(doc_id="c" * 16, sources=["qinghe_wenlvju_2024.txt"], agency="青禾县文旅局", region="青禾县",
                        year=2024, aliases=["qinghe", "qinghe culture and tourism bureau"])


@pytest.mark.parametrize("question", [
    "Qinghe culture and tourism bureau 2024 proactive disclosures by category pls",
    "Qinghe culture and tourism bureau 2024: break the proactively disclosed items down by type",
    "Qinghe culture and tourism bureau 2024 says 60 items were proactively disclosed - what were the parts?",
    "青禾县文旅局2024年公开的60条信息,按类别是怎么分的?",
])
def test_a_total_said_twice_breaks_down_into_the_parts_after_it(question):
    a = answer_from_lines(CULTURE_REPORT, CULTURE, question)
    found = _figures(a.text)
    assert a.answered and all(f in found for f in ("1", "38", "9", "12")), a.text


# --- people counted; visitors received ------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "roughly how many serving cadres took part in the OGI Regulations knowledge contest?",
    "how many civil servants were trained?",
    "how many volunteers joined?",
    "how many contestants entered the quiz?",
    "how many visitors did the reading point receive?",
])
def test_an_english_count_of_people(question):
    assert ask_shape(_norm(question)).count == "people"


@pytest.mark.parametrize("question, metric", [
    ("qinghe 2016: how many visitors did the info reading point at the archives bureau receive", None),
    ("qinghe 2016: how many people did the reading room receive", None),
    ("qinghe 2016: how many individuals filed requests", "applications_received"),
    ("qinghe 2016: how many requests did it receive", "applications_received"),
])
def test_people_received_are_no_applications_received(question, metric):
    m = detect_metric(question)
    assert (m.key if m else None) == metric


BUREAU = (
    "青禾县档案馆2016年政府信息公开工作年度报告\n"
    "一、概述\n"
    "本馆在全馆范围组织开展了“学习《条例》知识竞赛活动”,在职干部340多人踊跃参加。\n"
    "二、主动公开情况\n"
    "2016年,本馆累计主动公开政府信息215条。县档案局信息查阅点接待群众64人次,公开各类信息41条。\n"
)
BUREAU_REPORT = Report(doc_id="d" * 16, sources=["qinghe_danganguan_2016.txt"], agency="青禾县档案馆", region="青禾县",
                       year=2016, aliases=["qinghe", "qinghe archives"])


@pytest.mark.parametrize("question, value", [
    ("Qinghe archives 2016: roughly how many serving cadres took part in the knowledge contest?", "340"),
    ("Qinghe archives 2016: about how many staff cadres entered the Regulations quiz?", "340"),
    ("Qinghe archives 2016: how many visitors did the info reading point at the archives bureau receive?", "64"),
    ("Qinghe archives 2016 — how many people did the reading point receive?", "64"),
])
def test_a_narrative_count_of_people(question, value):
    a = answer_from_lines(BUREAU_REPORT, BUREAU, question)
    assert a.answered and value in _figures(a.text), a.text


# --- the body whose report it is ----------------------------------------------------------------------------------

@pytest.mark.parametrize("question, asked", [
    ("which ministry is behind the 2009 ogi report where 2800-odd serving cadres entered a knowledge contest?", True),
    ("whose 2016 report mentions an info reading point at the archives bureau?", True),
    ("which agency's report says it held 12 training sessions?", True),
    ("which department does this report belong to?", True),
    ("这是哪个部门的年报？", True),
    ("which agency compiled the report?", False),
    ("which ministry received the most requests?", False),
])
def test_an_ask_for_the_body_whose_report_it_is(question, asked):
    norm = re.sub(r"(?<=[a-z])['’]s(?![a-z])", "", _norm(question))
    assert bool(GLOSSARY.patterns["report_owner_ask"].search(norm)) is asked


@pytest.mark.parametrize("question", [
    "Which archive is behind the 2016 OGI report where 340-odd serving cadres entered a knowledge contest?",
    "Whose 2016 report says 340 cadres took part in a knowledge contest on the Regulations?",
])
def test_the_body_whose_report_it_is_is_named_first(question):
    a = answer_from_lines(BUREAU_REPORT, BUREAU, question)
    assert a.answered and a.text.startswith("青禾县档案馆"), a.text


# --- "list" of one report -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, n_docs, intent", [
    ("list the foi rules and documents the qinghe bureau drew up, per its 2008 report.", 1, "single"),
    ("列出青禾县统计局2008年制定的制度", 1, "single"),
    ("list the districts by applications received", None, "rank"),
    ("rank the qinghe bureau's 2008 categories", 1, "rank"),
])
def test_list_of_one_report_asks_for_its_items(question, n_docs, intent):
    assert detect_intent(question, 1, n_docs) == intent
