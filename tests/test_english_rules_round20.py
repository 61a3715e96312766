"""Round 20: rules made for Chinese questions carried to English ones (fictional reports and questions).

- a fax asked is answered only by a sentence naming a fax: a phone number has a fax's shape, but "传真电话" is the
  fax's word, so a phone's shape stands for the phone only (assistant/other_field.py, assistant/shapes.py);
- an ask of how big a change is ("by what percentage did it drop", "下降了百分之几") is not answered by a sentence saying
  the change in words only ("降幅缓慢") (not_stated.toml size_ask, assistant/answer_types.py);
- petitioners who stopped petitioning (息访) are a counted thing: no other figure beside them answers (not_stated.toml
  [[counted]]).
"""

from __future__ import annotations

import pytest

from assistant.answer_types import asks_size, states_no_number
from assistant.counted_things import misses_counted_thing
from assistant.other_field import states_no_asked_field
from assistant.shapes import shows_value_of

CONTACT_LINE = "如需咨询,请与青禾县样例局办公室联系(地址:青禾县样例路8号,邮编:999001,电话:0999-1234567,邮箱:qh@example.cn)。"


@pytest.mark.parametrize("ask", [
    "what's the fax number of the qinghe sample bureau's office?",
    "青禾县样例局办公室的传真号码是多少",
    "青禾县样例局的传真电话是多少",
])
def test_a_phone_number_is_no_fax_in_either_language(ask):
    assert states_no_asked_field(ask, CONTACT_LINE)


@pytest.mark.parametrize("ask", [
    "what's the phone number of the qinghe sample bureau's office?",
    "青禾县样例局办公室的联系电话是多少",
    "what hotline does the qinghe sample bureau give?",
])
def test_the_phone_line_still_answers_a_phone_or_hotline(ask):
    assert not states_no_asked_field(ask, CONTACT_LINE)


def test_a_fax_is_given_where_the_sentence_names_it():
    assert not states_no_asked_field("what's the qinghe sample bureau's fax number?", "传真:0999-7654321。")
    assert shows_value_of("电话", "电话:0999-1234567") and not shows_value_of("传真", "电话:0999-1234567")


WORDS_ONLY = "我区越级上访增速虽暂时遏制,但降幅缓慢。"


@pytest.mark.parametrize("ask", [
    "Qinghe sample bureau 2023 - by what percentage did petitions to the province drop compared with 2022?",
    "青禾县样例局2023年越级上访比2022年下降了百分之几？",
    "how many times the 2021 total were the qinghe sample bureau's 2022 releases?",
    "青禾县样例局2022年发布信息是2021年的几倍？",
])
def test_an_ask_of_the_size_of_a_change_is_not_answered_in_words(ask):
    assert asks_size(ask)
    assert states_no_number(WORDS_ONLY, ask)


@pytest.mark.parametrize("ask", [
    "how did petitions to the province change compared with 2022?",
    "青禾县样例局2023年越级上访比上年有何变化？",
])
def test_an_ask_of_how_a_change_went_is_still_answered_in_words(ask):
    assert not asks_size(ask)
    assert not states_no_number(WORDS_ONLY, ask)


@pytest.mark.parametrize("ask", [
    "of the 12 cases put to public hearing, how many petitioners stopped petitioning afterwards?",
    "公开听证的12件信访事项中，有多少信访人息访？",
])
def test_petitioners_who_stopped_are_counted_only_under_their_name(ask):
    assert misses_counted_thing(ask, "通过阳光办案,收到锦旗56面")
    assert not misses_counted_thing(ask, "听证后已有9名信访人息访")


@pytest.mark.parametrize("ask, term", [
    ("Qinghe sample bureau 2015 report - is anything listed under 'other matters to report'?", "其他需要报告的事项"),
    ("what did the qinghe sample bureau's 2015 report say were the focus areas of its disclosure work?", "重点"),
])
def test_an_english_ask_names_the_report_part_in_its_chinese_words(ask, term):
    # (the words the reports write: a part of the template, "以…为重点", searched as the Chinese ask's are)
    from assistant.query import GLOSSARY
    assert any(term in zh for en, zh in GLOSSARY.items() if en in ask.lower())
