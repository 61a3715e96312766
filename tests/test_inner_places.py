"""A place named inside a place that has reports, with no report of its own (assistant/inner_places.py): "Qinghe
Baisha police branch" when only the Qinghe city police's Yunxi branch has a report.  The broader place only locates
the inner one and must not stand in for it; words that are no place never count.  Fictional agencies only."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.core.types import Report
from assistant.inner_places import missing_inner_place
from assistant.query import parse_question
from assistant.unsettled_places import unknown_places
from ingest.aliases import make_aliases


def _report(doc_id: str, agency: str, region: str, year: int) -> Report:
    return Report(doc_id=doc_id, agency=agency, region=region, year=year, aliases=make_aliases(agency, region))


REPORTS = [
    _report("a", "青禾市公安局云溪分局", "青禾市", 2024),
    _report("b", "青禾市卫生健康委员会", "青禾市", 2023),
    _report("c", "青禾市北京街道办事处", "青禾市", 2022),
    _report("d", "青禾市样例局", "青禾市", 2021),
]
INDEX = SimpleNamespace(reports=REPORTS, by_doc={r.doc_id: r for r in REPORTS})


def _missing(question: str) -> list[str]:
    q = parse_question(question, REPORTS)
    q.unknown_places = unknown_places(q, INDEX)
    return missing_inner_place(q, INDEX)


@pytest.mark.parametrize("question, place", [
    ("How many OGI applications did the Qinghe Baisha police branch get in 2024?", "Baisha"),
    ("How many applications did the Baisha, Qinghe police get in 2024?", "Baisha"),
    ("Qinghe's Baisha district health commission 2023: applications received?", "Baisha"),
    ("青禾市白沙区公安分局2024年收到多少政府信息公开申请？", "白沙区"),
    ("青禾白沙公安分局2024年收到多少申请", "青禾白沙公安分局"),
])
def test_an_inner_place_without_a_report_is_missing(question, place):
    assert _missing(question) == [place]


@pytest.mark.parametrize("question", [
    "How many OGI applications did the Qinghe Yunxi police branch get in 2024?",
    "Qinghe Yunxi police sub-bureau 2024 applications received?",
    "Qinghe Beijing Street subdistrict 2022: applications received?",
    "青禾云溪公安分局2024年收到多少申请",
    "青禾市卫健委2023年收到多少申请",
    "青禾市卫生健康委员会2023年收到多少申请",
    "Qinghe health commission 2023 applications received?",
    "Baisha Qinghe health commission 2023 applications received?",  # a place before the known one is broader
    "Qinghe Gongan police 2024 applications?",  # a word of an agency's name, no place
    "Qinghe June 2024 police applications received?",  # a month
    "Where can users get the full data of the Qinghe Yangli bureau?",  # the agency's own words (样例) in pinyin
])
def test_words_that_are_no_missing_inner_place(question):
    assert _missing(question) == []


def test_the_refusal_says_nothing_of_the_reports_it_does_not_cover():
    """"No report from Baisha" is the whole answer: no note that "qinghe" names several places and that the answer
    covers each (it covers none)."""
    from assistant.api import QAChain
    from assistant.core.types import AskState

    reports = [*REPORTS, _report("e", "禾青县青禾镇人民政府", "青禾镇", 2024)]  # a second place "qinghe"
    index = SimpleNamespace(reports=reports, by_doc={r.doc_id: r for r in reports})
    chain = SimpleNamespace(index=index, engine=SimpleNamespace(name="extractive"))
    chain._early = lambda state, text: QAChain._early(chain, state, text)
    question = "How many OGI applications did the Qinghe Baisha police branch get in 2024?"
    state = AskState(question=question, language="en", parsed=parse_question(question, reports))
    out = QAChain._scope(chain, state)
    assert out.early is not None and "Baisha" in out.early.text and not out.early.answered
    assert out.notes == []
