"""An English ask answered by quoting a Chinese statement of none says the none in English too ("None: no fees
charged[1]"), cited by the same span; the words are data (prompts/extractive.en.toml none_stated, [none_things]).
Fictional text."""

from __future__ import annotations

import pytest

from assistant.none_in_english import none_line, none_things
from prompts import load_templates

T = load_templates("extractive", "en")


@pytest.mark.parametrize("quote, ask, said", [
    ("群众来本中心查阅复印档案资料,一律未收取任何费用。", "were visitors charged anything to copy files", "None: no fees charged[3]"),
    ("全年未收取任何信息处理费。", "did the office collect any fees", "None: no information processing fees charged[3]"),
    ("本年度未发生有关申请的行政复议、行政诉讼。", "any reconsideration or lawsuits",
     "None: no administrative reconsideration cases or lawsuits[3]"),
    ("监督方面:未发生因公开工作引发举报、投诉、提起行政诉讼等情况。", "did its work trigger reports, complaints or lawsuits",
     "None: no public reports, complaints or lawsuits[3]"),
    ("本年度未收到依申请公开申请。", "how many applications came in", "None: no disclosure applications[3]"),
])
def test_a_statement_of_none_is_said_in_english(quote, ask, said):
    assert none_line(quote, 3, T, (), ask) == said


def test_a_none_of_another_kind_than_asked_says_nothing():
    assert none_line("本年度未收到依申请公开申请。", 1, T, (), "were there any lawsuits") is None  # (the quote answers no lawsuit ask)


def test_a_sentence_stating_no_none_says_nothing():
    assert none_line("本中心全年主动公开信息120条,收到申请5件。", 1, T, (), "how many applications") is None


def test_words_not_in_the_data_make_no_line():
    assert none_things("本年度未发生有关申请的行政复议。", {}, (), "any reconsideration") == []
    assert none_line("本年度未发生有关申请的行政复议。", 1, {"none_things": {"复议": "x"}}, (), "any reconsideration") is None  # (no template)


def test_the_template_data_is_in_the_english_templates_only():
    assert "none_stated" in T and T["none_things"]["收费"]
    assert "none_things" not in load_templates("extractive", "zh")
