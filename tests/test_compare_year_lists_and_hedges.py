"""Comparisons asked with the years listed in one phrase ("19、20两年"), with a hedge on the comparative ("哪个多一些")
and as a yes/no of one side passing the other ("A是否超过了B？超出多少条？"); a side whose report states its proactive
total as the items it made and published on its own initiative ("共制作和主动发布政府信息88条"). Fictional 青禾县 reports."""

from __future__ import annotations

import re

import pytest

from assistant.aggregate import asks_comparison
from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.prose_totals import with_prose_totals
from assistant.query import parse_question
from assistant.question_rewrites import expand_short_years, without_fillers
from assistant.scope import match_reports
from assistant.shapes import PUBLISHER_ASK
from tests.fake_index import answer_from_lines, index_of, line_passages, two_report_index
from tests.fixtures.two_towns import QINGHE_TOWN as QINGHE
from tests.fixtures.two_towns import QINGMIAO_TOWN as QINGMIAO

BUREAU_TEXT = (
    "青禾县样例局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开\n"
    "本局全年通过门户网站发布信息420条,通过微信公众号推送信息150条。\n"
)
BUREAU = Report(doc_id="q" * 16, sources=["qinghe_yangliju_2023.txt"], agency="青禾县样例局", region="青禾县",
                year=2023, aliases=["qinghe"])


@pytest.mark.parametrize("text, expanded", [
    ("青禾县样例局19、20两年主动公开的规章", "青禾县样例局2019、2020两年主动公开的规章"),
    ("青禾县样例局13和14年的申请", "青禾县样例局2013和2014年的申请"),
    ("19/20年", "2019/2020年"),
    ("19、20这两年", "2019、2020这两年"),
    ("2019、20两年", "2019、2020两年"),
    # an ordinal's or a span's list is no list of years
    ("第13、14两年", "第13、14两年"),
    ("近3、4年", "近3、4年"),
])
def test_two_digit_years_listed_with_one_year_word_are_years(text, expanded):
    assert expand_short_years(text) == expanded


@pytest.mark.parametrize("text, kept", [
    ("哪年多一些？", "哪年多？"),
    ("谁高一点", "谁高"),
    ("哪个少些，差多少", "哪个少，差多少"),
    ("哪个更多一点儿？", "哪个更多？"),
    # a hedge only after a comparative that ends the clause
    ("多一点时间", "多一点时间"),
])
def test_a_hedge_on_a_chinese_comparative_is_dropped(text, kept):
    assert without_fillers(text) == kept


@pytest.mark.parametrize("question", [
    "青禾县样例局2023年门户网站发布的信息是否超过了微信公众号推送的？超出多少条？",
    "青禾县样例局2023年门户网站发布的信息有没有多于微信公众号推送的",
    "青禾县样例局2023年门户网站发布的信息比微信公众号推送的超出几条",
])
def test_whether_one_side_passes_the_other_is_a_comparison(question):
    assert asks_comparison(question)


@pytest.mark.parametrize("question", [
    "青禾县样例局2023年有没有超过法定期限答复的申请？",
    "青禾县样例局2023年超过法定期限答复的申请有几件？",
    "青禾县样例局2023年主动公开政府信息是否超过100条？",
])
def test_a_deadline_or_a_threshold_passed_is_no_comparison_of_two_sides(question):
    assert not asks_comparison(question)


def test_a_hedged_comparison_gives_both_sides_and_the_difference():
    a = answer_from_lines(BUREAU, BUREAU_TEXT, "青禾县样例局2023年门户网站发布的信息和微信公众号推送的信息，哪个多一些？差几条？")
    assert a.answered and "420" in a.text and "150" in a.text, a.text
    assert re.search(r"^相差：420\[\d\] − 150\[\d\] = 270条$", a.text, re.MULTILINE), a.text


TOWNS_TEXT = ("青禾镇2023年:全年主动公开政府信息120条,接待群众查阅政府信息35人次。\n"
              "青苗镇2023年:全年主动公开政府信息95条,接待群众查阅政府信息48人次。\n")


@pytest.mark.parametrize("question", [
    "2023年主动公开的政府信息，青禾镇是否超过了青苗镇？超出多少条？",
    "青禾镇和青苗镇2023年主动公开的政府信息，哪个多一点？",
])
def test_two_reports_compared_as_whether_one_passes_the_other(question):
    engine = ExtractiveEngine(two_report_index(QINGHE, QINGMIAO, TOWNS_TEXT), 0.34)
    passages = line_passages(QINGHE, TOWNS_TEXT)[:1] + line_passages(QINGMIAO, TOWNS_TEXT)[1:]
    a = engine.answer(parse_question(question, [QINGHE, QINGMIAO]), passages)
    assert a.answered and "120" in a.text and "95" in a.text, a.text
    assert re.search(r"= 25\D", a.text.splitlines()[-1] + " "), a.text


