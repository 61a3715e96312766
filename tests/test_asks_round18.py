"""Round 18 kinds of several asks in one question (fictional agencies only):
- a second Chinese ask opening with its own done verb ("办了多少个证、追缴了多少资金") takes the question's frame, never
  the first ask's verb ("…办了追缴了多少资金" found nothing);
- asks of one sentence keep their own words apart when a later sentence asks something else ("…？另外收到多少面锦旗？");
- an ask counting a thing of its own after its measure word ("收到多少面锦旗") is no ask of the metric its verb alone
  names (收到 -> the applications received) and wants a figure in its own unit;
- what an English question sets aside ("apart from rules, how many …") is no ask.
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.query import detect_metric
from assistant.shapes import asked_unit, counted_noun_zh
from tests.fake_index import answer_from_lines
from tests.helpers import ask_texts

# --- splitting ---------------------------------------------------------------------------------

def test_a_second_ask_with_its_own_verb_takes_the_frame_not_the_first_verb():
    assert ask_texts("青禾县样例局那篇报告里，一年办了多少个证、追缴了多少资金？") == [
        "青禾县样例局那篇报告里，一年办了多少个证", "青禾县样例局那篇报告里，一年追缴了多少资金"]
    # (a second ask without a verb of its own still counts under the first's: "采购了总金额多少")
    assert ask_texts("青禾县2020年采购了几个项目，总金额多少")[1] == "青禾县2020年采购了总金额多少"
    assert ask_texts("青禾县2020年收到多少件申请、公开了多少条信息")[1] == "青禾县2020年公开了多少条信息"


def test_asks_of_one_sentence_keep_their_own_words_beside_a_later_sentence():
    asks = split_asks(normalise_query("青禾县样例局那篇报告里，一年办了多少个证、追缴了多少资金？另外收到多少面锦旗？"))
    assert [a.focus for a in asks] == ["办了多少个证", "追缴了多少资金", "另外收到多少面锦旗"]


@pytest.mark.parametrize(
    "question, asks",
    [
        ("Qinghe 2019 — apart from rules and normative documents, how many other documents and how many notices?", ["qinghe 2019 — how many other documents", "and how many notices"]),
        ("besides individuals, how many requests came from companies and how many from others?",
         ["how many requests came from companies", "and how many from others"]),
        ("qinghe 2019: other than the hotline, how many letters did it receive",
         ["qinghe 2019: how many letters did it receive"]),
    ],
)
def test_what_an_english_question_sets_aside_is_no_ask(question, asks):
    assert ask_texts(question) == asks


# --- what an ask counts ------------------------------------------------------------------------

def test_a_thing_counted_after_its_measure_word_is_no_metric_of_the_verb():
    assert counted_noun_zh("青禾县信访局一年收到多少面锦旗") == "锦旗"
    assert asked_unit("青禾县信访局一年收到多少面锦旗") == "面"
    assert detect_metric("青禾县信访局一年收到多少面锦旗") is None
    assert detect_metric("青禾县2020年收到了几台捐赠电脑") is None
    # the reports' own counted things, or no noun after the unit: the metric as before
    assert detect_metric("青禾县2020年收到多少件申请").key == "applications_received"
    assert detect_metric("青禾县2020年收到多少件").key == "applications_received"
    assert detect_metric("青禾县2020年主动公开了多少条信息").key == "proactive_disclosures"


DOC = "c" * 16
ORIGINAL = (
    "青禾县样例信访局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "全年收到群众来信320件,一边追责一边办证,追责办证150个,追缴资金45万元,收到锦旗18面。\n"
    "二、依申请公开情况\n"
    "本局未发生依申请公开政府信息事例。\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_yangli_xinfangju_2023.txt"], agency="青禾县样例信访局", region="青禾县",
                year=2023, aliases=["qinghe"])


def _answer(question: str) -> str:
    return answer_from_lines(REPORT, ORIGINAL, question, idf=False).text


def test_banners_received_are_answered_by_their_own_figure():
    text = _answer("青禾县样例信访局2023年收到多少面锦旗？")
    assert "18" in text and "320" not in text and "事例" not in text
    assert "锦旗18面" in _answer("青禾县样例信访局2023年报告里，收到了几面锦旗")  # (its sentence quoted)


def test_every_ask_of_a_question_with_a_later_sentence_is_answered():
    text = _answer("青禾县样例信访局2023年报告里，追责办证办了多少个、追缴了多少资金？另外收到多少面锦旗？")
    assert "150" in text and "45万元" in text and "18" in text


def test_a_second_ask_after_a_comma_may_name_its_thing_at_length():
    # (the two standard asks of a report, the second worded in full: both are answered, not only the last)
    assert ask_texts("青禾县样例局2024年收到政府信息公开申请多少件，因政府信息公开被申请行政复议多少件？") == [
        "青禾县样例局2024年收到政府信息公开申请多少件", "青禾县样例局2024年因政府信息公开被申请行政复议多少件"]
    # after 、 a long second part is still no ask of its own ("多少件、…"): the limit there is unchanged; the two kinds
    # of case it names are an ask each (assistant/case_kinds.py), each without the other kind's words
    asks = ask_texts("青禾县样例局2024年收到多少件、因政府信息公开被申请行政复议和行政诉讼的有多少件")
    assert len(asks) == 2 and "诉讼" not in asks[0] and "复议" not in asks[1] and "和" not in asks[1]
