"""The English names of the agency and place that scope a multi-ask question are no words of its asks (GC9, wave 9):
"how many requests did the Qinghe letters and visits bureau get, and how many were granted" searched its first ask
with 信访 (the name's "letters and visits") and landed on a row of petitions.  Fictional agencies only.
"""

from __future__ import annotations

import pytest

from assistant.ask_question import ask_question
from assistant.asks import Ask, split_asks
from assistant.core.text import normalise_query
from assistant.query import ParsedQuestion, glossary_terms


def _scoped(question: str, names) -> list[tuple[str, str]]:
    return [(a.text, a.scoped) for a in split_asks(normalise_query(question).strip(), names)]


@pytest.mark.parametrize(
    "question, names, first_scoped",
    [
        # the whole name cut out of the ask that writes it
        ("how many requests did the qinghe letters and visits bureau get in 2023, and how many were granted?",
         ["qinghe", "qinghe letters and visits bureau"], "how many requests did get in 2023"),
        # a place name, then a type word of the agency after a level word: the type completes the name
        ("qinghe district government petitions bureau, 2023: how many batches did leaders receive, and how many person-times?",
         ["qinghe", "qinghe district"], ", 2023: how many batches did leaders receive"),
        # "the <type> of <place>"
        ("how many letters did the petitions office of qinghe district take in, and how many were concluded?",
         ["qinghe", "qinghe district"], "how many letters did take in"),
    ],
)
def test_scope_names_cut_from_each_ask(question, names, first_scoped):
    asks = _scoped(question, names)
    assert len(asks) >= 2
    assert asks[0][1] == first_scoped
    assert "qinghe" in asks[0][0]  # (the ask as written keeps the name: it is what the answer restates)


def test_scoped_ask_loses_the_names_glossary_terms():
    q = "how many requests did the qinghe letters and visits bureau get in 2023, and how many were granted?"
    norm = normalise_query(q).strip()
    first = split_asks(norm, ["qinghe", "qinghe letters and visits bureau"])[0]
    assert "信访" in glossary_terms(first.text)
    parsed = ParsedQuestion(text=q, norm=norm, language="en", doc_ids=["d1"])
    sub = ask_question(parsed, first, None)
    assert "信访" not in sub.terms and "申请" in sub.terms


def test_a_headless_type_word_stays_it_may_be_the_thing_asked():
    # "government documents" asks a row: only the place is cut, "government" stays
    asks = _scoped("how many government documents did qinghe county publish in 2020, and how many press releases?",
                   ["qinghe county"])
    assert "government documents" in asks[0][1]


def test_one_ask_and_nothing_left_keep_the_text():
    assert _scoped("how many requests did the qinghe petitions bureau get in 2023?", ["qinghe"]) == [
        ("how many requests did the qinghe petitions bureau get in 2023", "")]


def test_sides_of_a_comparison_of_reports_keep_their_names():
    # two reports: a side's name is what picks its report, so the ask is searched as written
    parsed = ParsedQuestion(text="", norm="x", language="en", doc_ids=["d1", "d2"])
    ask = Ask("how many requests did the qinghe petitions bureau get", scoped="how many requests did get")
    assert ask_question(parsed, ask, None).norm == ask.text


def test_staff_words_for_the_petitions_office_and_rates():
    from assistant.core.vocab import names_vocab

    types = names_vocab().english_type_words
    assert {"petitions office", "letters and visits office", "food and drug supervision bureau"} <= types
    assert "办结率" in glossary_terms("what was the conclusion rate")
    assert "参评率" in glossary_terms("what was the rate of participation in the evaluation")


def test_an_ordinal_in_a_name_restates_no_figure():
    # "of the 16th regiment" names a unit (a premise "of the 16 …" would be a count the question takes as given)
    from assistant.premise import premise_values

    assert premise_values("how many items did sample town of the 16th regiment publish in 2021") == []
    assert premise_values("of the 3rd batch of cases, how many were closed") == []
    assert premise_values("of the 16 applications, how many were granted") == [16.0]
