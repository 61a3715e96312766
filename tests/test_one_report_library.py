"""A library of one report (a staff member's first upload): a question that names no report is about that report,
not a search over "the reports" (assistant/api.py QAChain._scope).  Uses the repo's fictional sample report."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLES, _ingest


@pytest.fixture(scope="module")
def one_report_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("one_report_store")
    settings, summary = _ingest(store, [SAMPLES / "sample_qinghe_xinfangju_2023.txt"])
    assert summary.files == 1
    return settings


@pytest.mark.slow
@pytest.mark.parametrize("question", ["收到了多少件政府信息公开申请？", "how many disclosure requests came in?"])
def test_a_question_naming_no_report_is_about_the_one_report(one_report_store, question):
    from assistant.api import ask

    a = ask(question, settings=one_report_store)
    assert a.answered and "16" in a.text
    assert {c.source for c in a.citations} == {"sample_qinghe_xinfangju_2023.txt"}


@pytest.mark.slow
@pytest.mark.parametrize("question", ["有没有没办完的，结转到下一年的有几件？",
                                      "Did anyone ask for a review or go to court over disclosure? What happened?"])
def test_an_unnamed_question_is_answered_as_of_the_report_not_as_a_list_of_reports(one_report_store, question):
    from assistant.api import ask

    a = ask(question, settings=one_report_store)
    assert a.answered and a.citations
    assert "的报告：" not in a.text and "reports where" not in a.text.lower()  # (not the search over reports' shape)
