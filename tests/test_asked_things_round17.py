"""Round 17: the counted thing or field of the ask must be what the cited figure states.

- a contact field asked (an e-mail) is not answered by another field the report gives (its address); "e-mail address"
  is one field (assistant/other_field.py, assistant.shapes.contact_fields);
- a statement that no applications came in is no 0 of information items asked (assistant/information_asks.py);
- an outcome (approved, refused) asked of a premise's whole that counts no applications (items published) is not
  answered by a figure of the year's applications (assistant/premise.py);
- works made for publicity (科普作品, posters) are answered only by a figure naming them (not_stated.toml [[counted]]).

Every text is written for fictional agencies (青禾县样例局); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.core.metrics import metric
from assistant.core.types import Fact
from assistant.counted_things import misses_counted_thing
from assistant.information_asks import counts_information
from assistant.other_field import answers_other_field, states_no_asked_field
from assistant.premise import outcome_of_no_applications, part_words
from assistant.shapes import contact_fields


def _contact(row: str) -> Fact:
    return Fact(doc_id="q" * 16, table="contact", row=row, column="", value=None, kind="contact", unit="",
                label_zh=row, raw=row, start=0, end=1, quote_start=0, quote_end=1)


@pytest.mark.parametrize("ask, fields", [
    ("what e-mail address does the qinghe sample bureau give?", 1),
    ("青禾县样例局的电子邮箱地址是什么", 1),
    ("what is the website address of the qinghe sample bureau", 1),
    ("address and phone of the qinghe sample bureau", 2),
    ("青禾县样例局的地址和电话", 2),
])
def test_a_field_named_in_two_words_is_one_field(ask, fields):
    assert len(contact_fields(ask)) == fields


@pytest.mark.parametrize("ask, row, other", [
    ("what e-mail address does the qinghe sample bureau give?", "地址", True),
    ("青禾县样例局的邮箱是多少", "电话", True),
    ("what is the qinghe sample bureau's postcode", "传真", True),
    ("青禾县样例局的联系地址是什么", "地址", False),
    ("what phone number can i call at the qinghe sample bureau", "热线", False),  # a hotline is a number to call
    ("青禾县样例局的传真号码", "电话", True),  # a fax line takes no call (round 18): only a fax answers
    ("青禾县样例局年报是谁编制的", "发布机构", False),  # a body asked: its own stand-ins, not judged here
])
def test_a_contact_fact_answers_only_a_field_of_its_kind(ask, row, other):
    assert answers_other_field(ask, _contact(row)) is other


def test_a_sentence_answers_a_field_asked_only_holding_its_word_or_a_value_of_its_shape():
    line = "(地址:青禾县样例路8号,电话:0999-1234567,邮编:999001)"
    assert states_no_asked_field("what e-mail address does the qinghe sample bureau give?", line)
    assert not states_no_asked_field("what is the qinghe sample bureau's phone?", line)
    assert not states_no_asked_field("青禾县样例局的邮箱", "如有疑问请发送至qinghe@example.cn")


@pytest.mark.parametrize("ask, info", [
    ("青禾县样例局不予公开的信息一共多少条", True),
    ("how many pieces of information did the qinghe sample bureau withhold", True),
    ("青禾县样例局不予公开多少件", False),
    ("青禾县样例局不予公开的申请有多少条", False),
    ("how many requests did the qinghe sample bureau refuse", False),
])
def test_an_ask_counting_information_items_is_no_ask_of_applications(ask, info):
    assert counts_information(ask) is info


def _narrative(row: str, value: float, metric_key: str | None = None) -> Fact:
    return Fact(doc_id="q" * 16, table="narrative", row=row, column="", value=value, kind="narrative", unit="条",
                label_zh=row, metric=metric_key, raw=row, start=0, end=1, quote_start=0, quote_end=1)


def test_an_outcome_asked_of_items_published_is_no_outcome_of_the_years_applications():
    items = _narrative("主动公开行政许可事项", 64)
    received = _narrative("收到政府信息公开申请", 5, "applications_received")
    granted = metric("applications_disclosed")
    assert outcome_of_no_applications(granted, [(items, items.row)])
    assert not outcome_of_no_applications(granted, [(received, received.row)])  # "of the 5 applications, how many …"
    assert not outcome_of_no_applications(metric("applications_received"), [(items, items.row)])
    # a part named only by the frame of all applications names nothing beyond the whole
    assert "申请" not in part_words("applications approved", "64 licensing items it published")


@pytest.mark.parametrize("ask, own, misses", [
    ("the qinghe sample bureau mentions popular-science works — how many did it put out?", "主动公开信息310条", True),
    ("青禾县样例局发放了多少份宣传折页", "主动公开政府信息310条", True),
    ("青禾县样例局制作了几个科普视频", "制作科普视频6个", False),
    ("青禾县样例局主动公开了多少条信息", "主动公开信息310条", False),
])
def test_works_made_for_publicity_are_answered_only_by_a_figure_naming_them(ask, own, misses):
    assert misses_counted_thing(ask, own) is misses


def test_a_count_of_something_on_the_website_asks_no_field():
    line = "官网改版后功能版块由原来的5个增加到9个"
    assert not states_no_asked_field("qinghe sample bureau: its website's sections went from how many to how many?", line)
    assert not states_no_asked_field("青禾县样例局网站有几个栏目", line)
