"""English phrasings of multi-part, comparison and identity asks (wave 9, fixer DE9), on fictional text and agencies:

- "the statistics" after a bare article or a word of how often they come out ("what period do the statistics
  cover", "monthly statistics vs planning items") are the report's figures, no statistics bureau asked
  (not_stated.toml type_word_as_data_en); "the Qinghe statistics bureau" still is;
- the period asked by its two ends ("what start and end dates do the statistics use") or by what the figures do
  ("the statistics run up to 31 December from which date") is the report's 统计期限, not its publication date;
- a comparison side cut inside a name of joined words ("the Qinghe letters and visits bureau or the Yunqi finance
  bureau") is no side of one report: the two reports are compared;
- two figures joined under one measure word ("the satisfaction rate and participation rate") are two asks;
- two equal figures compared show their difference worked out (0), not only "both the same";
- words staff use: "participation rate" (参评率), "service stations" (代办点), "on-site reading points" (查阅点).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.answer_types import asks_period
from assistant.asks import split_asks
from assistant.other_agency import agency_types_named
from assistant.query import glossary_groups
from assistant.several_reports import SeveralReports
from assistant.shapes import report_date_terms
from assistant.sides_en import compare_sides_en
from prompts import load_templates


@pytest.mark.parametrize("norm", [
    "which period ending december 31 do the statistics in qinghe's 2021 disclosure report cover?",
    "for the yunqi 2019 report, from when to when do the statistics run?",
    "qinghe 2019 english report: how many monthly statistics releases and how many planning items?",
    "were there more monthly statistics or planning information items in qinghe's 2019 report?",
])
def test_the_statistics_of_a_report_name_no_statistics_bureau(norm):
    assert agency_types_named(norm) == []


@pytest.mark.parametrize("norm", [
    "how many requests did the qinghe statistics bureau receive in 2021?",
    "the qinghe county statistics 2010: who heads its leading group?",
])
def test_a_statistics_bureau_named_is_still_one(norm):
    assert "统计" in agency_types_named(norm)


@pytest.mark.parametrize("ask", [
    "What start and end dates do the statistics in the 2015 report of the Qinghe police bureau use?",
    "Qinghe sample bureau 2020: the statistics in its report run up to December 31 from which date?",
])
def test_the_period_asked_by_its_ends_or_by_what_the_figures_do(ask):
    assert asks_period(ask)
    assert report_date_terms(ask.lower(), {"statistics": 2.0}) == {}


def test_a_name_of_joined_words_is_no_side_of_one_report():
    norm = ("2022: which published more information proactively, the qinghe letters and visits bureau or the yunqi "
            "finance bureau, and by how much?")
    assert compare_sides_en(norm) is None
    assert compare_sides_en("qinghe 2023: were more requests made in person or by letter? difference?")  # (still sides)


@pytest.mark.parametrize("norm, asks", [
    ("qinghe 2023: what were the district's public satisfaction rate and participation rate?", 2),
    ("yunqi 2022: what was the closure rate and the satisfaction rate?", 2),
    ("how many policy and regulation items did qinghe publish?", 1),  # one thing
    ("what were the work plan and work summary of qinghe?", 1),  # no measure word
])
def test_figures_joined_under_one_measure_word_are_asks_of_their_own(norm, asks):
    assert len(split_asks(norm)) == asks, [a.text for a in split_asks(norm)]


def test_two_equal_figures_differ_by_zero_worked_out():
    facts = [SimpleNamespace(unit="件"), SimpleNamespace(unit="件")]
    figs = [SimpleNamespace(value=12.0, facts=[f], report=SimpleNamespace(year=2022)) for f in facts]
    w = SimpleNamespace(lines=[])
    SeveralReports._add_difference(None, figs, {id(facts[0]): 1, id(facts[1]): 2}, w,
                                   load_templates("extractive", "en"), "en", "who received more requests?")
    assert w.lines == ["Difference: 12[1] − 12[2] = 0"], w.lines


@pytest.mark.parametrize("text, zh", [
    ("what was the participation rate?", "参评率"),
    ("how many agent service stations were set up?", "代办点"),
    ("how many on-site reading points were there?", "查阅点"),
])
def test_staff_words_reach_the_report_words(text, zh):
    assert any(zh in group for group in glossary_groups(text)), glossary_groups(text)
