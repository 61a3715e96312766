"""python -m ingest: put reports into the store (see --help)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from assistant.core.settings import add_setting_options, configure_offline, settings_from_args

DESCRIPTION = """\
Ingest government information-disclosure annual reports (政府信息公开工作年度报告) into the store.

Each file is loaded (.txt/.md in utf-8, gb18030, big5 or utf-16; .html/.htm; .docx; .pdf with a text
layer), cleaned (traditional -> simplified, pinyin glosses, web boilerplate, full-width digits), split
into sections, chunked, embedded and written to Chroma, with its standard-table and narrative figures
stored as facts.  Folders are walked recursively.

Ingest is incremental: an unchanged file is skipped, a changed file replaces its old chunks, and the
same content under a second name is stored once with both names recorded.  A file that cannot be read
is reported with the reason and never stops the others.

Parsing (load, clean, tables, facts, chunks) runs in --workers processes (default: every core); the
embedder gets the chunks of several reports per call; each report is committed atomically.  An
interrupted ingest (Ctrl-C, a crash, a killed process) resumes where it stopped: run the same command
again and every report already committed is skipped (`--resume` says the same thing explicitly).
"""

EPILOG = """\
examples:
  python -m ingest samples/reports
  python -m ingest ../shared/seeds ../shared/corpus/reports --store /tmp/store
  python -m ingest --delete 001_report.txt
  python -m ingest --rebuild samples/reports        # wipe the store (embedding cache kept) and re-ingest
  ASSISTANT_EMBEDDER=use python -m ingest big/folder # the fast, weaker embedder
  python -m ingest --workers 4 big/folder            # 4 parsing processes; re-run the same to resume
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m ingest", description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("paths", nargs="*", type=Path, help="report files or folders to ingest")
    p.add_argument("--rebuild", action="store_true", help="drop every stored report first (keeps the embedding cache)")
    p.add_argument("--delete", metavar="FILE", action="append", default=[], help="remove a report by file name or path (repeatable)")
    add_setting_options(p, "store", "embedder", "chroma_url", "collection", "embedding_cache")
    p.add_argument("--workers", type=int, metavar="N", help="parsing processes (default: every core; 1 = in this process)")
    p.add_argument("--resume", action="store_true",
                   help="continue an interrupted ingest: committed reports are skipped (also what a plain re-run does)")
    p.add_argument("--agency", help="the issuing agency of the files given (overrides what is read from the text)")
    p.add_argument("--region", help="their region (province/city/county), overrides extraction")
    p.add_argument("--year", type=int, help="their report year, overrides extraction (a reports.csv with columns "
                   "file,agency,region,year beside the files does the same per file)")
    p.add_argument("--strict", action="store_true", help="exit with status 1 when any file failed")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_offline()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    settings = settings_from_args(args)

    from ingest.index import Store, StoreError
    from ingest.load import iter_report_files
    from ingest.pipeline import ingest_paths

    if args.rebuild:
        # a catalog that cannot be opened (corrupt, older version) is moved aside, not fatal
        _reset_catalog_if_unreadable(settings.store)
    try:
        store = Store(settings.store, settings)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.rebuild:
        store.clear()
        print(f"store {settings.store}: cleared (embedding cache kept)")
    for name in args.delete:
        removed = store.delete_file(name)
        print(f"deleted {name}" if removed else f"not in the store: {name}")
    if not args.paths:
        if not (args.delete or args.rebuild):
            build_parser().print_help()
        return 0
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2

    total = len(iter_report_files(args.paths))
    from tqdm import tqdm

    bar = tqdm(total=total, unit="file", desc="ingest", disable=args.quiet, file=sys.stderr)

    def tick(name: str) -> None:
        bar.set_postfix_str(name[-40:])
        bar.update(1)

    try:
        from ingest.filenames import parse_override

        identity = parse_override(args.agency, args.region, args.year)
        summary = ingest_paths(args.paths, store, settings, progress=tick, workers=args.workers, identity=identity)
    except StoreError as e:
        bar.close()
        print(f"error: {e}", file=sys.stderr)
        return 2
    bar.close()
    print(summary.render())
    print(f"store {settings.store}: {len(store.reports())} reports")
    return 1 if (args.strict and summary.failed) else 0


def _reset_catalog_if_unreadable(store_dir: Path) -> None:
    import sqlite3
    import time
    from contextlib import closing

    from ingest.index import SCHEMA_VERSION

    path = store_dir / "catalog.sqlite"
    if not path.exists():
        return
    try:
        with closing(sqlite3.connect(path)) as db:
            row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        if row is None or int(row[0]) == SCHEMA_VERSION:
            return
    except sqlite3.DatabaseError:
        pass
    aside = path.with_name(f"catalog.sqlite.unreadable-{int(time.time())}")
    path.rename(aside)
    print(f"moved the unreadable catalog aside to {aside}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
