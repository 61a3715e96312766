"""Statements of none, publication dates and the publishing office (issue 10, kinds 6 and 8; round-2 failures):
a statement of none whose clause holds a year, an enumerator or an anonymised year; cues of none in other words
("未因…", "不存在…", "一律不收费", "零败诉"); a publication date in a page's metadata table ("发文日期 | …"), in a
traditional-character header the cleaning drops, or alone under the title; the publishing office of a page
header ("发布机构 | 镇政府办 |", "发布者:…", "来源: …办公室"); and the answers these facts give to questions
worded otherwise ("被复议、起诉了几起" for "未发生…行政复议、行政诉讼"; "which office published it").

Every text here is written for fictional agencies (禾苗镇, 青禾县样例局); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.evidence import EvidenceGatherer
from assistant.query import parse_question
from assistant.scope_names import scope_places
from ingest.clean import clean
from ingest.facts import build_facts
from ingest.narrative import extract_narrative_facts
from ingest.prose import extract_nones
from ingest.prose_fields import extract_contacts, extract_dates, extract_original_contacts, extract_original_dates
from ingest.structure import split_sections
from ingest.tables import extract_table_facts
from tests.fake_index import FakeIndex


def _clean(text: str) -> str:
    return clean(text).text


def facts_of(original: str, **report):
    ct = clean(original)
    return build_facts(ct, split_sections(ct.text), extract_table_facts(ct.text), extract_narrative_facts(ct.text),
                       **{"doc_id": "d" * 16, "source": "s.txt", **report})


# --- statements of none ----------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, what", [
    # a year, a date or an enumerator in the clause is no number it states
    # (things of different kinds denied together are one statement each, keeping what modifies them all)
    ("2023年未发生有关政府信息公开申请的行政复议、行政诉讼情况。", ("政府信息公开申请的行政复议", "政府信息公开申请的行政诉讼")),
    ("截至2023年12月31日本局未收到政府信息公开申请。", "政府信息公开申请"),
    ("1、依申请公开情况:目前我镇尚未收到政府信息公开申请。", "政府信息公开申请"),
    ("20XX年度我局未出现政府信息公开行政复议和行政诉讼情况。", ("政府信息公开行政复议", "行政诉讼")),
    # other cues of none
    ("本局未因政府信息公开引起行政复议案件发生。", "政府信息公开引起行政复议案件"),
    ("全年未被提起行政诉讼。", "提起行政诉讼"),
    ("本年度不存在收费及减免情况。", "收费及减免"),
    ("2023年我局未收取政府信息公开信息处理费。", "政府信息公开信息处理费"),
    # a word that says none of its own topic
    ("本年度依申请提供政府信息一律不收费。", "收费"),
    ("我镇对依申请公开的信息免费提供。", "收费"),
    ("继续保持了零败诉的纪录。", "败诉"),
])
def test_statements_of_none_in_other_wordings(sentence, what):
    text = _clean(sentence)
    got = extract_nones(text)
    assert [f.row for f in got] == ([what] if isinstance(what, str) else list(what))
    for f in got:
        assert (f.kind, f.value) == ("none", 0.0) and f.text_value == text[f.quote_span[0] : f.quote_span[1]]


@pytest.mark.parametrize("sentence", [
    "(三)依申请公开政府信息减免收费情况",  # a heading: 减免收费 is no cue
    "未经复议直接起诉",  # a column of the litigation table
    "2023年收到政府信息公开申请3件",  # a stated number besides the year
    "第12号文件规定的收费标准未变。",  # 未变 is no cue; nothing is said to be none
])
def test_no_statement_of_none_in_these(sentence):
    assert extract_nones(_clean(sentence)) == []


# --- publication dates -----------------------------------------------------------------------------


def test_a_date_in_a_metadata_table_row():
    line = "发布机构 | 青禾县政府办 | 发文日期 | 2024-02-28 |"
    [d] = extract_dates(line + "\n正文。\n")
    assert (d.row, d.text_value) == ("发布日期", "2024-02-28")
    # the cleaning drops such a line as boilerplate: the fact comes from the original, quoted by its row
    original = "青禾县政府办2023年政府信息公开工作年度报告\n" + line + "\n一、总体情况\n本年度主动公开信息30条。\n"
    [d] = [f for f in facts_of(original) if f.kind == "date"]
    assert original[d.start : d.end] == "2024-02-28" and original[d.quote_start : d.quote_end] == "发文日期 | 2024-02-28"
    assert [f.text_value for f in extract_original_dates("| 生成日期: | 2022-01-28 | 废止日期: | |\n")] == ["2022-01-28"]


def test_a_date_alone_under_the_title_or_in_the_signature_also_without_its_day():
    head = "青禾县人民政府2016年\n政府信息公开工作年度报告\n青禾县人民政府办公室\n2017年3月\n本报告是根据《条例》编制的。\n一、概述\n正文。\n"
    assert [(f.row, f.text_value) for f in extract_dates(_clean(head))] == [("发布日期", "2017年3月")]
    tail = "一、概述\n正文。\n青禾县样例局\n二〇一七年三月\n"
    assert [f.text_value for f in extract_dates(_clean(tail))] == ["二〇一七年三月"]
    # a date in the body, after the first sentence, dates nothing
    body = "青禾县样例局2016年报告\n本报告是根据《条例》编制的。\n2016年6月\n正文。\n一、概述\n二、主动公开\n三、依申请公开\n四、其他\n"
    assert extract_dates(_clean(body)) == []


def test_header_lines_the_cleaning_drops_give_the_date_and_the_publishing_office():
    original = ("禾苗镇人民政府2009年政府信息公开年度报告\n"
                "發布日期:2011-06-30 15:03:00 來源:禾苗鎮政府信息\n"
                "发布者:镇党政办   发布时间:2011-06-30 15:03:00   浏览次数:12\n"
                "一、概述\n2009年我镇主动公开政府信息20条。\n")
    facts = facts_of(original)
    dates = [f for f in facts if f.kind == "date"]
    assert {f.text_value for f in dates} == {"2011-06-30"} and len(dates) == 2
    for f in dates:
        assert original[f.start : f.end] == "2011-06-30" and original[f.start : f.end] in original[f.quote_start : f.quote_end]
    # each quoted by its own field with the time written with it, not the other fields of its line
    assert {original[f.quote_start : f.quote_end] for f in dates} == {"發布日期:2011-06-30 15:03:00",
                                                                     "发布时间:2011-06-30 15:03:00"}
    [office] = [f for f in facts if f.kind == "contact" and f.row == "发布机构"]  # 来源:…政府信息 names no office
    assert (office.text_value, office.label_zh, office.label_en) == ("镇党政办", "联系方式 / 发布机构", "contact / published by")
    assert original[office.start : office.end] == "镇党政办"
    assert original[office.quote_start : office.quote_end] == "发布者:镇党政办"  # its own field, not the whole line


@pytest.mark.parametrize("line, office", [
    ("发布机构 | 市政府办 | 发文日期 | 2018-02-28 |", "市政府办"),
    ("| 索引号: | 000-2022-00040 | 发布机构: | 政府办公室 |", "政府办公室"),
    ("发布机构:样例街道办 发布日期:2020-01-03", "样例街道办"),
    ("来源: 青禾县人民政府办公室   发布时间: 2019-03-29 23:33", "青禾县人民政府办公室"),
    ("2019-03-28 18:26  来源:青禾县人民政府门户网站", None),  # a website is no office
    ("作者:本站原创 | 来源:本站原创 | 时间:2019-01-18", None),
    ("发布机构: 机关 公开日期: 2021-01-19", None),  # names no office
    ("项目资金来源:县财政局拨付的专项资金", None),  # 来源 inside a word is no header field
])
def test_the_publishing_office_of_a_header_line(line, office):
    got = [f.text_value for f in extract_original_contacts(line + "\n") if f.row == "发布机构"]
    assert got == ([office] if office else [])
    if "|" in line:  # also when the line is kept by the cleaning: a metadata table row
        assert [f.text_value for f in extract_contacts(line + "\n") if f.row == "发布机构"] == got


def test_a_header_date_without_a_key_next_to_its_cues():
    got = extract_original_dates("作者:本站原创 | 来源:本站原创 | 时间:2019-01-18 点击数:- 分享到:\n正文。\n")
    assert [f.text_value for f in got] == ["2019-01-18"]


# --- answers ---------------------------------------------------------------------------------------

ORIGINAL = (
    "当前位置:首页 > 政务公开 > 年度报告\n"
    "禾苗镇人民政府2009年政府信息公开年度报告\n"
    "發布日期:2011-06-30 15:03:00 來源:禾苗鎮政府信息\n"
    "发布机构 | 镇政府办 | 发文日期 | 2011-06-30 |\n"
    "一、概述\n"
    "2009年以来,我镇认真贯彻《条例》。本报告所列数据的统计期限自2009年1月1日起至2009年12月31日止。\n"
    "二、主动公开情况\n"
    "2009年度共主动公开政府信息20条。\n"
    "三、依申请公开情况\n"
    "1、依申请公开情况:目前我镇尚未收到政府信息公开申请。\n"
    "四、收费及减免情况\n"
    "2009年我镇依申请提供政府信息一律不收费。\n"
    "五、因政府信息公开申请提起行政复议、行政诉讼情况\n"
    "2009年未发生有关政府信息公开申请的行政复议、行政诉讼情况。\n"
)
DOC = "h" * 16
REPORT = Report(doc_id=DOC, sources=["hemiao_zhen_2009.txt"], agency="青禾县禾苗镇人民政府", region="青禾县", year=2009,
                aliases=["hemiao", "hemiao town"], mentions=["青禾县", "禾苗镇", "青禾县禾苗镇人民政府"])


def _ask(question: str):
    facts = facts_of(ORIGINAL, doc_id=DOC, agency=REPORT.agency, region=REPORT.region, year=REPORT.year)
    index = FakeIndex(REPORT, facts, ORIGINAL)
    return ExtractiveEngine(index, 0.34).answer(parse_question(question, [REPORT]), [])


@pytest.mark.parametrize("question, quote", [
    ("禾苗镇2009年因信息公开被复议、起诉了几起", "未发生有关政府信息公开申请的行政复议、行政诉讼情况"),
    ("禾苗镇2009年有没有发生政府信息公开行政诉讼", "未发生有关政府信息公开申请的行政复议、行政诉讼情况"),
    ("禾苗镇2009年收到几件政府信息公开申请", "尚未收到政府信息公开申请"),
    ("禾苗镇2009年依申请公开收了多少费用", "一律不收费"),
])
def test_a_statement_of_none_answers_questions_worded_otherwise(question, quote):
    a = _ask(question)
    assert a.answered and "0" in a.text, (question, a.text)
    assert any(quote in c.quote for c in a.citations), (question, [c.quote for c in a.citations])


def test_the_date_and_the_office_of_a_page_header_answer():
    a = _ask("禾苗镇2009年年报是哪天发布的")
    assert a.answered and "2011-06-30" in a.text
    a = _ask("When was the 2009 report of Hemiao town issued, and which office published it?")
    assert a.answered and "2011-06-30" in a.text and "镇政府办" in a.text, a.text
    assert any(c.quote == "发布机构 | 镇政府办" for c in a.citations)


def test_a_town_named_in_the_report_name_is_scope_not_an_evidence_word():
    # 禾苗镇 is no division the gazetteer lists, yet the report's own name holds it: a question naming it there
    # ("青禾县禾苗镇2009年年报是哪天发布的") asks nothing with it
    assert {"禾苗镇", "禾苗"} <= scope_places([REPORT])
    other = REPORT.model_copy(update={"agency": "青禾县样例局", "mentions": ["禾苗镇"]})
    assert "禾苗镇" not in scope_places([other])  # a town the text only mentions stays a word of the question
    facts = facts_of(ORIGINAL, doc_id=DOC)
    g = EvidenceGatherer(FakeIndex(REPORT, facts, ORIGINAL))
    terms = g.key_terms(parse_question("某市青禾县禾苗镇2009年年报是哪天发布的", [REPORT]))
    assert not any("禾苗" in t for t in terms)


# --- the office and phone of the closing formula written with 请联系 ------------------------------------


@pytest.mark.parametrize("sentence, office, phone", [
    ("如对本年度报告有任何疑问,请联系青禾县样例局。电话:8691639。", "青禾县样例局", "8691639"),
    ("如对本报告存在任何疑问,请联系青禾县公安局政务公开办公室,联系电话:0000-85135054。", "青禾县公安局政务公开办公室", "0000-85135054"),
    ("如对本报告有任何疑问,请联系:青禾县禾苗镇人民政府,地址:禾苗镇华南路109号,电话:0000—87548986", "青禾县禾苗镇人民政府",
     "0000-87548986"),
    ("如对本报告有任何疑问,请联系青禾大学信息公开办公室(电话:000-88256014)", "青禾大学信息公开办公室", "000-88256014"),
    ("如对本年度报告有疑问,请联系:0000-5873144", None, "0000-5873144"),
    ("要主动联系群众,请联系实际做好工作。", None, None),
])
def test_the_office_and_phone_after_please_contact(sentence, office, phone):
    got = {}
    for f in extract_contacts(_clean(sentence)):
        got.setdefault(f.row, []).append(f.text_value)
    assert got.get("负责机构", []) == ([office] if office else [])
    assert got.get("电话", []) == ([phone] if phone else [])


def test_a_statement_of_none_about_something_else_is_not_cited_through_its_section_heading():
    original = ("青禾县样例局2010年政府信息公开工作年度报告\n"
                "三、依申请公开办理情况\n全年未接到公民、法人和其他组织提出的政府信息公开申请。\n"
                "四、因政府信息公开申请行政复议、提起行政诉讼情况\n我局未发生针对本局的行政复议案件和行政诉讼案件。\n")
    report = Report(doc_id=DOC, sources=["yangliju_2010.txt"], agency="青禾县样例局", region="青禾县", year=2010,
                    mentions=["青禾县"])
    facts = facts_of(original, doc_id=DOC, agency=report.agency, region=report.region, year=report.year)
    assert len([f for f in facts if f.kind == "none"]) == 3  # the application; the reconsideration and the lawsuit
    engine = ExtractiveEngine(FakeIndex(report, facts, original), 0.34)
    a = engine.answer(parse_question("青禾县样例局2010年收到多少件信息公开申请", [report]), [])
    assert a.answered and [c.quote for c in a.citations] == ["全年未接到公民、法人和其他组织提出的政府信息公开申请"], a.text
    a = engine.answer(parse_question("青禾县样例局2010年被提起行政诉讼几起", [report]), [])
    assert a.answered and [c.quote for c in a.citations] == ["我局未发生针对本局的行政复议案件和行政诉讼案件"], a.text


def test_a_statement_of_none_worded_with_another_verb_of_receiving_answers_an_english_question():
    original = ("青禾县样例局2018年政府信息公开工作年度报告\n"
                "三、政府信息依申请公开办理情况\n2018年度我局没有接到群众主动要求公开政府信息的申请。\n")
    report = Report(doc_id=DOC, sources=["yangliju_2018.txt"], agency="青禾县样例局", region="青禾县", year=2018,
                    aliases=["qinghe"], mentions=["青禾县"])
    facts = facts_of(original, doc_id=DOC, agency=report.agency, region=report.region, year=report.year)
    engine = ExtractiveEngine(FakeIndex(report, facts, original), 0.34)
    a = engine.answer(parse_question("How many disclosure applications did the Qinghe bureau receive in 2018?", [report]), [])
    assert a.answered and "0" in a.text and "没有接到群众主动要求公开政府信息的申请" in a.citations[0].quote, a.text


# --- a sentence answer whose number belongs to an identifier -----------------------------------------


def test_a_number_inside_an_identifier_is_stated_as_the_identifier():
    from assistant.core.types import Chunk, Passage

    original = ("青禾县样例局2018年政府信息公开工作年度报告\n"
                "一、概述\n2018年,我局牵头编制了地方标准DB99/T1234《政务公开管理规范》,全年主动公开信息45条。\n")
    report = Report(doc_id=DOC, sources=["yangliju_2018.txt"], agency="青禾县样例局", region="青禾县", year=2018,
                    mentions=["青禾县"])
    line = original.splitlines()[2]
    s = original.index(line)
    chunk = Chunk(chunk_id=f"{DOC}:0000", doc_id=DOC, source=report.sources[0], section="一、概述", text=line,
                  clean_text=line, start=s, end=s + len(line), clean_start=s)
    engine = ExtractiveEngine(FakeIndex(report, [], original), 0.34)
    a = engine.answer(parse_question("青禾县样例局2018年编制的地方标准编号是多少", [report]), [Passage(chunk, 1.0)])
    assert a.answered and "DB99/T1234" in a.text
    assert "：1234" not in a.text and ": 1234" not in a.text, a.text


@pytest.mark.parametrize("sentence, what", [
    # what is none first, the cue last
    ("因政府信息公开引起的行政复议、行政诉讼均未发生。", ("政府信息公开引起的行政复议", "政府信息公开引起的行政诉讼")),
    ("本年度政府信息公开行政复议、诉讼案件未发生。", ("政府信息公开行政复议", "诉讼案件")),
    ("政府信息公开申请本年度未收到。", "政府信息公开申请"),
    ("信息公开投诉举报均无。", "信息公开投诉举报"),
])
def test_statements_of_none_with_the_cue_last(sentence, what):
    text = _clean(sentence)
    got = extract_nones(text)
    assert [f.row for f in got] == ([what] if isinstance(what, str) else list(what))
    for f in got:
        assert f.value == 0.0 and f.text_value == text[f.quote_span[0] : f.quote_span[1]]


@pytest.mark.parametrize("sentence", ["全年工作未发生。", "本单位无。", "我局有无收费。"])
def test_a_cue_last_without_a_topic_is_no_statement_of_none(sentence):
    assert extract_nones(_clean(sentence)) == []


def test_a_statement_of_none_inside_another_ones_quote_is_not_cited_twice():
    original = ("青禾县样例乡2017年政府信息公开工作年度报告\n"
                "四、政府信息公开的收费及减免情况\n2017年我乡对信息公开免费提供,未收取任何费用。\n")
    report = Report(doc_id=DOC, sources=["yangli_xiang_2017.txt"], agency="青禾县样例乡人民政府", region="青禾县",
                    year=2017, aliases=["yangli"], mentions=["青禾县"])
    facts = facts_of(original, doc_id=DOC, agency=report.agency, region=report.region, year=report.year)
    assert len([f for f in facts if f.kind == "none"]) == 2  # 免费提供 and 未收取任何费用
    engine = ExtractiveEngine(FakeIndex(report, facts, original), 0.34)
    a = engine.answer(parse_question("青禾县样例乡2017年信息公开收费多少", [report]), [])
    assert a.answered and len(a.citations) == 1 and "未收取任何费用" in a.citations[0].quote, a.text
