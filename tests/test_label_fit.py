"""A figure found by label search answers an ask only when it is the asked thing, not merely the nearest row
(assistant/label_fit.py). Fictional facts of an invented agency (青禾县样例局)."""

from assistant.core.metrics import metric
from assistant.core.types import Fact
from assistant.label_fit import asked_table_words, clause_fits_ask, fits_ask, is_metric_or_part, metric_parts

SECTION = "三、依申请公开政府信息情况"


def _fact(row: str, value: float, fact_metric: str | None = None, kind: str = "narrative") -> Fact:
    return Fact(doc_id="d1", agency="青禾县样例局", year=2018, table="narrative", row=row, column="", metric=fact_metric,
                value=value, kind=kind, label_zh=f"{SECTION} / {row}", raw=f"{value:g}件", start=0, end=1,
                quote_start=0, quote_end=1)


def _own(f: Fact) -> str:
    return f"{f.label_zh} {f.row}"


def test_outcome_rows_are_parts_of_the_answered_total_not_of_the_received():
    parts = metric_parts()
    assert "applications_partly_disclosed" in parts["applications_answered"]
    assert "applications_not_processed" in parts["applications_answered"]
    assert "applications_answered" not in parts.get("applications_received", frozenset())
    assert is_metric_or_part("applications_withheld", metric("applications_answered"))
    assert not is_metric_or_part("applications_answered", metric("applications_received"))
    assert is_metric_or_part(None, metric("applications_received"))  # (untagged: judged by its words)


def test_a_fact_of_another_metric_does_not_answer_the_ask_of_received():
    """"how many requests did they get" is not answered by the figure of the requests answered on time."""
    answered = _fact("办结政府信息公开申请", 31, "applications_answered")
    received = _fact("全年共受理申请", 31)
    ask = metric("applications_received")
    assert not fits_ask(answered, ask, _own(answered), {"申请": 1.0}, "how many requests did they get")
    assert fits_ask(received, ask, _own(received), {"申请": 1.0}, "how many requests did they get")


def test_a_row_the_ask_names_must_be_in_the_label_chinese_and_english():
    letters = _fact("信函申请", 0, kind="none")
    repeated = _fact("重复申请", 2)
    ask = metric("applications_received")
    for text in ("青禾县样例局2018年重复申请有几件", "how many were repeated applications at the qinghe sample bureau"):
        assert "重复申请" in asked_table_words(text, {"重复申请": 1.0}, ask)
        assert not fits_ask(letters, None, _own(letters), {"重复申请": 1.0}, text)
        assert fits_ask(repeated, None, _own(repeated), {"重复申请": 1.0}, text)


def test_an_applicant_type_is_not_named_by_a_persons_privacy():
    """"natural persons": 公民申请 names the applicants, 涉及个人隐私 (a refusal's reason) does not."""
    ask = "how many applications from natural persons did the qinghe sample bureau receive"
    received = metric("applications_received")
    assert not clause_fits_ask("不予公开的3件(涉及个人隐私)", received, {}, ask)
    assert clause_fits_ask("其中公民申请5件", received, {}, ask)
    assert not clause_fits_ask("全年共受理申请9件", received, {}, "青禾县样例局自然人提出的申请有多少件")


def test_the_metrics_own_row_and_generic_words_name_no_further_row():
    """"不予处理几件" of applications_not_processed, "disclosure applications": no row beyond the metric's."""
    assert asked_table_words("青禾县样例局不予处理几件", {}, metric("applications_not_processed")) == []
    assert asked_table_words("how many disclosure applications did it receive", {"政府信息公开申请": 1.0},
                             metric("applications_received")) == []


def test_a_statement_that_no_applications_came_in_answers_every_part():
    none = _fact("政府信息公开申请", 0, kind="none")
    assert fits_ask(none, metric("applications_received"), _own(none), {}, "青禾县样例局重复申请有几件")


def test_the_years_new_applications_answer_an_ask_of_those_handled_and_rows_of_other_tables_are_not_judged():
    """"how many were handled" (受理 is handled too) keeps 共受理; the 表二 rules row answers an ask of proactive
    disclosure, and a loosely read metric of table 三 does not judge a 表二 row."""
    answered = metric("applications_answered")
    assert is_metric_or_part("applications_received", answered)
    assert is_metric_or_part("rules", metric("proactive_disclosures"))
    assert is_metric_or_part("licensing", metric("applications_carried_over"))
    assert not is_metric_or_part("reconsiderations", metric("lawsuits"))
