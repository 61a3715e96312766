"""Round-15 kinds (issue 10) on fictional reports (青禾县样例局, invented here; no report text):
- applications carried into next year (结转下年度继续办理, "still pending at year end") are never answered by those
  carried over from last year (上年结转, "brought forward"), nor the reverse — in a copy cut off before the asked row,
  the other row is no answer (assistant/carry_direction.py, a registry check);
- applications counted by where the applicants live, their nationality, age or sex is a split reports do not make:
  all applications received answer no such ask (assistant/applicant_traits.py, a registry check);
- "出台/制定/制订/印发了哪些制度文件" of one report lists the 《…》 documents it made (glossary zh_synonyms: the verbs
  of making rules are one group);
- "how many full-time people worked on disclosure" is the staffing line (专职 / 全职; part-time: 兼职);
- "did anyone take them to court or file for review" is a lawsuit or a reconsideration, answered by a statement of none;
- a row of table 三 split "by who was asking" whose total cell is blank: every applicant cell of the row.
"""

from __future__ import annotations

import re

import pytest

from assistant.applicant_traits import misses_asked_trait, traits_asked
from assistant.carry_direction import asked_carry, other_carry_direction
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.query import detect_metric, glossary_groups
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD


def _norm(question: str) -> str:
    return normalise_query(question).strip()


def _figures(text: str) -> list[str]:
    return re.findall(r"(?<![\d\[])\d+(?![\d\]])", re.sub(r"\b20\d\d\b", "", text.replace(",", "")))


HEAD = T3_HEAD

# a copy cut off inside table 三, before the rows 四、结转下年度继续办理 and (七)总计
CUT = (
    "青禾县样例局2024年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2024年,本局认真贯彻《条例》,做好政府信息公开工作。\n"
    + HEAD +
    "一、本年新收政府信息公开申请数量 | 25 | 4 | 0 | 0 | 1 | 0 | 30 |\n"
    "二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 12 | 2 | 0 | 0 | 0 | 0 | 14 |\n"
    "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 3 | 1 | 0 | 0 | 0 | 0 | 4 |\n"
)
CUT_REPORT = Report(doc_id="c" * 16, sources=["qinghe_yangliju_2024.txt"], agency="青禾县样例局", region="青禾县",
                    year=2024, aliases=["qinghe"])


# --- the direction of carrying over ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question, direction", [
    ("青禾县样例局结转到下一年继续办理的申请一共几件", "next"),
    ("青禾县样例局年底还没办完、转到下年的申请有几件", "next"),
    ("How many of Qinghe's requests were carried over into next year?", "next"),
    ("Qinghe 2024: requests still pending at year end?", "next"),
    ("青禾县样例局上年结转的申请几件", "prev"),
    ("Qinghe 2024: how many requests were brought forward from last year?", "prev"),
    ("How many requests were carried over from the previous year?", "prev"),
    ("青禾县样例局上年结转和结转下年度的申请各几件", None),  # (both directions: each its own row)
    ("青禾县样例局下一年工作打算是什么", None),  # (no carrying over asked)
])
def test_the_direction_of_carrying_over_an_ask_names(question, direction):
    assert asked_carry(_norm(question)) == direction


def test_a_figure_of_the_other_direction_answers_nothing():
    assert other_carry_direction("结转到下一年继续办理的申请几件", "二、上年结转政府信息公开申请数量 总计")
    assert other_carry_direction("how many were still pending at year end",
                                 "上年结转政府信息公开申请数量 applications carried over from the previous year")
    assert other_carry_direction("how many were brought forward from last year", "四、结转下年度继续办理 总计")
    assert not other_carry_direction("结转到下一年继续办理的申请几件", "四、结转下年度继续办理 总计")
    assert not other_carry_direction("上年结转的申请几件", "二、上年结转政府信息公开申请数量 总计")


@pytest.mark.parametrize("question", [
    "青禾县样例局2024年结转到下一年继续办理的申请一共几件？",
    "青禾县样例局2024年结转下年度继续办理的有多少",
    "Qinghe 2024: how many requests were carried over into next year?",
    "Qinghe sample bureau 2024 — how many requests were still pending at year end?",
])
def test_a_copy_cut_off_before_the_year_end_row_does_not_state_it(question):
    a = answer_from_lines(CUT_REPORT, CUT, question)
    assert not a.answered and "2" not in _figures(a.text), a.text


