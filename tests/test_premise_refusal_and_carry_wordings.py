"""A restated premise's refusal names what is missing; carry-over wordings the direction rule missed (fixer L2), on
fictional reports invented here (青禾县样例局, 青禾县自然资源局; no figure is real):
- "网上收到的那5件申请，最后予以公开了几件" of a report that states the 5 received and no outcome: declined, and the
  refusal says the report gives no outcome (办理结果) of the 5 the question restates, not the generic "没有找到…";
- "顺延至2022年办理" is carried forward (into the next year), never the 上年结转 row;
- "从2020年结转过来几件，到2022年的又有几件" / "how many from 2020 and how many into 2022": the second half inherits
  the first's carrying over, both rows of the report between the years;
- "有没有2022年结转的" of the 2021 report named by its year: carried into 2022 (结转下年度).
"""

from __future__ import annotations

import re

import pytest

from assistant.carried_year import as_carried_from, as_carried_into
from assistant.carry_direction import asked_carry
from assistant.core.types import Report
from tests.fake_index import answer_from_lines
from tests.fixtures.carry_bureau import BUREAU, BUREAU_TEXT

# --- a restated premise's refusal --------------------------------------------------------------------------------
OFFICE = Report(doc_id="p" * 16, sources=["qinghe_yangli_2022.txt"], agency="青禾县样例局", region="青禾县", year=2022,
                aliases=["qinghe"])
OFFICE_TEXT = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开\n"
    "全年主动公开政府信息43条。\n"
    "(二)依申请公开\n"
    "我局接收网络方式提交政府信息公开申请5件，未收取任何费用。\n"
    "(三)行政复议和行政诉讼\n"
    "全年未发生政府信息公开行政复议和行政诉讼案件。\n"
    "二、存在的主要问题及改进情况\n"
    "公开内容还不够全面。\n"
)


@pytest.mark.parametrize("question, words", [
    ("青禾县样例局2022年网上收到的那5件申请，最后予以公开了几件？", ("办理结果", "予以公开", "5件")),
    ("Qinghe sample bureau 2022: of the 5 requests it received online, how many were disclosed in full?",
     ("what came of them", "disclosed in full")),
])
def test_a_restated_premise_is_declined_naming_the_missing_outcome(question, words):
    a = answer_from_lines(OFFICE, OFFICE_TEXT, question)
    assert not a.answered, a.text
    assert all(w in a.text for w in words), a.text
    assert "没有找到能回答这个问题的内容" not in a.text and "does not contain an answer" not in a.text


# --- carry-over wordings --------------------------------------------------------------------------------------


def _figures(text: str) -> list[str]:
    return re.findall(r"(?<![\d\[])\d+(?![\d\]])", re.sub(r"(?<!\d)20\d\d(?!\d)", "", text))


def _reports(*years: int) -> list[Report]:
    return [Report(doc_id=f"qh{y}", agency="青禾县样例局", year=y) for y in years]


def test_postponed_into_a_year_is_carried_forward():
    assert asked_carry("有多少件申请顺延至下年度办理") == "next"
    assert asked_carry("有几件顺延办理") == "next"
    got = as_carried_into("青禾县样例局2021年有多少件申请顺延至2022年办理？", _reports(2021))
    assert got is not None and got[1] == 2021 and "下年度" in got[0]


def test_both_ways_the_second_half_inherits_the_carrying_over():
    got = as_carried_from("青禾县样例局2021年的报告里，从2020年结转过来的申请有几件，到2022年的又有几件？", _reports(2021))
    assert got is not None and got[1] == 2021 and "上年" in got[0] and "结转到下年度" in got[0]
    en = as_carried_from("qinghe bureau 2021: how many were carried over from 2020 and how many into 2022?", _reports(2021))
    assert en is not None and en[1] == 2021 and "the previous year" in en[0] and "into the next year" in en[0]
    # (years not two apart: no report lies between them)
    assert as_carried_from("青禾县样例局从2020年结转过来几件，到2023年的又有几件？", _reports(2021)) is None


def test_a_year_before_carried_of_the_report_before_it_is_carried_into():
    got = as_carried_into("青禾县样例局2021年的报告，有没有2022年结转的申请？", _reports(2021, 2022))
    assert got is not None and got[1] == 2021 and "结转到下年度" in got[0]
    # (the year before the report named: carried from, as before)
    assert as_carried_into("青禾县样例局2021年的报告，有没有2020年结转的申请？", _reports(2020, 2021)) is None
    # (no report named by the year before: stays as asked)
    assert as_carried_into("青禾县样例局有没有2022年结转的申请？", _reports(2021, 2022)) is None


@pytest.mark.parametrize("question, rows", [
    ("青禾县自然资源局2021年有多少件申请顺延至2022年办理？", ["4"]),
    ("青禾县自然资源局2021年的报告，有没有2022年结转的申请？有几件？", ["4"]),
    ("青禾县自然资源局2021年的报告里，从2020年结转过来的申请有几件，到2022年的又有几件？", ["3", "4"]),
    ("Qinghe natural resources bureau 2021: how many requests were carried over from 2020 and how many into 2022?",
     ["3", "4"]),
])
def test_carry_wordings_end_to_end(question, rows):
    a = answer_from_lines(BUREAU, BUREAU_TEXT, question)
    assert a.answered and _figures(a.text) == rows, a.text


def test_a_restated_whole_is_named_as_the_premise():
    from types import SimpleNamespace

    from assistant.core.metrics import METRICS
    from assistant.restated_figures import premise_key, whole_line_key

    outcome = next(m for m in METRICS if m.key == "applications_disclosed")
    proactive = next(m for m in METRICS if m.key == "proactive_disclosures")
    assert premise_key(outcome) == "premise_not_stated" and premise_key(proactive) == "premise_part_not_stated"
    whole = SimpleNamespace(value=43.0, unit="条")  # (a whole's figure and unit: all the key reads)
    # (a part of a restated whole of no outcome: that part of the premise is not stated, by its name; a breakdown
    # of it: the breakdown is not stated — never "only the total is given" of the total the question states itself)
    assert whole_line_key(whole, "那43条里，政务公开的有几条？", proactive) == ("premise_part_not_stated", "43条")
    assert whole_line_key(whole, "那43条里，A和B各占几条？", proactive, 2) == ("premise_breakdown_not_stated", "43条")
    assert whole_line_key(whole, "政务公开的有几条？", proactive) == ("part_not_stated", "")
    assert whole_line_key(whole, "那43件里，予以公开的有几件？", outcome) == ("premise_not_stated", "43条")
    assert whole_line_key(whole, "予以公开的有几件？", outcome) == ("part_not_stated", "")
