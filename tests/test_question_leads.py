"""The words a Chinese question runs before the agency or place it names ("请问…", "我想知道…") are one list
(not_stated.toml [patterns] question_lead_zh), shared by the refusals that repeat the name asked: the agency of
another tier (assistant/branch_reports.py) and the place of another agency (assistant/other_agency.py).  Fictional
agencies only (青禾县)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.branch_reports import _asked_name
from assistant.core.not_stated import NOT_STATED
from assistant.other_agency import place_asked

LEADS = ("请问", "想问", "问一下", "我想知道", "查一下", "关于", "那个", "这个", "我想知道这个")


def _q(norm: str):
    return SimpleNamespace(language="zh", norm=norm)


@pytest.mark.parametrize("lead", LEADS)
def test_both_refusals_drop_the_same_question_leads(lead):
    q = _q(f"{lead}青禾县公安局2023年收到多少申请")
    assert _asked_name(q, ["公安局"], "青禾市公安局") == "青禾县公安局"
    assert place_asked(_q(f"{lead}青禾县教育局2023年收到多少申请"), ["教育局"]) == "青禾县"


def test_a_name_without_a_lead_is_kept_whole():
    assert _asked_name(_q("青禾县公安局2023年收到多少申请"), ["公安局"], "青禾市公安局") == "青禾县公安局"
    assert place_asked(_q("青禾县教育局2023年收到多少申请"), ["教育局"]) == "青禾县"
    assert NOT_STATED.patterns["question_lead_zh"].sub("", "关于青禾县") == "青禾县"
    assert NOT_STATED.patterns["question_lead_zh"].sub("", "青禾县关于") == "青禾县关于"  # (a lead only at the start)
