"""Round 17: three kinds of ask, on fictional reports (云岭县样例信访局, 青禾县样例局, 松溪市样例局; no text is copied
from a real report).

- A prose figure that meets an ask of a metric only through its section heading ("(一)主动公开" over "年内受理群众来信
  和网上投诉事项640件", "组织理论学习12次") counts a thing of its own clause, not the metric's: no answer to "主动公开政府信息
  多少条"; nor is "未接到群众主动要求公开政府信息" (a request for disclosure) a 0 of items proactively disclosed.
- "How do they split by X" of a total the question names by its figure: the parts its 其中 lists, also when the 其中
  sentence only sets an aside and the parts follow in the next sentence; words of the total's own label name no part.
- An ask of the measures that names the problems only as what they respond to ("针对存在的问题提了哪些改进措施", "to
  address the problems") lists the measures alone.
"""

from __future__ import annotations

import pytest

from assistant.answer import ExtractiveEngine
from assistant.core.metrics import metric
from assistant.core.types import Fact, Report
from assistant.labels import without_heading
from assistant.parts import parts_span
from assistant.named_parts import named_parts
from assistant.precision import fact_answers, heading_only
from assistant.problem_items import items_of_side, side_asked
from assistant.query import parse_question
from tests.fake_index import index_of, line_passages


def _answer(report: Report, text: str, question: str):
    index = index_of(report, text)
    return ExtractiveEngine(index, 0.34).answer(parse_question(question, [report]), line_passages(report, text))


# --- a figure under the proactive-disclosure heading that counts petitions ---------------------------------------

PETITIONS_DOC = "y" * 16
PETITIONS_TEXT = (
    "云岭县样例信访局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开\n"
    "2023年,我局组织理论学习12次。年内受理群众来信和网上投诉事项640件,同比下降10%。\n"
    "(二)依申请公开情况\n"
    "2023年,我局未接到群众主动要求公开政府信息。\n"
    "二、其他需要报告的事项\n"
    "本年度无其他需要报告的事项。\n"
)
PETITIONS = Report(doc_id=PETITIONS_DOC, sources=["yunling_yangli_xinfangju_2023.txt"], agency="云岭县样例信访局",
                   region="云岭县", year=2023, aliases=["yunling sample petitions bureau", "yunling"], mentions=["云岭县"])


@pytest.mark.parametrize("question", [
    "云岭县样例信访局2023年主动公开政府信息多少条",
    "云岭县样例信访局2023年主动公开了多少条信息？",
    "How much government information did the Yunling sample petitions bureau proactively disclose in 2023?",
    "How many items did the Yunling sample petitions bureau proactively disclose in 2023?",
])
def test_a_figure_meeting_the_ask_only_by_its_heading_is_no_answer(question):
    a = _answer(PETITIONS, PETITIONS_TEXT, question)
    assert not a.answered, (question, a.text)
    for wrong in ("640", "12", "0（无）", "0 (none)"):
        assert wrong not in a.text.replace("2023", ""), (question, a.text)


@pytest.mark.parametrize("question, figure", [
    ("云岭县样例信访局2023年受理群众来信和网上投诉事项多少件", "640"),
    ("云岭县样例信访局2023年组织理论学习多少次", "12"),
])
def test_the_thing_the_clause_counts_still_answers(question, figure):
    a = _answer(PETITIONS, PETITIONS_TEXT, question)
    assert a.answered and figure in a.text, (question, a.text)


def _fact(label: str, section: str, metric_key: str | None = None, kind: str = "narrative") -> Fact:
    return Fact(doc_id="f" * 16, table="narrative", row=label.split(" / ")[-1], column="", metric=metric_key,
                value=0.0 if kind == "none" else 5.0, unit="件", raw="5件", start=0, end=1, quote_start=0, quote_end=1,
                section=section, kind=kind, label_zh=label)


