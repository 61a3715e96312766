"""Asks of a report's problems and plans, answered from its section of problems and improvements (round 16).

- a list elsewhere whose label holds 问题 only as a topic of the work ("(一)加大对群众关注的热点难点问题的公开力度。…
  公开内容包括机构名称、办公地点、联系电话等") does not answer "what shortcomings did X admit to" when the section of
  problems ("五、存在的主要问题及改进情况", "四、存在的不足和改进措施") lists them about as well;
- a problems section whose numbered items are the problems themselves, each with examples of its own ("(二)工作人员
  重视不足。在A、B等方面存在疏漏"), is answered by its items, not by the examples inside one of them; a section of
  sub-headings ("(一)存在主要问题。…一是…二是…(二)今后改进措施。…") still by the list under the heading asked.

Fictional text only (青禾县样例局).
"""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.evidence import EvidenceGatherer
from assistant.problem_items import asks_problems_section, heads_problems_section
from assistant.query import parse_question
from ingest.clean import clean
from tests.fake_index import FakeIndex, facts_of

DOC = "q" * 16
REPORT = Report(doc_id=DOC, sources=["qinghe_yangliju_2023.txt"], agency="青禾县样例局", region="青禾县", year=2023,
                aliases=["qinghe"], mentions=["青禾县样例局"])

TOPIC_LIST = ("二、主动公开政府信息情况\n(一)加大对群众关注的热点难点问题的公开力度。我局突出重点,及时公开办事指南。"
              "公开内容包括机构名称、办公地点、联系电话、领导名录等。\n")


def _report(*sections: str) -> str:
    return ("青禾县样例局2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息30条。\n"
            + "".join(sections) + "六、其他需要报告的事项\n无。\n")


def _answer(original: str, question: str):
    assert clean(original).text == original.rstrip("\n")
    facts = facts_of(REPORT, original, region=REPORT.region)
    g = EvidenceGatherer(FakeIndex(REPORT, facts, original))
    return ExtractiveEngine(g.index, 0.34).answer(parse_question(question, [REPORT]), [])


PROBLEMS_ASKS = [
    "青禾县样例局2023年政府信息公开工作存在哪些问题和不足？",
    "青禾县样例局2023年报告里说还有什么不足",
    "what shortcomings did the Qinghe County Yangli Bureau admit to in its 2023 disclosure work?",
    "Which problems did the Qinghe Yangli Bureau say it had with its 2023 disclosure work?",
]

SECTIONS_IN_PROSE = [
    ("五、存在的主要问题及改进情况\n我局信息公开工作还存在一些不足:一是信息更新不够及时,二是政策解读形式单一。"
     "下一步,我局将加强培训。\n"),
    ("四、存在的不足和改进措施\n一是信息更新不够及时;二是政策解读形式单一。今后,我局将进一步加强培训。\n"),
]


@pytest.mark.parametrize("section, question", [(SECTIONS_IN_PROSE[0], q) for q in PROBLEMS_ASKS]
                         # (a section headed 不足 alone is not yet found by "which problems": 问题 is in no label of it)
                         + [(SECTIONS_IN_PROSE[1], q) for q in PROBLEMS_ASKS[:3]])
def test_a_list_naming_problems_as_a_topic_yields_to_the_problems_section(section, question):
    a = _answer(_report(TOPIC_LIST, section), question)
    assert a.answered and "信息更新不够及时" in a.text and "政策解读形式单一" in a.text
    assert "机构名称" not in a.text


NUMBERED_PROBLEMS = ("五、存在的主要问题及改进情况\n(一)群众来信办理压力依然较大。\n"
                     "(二)工作人员重视不足。在信息收集、隐患排查等方面存在疏漏。\n"
                     "(三)公开平台功能不够完善,信息检索、在线咨询等功能有待开发。\n")


@pytest.mark.parametrize("question", PROBLEMS_ASKS)
def test_numbered_problems_with_examples_inside_are_the_answer(question):
    a = _answer(_report(NUMBERED_PROBLEMS), question)
    assert a.answered
    at = [a.text.find(p) for p in ("群众来信办理压力依然较大", "工作人员重视不足", "公开平台功能不够完善")]
    assert all(i >= 0 for i in at) and at == sorted(at)


SUB_HEADINGS = ("五、政府信息公开工作存在的主要问题和改进情况\n(一)存在主要问题。我局工作也有一些不足。主要有:一是信息公开范围较窄,"
                "二是公开形式较为单一。\n(二)今后改进措施。今后,我局将在以下几个方面加强工作。一是进一步扩大公开范围,"
                "二是进一步丰富公开形式。\n")


@pytest.mark.parametrize("question", [PROBLEMS_ASKS[0], "青禾县样例局2023年存在什么问题"])
def test_a_section_of_sub_headings_still_answers_under_the_heading_asked(question):
    a = _answer(_report(SUB_HEADINGS), question)
    assert a.answered and "信息公开范围较窄" in a.text and "公开形式较为单一" in a.text


@pytest.mark.parametrize("norm, asks", [
    ("青禾县样例局存在哪些不足", True),
    ("青禾县样例局下一步有什么打算", True),
    ("what will the qinghe bureau do to improve going forward", True),
    ("what shortcomings did the qinghe bureau admit to", True),
    ("青禾县样例局采取了哪些措施", False),  # measures taken: its work, not its plans
    ("which channels did the qinghe bureau use", False),
])
def test_asks_of_the_problems_or_plans(norm, asks):
    assert asks_problems_section(norm) is asks


@pytest.mark.parametrize("title, heads", [
    ("五、存在的主要问题及改进情况", True), ("四、存在的不足和改进措施", True), ("六、下一步工作打算", True),
    ("七、今后努力方向", True), ("二、主动公开政府信息情况", False), ("一、总体情况", False),
])
def test_titles_of_a_problems_section(title, heads):
    assert heads_problems_section(title) is heads
