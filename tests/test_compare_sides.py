"""Comparisons however staff phrase them (issue 10, round 7, fixer "compare"): the comparison words are data
(glossary.toml [patterns] compare / difference_only: 哪个/哪家/哪种/哪年/哪一个 多/少/高/低, 差几/多几/少几/相差/高出,
gap/difference/how many more/versus/vs), and every comparison is answered the same way: both sides, each cited,
which is more, and the difference written out "A − B = D".

The sides of a comparison may be two reports (two agencies, two years), or two figures of ONE report: two prose
figures ("微信公众号推送 vs 微博发布", "当面申请 vs 来信申请") or two columns of one table row ("自然人 vs 商业企业").
A comparison of two figures of one report is never written as their sum.

Every text here is written for fictional agencies (青禾县样例局, 青禾镇, 青禾市政府办公室); none is copied from a report.
"""

from __future__ import annotations

import re

import pytest

from assistant.aggregate import asks_comparison, asks_difference_only, detect_intent
from assistant.answer import ExtractiveEngine
from assistant.core.types import Report
from assistant.query import parse_question
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD
from tests.test_asks_kinds import TWO
from tests.test_compare_figures import _ask, engine  # noqa: F401  (the fixture of two towns)
from tests.test_compare_totals import _two_index

# --- the vocabulary ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "广州和泰安2022年主动公开信息哪家多？差几条？",
    "青禾镇和青苗镇收到的申请 哪家多 多几件",
    "当面申请的和来信申请的 哪种多?差多少",
    "微信公众号推送和微博发布哪个多?多几条?",
    "规章2019年度和2020年度比哪年多？多几件？",
    "两个镇哪一个的申请更少",
    "青禾镇的复议比青苗镇高出几件",
    "qinghe vs qingmiao: applications",
    "natural persons versus commercial enterprises, how big is the gap?",
    "how many more requests came from natural persons than from enterprises",
    "what is the difference between qinghe and qingmiao",
])
def test_comparison_words(question):
    assert asks_comparison(question), question


@pytest.mark.parametrize("question", [
    "青禾镇2023年收到多少件申请", "微信公众号推送和微博发布各多少条", "how many applications did qinghe receive",
    "哪个部门编制的年报", "which office compiled the report", "收到和办结一共多少件",
])
def test_no_comparison(question):
    assert not asks_comparison(question), question


@pytest.mark.parametrize("question, years, docs", [
    ("广州和泰安2022年主动公开信息哪家多？差几条？", 1, 2),
    ("2022年主动公开信息数量，青禾镇和青苗镇比，哪家多？差几条？", 1, 2),
    ("qinghe vs qingmiao: applications received in 2023, how big is the gap?", 1, 2),
])
def test_two_reports_compared_in_new_phrasings(question, years, docs):
    assert detect_intent(question, years, docs) == "compare"


@pytest.mark.parametrize("ask", ["差几条", "多几件", "少几个", "高出多少", "相差几件", "差了多少",
                                 "how big is the gap", "what's the gap", "how big is the difference",
                                 "how large is the difference", "by how many"])
def test_the_difference_asked_in_new_phrasings(ask):
    assert asks_difference_only(ask), ask


# --- two figures of one report ------------------------------------------------------------------------------

ORIGINAL = (
    "青禾县样例局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年,本局通过政务微信公众号推送信息210条,政务微博发布信息180条。\n"
    "本局共收到政府信息公开申请77件,其中当面申请的36件,来信申请的29件,网上申请的12件。\n"
    + T3_HEAD +
    "一、本年新收政府信息公开申请数量 | 60 | 15 | 1 | 0 | 0 | 1 | 77 |\n"
    "六、其他需要报告的事项\n"
    "本报告可在县政府门户网站查阅。\n"
)
REPORT = Report(doc_id="s" * 16, sources=["qinghe_yangliju_2023.txt"], agency="青禾县样例局", region="青禾县",
                year=2023, aliases=["qinghe", "qinghexian"])


def _figures_in(text: str, *figures: str) -> bool:
    return all(re.search(rf"(?<![\d.]){f}(?![\d.])", text) for f in figures)


