"""Round 8 rules, on fictional text (青禾县 / Qinghe): which of a report's dates a date ask wants (posted vs signed),
a date ask that shortens the agency its own way, a place written with its kind, "那几件…一共几件" as one ask, and a
premise pointed back at with 那/这 ("那5件申请 最后予以公开的有几件")."""

from __future__ import annotations

import re

import pytest

from assistant.asks import split_asks
from assistant.premise import asked_part, premise_values
from assistant.scope_names import PLACE_KIND
from assistant.shapes import date_kind, date_kind_asked, report_date_terms


@pytest.mark.parametrize("q", [
    "青禾县水务局2022年那份年报哪天挂出来的",
    "青禾县水务局的年报什么时候挂网的",
    "青禾县年报网上哪天发布的",
    "Qinghe water bureau 2022 report - when was it posted?",
    "when was the Qinghe 2021 report put online",
    "what date was Qinghe's report published",
])
def test_posting_asks(q):
    assert date_kind_asked(q.lower()) == "posted"


@pytest.mark.parametrize("q", [
    "青禾县水务局年报落款日期是哪天",
    "青禾县年报何时成文",
    "what date was the Qinghe report signed?",
    "Qinghe 2020 report: what is it dated?",
])
def test_signing_asks(q):
    assert date_kind_asked(q.lower()) == "signed"


@pytest.mark.parametrize("q", ["青禾县年报是什么时候的", "Qinghe 2022 report: which date?"])
def test_date_asks_that_do_not_say(q):
    assert date_kind_asked(q.lower()) is None


@pytest.mark.parametrize("label,late,kind", [
    ("发布时间:", False, "posted"),
    ("时间:", False, "posted"),
    ("公开日期：", True, "posted"),
    ("成文日期:", False, "signed"),
    ("落款日期 | ", True, "signed"),
    ("", True, "signed"),  # a date alone after the text: the signature's
    ("", False, None),  # a date alone under the title: says neither
])
def test_date_kinds(label, late, kind):
    assert date_kind(label, late) == kind


@pytest.mark.parametrize("q,terms", [
    ("青禾县政府办2022年那份年报哪天挂出来的", {"政府办": 5.0, "出来": 2.0}),
    ("青禾县水务局那份年报几号发的", {"水务局": 5.0}),
])
def test_short_agency_word_is_no_topic_of_a_report_date_ask(q, terms):
    assert report_date_terms(q, terms)


def test_a_topic_still_makes_another_date_ask():
    assert report_date_terms("青禾县政府办的网站何时上线", {"政府办": 5.0, "网站": 3.0, "上线": 3.0}) == {}


@pytest.mark.parametrize("name,text", [
    ("青禾", "青禾自治区政府办2022年年报"),
    ("青禾", "青禾维吾尔自治区政府办"),
    ("青禾", "青禾特别行政区政府办"),
    ("青禾", "青禾自治州政府办"),
])
def test_place_kind_goes_with_the_short_name(name, text):
    assert "自治" not in re.sub(re.escape(name) + PLACE_KIND, " ", text)
    assert "行政区" not in re.sub(re.escape(name) + PLACE_KIND, " ", text)


@pytest.mark.parametrize("q", [
    "青禾县2019年的年报 不予公开里因为是国家秘密的那几件 一共几件",
    "青禾县水务局不予公开的这几件 总共几件",
    "青禾县信访局那几项申请一共多少项",
    "青禾县好几次复议 一共几次",
])
def test_those_few_then_how_many_is_one_ask(q):
    assert len(split_asks(q)) == 1


def test_two_asks_still_two():
    assert len(split_asks("青禾县信访局接待群众多少批、多少人次")) == 2


@pytest.mark.parametrize("q,value,part", [
    ("青禾县卫健委2023年收到的那5件申请 最后予以公开的有几件", 5.0, "予以公开"),
    ("青禾县水务局收到的这12条申请，有几条是网上提交的", 12.0, "网上提交"),
    ("青禾县那些30件申请 最终不予公开的多少件", 30.0, "不予公开"),
    ("青禾县收到的那8件申请，其中自然人提出的有几件", 8.0, "自然人提出"),
])
def test_a_figure_pointed_back_at_is_the_premise(q, value, part):
    assert premise_values(q) == [value]
    assert asked_part(q) == part


@pytest.mark.parametrize("q", [
    "那2023年青禾县收到多少件申请",
    "青禾县2023年收到5件申请吗",
    "青禾县这一年收到几件申请",
])
def test_no_premise(q):
    assert premise_values(q) == []


@pytest.mark.parametrize("q,unit", [
    ("how many batches did the Qinghe leaders receive", "批"),
    ("how many person-visits did the Qinghe county leaders receive", "人次"),
    ("how many applications did Qinghe receive in 2023", None),
    ("Qinghe petitions office: how many person visits in 2023", "人次"),
])
def test_english_units_of_visits(q, unit):
    from assistant.shapes import asked_unit
    assert asked_unit(q) == unit
