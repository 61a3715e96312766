"""bench/import_round.py: a writer's round is checked, its HTML evidence becomes row text, and half is sealed per
(kind, language) group (fictional records; no report text)."""

from __future__ import annotations

from bench.common import norm
from bench.import_round import html_span_as_row, imported, problems, sealed_halves

TEXTS = {"qinghe.txt": "青禾县样例局2024年政府信息公开工作年度报告。全年主动公开信息120条。\n重复申请 | 5 | 4 |"}


def _record(**kw) -> dict:
    r = {"kind": "narrative_figure", "lang": "zh", "question": "青禾县样例局2024年主动公开多少条？", "answerable": True,
         "gold_values": [["120"]], "gold_evidence": [["全年主动公开信息120条"]], "gold_sources": ["qinghe.txt"]}
    r.update(kw)
    return r


def test_an_html_table_span_becomes_the_row_text():
    span = '2.重复申请</p></td><td nowrap="nowrap"><p align="center">5</p></td><td><p>4</p>'
    assert html_span_as_row(span) == "2.重复申请 | 5 | 4"
    assert html_span_as_row("全年主动公开信息120条") == "全年主动公开信息120条"


def test_records_are_checked_against_their_reports():
    assert problems(_record(), TEXTS) == []
    assert problems(_record(gold_evidence=[['重复申请</p></td><td><p>5</p>']]), TEXTS) == []
    assert any("not in its report" in p for p in problems(_record(gold_evidence=[["全年主动公开信息99条"]]), TEXTS))
    assert any("unanswerable" in p for p in problems(_record(answerable=False), TEXTS))
    assert any("missing field" in p for p in problems({"question": "?"}, TEXTS))


def test_a_value_neither_written_nor_computed_is_caught_before_it_is_sealed():
    named = {n: norm(t) for n, t in TEXTS.items()}
    assert problems(_record(), TEXTS, named) == []
    two = [["全年主动公开信息120条"], ["重复申请 | 5 | 4 |"]]
    assert problems(_record(gold_values=[["115"], ["5"]], gold_evidence=two), TEXTS, named) == []  # 120 − 5
    assert any("neither in its report" in p for p in problems(_record(gold_values=[["一百二十条整"]]), TEXTS, named))


def test_half_of_each_kind_and_language_is_sealed_and_ids_follow_the_last():
    new = [_record(kind=k, lang=lang, question=f"{k}{lang}{i}")
           for k in ("a", "b") for lang in ("zh", "en") for i in range(4)]
    sealed = sealed_halves(new, seed=17)
    for k in ("a", "b"):
        for lang in ("zh", "en"):
            assert sum(s for r, s in zip(new, sealed) if (r["kind"], r["lang"]) == (k, lang)) == 2
    out = imported("fresh99", "abc1234", new, [{"id": "fx7"}, {"id": "ta01"}])
    assert [r["id"] for r in out[:2]] == ["fx8", "fx9"] and all(r["set"] == "fresh99" for r in out)
    assert sum(r["holdout"] for r in out) == len(out) // 2
