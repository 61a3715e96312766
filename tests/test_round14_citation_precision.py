"""Citation precision (round 14): every citation of an answer supports something the question asks.

- a breakdown ask naming some of the parts ("工作动态 领导信息 财政信息分别几条") states those parts only; all parts
  when it names none ("分别是哪几类", "by category");
- a total the question states itself ("the 80 items it published, how many in each category") is a premise: the
  parts answer, with no line (and no "the same part of the report also says" sentence) restating it;
- 及 inside a word (涉及, 及时) joins no two asks: "因为涉及国家秘密被拒绝公开的一共几件" is one ask;
- a sum is made of figures of one kind only (requests received + requests withheld is no figure);
- a problems ask is not answered by a plan ("今后…将进一步加大…"), a plans ask not by a shortfall; an ask of both
  keeps both.

Fictional text only (青苗乡, 青禾县样例局).
"""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Fact, Report
from assistant.evidence import EvidenceGatherer
from assistant.named_parts import named_parts
from assistant.parts import same_kind
from assistant.problem_items import is_plan, is_shortfall, side_asked
from assistant.query import parse_question
from tests.fake_index import FakeIndex, facts_of

DOC = "q" * 16
REPORT = Report(doc_id=DOC, sources=["qingmiao_xiang_2023.txt"], agency="青苗乡人民政府", region="青苗乡", year=2023,
                aliases=["qingmiao"], mentions=["青苗乡"])

BREAKDOWN = ("青苗乡2023年政府信息公开工作年度报告\n一、主动公开政府信息情况\n"
             "2023年我乡主动公开政府信息80条,其中工作动态信息40条,领导信息10条,财政信息8条,政策文件信息22条。\n"
             "二、其他需要报告的事项\n无。\n")

PROBLEMS = ("青苗乡2023年政府信息公开工作年度报告\n一、概述\n全年主动公开信息30条。\n"
            "五、工作中存在的主要问题及改进措施\n我乡按照条例要求做了大量工作。受人员变动影响,存在信息更新相对滞后的情况;"
            "对条例的学习培训力度仍需加大。今后,我乡将进一步加强队伍建设,把信息公开与村务公开、便民服务等工作结合起来。\n"
            "六、其他需要报告的事项\n无。\n")


def _facts(original: str):
    return facts_of(REPORT, original, region=REPORT.region)


def _answer(original: str, question: str):
    g = EvidenceGatherer(FakeIndex(REPORT, _facts(original), original))
    return ExtractiveEngine(g.index, 0.34).answer(parse_question(question, [REPORT]), [])


# --- the parts a breakdown ask names ------------------------------------------------------------

@pytest.mark.parametrize("question, values", [
    ("青苗乡2023年主动公开信息中工作动态、领导信息、财政信息分别是多少条", ("40", "10", "8")),
    ("青苗乡2023年主动公开的信息里工作动态和领导信息分别是多少条", ("40", "10")),
])
def test_a_breakdown_naming_some_parts_states_those_parts_only(question, values):
    a = _answer(BREAKDOWN, question)
    assert a.answered and all(f"{v}条" in a.text for v in values)
    assert "22" not in a.text and not any("政策文件" in c.quote for c in a.citations)


@pytest.mark.parametrize("question", [
    "青苗乡2023年主动公开的信息分别是哪几类，各多少条",
    "青苗乡2023年主动公开的信息包括哪些类别",
    "青苗乡2023年主动公开信息分别几条",
])
def test_a_breakdown_naming_no_part_states_every_part(question):
    a = _answer(BREAKDOWN, question)
    assert a.answered and all(v in a.text for v in ("40", "10", "8", "22"))


def _part(row: str, value: float) -> Fact:
    return Fact(doc_id=DOC, table="narrative", row=row, column="", value=value, raw=f"{value:g}条", start=0, end=1,
                quote_start=0, quote_end=1)


def test_named_parts_match_a_run_of_a_parts_own_words():
    parts = [_part("信息公开年报", 1), _part("部门工作动态信息", 54), _part("领导信息", 11), _part("政策文件解读", 3)]
    assert [f.value for f in named_parts(parts, "青苗乡公开的信息里 工作动态 领导信息分别几条")] == [54, 11]
    assert named_parts(parts, "青苗乡公开的信息分别几条") == parts  # none named: all
    assert named_parts(parts, "青苗乡年报里信息分别几条") == parts  # (年报 of the question's frame names no part of 年报 alone)