@pytest.mark.parametrize("question", [
    "青禾县样例局2024年上年结转的申请有几件？",
    "Qinghe 2024: how many requests were brought forward from last year?",
])
def test_the_row_of_last_year_still_answers_its_own_ask(question):
    a = answer_from_lines(CUT_REPORT, CUT, question)
    assert a.answered and "2" in _figures(a.text), a.text


# --- a split by the applicants' traits ------------------------------------------------------------------------------

@pytest.mark.parametrize("question, trait", [
    ("How many of Qinghe's applications came from people outside Qinghe?", "place"),
    ("Qinghe 2024: requests filed by non-locals?", "place"),
    ("how many requests came from other provinces", "place"),
    ("青禾县样例局收到的申请中外地人提的有几件", "place"),
    ("青禾县以外的申请人提交了多少件", "place"),
    ("申请人都来自哪里", "place"),
    ("how many applications were from foreign nationals", "nationality"),
    ("外籍人士申请了几件", "nationality"),
    ("how many requests came from elderly applicants", "age"),
    ("申请人的年龄分布", "age"),
    ("how many requests were from women", "sex"),
    ("女性申请人有多少", "sex"),
    ("申请人中女性有多少", "sex"),
    ("申请人里老年人有几个", "age"),
])
def test_an_ask_by_a_trait_of_the_applicants(question, trait):
    assert [t.name for t in traits_asked(_norm(question))] == [trait]


@pytest.mark.parametrize("question", [
    "How many applications did Qinghe receive from individuals?",
    "How many requests came from companies?",
    "How many came from outside the bureau's own channels?",
    "How many applications came in outside office hours?",
    "Qinghe Women's Federation 2024: how many applications?",
    "How many requests were answered in under 20 days?",
    "Taiwan Affairs Office of Qinghe: how many applications?",
    "青禾县样例局自然人申请多少件",
    "青禾县样例局老年人优待信息公开了多少条",
])
def test_no_trait_is_asked(question):
    assert traits_asked(_norm(question)) == []


def test_a_figure_naming_the_trait_answers():
    assert not misses_asked_trait("外地人申请了几件", "其中外省申请人3件")
    assert not misses_asked_trait("how many came from people outside qinghe", "其中市外申请人3件")
    assert misses_asked_trait("how many came from people outside qinghe", "本年新收政府信息公开申请数量 总计")
    assert misses_asked_trait("how many were by age group", "applications received in percentage terms")


@pytest.mark.parametrize("question", [
    "Qinghe sample bureau, 2024 — how many of its disclosure applications came from people outside Qinghe?",
    "青禾县样例局2024年收到的申请里外地人提的有几件？",
    "Qinghe 2024: how many requests were filed by foreign nationals?",
])
def test_all_applications_answer_no_ask_by_a_trait(question):
    a = answer_from_lines(CUT_REPORT, CUT, question)
    assert not a.answered and "30" not in _figures(a.text), a.text


def test_all_applications_still_answer_their_own_ask():
    a = answer_from_lines(CUT_REPORT, CUT, "Qinghe sample bureau, 2024 — how many applications did it receive?")
    assert a.answered and "30" in _figures(a.text), a.text


# --- the rules a bureau made, staff, proceedings (one report in prose) ------------------------------------------------

PROSE = (
    "青禾县样例局2010年政府信息公开工作年度报告\n"
    "一、概述\n"
    "(一)规范政府信息公开工作的管理\n"
    "制定了《青禾县样例局政府信息公开工作规定》、《青禾县样例局政府信息公开保密审查办法》和《青禾县样例局依申请公开工作制度》等,使公开工作有章可循。\n"
    "二、人员情况\n"
    "本局从事政府信息公开工作的专职人员2人,兼职人员5人。\n"
    "三、复议诉讼情况\n"
    "本年度未发生因依申请公开而引起的行政复议、行政诉讼情况。\n"
)
PROSE_REPORT = Report(doc_id="d" * 16, sources=["qinghe_yangliju_2010.txt"], agency="青禾县样例局", region="青禾县",
                      year=2010, aliases=["qinghe"])


