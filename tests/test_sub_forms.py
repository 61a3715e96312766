"""A form (sub-kind) of a category asked (assistant/sub_forms.py, not_stated.toml [[sub_form]]): answered only by a figure
naming that form; the category's total, another form's figure or a figure of something else is no count of it, while
the real answer (a figure naming the form) still answers.

Every text here is written for fictional agencies (青禾县样例局, 云栖市翠湖区); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.core.types import Fact
from assistant.not_stated_checks import CHECKS
from assistant.precision import fact_answers
from assistant.sub_forms import misses_asked_form
from tests.test_precision import REPORT

BY_NAME = {c.name: c for c in CHECKS}


# (ask, the figure's own words, whole question): the figure does not count the asked form
TRAPS = [
    # a form of policy interpretation asked, the category's total or another form's figure found
    ("青禾县样例局2022年发布的政策解读里，视频解读有多少件？", "主动公开 / 通过县政府网站发布政策解读共57件", ""),
    ("How many of the Qinghe sample bureau's policy interpretations were video explainers?", "政策解读 / 发布政策解读共57件", ""),
    ("翠湖区2021年图解形式的政策解读有多少条？", "主动公开 / 其中专家解读12条", ""),
    ("How many graphic explainers did Cuihu district publish?", "主动公开 / 公报刊登政策解读20件", ""),
    # the category alone asked: a figure of the documents is no count of their interpretations
    ("青禾县样例局2022年发布的财政预算信息解读有多少条？", "主动公开 / 财政预算信息340条", ""),
    # a channel of application asked, all applications or another channel's figure found
    ("青禾县样例局2023年当面提交的申请有几件？", "依申请公开 / 共收到政府信息公开申请30件", ""),
    ("How many of the Qinghe sample bureau's requests were made by fax?", "依申请公开 / 其中网上申请25件", ""),
    # the piece asks the form, the question names the category; the figure counts items published, not applications
    ("网上提交的有几条？", "主动公开 / 在县政府信息公开平台发布信息88条", "青禾县样例局收到的9条申请里，网上提交的有几条？"),
    # a form of new media asked, another account's figure found
    ("翠湖区新媒体里微博发了多少条？", "主动公开 / 政务微信公众号推送信息300条", ""),
]

# (ask, the figure's own words, whole question): the real answer still answers
ANSWERS = [
    ("青禾县样例局2022年发布的政策解读里，视频解读有多少件？", "主动公开 / 制作视频解读8件", ""),
    ("How many of the Qinghe sample bureau's policy interpretations were video explainers?",
     "政策解读 / 制作视频解读8件 / video interpretations", ""),
    ("翠湖区2021年图解形式的政策解读有多少条？", "主动公开 / 推出一图读懂等图解15条", ""),
    ("青禾县样例局2022年发布的财政预算信息解读有多少条？", "主动公开 / 财政预算信息解读6条", ""),
    ("青禾县样例局发布政策解读共多少件？", "主动公开 / 通过县政府网站发布政策解读共57件", ""),
    ("青禾县样例局2023年当面提交的申请有几件？", "依申请公开 / 收到申请30件 / 其中当面申请12件", ""),
    ("How many of the Qinghe sample bureau's requests came in online?", "依申请公开 / 信息公开平台依申请公开 11 条", ""),
    ("网上提交的有几条？", "依申请公开 / 其中网上申请7件", "青禾县样例局收到的9条申请里，网上提交的有几条？"),
    # a piece asking what was published takes no category from the rest of the question
    ("网站上发布了多少条？", "主动公开 / 县样例局网站发布信息300条", "青禾县样例局收到几件申请，网站上发布了多少条？"),
    ("how many items went on its website?", "主动公开 / 县样例局网站发布信息300条",
     "How many requests did the Qinghe sample bureau get, and how many items went on its website?"),
    # several forms asked (a breakdown or a comparison): the total may be their context, left to those rules
    ("青禾县样例局当面申请和网上申请各几件？", "依申请公开 / 共收到政府信息公开申请30件", ""),
    # a form word with no category asked is no form of it ("douyin videos": items of an account, not interpretations)
    ("How many Douyin videos did Cuihu district post?", "主动公开 / 抖音号发布作品60条", ""),
    # a sentence naming the form before the figure, no other form in between
    ("翠湖区微信公众号阅读量多少？", "阅读量", ""),
]


@pytest.mark.parametrize("ask, own, question", TRAPS)
def test_a_figure_not_naming_the_asked_form_is_no_answer(ask, own, question):
    assert misses_asked_form(ask, own, question=question) is not None


@pytest.mark.parametrize("ask, own, question", ANSWERS)
def test_a_figure_naming_the_asked_form_still_answers(ask, own, question):
    assert misses_asked_form(ask, own, question=question) is None


def test_a_sentence_lead_naming_the_form_right_before_the_figure_answers():
    ask = "翠湖区2021年视频解读有多少条？"
    assert misses_asked_form(ask, "共计15条", lead="积极采用视频解读等形式，全年制作视频解读") is None
    # another form written after the asked one, right before the figure: that form's count
    assert misses_asked_form(ask, "共计15条", lead="在视频解读之外，还推出图解") == "interpretation"
    # a lead naming no form: the category's total
    assert misses_asked_form(ask, "共计15条", lead="全年发布政策解读") == "interpretation"


def _fact(row: str, value: float = 57, kind: str = "narrative") -> Fact:
    return Fact(doc_id=REPORT.doc_id, table="narrative", row=row, column="", value=value, kind=kind, unit="件",
                label_zh=row, raw=row, start=0, end=1, quote_start=0, quote_end=1)


def test_the_registry_check_refuses_the_total_for_a_form_and_keeps_the_forms_figure():
    check = BY_NAME["sub-form"]
    assert check.fact is not None and check.sentence is not None
    ask = "青禾县样例局2022年发布的政策解读里，视频解读有多少件？"
    assert not fact_answers(_fact("通过县政府网站发布政策解读共"), None, "通过县政府网站发布政策解读共", ask)
    assert fact_answers(_fact("制作视频解读"), None, "制作视频解读", ask, terms=("视频解读",))


def test_a_wechat_channels_account_is_one_platform_and_a_news_feed_account_a_channel():
    from assistant.channels import counts_other_channel, counts_other_platform

    # "微信视频号": one platform's name, its 微信 names no WeChat account beside it
    assert counts_other_platform("翠湖区“样例翠湖”微信视频号发布了多少条作品？", "“样例翠湖”抖音号发布作品60条")
    assert not counts_other_platform("翠湖区“样例翠湖”微信视频号发布了多少条作品？", "“样例翠湖”微信视频号发布作品18条")
    # a news-feed account (头条号, 百家号) is a channel of its own: the website's count is no count of it
    assert counts_other_channel("青禾县样例局头条号发布了多少条？", "县样例局网站共发布信息400条")
    assert not counts_other_channel("青禾县样例局头条号发布了多少条？", "“青禾样例”头条号发布信息35条")
    assert not counts_other_channel("青禾县样例局头条新闻有哪些？", "县样例局网站共发布信息400条")



@pytest.mark.parametrize("ask, own", [
    ("how many policy interpretations were posted on its official website", "在官网发布政策解读32篇"),
    ("how many policy interpretations did it put out on its official wechat account", "通过微信公众号发布政策解读20条"),
    ("how many interpretations went up on the official government portal", "在政府门户网站发布政策解读8篇"),
])
def test_the_own_official_site_or_account_is_no_interpretation_by_officials(ask, own):
    assert misses_asked_form(ask, own) is None  # ("official website": the site, not 负责人解读)


def test_an_interpretation_by_officials_still_needs_its_form():
    assert misses_asked_form("how many policy interpretations were given by officials", "在官网发布政策解读32篇") == "interpretation"
    assert misses_asked_form("how many policy interpretations were given by officials", "负责人解读政策3次") is None
