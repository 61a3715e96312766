"""A statement of none answers an ask only when what it denies is what the ask asks for (issue 10 kind 6, round 3):
its head, not a word that modifies the head. "未发生有关政府信息公开申请的行政复议、行政诉讼" denies reconsiderations
and lawsuits ABOUT applications, not that applications were received; "行政复议申请" is an application for
reconsideration, not one for disclosure; "收费了吗" is not answered by "未收到申请" nor "收到几件申请" by "未收取费用".
A right statement of none is not padded with a sentence that merely also states 0 of something else.

Near-misses both ways (must answer / must not answer), Chinese and English asks. Every text here is written for
fictional agencies (青禾县样例水利局, 青禾县样例乡 ...); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.none_statements import none_answers, none_head
from tests.fake_index import answer_from_lines

DOC = "n" * 16


# --- the head of what is none -----------------------------------------------------------------------


@pytest.mark.parametrize("what, head", [
    ("政府信息公开申请的行政复议、行政诉讼", "行政复议、行政诉讼"),
    ("申请政府信息公开引起行政复议及行政诉讼案件", "行政复议及行政诉讼案件"),
    ("信息公开事项引发的投诉、举报", "投诉、举报"),
    ("针对本单位政府信息公开事务的行政复议案和有关的申诉案", "行政复议案和有关的申诉案"),  # the first linker: coordination kept
    ("公民、法人和其他组织提出的政府信息公开申请", "政府信息公开申请"),
    # the head is generic words only: the modifier says what is none
    ("依申请公开的政府信息", "依申请公开的政府信息"),
    ("依申请公开的信息", "依申请公开的信息"),
    # no linker: the whole
    ("收到政府信息公开申请", "收到政府信息公开申请"),
    ("政府信息公开行政复议、诉讼案件", "政府信息公开行政复议、诉讼案件"),
])
def test_the_head_of_what_is_none(what, head):
    assert none_head(what) == head


@pytest.mark.parametrize("what, terms, ask, answers", [
    # the ask's word only in a modifier of the head
    ("政府信息公开申请的行政复议、行政诉讼", {"收到": 1.0, "申请": 1.0}, "收到几件申请", False),
    ("因申请公开引起的行政诉讼", {"申请": 1.0}, "申请有多少", False),
    # ... in the head
    ("政府信息公开申请的行政复议、行政诉讼", {"行政复议": 1.0}, "有没有行政复议", True),
    ("政府信息公开申请的行政复议、行政诉讼", {"诉讼": 1.0}, "被起诉过吗", True),
    ("公民、法人和其他组织提出的政府信息公开申请", {"收到": 1.0, "申请": 1.0}, "收到几件申请", True),
    ("依申请公开的政府信息", {"申请": 1.0}, "依申请公开了多少", True),
    # the verb of the ask in the modifier, its noun the head written inside a longer term of the ask
    ("接到群众要求公开政府信息的申请", {"政府信息公开申请|依申请公开": 1.0, "新收|收到|受理": 1.0}, "how many applications", True),
    # a head naming a kind (proceeding, fee) answers only an ask naming that kind, and the other way round
    ("行政复议申请", {"收到": 1.0, "申请": 1.0}, "收到几件申请", False),
    ("行政复议申请", {"行政复议": 1.0, "申请": 1.0}, "收到几件行政复议申请", True),
    ("政府信息公开申请", {"收费": 1.0}, "收费了吗", False),
    ("费用", {"收费": 1.0}, "收费了吗", True),
    ("收费", {"申请": 1.0, "收到|受理": 1.0}, "how many applications did it receive", False),
    ("收费", {"fee": 1.0}, "did it charge any fees", True),
    ("政府信息公开行政复议、诉讼案件", {"lawsuit": 1.0}, "were there any lawsuits", True),
    ("政府信息公开行政复议、诉讼案件", {"application": 1.0}, "how many applications", False),
])
def test_a_statement_of_none_answers_only_what_it_denies(what, terms, ask, answers):
    assert none_answers(what, terms, ask) is answers


# --- answers from fictional reports --------------------------------------------------------------------

WATER = (
    "青禾县样例水利局2011年政府信息公开工作年度报告\n"
    "一、主动公开情况\n"
    "2011年我局主动公开政府信息30条。\n"
    "二、因政府信息公开申请行政复议、提起行政诉讼情况\n"
    "2011年未发生有关政府信息公开申请的行政复议、行政诉讼情况。\n"
)
WATER_REPORT = Report(doc_id=DOC, sources=["yangli_shuiliju_2011.txt"], agency="青禾县样例水利局", region="青禾县", year=2011,
                      aliases=["qinghe water bureau", "qinghe"], mentions=["青禾县"])


def _answer(report: Report, original: str, question: str):
    return answer_from_lines(report, original, question, idf=False)


@pytest.mark.parametrize("question", [
    "青禾县样例水利局2011年收到几件政府信息公开申请",
    "青禾县样例水利局2011年有人申请公开政府信息吗",
    "How many disclosure applications did the Qinghe water bureau receive in 2011?",
    "青禾县样例水利局2011年依申请公开收费了吗",
])
def test_a_statement_of_none_about_proceedings_does_not_answer_other_asks(question):
    a = _answer(WATER_REPORT, WATER, question)
    assert not any("未发生有关政府信息公开申请" in c.quote for c in a.citations), (question, a.text)
    assert not a.answered, (question, a.text)


@pytest.mark.parametrize("question", [
    "青禾县样例水利局2011年有没有行政复议",
    "青禾县样例水利局2011年因信息公开被起诉过吗",
    "Did the Qinghe water bureau face any administrative reconsideration over disclosure in 2011?",
])
def test_a_statement_of_none_about_proceedings_answers_asks_about_them(question):
    a = _answer(WATER_REPORT, WATER, question)
    assert a.answered and any("未发生有关政府信息公开申请的行政复议、行政诉讼情况" in c.quote for c in a.citations), (question, a.text)


TOWN = (
    "青禾县样例乡2017年政府信息公开工作年度报告\n"
    "三、依申请公开情况\n"
    "目前我乡尚未收到政府信息公开申请。\n"
    "我乡收到有关政府信息公开行政复议申请0件。\n"
    "四、收费情况\n"
    "我乡未收取任何费用。\n"
)
TOWN_REPORT = Report(doc_id=DOC, sources=["yangli_xiang_2017.txt"], agency="青禾县样例乡人民政府", region="青禾县", year=2017,
                     aliases=["yangli", "yangli township"], mentions=["青禾县"])


@pytest.mark.parametrize("question, quote", [
    ("青禾县样例乡2017年收到过政府信息公开申请没有", "尚未收到政府信息公开申请"),
    ("Did Yangli township receive any disclosure applications in 2017?", "尚未收到政府信息公开申请"),
    ("青禾县样例乡2017年收费了吗", "未收取任何费用"),
    ("Did Yangli township charge any fees for disclosure in 2017?", "未收取任何费用"),
])
def test_the_right_statement_of_none_alone_is_cited(question, quote):
    a = _answer(TOWN_REPORT, TOWN, question)
    assert a.answered, (question, a.text)
    # one citation: not padded with another statement of none, nor with a sentence that also states 0 of another thing
    assert [quote in c.quote for c in a.citations] == [True], (question, [c.quote for c in a.citations])


BUREAU = (
    "青禾县样例测绘局2010年政府信息公开工作年度报告\n"
    "三、收费及减免情况\n"
    "2010年我局依申请提供政府信息未收取费用,不存在减免情况。\n"
    "四、行政复议和行政诉讼情况\n"
    "2010年,未产生针对我局政府信息公开的行政复议与行政诉讼。\n"
    "五、人员和收支情况\n"
    "2010年我局未产生相关诉讼,没有相应费用支出。\n"
)
BUREAU_REPORT = Report(doc_id=DOC, sources=["yangli_cehuiju_2010.txt"], agency="青禾县样例测绘局", region="青禾县", year=2010,
                       aliases=["qinghe surveying bureau", "qinghe"], mentions=["青禾县"])


@pytest.mark.parametrize("question, quote", [
    ("Did the Qinghe surveying bureau face any lawsuits over disclosure in 2010?", "行政复议与行政诉讼"),
    ("青禾县样例测绘局2010年有没有行政诉讼", "行政复议与行政诉讼"),
    ("青禾县样例测绘局2010年依申请公开收费了吗", "未收取费用"),
    # a negation word of the ask ("有没有") is no word that makes a clause about the ask
    ("青禾县样例测绘局2010年有没有败诉", "诉讼"),
])
def test_the_statement_of_none_of_the_asked_kind_answers_not_one_of_another_kind(question, quote):
    a = _answer(BUREAU_REPORT, BUREAU, question)
    # (another statement of no lawsuits, "未产生相关诉讼", may follow for a lawsuit ask: "lawsuits" is 行政诉讼|诉讼, as
    # a Chinese ask writing 诉讼 gets both)
    assert a.answered and a.citations and quote in a.citations[0].quote, (question, a.text)
    assert all(quote in c.quote or "诉讼" in quote and "未产生相关诉讼" in c.quote for c in a.citations), (question, a.text)
    if "收费" not in question:
        assert not any("费" in c.quote and "诉讼" not in c.quote for c in a.citations), (question, a.text)


VILLAGE = (
    "青禾县样例村2019年政府信息公开工作年度报告\n"
    "三、依申请公开情况\n"
    "本村2019年没有收到政府信息公开申请。\n"
    "四、收费情况\n"
    "本村没有向申请人收取任何费用。\n"
)
VILLAGE_REPORT = Report(doc_id=DOC, sources=["yangli_cun_2019.txt"], agency="青禾县样例村村民委员会", region="青禾县", year=2019,
                        aliases=["yangli village"], mentions=["青禾县", "样例村"])


@pytest.mark.parametrize("report, original, question", [
    # matched only through 没有: statements of none of applications and fees say nothing of these
    (VILLAGE_REPORT, VILLAGE, "青禾县样例村2019年有没有败诉"),
    (VILLAGE_REPORT, VILLAGE, "青禾县样例村2019年有没有发生泄密事件"),
    (VILLAGE_REPORT, VILLAGE, "青禾县样例村2019年有没有被投诉"),
    (TOWN_REPORT, TOWN, "青禾县样例乡2017年有没有败诉"),
    (TOWN_REPORT, TOWN, "Were there any complaints about disclosure at Yangli township in 2017?"),
])
def test_statements_of_none_of_other_things_do_not_answer_a_yes_no_ask(report, original, question):
    a = _answer(report, original, question)
    assert not a.answered, (question, a.text)


@pytest.mark.parametrize("question, quote", [
    ("青禾县样例村2019年有没有收到政府信息公开申请", "没有收到政府信息公开申请"),
    ("青禾县样例村2019年收费了吗", "没有向申请人收取任何费用"),
])
def test_the_statement_of_none_of_the_asked_thing_answers_a_yes_no_ask(question, quote):
    a = _answer(VILLAGE_REPORT, VILLAGE, question)
    assert a.answered and a.citations and all(quote in c.quote for c in a.citations), (question, a.text)
