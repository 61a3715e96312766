"""Comparisons that picked the wrong figure on a side (fictional reports): a named report of no stated year beside a
side written with its year (assistant/yearless_sides.py), one level of several parallel before→after clauses
(assistant/before_after.py asked_clause), and a category each side names instead of each report's total
(assistant/named_categories.py)."""

from __future__ import annotations

import re

from assistant.answer import ExtractiveEngine
from assistant.before_after import asked_clause
from assistant.core.types import Report
from assistant.query import parse_question
from assistant.yearless_sides import yearless_sides
from tests.fake_index import answer_from_lines, line_passages, two_report_index


# --- a named side of no stated year ----------------------------------------------------------------------------

def _report(doc: str, agency: str | None, year: int | None) -> Report:
    return Report(doc_id=doc * 16, sources=[f"{doc}.txt"], agency=agency, region=None, year=year)


def test_a_named_report_of_no_stated_year_stays_a_side_of_a_comparison():
    undated, dated = _report("u", "青禾县样例局", None), _report("d", None, 2024)
    norm = "青禾县样例局（镜像那份）和青苗区部门（2024年），本年制发的规范性文件各几件？哪边多"
    assert yearless_sides(norm, [undated, dated], [dated]) == [undated]
    # (no comparison, no named report of the year, or a report of its own agency of the year: nothing kept)
    assert yearless_sides("青禾县样例局和青苗区部门2024年本年制发的规范性文件各几件", [undated, dated], [dated]) == []
    assert yearless_sides(norm, [undated, dated], []) == []
    same = _report("s", "青禾县样例局", 2024)
    assert yearless_sides(norm, [undated, same], [same]) == []


# --- one level of several parallel before→after clauses -------------------------------------------------------

LEVELS = "样例市信息公开目录由原来的20个栏目增加到31个,区县公开目录由原来的44个增加到97个,乡镇公开目录由原来的15个增加到70个,内容更加丰富。"


def test_the_clause_of_the_level_asked_is_chosen():
    def figures(terms):
        m = asked_clause(LEVELS, terms)
        return m.group("a"), m.group("b")

    assert figures({"区县": 3.0, "目录": 2.0}) == ("44", "97")
    assert figures({"乡镇": 3.0, "目录": 2.0}) == ("15", "70")
    assert figures({"目录": 2.0}) == ("20", "31")  # (no level named: the first clause, as before)
    assert figures({"区县": 3.0, "乡镇": 3.0}) == ("20", "31")  # (two levels named alike: none is ahead)


def test_the_level_is_read_from_the_level_vocabulary_not_from_other_words():
    def figures(ask, terms=None):
        m = asked_clause(LEVELS, terms or {"目录": 2.0, "样例市": 3.0}, ask)
        return m.group("a"), m.group("b")

    # (words of a report's title or name weigh nothing: the level named does)
    assert figures("样例市政府办公室《样例市2020年政府信息公开工作年度报告》里区县目录比原来多几个") == ("44", "97")
    assert figures("how many more township-level directories than before") == ("15", "70")
    assert figures("how many more county directories than before") == ("44", "97")
    assert figures("目录比原来多了几个") == ("20", "31")  # (no level, no subject apart: the first)


def test_a_before_after_ask_of_one_level_answers_that_level():
    report = Report(doc_id="m" * 16, agency="样例市人民政府办公室", region="样例市", year=2020, sources=["yangli.txt"])
    text = "样例市人民政府办公室2020年政府信息公开工作年度报告\n一、总体情况\n" + LEVELS + "\n全年主动公开政府信息85条。\n"
    a = answer_from_lines(report, text, "样例市人民政府办公室2020年乡镇的公开目录改版后比原来多了多少个？")
    assert a.answered, a.text
    assert "15" in a.text and "70" in a.text and a.text.splitlines()[-1].endswith("= 55个"), a.text
    assert "20" not in a.text and "97" not in a.text, a.text


# --- a category named on each side ----------------------------------------------------------------------------

TEXT = ("青禾镇2020年新增主动公开政府信息120条。其中,机构概况类信息4条;政务动态类信息37条;其它类信息79条。\n"
        "青苗镇2020年通过网站主动公开政府信息共60条,其中包括政策解读5条,工作动态41条,通知公告14条。\n")
A = Report(doc_id="a" * 16, sources=["qinghe_zhen_2020.txt"], agency="青禾镇人民政府", region="青禾镇", year=2020)
B = Report(doc_id="b" * 16, sources=["qingmiao_zhen_2020.txt"], agency="青苗镇人民政府", region="青苗镇", year=2020)


def _answer(question: str):
    index = two_report_index(A, B, TEXT)
    return ExtractiveEngine(index, 0.34).answer(parse_question(question, [A, B]), line_passages(A, TEXT)[:1] + line_passages(B, TEXT)[1:])


def test_the_category_each_side_names_is_compared_not_the_totals():
    a = _answer("青禾镇2020年新增主动公开里的政务动态类信息，跟青苗镇网站上公开的工作动态比，哪个多？多几条？")
    assert a.answered, a.text
    assert re.search(r"41\[\d\] − 37\[\d\] = 4条$", a.text.splitlines()[-1]), a.text
    assert "120" not in a.text and "60条" not in a.text, a.text
    # (the sides name different categories: the line of which is more names the higher side's own)
    assert "青苗镇人民政府2020年的工作动态更多" in a.text, a.text


def test_totals_are_compared_when_a_side_names_no_category():
    a = _answer("青禾镇和青苗镇2020年主动公开的政府信息哪个多？多几条？")
    assert a.answered, a.text
    assert re.search(r"120\[\d\] − 60\[\d\] = 60条$", a.text.splitlines()[-1]), a.text
