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
        # steady state (a scoped dense search is exact with or without the matrix: test_scoped_dense_search_is_exact_…)
        assert chain.wait_ready(timeout=600)
        got = []
        counts[n] = _count_calls(lambda: got.extend(chain.ask(q) for q in questions))
        answers[n] = [(a.answered, a.text) for a in got]
    # the larger store holds the same reports (and more): the named ones are answered the same way (the last
    # question names no report: over 40 reports it may well be answered otherwise than over 8)
    assert [a for a, _ in answers[SMALL][:-1]] == [a for a, _ in answers[LARGE][:-1]]
    assert sum(a for a, _ in answers[LARGE]) >= len(questions) // 2
    grown = {f: (counts[SMALL][f], c) for f, c in counts[LARGE].items() if c > 2 * counts[SMALL].get(f, 0) + 10}
    assert not grown, f"called in proportion to the number of reports (small store, large store): {grown}"
    # nothing re-reads the catalog or rebuilds the lexical index per question
    # (names of the *named* reports are read per question: that is covered by the growth check above)
    for name in (Store._read_reports.__name__, LexicalIndex.build.__name__, "flag_same_agency_year", "generic_aliases",
                 "read_db", "load_catalog", "ensure_matrix", "_use_matrix"):
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


def test_catalog_file_per_generation(stores, monkeypatch):
    """The catalog of a generation is read from SQLite once, saved as a compact file (ingest.catalog) and
    loaded from it by every later reader; a write makes a new generation and a new file."""
    from ingest import catalog
    from ingest.index import Store

    settings, _ = stores[SMALL]
    store = Store(settings.store, settings)
    gen = store.generation
    assert catalog.path_for(store.path, gen).exists()  # saved at the end of the ingest
    from_db = catalog.read_db(store._reader())[1]

    def no_db_read(_con):
        raise AssertionError("the catalog was read from SQLite although its file is saved")

    monkeypatch.setattr(catalog, "read_db", no_db_read)
    fresh = Store(settings.store, settings)
    from_file = fresh.reports()
    assert [r.model_dump() for r in from_file] == [r.model_dump() for r in from_db]
    assert [r.display_title for r in from_file] == [r.display_title for r in from_db]
    monkeypatch.undo()
    doc = from_file[1].doc_id
    old_year = fresh.report(doc).year
    assert fresh.set_identity(doc, year=1998)
    assert fresh.report(doc).year == 1998  # the new generation is read from SQLite and saved
    assert catalog.path_for(store.path, gen + 1).exists() and not catalog.path_for(store.path, gen).exists()
    # a torn file is ignored, not trusted
    catalog.path_for(store.path, gen + 1).write_bytes(b"\x00torn")
    assert catalog.load(store.path, gen + 1) is None
    assert Store(settings.store, settings).report(doc).year == 1998
    assert fresh.set_identity(doc, year=old_year)
    fresh.close()
    store.close()


