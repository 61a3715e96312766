"""Hybrid retrieval: BM25 over jieba tokens (with pinyin aliases) + dense vectors from
Chroma, fused by reciprocal rank, restricted to the reports a question names.

`SearchIndex` holds the in-memory lexical index and refreshes it when the store's
generation changes (an ingest ran).  `HybridRetriever` is a LangChain retriever
over it, so the answer chain composes with any other LangChain piece.
"""

from __future__ import annotations

import logging
import math
import threading
from collections import Counter, OrderedDict, defaultdict
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever

from assistant.core.settings import Settings
from assistant.core.text import is_pinyin_word, tokenize
from assistant.core.types import Passage, Report
from ingest.embed import EMBEDDERS, Embedder, get_embedder
from ingest.index import Store
from ingest.lexical import LexicalIndex, ensure_index
from ingest.vectors import DenseMatrix, ensure_matrix, fetch, fetch_where
from ingest.vectors import load as load_matrix

log = logging.getLogger(__name__)


class LangChainEmbeddings(Embeddings):
    """Our embedder behind LangChain's Embeddings interface."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [v.tolist() for v in self.embedder.embed_passages(texts)]

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).tolist()


class BM25:
    """Okapi BM25 over in-memory token lists (kept for callers that index a few texts of their own;
    the store's index is the persistent ingest.lexical.LexicalIndex)."""

    def __init__(self, docs: list[list[str]], k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.n = len(docs)
        self.lengths = np.array([len(d) for d in docs], dtype=np.float32)
        self.avgdl = float(self.lengths.mean()) if self.n else 1.0
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, d in enumerate(docs):
            for tok, tf in Counter(d).items():
                postings[tok].append((i, tf))
        self.postings = {
            t: (np.array([p[0] for p in ps], np.int64), np.array([p[1] for p in ps], np.float32)) for t, ps in postings.items()
        }

    def idf(self, token: str) -> float:
        df = len(self.postings[token][0]) if token in self.postings else 0
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def scores(self, query: list[str]) -> np.ndarray:
        out = np.zeros(self.n, dtype=np.float32)
        for tok in set(query):
            if tok not in self.postings:
                continue
            idx, tf = self.postings[tok]
            denom = tf + self.k1 * (1 - self.b + self.b * self.lengths[idx] / self.avgdl)
            out[idx] += self.idf(tok) * tf * (self.k1 + 1) / denom
        return out


# a rebuild of the lexical index larger than this runs in the background while the previous one serves
SYNC_REBUILD_CHUNKS = 20_000
TEXT_CACHE_REPORTS = 256
# a scoped dense search over more chunk rows than this goes to Chroma (its HNSW graph) instead of the matrix
SCOPED_MAX_ROWS = 200_000
# until the matrix is there (the first minutes after an ingest), the vectors of a scope this small are read from
# Chroma by id and ranked exactly, so an answer does not depend on whether the background build has finished
FETCHED_MAX_ROWS = 5_000
FETCHED_MAX_NEW_REPORTS = 50


class SearchIndex:
    """Everything retrieval needs from one store, kept warm between questions and shared by threads.

    Per question nothing here walks the reports: the catalog comes from the Store's cache (re-read
    only when the store's generation changes), lexical search reads the postings of the question's
    tokens from the persistent sparse index, report scopes are integer codes.  When the store changes
    while serving, a small index is rebuilt at once; a large one in a background thread while the
    previous one keeps serving (reports added meanwhile are found by the dense search until it is ready).
    """

    def __init__(self, store: Store, settings: Settings) -> None:
        store.check_location()
        self.store = store
        self.settings = settings
        self._lock = threading.Lock()
        self._model_lock = threading.Lock()  # the embedder and the vector store load apart from refresh()
        self._generation = -1
        self._embedder: Embedder | None = None
        self._vectorstore = None
        self._rebuilding: threading.Thread | None = None
        self._texts: OrderedDict[str, tuple[str, str, list[int]]] = OrderedDict()
        self._texts_lock = threading.Lock()
        self.bm25: LexicalIndex | None = None
        self.matrix: DenseMatrix | None = None  # chunk vectors of the lexical index's rows (scoped dense search)
        self._matrix_building: threading.Thread | None = None
        self.reports: list[Report] = []
        self.by_doc: dict[str, Report] = {}
        # load the query embedder, the segmenter and the names index while the catalog and the lexical
        # index load (2 cores): the first question finds them ready
        self._opened = threading.Event()
        threading.Thread(target=self._warm, name="search-warm-up", daemon=True).start()
        try:
            self.refresh()
        finally:
            self._opened.set()

    def _warm(self) -> None:
        try:
            if self.store.meta("embedder_key") is not None:  # a store with vectors
                self.embedder.embed_query("预热")  # back-ends load lazily (model, tokenizer) on the first call
            tokenize("预热")  # the segmenter's dictionary
            is_pinyin_word("warm")  # the pinyin syllable table (the first English question with a place name)
            if self._opened.wait(120) and self.reports:
                from assistant.scope import names_index

                names_index(self.reports)  # built once per catalog (the scope step of every question)
            if self.store.meta("embedder_key") is not None:
                self.vectorstore  # unscoped questions search Chroma
                self.store.collection.count()
        except Exception:  # the first question reports any problem itself
            log.debug("warm-up failed", exc_info=True)

    @property
    def generation(self) -> int:
        return self._generation

    def refresh(self) -> None:
        gen = self.store.generation
        if gen == self._generation:
            return
        with self._lock:
            gen = self.store.generation
            if gen == self._generation:
                return
            lex = self.bm25
            if lex is None or lex.n <= SYNC_REBUILD_CHUNKS:
                lex = ensure_index(self.store)
            elif self._rebuilding is None or not self._rebuilding.is_alive():
                self._rebuilding = threading.Thread(target=self._rebuild_lexical, name="lexical-rebuild", daemon=True)
                self._rebuilding.start()
            reports = self.store.reports()
            catalog_gen = getattr(self.store, "_catalog_gen", None)  # the generation these reports are of
            if isinstance(catalog_gen, int) and catalog_gen >= 0:
                from assistant.scope import register_source

                register_source(reports, self.store.path, catalog_gen)  # its names table: a per-generation file
            # one consistent snapshot for readers: swap the attributes, never mutate them
            self.bm25 = lex
            self._use_matrix(lex)
            self.reports, self.by_doc = reports, self.store.report_map()
            with self._texts_lock:
                self._texts.clear()
            self._generation = gen

    def _rebuild_lexical(self) -> None:
        try:
            while True:  # until the index is of the store's latest generation (an ingest may still be running)
                lex = ensure_index(self.store)
                with self._lock:
                    if self.bm25 is None or lex.generation >= self.bm25.generation:
                        self.bm25 = lex
                        self._use_matrix(lex)
                if self.store.generation == lex.generation:
                    return
        except Exception:  # keep serving the previous index
            log.exception("rebuilding the lexical index failed")

    def _use_matrix(self, lex: LexicalIndex) -> None:
        """The vector matrix of `lex`'s generation: mapped at once when saved, else built in the background
        (scoped dense searches go to Chroma until it is ready)."""
        if self.matrix is not None and self.matrix.generation == lex.generation:
            return
        try:
            got = load_matrix(self.store.path, lex.generation, lex.chunk_ids)
        except Exception:  # pragma: no cover - a broken file is rebuilt
            got = None
        if got is not None or self.store.meta("embedder_key") is None:  # (no vectors yet: nothing to build)
            self.matrix = got
            return
        if self._matrix_building is not None and self._matrix_building.is_alive():
            return  # the thread picks up the newest index when it is done

        def build() -> None:
            try:
                while True:
                    current = self.bm25
                    if current is None:
                        return
                    dm = ensure_matrix(self.store, current)
                    if self.bm25 is current:
                        self.matrix = dm
                        return
            except Exception:  # keep searching through Chroma
                log.exception("building the vector matrix failed")

        self._matrix_building = threading.Thread(target=build, name="vector-matrix", daemon=True)
        self._matrix_building.start()

    def texts(self, doc_id: str) -> tuple[str, str, list[int]]:
        """(original, cleaned, cleaned->original index) of a report, cached (the most recent reports)."""
        with self._texts_lock:
            got = self._texts.get(doc_id)
            if got is not None:
                self._texts.move_to_end(doc_id)
                return got
        got = self.store.texts(doc_id)
        if got is None:
            raise KeyError(doc_id)
        with self._texts_lock:
            self._texts[doc_id] = got
            while len(self._texts) > TEXT_CACHE_REPORTS:
                self._texts.popitem(last=False)
        return got

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            with self._model_lock:
                if self._embedder is None:
                    # the query must be embedded by the model that embedded the store
                    key = self.store.meta("embedder_key") or self.settings.embedder
                    if key not in EMBEDDERS:
                        key = self.settings.embedder
                    self._embedder = get_embedder(self.settings.model_copy(update={"embedder": key}))
        return self._embedder

    @property
    def vectorstore(self):
        if self._vectorstore is None:
            from langchain_chroma import Chroma

            emb = LangChainEmbeddings(self.embedder)
            with self._model_lock:
                if self._vectorstore is None:
                    self._vectorstore = Chroma(
                        client=self.store.chroma,
                        collection_name=self.settings.collection,
                        embedding_function=emb,
                        create_collection_if_not_exists=False,
                    )
        return self._vectorstore

    def lexical(self, query: str, doc_ids: list[str] | None, k: int) -> list[tuple[str, float]]:
        lex = self.bm25
        if lex is None:
            return []
        codes = None
        if doc_ids is not None:
            codes = np.fromiter((lex.doc_code[d] for d in doc_ids if d in lex.doc_code), dtype=np.int32)
            if not len(codes):
                return []
        return [(str(lex.chunk_ids[i]), s) for i, s in lex.top(tokenize(query), k, codes)]

    def dense(self, query: str, doc_ids: list[str] | None, k: int) -> list[tuple[str, float]]:
        if not self.by_doc:
            return []
        vec = self.embedder.embed_query(query)
        if doc_ids:
            got = self.dense_scoped(vec, doc_ids, k)
            if got is None:
                got = self.dense_fetched(vec, doc_ids, k)
            if got is not None:
                return got
        where = {"doc_id": {"$in": list(doc_ids)}} if doc_ids else None
        hits = self.vectorstore.similarity_search_by_vector_with_relevance_scores(vec.tolist(), k=k, filter=where)
        known = self.by_doc
        return [(d.id, 1.0 - float(dist)) for d, dist in hits if d.metadata.get("doc_id") in known]

    def dense_scoped(self, vec: np.ndarray, doc_ids: list[str], k: int) -> list[tuple[str, float]] | None:
        """Exact cosine search over the rows of the scoped reports only (the memory-mapped matrix), or
        None when the matrix cannot answer (not built yet, a report newer than the index, a huge scope)."""
        lex, dm = self.bm25, self.matrix
        if lex is None or dm is None or dm.generation != lex.generation or dm.n != lex.n:
            return None
        codes = [lex.doc_code.get(d) for d in doc_ids]
        if any(c is None for c in codes):
            return None
        starts, ends = lex.doc_ranges(codes)
        total = int((ends - starts).sum())
        if total > SCOPED_MAX_ROWS:
            return None
        return [(str(lex.chunk_ids[i]), s) for i, s in dm.top_ranges(vec, starts, ends, k)]

    def dense_fetched(self, vec: np.ndarray, doc_ids: list[str], k: int) -> list[tuple[str, float]] | None:
        """The exact ranking `dense_scoped` gives, for when the matrix cannot: the scoped reports' vectors read
        from Chroma (by id for the reports of the lexical index, by report for newer ones).  None for a scope
        too large to read per question (Chroma's HNSW answers it)."""
        lex = self.bm25
        known = [d for d in doc_ids if lex is not None and d in lex.doc_code]
        newer = sorted(set(doc_ids) - set(known))
        if len(newer) > FETCHED_MAX_NEW_REPORTS:
            return None
        ids: list[str] = []
        if known:
            starts, ends = lex.doc_ranges([lex.doc_code[d] for d in known])
            if int((ends - starts).sum()) > FETCHED_MAX_ROWS:
                return None
            ids = [str(lex.chunk_ids[i]) for a, b in zip(starts, ends) for i in range(int(a), int(b))]
        coll = self.store.collection
        try:
            vectors = [fetch(coll, ids)] if ids else []
        except KeyError:  # a report deleted since the lexical index was built: Chroma's own search answers
            return None
        if newer:
            more_ids, more = fetch_where(coll, newer)
            ids += more_ids
            vectors.append(more)
        vectors = [v for v in vectors if len(v)]
        if not vectors:
            return []
        matrix = DenseMatrix(np.concatenate(vectors), -1, None)
        return [(ids[i], s) for i, s in matrix.top(vec, np.arange(matrix.n), k)]

    def scope_chunks(self, doc_ids: list[str] | None, limit: int) -> list[str] | None:
        """Every chunk id of the scoped reports, in text order, when they hold at most `limit` chunks; else None
        (no scope, a large one, or a report newer than the lexical index)."""
        lex = self.bm25
        if lex is None or not doc_ids:
            return None
        codes = [lex.doc_code.get(d) for d in doc_ids]
        if any(c is None for c in codes):
            return None
        starts, ends = lex.doc_ranges(codes)
        if int((ends - starts).sum()) > limit:
            return None
        return [str(lex.chunk_ids[i]) for a, b in zip(starts, ends) for i in range(int(a), int(b))]

    def search(self, query: str, doc_ids: list[str] | None = None, k: int | None = None) -> list[Passage]:
        """Top chunks by reciprocal-rank fusion of lexical and dense rankings."""
        self.refresh()
        k = k or self.settings.top_k
        if doc_ids is not None and not doc_ids:
            return []
        n = self.settings.candidates
        fused: dict[str, float] = defaultdict(float)
        few = self.scope_chunks(doc_ids, k)
        if few is not None:
            # the scoped reports hold no more chunks than are handed on: every one of them goes, the lexical
            # ranking first, and no query embedding is needed to choose among them
            ranked = [cid for cid, _s in self.lexical(query, doc_ids, n)]
            rankings = [[(cid, 0.0) for cid in dict.fromkeys(ranked + few)]]
        else:
            rankings = [self.lexical(query, doc_ids, n), self.dense(query, doc_ids, n)]
        for ranking in rankings:
            for rank, (cid, _score) in enumerate(ranking):
                fused[cid] += 1.0 / (self.settings.rrf_k + rank + 1)
        best = sorted(fused.items(), key=lambda x: -x[1])[:k]
        chunks = self.store.chunks_by_id([cid for cid, _ in best])
        return [Passage(chunks[cid], score) for cid, score in best if cid in chunks]


class HybridRetriever(BaseRetriever):
    """LangChain retriever over a SearchIndex; `doc_ids` restricts it to named reports."""

    index: Any
    doc_ids: list[str] | None = None
    k: int = 6

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [
            Document(page_content=c.text, metadata={**c.model_dump(), "score": s}, id=c.chunk_id)
            for c, s in self.index.search(query, self.doc_ids, self.k)
        ]


_indexes: dict[str, SearchIndex] = {}
_indexes_lock = threading.Lock()


def get_index(settings: Settings) -> SearchIndex:
    """One warm SearchIndex per store folder per process."""
    key = str(settings.store.resolve())
    with _indexes_lock:
        if key not in _indexes:
            _indexes[key] = SearchIndex(Store(settings.store, settings), settings)
        return _indexes[key]
