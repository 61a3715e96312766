"""Comparisons of any figure two named reports state, not only of the metrics: "谁的政务微博发布信息多？多多少？",
"which town posted more on its government Weibo, and by how much?". Each report's figure is found as a single ask
(by its label, in prose or tables), then compared in code: which is more, and the difference computed in sight of
the two cited figures. Fictional reports."""

from __future__ import annotations

import re

import pytest

from assistant.answer import ExtractiveEngine
from assistant.query import parse_question
from tests.fake_index import line_passages, two_report_index
from tests.fixtures.two_towns import QINGHE_TOWN as A
from tests.fixtures.two_towns import QINGMIAO_TOWN as B

TEXT = ("青禾镇2023年:全年通过政务微博发布信息120条,接待群众查阅政府信息35人次。\n"
        "青苗镇2023年:全年通过政务微博发布信息95条,接待群众查阅政府信息48人次。\n")


@pytest.fixture(scope="module")
def engine():
    return ExtractiveEngine(two_report_index(A, B, TEXT), 0.34)


def _ask(engine, question):
    passages = line_passages(A, TEXT)[:1] + line_passages(B, TEXT)[1:]  # line 1 is A's report, line 2 B's
    return engine.answer(parse_question(question, [A, B]), passages)


@pytest.mark.parametrize("question, more, figures, difference", [
    ("青禾镇和青苗镇2023年谁的政务微博发布信息多？多多少？", "青禾镇", ("120", "95"), "25"),
    ("青禾镇和青苗镇2023年接待群众查阅政府信息哪个多", "青苗镇", ("35", "48"), "13"),
    ("2023年青苗镇与青禾镇相比，政务微博发布的信息差多少条？", "青禾镇", ("120", "95"), "25"),
])
def test_two_reports_compared_on_a_prose_figure(engine, question, more, figures, difference):
    a = _ask(engine, question)
    assert a.answered, a.text
    lines = a.text.splitlines()
    assert all(any(re.search(rf"(?<!\d){f}(?!\d)", ln) for ln in lines) for f in figures), a.text
    assert any(more in ln and ("更多" in ln or "more" in ln) for ln in lines), a.text
    assert re.search(rf"= {difference}\D", lines[-1] + " "), a.text  # the difference, in sight of its figures
    assert "没有写明" not in a.text and "do not state" not in a.text
    assert {c.doc_id for c in a.citations} == {A.doc_id, B.doc_id}


def test_an_english_comparison_of_a_prose_figure(engine):
    for question in ("Qinghe vs Qingmiao 2023: at which town did more people look up government information, "
                     "and by how many?",
                     "Qinghe or Qingmiao, 2023: where did more people consult government information?"):
        a = _ask(engine, question)
        assert a.answered and "48" in a.text and "35" in a.text and "= 13" in a.text, (question, a.text)


def test_a_figure_one_report_lacks_cannot_be_compared(engine):
    a = _ask(engine, "青禾镇和青苗镇2023年政务微信公众号推送信息哪个多？")
    assert not a.answered, a.text
