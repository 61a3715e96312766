"""The library's write side: upload (check, copy, ingest), delete, re-ingest, identity corrections.

One place used by the UI (:mod:`assistant.ui`) and the command line.  Nothing here words a message:
problems come back as :class:`Problem` (a code and its arguments) and the caller says them in its
own language.  Writes are serialised by one lock per :class:`Library`; a second writer gets
:class:`LibraryBusy` instead of waiting.
"""

from __future__ import annotations

import logging
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from assistant.core.settings import Settings

log = logging.getLogger(__name__)

UPLOAD_DIR = "uploads"
OTHER_FILE_MAX_BYTES = 50 * 1024 * 1024  # files the user ingested from elsewhere (not uploads) on re-ingest

# stage(name, done, total): "loading" (the embedding model), "ingesting" (one file), "done"
Stage = Callable[[str, int, int, str], None]


class LibraryBusy(RuntimeError):
    """Another ingest or delete is running."""


@dataclass(frozen=True)
class Problem:
    code: str  # bad_suffix | too_large | empty_file | unreadable | no_source_file | load_failed | not_in_store
    args: dict = field(default_factory=dict)


def safe_name(name: str) -> str:
    """A file name safe to create inside the uploads folder (no folders, no odd characters, never hidden)."""
    name = Path(str(name).replace("\\", "/")).name
    stem, suffix = Path(name).stem, Path(name).suffix.lower()
    stem = re.sub(r"[^\w\u3400-\u9fff()（）\-.]+", "_", stem).strip("._") or "report"
    return stem[:120] + suffix


class Library:
    """The write side of one store (its own connection; readers keep theirs)."""

    def __init__(self, settings: Settings, store=None) -> None:
        self.settings = settings
        self._store = store
        self._lock = threading.Lock()

    @property
    def store(self):
        if self._store is None:
            from ingest.index import Store

            self._store = Store(self.settings.store, self.settings)
        return self._store

    @property
    def uploads(self) -> Path:
        return Path(self.settings.store) / UPLOAD_DIR

    def allowed_suffixes(self) -> list[str]:
        from ingest.load import SUPPORTED_SUFFIXES

        spec = self.settings.upload_suffixes.strip()
        if spec:
            wanted = {s.strip().lower() if s.strip().startswith(".") else "." + s.strip().lower()
                      for s in spec.split(",") if s.strip()}
            return sorted(wanted & set(SUPPORTED_SUFFIXES))
        return sorted(SUPPORTED_SUFFIXES)

    # --- checks -------------------------------------------------------------------------------
    def check(self, files) -> tuple[list[tuple[Path, str]], list[Problem]]:
        """(accepted [(source path, safe name)], problems) for uploaded files; nothing is written."""
        allowed = self.allowed_suffixes()
        max_mb = self.settings.upload_max_mb
        accepted, problems = [], []
        for f in [f for f in (files or []) if f]:
            src = Path(f if isinstance(f, str) else getattr(f, "name", str(f)))
            name = safe_name(src.name)
            suffix = Path(name).suffix.lower()
            if suffix not in allowed:
                problems.append(Problem("bad_suffix", {"name": src.name, "suffix": suffix or "—", "allowed": " ".join(allowed)}))
                continue
            try:
                size = src.stat().st_size
            except OSError:
                problems.append(Problem("unreadable", {"name": src.name}))
                continue
            if size > max_mb * 1024 * 1024:
                problems.append(Problem("too_large", {"name": src.name, "size": size / 1024 / 1024, "mb": f"{max_mb:g}"}))
            elif size == 0:
                problems.append(Problem("empty_file", {"name": src.name}))
            else:
                accepted.append((src, name))
        return accepted, problems

    def _acquire(self) -> None:
        if not self._lock.acquire(timeout=1):
            raise LibraryBusy("another ingest or delete is running")

    def _ingest(self, targets: list[Path], stage: Stage | None, identity: dict | None = None):
        from ingest.embed import get_embedder
        from ingest.pipeline import ingest_paths

        total = len(targets)
        if stage:
            stage("loading", 0, total, "")
        get_embedder(self.settings)  # the model load is a step of its own, not minutes at 0 %
        done = [0]

        def step(name: str) -> None:
            done[0] += 1
            if stage:
                stage("ingesting", done[0], total, name)

        summary = ingest_paths(targets, self.store, self.settings, progress=step, identity=identity or None)
        if stage:
            stage("done", total, total, "")
        return summary

    # --- writes -------------------------------------------------------------------------------
    def add(self, files, stage: Stage | None = None):
        """Check, copy into the uploads folder, ingest. Returns (IngestSummary or None, problems)."""
        accepted, problems = self.check(files)
        if not accepted:
            return None, problems
        self._acquire()
        try:
            self.uploads.mkdir(parents=True, exist_ok=True)
            targets, fresh = [], set()
            for src, name in accepted:
                dst = self.uploads / name
                if not self.store.file_record(str(dst.resolve())):
                    fresh.add(dst.name)
                shutil.copyfile(src, dst)
                targets.append(dst)
            summary = self._ingest(targets, stage)
            for name, _reason in summary.failed:  # a file that failed and was new is not kept
                if name in fresh:
                    (self.uploads / name).unlink(missing_ok=True)
        finally:
            self._lock.release()
        return summary, problems

    def delete(self, doc_id: str) -> bool:
        """Remove a report and its uploaded copy (files elsewhere are the user's and stay)."""
        self._acquire()
        try:
            paths = self.store.report_paths(doc_id)
            removed = self.store.delete_report(doc_id)
            uploads = self.uploads.resolve()
            for p in map(Path, paths):
                if p.parent.resolve() == uploads:
                    p.unlink(missing_ok=True)
                    self._forget_identity(p)
            return removed
        finally:
            self._lock.release()

    def reingest(self, doc_id: str, stage: Stage | None = None):
        """Ingest a report's files again. Returns (IngestSummary or None, problems)."""
        from ingest.load import LoadError, load_document

        self._acquire()
        try:
            recorded = self.store.report_paths(doc_id)
            paths = [Path(p) for p in recorded if Path(p).is_file()]
            if not paths:
                return None, [Problem("no_source_file", {"paths": ", ".join(Path(p).name for p in recorded) or "—"})]
            uploads = self.uploads.resolve()
            for p in paths:  # the files must load before the report is dropped
                limit = (int(self.settings.upload_max_mb * 1024 * 1024) if p.parent.resolve() == uploads
                         else OTHER_FILE_MAX_BYTES)
                try:
                    load_document(p, max_bytes=limit)
                except LoadError as e:
                    return None, [Problem("load_failed", {"reason": str(e)})]
            identity = self._user_identity(doc_id)  # the user's corrections outlive the re-ingest
            self.store.delete_report(doc_id)
            return self._ingest(paths, stage, identity), []
        finally:
            self._lock.release()

    def set_identity(self, doc_id: str, **fields) -> bool:
        """A user's correction of agency / region / year (provenance 'user'); empty strings clear."""
        clean: dict = {}
        for key in ("agency", "region", "year"):
            if key in fields:
                value = fields[key]
                value = value.strip() if isinstance(value, str) else value
                if key == "year":
                    value = int(value) if value not in (None, "") else None
                clean[key] = value or None
        if not clean:
            return False
        if clean.get("agency") and "region" not in clean:  # as an override on ingest: the agency's place is the region
            from ingest.places import region_of

            if region := region_of(clean["agency"]):
                clean["region"] = region
        self._acquire()
        try:
            if not self.store.set_identity(doc_id, **clean):
                return False
            self._remember_identity(doc_id, clean)
            return True
        finally:
            self._lock.release()

    def _remember_identity(self, doc_id: str, fields: dict) -> None:
        """Keep a correction beyond the stored row: an uploaded copy's goes into the uploads folder's
        reports.csv, which every later ingest of that folder reads (a rebuild, `python -m ingest`); files
        elsewhere are the user's and are not written beside (re-ingest from the library keeps it anyway)."""
        from ingest.filenames import write_override

        uploads = self.uploads.resolve()
        for p in map(Path, self.store.report_paths(doc_id)):
            if p.parent.resolve() == uploads:
                write_override(uploads, p.name, fields)

    def _forget_identity(self, path: Path) -> None:
        """A deleted upload's corrections go with it: a later file of the same name is read afresh."""
        from ingest.filenames import OVERRIDE_FILE, write_override

        if (path.parent / OVERRIDE_FILE).is_file():
            write_override(path.parent, path.name, {"agency": None, "region": None, "year": None})

    def _user_identity(self, doc_id: str) -> dict:
        """The fields of a stored report that the user set (provenance 'user')."""
        report = self.store.report(doc_id)
        if report is None:
            return {}
        return {k: getattr(report, k) for k in ("agency", "region", "year")
                if report.provenance.get(k) == "user" and getattr(report, k) not in (None, "")}


