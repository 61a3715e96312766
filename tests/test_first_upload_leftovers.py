"""First-upload leftovers (fictional 青禾县样例镇, a sample report invented here): visitors of a site's column are its
page visits; why some requests were refused is answered by the refusal, with the reason rows of table 三 that have
a count when no sentence gives a reason; an outcome breakdown lists the outcomes that happened, the rest said to be
0 in one clause, with no sum line equal to the stated total; carried over from a year with no report of its own
says which row of which report answers; a publisher asked of a report naming only its compiler is answered by the
compiler, said to be the compiler; a bare "which number" after an ask of whom to call is the contact phone."""

from __future__ import annotations

import re

import pytest

from assistant.core.types import Report
from assistant.followup import resolve_rules
from assistant.query import glossary_terms, parse_question
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD

TOWN = Report(doc_id="t" * 16, sources=["qinghe_yangli_town_2022.txt"], agency="青禾县样例镇人民政府", region="青禾县",
              year=2022, aliases=["qinghe", "yangli town"])

TEXT = (
    "青禾县样例镇人民政府2022年政府信息公开工作年度报告\n"
    "本报告由青禾县样例镇党政办公室编制。如对本报告有疑问，请与样例镇党政办公室联系(电话:0000-7654321)。\n"
    "一、总体情况\n"
    "全年通过县政府门户网站样例镇专栏主动公开政府信息420条，专栏全年访问量达21,430人次。\n"
    "全年新收政府信息公开申请12件，上年结转2件，均在法定期限内办结。\n"
    + T3_HEAD +
    "一、本年新收政府信息公开申请数量 | 10 | 2 | 0 | 0 | 0 | 0 | 12 |\n"
    "二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |\n"
    "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
    "(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "4.保护第三方合法权益 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
    "5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "6.属于四类过程性信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
    "(四)无法提供 | 1.本机关不掌握相关政府信息 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n"
    "(七)总计 | 12 | 2 | 0 | 0 | 0 | 0 | 14 |\n"
    "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "四、政府信息公开行政复议、行政诉讼情况\n"
    "行政复议 | 行政诉讼 |\n"
    "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n"
    "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n"
    "2 | 1 | 0 | 0 | 3 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "五、存在的主要问题及改进情况\n"
    "样例镇专栏更新不够及时。\n"
)


def _figures(text: str) -> list[str]:
    return re.findall(r"(?<![\d\[])\d+(?![\d\]])", re.sub(r"\b20\d\d\b", "", text.replace(",", "")))


# --- a. visitors of a site or its column are its page visits ---------------------------------------------------
@pytest.mark.parametrize("question", [
    "How many visitors did the Qinghe Yangli town column of the county portal get in 2022?",
    "How many visitors did the website have?",
])
def test_visitors_of_a_site_are_its_page_visits(question):
    terms = glossary_terms(question)
    assert "访问量" in terms and "来访" not in terms


def test_visitors_of_a_reading_room_are_no_page_visits():
    assert "访问量" not in glossary_terms("how many visitors did the reading room receive?")


@pytest.mark.parametrize("question", ["青禾县样例镇2022年网站专栏访客有多少？", "Qinghe yangli town 2022: how many visitors did its portal column get?"])
def test_visitors_asked_end_to_end(question):
    a = answer_from_lines(TOWN, TEXT, question)
    assert a.answered and "21430" in _figures(a.text), a.text


# --- b. why some requests were refused -------------------------------------------------------------------------
def test_refusing_some_requests_is_the_refusal_not_partial_disclosure():
    q = parse_question("青禾县样例镇2022年为何拒绝公开部分申请？", [TOWN])
    assert q.metric is not None and q.metric.key == "applications_withheld"


@pytest.mark.parametrize("question", ["青禾县样例镇2022年为何拒绝公开部分申请？",
                                      "Why were some requests to Qinghe yangli town refused in 2022?"])