# --- a total the question states ------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Qingmiao township 2023: the 80 items it published proactively, how many in each category?",
    "Qingmiao township 2023 - the 80 proactive items split by category please",
    "青苗乡2023年主动公开的80条信息，分别是哪几类？",
])
def test_a_total_the_question_states_is_not_restated(question):
    a = _answer(BREAKDOWN, question)
    assert a.answered and all(v in a.text for v in ("40", "10", "8", "22"))
    assert not any("80条" in c.quote for c in a.citations)  # neither a total line nor a related sentence


# --- 及 inside a word, sums of one kind --------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "青禾县样例局2023年自然人的申请因为涉及国家秘密被拒绝公开的一共几件",
    "青禾县样例局2023年涉及商业秘密不予公开的有几件",
    "青禾县样例局2023年未及时答复的申请有几件",
])
def test_ji_inside_a_word_joins_no_two_asks(question):
    assert len(split_asks(normalise_query(question).strip(), ["青禾县样例局"])) == 1


def test_ji_between_two_nouns_still_joins_two_asks():
    asks = split_asks(normalise_query("青禾县样例局2023年行政复议及行政诉讼各几件").strip(), ["青禾县样例局"])
    assert len(asks) == 2


def _cell(row: str, column: str, value: float, table: str = "三") -> Fact:
    return Fact(doc_id=DOC, table=table, row=row, column=column, value=value, raw=f"{value:g}", start=0, end=1,
                quote_start=0, quote_end=1)


def test_a_sum_is_of_figures_of_one_kind():
    received = _cell("一、本年新收政府信息公开申请数量", "自然人", 30)
    withheld = _cell("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密", "自然人", 2)
    released = _cell("三、本年度办理结果 / （一）予以公开", "自然人", 12)
    assert not same_kind([received, withheld])
    assert same_kind([withheld, released])
    carried = _cell("二、上年结转政府信息公开申请数量", "自然人", 4)
    assert same_kind([received, carried])  # (received + carried over: the requests handled)
    review, suit = _cell("行政复议", "总计", 3, "五"), _cell("行政诉讼", "总计", 2, "五")
    assert same_kind([review, suit])


# --- problems and plans ---------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "青苗乡2023年信息公开工作存在哪些问题",
    "Which problems did Qingmiao township say they had with FOI work in 2023?",
    "What shortcomings did Qingmiao township's 2023 report identify?",
])
def test_a_problems_ask_lists_no_plan(question):
    a = _answer(PROBLEMS, question)
    assert a.answered and "存在信息更新相对滞后的情况" in a.text and "培训力度仍需加大" in a.text
    assert "今后" not in a.text


@pytest.mark.parametrize("question", [
    "青苗乡2023年存在什么问题，有哪些改进措施",
    "What problems did Qingmiao township have in 2023 and what measures will it take?",
])
def test_an_ask_of_problems_and_measures_lists_both(question):
    a = _answer(PROBLEMS, question)
    assert a.answered and "培训力度仍需加大" in a.text and "今后,我乡将进一步加强队伍建设" in a.text


@pytest.mark.parametrize("question", ["青苗乡2023年下一步有什么打算", "What are Qingmiao township's next steps in its 2023 report?"])
def test_a_plans_ask_lists_no_shortfall(question):
    a = _answer(PROBLEMS, question)
    assert a.answered and "今后,我乡将进一步加强队伍建设" in a.text and "滞后" not in a.text


def test_plans_and_shortfalls_are_told_apart():
    assert is_plan("今后,我乡将进一步加强队伍建设") and is_plan("下一步,青禾县样例局将继续完善平台")
    assert is_plan("二是我局将进一步加大培训力度")
    assert is_shortfall("对条例的学习培训力度仍需加大") and not is_shortfall("今后将加大培训力度,不足之处及时改进")
    assert side_asked("存在哪些问题") == "problems" and side_asked("下一步有什么打算") == "plans"
    assert side_asked("存在什么问题，有哪些改进措施") is None


# --- a table row of bare numbers is quoted with what it counts ----------------------------------------

def test_a_row_of_bare_numbers_is_quoted_with_its_header_rows():
    from assistant.labels import with_header as _with_header

    text = ("四、行政复议、行政诉讼情况\n行政复议 | 行政诉讼 |\n结果维持 | 结果纠正 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n"
            "3 |  | 3 | 2 | 1 |\n五、存在的主要问题\n")
    qs = text.index("3 |  | 3")
    qe = text.index("\n", qs)
    assert text[_with_header(text, qs, qe):qe].startswith("行政复议 | 行政诉讼 |\n结果维持")
    labelled = text.index("结果维持")
    assert _with_header(text, labelled, text.index("\n", labelled)) == labelled  # a row with its own words: itself