@pytest.mark.parametrize("question, figures, more, difference", [
    ("青禾县样例局2023年,微信公众号推送和微博发布哪个多?多几条?", ("210", "180"), "微信", "30"),
    ("青禾县样例局2023年政务微博发布和政务微信公众号推送比，哪一个多，相差多少", ("210", "180"), "微信", "30"),
    ("青禾县样例局2023年依申请那块 当面申请的和来信申请的 哪种多?差多少", ("36", "29"), "当面", "7"),
    ("青禾县样例局2023年来信申请和当面申请哪个少？少几件？", ("36", "29"), "当面", "7"),
    ("青禾县样例局2023年写信申请的和当面来申请的 哪种多?差多少", ("36", "29"), "当面", "7"),  # 写信: 来信
    ("青禾县样例局2023年当面申请比来信申请多几件？", ("36", "29"), "当面", "7"),
    ("青禾县样例局2023年微博发布比微信公众号推送少多少条", ("210", "180"), "微信", "30"),
    ("青禾县样例局2023年新收申请，自然人和商业企业哪个多？多几件？", ("60", "15"), "自然人", "45"),
])
def test_two_figures_of_one_report_compared(question, figures, more, difference):
    a = answer_from_lines(REPORT, ORIGINAL, question)
    assert a.answered, a.text
    assert _figures_in(a.text, *figures), a.text
    lines = a.text.splitlines()
    assert any(more in ln and "更多" in ln for ln in lines), a.text  # which is more, by its own words
    assert re.search(rf"− {figures[1]}\[\d\] = {difference}\D?", lines[-1]), a.text  # "A − B = D", in sight
    assert "没有写明" not in a.text and "合计" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Qinghe sample bureau 2023 table, new requests this year: natural persons vs commercial enterprises — how big is the gap?",
    "In 2023, did the Qinghe sample bureau get more new requests from natural persons or from commercial enterprises, and by how many?",
])
def test_two_columns_of_one_row_compared_in_english(question):
    a = answer_from_lines(REPORT, ORIGINAL, question)
    assert a.answered, a.text
    assert _figures_in(a.text, "60", "15"), a.text
    assert "= 45" in a.text.splitlines()[-1], a.text
    assert "75" not in a.text and "total" not in a.text.lower(), a.text  # a gap is no sum
    assert any("natural persons" in ln and "more" in ln for ln in a.text.splitlines()), a.text


@pytest.mark.parametrize("question, figures", [
    ("青禾县样例局2023年微信公众号推送和微博发布各多少条？", ("210", "180")),
    ("青禾县样例局2023年当面申请和来信申请一共多少件？", ("36", "29")),
])
def test_two_figures_asked_without_comparing_them_are_not_compared(question, figures):
    a = answer_from_lines(REPORT, ORIGINAL, question)
    assert _figures_in(a.text, *figures), a.text
    assert "更多" not in a.text and "−" not in a.text, a.text


# --- two reports: the new phrasings reach the comparison ---------------------------------------------------

@pytest.mark.parametrize("question, more, difference", [
    ("青禾镇和青苗镇2023年政务微博发布信息哪家多？多几条？", "青禾镇", "25"),
    ("2023年政务微博发布信息，青苗镇和青禾镇比，哪家多？差几条？", "青禾镇", "25"),
    ("青禾镇跟青苗镇2023年 接待群众查阅政府信息 哪家多 多几人次", "青苗镇", "13"),
])
def test_two_reports_compared_with_new_words(engine, question, more, difference):  # noqa: F811
    a = _ask(engine, question)
    assert a.answered, a.text
    lines = a.text.splitlines()
    assert any(more in ln and "更多" in ln for ln in lines), a.text
    assert re.search(rf"= {difference}\D?", lines[-1]), a.text
    assert "没有写明" not in a.text


@pytest.mark.parametrize("question", [
    "青禾市政府办公室主动公开的规章，2019年度和2020年度比哪年多？多几件？",
    "青禾市政府办公室2019年和2020年主动公开的规章哪年多，差几件",
])
def test_two_years_compared_with_new_words(question):
    a = ExtractiveEngine(_two_index(), 0.34).answer(parse_question(question, TWO), [])
    assert a.answered, a.text
    assert "13" in a.text and "12" in a.text
    assert re.search(r"= 1(?:件)?$", a.text.splitlines()[-1]), a.text
    assert "没有写明" not in a.text


# --- a district branch of a city's bureau, by the names staff use ---------------------------------------------

