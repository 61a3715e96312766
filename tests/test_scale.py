"""Issue 14: the work of one question does not grow with the number of reports in the store.

Two synthetic stores (bench/synth.py: the first 8 reports, and the first 40 — so every report a question
names is in both) are built through the product's ingest with a tiny deterministic embedder.  The same
questions are asked of both after a warm-up, with every call of a project function counted
(sys.setprofile); no function may be called in proportion to the number of reports: a per-report loop
would be called 5x as often in the larger store.  Also: the catalog is not re-read and the lexical index
not rebuilt per question, and the lexical index is persisted per store generation.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from bench.synth import make_questions, write_corpus

REPO = Path(__file__).resolve().parents[1]
PROJECT = (str(REPO / "assistant"), str(REPO / "ingest"))
SMALL, LARGE = 8, 40


class HashVectors:
    """A deterministic stand-in embedder (no model): texts sharing words get similar vectors."""

    name = "test/hash-vectors"

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(64, np.float32)
        for tok in text.split():
            h = int.from_bytes(hashlib.blake2b(tok.encode(), digest_size=4).digest(), "little")
            v[h % 64] += 1.0
        n = np.linalg.norm(v)
        return v / n if n else v + 1 / 8

    def embed_passages(self, texts):
        return np.stack([self._vec(t) for t in texts])

    def embed_query(self, text):
        return self._vec(text)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    from assistant.core.settings import Settings
    from ingest.embed import EMBEDDERS
    from ingest.index import Store
    from ingest.pipeline import ingest_paths

    EMBEDDERS.setdefault("test-hash", lambda s: HashVectors())
    base = tmp_path_factory.mktemp("scale")
    out = {}
    for n in (SMALL, LARGE):
        corpus = base / f"synth_{n}"
        reports = write_corpus(corpus, n)
        settings = Settings(store=base / f"store_{n}", embedder="test-hash", embedding_cache=base / f"emb_{n}.sqlite")
        store = Store(settings.store, settings)
        summary = ingest_paths([corpus], store, settings, workers=2)
        assert len(summary.added) == n and not summary.failed, summary.render()
        store.close()
        out[n] = (settings, reports)
    return out


def _questions(reports):
    qs = [q["question"] for q in make_questions(reports[:SMALL], 10, seed=5)]
    return qs + ["政府信息公开工作存在的主要问题是什么？"]


def _count_calls(fn) -> Counter:
    counts: Counter = Counter()

    def prof(frame, event, _arg):
        if event == "call":
            code = frame.f_code
            if code.co_filename.startswith(PROJECT):
                counts[(Path(code.co_filename).name, code.co_name)] += 1

    sys.setprofile(prof)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return counts


def test_per_question_work_does_not_grow_with_the_store(stores, monkeypatch):
    from assistant.api import get_chain
    from ingest.index import Store
    from ingest.lexical import LexicalIndex

    questions = _questions(stores[SMALL][1])
    counts, answers = {}, {}
    for n, (settings, _reports) in stores.items():
        chain = get_chain(settings=settings)
        for q in questions:  # warm-up: embedder, segmenter, indexes
            chain.ask(q)
        got = []
        counts[n] = _count_calls(lambda: got.extend(chain.ask(q) for q in questions))
        answers[n] = [(a.answered, a.text) for a in got]
    # the larger store holds the same reports (and more): the named ones are answered the same way
    assert [a for a, _ in answers[SMALL]] == [a for a, _ in answers[LARGE]]
    assert sum(a for a, _ in answers[LARGE]) >= len(questions) // 2
    grown = {f: (counts[SMALL][f], c) for f, c in counts[LARGE].items() if c > 2 * counts[SMALL].get(f, 0) + 10}
    assert not grown, f"called in proportion to the number of reports (small store, large store): {grown}"
    # nothing re-reads the catalog or rebuilds the lexical index per question
    # (names of the *named* reports are read per question: that is covered by the growth check above)
    for name in (Store._read_reports.__name__, LexicalIndex.build.__name__, "flag_same_agency_year", "generic_aliases"):
        assert not any(f[1] == name for f in counts[LARGE]), name


def test_catalog_and_lexical_index_follow_the_store_generation(stores):
    from ingest.index import Store
    from ingest.lexical import LexicalIndex, ensure_index

    settings, _ = stores[SMALL]
    store = Store(settings.store, settings)
    gen = store.generation
    assert LexicalIndex.path_for(store.path, gen).exists()  # saved by the ingest, loaded by readers
    first = store.reports()
    assert store.reports()[0] is first[0]  # cached: not re-parsed
    lex = ensure_index(store)
    assert lex.generation == gen and lex.chunk_doc.dtype == np.int32
    doc = first[0].doc_id
    assert store.set_identity(doc, year=1999)
    assert store.generation == gen + 1
    assert store.report(doc).year == 1999  # a change is seen at once
    assert all(f.year == 1999 for f in store.facts([doc])[:3])
    assert ensure_index(store).generation == gen + 1
    store.close()
