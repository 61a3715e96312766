"""Comparisons of two things of one report asked as a yes/no ("A是不是比B多？各几件，差几件"), joined by 对比
("A对比B，谁多"), or with the comparative before the first side ("how much bigger was A than B"): each side is an ask
of its own (fictional agencies)."""

import pytest

from assistant.compare_sides import compare_sides_zh
from assistant.sides_en import compare_sides_en


@pytest.mark.parametrize("question, sides", [
    ("青木县民政局2021年来信申请是不是比当面申请多？各几件，差几件？", ["来信申请", "当面申请"]),
    ("白沙镇2020年，网站发布的信息是否比公众号多？各多少条", ["网站发布", "公众号"]),
    ("青木县民政局2021年处罚决定有没有比许可决定少？差几件", ["处罚决定", "许可决定"]),
    ("白沙镇2020年，执行和结果类信息是不是比管理和服务类多？各几条，相差多少？", ["执行和结果类信息", "管理和服务类"]),
])
def test_yes_no_comparison_zh(question, sides):
    got = compare_sides_zh(question)
    assert got and [side for _, side in got] == sides
    assert all(ask.endswith(("多少件", "多少条")) for ask, _ in got)


@pytest.mark.parametrize("question, sides", [
    ("白沙镇2020年微信推送量对比微博发布，谁多？差多少条？", ["微信推送量", "微博发布"]),
    ("青木县2019年重点工作信息对比重点领域信息，各多少条，相差多少？", ["重点工作信息", "重点领域信息"]),
])
def test_sides_joined_by_duibi_zh(question, sides):
    got = compare_sides_zh(question)
    assert got and [side for _, side in got] == sides


@pytest.mark.parametrize("question", [
    "白沙镇2020年是不是比2019年多？",  # years: reports compared, no two things of one report
    "青木县民政局2021年来信申请是不是比去年多？",  # a time: a change over years
    "白沙镇2020年微信和微博对比，哪个多？",  # 对比 ending the two sides joins none
])
def test_no_new_sides_zh(question):
    got = compare_sides_zh(question)
    assert got is None or [side for _, side in got] == ["微信", "微博"]


@pytest.mark.parametrize("question, sides", [
    ("baisha town 2020: how much bigger was the website items count than the wechat posts count?",
     ["website items count", "wechat posts count"]),
    ("qingmu county bureau 2021: how much larger was the number of letters than the number of visits?",
     ["number of letters", "number of visits"]),
])
def test_how_much_bigger_than_en(question, sides):
    got = compare_sides_en(question)
    assert got and [side for _, side in got] == sides
    assert all("how many" in ask and "how much" not in ask for ask, _ in got)


@pytest.mark.parametrize("question, asks", [
    ("青木县民政局公开的规章，2021年是不是比2020年少？两年各几件？", 1),
    ("青木县民政局和白沙镇2020年谁收到的申请多？两边各多少件", 1),
])
def test_each_side_restated_after_a_comparison(question, asks):
    from assistant.asks import split_asks
    from assistant.each_side_restated import restates_each_side

    assert len(split_asks(question)) == asks
    assert restates_each_side("两年各几件", "2021年是不是比2020年少")
    assert not restates_each_side("各几件", "收到多少件申请")
