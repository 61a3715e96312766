"""English phrases of the data are found whatever articles the question writes, and an inverted question's subject
before "not" does not hide them (assistant/en_phrases.py); the glossary and the outcome rows use it."""

from __future__ import annotations

import pytest

from assistant.asked_rows import asked_rows
from assistant.en_phrases import bare, said, without_said
from assistant.query import glossary_terms


@pytest.mark.parametrize("phrase, text", [
    ("carried over to next year", "how many were carried over to the next year"),
    ("got partial release", "how many got a partial release"),
    ("did not hold", "how many requests did it not hold the information for"),
    ("state secrets", "withheld as state secrets"),
])
def test_a_phrase_is_said_with_or_without_articles(phrase, text):
    assert said(phrase, text)


@pytest.mark.parametrize("phrase, text", [
    ("carried over to next year", "carried over from the last year"),
    ("state secrets", "statesecrets"),
    ("did not hold", "did it hold"),  # no negation: nothing dropped makes it one
    ("an office", "a main office"),  # a phrase of one word without its article is matched only as written
])
def test_no_phrase_is_said_where_its_words_are_not(phrase, text):
    assert not said(phrase, text)


def test_articles_inside_words_are_kept():
    assert bare("the theatre and an analysis of a area") == "theatre and analysis of area"
    assert without_said("carried over to next year", "were carried over to the next year, how many") == "were  , how many"


@pytest.mark.parametrize("question, row_word", [
    ("Qinghe 2019: how many requests did it not hold the information for?", "不掌握"),
    ("Qinghe 2019: how many requests were carried over to the next year?", "结转下年度"),
    # the rows' everyday English words (template.toml staff_en)
    ("Qinghe 2019: how many requests were still being processed at year end?", "结转下年度"),
    ("Qinghe 2019: how many requests asked for information the office would have to create?", "另行制作"),
    ("Qinghe 2019: how many were rejected because disclosure would endanger safety or stability?", "危及"),
    ("Qinghe 2019: how many lawsuits were filed directly in court?", "直接起诉"),
])
def test_the_table_rows_are_named_through_articles_and_inversions(question, row_word):
    low = question.lower()
    assert any(row_word in w for _n, find in asked_rows(low) for w in find) or row_word in glossary_terms(low)


def test_a_phrase_inside_a_longer_phrase_said_adds_no_term():
    terms = glossary_terms("how many requests came from law firms")
    assert "法律服务机构" in terms and "商业企业" not in terms
    assert "商业企业" in glossary_terms("how many requests came from firms")