def _prose(question: str):
    return answer_from_lines(PROSE_REPORT, PROSE, question)


@pytest.mark.parametrize("question", [
    "青禾县样例局10年为信息公开工作出台了哪些制度文件？帮我列一下",
    "青禾县样例局2010年印发了哪些制度？",
    "青禾县样例局2010年制订了哪些规定和办法",
    "List the FOI rules and documents the Qinghe sample bureau drew up, per its 2010 report.",
])
def test_the_rules_a_bureau_made_are_listed_whatever_verb_asks(question):
    a = _prose(question)
    assert a.answered and "保密审查办法" in a.text and "依申请公开工作制度" in a.text, a.text


@pytest.mark.parametrize("question, value", [
    ("Qinghe sample bureau, 2010 report — how many full-time people worked on disclosure?", "2"),
    ("Qinghe 2010: how many full time staff handled disclosure work?", "2"),
    ("Qinghe 2010: how many part-time staff did it have for disclosure?", "5"),
    ("青禾县样例局2010年专职人员有几人？", "2"),
    ("青禾县样例局2010年兼职人员有几人", "5"),
    ("青禾县样例局2010年有几个专职人员", "2"),
])
def test_full_time_and_part_time_staff(question, value):
    a = _prose(question)
    assert a.answered and value in _figures(a.text), a.text


@pytest.mark.parametrize("phrase, word", [
    ("did anyone take them to court", "行政诉讼"),
    ("was the bureau dragged to court", "行政诉讼"),
    ("did anyone file for review over an info request", "行政复议"),
    ("has anyone asked for a review of its replies", "行政复议"),
])
def test_court_and_review_in_everyday_words(phrase, word):
    assert any(word in g for g in glossary_groups(phrase))


@pytest.mark.parametrize("question, key", [
    ("did anyone file for review over an info request?", "reconsiderations"),
    ("how many review requests did it get over its disclosure decisions?", "reconsiderations"),
    ("did anyone take them to court over an info request?", "lawsuits"),
])
def test_review_and_court_name_their_metric(question, key):
    m = detect_metric(question)
    assert m is not None and m.key == key


@pytest.mark.parametrize("question", [
    "Qinghe sample bureau, 2010 — did anyone take them to court or file for review over an info request?",
    "Qinghe 2010: did anyone file for review over an info request?",
    "Qinghe 2010: was the bureau dragged to court over a disclosure request?",
    "青禾县样例局2010年有没有人告过他们或者申请复议？",
])
def test_none_of_either_proceeding_answers_no(question):
    a = _prose(question)
    assert a.answered and "未发生" in a.text, a.text


# --- a row split by who was asking, its total blank -----------------------------------------------------------------

BLANK_TOTAL = (
    "青禾县样例局2019年政府信息公开工作年度报告\n"
    + HEAD +
    "一、本年新收政府信息公开申请数量 | 60 | 8 | | | 2 | | 70 |\n"
    "三、本年度办理结果 |\n"
    "(一)予以公开 | 20 | 3 | | | 1 | | 24 |\n"
    "(四)无法提供 | 1.本机关不掌握相关政府信息 | 31 | 4 | | | 1 | | |\n"
    "2.没有现成信息需要另行制作 | 9 | 1 | | | | | 10 |\n"
)
BLANK_REPORT = Report(doc_id="b" * 16, sources=["qinghe_yangliju_2019.txt"], agency="青禾县样例局", region="青禾县",
                      year=2019, aliases=["qinghe"])


@pytest.mark.parametrize("question", [
    "Qinghe 2019: how many requests where the office simply didn't hold the info, split by who asked?",
    "青禾县样例局2019年不掌握相关信息的申请，按申请人类型拆分一下",
    "青禾县样例局2019年本机关不掌握的申请分别是什么人提出的",
])
def test_a_row_with_a_blank_total_is_split_into_its_applicant_cells(question):
    a = answer_from_lines(BLANK_REPORT, BLANK_TOTAL, question)
    figures = _figures(a.text)
    assert a.answered and all(v in figures for v in ("31", "4", "1")), a.text
    assert "10" not in figures and "9" not in figures, a.text  # (not the sibling row)
