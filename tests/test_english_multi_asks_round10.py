"""English staff phrasings of multi-part asks (fictional agencies): a noun under two participles, two channels each
with its own noun and participle, a measure joined after a count, a sub-place named with its direction in English,
and the previous-year column by a hyphenated name."""

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.labels import column_named
from assistant.noun_lists import channels_en
from assistant.participle_lists_en import participle_list_en
from assistant.report_names import place_part_names
from assistant.subjectless_asks import split_subjectless_tail_en


def _asks(question: str) -> list[str]:
    return [a.text for a in split_asks(normalise_query(question))]


# --- a counted noun under two or more participles ------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Qinghe forestry bureau 2031: requests granted in full and granted in part, how many each?",
     ["qinghe forestry bureau 2031: how many requests granted in full",
      "qinghe forestry bureau 2031: how many requests granted in part"]),
    ("Qinghe forestry bureau 2031: items published proactively and released on request, how many each?",
     ["qinghe forestry bureau 2031: how many items published proactively",
      "qinghe forestry bureau 2031: how many items released on request"]),
])
def test_a_noun_under_several_participles_is_an_ask_per_participle(question, expected):
    assert _asks(question) == expected


def test_three_participles():
    assert participle_list_en("how many requests fully disclosed, partly disclosed and refused") == [
        "how many requests fully disclosed", "how many requests partly disclosed", "how many requests refused"]


@pytest.mark.parametrize("piece", [
    "how many requests were granted in full and in part",  # (no participle after the noun: another reader's)
    "how many letters and online complaints were taken in",
    "how many posts published",  # (one participle: nothing to split)
    "how many requests granted after a long review of every file and refused",  # (a clause, not a row's name)
])
def test_no_participle_list(piece):
    assert participle_list_en(piece) is None


# --- two channels, each with its own noun and participle --------------------------------------------------------

def test_channels_with_own_participles_share_no_participle():
    assert channels_en("qinghe 2031: how many wechat posts pushed and weibo posts published") == [
        "qinghe 2031: how many wechat posts pushed", "qinghe 2031: how many weibo posts published"]
    assert channels_en("how many wechat posts pushed and weibo posts published in 2031") == [
        "how many wechat posts pushed in 2031", "how many weibo posts published in 2031"]


def test_a_channel_with_its_own_noun_still_shares_the_participle():
    assert channels_en("how many hotline calls and website messages received") == [
        "how many hotline calls received", "how many website messages received"]
    assert channels_en("how many hotline phone calls and website messages received") == [
        "how many hotline phone calls received", "how many website messages received"]


# --- a measure of the count before it, joined without a question word ---------------------------------------------

def test_a_measure_joined_after_a_count_is_an_ask_of_its_own():
    assert split_subjectless_tail_en("qinghe 2031 - how many letters & complaints were taken in, and the conclusion rate") == [
        "qinghe 2031 - how many letters & complaints were taken in", "what is the conclusion rate"]
    assert _asks("Qinghe petitions bureau 2031 - how many letters were taken in, and the share concluded?") == [
        "qinghe petitions bureau 2031 - how many letters were taken in", "what is the share concluded"]


def test_a_measure_without_a_count_before_it_stays():
    piece = "qinghe 2031: the satisfaction rate, and the participation rate"
    assert split_subjectless_tail_en(piece) == [piece]


# --- a sub-place named with its direction in English ---------------------------------------------------------------

def test_a_direction_before_the_street_word_is_english_too():
    names = place_part_names("云栖市青禾西大街街道办事处", "云栖市")
    assert "qinghe west street subdistrict" in names and "qinghexi street subdistrict" in names
    assert not any("west" in n for n in place_part_names("云栖市城西街道办事处", "云栖市"))  # (城西: the name, no stem)


# --- the previous-year column of table 二, hyphenated -----------------------------------------------------------------

@pytest.mark.parametrize("question", ["admin licensing row: previous-year count", "licensing: prior-year items"])
def test_the_previous_year_column_by_a_hyphenated_name(question):
    assert column_named("上一年项目数量", question)