# --- the read side shared by the CLI (`python -m assistant facts`) and the UI's Figures tab ----------

FACT_CSV_COLUMNS = ("agency", "year", "table", "row", "column", "metric", "value", "unit", "source", "start", "end")


def fact_doc_ids(store, agency: str | None = None, year: int | None = None, region: str | None = None) -> list[str] | None:
    """The doc ids of the reports whose agency contains `agency` (substring), of year `year`, of region
    `region`, from the catalog (cached per store generation); None when nothing narrows them (every report)."""
    if not (agency or year or region):
        return None
    reports = store.reports()
    if agency:
        reports = [r for r in reports if r.agency and agency in r.agency]
    if year:
        reports = [r for r in reports if r.year == int(year)]
    if region:
        reports = [r for r in reports if r.region == region]
    return [r.doc_id for r in reports]


def fact_filter(store, agency=None, year=None, metric=None, region=None, table=None, search=None) -> dict:
    """Keyword arguments of Store.facts / iter_facts / count_facts for a filter (one definition for the CLI
    and the Figures tab, so both select and order the same rows)."""
    return {"doc_ids": fact_doc_ids(store, agency or None, int(year) if year else None, region or None),
            "metric": metric or None, "table": table or None, "search": search or None}


def select_facts(store, agency: str | None = None, year: int | None = None, metric: str | None = None):
    """The facts of the reports whose agency contains `agency` (substring) and whose year is `year`."""
    return store.facts(**fact_filter(store, agency, year, metric))


def write_facts_csv(facts, out) -> int:
    """Facts as CSV (header + one row per fact) written to the text stream `out` (open it with newline="");
    streams an iterator; returns the number of rows."""
    import csv

    w = csv.writer(out)
    w.writerow(FACT_CSV_COLUMNS)
    n = 0
    for f in facts:
        w.writerow([getattr(f, c) for c in FACT_CSV_COLUMNS])
        n += 1
    return n


def facts_csv(facts) -> str:
    """Facts as CSV (header + one row per fact), the same bytes for the CLI and the UI export."""
    import io

    buf = io.StringIO()
    write_facts_csv(facts, buf)
    return buf.getvalue()
