"""Round-21 kinds on a fictional report (松岚县农机局, invented here):
- a premise's part asked as a description, not a count ("那3件申请是用什么方式递交的", "不予公开的那4条主要是哪些方面的
  信息"): the clause right after the restated figure answers it (assistant/premise_described.py), not "the part is not
  stated separately";
- "靠哪些办法 / 用什么办法" asks the ways or measures a report lists in one clause ("通过A、B等方式促进工作");
- "what does the full text cover": 全文 of "全文包括A、B、C…".
"""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.premise_described import clause_after, describes_part
from assistant.query import glossary_groups
from tests.fake_index import answer_from_lines

DOC = "f" * 16
ORIGINAL = (
    "松岚县农机局2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2021年,我局高度重视政务公开,并通过调配专员、健全审核流程等方式促进工作,不断提升公开实效。\n"
    "二、依申请公开情况\n"
    "2021年我局共受理依申请公开3件,均为邮寄信函申请,于10个工作日内全部答复。"
    "不予公开信息有4条,主要是涉及农机补贴审核及内部人事调整的信息。\n"
    "松岚县农机局\n"
    "2022年1月15日\n"
)
REPORT = Report(doc_id=DOC, sources=["songlan_nongjiju_2021.txt"], agency="松岚县农机局", region="松岚县", year=2021,
                aliases=["songlan"])
# (a report whose first lines say what its full text holds)
WHOLE_DOC = "d" * 16
WHOLE = (
    "松岚县农机局2021年政府信息公开工作年度报告\n"
    "一、概述\n"
    "本报告全文包括概述、主动公开情况、依申请公开情况、咨询处理情况,并附统计表。\n"
    "二、主动公开情况\n"
    "2021年我局主动公开信息56条。\n"
)
WHOLE_REPORT = Report(doc_id=WHOLE_DOC, sources=["songlan_nongjiju_2021_full.txt"], agency="松岚县农机局", region="松岚县",
                      year=2021, aliases=["songlan"])


def _ask(question: str, report: Report = REPORT, original: str = ORIGINAL):
    return answer_from_lines(report, original, question)


# --- a premise's part described, not counted ------------------------------------------------------------------------

@pytest.mark.parametrize("text, describes", [
    ("那3件申请，申请人是用什么方式递交的", True),
    ("不予公开的那4条，主要是哪些方面的信息", True),
    ("那3件申请里面自然人提的有几件", False),
    ("不予公开的那4条中有多少条涉及人事", False),
    ("申请人是用什么方式递交的", False),  # no premise: an ask of its own
    ("主动公开的那15条信息，分别是通过哪些渠道发的", False),  # a breakdown: its counts follow ("各几条")
    ("of the 15 items, which channels were they split across", False),
])
def test_an_ask_after_a_premise_describes_or_counts(text, describes):
    assert describes_part(text) is describes


def test_the_clause_after_a_figure():
    clean = "共受理3件,均为邮寄信函申请,于10个工作日内答复。"
    at = clean.index("件") + 1
    s, e = clause_after(clean, at)
    assert clean[s:e] == "均为邮寄信函申请"
    assert clause_after("共受理3件。", 5) is None  # the sentence ends with the figure
    assert clause_after("共受理3件,其中自然人2件。", 5) is None  # a figure of its own counts a part


@pytest.mark.parametrize("question, words", [
    ("松岚县农机局2021年那3件依申请公开，申请人是用什么方式递交的？", ("邮寄信函",)),
    ("松岚县农机局2021年不予公开的那4条，主要是哪些方面的信息？", ("农机补贴审核", "内部人事调整")),
])
def test_a_described_part_is_answered_by_the_clause_after_the_figure(question, words):
    a = _ask(question)
    assert a.answered, a.text
    for w in words:
        assert w in a.text, a.text
    assert "没有单独写明" not in a.text, a.text


# --- the ways a clause lists, asked as 办法 ---------------------------------------------------------------------------

def test_ways_asked_as_banfa_reach_the_list_inside_one_clause():
    assert ("方式", "措施", "举措") in glossary_groups("靠哪些办法来推动信息公开工作的")
    assert ("方式", "措施", "举措") not in glossary_groups("制定了哪个管理办法")  # a 《…办法》 is no way of working
    a = _ask("松岚县农机局2021年报里说是靠哪些办法来推动信息公开工作的")
    assert a.answered, a.text
    assert "调配专员" in a.text and "健全审核流程" in a.text, a.text


# --- the full text's parts ----------------------------------------------------------------------------------------------

def test_the_full_text_is_quanwen():
    assert ("全文",) in glossary_groups("what sections does the full text cover")
    a = _ask("Songlan agricultural machinery bureau 2021: what sections does the full text cover?", WHOLE_REPORT, WHOLE)
    assert a.answered, a.text
    for w in ("概述", "主动公开情况", "依申请公开情况", "咨询处理情况"):
        assert w in a.text, a.text