def test_without_heading_drops_the_sub_headings_of_the_section_path_too():
    f = _fact("总体情况 / 主动公开 / 受理来信事项", "一、总体情况 > (一)主动公开")
    assert without_heading(f, "总体情况 / 主动公开 / 受理来信事项 受理来信事项5件") == "受理来信事项 受理来信事项5件"
    # a part of the label that is no heading of the section path (the clause a figure continues) stays
    g = _fact("总体情况 / 全年主动公开信息 / 其中网站发布", "一、总体情况")
    assert without_heading(g, "总体情况 / 全年主动公开信息 / 其中网站发布 x") == "全年主动公开信息 / 其中网站发布 x"


@pytest.mark.parametrize("label, section, only_heading", [
    ("总体情况 / 主动公开 / 组织理论学习", "一、总体情况 > (一)主动公开", True),
    ("总体情况 / 主动公开 / 年内受理群众来信和网上投诉事项", "一、总体情况 > (一)主动公开", True),
    # a clause that names nothing of its own beside the count: the heading says what it counts
    ("总体情况 / 主动公开 / 全年共计", "一、总体情况 > (一)主动公开", False),
    # its own clause holds the metric's core word
    ("总体情况 / 主动公开 / 通过网站发布信息", "一、总体情况 > (一)主动公开", False),
])
def test_heading_only(label, section, only_heading):
    f = _fact(label, section)
    own = f"{label} {f.row}"
    assert heading_only(f, metric("proactive_disclosures"), own) is only_heading
    assert fact_answers(f, metric("proactive_disclosures"), own) is not only_heading


def test_a_request_for_disclosure_is_no_proactive_disclosure():
    none = _fact("总体情况 / 依申请公开情况 / 群众主动要求公开政府信息", "一、总体情况 > (二)依申请公开情况", kind="none")
    own = "总体情况 / 依申请公开情况 / 群众主动要求公开政府信息 未接到群众主动要求公开政府信息"
    assert not fact_answers(none, metric("proactive_disclosures"), own)
    # (a statement that no application came in still answers an ask of applications)
    assert fact_answers(none, metric("applications_received"), own + " 未收到政府信息公开申请")


# --- "how do they split by column": the parts of the 其中 after an aside ------------------------------------------

SPLIT_DOC = "s" * 16
SPLIT_TEXT = (
    "松溪市样例局2015年政府信息公开工作年度报告\n"
    "一、主动公开政府信息情况\n"
    "松溪市样例局便民热线共发布政府信息40条。其中,本局除在省级公开网发布的信息外。"
    "热线动态栏目政府信息12条,占总数的30%热线制度栏目政府信息8条,占总数的20%便民问答栏目信息20条,占总数的50%"
    "省级公开网政府信息31条。\n"
    "二、其他需要报告的事项\n"
    "无。\n"
)
SPLIT = Report(doc_id=SPLIT_DOC, sources=["songxi_yangliju_2015.txt"], agency="松溪市样例局", region="松溪市",
               year=2015, aliases=["songxi sample bureau", "songxi"], mentions=["松溪市"])


def test_the_parts_of_a_qizhong_aside_are_in_the_next_sentence():
    t = "共发布政府信息40条。其中,本局除在省级网发布的信息外。动态栏目12条,制度栏目8条。下一句5条。"
    a, b = parts_span(t, t.index("40条") + 3)
    assert "12条" in t[a:b] and "8条" in t[a:b] and "5条" not in t[a:b]
    # a 其中 sentence that holds the parts itself is the span, as before
    t = "共发布政府信息40条。其中动态栏目12条,制度栏目28条。下一句5条。"
    a, b = parts_span(t, t.index("40条") + 3)
    assert "28条" in t[a:b] and "5条" not in t[a:b]


@pytest.mark.parametrize("question", [
    "松溪市样例局2015年便民热线的40条信息按栏目分别是多少？",
    "Songxi sample bureau 2015: the 40 items on its 便民 hotline — how do they split by column?",
])
def test_a_total_named_by_its_figure_splits_into_every_part(question):
    a = _answer(SPLIT, SPLIT_TEXT, question)
    assert a.answered, a.text
    for part in ("12", "8", "20"):
        assert part in a.text, (question, a.text)
    assert "31" not in a.text, a.text  # (no part: the parts add up to the 40 before it)


def _part(row: str, value: float) -> Fact:
    return Fact(doc_id="f" * 16, table="narrative", row=row, column="", metric=None, value=value, unit="条", raw="",
                start=0, end=1, quote_start=0, quote_end=1, section="", kind="narrative", label_zh=row)


