"""The figures after a count within its sentence (sentence_figures.figures_after), shared by the ask of a change and
the ask of a figure "of them"; fictional text."""

from __future__ import annotations

from assistant.change_figures import change_next_to
from assistant.core.types import Fact
from assistant.sentence_figures import figures_after

TEXT = "样例镇全年受理来访120件次,办结98件次,同比增长5%。另有来信30件。"


def _fact(raw: str, row: str, value: float | None = None) -> Fact:
    at = TEXT.index(raw)
    return Fact(doc_id="d", table="narrative", kind="narrative", row=row, column="", raw=raw,
                value=float(raw.rstrip("件次%")) if value is None else value, start=at, end=at + len(raw),
                quote_start=0, quote_end=len(TEXT))


VISITS, CONCLUDED, GROWTH, LETTERS = (_fact("120件次", "受理来访"), _fact("98件次", "办结"), _fact("5%", "同比增长"),
                                      _fact("30件", "另有来信"))
FACTS = [LETTERS, GROWTH, VISITS, CONCLUDED]  # in no order: the helper orders them


def test_the_figures_after_a_count_end_with_its_sentence():
    assert list(figures_after(VISITS, FACTS, TEXT)) == [CONCLUDED, GROWTH]
    assert list(figures_after(GROWTH, FACTS, TEXT)) == []  # 30件 belongs to the next sentence


def test_the_figures_after_a_count_within_a_distance():
    assert list(figures_after(VISITS, FACTS, TEXT, within=4)) == [CONCLUDED]


def test_a_change_is_only_the_next_figure_when_it_is_labelled_by_a_change():
    assert change_next_to(CONCLUDED, FACTS, TEXT) == GROWTH
    assert change_next_to(VISITS, FACTS, TEXT) is None  # the next figure is a count, not a change
