"""The report catalog as read objects, cached on disk per store generation.

Reading the catalog from SQLite means walking the ``reports`` rows, which also hold each report's
texts: at 10,000 reports that is hundreds of MiB of pages to read (seconds on a cold page cache) and
10,000 validations.  So the catalog of each generation is also saved as a compact file,
``catalog/gen-<G>.marshal`` (one tuple of fields per report, written atomically, older generations
removed), and a reader of that generation loads it in a fraction of that.  The file is derived data:
deleting it costs one SQLite read; a torn or foreign file is ignored.  ``marshal`` holds plain data
only (nothing is executed when it is read) and every object it gives was validated before it was saved.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from assistant.core.types import Report
from ingest.storage import GenerationFile, flag_same_agency_year

log = logging.getLogger(__name__)

FORMAT = 2
FIELDS = tuple(Report.model_fields)
FILE = GenerationFile("catalog", "catalog")


def folder(store_path: Path) -> Path:
    return FILE.folder(store_path)


def path_for(store_path: Path, generation: int) -> Path:
    return FILE.path_for(store_path, generation)


def read_db(con) -> tuple[int, list[Report]]:
    """(generation, reports in display order) from one consistent SQLite snapshot."""
    con.execute("BEGIN")  # the generation and the rows it counts, together
    try:
        gen = int((con.execute("SELECT value FROM meta WHERE key='generation'").fetchone() or [0])[0])
        files: dict[str, list[str]] = {}
        for name, doc_id in con.execute("SELECT name, doc_id FROM report_files ORDER BY name"):
            files.setdefault(doc_id, []).append(name)
        rows = con.execute(
            "SELECT doc_id, title, agency, region, year, format, encoding, aliases, warnings, n_chunks, n_facts, data "
            "FROM reports"
        ).fetchall()
    finally:
        con.execute("COMMIT")
    out = [
        Report(
            doc_id=row[0], title=row[1], agency=row[2], region=row[3], year=row[4], format=row[5],
            encoding=row[6], aliases=json.loads(row[7] or "[]"), warnings=json.loads(row[8] or "[]"),
            n_chunks=row[9], n_facts=row[10], sources=files.get(row[0], []), **json.loads(row[11] or "{}"),
        )
        for row in rows
    ]
    flag_same_agency_year(out)
    return gen, sorted(out, key=lambda r: (r.sources[0] if r.sources else r.doc_id))


def save(store_path: Path, generation: int, reports: list[Report]) -> Path:
    rows = [tuple(getattr(r, f) for f in FIELDS) for r in reports]
    return FILE.save(store_path, generation, (FORMAT, FIELDS, generation), rows)


def load(store_path: Path, generation: int) -> list[Report] | None:
    rows = FILE.load(store_path, generation, (FORMAT, FIELDS, generation))
    if not isinstance(rows, list):
        return None
    construct = Report.model_construct
    return [construct(**dict(zip(FIELDS, row))) for row in rows]


def load_catalog(store) -> tuple[int, list[Report]]:
    """(generation, reports) of the store: from the saved file of the current generation, else read
    from SQLite and saved for the next reader (any process)."""
    gen = store.generation
    got = load(store.path, gen)
    if got is not None:
        return gen, got
    gen, reports = read_db(store._reader())
    try:
        save(store.path, gen, reports)
    except OSError as e:  # a read-only store folder: serve from memory
        log.warning("could not save the catalog cache: %s", e)
    return gen, reports
