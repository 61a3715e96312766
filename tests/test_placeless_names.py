"""English names of agencies that name no place of their own (fictional reports): one entry point (scope.match_reports),
two layers — the fixed "<level> <type>" names held by the names index, then the name written word by word
(assistant/agency_en.py) — and one table of English agency words (names.toml [agency_name_en])."""

from __future__ import annotations

import pytest

from assistant.agency_en import PlacelessWords, phrases, placeless_words
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.core.vocab import names_vocab
from assistant.scope import level_type_names, match_reports

TECH = Report(doc_id="t1", agency="区科技工业商务信息化局", region=None, year=2022, aliases=[])
PETITIONS = Report(doc_id="t2", agency="市信访局", region=None, year=2022, aliases=[])
WATER = Report(doc_id="t3", agency="县水务局", region=None, year=2022, aliases=[])
PLACED = Report(doc_id="t4", agency="青禾区科技工业商务信息化局", region="青禾区", year=2022, aliases=["qinghe"])
BANNER = Report(doc_id="t5", agency="旗林业局", region=None, year=2022, aliases=[])
ALL = [TECH, PETITIONS, WATER, PLACED, BANNER]


def _docs(question: str) -> list[str]:
    return [r.doc_id for r in match_reports(normalise_query(question), ALL)[1]]


@pytest.mark.parametrize("question, docs", [
    # the first layer: names of the index
    ("how many applications did the city petitions bureau receive", ["t2"]),
    ("how many applications did the municipal petitions bureau receive", ["t2"]),
    ("the county water affairs bureau: applications in 2022?", ["t3"]),
    # the second layer: written word by word, in any joining
    ("District science, technology, industry, commerce & informatization bureau: applications?", ["t1"]),
    ("district science and technology, industry, commerce and information technology bureau 2022", ["t1"]),
    ("what did the city letters and visits bureau publish", ["t2"]),
    ("what did the banner forestry bureau publish", ["t5"]),
    # a place named beside the words wins
    ("Qinghe district science, industry, commerce and informatization bureau: applications?", ["t4"]),
])
def test_one_entry_point_names_the_placeless_agency(question, docs):
    assert _docs(question) == docs


@pytest.mark.parametrize("question", [
    "district informatization bureau: applications?",  # one word of four
    "banner forestry and grassland bureau",  # (a word of no agency name of the data: no name)
    "county petitions bureau: applications?",  # another level
    "science, industry, commerce and informatization bureau",  # no level word: a kind of agency
    "how many petitions did the bureau receive",
])
def test_other_english_names_name_nothing(question):
    assert _docs(question) == []


def test_the_level_words_are_one_table_for_both_layers():
    levels = names_vocab().name_levels_en
    assert {"city petitions bureau", "municipal petitions bureau"} <= set(level_type_names("市信访局", None))
    [(_text, level, _parts, _head)] = phrases("the municipal petitions bureau")
    assert level == levels["municipal"] == "市"


def test_candidates_come_from_the_word_index_not_from_every_report():
    words = PlacelessWords(ALL)
    assert "t4" not in words.by_doc  # it names its place: the names index reaches it
    [(_t, level, parts, _h)] = phrases("district science, industry and commerce bureau")
    assert [r.doc_id for r in words.candidates(level, parts)] == ["t1"]
    [(_t, level, parts, _h)] = phrases("county water bureau")
    assert [r.doc_id for r in words.candidates(level, parts)] == ["t3"]
    assert words.candidates("市", parts) == []  # no city water bureau


def test_the_word_index_is_built_once_per_list_of_reports():
    assert placeless_words(ALL) is placeless_words(ALL)
    assert placeless_words(list(ALL)) is not placeless_words(ALL)  # a new generation's list: a new index
