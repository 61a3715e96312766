"""Chinese multi-asks about roles and measures in prose, and an English retold part before an ask of its whole
(session 12, fixer N3).  Fictional reports only (青禾县样例局, 翠湖市样例县政府).

* a role-holder ask after an opening clause naming the report ("那篇繁体的…年终报告范文里，…组长是谁担任的？下设办公室的
  主任又是哪位？"): the clause describes the copy, so its words weigh nothing when sentences are matched
  (assistant/report_lead.py), and each ask is answered by its own cited clause ("组长由…担任", "主任为…");
* a measure asked in a question's own words ("为了让制度真正落地，各级还另外定了什么") and the example a text gives of it
  ("文中拿哪个县级市举例" -> "如白石市制定了…": assistant/name_asks.py, a place kind and the relation of an example);
* an English piece retelling what the report says before the question asks the whole it is part of ("it says some
  township offices had set up units - out of how many townships altogether?"): no ask (assistant/stated_premises.py),
  so the part's figure is no answer and the whole, never stated, is declined.
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.types import Report
from assistant.name_asks import name_ask, names_in
from assistant.report_lead import without_report_lead
from assistant.stated_premises import retold_ask, states_premise_en
from assistant.writeup import not_found_line
from tests.fake_index import answer_from_lines

BUREAU = Report(doc_id="r" * 16, sources=["qinghe_yangliju_2015.txt"], agency="青禾县样例局", region="青禾县", year=2015,
                aliases=["qinghe"])
BUREAU_TEXT = (
    "青禾县样例局2015年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)建立领导和工作机构\n"
    "我局建立了政务公开工作领导小组。组长由县政府副县长、样例局局长担任,副组长由副局长担任。"
    "下设政务公开办公室,办公室设在综合股,办公室主任为综合股股长林远航,相关股室负责人为成员。\n"
    "(二)完善制度\n"
    "我局建立健全了信息公开、保密审查等制度。为确保制度落实,各乡镇还制定了考核办法和工作细则,不断健全长效机制。"
    "如白石镇制定下发了《白石镇信息公开考核办法》。\n"
    "二、主动公开政府信息情况\n"
    "本年主动公开政府信息86条。\n"
)


# --- a report's opening clause is which copy, not what is asked ---------------------------------------------------

@pytest.mark.parametrize("text, rest", [
    ("那篇繁体的县样例局年终信息公开报告范文里，组长是谁担任的", "组长是谁担任的"),
    ("那份区政府的年报：主动公开了多少条", "主动公开了多少条"),
    ("青禾县样例局2015年的报告里面，办公室主任是谁", "办公室主任是谁"),
    ("全县一共发布了几份年度报告，其中部门几份", "全县一共发布了几份年度报告，其中部门几份"),  # the lead asks itself
    ("组长是谁担任的", "组长是谁担任的"),  # no lead
])
def test_the_report_lead_is_cut_only_where_it_asks_nothing(text, rest):
    assert without_report_lead(text) == rest


def test_a_declined_ask_is_said_without_the_report_lead():
    line = not_found_line("报告中没有写明{ask}。", "那篇繁体的县样例局年终信息公开报告范文里，领导小组的组长是谁担任的")
    assert line == "报告中没有写明领导小组的组长是谁担任的。"


def test_a_role_holder_and_an_office_head_each_answered_by_their_clause():
    a = answer_from_lines(BUREAU, BUREAU_TEXT, "那篇繁体的县样例局年终信息公开报告范文里，局里政务公开工作领导小组的组长是谁担任的？"
                                               "下设办公室的主任又是哪位？")
    assert a.answered, a.text
    quotes = [c.quote for c in a.citations]
    assert any("组长由县政府副县长、样例局局长担任" in q for q in quotes), quotes
    assert any("林远航" in q for q in quotes), quotes
    assert "没有" not in a.text, a.text  # neither ask declined


# --- a measure in the question's own words, and the example the text gives ----------------------------------------

@pytest.mark.parametrize("question, kind", [
    ("文中拿哪个县级市举例", "县级市"),
    ("报告以哪个镇为例", "镇"),
    ("which county is given as an example", None),  # (no English place kind: the English kinds are bodies)
])
def test_an_example_place_ask(question, kind):
    got = name_ask(question)
    if kind is None:
        assert got is None
        return
    assert got is not None and got.kind == kind, got
    assert any("如" in words for words, _after in got.relations), got.relations


@pytest.mark.parametrize("text, names", [
    ("。如白石镇制定下发了《白石镇信息公开考核办法》", ["白石镇", "白石镇"]),  # the example's 如 starts no name
    ("例如白石镇制定了办法", ["白石镇"]),
])
def test_an_example_name_starts_after_its_marker(text, names):
    assert [text[a:b] for a, b in names_in(text, ("镇",))] == names


def test_what_was_drawn_up_and_the_example_each_answered():
    a = answer_from_lines(BUREAU, BUREAU_TEXT, "青禾县样例局2015年那份年报，为了让那些制度真正落地，各乡镇还另外定了什么？"
                                               "文中拿哪个镇举例？")
    assert a.answered, a.text
    assert "考核办法和工作细则" in a.text, a.text
    assert "白石镇" in a.text.splitlines()[-1], a.text
    assert any(c.quote.startswith("如白石镇") for c in a.citations), [c.quote for c in a.citations]


# --- a part retold before the ask of its whole ---------------------------------------------------------------------

@pytest.mark.parametrize("question, asks", [
    ("qinghe 2015: it says some township offices had set up disclosure units - out of how many townships altogether?",
     ["how many townships altogether"]),
    ("qinghe 2015: according to the report, 6 townships had set up units. out of how many townships in total?",
     ["how many townships in total"]),
    ("qinghe 2015: 6 townships had set up units, out of how many townships in total?", ["how many townships in total"]),
    # a part asked, then its whole: both asks
    ("how many visit cases were concluded, out of how many accepted?",
     ["how many visit cases were concluded", "how many visit cases accepted"]),
])
def test_a_retold_part_is_no_ask(question, asks):
    assert [a.text for a in split_asks(question)] == asks


@pytest.mark.parametrize("piece", [
    "it says how many townships had set up units",  # asks itself
    "qinghe 2015 applications received",  # a list ask, no frame, no whole after it
])
def test_an_ask_is_no_retold_premise(piece):
    assert not states_premise_en(piece, piece + ", and how many were granted")


def test_the_whole_of_a_retold_part_is_declined():
    text = BUREAU_TEXT.replace("二、主动公开", "县政府办公室和6个乡镇政府已成立政务公开工作机构。\n二、主动公开")
    a = answer_from_lines(BUREAU, text, "Qinghe 2015: it says some township governments had set up open-government units"
                                        " - out of how many townships altogether?")
    assert not a.answered, a.text
    assert "6" not in a.text, a.text
    assert a.text.endswith("the report does not state how many townships altogether."), a.text  # the whole, named


@pytest.mark.parametrize("question, asks, named", [
    ("qinghe 2015: it says some offices had set up units - out of how many townships altogether?",
     ["how many townships altogether"], "how many townships altogether"),
    ("qinghe 2015: how many applications were received?", ["how many applications were received"], ""),  # no retelling
    ("how many were concluded, out of how many accepted?", ["how many were concluded", "how many accepted"], ""),
])
def test_the_refusal_names_the_ask_only_after_a_retelling(question, asks, named):
    assert retold_ask(question, asks) == named
