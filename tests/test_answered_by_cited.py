"""An ask of several that found nothing of its own gets no "the reports do not state …" line when the spans the
answer already cites answer it: a closing restatement of a listing ("…, list the measures"), or a counted list
("what three qualities …") one cited sentence lists that many of.  Fictional text."""

from __future__ import annotations

import pytest

from assistant.answered_by_cited import answered_by_cited, listed_counts
from assistant.core.types import Citation
from assistant.writeup import not_found_line

TEMPLATE = "The reports do not state {ask}."


def _cite(quote: str, highlight: str | None = None) -> Citation:
    return Citation(n=1, doc_id="d", source="s.txt", title="t", quote=quote, start=0, end=len(quote), highlight=highlight)


ITEMS = [_cite("按期更新平台栏目", "按期更新平台栏目"), _cite("清理过期链接", "清理过期链接")]
SENTENCE = [_cite("2031年,本局切实保障群众的知情权、参与权和监督权,推动公开工作常态化、透明化、便民化。")]
FIGURE = [_cite("受理申请12件", "12")]


@pytest.mark.parametrize("ask", [
    "pine lake water bureau, 2031 — under platform upkeep, list the measures",
    "name them", "and list them all", "请列出来", "具体列举一下",
])
def test_a_restated_listing_after_items_is_answered(ask):
    assert answered_by_cited(ask, ITEMS)
    assert not_found_line(TEMPLATE, ask, ITEMS) is None


def test_a_restated_listing_after_a_figure_only_is_not():
    assert not answered_by_cited("list them", FIGURE)
    assert not answered_by_cited("list them", [])


def test_a_listing_naming_more_is_an_ask_of_its_own():
    ask = "pine lake water bureau, 2031 — list the measures taken on staff training"
    assert not answered_by_cited(ask, ITEMS)
    assert not_found_line(TEMPLATE, ask, ITEMS) == f"The reports do not state {ask}."


def test_listed_counts_of_a_sentence():
    assert listed_counts(SENTENCE[0].quote) == {3}
    assert listed_counts("推进决策、执行、管理、服务、结果公开") == {5}
    assert listed_counts("落实县委、县政府关于推进公开工作的总体部署") == set()  # (a long second part: no list)


@pytest.mark.parametrize("ask, answered", [
    ("and what three qualities does it want its disclosure work to have", True),
    ("which three rights does it safeguard", True),
    ("工作要做到哪三个方面", True),
    ("which two rights does it safeguard", False),  # (no list of two in the sentence)
    ("what four qualities", False),
    ("what did it say about fees", False),
])
def test_a_counted_list_a_cited_sentence_holds(ask, answered):
    assert answered_by_cited(ask, SENTENCE) is answered


def test_a_counted_list_needs_a_cited_list_not_a_figure():
    assert not answered_by_cited("what three qualities", FIGURE)