def test_reason_rows_with_a_count_answer_why_requests_were_refused(question):
    a = answer_from_lines(TOWN, TEXT, question)
    assert a.answered, a.text
    assert "保护第三方合法权益" in a.text or "third-party" in a.text, a.text
    assert "过程性" in a.text or "process" in a.text, a.text
    assert "国家秘密" not in a.text and "state secret" not in a.text, a.text  # a row of 0 is no reason
    assert "部分公开" not in a.text and "partly" not in a.text, a.text
    assert len(re.findall(r"\[\d+\]", a.text)) >= 2  # each reason cited


# --- c. an outcome breakdown lists the outcomes that happened ---------------------------------------------------
@pytest.mark.parametrize("question", ["青禾县样例镇2022年行政复议的结果是什么？",
                                      "What was the outcome of Qinghe yangli town's administrative reconsiderations in 2022?",
                                      "青禾县样例镇2022年行政复议的结果分别是什么？"])
def test_an_outcome_breakdown_lists_nonzero_outcomes_without_a_sum_line(question):
    a = answer_from_lines(TOWN, TEXT, question)
    assert a.answered, a.text
    figures = _figures(a.text)
    assert "2" in figures and "1" in figures, a.text
    assert "合计" not in a.text and "Sum" not in a.text, a.text  # the sum is the stated total
    # the outcomes of 0 said together in one clause, not each on a line of its own with its 0
    assert "：0件" not in a.text and ": 0 [" not in a.text and len(re.findall(r"均为0|were 0", a.text)) == 1, a.text
    assert "其他结果" in a.text or "other outcome" in a.text, a.text


# --- d. carried over from a year with no report of its own ------------------------------------------------------
def test_carried_over_from_a_year_says_which_row_of_which_report():
    q = parse_question("How many requests were carried over to Qinghe yangli town from 2021?", [TOWN])
    assert q.years == [2022] and q.carried_from == 2021
    from prompts import note
    assert "上年结转" in note("zh", "carried_year", named=2021, year=2022)
    assert "carried over from the previous year" in note("en", "carried_year", named=2021, year=2022)


# --- e. who published a report that names only its compiler -----------------------------------------------------
@pytest.mark.parametrize("question", ["Who put out Qinghe yangli town's 2022 report?", "青禾县样例镇2022年年报是谁发布的？"])
def test_a_publisher_ask_is_answered_by_the_compiler_named(question):
    a = answer_from_lines(TOWN, TEXT, question)
    assert a.answered and "党政办公室" in a.text, a.text
    assert "编制" in a.text or "compiled" in a.text or "compiler" in a.text, a.text


# --- f. a bare "which number" after an ask of whom to call ------------------------------------------------------
@pytest.mark.parametrize("earlier, bare", [
    ("If I have questions about the Qinghe yangli town 2022 report, who should I call?", "Which number?"),
    ("Who should I contact about Qinghe yangli town's 2022 report?", "which number"),
    ("对青禾县样例镇2022年年报有疑问找谁？", "哪个号码？"),
    ("青禾县样例镇2022年年报有问题联系谁？", "打什么号码"),
])
def test_a_bare_number_after_whom_to_call_is_the_contact_phone(earlier, bare):
    r = resolve_rules(bare, [{"role": "user", "content": earlier}], [TOWN])
    assert r.rewritten and re.search(r"电话|phone", r.question), r.question
    assert re.search(r"青禾|Qinghe", r.question, re.IGNORECASE), r.question


def test_a_bare_number_after_no_contact_ask_is_left_alone():
    r = resolve_rules("哪个号码？", [{"role": "user", "content": "青禾县样例镇2022年收到多少申请？"}], [TOWN])
    assert not re.search(r"电话|phone", r.question)


def test_reason_rows_beside_a_reason_sentence_list_only_those_with_a_count():
    # (the report also gives the reason in words: the sentence is quoted; the rows of 0 are said in one clause)
    text = TEXT.replace("均在法定期限内办结。", "均在法定期限内办结。不予公开3件，均因涉及第三方合法权益或属于过程性信息。")
    a = answer_from_lines(TOWN, text, "青禾县样例镇2022年为何拒绝公开部分申请？")
    assert a.answered and "第三方" in a.text, a.text
    assert "：0件" not in a.text and "合计" not in a.text, a.text
