"""Yes/no questions answered by a statement of none (issue 10, round 7): "有没有/是否/有无/有没…过/…吗", "did anyone /
were there any / was it ever / has it" with colloquial verbs (被告 = 被起诉/行政诉讼, 收过费 = 收费, apply for = 申请)
reach the report's statement that none of the asked kind happened and answer with it; a statement of none of another
kind does not answer.  And a premise written "那N件…里面" is context even when no report is named.

Every text here is written for fictional agencies (青禾县样例水务局, 样例分局); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.query import parse_question
from assistant.none_statements import YES_NO
from tests.fake_index import index_of, line_passages

DOC = "y" * 16
WATER = (
    "青禾县样例水务局2009年政府信息公开工作年度报告\n"
    "一、主动公开情况\n"
    "2009年我局主动公开政府信息42条。\n"
    "二、依申请公开情况\n"
    "2009年我局没有接到公民要求公开政府信息的申请。\n"
    "三、收费及减免情况\n"
    "本局无信息公开收费及减免的情况。\n"
    "四、行政复议和行政诉讼情况\n"
    "2009年未发生有关信息公开申请的行政复议、行政诉讼的情况。\n"
)
WATER_REPORT = Report(doc_id=DOC, sources=["yangli_shuiwuju_2009.txt"], agency="青禾县样例水务局", region="青禾县", year=2009,
                      aliases=["qinghe water bureau", "qinghe"], mentions=["青禾县"])


def _answer(question: str, reports=(WATER_REPORT,)):
    index = index_of(WATER_REPORT, WATER)
    return ExtractiveEngine(index, 0.34).answer(parse_question(question, list(reports)), line_passages(WATER_REPORT, WATER))


@pytest.mark.parametrize("text", [
    "有没有收过费", "是否被起诉", "有无行政复议", "有没收过钱", "收过费没有", "是不是被告过", "有否被复议",
    "did anyone apply", "were there any lawsuits", "was it ever sued", "has it charged fees", "have they been sued",
    "has anyone applied", "did it ever charge",
])
def test_yes_no_phrasings_are_recognised(text):
    assert YES_NO.search(text)


@pytest.mark.parametrize("text", ["收到多少件申请", "how many applications did it receive", "主动公开了几条"])
def test_questions_for_a_figure_are_not_yes_no(text):
    assert not YES_NO.search(text)


@pytest.mark.parametrize("question, quote", [
    # proceedings: 复议, and 被告 / 告过 / 起诉 / 打官司 for a lawsuit
    ("青禾县样例水务局09年有没有因为信息公开被复议或者被告的", "行政复议、行政诉讼"),
    ("青禾县样例水务局2009年是否被起诉过", "行政复议、行政诉讼"),
    ("青禾县样例水务局2009年因为信息公开打过官司吗", "行政复议、行政诉讼"),
    ("青禾县样例水务局2009年有没被人告过", "行政复议、行政诉讼"),
    ("Was the Qinghe water bureau ever sued over disclosure in 2009?", "行政复议、行政诉讼"),
    ("Was the Qinghe water bureau ever taken to court over disclosure in 2009?", "行政复议、行政诉讼"),
    ("Has the Qinghe water bureau been sued over disclosure in 2009?", "行政复议、行政诉讼"),
    # fees: 收过费 / 收过钱 / 收费了吗
    ("青禾县样例水务局2009年搞政府信息公开有没有收过费？", "收费及减免"),
    ("青禾县样例水务局2009年信息公开收了费没有", "收费及减免"),
    ("青禾县样例水务局2009年是否收取过费用", "收费及减免"),
    ("青禾县样例水务局2009年依申请公开有无收钱", "收费及减免"),
    ("Did the Qinghe water bureau charge anything for disclosure in 2009?", "收费及减免"),
    ("Did applicants have to pay the Qinghe water bureau for disclosure in 2009?", "收费及减免"),
    # applications: apply for / 有人申请过
    ("Did anyone apply to the Qinghe water bureau for government information in 2009?", "没有接到公民要求公开政府信息的申请"),
    ("Has anyone applied to the Qinghe water bureau for disclosure in 2009?", "没有接到公民要求公开政府信息的申请"),
    ("青禾县样例水务局2009年有没有人申请过公开政府信息", "没有接到公民要求公开政府信息的申请"),
])
def test_a_yes_no_ask_is_answered_by_the_statement_of_none_of_its_kind(question, quote):
    a = _answer(question)
    assert a.answered and a.citations, (question, a.text)
    assert all(quote in c.quote for c in a.citations), (question, [c.quote for c in a.citations])


@pytest.mark.parametrize("question", [
    "青禾县样例水务局2009年有没有被投诉",
    "青禾县样例水务局2009年有没有发生泄密事件",
    "Were there any complaints about disclosure at the Qinghe water bureau in 2009?",
])
def test_a_yes_no_ask_of_another_kind_is_not_answered_by_these_statements(question):
    a = _answer(question)
    assert not a.answered, (question, a.text)


# --- a premise "那N件…里面" is context, also when no report is named ----------------------------------------

BRANCH = (
    "样例分局2024年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "样例分局共收到政府信息公开申请30件，上年结转5件。\n"
)
BRANCH_REPORT = Report(doc_id="b" * 16, sources=["yangli_fenju_2024.txt"], agency="青禾市公安局样例分局", region="青禾市",
                       year=2024, aliases=["yangli branch"], mentions=["青禾市"])


@pytest.mark.parametrize("question", [
    "样例分局24年那30件申请 里面自然人提的有几件",
    "样例分局2024年那30件申请里面法人提出的有几件",
    "样例分局24年这30件申请中，自然人提的有多少",
])
@pytest.mark.parametrize("named", [True, False])
def test_a_premise_figure_is_no_answer_to_its_part(question, named):
    index = index_of(BRANCH_REPORT, BRANCH)
    q = parse_question(question, [BRANCH_REPORT] if named else [])  # not named: answered from the passages alone
    a = ExtractiveEngine(index, 0.34).answer(q, line_passages(BRANCH_REPORT, BRANCH))
    assert not a.answered, (question, a.text)


@pytest.mark.parametrize("text, words", [
    ("有没有收过费", "收费"), ("收了费没有", "收费"), ("是否收取过费用", "收费"), ("有没有被人告过", "行政诉讼"),
    ("打过官司吗", "行政诉讼"), ("是不是被复议过", "行政复议"), ("有没有人申请过", "申请"),
])
def test_colloquial_words_are_searched_as_the_reports_words(text, words):
    from assistant.query import glossary_groups

    assert any(words in g for g in glossary_groups(text)), (text, glossary_groups(text))


@pytest.mark.parametrize("text", ["申请人被告知不予公开的有几件", "信息公开工作花了多少钱"])
def test_words_that_only_look_colloquial_are_not_rendered(text):
    from assistant.query import glossary_groups

    assert not any("行政诉讼" in g or "收费" in g for g in glossary_groups(text)), (text, glossary_groups(text))
