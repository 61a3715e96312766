"""A refusal of a restated premise names what the ask asked: "没有写明这5件的办理结果" only of an outcome (a row under table
三's 本年度办理结果); of a carried-over or carried-forward count, or a part of another whole, that part by its own name;
of a breakdown of a restated total ("那9条…A和B各占几条"), the breakdown.  Fictional agencies."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.core.metrics import METRICS
from assistant.declined_asks import Decline, declined_lines
from assistant.restated_figures import premise_key, whole_line_key
from prompts import load_templates

BY_KEY = {m.key: m for m in METRICS}


@pytest.mark.parametrize("key, template", [
    ("applications_disclosed", "premise_not_stated"),
    ("applications_withheld", "premise_not_stated"),
    ("applications_answered", "premise_not_stated"),
    ("applications_carried_over", "premise_part_not_stated"),
    ("applications_carried_forward", "premise_part_not_stated"),
    ("applications_received", "premise_part_not_stated"),
    ("proactive_disclosures", "premise_part_not_stated"),
])
def test_only_an_outcome_is_said_as_what_came_of_them(key, template):
    assert premise_key(BY_KEY[key]) == template


def test_a_breakdown_of_a_restated_total_is_named_as_the_breakdown():
    whole = SimpleNamespace(value=9.0, unit="条")
    assert whole_line_key(whole, "松岭镇那9条财政信息，预算和决算各占几条", BY_KEY["proactive_disclosures"], 2) == (
        "premise_breakdown_not_stated", "9条")
    assert whole_line_key(whole, "松岭镇财政信息里预算和决算各占几条", BY_KEY["proactive_disclosures"], 2) == ("part_not_stated", "")


def _refusal(language: str, key: str) -> str:
    t = load_templates("extractive", language)
    report = SimpleNamespace(doc_id="d", year=2031, agency="松岭县样例局")
    m = BY_KEY[key]
    d = Decline(row=m.zh, premise="5件", premise_key=premise_key(m))
    return declined_lines([d], [report], t, language, lambda r, _lang: r.agency, lambda f: "")[0]


def test_a_carried_over_ask_is_named_by_its_label_not_as_an_outcome():
    zh = _refusal("zh", "applications_carried_over")
    assert "办理结果" not in zh and "上年结转政府信息公开申请的数量" in zh and "5件" in zh, zh
    en = _refusal("en", "applications_carried_over")
    assert "what came of them" not in en and "carried over" in en, en


def test_an_outcome_ask_still_says_what_came_of_them():
    assert "办理结果" in _refusal("zh", "applications_disclosed")
    assert "what came of them" in _refusal("en", "applications_disclosed")


@pytest.mark.parametrize("language, words", [("zh", "各占多少"), ("en", "break them down into")])
def test_the_breakdown_template_is_data(language, words):
    t = load_templates("extractive", language)
    assert words in t["premise_breakdown_not_stated"].format(who="x", year_part="", figure="9条", part="A、B")
