"""Round-4 prose facts (issue 10): a figure its copy states without a unit ("全年办理政府信息公开申请96,均…"), several
statements of none in one clause, and the publishing office named on a line of its own beside the title or the
closing date (the signature block).

Every text here is written for fictional agencies (青禾县样例局, 禾苗镇); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.query import parse_question
from ingest.clean import clean
from ingest.prose import extract_figures, extract_nones
from ingest.prose_fields import extract_contacts, publisher_lines
from tests.fake_index import FakeIndex
from tests.test_none_dates_publisher import facts_of


def _clean(text: str) -> str:
    return clean(text).text


# --- figures without a unit ------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, value, label", [
    ("全年办理政府信息公开申请96,均按照法定时限答复。", 96, "全年办理政府信息公开申请"),
    ("本年度共受理信息公开申请12。", 12, "本年度共受理信息公开申请"),
    ("全年主动公开政府信息共1250;", 1250, "全年主动公开政府信息共"),
    ("清理规范性文件数量为8,全部按期完成。", 8, "清理规范性文件数量为"),
    ("办理人大代表建议23,政协提案17。", 23, "办理人大代表建议"),
    ("受理群众投诉举报45", 45, "受理群众投诉举报"),
])
def test_a_number_ending_its_clause_after_a_counted_thing_is_a_figure_without_a_unit(sentence, value, label):
    text = _clean(sentence)
    got = extract_figures(text)
    f = got[0]
    assert (f.value, f.unit, f.row, f.raw) == (value, "", label, str(value))
    assert text[f.span[0] : f.span[1]] == str(value) and text[f.quote_span[0] : f.quote_span[1]] in sentence


def test_a_unitless_figure_after_another_clause_keeps_its_own_label():
    got = extract_figures(_clean("办理人大代表建议23,政协提案17。"))
    assert [(f.row, f.value) for f in got] == [("办理人大代表建议", 23), ("政协提案", 17)]
    # a copy that dropped units and commas: a part of a list ends at its 、; its label starts after a number before it,
    # and a number running into the next counted thing's label is a figure too (round 21)
    got = extract_figures(_clean("其中县政府文件46政府会议信息42、新闻发布会信息59,办理信息7条。"))
    assert [(f.row, f.value, f.unit) for f in got] == [("其中县政府文件", 46, ""), ("政府会议信息", 42, ""),
                                                       ("新闻发布会信息", 59, ""), ("办理信息", 7, "条")]


@pytest.mark.parametrize("sentence", [
    "本报告统计期限截至2023,",  # a year
    "全年收到政府信息公开申请2022,",  # a year after a counted thing is still a year
    "数据截至12月31,",  # a date
    "信息公开咨询电话12345678,",  # a phone number
    "信息公开受理电话0000-1234567。",
    "发布文件编号2023,",  # a code
    "该文件文号为青禾发〔2023〕12。",
    "信息公开考核排名第3,",  # an ordinal
    "申请答复满意率96,",  # a rate
    "依申请公开办结率为98.5。",  # a rate with a fraction
    "详见信息公开申请表附件2。",  # an attachment number
    "收到申请96,123件。",  # a number split at its thousands comma is no count of its own
    "印发文件1、2号。",  # a list of numbers is no count
    "申请人数12,",  # 申请人 counts persons: no counted thing of the data before 数
])
def test_no_unitless_figure_from_years_dates_phones_codes_ordinals_or_rates(sentence):
    assert [f for f in extract_figures(_clean(sentence)) if f.unit == ""] == []


def test_a_number_with_its_unit_is_read_as_before():
    [f] = extract_figures(_clean("全年办理政府信息公开申请96件,均按时答复。"))
    assert (f.value, f.unit, f.raw) == (96, "件", "96件")


# --- several statements of none in one clause --------------------------------------------------------


@pytest.mark.parametrize("sentence, whats, stated", [
    ("本年度没有收取费用也未发生复议。", ["收取费用", "复议"], ["没有收取费用", "未发生复议"]),
    ("我局未收到政府信息公开申请、未发生行政复议。", ["政府信息公开申请", "行政复议"], ["未收到政府信息公开申请", "未发生行政复议"]),
    ("禾苗镇未收费且未被提起行政诉讼。", ["收费", "提起行政诉讼"], ["未收费", "未被提起行政诉讼"]),
    ("政府信息公开申请未收到、复议未发生。", ["政府信息公开申请", "复议"], ["政府信息公开申请未收到", "复议未发生"]),
    # one cue, things of different kinds: one statement per thing, each keeping what modifies them all
    ("全年未发生行政复议和行政诉讼。", ["行政复议", "行政诉讼"], ["未发生行政复议", "行政诉讼"]),
    ("本年度未出现因政府信息公开引起的行政复议或行政诉讼。",
     ["政府信息公开引起的行政复议", "政府信息公开引起的行政诉讼"], ["未出现因政府信息公开引起的行政复议", "行政诉讼"]),
    ("本局未发生因信息公开申请行政复议或者提起行政诉讼的情况。",
     ["信息公开申请行政复议", "提起行政诉讼"], ["未发生因信息公开申请行政复议", "提起行政诉讼的情况"]),
    ("因政府信息公开引起的行政复议、行政诉讼均为0。",
     ["政府信息公开引起的行政复议", "政府信息公开引起的行政诉讼"], ["因政府信息公开引起的行政复议", "行政诉讼均为0"]),
])
def test_each_statement_of_none_of_a_clause_is_its_own_fact(sentence, whats, stated):
    text = _clean(sentence)
    got = extract_nones(text)
    assert [f.row for f in got] == whats
    assert [text[f.span[0] : f.span[1]] for f in got] == stated
    for f in got:  # each quoted by the whole clause
        assert f.value == 0 and f.kind == "none" and text[f.quote_span[0] : f.quote_span[1]] == sentence.rstrip("。")


@pytest.mark.parametrize("sentence, what", [
    ("本年度不存在收费及减免情况。", "收费及减免"),  # things of one kind stay one statement
    ("有关收费、申请的行政复议未发生。", "收费、申请的行政复议"),  # a 、 before 的 joins modifiers, not things
    ("未发生无理由的投诉。", "无理由的投诉"),  # a cue inside what is none starts no statement of its own
    ("我局无依申请公开的政府信息。", "依申请公开的政府信息"),
])
def test_one_statement_of_none_stays_one_fact(sentence, what):
    assert [f.row for f in extract_nones(_clean(sentence))] == [what]


# --- the publishing office on a line of its own ------------------------------------------------------


@pytest.mark.parametrize("text, office, quote", [
    # under the title, above the date
    ("青禾县人民政府2016年\n政府信息公开工作年度报告\n青禾县人民政府办公室\n2017年3月\n本报告是根据《条例》编制的。\n一、概述\n正文。\n",
     "青禾县人民政府办公室", "青禾县人民政府办公室"),
    # under the title without a date
    ("青禾县样例局2018年政府信息公开年度报告\n青禾县样例局\n根据《条例》规定,特公布本报告。\n", "青禾县样例局", "青禾县样例局"),
    # the signature block: the office above or below the closing date
    ("一、概述\n正文。\n青禾县样例局\n二〇一七年三月\n", "青禾县样例局", "青禾县样例局"),
    ("一、概述\n正文。\n2018年1月20日\n禾苗镇人民政府\n", "禾苗镇人民政府", "禾苗镇人民政府"),
    ("一、概述\n正文。\n青禾县样例局(青禾县政务公开办公室)\n2019年1月\n", "青禾县样例局", "青禾县样例局(青禾县政务公开办公室)"),
    ("一、概述\n正文。\n禾苗街道办事处\n2020年1月15日\n", "禾苗街道办事处", "禾苗街道办事处"),
])
def test_an_office_line_beside_the_title_or_the_closing_date_is_the_publisher(text, office, quote):
    t = _clean(text)
    [f] = [f for f in extract_contacts(t) if f.row == "发布机构"]
    assert (f.kind, f.text_value, f.en) == ("contact", office, "published by")
    assert t[f.quote_span[0] : f.quote_span[1]] == quote and t[f.span[0] : f.span[1]] == office


@pytest.mark.parametrize("text", [
    # the first line of a title split over two lines is the title, not its publisher
    "青禾县人民政府\n2016年政府信息公开工作年度报告\n本报告是根据《条例》编制的。\n一、概述\n正文。\n",
    # a website's name is no office
    "青禾县样例局2016年政府信息公开年度报告\n青禾县人民政府门户网站\n2017年1月\n正文。\n",
    # a heading or a short line of the body beside no title or date
    "青禾县样例局2016年政府信息公开年度报告\n本报告是根据《条例》编制的。\n一、概述\n信息公开办\n正文。\n",
    "一、概述\n正文。\n六、其他需要报告的事项\n本年度无。\n存在的不足之处\n",
    # a line that holds more than a name
    "一、概述\n正文。\n特此报告,青禾县样例局\n2019年1月\n",
    "一、概述\n正文。\n联系单位:青禾县样例局\n2019年1月\n",
])
def test_no_publisher_from_lines_that_are_not_an_office_beside_the_title_or_date(text):
    assert publisher_lines(_clean(text)) == []


# --- answers ---------------------------------------------------------------------------------------

ORIGINAL = (
    "青禾县样例局2022年\n政府信息公开工作年度报告\n青禾县样例局办公室\n2023年1月\n"
    "一、总体情况\n(一)主动公开\n全年在门户网站发布各类信息5110条,其中政策解读30篇。\n"
    "(二)依申请公开\n严格落实有关规定,认真做好答复工作。全年办理政府信息公开申请96,均按照法定时限答复。\n"
    "二、行政复议、行政诉讼情况\n2022年没有收取费用也未发生行政复议和行政诉讼。\n"
)
DOC = "r" * 16
REPORT = Report(doc_id=DOC, sources=["qinghe_yangli_2022.txt"], agency="青禾县样例局", region="青禾县", year=2022,
                aliases=["qinghe", "qinghe bureau"], mentions=["青禾县"])


def _ask(question: str):
    facts = facts_of(ORIGINAL, doc_id=DOC, agency=REPORT.agency, region=REPORT.region, year=REPORT.year)
    return ExtractiveEngine(FakeIndex(REPORT, facts, ORIGINAL), 0.34).answer(parse_question(question, [REPORT]), [])


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年全年办理了多少件政府信息公开申请？",
    "青禾县样例局2022年办理政府信息公开申请多少件",
    "How many applications for disclosure did the Qinghe bureau handle in 2022?",
])
def test_a_unitless_figure_answers(question):
    a = _ask(question)
    assert a.answered and "96" in a.text and "5110" not in a.text, (question, a.text)
    assert any("全年办理政府信息公开申请96" in c.quote for c in a.citations), [c.quote for c in a.citations]


@pytest.mark.parametrize("question, quote", [
    ("青禾县样例局2022年有没有发生行政诉讼", "未发生行政复议和行政诉讼"),
    ("青禾县样例局2022年收费了吗", "没有收取费用"),
    ("Did the Qinghe bureau face any administrative litigation in 2022?", "未发生行政复议和行政诉讼"),
    ("Did the Qinghe bureau charge any fees in 2022?", "没有收取费用"),
])
def test_each_statement_of_none_of_a_clause_answers_its_own_ask(question, quote):
    a = _ask(question)
    assert a.answered and "0" in a.text, (question, a.text)
    assert any(quote in c.quote for c in a.citations), (question, [c.quote for c in a.citations])


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年政府信息公开年报是哪个单位、什么时候出的?",
    "Which office published the 2022 report of the Qinghe bureau, and when?",
])
def test_the_office_line_and_the_date_under_the_title_answer_who_published_and_when(question):
    a = _ask(question)
    assert a.answered and "青禾县样例局办公室" in a.text and "2023年1月" in a.text, (question, a.text)
    assert any(c.quote == "青禾县样例局办公室" for c in a.citations), [c.quote for c in a.citations]
