"""A question about one report that the report does not answer names the report searched; a question over several
reports, or none, keeps the general refusal.  Fictional agencies only (青禾县样例局, 白石镇样例办)."""

from __future__ import annotations

from assistant.core.types import Report
from assistant.writeup import not_found_in
from prompts import load_templates
from tests.fake_index import answer_from_lines
from tests.fixtures.qinghe_sample import QINGHE

BAISHI = Report(doc_id="b" * 16, sources=["baishi_2021.txt"], agency="白石镇样例办", region="白石镇", year=2021)
UNDATED = Report(doc_id="u" * 16, sources=["undated.txt"], agency="白石镇样例办", region="白石镇", year=None)

TEXT = ("青禾县样例局2023年政府信息公开工作年度报告\n"
        "一、总体情况\n"
        "本年度我局通过门户网站主动公开政府信息120条。\n")


def test_one_report_is_named_in_both_languages():
    zh, en = load_templates("extractive", "zh"), load_templates("extractive", "en")
    assert not_found_in(zh, [QINGHE], "zh") == "青禾县样例局2023年的报告中没有找到能回答这个问题的内容。"
    assert not_found_in(en, [QINGHE], "en") == "青禾县样例局 (Qinghe), 2023: the report does not contain an answer to this question."
    assert not_found_in(zh, [UNDATED], "zh").startswith("白石镇样例办的报告")


def test_several_or_no_reports_keep_the_general_refusal():
    for lang in ("zh", "en"):
        t = load_templates("extractive", lang)
        assert not_found_in(t, [QINGHE, BAISHI], lang) == t["not_found"]
        assert not_found_in(t, [], lang) == t["not_found"]


def test_an_unanswered_question_about_one_report_names_it():
    a = answer_from_lines(QINGHE, TEXT, "青禾县样例局2023年收到的锦旗有多少面？")
    assert not a.answered and a.text.startswith("青禾县样例局2023年的报告中没有找到")
