"""Round-22 kind (L5): the rules a report was compiled under, asked with a word that also names a count ("which
rules …": 规章).  The report's own sentence stating what it was compiled under answers the ask, also when retrieval
found that sentence and the count's filter dropped it (fictional report)."""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from tests.fake_index import answer_from_lines

DOC = "c" * 16
ORIGINAL = (
    "青禾县样例局2021年政府信息公开工作年度报告\n"
    "本年度报告根据《中华人民共和国政府信息公开条例》和《青禾县政府信息公开暂行办法》的要求编制,全文包括总体情况、"
    "主动公开情况和存在的主要问题。\n"
    "一、总体情况\n"
    "2021年,本局主动公开信息120条,其中工作动态45条。\n"
    "二、主动公开政府信息情况\n"
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
    "规章 | 0 | 0 | 0 |\n"
    "规范性文件 | 2 | 0 | 5 |\n"
    "青禾县样例局\n"
    "2022年3月10日\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_yangliju_2021.txt"], agency="青禾县样例局", region="青禾县", year=2021,
                aliases=["qinghe"])


@pytest.mark.parametrize("question", [
    "Qinghe sample bureau 2021 report — besides the national OGI Regulations, which county rules was it compiled under?",
    "Which rules was the Qinghe sample bureau's 2021 report compiled under?",
    "青禾县样例局2021年的年报是根据什么规定编制的？",
])
def test_the_rules_a_report_was_compiled_under_are_its_own_sentence(question):
    a = answer_from_lines(REPORT, ORIGINAL, question)
    assert a.answered, a.text
    assert "青禾县政府信息公开暂行办法" in a.text, a.text


def test_a_count_of_rules_is_still_the_table_cell():
    a = answer_from_lines(REPORT, ORIGINAL, "青禾县样例局2021年规范性文件本年制发多少件？")
    assert a.answered and "2" in a.text and "暂行办法" not in a.text, a.text


# --- a category of proactive items asked by its English name ---------------------------------------------------

CATEGORIES = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年全年主动公开信息300条,其中:机构概况信息4条;决策公开类信息21条;执行公开类信息17条;管理公开类信息29条;"
    "服务公开类信息33条;结果公开类信息12条。\n"
)
CATEGORIES_REPORT = Report(doc_id="d" * 16, sources=["qinghe_yangliju_2022.txt"], agency="青禾县样例局", region="青禾县",
                           year=2022, aliases=["qinghe"])


@pytest.mark.parametrize(("question", "wanted", "unwanted"), [
    (("Qinghe sample bureau 2022: of the items it proactively published, how many were institutional-overview items "
      "and how many were 'management disclosure' items?"), ["4", "29"], ["300"]),
    ("Qinghe sample bureau 2022: how many 'results disclosure' items did it publish?", ["12"], ["300"]),
    ("Qinghe sample bureau 2022: how many service disclosure items?", ["33"], ["300"]),
])
def test_a_category_of_proactive_items_asked_in_english(question, wanted, unwanted):
    a = answer_from_lines(CATEGORIES_REPORT, CATEGORIES, question)
    assert a.answered, a.text
    assert all(w in a.text for w in wanted) and not any(u in a.text for u in unwanted), a.text


def test_the_glossary_renders_the_words_of_listed_functions_and_departments():
    from assistant.core.glossary import GLOSSARY

    assert "管理公开" in GLOSSARY.en_to_zh["management disclosure"]
    assert "机构概况" in GLOSSARY.en_to_zh["institutional overview"]
    assert "功能" in GLOSSARY.en_to_zh["functions"]
    assert "部门" in GLOSSARY.en_to_zh["departments"]
    assert "突出做好" in GLOSSARY.en_to_zh["focused disclosure on"]


# --- the items a sentence lists for the noun asked ---------------------------------------------------------------

ITEMS = (
    "青禾县人民政府2016年政府信息公开工作年度报告\n"
    "一、概述\n"
    "本县把青禾县政府门户网站作为主动公开政府信息的第一平台。\n"
    "二、主动公开情况\n"
    "年内升级了行政服务门户网站,涵盖了办事指南查询、在线预约、投诉建议、结果反馈等功能。"
    "在做好常规信息公开的基础上,突出做好执法权重、涉及民生多、群众来访多的部门的信息公开工作。\n"
)
ITEMS_REPORT = Report(doc_id="e" * 16, sources=["qinghe_xian_2016.txt"], agency="青禾县人民政府", region="青禾县",
                      year=2016, aliases=["qinghe"])


@pytest.mark.parametrize(("question", "wanted"), [
    ("Qinghe county 2016: the administrative service portal they improved — what functions does it cover?",
     ["在线预约", "投诉建议"]),
    (("Qinghe county's 2016 report says that beyond routine disclosure it focused disclosure on certain kinds of "
      "departments — what kinds?"), ["执法权重", "群众来访多"]),
])
def test_the_items_a_sentence_lists_for_the_asked_noun(question, wanted):
    a = answer_from_lines(ITEMS_REPORT, ITEMS, question)
    assert a.answered, a.text
    assert all(w in a.text for w in wanted), a.text
