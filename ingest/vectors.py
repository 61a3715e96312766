"""The chunk vectors as one memory-mapped float32 matrix per store generation.

Chroma answers a search over the whole store (its HNSW graph).  A question that names its reports
needs only their chunks, and asking Chroma for those through a metadata filter costs time that grows
with the store.  So every generation also keeps ``vectors/gen-<G>.npy`` (rows in the order of the
lexical index of the same generation: ``LexicalIndex.chunk_ids``, chunks grouped by report, each
report's rows one contiguous range) with ``gen-<G>.json`` (generation, rows, dim, embedder, a digest
of the row ids).  A scoped dense search is then one small matrix-vector product over the scoped rows
of a memory-mapped file (the pages of other reports are never read).

The matrix is derived data, built from Chroma's stored vectors (the source of truth) once per
generation: by the ingest when it ends, else by the first reader (in the background; searches go to
Chroma meanwhile).  Rows of chunks already in the previous generation's matrix are copied from it, so
an incremental ingest fetches only the new chunks' vectors.  Deleting the folder costs one rebuild.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from pathlib import Path

import numpy as np

from ingest.storage import prune_generations, writer_tag

log = logging.getLogger(__name__)

FORMAT = 1
FETCH = 2000  # vectors per Chroma get()


def folder(store_path: Path) -> Path:
    return Path(store_path) / "vectors"


def path_for(store_path: Path, generation: int) -> Path:
    return folder(store_path) / f"gen-{generation}.npy"


def ids_digest(chunk_ids) -> str:
    """A digest of the row ids (a numpy str array hashes as one buffer: milliseconds for 100,000 rows)."""
    return hashlib.sha256(np.ascontiguousarray(np.asarray(chunk_ids, dtype=str)).tobytes()).hexdigest()[:32]


class DenseMatrix:
    """Row i = the vector of chunk row i of the lexical index of `generation` (unit length)."""

    def __init__(self, matrix: np.ndarray, generation: int, embedder: str | None) -> None:
        self.matrix = matrix
        self.generation = generation
        self.embedder = embedder

    @property
    def n(self) -> int:
        return int(self.matrix.shape[0])

    def top_ranges(self, query: np.ndarray, starts: np.ndarray, ends: np.ndarray, k: int) -> list[tuple[int, float]]:
        """`top` over the rows of the ranges [start, end) (one per report), read as slices of the mapped
        file (no copy of the rows; adjacent ranges merged)."""
        q = np.asarray(query, dtype=np.float32)
        parts: list[np.ndarray] = []
        rows: list[np.ndarray] = []
        merged: list[list[int]] = []
        for a, b in zip(starts.tolist(), ends.tolist()):
            if b <= a:
                continue
            if merged and merged[-1][1] == a:
                merged[-1][1] = b
            else:
                merged.append([a, b])
        for a, b in merged:
            parts.append(self.matrix[a:b] @ q)
            rows.append(np.arange(a, b))
        if not parts:
            return []
        return self._best(np.concatenate(rows), np.concatenate(parts), k)

    def top(self, query: np.ndarray, rows: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The `k` rows of `rows` most similar to `query` (cosine: rows and query are unit vectors),
        best first, as (row, similarity)."""
        if not len(rows):
            return []
        return self._best(rows, self.matrix[rows] @ np.asarray(query, dtype=np.float32), k)

    @staticmethod
    def _best(rows: np.ndarray, scores: np.ndarray, k: int) -> list[tuple[int, float]]:
        if len(scores) > k:
            part = np.argpartition(-scores, k - 1)[:k]
            order = part[np.argsort(-scores[part], kind="stable")]
        else:
            order = np.argsort(-scores, kind="stable")
        return [(int(rows[i]), float(scores[i])) for i in order]


def load(store_path: Path, generation: int, chunk_ids=None) -> DenseMatrix | None:
    """The saved matrix of `generation` (memory-mapped), or None.  With `chunk_ids` (the lexical
    index's rows), a matrix of other rows is refused."""
    path = path_for(store_path, generation)
    meta_path = path.with_suffix(".json")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT or meta.get("generation") != generation:
            return None
        if chunk_ids is not None and (meta.get("rows") != len(chunk_ids) or meta.get("ids") != ids_digest(chunk_ids)):
            return None
        m = np.load(path, mmap_mode="r")
    except FileNotFoundError:
        return None
    except Exception as e:  # a torn or foreign file: rebuild instead
        log.warning("ignoring the vector matrix %s: %s", path, e)
        return None
    if m.dtype != np.float32 or m.ndim != 2 or m.shape[0] != meta.get("rows"):
        return None
    return DenseMatrix(m, generation, meta.get("embedder"))


