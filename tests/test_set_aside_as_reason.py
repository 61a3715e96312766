""""Set aside as repeat applications": requests an office did not process (表三 (五)不予处理) for a reason the ask names,
not a review or court decision set aside (表四 结果纠正).  "Set aside" names the corrected outcome of table 四 only with
its decision ("the decision was set aside", "set aside by the court")."""

from __future__ import annotations

import pytest

from assistant.asked_rows import asked_rows
from assistant.core.glossary import template_phrases


@pytest.mark.parametrize("ask, row", [
    ("how many requests did the Maple Creek water office set aside as duplicate/repeat applications?", "2.重复申请"),
    ("in the applications table, how many were set aside as repeat requests?", "2.重复申请"),
    ("how many were shelved as requests for published material?", "3.要求提供公开出版物"),
])
def test_set_aside_as_names_the_reason_not_processed(ask, row):
    assert [n for n, _f in asked_rows(ask)] == ["(五)不予处理", row]  # the reason under its outcome


def test_bare_set_aside_no_longer_names_a_corrected_decision():
    phrases = template_phrases()
    assert "set aside" not in phrases
    assert phrases["set aside as"] == ("不予处理",)
    assert phrases["set aside by the court"] == ("结果纠正",)
    assert phrases["decision set aside"] == ("结果纠正",)
