"""Comparisons that the differential probe of round 14 (a6c89b7 → a28dc74, fixer "diff14") found answered wrong, on
fictional reports (青禾县样例中心, 青禾县文旅局; no text copied from a report):

- a direction asked over the years ("收到的申请比上年增加还是减少", "up or down from the year before") is answered by a
  clause stating a change between two years only when that clause holds a word of the thing asked: "信息发布量由2021年
  的310条增加到2022年的455条" holds the frame's words (增加, the years) but says nothing of applications
  (assistant/compare_sides.py _holds_asked_thing; glossary compare_years_frame_term);
- a side matched with gaps is never read in a label that negates it: "予以公开" is not "不予公开信息"
  (assistant/labels.py in_order_with_gaps);
- a compiler ask is answered by the reporting unit heading the tables ("单位: 青禾县文旅局 2023年度"), never by a unit of
  measure ("单位：件") (core/data/report_fields.toml compiler_evidence).
"""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.core.report_fields import REPORT_FIELDS
from assistant.labels import in_order_with_gaps
from assistant.verify import ask_shape, holds_shape, normalise
from tests.fake_index import answer_from_lines

CENTRE_TEXT = (
    "青禾县样例中心2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开\n"
    "本中心门户网站全年运行平稳,信息发布量由2021年的310条增加到2022年的455条,访问量稳步上升。\n"
    "(二)依申请公开\n"
    "本中心全年收到政府信息公开申请14件,均已按时办结。\n"
)
CENTRE = Report(doc_id="v" * 16, sources=["qinghe_yanglizhongxin_2022_b.txt"], agency="青禾县样例中心", region="青禾县",
                year=2022, aliases=["qinghe sample centre", "qinghe"])


@pytest.mark.parametrize("question", [
    "青禾县样例中心2022年收到的政府信息公开申请比上年增加还是减少？",
    "青禾县样例中心2022年收到的申请比去年多了还是少了？",
    "青禾县样例中心2022年政府信息公开申请数量比上年是上升还是下降？",
    "Were information requests to the Qinghe sample centre up or down in 2022 compared with the year before?",
    "Did requests to the Qinghe sample centre rise or fall in 2022 from the previous year?",
])
def test_another_things_change_over_the_years_answers_no_direction_asked(question):
    a = answer_from_lines(CENTRE, CENTRE_TEXT, question)
    assert "310" not in a.text and "455" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "青禾县样例中心2022年信息发布量比上年增加还是减少？",
    "青禾县样例中心2022年网站发布的信息比上年多了还是少了？",
])
def test_the_things_own_change_still_answers(question):
    a = answer_from_lines(CENTRE, CENTRE_TEXT, question)
    assert a.answered and "310" in a.text and "455" in a.text, a.text


@pytest.mark.parametrize("words, label, named", [
    ("予以公开", "不予公开信息", False),
    ("予以公开", "本年度予以公开信息", True),
    ("公开答复件", "未公开答复件数", False),
    ("工程建设招投标", "工程建设项目招标公告", True),
    ("不予公开", "不予公开信息", True),  # (the words' own negation is theirs)
])
def test_a_gapped_side_is_not_read_in_a_label_that_negates_it(words, label, named):
    assert in_order_with_gaps(words, label) is named


BUREAU_TEXT = (
    "青禾县文旅局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年度没有依申请公开信息的情况。涉及国家秘密的不予公开信息有10条。\n"
)
BUREAU = Report(doc_id="w" * 16, sources=["qinghe_wenlvju_2023.txt"], agency="青禾县文旅局", region="青禾县", year=2023,
                aliases=["qinghe culture bureau"])


@pytest.mark.parametrize("question", [
    "青禾县文旅局2023年予以公开的和不予公开的哪个多？",
    "青禾县文旅局2023年予以公开和不予公开的信息哪个更多？",
])
def test_a_negated_label_answers_no_side_of_a_comparison(question):
    a = answer_from_lines(BUREAU, BUREAU_TEXT, question)
    assert "不予公开更多" not in a.text and "相差" not in a.text, a.text


# --- the reporting unit heading a report's tables answers who compiled it (not a unit of measure) ---------------------

@pytest.mark.parametrize("text, holds", [
    ("单位: 青禾县文旅局 2023年度", True),
    ("填报单位：青禾县教育局", True),
    ("统计单位:青禾县青禾镇人民政府", True),
    ("单位：件", False),
    ("单位:万元", False),
    ("计量单位:条", False),
    ("各单位均按要求编制", False),
])
def test_the_reporting_unit_is_evidence_of_the_compiler(text, holds):
    assert REPORT_FIELDS.holds("compiler", normalise(text)) is holds


@pytest.mark.parametrize("question", [
    "who is responsible for the 2023 disclosure report of the Qinghe culture bureau?",
    "which office compiled the Qinghe culture bureau 2023 OGI report?",
    "青禾县文旅局2023年政府信息公开工作年度报告由谁编制？",
])
def test_the_reporting_unit_holds_a_compiler_ask(question):
    shape = ask_shape(normalise(question).lower())
    assert shape.field == "compiler"
    assert holds_shape(shape, "单位:青禾县文旅局2023年度") and not holds_shape(shape, "单位：件")
