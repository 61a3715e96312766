"""Three small rules, with fictional figures (no text of a real report):
- label ranking: scores a hair apart rank as equals, whatever moves them both a little (assistant/fact_index.py
  near_tie_keys), so the tie-breakers (the label whose own row holds the ask's words) decide, not a grid line;
- two outcomes asked together ("in full or in part") are answered by the sentence stating both together
  (assistant/combined_outcomes.py);
- a breakdown lists no part the question sets aside (assistant/set_aside_parts.py)."""

from __future__ import annotations

import pytest

from assistant.combined_outcomes import asks_both_outcomes, both_outcomes_facts
from assistant.core.types import Fact
from assistant.fact_index import is_total_row, near_tie_keys
from assistant.set_aside_parts import set_aside_parts, without_set_aside

DOC = "f" * 16


def _fact(row: str, value: float, table: str = "narrative", column: str = "", unit: str = "件") -> Fact:
    return Fact(doc_id=DOC, table=table, row=row, column=column, value=value, kind="narrative" if table == "narrative" else "table",
                unit=unit, raw=str(int(value)), start=0, end=1, quote_start=0, quote_end=1)


def test_near_ties_lead_by_the_best_of_their_run_not_by_a_grid():
    keys = near_tie_keys([0.586, 0.583, 0.5, 0.575, 0.4951])
    assert keys[0.586] == keys[0.583] == 0.586  # 0.003 apart: equals (a grid of 0.01 parts them: 0.59 / 0.58)
    assert keys[0.575] == 0.575  # more than 0.01 below the run's best: a run of its own
    assert keys[0.5] == keys[0.4951] == 0.5


def test_a_near_tie_stays_a_tie_when_every_score_moves_a_little():
    a, b = 0.5849, 0.5821
    for shift in (0.0, 0.0004, -0.0003):
        keys = near_tie_keys([a + shift, b + shift * 0.9])
        assert keys[a + shift] == keys[b + shift * 0.9]


@pytest.mark.parametrize("ask", ["how many were disclosed in full or in part", "how many requests got full or partial disclosure",
                                 "公开和部分公开合计几件", "予以公开（含部分公开）的有多少件", "how many were released wholly or partly"])
def test_two_outcomes_asked_together(ask):
    assert asks_both_outcomes(ask)


@pytest.mark.parametrize("ask", ["予以公开、部分公开各多少件", "公开和部分公开分别是几件",
                                 "how many were disclosed in full and in part, respectively", "how many were disclosed in full"])
def test_each_outcome_or_one_outcome_asked(ask):
    assert not asks_both_outcomes(ask)


def test_the_sentence_stating_both_outcomes_answers_instead_of_one_outcomes_cell():
    cell = _fact("三、本年度办理结果 / （一）予以公开", 41, table="三", column="自然人")
    both = _fact("予以公开及部分公开", 41)
    share = _fact("予以公开及部分公开 / 占", 12.5, unit="%")
    withheld = _fact("不予公开", 3)
    facts = [cell, share, both, withheld]
    assert both_outcomes_facts(facts, [cell], "how many were disclosed in full or in part") == [both]
    assert both_outcomes_facts(facts, [cell], "how many were disclosed in full") == [cell]
    assert both_outcomes_facts([cell, withheld], [cell], "how many were disclosed in full or in part") == [cell]


def test_a_part_set_aside_is_no_line_of_the_breakdown():
    cells = [_fact("一、本年新收政府信息公开申请数量", v, table="三", column=c) for v, c in
             ((30, "自然人"), (4, "法人或其他组织 / 商业企业"), (0, "法人或其他组织 / 科研机构"), (2, "法人或其他组织 / 法律服务机构"))]
    for norm in ("leaving aside private individuals, who filed the rest of the 36 new requests",
                 "不算自然人，其余的36件里商业企业和法律服务机构各几件"):
        assert any("自然人" in w for w in set_aside_parts(norm)), norm
        assert [f.value for f in without_set_aside(cells, norm)] == [4, 0, 2]
    assert without_set_aside(cells, "who filed the 36 new requests") == cells  # nothing set aside


def test_a_total_row_is_one_of_its_own():
    assert is_total_row("总计") and is_total_row("三、本年度办理结果 / （七）总计") and is_total_row("合计")
    assert not is_total_row("在门户网站专栏发布信息") and not is_total_row("总计发布信息")
