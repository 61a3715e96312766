"""The persistent lexical index: Okapi BM25 as a sparse (chunk x token) weight matrix.

Built once per store generation from the catalog's chunk tokens, saved next to the catalog
(``lexical/gen-<G>.npz``, written atomically) and loaded by every reader of that generation,
so no process rebuilds it per question or re-tokenises chunks.  Doc ids are integer codes
(``chunk_doc``: the report of each chunk row; chunks are ordered by report, so each report's
chunks are one contiguous range).  A question costs O(postings of its tokens), never
O(number of reports).
"""

from __future__ import annotations

import logging
import math
import os
from pathlib import Path

import numpy as np
from scipy import sparse

from ingest.storage import prune_generations, writer_tag

log = logging.getLogger(__name__)

FORMAT = 1
K1, B = 1.5, 0.75


class LexicalIndex:
    def __init__(self, weights: sparse.csc_matrix, vocab: list[str], df: np.ndarray, chunk_ids: np.ndarray,
                 chunk_doc: np.ndarray, doc_ids: list[str], generation: int) -> None:
        self.weights = weights  # n_chunks x n_vocab, CSC: one column = the postings of one token
        self.vocab = {t: i for i, t in enumerate(vocab)}
        self.vocab_list = vocab
        self.df = df
        self.n = weights.shape[0]
        self.chunk_ids = chunk_ids  # numpy str array, row -> chunk id
        self.chunk_doc = chunk_doc  # int32 array, row -> report code
        self.doc_ids = doc_ids  # report code -> doc id
        self.doc_code = {d: i for i, d in enumerate(doc_ids)}
        self.generation = generation

    # --- building ---------------------------------------------------------------------------
    @classmethod
    def build(cls, rows, generation: int) -> "LexicalIndex":
        """`rows`: (chunk_id, doc_id, tokens as one space-separated string), ordered by doc_id, seq."""
        vocab: dict[str, int] = {}
        chunk_ids: list[str] = []
        doc_ids: list[str] = []
        chunk_doc: list[int] = []
        r_idx: list[np.ndarray] = []
        c_idx: list[np.ndarray] = []
        tfs: list[np.ndarray] = []
        lengths: list[int] = []
        for i, (cid, doc_id, toks) in enumerate(rows):
            chunk_ids.append(cid)
            if not doc_ids or doc_ids[-1] != doc_id:
                doc_ids.append(doc_id)
            chunk_doc.append(len(doc_ids) - 1)
            words = toks.split()
            lengths.append(len(words))
            ids = np.fromiter((vocab.setdefault(w, len(vocab)) for w in words), dtype=np.int32, count=len(words))
            u, c = np.unique(ids, return_counts=True)
            r_idx.append(np.full(len(u), i, np.int32))
            c_idx.append(u)
            tfs.append(c.astype(np.float32))
        n = len(chunk_ids)
        rr = np.concatenate(r_idx) if r_idx else np.zeros(0, np.int32)
        cc = np.concatenate(c_idx) if c_idx else np.zeros(0, np.int32)
        tf = np.concatenate(tfs) if tfs else np.zeros(0, np.float32)
        lens = np.asarray(lengths, np.float32)
        avgdl = float(lens.mean()) if n else 1.0
        df = np.bincount(cc, minlength=len(vocab)).astype(np.int64)
        # float32 in the very order of the in-memory BM25 this replaces, so rankings (and answers) are identical
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        denom = tf + K1 * (1 - B + B * lens[rr] / np.float32(avgdl))
        w = idf[cc] * tf * np.float32(K1 + 1) / denom
        weights = sparse.csc_matrix((w.astype(np.float32), (rr, cc)), shape=(n, len(vocab)))
        weights.sort_indices()
        return cls(weights, list(vocab), df, np.asarray(chunk_ids, dtype=str), np.asarray(chunk_doc, np.int32),
                   doc_ids, generation)

    # --- persistence ------------------------------------------------------------------------
    @staticmethod
    def folder(store_path: Path) -> Path:
        return Path(store_path) / "lexical"

    @classmethod
    def path_for(cls, store_path: Path, generation: int) -> Path:
        return cls.folder(store_path) / f"gen-{generation}.npz"

    def save(self, store_path: Path) -> Path:
        folder = self.folder(store_path)
        folder.mkdir(parents=True, exist_ok=True)
        path = self.path_for(store_path, self.generation)
        tmp = path.with_name(f".{path.stem}.{writer_tag()}.tmp.npz")
        w = self.weights
        np.savez(tmp, format=np.array([FORMAT]), indptr=w.indptr, indices=w.indices, data=w.data,
                 shape=np.array(w.shape), vocab=np.asarray(self.vocab_list, dtype=str), df=self.df,
                 chunk_ids=self.chunk_ids, chunk_doc=self.chunk_doc, doc_ids=np.asarray(self.doc_ids, dtype=str),
                 generation=np.array([self.generation]))
        os.replace(tmp, path)
        prune_generations(folder, "gen-*.npz", path.name)
        return path

    @classmethod
    def load(cls, store_path: Path, generation: int) -> "LexicalIndex | None":
        path = cls.path_for(store_path, generation)
        if not path.exists():
            return None
        try:
            with np.load(path, allow_pickle=False) as z:
                if int(z["format"][0]) != FORMAT:
                    return None
                shape = tuple(int(x) for x in z["shape"])
                w = sparse.csc_matrix((z["data"], z["indices"], z["indptr"]), shape=shape)
                return cls(w, z["vocab"].tolist(), z["df"], z["chunk_ids"], z["chunk_doc"], z["doc_ids"].tolist(),
                           int(z["generation"][0]))
        except Exception as e:  # a torn or foreign file: rebuild instead
            log.warning("ignoring the lexical index %s: %s", path, e)
            return None

    # --- querying ---------------------------------------------------------------------------
    def idf(self, token: str) -> float:
        i = self.vocab.get(token)
        df = int(self.df[i]) if i is not None else 0
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def top(self, tokens: list[str], k: int, doc_codes: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The `k` best chunk rows (row, score > 0) for `tokens`, within the reports `doc_codes` (None: all).
        Vectorised over the postings of the question's tokens; ties ordered as the in-memory BM25 did."""
        cols = sorted({self.vocab[t] for t in tokens if t in self.vocab})
        if not cols:
            return []
        w = self.weights
        if doc_codes is not None and len(doc_codes) <= SCOPED_REPORTS:
            return self._top_scoped(cols, k, doc_codes)
        scores = np.zeros(self.n, dtype=np.float32)
        for c in cols:
            s, e = w.indptr[c], w.indptr[c + 1]
            scores[w.indices[s:e]] += w.data[s:e]
        if doc_codes is not None:
            mask = np.zeros(len(self.doc_ids), dtype=bool)
            mask[doc_codes] = True
            scores = np.where(mask[self.chunk_doc], scores, np.float32(0.0))
        top = np.argsort(-scores)[:k]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]


    def doc_ranges(self, doc_codes) -> tuple[np.ndarray, np.ndarray]:
        """Row ranges [start, end) of the reports `doc_codes` (their rows are contiguous), in row order."""
        codes = np.unique(np.asarray(doc_codes, dtype=np.int32))
        return (np.searchsorted(self.chunk_doc, codes, side="left"),
                np.searchsorted(self.chunk_doc, codes, side="right"))

    def _top_scoped(self, cols: list[int], k: int, doc_codes) -> list[tuple[int, float]]:
        """`top` over the rows of the scoped reports only: the postings of each token are cut to the
        reports' row ranges (binary search in the sorted postings), so the work follows the size of the
        scope, never the store (scores summed in the same order as the full path: the same floats)."""
        w = self.weights
        starts, ends = self.doc_ranges(doc_codes)
        sizes = ends - starts
        offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
        local = np.zeros(int(sizes.sum()), dtype=np.float32)
        for c in cols:
            s, e = w.indptr[c], w.indptr[c + 1]
            idx, data = w.indices[s:e], w.data[s:e]
            lo, hi = np.searchsorted(idx, starts), np.searchsorted(idx, ends)
            for j in np.nonzero(hi > lo)[0]:
                local[idx[lo[j] : hi[j]] - starts[j] + offsets[j]] += data[lo[j] : hi[j]]
        order = np.argsort(-local, kind="stable")[:k]
        seg = np.searchsorted(offsets, order, side="right") - 1
        rows = starts[seg] + (order - offsets[seg])
        return [(int(r), float(local[i])) for r, i in zip(rows, order) if local[i] > 0]


# a scope of at most this many reports is scored on its own rows (else over every row, masked)
SCOPED_REPORTS = 512


def rows_of(db) -> list[tuple[str, str, str]]:
    return db.execute("SELECT chunk_id, doc_id, tokens FROM chunks ORDER BY doc_id, seq").fetchall()


def ensure_index(store) -> LexicalIndex:
    """The lexical index of the store's current generation: loaded when saved, else built and saved."""
    got = LexicalIndex.load(store.path, store.generation)
    if got is not None:
        return got
    con = store._reader()
    con.execute("BEGIN")  # one consistent snapshot: the generation and the rows it counts
    try:
        gen = int((con.execute("SELECT value FROM meta WHERE key='generation'").fetchone() or [0])[0])
        rows = rows_of(con)
    finally:
        con.execute("COMMIT")
    index = LexicalIndex.build(rows, gen)
    try:
        index.save(store.path)
    except OSError as e:  # a read-only store folder: serve from memory
        log.warning("could not save the lexical index: %s", e)
    return index
