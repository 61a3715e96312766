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
from collections import Counter, defaultdict
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever

from assistant.core.settings import Settings
from assistant.core.types import Chunk, Report
from ingest.embed import EMBEDDERS, Embedder, get_embedder
from ingest.index import Store
from assistant.core.text import tokenize

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


class SearchIndex:
    """Everything retrieval needs from one store, kept warm between questions."""

    def __init__(self, store: Store, settings: Settings) -> None:
        store.check_location()
        self.store = store
        self.settings = settings
        self._lock = threading.Lock()
        self._generation = -1
        self._embedder: Embedder | None = None
        self._vectorstore = None
        self.refresh()

    def refresh(self) -> None:
        with self._lock:
            gen = self.store.generation
            if gen == self._generation:
                return
            ids, docs, tokens = [], [], []
            for cid, doc_id, _sec, _kind, _s, _e, _text, _clean, toks in self.store.chunk_rows():
                ids.append(cid)
                docs.append(doc_id)
                tokens.append(toks.split())
            self.chunk_ids = ids
            self.chunk_docs = np.array(docs, dtype=object)
            self.bm25 = BM25(tokens)
            self.reports: list[Report] = self.store.reports()
            self.by_doc: dict[str, Report] = {r.doc_id: r for r in self.reports}
            self._texts: dict[str, tuple[str, str, list[int]]] = {}
            self._generation = gen

    def texts(self, doc_id: str) -> tuple[str, str, list[int]]:
        """(original, cleaned, cleaned->original index) of a report, cached."""
        if doc_id not in self._texts:
            got = self.store.texts(doc_id)
            if got is None:
                raise KeyError(doc_id)
            self._texts[doc_id] = got
        return self._texts[doc_id]

    @property
    def embedder(self) -> Embedder:
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

            self._vectorstore = Chroma(
                client=self.store.chroma,
                collection_name=self.settings.collection,
                embedding_function=LangChainEmbeddings(self.embedder),
                create_collection_if_not_exists=False,
            )
        return self._vectorstore

    def lexical(self, query: str, doc_ids: list[str] | None, k: int) -> list[tuple[str, float]]:
        toks = tokenize(query)
        scores = self.bm25.scores(toks)
        if doc_ids is not None:
            scores = np.where(np.isin(self.chunk_docs, list(doc_ids)), scores, 0.0)
        top = np.argsort(-scores)[:k]
        return [(self.chunk_ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def dense(self, query: str, doc_ids: list[str] | None, k: int) -> list[tuple[str, float]]:
        if not self.chunk_ids:
            return []
        where = {"doc_id": {"$in": list(doc_ids)}} if doc_ids else None
        vec = self.embedder.embed_query(query).tolist()
        hits = self.vectorstore.similarity_search_by_vector_with_relevance_scores(vec, k=k, filter=where)
        known = set(self.by_doc)
        return [(d.id, 1.0 - float(dist)) for d, dist in hits if d.metadata.get("doc_id") in known]

    def search(self, query: str, doc_ids: list[str] | None = None, k: int | None = None) -> list[tuple[Chunk, float]]:
        """Top chunks by reciprocal-rank fusion of lexical and dense rankings."""
        self.refresh()
        k = k or self.settings.top_k
        if doc_ids is not None and not doc_ids:
            return []
        n = self.settings.candidates
        fused: dict[str, float] = defaultdict(float)
        for ranking in (self.lexical(query, doc_ids, n), self.dense(query, doc_ids, n)):
            for rank, (cid, _score) in enumerate(ranking):
                fused[cid] += 1.0 / (self.settings.rrf_k + rank + 1)
        best = sorted(fused.items(), key=lambda x: -x[1])[:k]
        chunks = self.store.chunks_by_id([cid for cid, _ in best])
        return [(chunks[cid], score) for cid, score in best if cid in chunks]


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
