"""Comparisons, changes, rankings and "which have any" — computed in code, every figure cited."""

from __future__ import annotations

import pytest

from assistant.aggregate import detect_intent, figures, ranked, select_facts, with_any
from assistant.api import ask
from assistant.core.metrics import BY_KEY
from assistant.core.types import Fact, Report


def fact(doc, value, table="三", column="总计", row="一、本年新收政府信息公开申请数量"):
    return Fact(doc_id=doc, table=table, row=row, column=column, value=value, raw=str(value), start=0, end=1,
                quote_start=0, quote_end=1, metric="applications_received")


@pytest.mark.parametrize(
    "question, years, docs, intent",
    [
        ("which received more applications: a in 2023 or b in 2022?", 2, 2, "compare"),
        ("杭州和上海哪个收到的申请更多", 0, 2, "compare"),
        ("how did applications change between 2022 and 2023", 2, 2, "change"),
        ("2022年到2023年申请数量有什么变化", 2, 1, "change"),
        ("list the 2023 reports by applications received", 1, None, "rank"),
        ("按收到申请数排序", 0, None, "rank"),
        ("各报告中哪些有行政诉讼案件？", 0, None, "any"),
        ("which reports had any lawsuits", 0, None, "any"),
        ("how many applications did kundulun receive in 2023", 1, 1, "single"),
        ("more applications in 2023?", 1, 1, "single"),  # one report: nothing to compare
    ],
)
def test_detect_intent(question, years, docs, intent):
    assert detect_intent(question, years, docs) == intent


def test_select_facts_prefers_total_column_then_narrative():
    m = BY_KEY["applications_received"]
    cells = [fact("a", 5, column="自然人"), fact("a", 7)]
    assert [f.value for f in select_facts(cells, m)] == [7]
    prose = [fact("a", 9, table="narrative", column="")]
    assert [f.value for f in select_facts(prose, m)] == [9]
    assert [f.value for f in select_facts(cells + prose, m)] == [7]  # the table wins


def test_lawsuits_sum_both_totals_of_the_same_report():
    m = BY_KEY["lawsuits"]
    cells = [
        fact("a", 2, table="四", row="行政诉讼", column="行政诉讼 / 未经复议直接起诉 / 总计"),
        fact("a", 1, table="四", row="行政诉讼", column="行政诉讼 / 复议后起诉 / 总计"),
        fact("a", 1, table="四", row="行政诉讼", column="行政诉讼 / 复议后起诉 / 结果维持"),
    ]
    [fig] = figures([Report(doc_id="a")], cells, m)
    assert len(fig.facts) == 2 and fig.value == 3


def test_ranked_and_any():
    m = BY_KEY["applications_received"]
    reports = [Report(doc_id=d, agency=d) for d in "abc"]
    figs = figures(reports, [fact("a", 3), fact("b", 0), fact("c", 11)], m)
    assert [f.report.doc_id for f in ranked(figs)] == ["c", "a", "b"]
    assert [f.report.doc_id for f in with_any(figs)] == ["c", "a"]


@pytest.mark.slow
def test_compare_two_reports_of_the_shared_corpus(shared_store):
    settings, _ = shared_store
    a = ask("杭州市卫生健康委员会2023年和上海市人民政府办公厅2019年哪个收到的政府信息公开申请更多？", settings=settings)
    assert a.answered
    assert {c.agency for c in a.citations} == {"杭州市卫生健康委员会", "上海市人民政府办公厅"}
    assert "44" in a.text and "859" in a.text and "上海市人民政府办公厅2019年" in a.text.splitlines()[-2]
    assert a.text.splitlines()[-1] == "相差：859[2] − 44[1] = 815件"


@pytest.mark.slow
def test_any_lawsuits_and_rank_in_the_shared_corpus(shared_store):
    settings, _ = shared_store
    a = ask("各报告中哪些有行政诉讼案件？", settings=settings)
    assert a.answered and a.citations and all(c.agency == "上海市人民政府办公厅" for c in a.citations)
    a = ask("list the 2023 reports by applications received", settings=settings)
    assert a.answered and all(c.year == 2023 for c in a.citations)
    values = [float(c.highlight) for c in a.citations if c.highlight and c.highlight.isdigit()]
    assert values == sorted(values, reverse=True) and len(a.citations) >= 3


@pytest.mark.slow
def test_change_with_a_missing_year_says_which(shared_store):
    settings, _ = shared_store
    a = ask("How did the applications received by the Shanghai general office change between 2019 and 2021?", settings=settings)
    assert not a.answered and "2019" in a.text and "859" in a.text


def test_change_across_years_of_the_samples(sample_store):
    settings, _ = sample_store
    a = ask("青禾县信访局主动公开政府信息从2016年到2023年有什么变化？", settings=settings)
    assert a.answered
    assert [c.year for c in a.citations] == [2016, 2023]
    assert "58" in a.text and "126" in a.text and "增加" in a.text


def test_a_column_named_in_the_question_wins(sample_store):
    settings, _ = sample_store
    a = ask("青禾县信访局2023年行政规范性文件现行有效多少件？", settings=settings)
    assert a.answered and a.citations[0].column == "现行有效件数" and a.citations[0].highlight == "15"
    a = ask("青禾县信访局2023年自然人提出了多少政府信息公开申请？", settings=settings)
    assert a.citations[0].column == "自然人" and a.citations[0].highlight == "12"
