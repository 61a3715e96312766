"""Asks of what is still open of a count (assistant/outstanding.py, metrics.toml applications_carried_forward), the
period asked beside another ask, and a compared side placed by a clause after its thing; fictional text."""

from __future__ import annotations

import pytest

from assistant.ask_question import ask_question
from assistant.asks import split_asks
from assistant.core.types import Fact
from assistant.outstanding import asks_outstanding, outstanding_line, received_and_concluded
from assistant.query import detect_metric, parse_question
from assistant.sentence_figures import figures_before
from assistant.focus_weights import focused
from assistant.sides_en import compare_sides_en

TEXT = "样例县信访局全年受理来访500案次,办结420案次。另有尚未办结12件,受理来信90件。"


def _fact(raw: str, row: str, at: int | None = None) -> Fact:
    at = TEXT.index(raw) if at is None else at
    return Fact(doc_id="d", table="narrative", kind="narrative", row=row, column="", raw=raw, label_zh=row,
                unit=raw.lstrip("0123456789"), value=float(raw.rstrip("案次件")), start=at, end=at + len(raw),
                quote_start=0, quote_end=len(TEXT))


TAKEN, DONE, OPEN, LETTERS = (_fact("500案次", "全年受理来访"), _fact("420案次", "办结"), _fact("12件", "另有尚未办结"),
                              _fact("90件", "受理来信"))
FACTS = [LETTERS, OPEN, DONE, TAKEN]
T = {"outstanding_line": "尚未办结：{taken} − {done} = {value}{unit}"}


@pytest.mark.parametrize("question", ["全年受理的来访还有多少案次尚未办结？", "没有办结的有几件", "年底时未办结的还剩几件",
                                      "how many of the visits it accepted were not yet concluded?",
                                      "how many requests were still outstanding at year end?"])
def test_an_outstanding_ask_is_recognised(question):
    assert asks_outstanding(question)


@pytest.mark.parametrize("question", ["上年未办结的申请有几件", "how many visits were concluded?", "办结了多少件"])
def test_last_years_unfinished_ones_and_concluded_ones_are_no_outstanding_ask(question):
    assert not asks_outstanding(question)


def test_the_open_ones_are_the_year_end_row_however_asked():
    for q in ("样例局2020年还有多少件政府信息公开申请尚未办结", "样例局的申请年底时未办结的还剩几件",
              "how many disclosure applications were still outstanding when the year ended"):
        assert detect_metric(q).key == "applications_carried_forward", q
    assert detect_metric("样例局上年未办结的申请有几件").key == "applications_carried_over"  # brought into the year


def test_the_open_ones_are_the_count_taken_in_less_its_concluded_part_in_one_sentence():
    assert received_and_concluded([TAKEN], FACTS, TEXT) == (TAKEN, DONE)
    assert received_and_concluded([DONE], FACTS, TEXT) == (TAKEN, DONE)  # the concluded figure found: the one before
    assert received_and_concluded([OPEN], FACTS, TEXT) is None  # the report counts the open ones itself
    assert received_and_concluded([LETTERS], FACTS, TEXT) is None  # nothing concluded written beside it
    cited = []
    line = outstanding_line("还有多少案次尚未办结", [(TAKEN, 1)], FACTS, TEXT, lambda f: cited.append(f) or 2, T, "zh")
    assert line == "尚未办结：500[1] − 420[2] = 80案次" and cited == [DONE]
    assert outstanding_line("受理了多少案次", [(TAKEN, 1)], FACTS, TEXT, lambda f: 2, T, "zh") is None


def test_the_figures_before_a_figure_begin_with_its_sentence():
    assert list(figures_before(DONE, FACTS, TEXT)) == [TAKEN]
    assert list(figures_before(OPEN, FACTS, TEXT)) == []  # 420案次 belongs to the sentence before


@pytest.mark.parametrize("question", ["青禾县样例局2020年的年报，数据是统计到哪段时间的？报告一共分了几部分？",
                                      "青禾县样例局2020年的年报，统计区间是哪段时间？电子版在哪个网站下载？"])
def test_a_period_asked_beside_a_count_asks_no_count(question):
    q = parse_question(question, [])
    asks = split_asks(q.norm)
    assert len(asks) == 2, [a.text for a in asks]
    assert not ask_question(q, asks[0], None).wants_number  # (the other ask's 几部分 is not its own)


def test_the_words_reports_write_for_a_colloquial_focus_weigh_as_the_focus():
    terms = {"时间": 3.0, "统计期限": 2.0, "网站": 1.0}
    assert focused(terms, "统计区间是哪段时间") == {"时间": 9.0, "统计期限": 6.0, "网站": 1.0}


def test_a_second_side_placed_by_a_clause_is_named_at_length():
    got = compare_sides_en("qinghe 2021: policy-interpretation items vs items put on the county government website — "
                           "which was bigger and by how much")
    assert [side for _text, side in got] == ["policy-interpretation items", "items put on the county government website"]
    got = compare_sides_en("sample town 2019: work updates vs documents released through the county portal - which is bigger?")
    assert [side for _text, side in got] == ["work updates", "documents released through the county portal"]
