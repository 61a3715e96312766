"""Round 25 (fixer BJ8): three kinds of ask a report answers in prose.  Fictional reports only (青禾县样例局).

* The plans of a problems-and-plans section written as one sentence of clauses opening with a turning word
  ("接下来,我们会A;B;C", "下一步,我局将A；B") are items under that word (ingest/plan_clauses.py): an ask of what
  the agency will do next gets every plan, an ask of the problems keeps to the problems.
* An English ask of the office inside a body that takes care of a work ("which unit inside the bureau takes care of
  …"), one whose "which" follows a scene-setting clause ("when … was handed over to X, what new office was set up"),
  and one of who is named first responsible, reach the sentence that names it (assistant/name_asks.py, glossary).
* A figure written in words ("近万条", "上千条", "数百件") is the figure a sentence states for "大概多少条" when it
  states none in digits; the answer gives the words as written (assistant/word_figures.py).
"""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.name_asks import name_ask
from assistant.word_figures import word_figures
from ingest.clean import clean
from ingest.facts import extract_prose_facts
from ingest.plan_clauses import plan_clauses
from ingest.structure import split_sections
from tests.fake_index import answer_from_lines

ORIGINAL = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "今年以来,我局健全工作制度,局办公室承担了政务信息采集、报送及信息源管理工作。\n"
    "2022年3月,政务公开工作由县样例服务中心移交至局综合科,成立政务公开专班,并配备了专职人员。\n"
    "我局明确局长是政务公开工作的第一责任人,分管副局长具体负责。\n"
    "自门户网站改版以来,全局共发布惠民政策、办事指南等群众关注度高的信息近万条。\n"
    "二、主动公开政府信息情况\n"
    "本年主动公开政府信息86条。\n"
    "三、存在的主要问题及下步工作安排\n"
    "我局政府信息公开工作仍存在一些不足:一是信息更新不够及时;二是政策解读不够深入。\n"
    "接下来,我们会加强栏目日常维护,提高信息发布时效;建立解读材料同步审核机制;继续开展业务培训,提升人员能力。\n"
)
REPORT = Report(doc_id="p" * 16, sources=["qinghe_yangliju_2022.txt"], agency="青禾县样例局", region="青禾县",
                year=2022, aliases=["qinghe"])


# --- plans written as one sentence of clauses ------------------------------------------------------------------

def _plan_items(original: str) -> list[tuple[str, str]]:
    text = clean(original).text
    prose = extract_prose_facts(text)
    return [(f.context, f.text_value) for f in plan_clauses(text, split_sections(text), [p for p in prose if p.kind == "item"])]


def test_a_plans_sentence_of_clauses_gives_each_clause_as_an_item():
    got = _plan_items(ORIGINAL)
    assert [lead for lead, _ in got] == ["接下来"] * 3
    assert [v for _, v in got] == ["接下来,我们会加强栏目日常维护,提高信息发布时效", "建立解读材料同步审核机制",
                                   "继续开展业务培训,提升人员能力"]


@pytest.mark.parametrize("sentence, lead", [
    ("下一步,我局将完善公开目录;加强政策解读;做好依申请公开答复。", "下一步"),
    ("今后我们将完善公开目录；加强政策解读。", "今后"),
    ("明年将完善公开目录；加强政策解读。", "明年"),
])
def test_other_turning_words_open_a_plans_sentence(sentence, lead):
    original = ORIGINAL.replace("接下来,我们会加强栏目日常维护,提高信息发布时效;建立解读材料同步审核机制;继续开展业务培训,提升人员能力。", sentence)
    got = _plan_items(original)
    assert len(got) >= 2 and {g[0] for g in got} == {lead}


def test_no_plans_items_outside_a_problems_section_or_without_clauses():
    moved = ORIGINAL.replace("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n下一步,我局将完善公开目录;加强政策解读。\n")
    assert all("完善公开目录" not in v for _, v in _plan_items(moved))  # a section of work done, not of plans
    one = ORIGINAL.replace(";建立解读材料同步审核机制;继续开展业务培训,提升人员能力", "")
    assert _plan_items(one) == []  # one clause: no list


def test_an_ask_of_the_plans_gets_every_plan_and_an_ask_of_the_problems_the_problems():
    a = answer_from_lines(REPORT, ORIGINAL, "青禾县样例局2022年年报里接下来打算做哪几件事？")
    assert a.answered, a.text
    for plan in ("加强栏目日常维护", "建立解读材料同步审核机制", "继续开展业务培训"):
        assert plan in a.text, a.text
    assert "信息更新不够及时" not in a.text
    b = answer_from_lines(REPORT, ORIGINAL, "青禾县样例局2022年信息公开工作还存在哪些不足？")
    assert "信息更新不够及时" in b.text and "建立解读材料同步审核机制" not in b.text, b.text


# --- English asks of an office inside a body, of who is first responsible ---------------------------------------

def test_takes_care_of_is_the_relation_of_a_body_responsible():
    got = name_ask("which unit inside the bureau takes care of collecting and reporting information?")
    assert got is not None and any("承担" in words for words, _after in got.relations), got


def test_the_relation_nearest_the_which_governs_and_a_when_clause_asks_no_date():
    got = name_ask("when disclosure work was handed over to the county office, what new office was set up there")
    assert got is not None and [words[0] for words, _after in got.relations] == ["设立"], got
    assert name_ask("when was the office set up, and which office handles it?") is None  # a date is asked


@pytest.mark.parametrize("question, stated", [
    ("Qinghe sample bureau, 2022: which unit inside the bureau takes care of collecting government-affairs information?",
     "局办公室"),
    ("Qinghe sample bureau 2022: who is named as the person with first responsibility for open-government work?",
     "第一责任人"),
])
def test_english_asks_of_the_responsible_office_or_person(question, stated):
    a = answer_from_lines(REPORT, ORIGINAL, question)
    assert a.answered and stated in a.text, a.text


# --- figures written in words ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figures", [
    ("共发布信息近万条", ["近万条"]),
    ("受理咨询上千人次,办理申请数百件", ["上千人次", "数百件"]),
    ("开展培训几十场", ["几十场"]),
    ("数十年来坚持公开", []),  # years count no things
    ("发布信息1200条", []),  # a figure in digits is none of these
])
def test_word_figures(text, figures):
    assert [m.group() for m in word_figures(text)] == figures


@pytest.mark.parametrize("question", [
    "青禾县样例局2022年网站改版以来大概发布了多少条群众关注度高的信息？",
    "Qinghe sample bureau 2022: since the website revamp, roughly how many high-interest items did it publish?",
])
def test_a_figure_in_words_is_answered_as_written(question):
    a = answer_from_lines(REPORT, ORIGINAL, question)
    assert a.answered and "近万条" in a.text, a.text
    assert "10000" not in a.text and "10,000" not in a.text
    assert any("近万条" in c.quote for c in a.citations), a.citations
