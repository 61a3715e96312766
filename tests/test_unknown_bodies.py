"""The one-body agencies a question names (assistant/unknown_bodies.py) are found by ONE alternation of every name of
names.toml [agency_en], compiled once: it finds what searching each name on its own, longest first, finds.

The bodies are names.toml's; the questions around them and the names of the made-up table are fictional
(青禾县, 云栖市, Qinghe)."""

from __future__ import annotations

import re

import pytest

from assistant.core.text import normalise_query
from assistant.unknown_bodies import _names, bodies_named, names_in, names_pattern


def per_name(low: str, names) -> list[tuple[str, frozenset[str]]]:
    """The reference: one search per name, longest first; a match overlapping a longer name's is dropped."""
    taken: list[tuple[int, int]] = []
    out = []
    for name, zhs in names:
        for m in re.finditer(rf"(?<![a-z]){re.escape(name)}(?![a-z])", low):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            out.append((name, zhs))
    return out


@pytest.mark.parametrize("question", [
    "青禾县和中国科学院2019年各收到多少申请？",
    "中国科学院大学与中国社会科学院的信息公开办公室电话分别是多少",
    "How many requests did the Chinese Academy of Social Sciences and the Qinghe county bureau get in 2019?",
    "University of the Chinese Academy of Sciences vs Chinese Academy of Sciences: phone of the disclosure office?",
    "Did the foreign ministry, the MFA or the Ministry of Foreign Affairs publish more items than 云栖市?",
    "mfaq: how does the Qinghe sample bureau answer requests?",  # ("mfa" inside a word names nothing)
    "青禾县样例局2021年收到多少申请",
])
def test_the_alternation_finds_the_bodies_the_per_name_search_finds(question):
    norm = normalise_query(question)
    assert bodies_named(norm) == per_name(norm.lower(), _names())


# a made-up table whose names overlap every way: a shorter name starting before a longer one it runs into, a name
# inside another, a name that overlaps itself, names of the same length
TABLE = tuple(sorted(((n, frozenset({n})) for n in (
    "qinghe sample bureau", "sample bureau of yunqi", "qinghe sample", "bureau", "yunqi", "yunqi yunqi",
    "qinghe", "ample")), key=lambda x: -len(x[0])))


@pytest.mark.parametrize("text", [
    "qinghe sample bureau of yunqi",        # the longer name starting later wins; "qinghe" before it is kept
    "the qinghe sample bureau and yunqi",
    "yunqi yunqi yunqi bureau",             # a name overlapping itself: the earlier occurrence counts
    "qinghesample bureau, samples, bureaux",  # no name inside a word
    "bureau qinghe sample bureau of yunqi yunqi qinghe",
    "",
])
def test_overlapping_names_are_kept_or_dropped_as_by_the_per_name_search(text):
    assert names_in(text, TABLE, names_pattern(TABLE)) == per_name(text, TABLE)


def test_the_alternation_is_compiled_once():
    from assistant.unknown_bodies import _pattern

    assert _pattern() is _pattern() and _pattern().pattern.count("|") == len(_names()) - 1


@pytest.mark.parametrize("question, said", [
    ("中国科学院信息公开办公室的电话是多少？", "中国科学院"),
    ("What's the phone number of the Chinese Academy of Sciences' info disclosure office?", "Chinese Academy of Sciences"),
])
def test_the_scope_step_refuses_a_body_no_report_is_from_by_the_registry(question, said):
    """The scope step of assistant/api.py says no report is from the body (the registry's "unknown body" check), and
    asks of the body whose report there is go on."""
    from types import SimpleNamespace

    from assistant.api import QAChain
    from assistant.core.types import AskState, Report
    from assistant.query import detect_language, parse_question

    reports = [Report(doc_id="u" * 16, sources=["u.txt"], agency="中国科学院大学", region="北京市", year=2019)]
    chain = SimpleNamespace(index=SimpleNamespace(reports=reports, by_doc={r.doc_id: r for r in reports}),
                            engine=SimpleNamespace(name="extractive"))
    chain._early = lambda state, text: QAChain._early(chain, state, text)

    def scoped(text: str):
        return QAChain._scope(chain, AskState(question=text, language=detect_language(text),
                                              parsed=parse_question(text, reports)))

    out = scoped(question)
    assert out.early is not None and said in out.early.text and not out.early.answered
    assert scoped("中国科学院大学信息公开办公室电话是多少？").early is None
