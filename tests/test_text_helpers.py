"""The shared text helpers of assistant.core.text used by ingest and answering."""

from __future__ import annotations

import re

import pytest

from assistant.core.text import ENUMERATOR, as_written, chinese_number, sentence_spans, strip_enumerator, strip_markup


@pytest.mark.parametrize("text, value", [
    ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("九十九", 99), ("两", 2), ("零", 0),
    ("", None), ("一百", 100), ("一百十", None), ("二二", None), ("十十", None), ("abc", None),
])
def test_chinese_number(text, value):
    assert chinese_number(text) == value


@pytest.mark.parametrize("label, rest", [
    ("一、总体情况", "总体情况"), ("（三）不予公开", "不予公开"), ("(三)不予公开", "不予公开"), ("1.属于国家秘密", "属于国家秘密"),
    ("2、重复申请", "重复申请"), ("十二、其他", "其他"), ("2019年工作", "2019年工作"), ("3.5万元", "3.5万元"),
])
def test_one_enumerator_definition(label, rest):
    assert strip_enumerator(label) == rest
    assert bool(ENUMERATOR.match(label)) == (label != rest)


def test_sentence_spans_options():
    text = "共收到申请16件。[1]其中自然人10件(含网上;当面)。[2][3]"
    plain = [text[s:e] for s, e in sentence_spans(text)]
    assert plain == ["共收到申请16件。", "[1]其中自然人10件(含网上;当面)。", "[2][3]"]
    keep = re.compile(r"\s*\[\d+\]")
    kept = [text[s:e] for s, e in sentence_spans(text, keep_after=keep)]
    assert kept == ["共收到申请16件。[1]", "其中自然人10件(含网上;当面)。[2][3]"]
    en = "There were 5 applications. [1] Of them 2.5 percent were disclosed."
    assert [en[s:e] for s, e in sentence_spans(en, english=True, keep_after=keep)] == [
        "There were 5 applications. [1]", "Of them 2.5 percent were disclosed.",
    ]
    t = "甲(乙;丙)丁。"
    assert [t[s:e] for s, e in sentence_spans(t)] == [t]
    assert [t[s:e] for s, e in sentence_spans(t, brackets=False)] == ["甲(乙;", "丙)丁。"]


def test_strip_markup():
    assert strip_markup("<p>青禾县&nbsp;样例局</p>") == "青禾县 样例局"


@pytest.mark.parametrize("name, question, shown", [
    ("mfa", "How many requests did the MFA get in 2022?", "MFA"),  # an acronym keeps its capitals
    ("cuihu", "how many applications did cuihu receive", "Cuihu"),  # typed in lower case: title case
    ("cuihu", "How many applications did Cuihu receive", "Cuihu"),
    ("kundulun", "Kundulun-district 2023", "Kundulun"),
    ("xian", "what did the Xianning bureau publish", "Xian"),  # only a whole word counts as written
])
def test_latin_name_as_written(name, question, shown):
    assert as_written(name, question) == shown


def test_values_per_report_list_are_built_once_per_list_object():
    from assistant.core.memo import PerReportList

    built = []
    per_list = PerReportList(lambda reports: built.append(len(reports)) or object(), keep=2)
    a, b, c = ["r1"], ["r1"], ["r1", "r2"]
    first = per_list(a)
    assert per_list(a) is first and built == [1]  # the same list: the same value, built once
    assert per_list(b) is not first and built == [1, 1]  # equal contents, another list (another generation)
    per_list(c)
    assert per_list(a) is not first and built == [1, 1, 2, 1]  # only the last two lists are kept
