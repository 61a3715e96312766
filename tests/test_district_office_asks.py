"""Asks of an old-format district government report (fictional 青禾县人民政府, a sample, not a real report), end to end
over a FakeIndex: the government's office named in the ask is scope, not content; a change asked of one thing is the
change written next to its count; the part of a named set that underwent the act asked; the report's date asked in
other words; a change figure after a count in Chinese numerals keeps its subject (ingest)."""

from __future__ import annotations

import pytest

from assistant.asked_act import asked_act
from assistant.change_figures import asks_change_size
from assistant.core.types import Report
from ingest.prose import extract_figures
from tests.fake_index import answer_from_lines

DOC = "q" * 16
ORIGINAL = (
    "青禾县人民政府2015年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "2015年，全县主动公开政府信息五百一十二条，同比增长6.4%。其中，通过县政府门户网站公开300条。\n"
    "县政府门户网站全年访问量达八万人次，同比增长3.2%。\n"
    "二、依申请公开政府信息情况\n"
    "2015年，县政府办公室共受理政府信息公开申请二十六件，同比增长30%。\n"
    "三、监督检查情况\n"
    "县政府办公室会同县监察局对全县各部门开展专项检查三次，发现问题9个，已整改到位7个，其余2个正在整改中。\n"
    "青禾县人民政府办公室\n"
    "2016年3月25日\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_gov_2015.txt"], agency="青禾县人民政府", region="青禾县", year=2015)


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question, idf=False)


@pytest.mark.parametrize("question", [
    "青禾县人民政府办公室2015年主动公开了多少条政府信息？",
    "青禾县政府办公室2015年主动公开了多少条政府信息？",
    "青禾县政府办2015年主动公开了多少条信息？",
])
def test_the_government_office_named_is_the_report_not_an_inner_unit(question):
    # (the office compiles the government's report: "县政府办公室会同…开展专项检查三次" is no answer)
    a = _ask(question)
    assert a.answered and "512" in a.text


def test_a_change_figure_after_a_chinese_numeral_count_keeps_its_subject():
    got = {(f.value, f.context) for f in extract_figures(ORIGINAL)}
    assert (6.4, "全县主动公开政府信息") in got
    assert (30.0, "县政府办公室共受理政府信息公开申请") in got


@pytest.mark.parametrize("question, change", [
    ("青禾县2015年依申请公开的申请数量同比增长多少？", "30"),
    ("青禾县2015年主动公开信息同比增长了多少？", "6.4"),
    ("By what percentage did Qinghe county's proactively disclosed information grow in 2015?", "6.4"),
    ("By how much did Qinghe county's disclosure requests grow in 2015?", "30"),
])
def test_a_change_asked_of_one_thing_is_the_change_next_to_its_count(question, change):
    a = _ask(question)
    assert a.answered and change in a.text
    assert "512" not in a.text and "26" not in a.text.replace("2015", "")


def test_asks_of_a_change_size():
    assert asks_change_size("依申请公开的申请同比增长了多少")
    assert asks_change_size("by what percentage did requests grow")
    assert not asks_change_size("增加了多少件")  # a count of the change: two years compared
    assert not asks_change_size("how many requests were received")


@pytest.mark.parametrize("question", [
    "青禾县2015年监督检查发现的问题整改了多少个？",
    "How many of the problems found in Qinghe county's 2015 inspection were rectified?",
])
def test_the_part_of_a_named_set_that_underwent_the_act_asked(question):
    a = _ask(question)
    assert a.answered and "7" in a.text and "已整改到位" in a.text


def test_the_act_asked_of_a_set():
    assert asked_act("发现的问题整改了多少个", {"发现": 1.0, "问题": 1.0, "整改": 1.0}) == "整改"
    assert asked_act("发现了多少个问题", {"发现": 1.0, "问题": 1.0}) == ""


def test_the_report_date_asked_with_a_word_cut_by_the_tokenizer():
    a = _ask("青禾县2015年年报是哪天发的？")
    assert a.answered and "2016年3月25日" in a.text


def test_answered_within_the_time_limit_with_de_is_none_late():
    from ingest.prose import extract_nones

    nones = extract_nones("所受理的申请均在《条例》规定的期限内答复，按期答复率100%。")
    assert any(f.row == "逾期答复" for f in nones)
