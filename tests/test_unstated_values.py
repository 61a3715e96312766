"""A place or a person's name asked is not answered by a sentence only saying it was published or naming the post
(assistant/unstated_values.py).  Every text is written for fictional agencies (青禾县样例局)."""

from __future__ import annotations

from assistant.unstated_values import lists_place_unstated, names_post_only

LISTED = "在门户网站开设专栏,发布了公开指南、咨询电话、现场查阅地点和申请表格。"


def test_a_place_listed_among_things_published_gives_no_place():
    assert lists_place_unstated("青禾县样例局的现场查阅地点设在什么地方？", LISTED)
    assert lists_place_unstated("Qinghe sample bureau: where exactly is its on-site reading room?", LISTED)


def test_a_place_written_with_its_value_or_an_ask_of_no_place_is_not_judged():
    assert not lists_place_unstated("现场查阅地点在哪儿", "现场查阅地点设在青禾县样例路8号一楼。")
    assert not lists_place_unstated("现场查阅地点在哪儿", "查阅地址:青禾县样例路8号。")
    assert not lists_place_unstated("发布了哪些内容", LISTED)
    assert not lists_place_unstated("公开专栏开设在哪个网站？", LISTED + "网址为www.qinghe.example")  # a website asked
    assert not lists_place_unstated("at what web address is its disclosure column?", LISTED)
    assert not lists_place_unstated("在哪儿可以查阅", "可到青禾县档案馆查阅。")  # no place word: other rules judge it


def test_a_leader_named_by_post_only_gives_no_name():
    text = "成立了以局长为组长,分管副局长为副组长的工作领导小组。"
    assert names_post_only("青禾县样例局领导小组组长叫什么名字？", text)
    assert names_post_only("Qinghe sample bureau: who by name heads its leading group?", text)
    assert names_post_only("what is the name of the director leading it", "由县委常委、常务副县长任组长。")


def test_a_leader_written_with_a_name_or_a_post_asked_is_not_judged():
    assert not names_post_only("组长叫什么名字", "成立了以局长王小明为组长的工作领导小组。")
    assert not names_post_only("领导小组由谁任组长？", "成立了以局长为组长的工作领导小组。")  # the post is the answer
    assert not names_post_only("组长叫什么名字", "进一步加强了组织领导。")