def test_words_of_the_totals_own_label_name_no_part():
    total = _part("便民热线共发布政府信息", 40)
    parts = [_part("便民热线动态栏目政府信息", 12), _part("便民热线制度栏目政府信息", 8), _part("问答栏目信息", 20)]
    assert named_parts(parts, "便民热线的40条信息怎么分", [total]) == parts
    # (便民 is the hotline's, named by the total: only 问答 names a part)
    assert named_parts(parts, "便民问答有几条", [total]) == parts[2:]
    assert named_parts(parts, "便民问答有几条") == parts


# --- measures asked "to address the problems" -------------------------------------------------------------------

MEASURES_DOC = "m" * 16
MEASURES_TEXT = (
    "青禾县样例局2019年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2019年,我局主动公开政府信息88条。\n"
    "二、存在的主要问题及改进情况\n"
    "(一)主要问题\n"
    "一是业务培训仍需加强;二是公开栏目规范化建设有待提高。\n"
    "(二)改进措施\n"
    "一是扎实开展业务培训;二是规范公开栏目建设;三是强化监督考核。\n"
)
MEASURES = Report(doc_id=MEASURES_DOC, sources=["qinghe_yangliju_2019.txt"], agency="青禾县样例局", region="青禾县",
                  year=2019, aliases=["qinghe sample bureau", "qinghe"], mentions=["青禾县"])


@pytest.mark.parametrize("question", [
    "青禾县样例局2019年针对存在的问题提了哪几条改进措施？",
    "青禾县样例局2019年针对上述不足有哪些改进措施",
    "What improvement measures did the Qinghe sample bureau set out in 2019 to address the problems?",
])
def test_measures_asked_to_address_the_problems_are_the_measures_alone(question):
    a = _answer(MEASURES, MEASURES_TEXT, question)
    assert a.answered, a.text
    for measure in ("扎实开展业务培训", "规范公开栏目建设", "强化监督考核"):
        assert measure in a.text, (question, a.text)
    for problem in ("仍需加强", "有待提高"):
        assert problem not in a.text, (question, a.text)


def test_both_sides_asked_keep_both():
    a = _answer(MEASURES, MEASURES_TEXT, "青禾县样例局2019年存在什么问题，有哪些改进措施？")
    assert "仍需加强" in a.text and "扎实开展业务培训" in a.text, a.text


def test_problems_named_as_the_object_of_the_measures():
    assert side_asked("针对存在的问题提了哪几条改进措施") == "plans"
    assert side_asked("what measures did they take to address the problems") == "plans"
    assert side_asked("存在什么问题，有哪些改进措施") is None
    assert side_asked("what problems did they find and what measures will fix them") is None
    assert side_asked("存在哪些问题") == "problems"


def test_the_list_of_the_side_asked_by_its_sub_heading():
    def item(sub: str, n: int, text: str) -> Fact:
        return Fact(doc_id="f" * 16, table="narrative", row=sub, column=f"第{n}项", metric=None, value=None,
                    text_value=text, unit="", raw=text, start=n, end=n + 1, quote_start=n, quote_end=n + 1, section="",
                    kind="item", label_zh=f"存在的主要问题及改进情况 / {sub} / 第{n}项")
    items = [item("主要问题", 1, "培训仍需加强"), item("改进措施", 1, "扎实开展培训"), item("改进措施", 2, "强化考核")]
    assert items_of_side(items, "针对存在的问题提了哪几条改进措施") == items[1:]
    assert items_of_side(items, "存在哪些问题") == items[:1]
    assert items_of_side(items, "存在什么问题，有哪些改进措施") == items


def test_address_as_the_verb_of_remedying_asks_no_address():
    from assistant.verify import ask_shape, remedy_not_address

    assert remedy_not_address("what measures did they take to address the problems") == \
        "what measures did they take to remedy the problems"
    assert ask_shape("what measures did they take to address the problems").field is None
    # the noun still asks the address
    assert remedy_not_address("what is the address of the office") == "what is the address of the office"
    assert ask_shape("what address does the report give for the office").field == "address"
