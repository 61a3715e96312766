"""Round 18: refusals of what the report does not answer, beside the asks it does.

- a place written in characters beside its pinyin ("Yunqi (云起)") the reports of that pinyin are not of (云栖):
  no report is from it (assistant/same_sound_places.py);
- items about events are not the events: "发布会信息59" answers "how many items about press conferences", not "how
  many press conferences were held" (not_stated.toml [[counted]] items, assistant/counted_things.py);
- a fax asked is not answered by a phone number: only a hotline is a phone's kind (not_stated.toml contact_same_kind);
- a sentence naming the contact field asked but writing no value ("公开了联系电话、传真号码等内容") gives none
  (assistant/other_field.py gives_no_asked_value).

Every text is written for fictional agencies (青禾县样例局, 云栖市); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.counted_things import misses_counted_thing
from assistant.other_field import answers_other_field, gives_no_asked_value, states_no_asked_field
from assistant.query import parse_question
from assistant.same_sound_places import places_of_same_sound
from tests.test_asked_things_round17 import _contact
from tests.test_refusals_round12 import PLACES, PLACES_INDEX


def _same_sound(question: str):
    return places_of_same_sound(parse_question(question, PLACES), PLACES_INDEX)


@pytest.mark.parametrize("question", [
    "Yunqi (云起) health commission, 2023 report: how many disclosure requests did it receive?",
    "Yunqi city in another province (云起市) — its 2023 health commission report: what phone does it give?",
    "yunqi（云起）卫健委2023年收到多少申请",
])
def test_characters_of_another_place_of_the_same_sound_have_no_report(question):
    (got,) = _same_sound(question)
    assert got[0] == "云起" and got[1].lower() == "yunqi" and got[2] == ["云栖市卫生健康委员会"], got


@pytest.mark.parametrize("question", [
    "Yunqi (云栖) health commission, 2023 report: how many disclosure requests did it receive?",  # the place matched
    "Yunqi health commission, 2023 report: how many disclosure requests did it receive?",  # no characters written
    "云栖市卫健委2023年收到多少申请",  # no pinyin written
    "Yunqi health commission 2023: how many requests about 政府信息公开 did it get?",  # characters of no such sound
])
def test_the_place_matched_or_no_characters_of_its_sound_still_answers(question):
    assert _same_sound(question) == []


@pytest.mark.parametrize("ask, own_words, misses", [
    ("青禾县样例局这一年一共开了多少场新闻发布会？", "新闻发布会信息59", True),
    ("青禾县样例局这一年一共开了多少场新闻发布会？", "新闻发布会信息 press conferences 59", True),  # (its English gloss)
    ("How many press conferences did the Qinghe sample bureau hold?", "press conference information: 12 items", True),
    ("青禾县样例局开展了几次培训", "发布培训相关信息8条", True),
    # an ask counting the items is answered by them; the events held are still answered by the events
    ("青禾县样例局网站挂了多少条新闻发布会方面的信息？", "新闻发布会信息59", False),
    ("青禾县样例局网站2022年会议信息和新闻发布会信息分别发了多少", "新闻发布会信息59", False),
    ("How many items about press conferences did the Qinghe sample bureau post?", "press conference information: 12", False),
    ("青禾县样例局这一年一共开了多少场新闻发布会？", "召开新闻发布会5场", False),
    ("How many press conferences did the Qinghe sample bureau hold?", "held 5 press conferences", False),
    ("青禾县样例局开展了几次培训", "组织培训信息公开工作人员3次", False),  # (培训信息公开…: the training itself)
])
def test_items_about_events_are_no_count_of_the_events(ask, own_words, misses):
    assert misses_counted_thing(ask, own_words) is misses


@pytest.mark.parametrize("ask, row, other", [
    ("青禾县样例局的传真号码是多少", "电话", True),
    ("What fax number does the Qinghe sample bureau give?", "电话", True),
    ("青禾县样例局的传真号码是多少", "传真", False),
    ("What phone number does the Qinghe sample bureau give?", "传真", True),
    ("青禾县样例局的联系电话", "热线", False),
])
def test_a_fax_is_answered_only_by_a_fax(ask, row, other):
    assert answers_other_field(ask, _contact(row)) is other


def test_a_sentence_giving_a_phone_but_no_fax_answers_no_fax_ask():
    line = "(地址:青禾县样例路8号;邮编:999001;联系电话:81234567;电子邮箱:qinghe@example.cn)"
    assert states_no_asked_field("青禾县样例局的传真号是多少？", line)
    assert states_no_asked_field("what is the qinghe sample bureau's fax number?", line)
    assert not states_no_asked_field("青禾县样例局的联系电话是多少？", line)
    assert not states_no_asked_field("青禾县样例局的传真号是多少？", "联系电话及传真:0999-1234567")


@pytest.mark.parametrize("ask", [
    "青禾县样例局负责信息公开的机构，联系电话和传真号码分别是多少？",
    "What are the phone and fax numbers of the Qinghe sample bureau's disclosure office?",
    "青禾县样例局的电子邮箱是什么",
])
def test_a_sentence_naming_the_fields_but_no_value_gives_none(ask):
    said = "及时向社会公开了负责政府信息公开的工作机构办公地址、办公时间、联系电话、传真号码和电子邮箱等内容。"
    assert gives_no_asked_value(ask.lower(), said)


@pytest.mark.parametrize("ask, text", [
    ("青禾县样例局的联系电话和传真号码", "联系电话:0999-1234567,传真:0999-7654321"),
    ("what is the qinghe sample bureau's phone?", "For questions call 81234567."),
    ("青禾县样例局的电子邮箱是什么", "电子邮箱:qinghe@example.cn"),
    ("青禾县样例局的邮编", "邮编:999001"),
    ("青禾县样例局的办公地址在哪", "及时公开了工作机构办公地址等内容"),  # an address is words: not judged
    ("青禾县样例局网站改版后服务版块从几个增加到几个", "网站改版后服务版块增加,共设子栏目"),  # (the site itself)
    ("the qinghe sample bureau's website: its service sections went from what to what?", "网站改版后服务版块增加"),
])
def test_a_sentence_writing_a_value_or_an_address_asked_is_not_judged(ask, text):
    assert not gives_no_asked_value(ask.lower(), text)
