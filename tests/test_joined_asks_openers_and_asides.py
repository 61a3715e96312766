"""Several asks in one question, in phrasings a probe showed breaking: a kind of agency named in English inside a
thing asked ("number of government documents"), a figure named bare before a joined ask ("I need the proactive-disclosure
total as well as the number of …"), an aside opening the next Chinese ask ("顺便问下…"), a noun written before the
question word and a classifier ("收到锦旗多少面"), applications "carried forward from the previous year", and a list
closed by ": the two numbers please".  Fictional agencies only (松溪县林业局 / Songxi forestry bureau).
"""

from __future__ import annotations

from assistant.carry_direction import asked_carry
from assistant.query import detect_metric
from assistant.shapes import counted_noun_zh
from tests.helpers import ask_texts


# --- a kind of agency named in English is no mask over the things asked -----------------------------------
def test_a_generic_agency_word_inside_a_thing_asked_does_not_stop_the_split():
    asks = ask_texts("Songxi county 2021: number of government documents published plus number of items on the county portal?",
                 ["songxi county", "government"])
    assert len(asks) == 2
    assert "government documents" in asks[0] and "county portal" in asks[1]


def test_a_generic_agency_kind_with_a_joining_word_still_joins_no_asks():
    asks = ask_texts("Songxi letters and visits bureau 2021: how many items were published proactively?",
                 ["songxi letters and visits bureau", "letters and visits bureau"])
    assert len(asks) == 1


# --- a figure named bare is an ask, not a frame -------------------------------------------------------------
def test_a_total_named_bare_before_a_joined_ask_is_an_ask_of_its_own():
    asks = ask_texts("From the 2021 Songxi forestry bureau report, I need the proactive-disclosure total as well as the "
                 "number of applications received.", ["songxi forestry bureau"])
    assert len(asks) == 2
    assert "total" in asks[0] and "applications received" in asks[1] and "total" not in asks[1]


def test_a_frame_of_scope_still_goes_with_each_ask():
    asks = ask_texts("Of the Songxi forestry bureau's disclosed items in 2021, how many were notices and how many were plans?",
                 ["songxi forestry bureau"])
    assert len(asks) == 2 and all("disclosed items" in a for a in asks)


# --- an aside opening the next Chinese ask -------------------------------------------------------------------
def test_an_aside_opening_the_next_zh_ask_is_no_word_of_it():
    asks = ask_texts("松溪县林业局配了几名兼职人员？顺便问下这项工作是哪天开始的？", ["松溪县林业局"])
    assert len(asks) == 2
    assert "顺便" not in asks[1] and "哪天开始" in asks[1]


def test_an_aside_after_a_comma_starts_an_ask_of_its_own():
    asks = ask_texts("松溪县林业局2021年收到多少件申请，另外再问一下答复了多少件", ["松溪县林业局"])
    assert len(asks) == 2 and "问一下" not in asks[1]


# --- a noun before the question word and a classifier --------------------------------------------------------
def test_a_noun_before_a_classifier_is_the_thing_counted():
    assert counted_noun_zh("松溪县林业局全年收到锦旗多少面") == "锦旗"
    assert counted_noun_zh("松溪县林业局全年收到申请多少件") == ""  # (a unit the reports count in)
    assert detect_metric("松溪县林业局全年收到锦旗多少面") is None  # banners received, not applications
    assert detect_metric("松溪县林业局全年收到申请多少件").key == "applications_received"


# --- carried forward *from* a year ---------------------------------------------------------------------------
def test_carried_forward_from_the_previous_year_is_the_carried_over_row():
    ask = "songxi forestry bureau 2021: applications carried forward from the previous year"
    assert detect_metric(ask).key == "applications_carried_over"
    assert asked_carry(ask) == "prev"
    later = "songxi forestry bureau 2021: how many applications were carried forward to next year"
    assert detect_metric(later).key == "applications_carried_forward"
    assert asked_carry(later) == "next"


# --- a list closed by a colon and its count of figures ---------------------------------------------------------
def test_a_list_closed_by_a_colon_announcing_its_figures_is_one_ask_per_item():
    asks = ask_texts("Songxi town, 2019 — new items disclosed proactively, and part-time staff assigned: the two numbers please.",
                 ["songxi town"])
    assert len(asks) == 2
    assert "items disclosed" in asks[0] and "part-time staff" in asks[1]


# --- "A as well as the B" after a report's field, with no comma ------------------------------------------------
def test_a_field_joined_by_as_well_as_without_a_comma_is_two_asks():
    asks = ask_texts("Songxi forestry bureau 2020 report: its release date as well as the office that compiled it.",
                 ["songxi forestry bureau"])
    assert len(asks) == 2 and "release date" in asks[0] and "office that compiled" in asks[1]
    # (a count joined to a thing inside one ask stays one ask)
    assert len(ask_texts("How many items in total as well as the documents among them?")) == 1


def test_the_body_named_by_a_clause_of_its_own_is_a_publisher_ask():
    from assistant.shapes import BODY_ASK

    assert BODY_ASK.search("and what is the office that put it out")
    assert BODY_ASK.search("the department that published the songxi report")
    assert not BODY_ASK.search("how many items did the office publish")
