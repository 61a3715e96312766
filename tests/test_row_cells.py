"""An ask of every column of one table row answered by all the row's cells (assistant/row_cells.py).  Fictional
agencies and figures only."""

from __future__ import annotations

from types import SimpleNamespace

from assistant.core.types import Fact
from assistant.row_cells import cells_asked, every_cell_of_row, named_row


def _cell(row: str, column: str, value: float, start: int, table: str = "二") -> Fact:
    return Fact(doc_id="r" * 16, table=table, row=row, column=column, value=value, kind="table", unit="件",
                raw=f"{value:g}", start=start, end=start + 1, quote_start=start, quote_end=start + 1,
                label_zh=f"{row} / {column}")


RULES = [_cell("第二十条第(一)项 / 规章", c, v, s) for c, v, s in [("本年新制作数量", 1, 10), ("本年新公开数量", 2, 12), ("对外公开总数量", 7, 14)]]
DOCS = [_cell("第二十条第(一)项 / 规范性文件", c, v, s) for c, v, s in [("本年新制作数量", 3, 20), ("本年新公开数量", 4, 22), ("对外公开总数量", 9, 24)]]
PROSE = Fact(doc_id="r" * 16, table="narrative", row="主动公开政府信息", column="", value=5, kind="narrative", unit="条",
             raw="5条", start=2, end=4, quote_start=2, quote_end=4, label_zh="一、总体情况 / 主动公开政府信息")


def test_an_ask_of_a_rows_numbers_says_how_many():
    assert cells_asked("for rules (规章), what are the three numbers shown — new this year and in total?") == 3
    assert cells_asked("what are all the figures given for normative documents") == 0
    assert cells_asked("how many rules were made this year") is None
    assert cells_asked("qinghe 2031: rules, documents and letters - three numbers please") is None


def test_the_row_is_the_one_whose_label_the_ask_writes_in_chinese():
    assert named_row("for rules (规章), what are the three numbers", RULES + DOCS) == "第二十条第(一)项 / 规章"
    assert named_row("for rules, what are the three numbers", RULES + DOCS) is None


def _ev(text: str, facts: list[Fact]) -> SimpleNamespace:
    return SimpleNamespace(ask=SimpleNamespace(text=text), facts=facts, context=[], part="", sentences=[], breakdown=[])


def test_every_cell_of_the_named_row_answers_and_a_piece_asking_nothing_is_dropped():
    gatherer = SimpleNamespace(fact_index=SimpleNamespace(facts=lambda ids: [PROSE, *RULES, *DOCS]))
    q = SimpleNamespace(doc_ids=["r" * 16])
    out = [_ev("qinghe town, 2031: in the art. 20(1) table", [RULES[0]]),
           _ev("what are the three numbers shown for normative documents (规范性文件)", [DOCS[0]])]
    every_cell_of_row(gatherer, q, out)
    assert [e.facts for e in out] == [DOCS]
    # the row found by the prose figure's ask, by its Chinese label
    out = [_ev("qinghe town 2031 table: for rules (规章), what are the three numbers shown", [PROSE])]
    every_cell_of_row(gatherer, q, out)
    assert out[0].facts == RULES
    # a count that is not the row's number of cells: no change
    out = [_ev("for rules (规章), what are the two numbers shown", [PROSE])]
    every_cell_of_row(gatherer, q, out)
    assert out[0].facts == [PROSE]
