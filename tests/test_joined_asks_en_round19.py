"""Round 19: several asks in one English question, each answered (fictional agencies only).

- "give me the number of A as well as the number of B", "plus the number of B": two asks, as "and the number of B" is;
- "how many A came in — and of those, how many B?": the narrowing words go with the second ask (within the first);
- "in 2021 how many A and how many B did X face", "X, 2019 — how many A and how many B did it put out": the first ask
  takes the last ask's verb after its lead too (it asked a bare noun phrase);
- "how many training sessions were held, with how many participants": a second ask after "with";
- "A and B — how many of each?": one ask per thing listed;
- a column of table 二 named in English ("the previous year's item count and the change this year") answers from that
  column, not the row's decisions; a change keeps its direction ("增4": "increase of 4");
- "personnel appointment items": items of 人事任免 are counted, not people (a people noun that modifies the noun).
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.joined_asks import each_after_en
from assistant.labels import column_named
from assistant.verify import ask_shape
from assistant.writeup import stated_value
from tests.fake_index import answer_from_lines
from tests.helpers import ask_texts


# --- splitting ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question, asks", [
    ("For Qinghe 2021, give me the number of requests received as well as the number of lawsuits.",
     ["for qinghe 2021, give me the number of requests received", "and how many lawsuits."]),
    ("Qinghe 2021: the number of requests received plus the number of lawsuits?",
     ["qinghe 2021: the number of requests received", "and how many lawsuits"]),
])
def test_the_number_of_a_second_thing_after_as_well_as_or_plus_is_an_ask(question, asks):
    assert ask_texts(question) == asks


def test_of_those_goes_with_the_ask_it_narrows():
    asks = split_asks(normalise_query("Qinghe 2021: how many requests came in — and of those, how many were granted in full?"))
    assert [a.text for a in asks] == ["qinghe 2021: how many requests came in", "of those how many were granted in full"]
    assert asks[1].within and not asks[0].within


@pytest.mark.parametrize("question, asks", [
    ("In 2021 how many reconsiderations and how many lawsuits did the Qinghe sample bureau face?",
     ["in 2021 how many reconsiderations did the qinghe sample bureau face",
      "and how many lawsuits did the qinghe sample bureau face"]),
    ("Qinghe office, 2019 — how many 'other' documents and how many notices did it put out proactively?",
     ["qinghe office, 2019 — how many 'other' documents did it put out proactively",
      "and how many notices did it put out proactively"]),
])
def test_a_first_ask_after_a_lead_takes_the_verb_of_the_last(question, asks):
    assert ask_texts(question) == asks


@pytest.mark.parametrize("question", [
    "Qinghe 2021: how many requests came in and how many were granted in full?",  # (its own verb: "came in")
    "Qinghe 2021: for penalties, how many decisions, and what was the previous year's count?",  # (no count last)
])
def test_a_first_ask_with_a_verb_or_before_another_kind_of_ask_keeps_its_words(question):
    first = ask_texts(question)[0]
    assert not first.endswith(("were granted in full", "was the previous year's count")), first


def test_a_second_ask_after_with_how_many():
    assert ask_texts("Qinghe 2021: how many training sessions were held, with how many participants?") == [
        "qinghe 2021: how many training sessions were held", "with how many participants"]


@pytest.mark.parametrize("question, rewritten", [
    ("qinghe 2021: reconsiderations and lawsuits — how many of each?", "qinghe 2021: how many reconsiderations and lawsuits"),
    ("qinghe 2021: requests, reconsiderations and lawsuits, how many each", "qinghe 2021: how many requests, reconsiderations and lawsuits"),
    ("qinghe 2021: how many requests and lawsuits?", None),
    ("qinghe 2021: who handled reconsiderations and lawsuits — how many of each?", None),
])
def test_things_then_how_many_of_each(question, rewritten):
    assert each_after_en(question) == rewritten
    if rewritten:
        assert len(ask_texts(question)) == rewritten.count(",") + rewritten.count(" and ") + 1


# --- what an ask counts ------------------------------------------------------------------------

@pytest.mark.parametrize("question, count", [
    ("how many personnel appointment items did qinghe publish", "things"),
    ("how many staff training sessions were held", "things"),
    ("how many staff took part", "people"),
    ("how many people attended trainings", "people"),
    ("how many staff members were trained", "people"),
    ("how many personnel were assigned", "people"),
])
def test_a_people_noun_modifying_the_counted_noun_counts_things(question, count):
    assert ask_shape(question).count == count


def test_a_table_column_named_in_english():
    assert column_named("上一年项目数量", "for administrative licensing, what's the previous year's item count")
    assert column_named("本年增/减", "qinghe 2021 table: licensing, what's the change this year")
    assert not column_named("上一年项目数量", "how many licensing decisions did qinghe make")
    assert not column_named("本年增/减", "how many licensing decisions did qinghe make")


def test_a_change_keeps_its_direction():
    assert stated_value(4, "增4", "en") == "increase of 4"
    assert stated_value(3, "减3", "en") == "decrease of 3"
    assert stated_value(4, "增4", "zh") == "增4"
    assert stated_value(4, "4", "en") == "4"


# --- answered, each ask ------------------------------------------------------------------------

ORIGINAL = (
    "青禾县样例局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年,本局主动公开政府信息356条,其中规范性文件12件,人事任免信息41条。全年收到政府信息公开申请27件,办结25件。"
    "全年组织业务培训4次,参训人员120人次。\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(五)项 |\n"
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
    "行政许可 | 6 | 增4 | 31 |\n"
    "第二十条第(六)项 |\n"
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
    "行政处罚 | 2 | 0 | 17 |\n"
    "四、政府信息公开行政复议、行政诉讼情况\n"
    "全年因政府信息公开被申请行政复议3件,被提起行政诉讼1件。\n"
)
REPORT = Report(doc_id="q" * 16, sources=["qinghe_yangli_ju_2021.txt"], agency="青禾县样例局", region="青禾县", year=2021,
                aliases=["qinghe"])


@pytest.mark.parametrize("question, figures", [
    ("Qinghe 2021 — how many normative documents and how many personnel appointment items did it publish?", ["12", "41"]),
    ("For Qinghe in 2021, give me the number of requests received as well as the number of lawsuits.", ["27", "1"]),
    ("Qinghe 2021: how many requests came in — and of those, how many were concluded?", ["27", "25"]),
    ("In 2021 how many reconsiderations and how many lawsuits did Qinghe face?", ["3", "1"]),
    ("Qinghe 2021: how many training sessions were held, with how many participants?", ["4", "120"]),
    ("Qinghe 2021: reconsiderations and lawsuits — how many of each?", ["3", "1"]),
    ("Qinghe 2021 table: for administrative licensing, what's the previous year's item count and the change this year?",
     ["6", "increase of 4"]),
    ("Qinghe 2021: for administrative penalties, how many decisions, and what was the previous year's count?", ["17", "2"]),
])
def test_every_english_ask_is_answered(question, figures):
    a = answer_from_lines(REPORT, ORIGINAL, question)
    lines = [ln for ln in a.text.splitlines() if ln.strip()]
    assert a.answered and not any("do not state" in ln for ln in lines), a.text
    assert len(lines) >= len(figures), a.text
    for line, figure in zip(lines, figures):
        assert f": {figure} " in line + " " or f": {figure}[" in line, (figure, a.text)


def test_words_in_quotation_marks_are_said_all_the_same():
    from assistant.en_phrases import bare
    from assistant.query import glossary_terms

    assert bare("how many 'other' government documents") == "how many other government documents"
    assert bare("what's qinghe's count") == "what's qinghe's count"  # (an apostrophe inside a word stays)
    assert "政府其他文件" in glossary_terms("qinghe 2019 — how many 'other' government documents did it put out")


def test_other_documents_and_personnel_appointments_are_answered_in_english():
    original = (
        "青禾县样例办公室2019年政府信息公开工作年度报告\n"
        "一、总体情况\n"
        "2019年,本办主动公开规章3件,行政规范性文件9件,县政府其他文件57件,人事任免文件23件。\n"
    )
    report = Report(doc_id="o" * 16, sources=["qinghe_yangli_bangongshi_2019.txt"], agency="青禾县样例办公室",
                    region="青禾县", year=2019, aliases=["qinghe"])
    a = answer_from_lines(report, original, "Qinghe office, 2019 — how many personnel appointment/removal documents "
                                            "did it put out proactively?")
    assert a.answered and "23" in a.text, a.text
    a = answer_from_lines(report, original, "Qinghe office, 2019: how many other government documents did it publish?")
    assert a.answered and "57" in a.text, a.text
