"""Traps a nearby figure must not answer (session 13, T2): a document number whose year a copy masked ("青财预XX117号")
is an identifier, no count; an ask of a score ("打了多少分") is not answered by a place in a ranking; a place in an order
("居全省第4位") answers no how-many ask; an ask of what things are called is answered by no figure.

Every text here is written for fictional agencies (青禾市, Qinghe); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.answer_types import asks_name
from assistant.core.types import Fact
from assistant.counted_things import misses_counted_thing
from assistant.identifiers import names_a_document
from assistant.ordinal_figures import ordinal_for_count
from assistant.precision import fact_answers, sentence_answers
from assistant.query import parse_question
from tests.test_answer_types import _Hit
from tests.test_precision import REPORT


@pytest.mark.parametrize("figure, text", [
    ("XX117", "印发青禾市财政局关于做好预决算公开工作的通知(青财预XX117号)"),
    ("117", "印发青禾市财政局关于做好预决算公开工作的通知(青财预XX117号)"),
    ("5", "转发《青禾市人民政府办公室通知》(青政办〔XX〕5号)"),
    ("5号", "青政发〔2019〕5号"),
])
def test_a_document_number_with_a_masked_year_is_an_identifier(figure, text):
    assert names_a_document(figure, text)


@pytest.mark.parametrize("figure, text", [("30", "设立市级查阅点30多个"), ("117", "全年受理申请117件")])
def test_a_count_is_no_document_number(figure, text):
    assert not names_a_document(figure, text)


def test_a_masked_document_number_answers_no_how_many_ask():
    q = parse_question("how many people used the Qinghe city reading points during the year?", [REPORT])
    s = "印发青禾市财政局关于做好预决算公开工作的通知(青财预XX117号)"
    assert not sentence_answers(_Hit(s, "XX117"), q, s)


@pytest.mark.parametrize("ask", ["青禾市的财政透明度评估给青禾打了多少分？", "青禾市得了几分", "青禾市的得分是多少",
                                 "what score did Qinghe get in the transparency study?"])
def test_an_ask_of_a_score_is_not_answered_by_a_place(ask):
    for clause in ("居全省第4位", "今年以分排名全省第3位", "排名全国第40名"):
        assert misses_counted_thing(ask, clause), (ask, clause)
    for clause in ("得分85.5分", "综合评分92分", "scored 85 points"):
        assert not misses_counted_thing(ask, clause), (ask, clause)


@pytest.mark.parametrize("ask", ["青禾市在全省排名第几", "where did Qinghe rank in the province?"])
def test_an_ask_of_a_rank_is_still_answered_by_a_place(ask):
    assert not misses_counted_thing(ask, "排名全省第3位")


@pytest.mark.parametrize("ask", ["平均用时多少分钟", "青禾市有几分局"])
def test_minutes_and_branches_are_no_score(ask):
    assert not misses_counted_thing(ask, "平均用时12分钟,共3个分局")


@pytest.mark.parametrize("ask", ["how many people used the Qinghe city reading points?", "青禾市查阅点接待了多少人"])
def test_a_place_in_an_order_answers_no_count(ask):
    assert ordinal_for_count(ask, "4", "居全省第4位")
    assert ordinal_for_count(ask, "3名", "排名第3名")
    assert not ordinal_for_count(ask, "4", "第4季度接待4人")  # the 4 of 4人 is a count
    assert not ordinal_for_count(ask, "120人次", "全年接待查阅群众120人次")
    q = parse_question(ask, [REPORT])
    assert not sentence_answers(_Hit("居全省第4位", "4"), q, "居全省第4位")


@pytest.mark.parametrize("ask", ["青禾市在全省排第几", "what rank did Qinghe reach?", "依据条例第几条"])
def test_an_ask_of_a_place_or_a_number_in_an_order_keeps_the_ordinal(ask):
    assert not ordinal_for_count(ask, "4", "居全省第4位")


NAME_ASKS = ["the Qinghe township's leading group follows 'six systems' for proactive disclosure — what are those six systems called?",
             "what is the name of the Qinghe bureau's disclosure platform?", "青禾镇的公开平台名称是什么", "这项制度叫什么"]


@pytest.mark.parametrize("ask", NAME_ASKS)
def test_an_ask_of_what_things_are_called_is_answered_by_no_figure(ask):
    assert asks_name(ask)
    fig = Fact(doc_id=REPORT.doc_id, table="narrative", row="主动公开政府信息", column="", value=0, kind="narrative",
               unit="条", label_zh="主动公开政府信息", metric=None, raw="全年主动公开政府信息0条", start=0, end=1,
               quote_start=0, quote_end=1)
    assert not fact_answers(fig, None, fig.row, ask)


@pytest.mark.parametrize("ask", ["how many systems are there, and what are they called?", "青禾镇主动公开多少条",
                                 "what was the Qinghe hotline number?", "how much was the fee called 'processing fee'?"])
def test_asks_counting_or_of_a_number_are_no_asks_of_a_name(ask):
    assert not asks_name(ask)