def _previous(store_path: Path, embedder: str | None) -> tuple[np.ndarray, dict[str, int]] | None:
    """The newest saved matrix of an earlier generation of the same embedder, with its row ids (to reuse its rows)."""
    best = None
    for meta_path in folder(store_path).glob("gen-*.json"):
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            ids_path = meta_path.with_name(meta_path.stem + ".ids.npy")
            if meta.get("embedder") != embedder:
                continue
            if best is None or meta["generation"] > best[0]["generation"]:
                best = (meta, meta_path.with_suffix(".npy"), ids_path)
        except Exception:
            continue
    if best is None:
        return None
    try:
        m = np.load(best[1], mmap_mode="r")
        ids = np.load(best[2], allow_pickle=False)
        return m, {str(c): i for i, c in enumerate(ids)}
    except Exception:
        return None


def build(store, chunk_ids, generation: int) -> DenseMatrix:
    """Fetch the vectors of `chunk_ids` (rows of the lexical index of `generation`) and save the matrix."""
    ids = [str(c) for c in chunk_ids]
    embedder = store.meta("embedder")
    prev = _previous(store.path, embedder)
    dim = None
    rows: dict[int, np.ndarray] = {}
    missing: list[int] = []
    if prev is not None:
        pm, pos = prev
        dim = pm.shape[1]
        for i, cid in enumerate(ids):
            j = pos.get(cid)
            if j is None:
                missing.append(i)
            else:
                rows[i] = j
    else:
        missing = list(range(len(ids)))
    vectors = fetch(store.collection, [ids[i] for i in missing])
    fetched = dict(zip(missing, vectors))
    if len(vectors):
        dim = dim or vectors.shape[1]
    d = folder(store.path)
    d.mkdir(parents=True, exist_ok=True)
    path = path_for(store.path, generation)
    tmp = path.with_name(f".{path.stem}.{writer_tag()}.tmp.npy")
    out = np.lib.format.open_memmap(tmp, mode="w+", dtype=np.float32, shape=(len(ids), dim or 0))
    if rows:
        src = np.fromiter(rows.values(), dtype=np.int64, count=len(rows))
        dst = np.fromiter(rows.keys(), dtype=np.int64, count=len(rows))
        for s in range(0, len(dst), 50_000):
            out[dst[s : s + 50_000]] = prev[0][src[s : s + 50_000]]
    for i, v in fetched.items():
        out[i] = v
    out.flush()
    del out
    ids_tmp = path.with_name(f".{path.stem}.{writer_tag()}.tmp.ids.npy")
    np.save(ids_tmp, np.asarray(ids, dtype=str))
    meta = {"format": FORMAT, "generation": generation, "rows": len(ids), "dim": dim or 0,
            "embedder": embedder, "ids": ids_digest(chunk_ids), "copied": len(rows), "fetched": len(fetched)}
    os.replace(tmp, path)
    os.replace(ids_tmp, path.with_name(path.stem + ".ids.npy"))
    meta_tmp = path.with_name(f".{path.stem}.{writer_tag()}.tmp.json")
    meta_tmp.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(meta_tmp, path.with_suffix(".json"))  # last: the matrix counts once its meta is there
    prune_generations(d, "gen-*", f"gen-{generation}.")
    return load(store.path, generation, chunk_ids) or DenseMatrix(np.load(path, mmap_mode="r"), generation, embedder)


def fetch(collection, ids: list[str]) -> np.ndarray:
    """The stored vectors of the chunks `ids`, one row each in that order (Chroma's get by id, in batches)."""
    out: list[np.ndarray] = []
    for s in range(0, len(ids), FETCH):
        part = ids[s : s + FETCH]
        got = collection.get(ids=part, include=["embeddings"])
        where = {cid: i for i, cid in enumerate(got["ids"])}
        for cid in part:
            j = where.get(cid)
            if j is None:
                raise KeyError(f"no vector for chunk {cid}")
            out.append(np.asarray(got["embeddings"][j], dtype=np.float32))
    return np.stack(out) if out else np.zeros((0, 0), np.float32)


def fetch_where(collection, doc_ids: list[str]) -> tuple[list[str], np.ndarray]:
    """Every stored chunk id and vector of the reports `doc_ids` (a metadata query: for a few reports)."""
    got = collection.get(where={"doc_id": {"$in": list(doc_ids)}}, include=["embeddings"])
    embs = got["embeddings"]
    vecs = np.asarray(embs, dtype=np.float32) if len(embs) else np.zeros((0, 0), np.float32)
    return list(got["ids"]), vecs


_BUILDING = threading.Lock()  # one build at a time per process: the reader's warm-up and an ingest may both ask


def ensure_matrix(store, lex) -> DenseMatrix:
    """The matrix of the lexical index `lex` (same generation, same rows): loaded when saved, else built."""
    got = load(store.path, lex.generation, lex.chunk_ids)
    if got is not None:
        return got
    with _BUILDING:
        got = load(store.path, lex.generation, lex.chunk_ids)  # built meanwhile by another thread
        return got if got is not None else build(store, lex.chunk_ids, lex.generation)
