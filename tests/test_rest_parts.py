"""The rest of a listed total asked part by part ("那120条里，除了A类和B类，剩下那几类各是几条"): the parts named are taken
out (with the sub-parts listed inside them), every other part is answered and cited; the clause naming A and B is no
ask, and the words "剩下那几类" name no part of their own (assistant/rest_parts.py; glossary.toml [patterns]
rest_each_zh, rest_only_zh, names_counted_zh).

Fictional report (青禾县样例中心, invented here).
"""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.excepted import without_excepted
from assistant.premise import asked_part
from assistant.rest_parts import names_only_rest, rest_names
from tests.fake_index import answer_from_lines

TEXT = (
    "青禾县样例中心2021年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "本中心本年度主动公开政府信息120条,其中:机构概况类信息4条;规章文件类信息60条(规范性文件3条、其他文件57条);"
    "工作动态类信息41条;政府信息公开指南2条;财政预决算信息9条;政府信息公开工作年度报告4条。\n"
)
REPORT = Report(doc_id="r" * 16, sources=["qinghe_yangli_2021.txt"], agency="青禾县样例中心", region="青禾县",
                year=2021, aliases=["qinghe"])


@pytest.mark.parametrize("norm, names", [
    ("那120条里，除了规章文件类和工作动态类，剩下那几类各是几条", ["规章文件类", "工作动态类"]),
    ("120条，除了工作动态和机构概况这两大块，剩下的各类分别几条", ["工作动态", "机构概况"]),
    ("除去甲、乙以外，其余的分别几条", []),  # (one-character names are no names)
    ("除去工作动态、财政信息以外，其余的分别几条", ["工作动态", "财政信息"]),
    ("除去予以公开和部分公开的，其余的一共几件", []),  # (the rest as one count: assistant/remainders.py)
    ("除了网站还通过哪些渠道", []),
])
def test_the_names_taken_out_before_the_rest(norm, names):
    assert rest_names(norm) == names


def test_the_clause_is_no_ask_and_the_rest_names_no_part():
    kept = without_excepted("那120条里，除了规章文件类和工作动态类，剩下那几类各是几条")
    assert "规章文件" not in kept and kept.endswith("剩下那几类各是几条")
    for words in ("剩下那几类", "其余的", "剩下的各类", "剩余几项"):
        assert names_only_rest(words), words
    assert not names_only_rest("剩下的财政信息")
    assert asked_part("那120条里，剩下那几类各是几条") == ""


@pytest.mark.parametrize("question", [
    "青禾县样例中心2021年主动公开的120条里，除了规章文件类和工作动态类，剩下那几类各是几条？",
    "青禾县样例中心2021年主动公开的120条，除了规章文件和工作动态这两大块，剩下的各类分别几条？",
])
def test_every_other_part_is_answered_and_the_named_ones_are_not(question):
    a = answer_from_lines(REPORT, TEXT, question)
    assert a.answered, a.text
    for label, figure in (("机构概况", "4条"), ("指南", "2条"), ("财政预决算", "9条"), ("年度报告", "4条")):
        assert any(label in line and figure in line for line in a.text.splitlines()), (label, a.text)
    for gone in ("60条", "41条", "57条", "规范性文件", "工作动态"):
        assert gone not in a.text, (gone, a.text)
    assert len(a.citations) == 4


@pytest.mark.parametrize("norm, names", [
    ("apart from work updates and rules documents, how many were each of the rest", ["work updates", "rules documents"]),
    ("besides work news, how many items were the others, respectively", ["work news"]),
    ("apart from work updates, how many items were there in total", []),  # (no rest asked part by part)
    ("apart from the website, which channels did it use", []),
])
def test_the_english_names_taken_out_before_the_rest(norm, names):
    assert rest_names(norm) == names


def test_the_english_rest_names_no_part():
    for words in ("each of rest", "of each of remaining categories", "others respectively", "the remaining ones"):
        assert names_only_rest(words), words
    assert not names_only_rest("each of the work updates")


@pytest.mark.parametrize("question", [
    "Apart from work updates and rules documents, how many items of each of the remaining categories did Qinghe Yangli "
    "Center proactively disclose in 2021?",
    "Besides work news and rules documents, how many items did Qinghe Yangli Center proactively disclose in 2021 in "
    "each of the other categories?",
])
def test_every_other_part_is_answered_in_english(question):
    a = answer_from_lines(REPORT, TEXT, question)
    assert a.answered, a.text
    for label, figure in (("机构概况", "4 items"), ("指南", "2 items"), ("财政预决算", "9 items"), ("年度报告", "4 items")):
        assert any(label in line and figure in line for line in a.text.splitlines()), (label, a.text)
    for gone in ("60 items", "41 items", "57 items", "规范性文件", "工作动态"):
        assert gone not in a.text, (gone, a.text)