def test_a_district_branch_is_named_by_its_district_and_kind():
    from assistant.scope import branch_names, match_reports

    assert branch_names("青禾市公安局青苗分局", "青禾市")[:2] == ("青苗公安分局", "青苗分局")
    assert branch_names("青禾市税务局翠湖分局", "青禾市")[:2] == ("翠湖税务分局", "翠湖分局")
    assert branch_names("青禾市公安局", "青禾市") == ()
    police = Report(doc_id="p" * 16, sources=["p.txt"], agency="青禾市公安局青苗分局", region="青禾市", year=2024)
    health = Report(doc_id="h" * 16, sources=["h.txt"], agency="云栖市卫生健康委员会", region="云栖市", year=2023,
                    aliases=["yunqi"])
    for question in ("云栖卫健委23年跟青苗公安分局24年 收到的信息公开申请 哪家多 多几件",
                     "青苗分局和云栖卫健委收到的申请哪家多"):
        _names, matched = match_reports(question, [police, health])
        assert {r.doc_id for r in matched} == {police.doc_id, health.doc_id}, question


def test_a_side_answered_by_a_figure_of_something_else_is_not_compared():
    from assistant.side_labels import names_side
    from assistant.core.types import Fact

    total = Fact(doc_id=REPORT.doc_id, table="三", row="一、本年新收政府信息公开申请数量", column="总计", value=77.0,
                 raw="77", start=0, end=1, quote_start=0, quote_end=1, metric="applications_received",
                 label_zh="收到和处理政府信息公开申请情况 / 本年新收政府信息公开申请数量 / 总计")
    letters = Fact(doc_id=REPORT.doc_id, table="narrative", row="来信申请的", column="", kind="narrative", value=29.0,
                   unit="件", raw="29件", start=0, end=1, quote_start=0, quote_end=1, label_zh="总体情况 / 来信申请的")
    assert not names_side("写信申请", total) and names_side("写信申请", letters)
    assert names_side("微博发布", Fact(doc_id="x", table="narrative", row="政务微博发布信息", column="", kind="narrative",
                                         value=1.0, raw="1条", start=0, end=1, quote_start=0, quote_end=1,
                                         label_zh="总体情况 / 政务微博发布信息"))


PROSE_ONLY = (
    "青禾县样例站2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(二)依申请公开\n"
    "本站全年收到政府信息公开申请50件,其中当面申请的20件,来信申请的18件,网上申请的12件。\n"
)
STATION = Report(doc_id="t" * 16, sources=["qinghe_yanglizhan_2022.txt"], agency="青禾县样例站", region="青禾县",
                 year=2022, aliases=["qinghe"])


@pytest.mark.parametrize("question, figures, difference", [
    ("青禾县样例站2022年依申请那块 当面来申请的和写信申请的 哪种多?差多少", ("20", "18"), "2"),
    ("青禾县样例站2022年写信申请和网上申请哪个多，多几件", ("18", "12"), "6"),
])
def test_a_part_stated_only_in_the_totals_sentence_is_a_side(question, figures, difference):
    a = answer_from_lines(STATION, PROSE_ONLY, question)
    assert a.answered and _figures_in(a.text, *figures), a.text
    assert re.search(rf"= {difference}件$", a.text.splitlines()[-1]), a.text
    assert "50" not in a.text.replace("2022", ""), a.text  # the total is no side


def test_a_part_named_in_other_words_is_found_in_the_totals_sentence():
    a = answer_from_lines(STATION, PROSE_ONLY, "青禾县样例站2022年写信申请的有多少件")
    assert a.answered and _figures_in(a.text, "18") and not _figures_in(a.text, "50"), a.text


@pytest.mark.parametrize("question, sides", [
    ("青禾县样例局2023年当面申请比来信申请多几件", ["当面申请", "来信申请"]),
    ("青禾县样例局2023年,微信公众号推送和微博发布哪个多?多几条?", ["微信公众号推送", "微博发布"]),
    ("青禾县样例局2023年主动公开信息比上年多几条", None),  # a change over years
    ("青禾镇和青苗镇2023年接待群众查阅政府信息哪个多", None),  # two reports (names masked by the ask splitter)
    ("青禾县样例局2019年度和2020年度比哪年多？多几件？", None),
])
def test_the_sides_of_a_comparison_in_one_report(question, sides):
    from assistant.compare_sides import compare_sides_zh

    masked = question.replace("青禾镇", "\ue000").replace("青苗镇", "\ue001")
    got = compare_sides_zh(masked)
    assert (got and [s for _t, s in got]) == sides or (got is None and sides is None), got
