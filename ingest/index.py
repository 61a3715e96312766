"""The persisted store: Chroma for vectors, a SQLite catalog for everything else.

Layout of the store folder (``./vectorstore`` by default)::

    chroma/              Chroma PersistentClient data (chunk vectors + metadata)
    catalog.sqlite       reports, file names, chunks (text + tokens), facts
    embeddings.sqlite    embedding cache: (embedder, sha256 of text) -> vector

A report is written atomically: vectors first (idempotent upserts keyed by
chunk id), then one SQLite transaction.  The catalog is the source of truth:
vectors whose report is not in the catalog are orphans of an interrupted run,
removed by :meth:`Store.reconcile` and ignored by retrieval.

Here: the schema, the writes (vectors, then the catalog rows) and the bookkeeping (meta, file records, deletions,
consistency); the reads of the catalog are ingest/catalog_reader.py (``CatalogReader``, a mixin of ``Store``).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from pathlib import Path

import numpy as np

from assistant.core.settings import Settings
from assistant.core.types import Chunk, Fact, Report
from ingest.aliases import make_aliases
from ingest.catalog_reader import CatalogReader
from ingest.storage import StoreError, _chroma_meta, chroma_client, failpoint

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2  # 2: reports.data / facts.data hold the whole model as JSON

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS reports (
    doc_id TEXT PRIMARY KEY, title TEXT, agency TEXT, region TEXT, year INTEGER, format TEXT, encoding TEXT,
    aliases TEXT, warnings TEXT, original TEXT, clean TEXT, clean_index BLOB, n_chunks INTEGER, n_facts INTEGER,
    ingested_at REAL, data TEXT);
CREATE TABLE IF NOT EXISTS report_files (
    path TEXT PRIMARY KEY, name TEXT, doc_id TEXT, file_hash TEXT, ingested_at REAL);
CREATE INDEX IF NOT EXISTS report_files_doc ON report_files(doc_id);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY, doc_id TEXT, seq INTEGER, section TEXT, kind TEXT, start INTEGER, "end" INTEGER,
    text TEXT, clean_text TEXT, tokens TEXT, clean_start INTEGER);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT, table_name TEXT, row TEXT, col TEXT, metric TEXT,
    value REAL, unit TEXT, raw TEXT, start INTEGER, "end" INTEGER, quote_start INTEGER, quote_end INTEGER,
    section TEXT, kind TEXT, data TEXT);
CREATE INDEX IF NOT EXISTS facts_kind ON facts(kind);
CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_id);
CREATE INDEX IF NOT EXISTS facts_metric ON facts(metric);
CREATE INDEX IF NOT EXISTS facts_doc_metric ON facts(doc_id, metric);
CREATE INDEX IF NOT EXISTS facts_table_doc ON facts(table_name, doc_id);
"""


# Report fields kept only in reports.data (the rest have columns); Fact fields taken from the report when read
_REPORT_EXTRA = {"provenance", "page_starts", "ocr", "mentions", "ingest_version"}
_FACT_FROM_REPORT = {"source", "agency", "region", "year"}


