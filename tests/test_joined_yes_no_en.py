"""A second English yes/no question after a comma ("…, and did it get sued") is an ask of its own; the tail of a
comparison ("…, and was that higher") is not (glossary joined_yes_no_en, assistant/asks.py)."""

import pytest

from tests.helpers import ask_texts


@pytest.mark.parametrize("question, asks", [
    ("Did the Qinghe sample bureau charge any fees, and did it get sued in 2022?",
     ["did the qinghe sample bureau charge any fees", "and did it get sued in 2022"]),
    ("Was anyone refused by the Qinghe sample office in 2022, and has anyone asked for a review?",
     ["was anyone refused by the qinghe sample office in 2022", "and has anyone asked for a review"]),
    ("Did the Qinghe sample office hold any trainings, and did the office publish a guide?",
     ["did the qinghe sample office hold any trainings", "and did the office publish a guide"]),
])
def test_a_second_yes_no_question_is_an_ask_of_its_own(question, asks):
    assert ask_texts(question) == asks


@pytest.mark.parametrize("question", [
    "How many requests did the Qinghe sample office get in 2022, and was that higher than in 2021?",
    "How many requests did the Qinghe sample office get in 2022 and did the number go up?",  # no comma: one ask
])
def test_a_comparison_tail_or_an_unbroken_question_stays_one_ask(question):
    assert len(ask_texts(question)) == 1
