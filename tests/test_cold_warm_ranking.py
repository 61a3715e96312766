"""An answer never depends on whether the fact index's background warm-ups have finished: the label idf, the scoped
reports' label vectors and their prose figures' own-words vectors are the same for the first question of a fresh
process (the one-shot CLI: nothing warmed yet) as after the warm-up threads are done.  Fictional report, fake
embedder (plumbing only)."""

from __future__ import annotations

import threading
from types import SimpleNamespace
from typing import ClassVar

import numpy as np

from assistant.core.types import Fact, Report
from assistant.evidence import EvidenceGatherer
from assistant.fact_index import FactIndex
from assistant.query import parse_question
from tests.fake_index import FakeIndex

DOC = "c" * 16
ORIGINAL = ("青禾县样例乡2024年政府信息公开工作年度报告\n一、总体情况\n"
            "全年主动公开信息60条，其中机构信息8条；财务信息7条；人事信息15条；农机补贴信息11条；工作动态信息19条。\n")
REPORT = Report(doc_id=DOC, sources=["qinghe_yangli_xiang_2024.txt"], agency="青禾县样例乡人民政府", region="青禾县",
                year=2024, aliases=["yangli township"])
_EN = {"全年主动公开信息": "items disclosed", "机构信息": "institution items", "财务信息": "finance items",
       "人事信息": "personnel items", "农机补贴信息": "tractor subsidy items", "工作动态信息": "work news items"}


def _fact(words: str, value: str) -> Fact:
    at = ORIGINAL.index(words + value)
    s = at + len(words)
    return Fact(doc_id=DOC, table="narrative", row=words, column="", kind="narrative", value=float(value),
                raw=value + "条", unit="条", start=s, end=s + len(value), quote_start=at, quote_end=s + len(value) + 1,
                label_zh=f"总体情况 / 主动公开 / {words}", label_en=f"general situation / proactive disclosure / {_EN[words]}",
                section="一、总体情况")


FACTS = [_fact("全年主动公开信息", "60"), _fact("机构信息", "8"), _fact("财务信息", "7"), _fact("人事信息", "15"),
         _fact("农机补贴信息", "11"), _fact("工作动态信息", "19")]


class _Embedder:
    """Each text a mix of a few concept axes plus the axis every short text shares (see tests/test_labels_leaf.py)."""

    name = "fake-embedder"
    AXES: ClassVar[dict[str, int]] = {"机构": 1, "institution": 1, "财务": 2, "finance": 2, "人事": 3, "personnel": 3, "农机": 4, "tractor": 4,
            "工作动态": 5}

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(8, np.float32)
        v[0] = 2.0
        for word, axis in self.AXES.items():
            if word in text:
                v[axis] += 1.0
        return v / np.linalg.norm(v)

    def embed_query(self, text: str) -> np.ndarray:
        return self._vec(text)

    def embed_passages(self, texts):
        return np.stack([self._vec(t) for t in texts])


class _Index(FakeIndex):
    settings = SimpleNamespace(embedding_cache=None)  # (settings: the label warm-up thread runs)

    def __init__(self, store_path=None) -> None:
        super().__init__(REPORT, FACTS, ORIGINAL)
        self.store.path = store_path  # (a folder: the label sample is saved there and read back)
        self._embedder = _Embedder()

    @property
    def embedder(self):
        return self._embedder


QUESTIONS = ["how many tractor subsidy items did yangli township publish in 2024",
             "yangli township 2024: how many personnel items",
             "样例乡2024年农机补贴信息多少条"]


def _ranking(g: EvidenceGatherer, question: str):
    q = parse_question(question, g.index.reports)
    q.doc_ids = [DOC]
    terms = g.label_terms(q)
    hits = g.fact_index.search(q.search_text, terms, [DOC])
    return ({t: round(w, 6) for t, w in terms.items()}, [(f.row, round(s, 6)) for f, s in hits],
            [f.row for f in g.label_facts(q, [REPORT])])


def _cold(monkeypatch, store_path) -> EvidenceGatherer:
    """A gatherer whose fact index's warm-up threads have not run (the one-shot CLI's first question)."""
    monkeypatch.setattr(FactIndex, "_warm_up", lambda self: None)
    monkeypatch.setattr(FactIndex, "_warm", lambda self, gen, labels: None)
    g = EvidenceGatherer(_Index(store_path))
    monkeypatch.undo()
    assert not g.fact_index.vectors.labels and not g.fact_index.vectors.leaves and not g.fact_index._idf
    return g


def test_cold_and_warm_fact_index_rank_the_same(monkeypatch, tmp_path):
    cold = [_ranking(_cold(monkeypatch, tmp_path), question) for question in QUESTIONS]  # (builds the label sample)
    # warm: the same after every background warm-up is done
    warm_g = EvidenceGatherer(_Index(tmp_path))
    fi = warm_g.fact_index
    for t in threading.enumerate():
        if t.name in ("fact-index-warm-up", "fact-labels"):
            t.join(30)
    fi._refresh()
    if fi._warming is not None:
        fi._warming.join(30)
    assert fi.vectors.labels  # (the warm-up embedded the labels)
    warm = [_ranking(warm_g, question) for question in QUESTIONS]
    assert cold == warm
    assert cold[0][2][0] == "农机补贴信息"  # (and the ask is answered)
    # cold again, the label sample now read back from its file instead of built: the same
    assert [_ranking(_cold(monkeypatch, tmp_path), question) for question in QUESTIONS] == warm


def test_label_idf_is_read_after_the_index_is_built():
    fi = FactIndex(_Index())
    assert fi.idf and fi.idf is fi._idf  # built on first use, whatever the warm-up thread has done
