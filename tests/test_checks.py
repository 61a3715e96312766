"""Tests for ingest.checks (table identities, narrative-vs-table conflicts).

Self-written fixtures use the fictional agency "青禾县样例局" and are samples, not real
reports.  Real-report tests read ../shared (skipped when it is absent).
"""

from __future__ import annotations

import pytest

from ingest.checks import check_identities, check_narrative_conflicts, table_value
from ingest.clean import clean
from ingest.narrative import extract_narrative_facts
from ingest.tables import extract_table_facts
from tests.test_tables import TABLE_REPORTS, facts_of, load_clean

# every table-carrying report of ../shared: identities found to hold (or not checkable
# where the copy is truncated) — no failing equation expected
EXPECTED_FAILURES: dict[str, list[str]] = {key: [] for key in TABLE_REPORTS}


@pytest.mark.parametrize("key", TABLE_REPORTS)
def test_identities_on_shared_reports(key):
    assert check_identities(facts_of(key)) == EXPECTED_FAILURES[key]


@pytest.mark.parametrize("key", TABLE_REPORTS)
def test_no_narrative_conflicts_on_shared_reports(key):
    ct = load_clean(key)
    assert check_narrative_conflicts(facts_of(key), extract_narrative_facts(ct.text)) == []


def test_identities_are_really_checked_on_seed001():
    """Every 三/四 cell of seed 001 takes part in an equation: bumping any one is caught."""
    facts = facts_of("seed:001")
    for i, f in enumerate(facts):
        if f.table in ("三", "四"):
            bumped = list(facts)
            bumped[i] = type(f)(**{**f.__dict__, "value": f.value + 1})
            assert check_identities(bumped), f


def test_corpus035_lawsuits_table_value():
    """行政诉讼: 未经复议直接起诉 总计 9 + 复议后起诉 (all empty) = 9, as the sentence says."""
    assert table_value(facts_of("corpus:035"), "lawsuits")[0] == 9
    assert table_value(facts_of("corpus:035"), "reconsiderations")[0] == 7
    assert table_value(facts_of("corpus:035"), "applications_received")[0] == 859


# ---------------------------------------------------------------------------------------------
# self-written samples (青禾县样例局, not real reports)

BROKEN = """青禾县样例局2023年政府信息公开工作年度报告(样例,非真实报告)
一、总体情况
2023年,青禾县样例局共收到政府信息公开申请70件。
三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |
自然人 | 法人或其他组织 | 总计 |
商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |
一、本年新收政府信息公开申请数量 | 60 | 6 | 0 | 0 | 0 | 0 | 66 |
二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
三、本年度办理结果 | (一)予以公开 | 40 | 0 | 0 | 0 | 0 | 0 | 40 |
(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 14 | 6 | 0 | 0 | 0 | 0 | 21 |
(七)总计 | 54 | 6 | 0 | 0 | 0 | 0 | 60 |
四、结转下年度继续办理 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |
四、政府信息公开行政复议、行政诉讼情况
行政复议 | 行政诉讼 |
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
0 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
五、存在的主要问题及改进情况
无。
"""


def test_sample_broken_identities_are_flagged_exactly():
    facts = extract_table_facts(clean(BROKEN).text)
    assert check_identities(facts) == [
        "表三 自然人列: 一(60) + 二(2) = 62 ≠ 三(七)总计(54) + 四(6) = 60",
        "表三 总计列: 一(66) + 二(2) = 68 ≠ 三(七)总计(60) + 四(6) = 66",
        "表三 (二)部分公开 行: 自然人(14) + 商业企业(6) + 科研机构(0) + 社会公益组织(0) + 法律服务机构(0) + 其他(0) = 20 ≠ 总计(21)",
        "表三 总计列: (一)至(六)各项之和 = 61 ≠ 三(七)总计(60) [非零项: (一)(40), (二)(21)]",
        "表四 行政复议: 结果维持(0) + 结果纠正(0) + 其他结果(0) + 尚未审结(1) = 1 ≠ 总计(2)",
    ]


def test_sample_narrative_conflict_names_both_values_and_quotes_the_sentence():
    ct = clean(BROKEN)
    msgs = check_narrative_conflicts(extract_table_facts(ct.text), extract_narrative_facts(ct.text))
    assert msgs == [
        (
            "正文与表格不一致(本年新收政府信息公开申请数量): 正文“70件” ≠ 表三 一、本年新收政府信息公开申请数量 / 总计(66件); "
            "原句: “2023年,青禾县样例局共收到政府信息公开申请70件。”"
        )
    ]


TRUNCATED = """青禾县样例局2022年政府信息公开工作年度报告(样例,非真实报告)
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |
二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
三、本年度办理结果 | (一)予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |
(七)总计 | 9 | 0 | 0 | 0 | 0 | 0 |"""


def test_truncated_tables_skip_equations_with_missing_terms():
    facts = extract_table_facts(clean(TRUNCATED).text)
    # (七)总计 is cut before its 总计 and 四、结转 is missing: nothing can be checked
    # except the row sums of complete rows (which hold) and (七) = outcomes (9 ≠ 3 for 自然人)
    assert check_identities(facts) == ["表三 自然人列: (一)至(六)各项之和 = 3 ≠ 三(七)总计(9) [非零项: (一)(3)]"]


BLANKS = """青禾县样例局2021年政府信息公开工作年度报告(样例,非真实报告)
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 | 9 |  | 1 |  |  |  | 10 |
二、上年结转政府信息公开申请数量 |  |  |  |  |  |  |  |
三、本年度办理结果 | (一)予以公开 | 8 |  | 1 |  |  |  |  |
(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1 |  |  |  |  |  |  |
(七)总计 | 9 |  | 1 |  |  |  | 10 |
四、结转下年度继续办理 |  |  |  |  |  |  |  |
四、政府信息公开行政复议、行政诉讼情况
行政复议 | 行政诉讼 |
 | 1 |  |  | 1 |  |  |  |  |  |  |  |  |  |  |
五、存在的主要问题及改进情况
"""


def test_empty_cells_read_as_zero_but_empty_totals_are_not_claims():
    """Empty addends count as 0 (the rows exist); the empty 总计 cells of the outcome
    rows are unfilled totals, so their row sums and the 总计-column outcome sum are skipped."""
    facts = extract_table_facts(clean(BLANKS).text)
    assert check_identities(facts) == []
    broken = BLANKS.replace("(七)总计 | 9 |", "(七)总计 | 7 |")
    msgs = check_identities(extract_table_facts(clean(broken).text))
    assert msgs == [
        "表三 自然人列: 一(9) + 二(空) = 9 ≠ 三(七)总计(7) + 四(空) = 7",
        "表三 (七)总计 行: 自然人(7) + 商业企业(空) + 科研机构(1) + 社会公益组织(空) + 法律服务机构(空) + 其他(空) = 8 ≠ 总计(10)",
        "表三 自然人列: (一)至(六)各项之和 = 9 ≠ 三(七)总计(7) [非零项: (一)(8), (二)(1)]",
    ]