class Store(CatalogReader):
    def __init__(self, path: Path | str, settings: Settings | None = None) -> None:
        from assistant.core.settings import get_settings

        self.settings = settings or get_settings()
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self.db = sqlite3.connect(self.path / "catalog.sqlite", check_same_thread=False, timeout=60)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript(_SCHEMA)
            version = self.meta("schema_version")
        except sqlite3.DatabaseError as e:
            raise StoreError(
                f"{self.path / 'catalog.sqlite'} is not a readable catalog ({e}); "
                f"run `python -m ingest --rebuild --store {self.path} PATH...` to rebuild it"
            ) from e
        if version is None:
            self.set_meta("schema_version", str(SCHEMA_VERSION))
        elif int(version) != SCHEMA_VERSION:
            raise StoreError(
                f"the store {self.path} was written by another version (schema {version}, this is {SCHEMA_VERSION}); "
                f"run `python -m ingest --rebuild --store {self.path} PATH...`"
            )
        self._chroma = None
        self._collection = None
        # the catalog as read objects, cached per generation (readers never re-parse it per question)
        self._local = threading.local()
        self._catalog_lock = threading.Lock()
        self._catalog_gen = -1
        self._reports: list[Report] = []
        self._report_map: dict[str, Report] = {}

    # --- meta -------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
            self.db.commit()

    def _bump(self) -> None:
        row = self.db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(int(row[0]) + 1 if row else 1),))

    # --- chroma -----------------------------------------------------------------------------
    @property
    def chroma(self):
        if self._chroma is None:
            self._chroma = chroma_client(self.settings, self.path / "chroma")
        return self._chroma

    @property
    def collection(self):
        if self._collection is None:
            self._collection = self.chroma.get_or_create_collection(
                self.settings.collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
            )
        return self._collection

    @property
    def vector_location(self) -> str:
        return f"{self.settings.chroma_url or 'embedded'} / {self.settings.collection}"

    def check_location(self) -> None:
        """A catalog belongs to one vector collection: refuse to mix it with another one."""
        stored = self.meta("vectors")
        if stored is None:
            if self.db.execute("SELECT 1 FROM chunks LIMIT 1").fetchone() is None:
                self.set_meta("vectors", self.vector_location)
            return
        if stored != self.vector_location:
            raise StoreError(
                f"the store {self.path} keeps its vectors at {stored}, but the settings point to {self.vector_location}; "
                f"set ASSISTANT_CHROMA_URL / ASSISTANT_COLLECTION (or --chroma-url) to match, "
                f"or rebuild with `python -m ingest --rebuild --store {self.path} PATH...`"
            )

    def check_embedder(self, name: str, key: str) -> None:
        """A store holds vectors of one model; `key` is the registry name used to load it again."""
        stored = self.meta("embedder")
        if stored is None:
            self.set_meta("embedder", name)
            self.set_meta("embedder_key", key)
        elif stored != name:
            raise StoreError(
                f"the store {self.path} holds vectors of {stored}, but the configured embedder is {name}; "
                f"use the same embedder or rebuild with `python -m ingest --rebuild`"
            )

    # --- files and reports ------------------------------------------------------------------
    def file_record(self, path: str) -> tuple[str, str] | None:
        row = self.db.execute("SELECT doc_id, file_hash FROM report_files WHERE path=?", (path,)).fetchone()
        return (row[0], row[1]) if row else None

    def has_report(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM reports WHERE doc_id=?", (doc_id,)).fetchone() is not None

    def ingest_version(self, doc_id: str) -> int:
        """The ingest version that derived a stored report (0: none recorded, or no such report)."""
        row = self.db.execute("SELECT json_extract(data, '$.ingest_version') FROM reports WHERE doc_id=?",
                              (doc_id,)).fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def add_file(self, path: str, name: str, doc_id: str, file_hash: str) -> None:
        with self._lock:
            self.db.execute(
                "INSERT OR REPLACE INTO report_files VALUES (?, ?, ?, ?, ?)", (path, name, doc_id, file_hash, time.time())
            )
            self._bump()
            self.db.commit()

    def write_report(
        self,
        report: Report,
        original: str,
        clean: str,
        clean_index: list[int],
        chunks: list[Chunk],
        tokens: list[list[str]],
        vectors: np.ndarray,
        index_texts: list[str],
        facts: list[Fact],
        path: str,
        file_hash: str,
        vectors_written: bool = False,
    ) -> None:
        """Store one report with its chunks, vectors and facts, replacing what `path` held before.
        `vectors_written`: add_vectors() already stored this report's vectors (one call for several reports)."""
        if chunks and not vectors_written:
            self.add_vectors(chunks, vectors, index_texts)
        failpoint("after_vectors")
        with self._lock:
            old = self.file_record(path)
            cur = self.db.cursor()
            cur.execute("BEGIN")
            self._delete_rows(cur, report.doc_id)
            cur.execute(
                "INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    report.doc_id, report.title, report.agency, report.region, report.year, report.format,
                    report.encoding, json.dumps(report.aliases, ensure_ascii=False),
                    json.dumps(report.warnings, ensure_ascii=False), original, clean,
                    np.asarray(clean_index, dtype=np.int32).tobytes(), len(chunks), len(facts), time.time(),
                    report.model_dump_json(include=_REPORT_EXTRA),
                ),
            )
            cur.executemany(
                "INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (c.chunk_id, c.doc_id, i, c.section, c.kind, c.start, c.end, c.text, c.clean_text, " ".join(t), c.clean_start)
                    for i, (c, t) in enumerate(zip(chunks, tokens))
                ],
            )
            cur.executemany(
                'INSERT INTO facts (doc_id, table_name, row, col, metric, value, unit, raw, start, "end", quote_start, '
                "quote_end, section, kind, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (f.doc_id, f.table, f.row, f.column, f.metric, f.value, f.unit, f.raw, f.start, f.end,
                     f.quote_start, f.quote_end, f.section, f.kind, f.model_dump_json(exclude=_FACT_FROM_REPORT))
                    for f in facts
                ],
            )
            cur.execute(
                "INSERT OR REPLACE INTO report_files VALUES (?, ?, ?, ?, ?)",
                (path, Path(path).name, report.doc_id, file_hash, time.time()),
            )
            failpoint("before_commit")
            self._bump()
            cur.execute("COMMIT")
            failpoint("after_commit")
            if old and old[0] != report.doc_id:
                self._drop_if_unreferenced(old[0])

    def add_vectors(self, chunks: list[Chunk], vectors: np.ndarray, index_texts: list[str]) -> None:
        """Vectors first (idempotent upserts keyed by chunk id; orphans until their report commits)."""
        for s in range(0, len(chunks), 4000):
            part = chunks[s : s + 4000]
            self.collection.upsert(
                ids=[c.chunk_id for c in part],
                embeddings=[v.tolist() for v in vectors[s : s + 4000]],
                documents=index_texts[s : s + 4000],
                metadatas=[_chroma_meta(c) for c in part],
            )

    def _delete_rows(self, cur: sqlite3.Cursor, doc_id: str) -> None:
        for table in ("reports", "chunks", "facts"):
            cur.execute(f"DELETE FROM {table} WHERE doc_id=?", (doc_id,))

    def _drop_if_unreferenced(self, doc_id: str) -> bool:
        if self.db.execute("SELECT 1 FROM report_files WHERE doc_id=?", (doc_id,)).fetchone():
            return False
        ids = [r[0] for r in self.db.execute("SELECT chunk_id FROM chunks WHERE doc_id=?", (doc_id,))]
        cur = self.db.cursor()
        cur.execute("BEGIN")
        self._delete_rows(cur, doc_id)
        self._bump()
        cur.execute("COMMIT")
        if ids:
            self.collection.delete(ids=ids)
        return True

    def delete_file(self, path_or_name: str) -> list[str]:
        """Forget a file (by path or file name); its report goes when no other file holds it.
        Returns the paths removed."""
        with self._lock:
            rows = self.db.execute(
                "SELECT path, doc_id FROM report_files WHERE path=? OR name=?", (path_or_name, Path(path_or_name).name)
            ).fetchall()
            for path, doc_id in rows:
                self.db.execute("DELETE FROM report_files WHERE path=?", (path,))
                self._bump()
                self.db.commit()
                self._drop_if_unreferenced(doc_id)
            return [r[0] for r in rows]

    def set_identity(self, doc_id: str, **fields) -> bool:
        """Override agency/region/year of a report (a user's correction): provenance 'user'; facts follow."""
        fields = {k: v for k, v in fields.items() if k in ("agency", "region", "year")}
        with self._lock:
            row = self.db.execute("SELECT data FROM reports WHERE doc_id=?", (doc_id,)).fetchone()
            if not row or not fields:
                return False
            data = json.loads(row[0] or "{}")
            data["provenance"] = {**data.get("provenance", {}), **{k: "user" for k in fields}}
            agency, region = self.db.execute("SELECT agency, region FROM reports WHERE doc_id=?", (doc_id,)).fetchone()
            # the names a question may use follow the corrected agency/region (as on ingest with an override)
            aliases = make_aliases(fields.get("agency", agency), fields.get("region", region))
            sets = ", ".join(f"{k}=?" for k in fields)
            self.db.execute(f"UPDATE reports SET {sets}, aliases=?, data=? WHERE doc_id=?",
                            [*fields.values(), json.dumps(aliases, ensure_ascii=False),
                             json.dumps(data, ensure_ascii=False), doc_id])
            self._bump()
            self.db.commit()
            return True

    def delete_report(self, doc_id: str) -> bool:
        with self._lock:
            self.db.execute("DELETE FROM report_files WHERE doc_id=?", (doc_id,))
            self.db.commit()
            return self._drop_if_unreferenced(doc_id)

    def reconcile(self) -> int:
        """Remove vectors whose report is not in the catalog (left by an interrupted ingest)."""
        known = {r[0] for r in self.db.execute("SELECT chunk_id FROM chunks")}
        got = self.collection.get(include=[])
        orphans = [i for i in got["ids"] if i not in known]
        for s in range(0, len(orphans), 500):
            self.collection.delete(ids=orphans[s : s + 500])
        return len(orphans)

    def consistency_problems(self, include_orphans: bool = True) -> list[str]:
        """What disagrees between catalog, vectors and file records (empty when consistent).
        Orphan vectors (of a report whose catalog write never committed) are harmless to
        readers and removed by reconcile(); `include_orphans=False` leaves them out."""
        problems: list[str] = []
        catalog_ids = {r[0] for r in self.db.execute("SELECT chunk_id FROM chunks")}
        vector_ids = set(self.collection.get(include=[])["ids"])
        missing = catalog_ids - vector_ids
        if missing:
            problems.append(f"{len(missing)} chunk(s) in the catalog have no vector, e.g. {sorted(missing)[0]}")
        orphans = vector_ids - catalog_ids
        if orphans and include_orphans:
            problems.append(f"{len(orphans)} vector(s) belong to no catalogued report, e.g. {sorted(orphans)[0]}")
        for (doc_id,) in self.db.execute("SELECT doc_id FROM report_files WHERE doc_id NOT IN (SELECT doc_id FROM reports)"):
            problems.append(f"a file record points to the missing report {doc_id}")
        for (doc_id,) in self.db.execute("SELECT doc_id FROM reports WHERE doc_id NOT IN (SELECT doc_id FROM report_files)"):
            problems.append(f"report {doc_id} has no file record")
        for table in ("chunks", "facts"):
            for (doc_id,) in self.db.execute(f"SELECT DISTINCT doc_id FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM reports)"):
                problems.append(f"{table} of the missing report {doc_id}")
        for doc_id, n, actual in self.db.execute(
            "SELECT r.doc_id, r.n_chunks, (SELECT COUNT(*) FROM chunks c WHERE c.doc_id = r.doc_id) FROM reports r"
        ):
            if n != actual:
                problems.append(f"report {doc_id} records {n} chunks but has {actual}")
        for doc_id, n, actual in self.db.execute(
            "SELECT r.doc_id, r.n_facts, (SELECT COUNT(*) FROM facts f WHERE f.doc_id = r.doc_id) FROM reports r"
        ):
            if n != actual:
                problems.append(f"report {doc_id} records {n} facts but has {actual}")
        return problems

    def clear(self) -> None:
        """Drop every report (the embedding cache is kept: re-embedding is the slow part)."""
        with self._lock:
            for table in ("reports", "report_files", "chunks", "facts"):
                self.db.execute(f"DELETE FROM {table}")
            self.db.execute("DELETE FROM meta WHERE key IN ('embedder', 'embedder_key', 'vectors')")
            self._bump()
            self.db.commit()
            try:
                self.chroma.delete_collection(self.settings.collection)
            except Exception:  # no collection yet
                log.debug("no collection to delete")
            self._collection = None

    def close(self) -> None:
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None
        self.db.close()


