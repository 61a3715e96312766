"""The reading side of the store (ingest/index.py ``Store``): the catalog as read objects, cached per store
generation, and a report's texts, chunks and facts streamed from SQLite, each thread on its own connection.

``CatalogReader`` is a mixin of ``Store``: it reads ``self.path``, ``self.db`` and the caches ``Store.__init__`` sets
up (``_local``, ``_catalog_lock``, ``_catalog_gen``, ``_reports``, ``_report_map``); it never writes.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from assistant.core.types import Chunk, Fact, Report
from ingest.catalog import load_catalog, read_db
from ingest.fact_query import fact_where


class CatalogReader:
    """Reads of the catalog (a mixin of ingest.index.Store)."""

    path: Path
    db: sqlite3.Connection
    _local: threading.local
    _catalog_lock: threading.Lock
    _catalog_gen: int
    _reports: list[Report]
    _report_map: dict[str, Report]

    def _reader(self) -> sqlite3.Connection:
        """A read connection of this thread (one sqlite3 connection must not serve several threads' queries at once)."""
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self.path / "catalog.sqlite", check_same_thread=False, timeout=60)
            self._local.con = con
        return con

    @property
    def generation(self) -> int:
        """Bumped on every write (by any process): readers use it to refresh in-memory indexes."""
        row = self._reader().execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return int(row[0]) if row else 0

    def _catalog(self) -> tuple[list[Report], dict[str, Report]]:
        """(reports in display order, doc_id -> report), read once per store generation (from the
        generation's catalog file when saved: ingest.catalog)."""
        gen = self.generation
        if gen != self._catalog_gen:
            with self._catalog_lock:
                if gen != self._catalog_gen:
                    got_gen, reports = load_catalog(self)
                    self._reports, self._report_map = reports, {r.doc_id: r for r in reports}
                    self._catalog_gen = got_gen
        return self._reports, self._report_map

    def reports(self) -> list[Report]:
        """Every report (cached per generation: treat the objects as read-only)."""
        return list(self._catalog()[0])

    def report_map(self) -> dict[str, Report]:
        """doc_id -> Report (cached per generation: do not modify)."""
        return self._catalog()[1]

    def _read_reports(self) -> list[Report]:
        """The catalog read from SQLite itself (no cached file)."""
        return read_db(self._reader())[1]

    def report(self, doc_id: str) -> Report | None:
        return self.report_map().get(doc_id)

    def report_paths(self, doc_id: str) -> list[str]:
        """The file paths a report was ingested from (as recorded at ingest; they may no longer exist)."""
        return [r[0] for r in self.db.execute("SELECT path FROM report_files WHERE doc_id=? ORDER BY path", (doc_id,))]

    def texts(self, doc_id: str) -> tuple[str, str, list[int]] | None:
        """(original, cleaned, cleaned->original index) of a report."""
        row = self._reader().execute("SELECT original, clean, clean_index FROM reports WHERE doc_id=?", (doc_id,)).fetchone()
        if not row:
            return None
        return row[0], row[1], np.frombuffer(row[2], dtype=np.int32).tolist()

    def chunk_rows(self) -> Iterable[tuple]:
        return self.db.execute(
            'SELECT chunk_id, doc_id, section, kind, start, "end", text, clean_text, tokens FROM chunks ORDER BY doc_id, seq'
        )

    def chunks_by_id(self, ids: list[str]) -> dict[str, Chunk]:
        if not ids:
            return {}
        rows = self._reader().execute(
            f'SELECT chunk_id, doc_id, section, kind, start, "end", text, clean_text, clean_start FROM chunks WHERE chunk_id IN ({",".join("?" * len(ids))})',
            ids,
        ).fetchall()
        meta = self.report_map()
        out = {}
        for cid, doc_id, section, kind, s, e, text, clean_text, clean_start in rows:
            r = meta.get(doc_id)
            out[cid] = Chunk(
                chunk_id=cid, doc_id=doc_id, source=(r.sources[0] if r and r.sources else ""), title=r.display_title if r else None,
                agency=r.agency if r else None, year=r.year if r else None, section=section, kind=kind,
                text=text, clean_text=clean_text, start=s, end=e, clean_start=clean_start or 0,
            )
        return out

    def iter_facts(
        self, doc_ids: Iterable[str] | None = None, metric: str | None = None, table: str | None = None,
        search: str | None = None, limit: int | None = None, offset: int = 0,
    ) -> Iterator[Fact]:
        """Facts in (doc_id, insertion) order, streamed from SQLite; `limit`/`offset` page through them."""
        where, args = fact_where(doc_ids, metric, table, search)
        q = "SELECT doc_id, data FROM facts" + where + " ORDER BY doc_id, id"
        if limit is not None or offset:
            q += " LIMIT ? OFFSET ?"
            args += [-1 if limit is None else int(limit), int(offset)]
        meta = self.report_map()
        validate = Fact.model_validate_json
        for doc_id, data in self._reader().execute(q, args):
            r = meta.get(doc_id)
            f = validate(data)
            # the identity fields come from the report (one validation per fact, not a validated copy)
            f.__dict__.update(source=r.sources[0] if r and r.sources else "", agency=r.agency if r else None,
                              region=r.region if r else None, year=r.year if r else None)
            yield f

    def facts(
        self, doc_ids: Iterable[str] | None = None, metric: str | None = None, table: str | None = None,
        search: str | None = None, limit: int | None = None, offset: int = 0,
    ) -> list[Fact]:
        return list(self.iter_facts(doc_ids, metric, table, search, limit, offset))

    def count_facts(
        self, doc_ids: Iterable[str] | None = None, metric: str | None = None, table: str | None = None,
        search: str | None = None,
    ) -> int:
        """How many facts iter_facts() would give without a limit (one SQL COUNT, nothing loaded)."""
        where, args = fact_where(doc_ids, metric, table, search)
        return self._reader().execute("SELECT COUNT(*) FROM facts" + where, args).fetchone()[0]

    def fact_tables(self) -> list[str]:
        """The distinct table names of the facts (index facts_table_doc)."""
        return sorted(r[0] for r in self._reader().execute("SELECT DISTINCT table_name FROM facts") if r[0])