def test_scoped_dense_search_reads_only_the_scoped_rows(stores, monkeypatch):
    """A search scoped to reports ranks their chunks exactly (cosine over the memory-mapped matrix of the
    generation, ingest.vectors), without asking Chroma; the matrix holds Chroma's own vectors."""
    from assistant.retrieve import SearchIndex
    from ingest.index import Store
    from ingest.lexical import ensure_index
    from ingest.vectors import load, path_for

    settings, _ = stores[LARGE]
    store = Store(settings.store, settings)
    lex = ensure_index(store)
    assert path_for(store.path, lex.generation).exists()  # built by the ingest
    dm = load(store.path, lex.generation, lex.chunk_ids)
    assert dm is not None and dm.n == lex.n and dm.matrix.dtype == np.float32 and isinstance(dm.matrix, np.memmap)
    sample = [str(lex.chunk_ids[i]) for i in (0, lex.n // 2, lex.n - 1)]
    got = store.collection.get(ids=sample, include=["embeddings"])
    stored = {c: np.asarray(e, np.float32) for c, e in zip(got["ids"], got["embeddings"])}
    for i, cid in zip((0, lex.n // 2, lex.n - 1), sample):
        assert np.allclose(dm.matrix[i], stored[cid])

    index = SearchIndex(store, settings)
    assert index.matrix is not None and index.matrix.generation == index.bm25.generation
    docs = [r.doc_id for r in index.reports[:3]]

    def no_chroma(*_a, **_k):
        raise AssertionError("a scoped search went to Chroma")

    monkeypatch.setattr(type(index.vectorstore), "similarity_search_by_vector_with_relevance_scores", no_chroma)
    query = "政府信息公开申请 收到"
    hits = index.dense(query, docs, 10)
    # exact: the brute-force ranking of every chunk of those reports by Chroma's vectors
    every = store.collection.get(where={"doc_id": {"$in": docs}}, include=["embeddings"])
    q = index.embedder.embed_query(query)
    scores = {c: float(np.dot(np.asarray(e, np.float32), q)) for c, e in zip(every["ids"], every["embeddings"])}
    best = sorted(scores.values(), reverse=True)[:10]
    assert len(hits) == min(10, len(scores))
    assert all(c in scores for c, _ in hits)
    assert np.allclose([s for _, s in hits], best, atol=1e-5)
    assert {store.chunks_by_id([c])[c].doc_id for c, _ in hits} <= set(docs)
    assert index.search(query, docs, 4)  # the whole hybrid search, scoped, without Chroma
    monkeypatch.undo()
    # a report the matrix does not know (newer than the index): Chroma answers instead
    assert index.dense_scoped(q, ["not-a-report"], 5) is None
    store.close()


def test_scoped_dense_search_is_exact_before_the_matrix_is_built(stores, monkeypatch):
    """Until a generation's matrix is built (in the background, minutes after a large ingest), a scoped search
    reads the scoped reports' vectors from Chroma and ranks them exactly: the same chunks and scores as the
    matrix gives, so an answer does not depend on whether the build has finished; never the approximate HNSW."""
    from assistant import retrieve
    from assistant.retrieve import SearchIndex
    from ingest.index import Store

    settings, _ = stores[LARGE]
    store = Store(settings.store, settings)
    index = SearchIndex(store, settings)
    docs = [r.doc_id for r in index.reports[:3]]
    query = "政府信息公开申请 收到 行政复议"
    with_matrix = index.dense(query, docs, 10)
    assert index.matrix is not None and len(with_matrix) == 10

    def ranked(hits):
        scores = [s for _c, s in hits]
        above = {c for c, s in hits if s > scores[-1] + 1e-6}  # ties at the cut may come in any order
        return np.round(scores, 5).tolist(), above

    def no_chroma(*_a, **_k):
        raise AssertionError("a scoped search went to Chroma's HNSW")

    vectorstore = type(index.vectorstore)
    monkeypatch.setattr(vectorstore, "similarity_search_by_vector_with_relevance_scores", no_chroma)
    monkeypatch.setattr(index, "matrix", None)  # not built yet
    assert ranked(index.dense(query, docs, 10)) == ranked(with_matrix)
    # reports newer than the lexical index (a large index rebuilds in the background): read by report
    lex = index.bm25
    monkeypatch.setattr(index, "bm25", None)
    assert ranked(index.dense(query, docs, 10)) == ranked(with_matrix)
    # a scope too large to read per question is Chroma's to answer
    monkeypatch.setattr(index, "bm25", lex)
    monkeypatch.setattr(retrieve, "FETCHED_MAX_ROWS", 1)
    assert index.dense_fetched(index.embedder.embed_query(query), docs, 10) is None
    monkeypatch.undo()
    store.close()


def test_vector_matrix_follows_the_generation_and_reuses_rows(stores):
    """A new generation gets a new matrix; rows of chunks already in the previous one are copied, not
    fetched from Chroma again; the old generation's files go."""
    import json

    from ingest.index import Store
    from ingest.lexical import ensure_index
    from ingest.vectors import ensure_matrix, path_for

    settings, _ = stores[SMALL]
    store = Store(settings.store, settings)
    gen = store.generation
    doc = store.reports()[0].doc_id
    year = store.report(doc).year
    assert store.set_identity(doc, year=1997)  # a new generation, the same chunks
    lex = ensure_index(store)
    dm = ensure_matrix(store, lex)
    assert dm.generation == gen + 1 and dm.n == lex.n
    meta = json.loads(path_for(store.path, gen + 1).with_suffix(".json").read_text())
    assert meta["copied"] == lex.n and meta["fetched"] == 0
    assert not path_for(store.path, gen).exists()
    assert store.set_identity(doc, year=year)
    store.close()


def test_scoped_lexical_search_scores_only_the_scoped_rows(stores, monkeypatch):
    """A scoped BM25 search cuts each token's postings to the scoped reports' rows: the same scores as
    scoring every row and masking (the full path), and only rows of those reports."""
    from assistant.core.text import tokenize
    from ingest import lexical
    from ingest.index import Store
    from ingest.lexical import ensure_index

    settings, _ = stores[LARGE]
    store = Store(settings.store, settings)
    lex = ensure_index(store)
    tokens = tokenize("政府信息公开申请 收到 行政复议 主动公开")
    for codes in ([0], [1, 3], list(range(0, len(lex.doc_ids), 3))):
        scoped = lex.top(tokens, 12, np.array(codes, np.int32))
        monkeypatch.setattr(lexical, "SCOPED_REPORTS", -1)
        full = lex.top(tokens, 12, np.array(codes, np.int32))
        monkeypatch.undo()
        assert scoped and [s for _, s in scoped] == [s for _, s in full]
        assert all(int(lex.chunk_doc[r]) in codes for r, _ in scoped)
        assert sorted(r for r, s in scoped if s > min(s for _, s in scoped)) == sorted(
            r for r, s in full if s > min(s for _, s in full))  # the same rows (ties at the cut aside)
    store.close()


def test_label_sample_file_per_generation(stores, monkeypatch):
    """The FactIndex's label sample (idf + label texts) is saved per store generation (assistant/label_sample.py),
    read back by the next reader instead of reading the sample's facts, rebuilt when missing or torn, and a
    reader of the file finds the same facts, idf and label ranking as one that built it."""
    from types import SimpleNamespace

    from assistant import label_sample
    from assistant.fact_index import FactIndex
    from ingest.index import Store

    settings, _ = stores[LARGE]
    store = Store(settings.store, settings)
    reports = store.reports()
    gen = store.generation
    idx = SimpleNamespace(store=store, reports=reports, generation=gen, settings=None)
    path = label_sample.path_for(store.path, gen)
    path.unlink(missing_ok=True)

    def built():
        fi = FactIndex(idx)
        fi._refresh()  # (the warm-up thread may have done it already)
        return fi

    first = built()
    assert path.exists()  # written by the reader that built the sample
    doc_ids = [r.doc_id for r in reports[:3]]
    terms = {"主动公开": 1.0, "政府信息": 1.0}
    expected = (first._idf, [f.model_dump() for f in first.facts(doc_ids)],
                [(f.model_dump(), s) for f, s in first.search("主动公开政府信息", terms, doc_ids, dense=False)])

    sample_reads = []
    real_facts = store.facts

    def counting(ids, *a, **k):
        sample_reads.append(list(ids))
        return real_facts(ids, *a, **k)

    monkeypatch.setattr(store, "facts", counting)
    again = built()
    assert again._idf == first._idf and not again._by_doc  # read back: no facts read for the sample
    assert not any(len(ids) > 1 and set(ids) == set(first._sample()) for ids in sample_reads)
    got = (again._idf, [f.model_dump() for f in again.facts(doc_ids)],
           [(f.model_dump(), s) for f, s in again.search("主动公开政府信息", terms, doc_ids, dense=False)])
    assert got == expected
    monkeypatch.undo()

    path.unlink()  # deleting it is safe: the next reader rebuilds it
    rebuilt = built()
    assert path.exists() and rebuilt._idf == first._idf
    path.write_bytes(b"\x00torn")  # a torn file is ignored and rebuilt
    assert label_sample.load(store.path, gen, len(reports), first._sample()) is None
    assert built()._idf == first._idf and label_sample.load(store.path, gen, len(reports), first._sample()) is not None
    # another generation or catalog size does not read it
    assert label_sample.load(store.path, gen + 1, len(reports), first._sample()) is None
    assert label_sample.load(store.path, gen, len(reports) + 1, first._sample()) is None
    store.close()


def test_names_table_file_per_generation(stores):
    """The names index's table is saved per store generation (assistant/names_table.py), read back by the
    next reader (only the automaton is built), rebuilt when missing or torn, and matches the same reports."""
    from assistant import names_table, scope
    from ingest.index import Store

    settings, reports_key = stores[LARGE]
    store = Store(settings.store, settings)
    gen = store.generation
    path = names_table.path_for(store.path, gen)
    path.unlink(missing_ok=True)

    def fresh_index():
        reports = store.reports()  # a new list: names_index builds (or loads) a new index for it
        scope.register_source(reports, store.path, store._catalog_gen)
        return scope.names_index(reports)

    built = fresh_index()
    assert not built.loaded and path.exists()
    loaded = fresh_index()
    assert loaded.loaded and loaded.table == built.table
    questions = [q["question"] for q in make_questions(reports_key, 30)]
    for q in questions:
        a, b = built.match(q.lower()), loaded.match(q.lower())
        assert a[0] == b[0] and [r.doc_id for r in a[1]] == [r.doc_id for r in b[1]]
    assert any(built.match(q.lower())[1] for q in questions)
    path.unlink()  # deleting it is safe: the next reader rebuilds it
    again = fresh_index()
    assert not again.loaded and path.exists() and again.table == built.table
    path.write_bytes(b"\x00torn")  # a torn file is ignored and rebuilt
    assert names_table.load(store.path, gen, [r.doc_id for r in store.reports()]) is None
    assert not fresh_index().loaded and fresh_index().loaded
    assert names_table.load(store.path, gen + 1, [r.doc_id for r in store.reports()]) is None  # another generation
    # a reports list of no registered store builds in memory, as before
    assert not scope.NamesIndex(store.reports()).loaded
    store.close()


def test_temporary_files_of_derived_data_are_per_thread():
    # two threads of one process writing the same generation's matrix once shared one temporary file: the
    # second truncated what the first had memory-mapped (a bus error in CI); each writer now has its own
    import threading

    from ingest.storage import writer_tag

    tags: list[str] = []
    both = threading.Barrier(2)  # alive at the same time (an ended thread's id may be reused)

    def write():
        tags.append(writer_tag())
        both.wait()

    threads = [threading.Thread(target=write) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(tags)) == 2 and all(tag.startswith(f"{__import__('os').getpid()}-") for tag in tags)
