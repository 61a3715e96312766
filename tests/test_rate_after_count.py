"""A rate asked on its own after a count ("…受理了多少件次诉求？办结率是多少？") is the rate the report writes after that
count in its sentence, even where a template dropped the 。 after an earlier rate so that rate runs into the count's
sentence ("…办结率100%热线全年共受理…件次,…,办结率98.1%"). Fictional agency and figures."""

from __future__ import annotations

from assistant.asks import is_bare_rate
from assistant.core.types import Report
from tests.fake_index import answer_from_facts

DOC = "b" * 16
TEXT = ("青岚市信访局2022年政府信息公开工作年度报告\n"
        "一、总体情况\n"
        "局便民热线共接到网站来电转接420通,其中420案次已办结、办结率100%便民热线全年共受理各类诉求5236件次,"
        "即时办结4107件次,向成员单位交办1029件次,办结率98.1%受理网上投诉61件,结案率达96%收到群众来信88件。\n")
REPORT = Report(doc_id=DOC, sources=["qinglan_xinfang.txt"], agency="青岚市信访局", region="青岚市", year=2022,
                aliases=["qinglan"])


def test_a_bare_rate_ask_is_recognised():
    for ask in ("办结率是多少", "办结率是多少？", "结案率呢", "办结率为多少"):
        assert is_bare_rate(ask), ask
    for ask in ("热线受理了多少件次诉求", "网上投诉的结案率是多少", "办结了多少件"):
        assert not is_bare_rate(ask), ask


def test_the_rate_asked_after_a_count_is_the_one_written_after_it():
    a = answer_from_facts(REPORT, TEXT, "青岚市信访局2022年便民热线一年总共受理了多少件次诉求？办结率是多少？")
    assert a.answered
    lines = a.text.splitlines()
    assert "5236" in lines[0]
    assert "98.1%" in lines[1] and "100%" not in lines[1]  # not the rate of the transfers written before the count


def test_an_opening_clause_naming_the_report_is_no_ask_s_own_words():
    # "那篇繁体的…年终报告（范文），…": words describing the copy (繁体, 范文, 年终) are the frame of every ask, so the
    # count's own words are those after it, and its figure is not dropped for lacking them
    from assistant.asks import split_asks

    asks = split_asks("那篇繁体的青岚市信访局年终报告（范文），便民热线一年总共受理了多少件次诉求？办结率是多少？")
    assert len(asks) == 2
    assert "范文" not in asks[0].focus and "繁体" not in asks[0].focus
    assert "便民热线" in asks[0].focus
    # no opening clause of the report: the focus is unchanged ("报告期内" is no report named)
    asks = split_asks("报告期内便民热线受理了多少件次诉求？办结率是多少？")
    assert "报告期内便民热线" in asks[0].focus


def test_a_count_asked_after_a_clause_describing_the_report_is_answered_with_its_rate():
    a = answer_from_facts(REPORT, TEXT, "那篇繁体的青岚市信访局年终报告（范文），便民热线一年总共受理了多少件次诉求？办结率是多少？")
    assert a.answered
    lines = a.text.splitlines()
    assert "5236" in lines[0]
    assert "98.1%" in lines[1] and "100%" not in lines[1]
