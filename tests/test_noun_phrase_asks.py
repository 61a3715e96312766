"""Asks written as noun phrases, and things joined by "and" that are one thing (assistant/noun_phrase_asks.py)."""

from assistant.asks import split_asks
from assistant.noun_phrase_asks import JOINED_LABELS, led_by_measure_en, noun_phrase_asks_en


def _texts(norm: str) -> list[str]:
    return [a.text for a in split_asks(norm)]


def test_a_count_and_a_share_written_as_noun_phrases_are_two_asks():
    asks = _texts("qingmu 2031: the count of visits accepted and the share of them that was concluded")
    assert len(asks) == 2
    assert "count of visits" in asks[0] and "share" not in asks[0]
    assert "share of them" in asks[1]


def test_a_count_and_a_place_in_a_ranking_are_two_asks():
    asks = _texts("lanxi county work summary: the number of bureaus with a spokesperson and the county place in the provincial assessment")
    assert len(asks) == 2
    assert "spokesperson" in asks[0] and "place" in asks[1]


def test_a_change_asked_as_a_noun_phrase_and_a_rate_are_two_asks():
    assert any("other organi" in x for x in JOINED_LABELS)  # (the template's joined columns stay one thing)
    asks = _texts("qingmu 2031: the year-on-year drop in visits and the resolution rate for first petitions")
    assert len(asks) == 2
    assert "drop in visits" in asks[0]
    assert "resolution rate" in asks[1]


def test_a_measure_after_a_question_word_is_left_to_the_split():
    norm = "how many letters did qingmu accept and the share of them concluded"
    assert noun_phrase_asks_en(norm) == norm


def test_and_the_number_is_left_to_the_split_and_chinese_is_left_alone():
    norm = "qingmu 2031: the total items published and the number of requests"
    assert noun_phrase_asks_en(norm) == norm
    assert noun_phrase_asks_en("青木县2031年的办结率和满意率") == "青木县2031年的办结率和满意率"


def test_one_measure_joining_two_things_is_no_second_ask():
    norm = "qingmu 2031: the share of letters and visits concluded"
    assert noun_phrase_asks_en(norm) == norm


def test_a_piece_led_by_a_measure_is_an_ask_not_a_frame():
    assert led_by_measure_en("qingmu 2031: the year-on-year drop in letters")
    assert not led_by_measure_en("qingmu 2031: how many letters and the drop")
    assert not led_by_measure_en("of qingmu's disclosed items")
