"""Round 17 refusals of two kinds (fixer V), each with cases that must still answer.

- The count of the parts an ask names ("下设A、B、C等3个子栏目") answers no ask of a figure for each of them
  (assistant/part_counts.py), but still an ask of how many parts there are.
- An outcome of applications the table has no row of (withdrawn, already public, transferred) is answered only by a
  figure naming it, never by the applications received, the total of outcomes or another row's cell
  (assistant/unlisted_outcomes.py); the total and the table's own rows are answered as before.

Every text is written for fictional agencies (青禾县样例局); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.core.metrics import metric
from assistant.core.types import Fact
from assistant.part_counts import counted_lists, counts_named_parts
from assistant.precision import fact_answers, sentence_answers
from assistant.query import parse_question
from assistant.unlisted_outcomes import (
    fact_misses_outcome,
    misses_asked_outcome,
    outcomes_asked,
    sentence_misses_outcome,
)
from tests.test_not_stated_checks import _Hit
from tests.test_precision import REPORT


def _fact(row: str, value: float, unit: str = "件", kind: str = "narrative", table: str = "narrative",
          column: str = "", metric_key: str | None = None) -> Fact:
    return Fact(doc_id=REPORT.doc_id, table=table, row=row, column=column, value=value, kind=kind, unit=unit,
                label_zh=row, metric=metric_key, raw=row, start=0, end=1, quote_start=0, quote_end=1)


# --- the count of the parts named -----------------------------------------------------------------------------------

_PARTS_LABEL = _fact("门户网站下设工作动态、通知公告、财务公开等子栏目", 3, unit="个")
_PARTS_SENTENCE = "青禾县样例局门户网站下设工作动态、通知公告和财务公开等3个子栏目。"


def test_a_list_with_as_many_items_as_its_count_is_counted():
    assert counted_lists("下设工作动态、通知公告和财务公开等3个子栏目") == [["下设工作动态", "通知公告", "财务公开"]]
    assert counted_lists(_PARTS_LABEL.row, 3, "个")  # (a label whose number is left out: its value counts)
    assert not counted_lists(_PARTS_LABEL.row, 20, "个")  # 20 is no count of three parts
    assert not counted_lists(_PARTS_LABEL.row, 3, "条")  # three items are no parts
    assert not counted_lists("公开工作动态、通知公告等信息20条")


@pytest.mark.parametrize("ask", [
    "青禾县样例局工作动态、通知公告、财务公开栏目分别发布了多少条？",
    "青禾县样例局2022年工作动态和财务公开子栏目各有多少条信息？",
    "How many items went under the Qinghe sample bureau's work-news, notices and finance sub-columns respectively?",
    "Qinghe sample bureau: how many items did each of the finance and notices sub-columns carry?",
])
def test_the_count_of_the_parts_answers_no_figure_per_part(ask):
    assert counts_named_parts(ask, _PARTS_LABEL.row, 3, "个")
    assert not fact_answers(_PARTS_LABEL, None, _PARTS_LABEL.row, ask)
    q = parse_question(ask, [REPORT])
    clause = _PARTS_SENTENCE.rstrip("。")
    assert not sentence_answers(_Hit(_PARTS_SENTENCE, clause, "3个"), q, _PARTS_SENTENCE)


@pytest.mark.parametrize("ask", [
    "青禾县样例局门户网站下设几个子栏目？",
    "How many sub-columns does the Qinghe sample bureau's website have?",
    "青禾县样例局门户网站的子栏目有多少个",
])
def test_the_count_of_the_parts_still_answers_how_many_parts(ask):
    assert not counts_named_parts(ask, _PARTS_LABEL.row, 3, "个")
    assert fact_answers(_PARTS_LABEL, None, _PARTS_LABEL.row, ask)


def test_a_figure_per_part_beside_the_count_is_not_refused():
    # ("…等3个子栏目,其中财务公开栏目发布12条": the 12 is no count of the parts)
    assert not counts_named_parts("青禾县样例局财务公开栏目分别发布了多少条", "其中财务公开栏目发布12条", 12, "条")
    assert not counts_named_parts("青禾县样例局财务公开、通知公告栏目分别发布了多少条",
                                  "下设通知公告、财务公开等2个子栏目,共发布20条", 20, "条")


# --- an outcome the table has no row of ----------------------------------------------------------------------------

_RECEIVED = _fact("一、本年新收政府信息公开申请数量", 40, kind="table", table="三", column="总计",
                  metric_key="applications_received")
_TOTAL = _fact("三、本年度办理结果 / (七)总计", 38, kind="table", table="三", column="总计",
               metric_key="applications_answered")
_SECRET = _fact("三、本年度办理结果 / (三)不予公开 / 1.属于国家秘密", 2, kind="table", table="三", column="总计")
_ANSWERED = _fact("全年共答复政府信息公开申请", 38)


@pytest.mark.parametrize("ask, outcome", [
    ("How many of the Qinghe sample bureau's 2022 requests were withdrawn by the applicant?", "withdrawn"),
    ("青禾县样例局2022年申请人撤回的申请有几件？", "withdrawn"),
    ("Qinghe sample bureau 2022: how many requests were for information that is already public?", "already public"),
    ("青禾县样例局2022年属于已公开信息的申请有几件？", "already public"),
    ("青禾县样例局2022年转送其他机关办理的申请有几件？", "transferred"),
    ("How many of the Qinghe sample bureau's requests were transferred to other agencies?", "transferred"),
])
def test_an_unlisted_outcome_is_answered_by_no_total_nor_another_row(ask, outcome):
    assert [o.name for o in outcomes_asked(ask)] == [outcome]
    for f in (_RECEIVED, _TOTAL, _SECRET, _ANSWERED):
        key = f.metric
        assert not fact_answers(f, metric(key) if key else None, f.row, ask), (ask, f.row)
    clean = "全年共答复政府信息公开申请38件。"
    assert not sentence_answers(_Hit(clean, clean.rstrip("。"), "38件"), parse_question(ask, [REPORT]), clean)


@pytest.mark.parametrize("ask, sentence, figure", [
    ("How many of the Qinghe sample bureau's 2022 requests were withdrawn by the applicant?",
     "其中申请人主动撤回申请3件。", "3件"),
    ("青禾县样例局2022年属于已公开信息的申请有几件？", "属于已主动公开范围的申请5件。", "5件"),
    ("青禾县样例局2022年转送其他机关办理的申请有几件？", "其中转送其他机关办理的申请2件。", "2件"),
])
def test_a_figure_naming_the_outcome_still_answers(ask, sentence, figure):
    assert not misses_asked_outcome(ask, sentence)
    q = parse_question(ask, [REPORT])
    assert sentence_answers(_Hit(sentence, sentence.rstrip("。"), figure), q, sentence)


def test_a_statement_of_no_applications_is_still_none_of_every_outcome():
    none = _fact("政府信息公开申请", 0, kind="none", unit="")
    ask = "青禾县样例局2022年申请人撤回的申请有几件？"
    assert misses_asked_outcome(ask, none.row)  # (its words name no withdrawal ...)
    assert not fact_misses_outcome(ask, none, none.row)  # ... but 0 of all applications is 0 withdrawn
    assert not sentence_misses_outcome(ask, "全年未收到政府信息公开申请")


@pytest.mark.parametrize("ask, f", [
    ("How many requests did the Qinghe sample bureau handle in total in 2022?", _TOTAL),
    ("青禾县样例局2022年本年度办理结果总计多少件？", _TOTAL),
    ("How many new requests did the Qinghe sample bureau receive in 2022?", _RECEIVED),
    ("青禾县样例局2022年因属于国家秘密不予公开的有几件？", _SECRET),
    ("How many of the Qinghe sample bureau's requests were refused as state secrets?", _SECRET),
])
def test_the_total_and_the_tables_own_rows_still_answer(ask, f):
    assert not outcomes_asked(ask)
    assert fact_answers(f, metric(f.metric) if f.metric else None, f.row, ask)


@pytest.mark.parametrize("ask", [
    "青禾县样例局2022年网站已公开的信息有多少条？",  # (items published: no application asked)
    "How many normative documents has the Qinghe sample bureau already published?",
    "青禾县样例局2022年依申请公开的申请予以公开几件？",
])
def test_words_of_publishing_name_no_outcome_outside_an_ask_of_applications(ask):
    assert not outcomes_asked(ask)