HOSPITAL_TEXT = (
    "青禾县样例医院2020年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开政府信息情况。2020年,我院及时更新公开栏目,共制作和主动发布政府信息88条,其中涉及决策公开3条、管理与服务40条。\n"
)
HOSPITAL = Report(doc_id="h" * 16, sources=["qinghe_yiyuan_2020.txt"], agency="青禾县样例医院", region="青禾县", year=2020,
                  aliases=["qinghe"])


def test_the_items_made_and_published_on_its_own_initiative_are_the_proactive_total():
    # (a report whose total reads "共制作和主动发布政府信息…条" is compared with others on its proactive figure)
    facts = with_prose_totals(index_of(HOSPITAL, HOSPITAL_TEXT).store.facts())
    tagged = [f for f in facts if f.metric == "proactive_disclosures"]
    assert [(f.value, f.row) for f in tagged] == [(88.0, "共制作和主动发布政府信息")]


def test_items_only_published_on_a_website_are_no_proactive_total():
    text = "青禾县样例医院2020年政府信息公开工作年度报告\n一、总体情况\n全年在医院网站发布信息88条。\n"
    facts = index_of(HOSPITAL, text).store.facts()
    assert [f.metric for f in with_prose_totals(facts)] == [f.metric for f in facts]


# a town named by its place inside the agency's name (region weight) and a town known only by an alias
YUNLING = Report(doc_id="y" * 16, sources=["qinghe_yunling_2021.txt"], agency="青禾市七团云岭镇", region="青禾市", year=2021,
                 aliases=["qinghe", "qituanyunling"], mentions=["云岭镇", "yunling", "yunling town"])
LIUXI = Report(doc_id="l" * 16, sources=["qingmiao_liuxi_2021.txt"], agency="青苗市柳溪镇人民政府", region="青苗市", year=2021,
               aliases=["qingmiao", "liuxi", "liuxi town"])
QINGMIAO_EDU = Report(doc_id="e" * 16, sources=["qingmiao_jiaoyu_2021.txt"], agency="青苗市教育局", region="青苗市", year=2021,
                      aliases=["qingmiao"])


@pytest.mark.parametrize("question", [
    "2021 proactive disclosures: Yunling town vs Liuxi town — which was higher?",
    "Yunling town or Liuxi town, 2021: who published more items, and how many more?",
])
def test_a_side_named_only_by_its_alias_stays_a_side_of_the_comparison(question):
    _names, reports = match_reports(question.lower(), [YUNLING, LIUXI, QINGMIAO_EDU])
    assert [r.agency for r in reports] == ["青禾市七团云岭镇", "青苗市柳溪镇人民政府"]


def test_an_alias_beside_a_place_outside_a_comparison_is_as_before():
    _names, reports = match_reports("yunling town 2021 proactive disclosures", [YUNLING, LIUXI, QINGMIAO_EDU])
    assert [r.agency for r in reports] == ["青禾市七团云岭镇"]
    # (a name of several reports, "qingmiao", is no side of its own)
    _names, reports = match_reports("yunling town vs qingmiao: which published more", [YUNLING, LIUXI, QINGMIAO_EDU])
    assert [r.agency for r in reports] == ["青禾市七团云岭镇"]


@pytest.mark.parametrize("question, asks_publisher", [
    ("2022 proactive releases: qinghe vs qingmiao — who released more, and how big is the gap?", False),
    ("which office published the most items in 2022?", False),
    ("who released the qinghe 2022 report?", True),
    ("which department published it?", True),
])
def test_who_released_more_is_a_comparison_not_an_ask_of_the_publisher(question, asks_publisher):
    assert bool(PUBLISHER_ASK.search(question)) == asks_publisher


@pytest.mark.parametrize("question, breakdown", [
    ("qinghe hospital, 2020 report: break down the 88 items they published proactively", True),
    ("please break down their requests for 2020", True),
    ("did the talks break down the old rules", False),
])
def test_an_imperative_break_down_asks_a_breakdown(question, breakdown):
    from assistant.asks import split_asks

    assert any(a.breakdown for a in split_asks(question)) == breakdown
