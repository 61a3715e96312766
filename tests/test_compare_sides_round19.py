"""English comparisons of one report, round 19 (fixer A), over a fictional report (Maple county records bureau; no
text copied from a report):

- what both sides are measured by, asked after them ("online complaints vs letters: which had the better closure
  rate?"): each side's ask is of that measure, not of the sides' counts;
- a last ask of the difference only ("…, how many from B, and how many more did B account for?", "…, and what is the
  difference?") lends its verb to no other ask, and "how many more did/came …" without "than" is such an ask;
- "were A bigger than B", "did A outnumber B", "how many more A than B were there", "which had more, A or B": two sides;
- the petitions words of cases handed down in batches ("third batch" -> 第三批, "repeat-visit cases" -> 重复访).
"""

from __future__ import annotations

import pytest

from assistant.aggregate import asks_difference_only
from assistant.asks import split_asks
from assistant.sides_en import compare_sides_en, measured_after


@pytest.mark.parametrize(("question", "sides", "measure"), [
    (("maple county records bureau 2021: online complaints vs letters from the public: which had the better closure "
     "rate, and by how many percentage points?"), ["online complaints", "letters from the public"], "closure rate"),
    (("maple county records bureau 2021: requests online vs requests by letter — which one has the higher approval "
     "rate?"), ["requests online", "requests by letter"], "approval rate"),
])
def test_sides_asked_of_the_measure_named_after_them(question, sides, measure):
    got = compare_sides_en(question)
    assert [side for _text, side in got] == sides
    assert all(text.endswith(f"{side} {measure}") for text, side in got)


@pytest.mark.parametrize("after", [
    ": which is larger, and by how much?",  # a count: no measure of its own
    ", and by how many?",
    "",
])
def test_no_measure_when_the_question_asks_which_is_more(after):
    assert measured_after(after) == ""


def test_counts_compared_keep_their_asks():
    got = compare_sides_en("maple county records bureau 2021: online requests vs requests by letter — which is larger, "
                           "and by how much?")
    assert got == [("maple county records bureau 2021: online requests", "online requests"),
                   ("maple county records bureau 2021: requests by letter", "requests by letter")]


@pytest.mark.parametrize("ask", [
    "and how many more did the county campaign account for",
    "and how many more came online",
    "how much more was spent",
])
def test_how_many_more_with_a_verb_and_no_than_asks_the_difference(ask):
    assert asks_difference_only(ask)


@pytest.mark.parametrize("ask", [
    "how many more requests came online than by letter",
    "how many requests came online",
])
def test_a_figure_of_its_own_is_no_difference_ask(ask):
    assert not asks_difference_only(ask)


@pytest.mark.parametrize(("question", "second"), [
    (("maple county records bureau 2021: how many cases came in the second batch from the city office, how many from "
     "the county campaign, and how many more did the county campaign account for?"), "how many from the county campaign"),
    (("maple county records bureau 2021: how many requests came in person, how many by letter, and what is the "
     "difference?"), "how many by letter"),
])
def test_a_difference_ask_lends_its_verb_to_no_side(question, second):
    asks = split_asks(question)
    assert len(asks) == 3
    assert asks[1].text.strip() == second
    assert asks_difference_only(asks[2].text)


@pytest.mark.parametrize(("question", "asks"), [
    # a comparative after the first side: "than" joins the sides, the first is the subject after "were"
    ("maple county records bureau 2021: were requests by letter bigger than online requests?",
     ["maple county records bureau 2021: were requests by letter", "maple county records bureau 2021: were online requests"]),
    # "outnumber" is the first side's verb: the second side is its whole object
    ("maple county records bureau 2021: did online requests outnumber requests by letter, and by how many?",
     ["maple county records bureau 2021: did online requests", "maple county records bureau 2021: did requests by letter"]),
    # "… were there" ends the second side
    ("maple county records bureau 2021: how many more online requests than requests by letter were there?",
     ["maple county records bureau 2021: how many online requests", "maple county records bureau 2021: how many requests by letter"]),
    # the question word before the sides is no word of either
    ("maple county records bureau 2021: which had more, online requests or requests by letter, and by how many?",
     ["maple county records bureau 2021: online requests", "maple county records bureau 2021: requests by letter"]),
])
def test_english_phrasings_of_two_sides(question, asks):
    assert [text for text, _side in compare_sides_en(question)] == asks


def test_petition_batches_have_the_reports_words():
    from assistant.core.glossary import GLOSSARY

    for phrase, word in (("third batch", "第三批"), ("repeat-visit cases", "重复访"), ("handed down", "交办"),
                         ("closure rate", "结案率")):
        assert word in GLOSSARY.en_to_zh[phrase]
