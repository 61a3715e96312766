"""An ask of what, who or how beside another ask's count word (fixer JF10).  Fictional reports only (青禾县样例局).

"收到多少件申请，保密审查遵循什么原则？", "组长是谁，全年培训了多少人次？", "how many applications came in, and what
review system does it apply?": the count word is the other ask's; the what/who ask is answered by the report's
sentence, not refused for want of a figure.  An ask of a figure in other words ("what share", "什么比例", "what was
the total") still asks a figure, and an elliptic ask ("what about complaints?") still counts what the one before counts.
"""

from __future__ import annotations

import pytest

from assistant.ask_question import ask_question
from assistant.asks import split_asks
from assistant.core.types import Report
from assistant.query import parse_question
from tests.fake_index import answer_from_lines

REPORT = Report(doc_id="w" * 16, sources=["qinghe_yangliju_2023.txt"], agency="青禾县样例局", region="青禾县", year=2023,
                aliases=["qinghe"])
TEXT = (
    "青禾县样例局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "本局成立政府信息公开工作领导小组,由副局长林青禾任组长,办公室负责日常工作。\n"
    "全年组织业务培训3次,参训人员共计45人次。\n"
    "本局政府信息发布严格执行“一审一签”制度,确保信息准确。\n"
    "本局政府信息保密审查坚持“谁起草谁送审”的原则。\n"
    "2023年本局收到政府信息公开申请12件,全部按期答复。\n"
)


def _subs(question: str):
    q = parse_question(question, [REPORT])
    out, previous = [], None
    for ask in split_asks(q.norm):
        previous = ask_question(q, ask, previous)
        out.append(previous)
    return out


@pytest.mark.parametrize("question, which", [
    ("青禾县样例局2023年收到多少件申请，保密审查遵循什么原则？", 1),
    ("青禾县样例局2023年领导小组组长是谁，全年培训了多少人次？", 0),
    ("青禾县样例局2023年收到多少件申请？另外信息发布执行的是什么制度？", 1),
    ("Qinghe sample bureau 2023: how many applications came in, and what review system does it apply?", 1),
])
def test_a_what_ask_beside_a_count_asks_no_figure(question, which):
    subs = _subs(question)
    assert len(subs) == 2, [s.norm for s in subs]
    assert not subs[which].wants_number and subs[1 - which].wants_number


@pytest.mark.parametrize("question", [
    "Qinghe sample bureau 2023: how many applications came in, and what share of them were granted?",
    "青禾县样例局2023年收到多少件申请，公开的占什么比例？",
    "Qinghe sample bureau 2023: how many applications came in? what about complaints?",
])
def test_an_ask_of_a_figure_in_other_words_still_asks_one(question):
    subs = _subs(question)
    assert len(subs) == 2 and all(s.wants_number for s in subs), [(s.norm, s.wants_number) for s in subs]


@pytest.mark.parametrize("question, wanted", [
    ("青禾县样例局2023年收到多少件申请，保密审查遵循什么原则？", ["12", "谁起草谁送审"]),
    ("青禾县样例局2023年领导小组组长是谁，全年培训了多少人次？", ["林青禾", "45"]),
    ("青禾县样例局2023年收到多少件申请？另外信息发布执行的是什么制度？", ["12", "一审一签"]),
])
def test_both_asks_are_answered(question, wanted):
    a = answer_from_lines(REPORT, TEXT, question)
    assert a.answered and all(w in a.text for w in wanted), a.text
