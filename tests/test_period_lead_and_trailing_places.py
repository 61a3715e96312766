"""English multi-asks the parity probe showed answered short of their Chinese twin (fictional agencies):

- "in 2023, A and B - how many of each?": the opening period is no thing asked (its comma separates no things);
- "<name>, <place>, <place> and B": the places that locate a named agency belong to its name, so their commas and the
  "and" after them join no asks (assistant/trailing_places.py).
"""

import pytest

from assistant.asks import split_asks
from assistant.joined_asks import each_after_en
from assistant.trailing_places import with_trailing_places


@pytest.mark.parametrize("question, rewritten", [
    ("in 2023, requests to the qinghe bureau and appeals over disclosure - how many of each?",
     "how many requests to the qinghe bureau and appeals over disclosure in 2023"),
    ("for 2022, reconsiderations and lawsuits: how many each?", "how many reconsiderations and lawsuits for 2022"),
    ("during the year 2021, requests and lawsuits — how many of each?", "how many requests and lawsuits during the year 2021"),
    # (a question word in the things: no list of things)
    ("in 2021, who handled reconsiderations and lawsuits - how many of each?", None),
])
def test_a_period_opening_the_question_is_no_thing_asked(question, rewritten):
    assert each_after_en(question) == rewritten


def test_a_period_lead_splits_into_one_ask_per_thing():
    asks = [a.text for a in split_asks("in 2023, requests to the qinghe bureau and appeals over disclosure - how many of each?")]
    assert asks == ["how many requests to the qinghe bureau", "how many appeals over disclosure in 2023"]


@pytest.mark.parametrize("question, names, named", [
    ("in 2020, requests to the qinghe sample center, guangdong and appeals - how many of each?",
     ["qinghe sample center"], ["qinghe sample center, guangdong"]),
    ("the people's government of hexin township, luoping, taiyuan city, shanxi and its 2020 lawsuits",
     ["hexin township", "luoping"], ["hexin township, luoping, taiyuan city, shanxi", "luoping, taiyuan city, shanxi"]),
    # (an English word of the vocabulary after the comma is a thing asked, not a place)
    ("qinghe sample center, wechat and weibo posts", ["qinghe sample center"], []),
    ("qinghe sample center, website posts and lawsuits", ["qinghe sample center"], []),
    # (nothing after the name: nothing to add)
    ("how many requests did the qinghe sample center get", ["qinghe sample center"], []),
])
def test_places_after_a_name_are_of_the_name(question, names, named):
    assert sorted(with_trailing_places(question, names)) == sorted(named)


def test_a_name_with_its_places_is_not_split():
    q = "in 2020, requests to the qinghe sample center, guangdong and appeals over disclosure - how many of each?"
    names = ["qinghe sample center"]
    asks = [a.text for a in split_asks(q, names + with_trailing_places(q, names))]
    assert asks == ["how many requests to the qinghe sample center, guangdong", "how many appeals over disclosure in 2020"]
