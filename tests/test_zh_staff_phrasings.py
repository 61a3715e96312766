"""Chinese staff phrasings of asks the assistant already answers (fixer T2, Chinese paraphrase probe): a breakdown asked
as "怎么分的" / "每类几条", a clause that only asks the same breakdown again ("…怎么分的，每类几条": one ask, not two), the
report's electronic version fetched "从哪下", the problems of the work asked as its 不足 / 短板 ("有啥不足"), and a
field asked in words of its own beside a count ("在哪办公？电话多少": the address, not the postcode, a number).

Every text here is written for fictional agencies (青禾县样例局, 青禾县河湾镇); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.ask_question import ask_question
from assistant.asks import split_asks, wants_breakdown
from assistant.core.glossary import GLOSSARY
from assistant.core.text import normalise_query
from assistant.query import glossary_groups, parse_question
from assistant.shapes import SITE_ASK


@pytest.mark.parametrize("ask", [
    "青禾县河湾镇19年网站上那50条信息怎么分的",
    "青禾县河湾镇2019年公开的50条信息如何划分的？",
    "青禾县河湾镇2019年公开的50条信息每类几条",
    "青禾县样例局2020年的申请每一种方式多少件",
])
def test_how_it_divides_and_each_kind_ask_a_breakdown(ask):
    assert wants_breakdown(normalise_query(ask)), ask


@pytest.mark.parametrize("ask", [
    "青禾县样例局怎么分配工作人员",  # (how work is assigned: no breakdown of a figure)
    "青禾县样例局2020年公开了多少条信息",
])
def test_other_asks_are_no_breakdown(ask):
    assert not wants_breakdown(normalise_query(ask)), ask


@pytest.mark.parametrize("question", [
    "青禾县河湾镇19年网站上那50条信息怎么分的，每类几条",
    "青禾县河湾镇2019年公开的50条信息分别是哪些类别？各多少条",
    "青禾县河湾镇2019年公开的50条信息怎么分的？每一类多少条呢",
])
def test_a_clause_asking_each_parts_count_again_is_one_breakdown_ask(question):
    asks = split_asks(normalise_query(question))
    assert len(asks) == 1, [a.text for a in asks]
    assert asks[0].breakdown


def test_a_clause_naming_a_thing_of_its_own_stays_an_ask():
    asks = split_asks(normalise_query("青禾县河湾镇2019年公开了多少条信息？每类信息各有几个栏目"))
    assert len(asks) == 2, [a.text for a in asks]


@pytest.mark.parametrize("restated", ["每类几条", "每一类多少条呢", "各多少条", "分别多少", "各项各是多少"])
def test_each_restated(restated):
    assert GLOSSARY.patterns["each_restated_zh"].search(restated)


@pytest.mark.parametrize("ask", [
    "青禾县河湾镇08年那份年报的电子版从哪下",
    "青禾县样例局年报电子版打哪下载",
])
def test_from_where_to_fetch_the_electronic_version_asks_for_the_site(ask):
    assert SITE_ASK.search(normalise_query(ask)), ask


@pytest.mark.parametrize("ask", [
    "青禾县样例局的政府信息公开工作有啥不足",
    "青禾县样例局信息公开还有哪些短板",
    "青禾县样例局信息公开工作的不足之处是什么",
])
def test_shortcomings_asked_colloquially_are_searched_as_the_problems(ask):
    assert any("问题" in g for g in glossary_groups(normalise_query(ask))), ask


def test_a_shortfall_word_without_a_question_word_adds_no_problems():
    assert not any("问题" in g and "不足" in g for g in glossary_groups(normalise_query("青禾县样例局2020年人员不足几名")))


@pytest.mark.parametrize("question", [
    "青禾县样例局在哪办公？电话多少",
    "青禾县样例局办公地点在哪里？邮箱多少",
])
def test_a_field_asked_in_words_of_its_own_does_not_take_the_next_asks_count(question):
    q = parse_question(question, [])
    asks = split_asks(q.norm)
    assert len(asks) == 2, [a.text for a in asks]
    assert not ask_question(q, asks[0], None).wants_number  # (the postcode beside the address is no answer)


def test_an_ask_with_no_field_still_takes_the_questions_count():
    q = parse_question("青禾县样例局2020年主动公开了多少条信息？依申请公开的呢", [])
    asks = split_asks(q.norm)
    assert len(asks) == 2, [a.text for a in asks]
    assert ask_question(q, asks[1], None).wants_number


def test_the_channels_asked_beside_a_count_of_each_keep_the_count():
    q = parse_question("Through which channels did the Qinghe sample bureau disclose information in 2020, and how many items on each?", [])
    asks = split_asks(q.norm)
    assert ask_question(q, asks[0], None).wants_number
