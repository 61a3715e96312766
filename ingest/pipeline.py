"""load -> clean -> structure -> metadata -> tables/facts -> chunk -> embed -> index.

`process` is the pure part (one loaded document in, a processed report out);
`ingest_paths` drives it over files with the store, the embedding cache, a
progress bar and a summary.  One bad file never stops the others.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from assistant.core.settings import Settings
from assistant.core.types import Chunk, Fact, Report
from ingest.checks import check_identities, check_narrative_conflicts
from ingest.chunk import chunk_sections
from ingest.clean import CleanText, clean
from ingest.facts import build_facts
from ingest.storage import failpoint
from ingest.load import LoadedDocument, LoadError, iter_report_files, load_document, skip_reason
from ingest.filenames import OVERRIDE_FILE, apply_overrides, read_overrides
from ingest.metadata import extract_metadata
from ingest.site_furniture import site_footer
from ingest.narrative import extract_narrative_facts
from ingest.structure import section_at, split_sections
from ingest.tables import extract_table_facts
from ingest.version import INGEST_VERSION
from assistant.core.text import tokenize

log = logging.getLogger(__name__)


@dataclass
class ProcessedReport:
    report: Report
    ct: CleanText
    chunks: list[Chunk]
    facts: list[Fact]
    index_texts: list[str]  # what is embedded and searched: context header + cleaned chunk
    tokens: list[list[str]]


def doc_id_of(original: str) -> str:
    return hashlib.sha256(original.encode("utf-8")).hexdigest()[:16]


def process(doc: LoadedDocument, settings: Settings, identity: dict | None = None) -> ProcessedReport:
    """`identity`: the user's agency/region/year for this file (reports.csv, --agency/--region/--year)."""
    ct = clean(doc.text)
    if not ct.text.strip():
        raise LoadError(doc.path, "no report text left after removing web boilerplate")
    doc_id = doc_id_of(doc.text)
    source = doc.path.name
    meta = extract_metadata(ct.text, source, footer=site_footer(doc.text))
    apply_overrides(meta, identity or {})
    sections = split_sections(ct.text)

    def section_label(offset: int) -> str:
        sec = section_at(sections, offset)
        return " > ".join(sec.path) if sec else ""

    table_facts = extract_table_facts(ct.text)
    narrative_facts = extract_narrative_facts(ct.text)
    warnings = check_identities(table_facts) + check_narrative_conflicts(table_facts, narrative_facts)

    report = Report(
        doc_id=doc_id, sources=[source], title=meta.title, agency=meta.agency, region=meta.region, year=meta.year,
        format=doc.format, encoding=doc.encoding, aliases=meta.aliases, warnings=warnings,
        page_starts=doc.page_starts, ocr=doc.ocr,
        provenance=meta.provenance, mentions=meta.mentions, ingest_version=INGEST_VERSION,
    )
    facts: list[Fact] = build_facts(
        ct, sections, table_facts, narrative_facts,
        doc_id=doc_id, source=source, agency=meta.agency, region=meta.region, year=meta.year,
    )

    chunks: list[Chunk] = []
    index_texts: list[str] = []
    tokens: list[list[str]] = []
    context = " ".join(x for x in (meta.title or "", meta.agency or "", f"{meta.year}年" if meta.year else "") if x)
    # single-word aliases (pinyin names, abbreviations) only: type words like "bureau" would match everything
    alias_tokens = [a.lower() for a in meta.aliases if " " not in a]
    for n, span in enumerate(chunk_sections(ct.text, sections, settings.chunk_min, settings.chunk_max)):
        s, e = ct.to_original(span.start, span.end)
        body = ct.text[span.start : span.end]
        chunks.append(Chunk(
            chunk_id=f"{doc_id}:{n:04d}", doc_id=doc_id, source=source, title=report.display_title, agency=meta.agency,
            year=meta.year, section=span.section, kind=span.kind, text=doc.text[s:e], clean_text=body, start=s, end=e, clean_start=span.start,
        ))
        head = "\n".join(x for x in (context, span.section, span.header) if x)
        index_texts.append(f"{head}\n{body}")
        tokens.append(tokenize(f"{head}\n{body}") + alias_tokens)
    report.n_chunks, report.n_facts = len(chunks), len(facts)
    return ProcessedReport(report, ct, chunks, facts, index_texts, tokens)


@dataclass
class IngestSummary:
    files: int = 0
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, doc_id it duplicates)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason): other file types in folders
    chunks: int = 0
    facts: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, warning)

    def render(self) -> str:
        lines = [
            f"files: {self.files}  ingested: {len(self.added)}  unchanged: {len(self.unchanged)}  "
            f"duplicates: {len(self.duplicates)}  skipped: {len(self.skipped)}  failed: {len(self.failed)}  "
            f"chunks: {self.chunks}  facts: {self.facts}"
        ]
        lines += [f"  skipped: {reason}" for _, reason in self.skipped]
        lines += [f"  duplicate: {f} has the same content as report {d}" for f, d in self.duplicates]
        lines += [f"  warning: {f}: {w}" for f, w in self.warnings]
        lines += [f"  FAILED: {reason}" for f, reason in self.failed]
        return "\n".join(lines)


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def default_workers() -> int:
    """Worker processes for parsing: every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _watch_parent(parent: int) -> None:
    """In a worker: exit when the ingest that started us is gone (killed), instead of lingering."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent and _alive(_INGEST_PID):
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


_INGEST_PID = 0


def user_identity(path: Path, identity: dict | None) -> dict:
    """The user's identity for a file: its reports.csv row, then the command line's --agency/--region/--year."""
    return {**read_overrides(Path(path).parent).get(Path(path).name, {}), **(identity or {})}


def _init_worker(ingest_pid: int) -> None:
    global _INGEST_PID
    _INGEST_PID = ingest_pid
    _watch_parent(os.getppid())
    tokenize("预热")  # load the segmenter's dictionary once per worker, not on the first report


def _work(path: Path, settings: Settings, identity: dict | None = None):
    """In a worker process: load and process one file. Returns ("ok", original text, ProcessedReport)
    or ("error", message) — exceptions are turned into text here, so nothing unpicklable crosses back."""
    try:
        doc = load_document(path)
        return "ok", doc.text, process(doc, settings, user_identity(path, identity))
    except LoadError as e:
        return "load_error", str(e)
    except Exception as e:  # one bad file never stops the others
        log.exception("failed to process %s", path)
        return "error", f"{path.name}: unexpected error while ingesting: {type(e).__name__}: {e}"


def _processed(todo: list[tuple[Path, str, str]], settings: Settings, workers: int, identity: dict | None = None):
    """(path, key, hash, result of _work) in the order of `todo`, computed by `workers` processes
    (in this process when 1), with a bounded number of files in flight."""
    if workers <= 1 or len(todo) <= 1:
        for path, key, fhash in todo:
            yield path, key, fhash, _work(path, settings, identity)
        return
    import multiprocessing as mp
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    # forkserver, not fork: the ingest may run in a thread of a serving process (the UI's upload, queries
    # meanwhile), and a forked child would inherit locks other threads hold (a worker that never starts).
    # Like spawn, it imports the caller's main module in the workers: scripts need an `if __name__ == "__main__"` guard.
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["ingest.pipeline"])
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(os.getpid(),)) as pool:
        pending: deque = deque()
        it = iter(todo)
        for item in it:
            pending.append((item, pool.submit(_work, item[0], settings, identity)))
            if len(pending) >= workers * 4:
                break
        while pending:
            (path, key, fhash), fut = pending.popleft()
            nxt = next(it, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_work, nxt[0], settings, identity)))
            yield path, key, fhash, fut.result()


def ingest_paths(
    paths: Iterable[Path | str],
    store,
    settings: Settings,
    progress: Callable[[str], None] | None = None,
    workers: int | None = None,
    identity: dict | None = None,
) -> IngestSummary:
    """Ingest files and folders into `store` incrementally. `progress(name)` is called after each file.

    Files are loaded, cleaned and parsed (tables, facts, chunks) by `workers` processes (default: every
    core); the embedder gets the chunks of several reports per call; each report is then written
    atomically, one after the other.  Re-running after an interruption skips what was committed.
    `identity` ({agency, region, year}) overrides the extracted identity of every file; a reports.csv beside
    the files does so per file (provenance 'user'), also for files already in the store."""
    from ingest.embed import EmbeddingCache, embed_with_cache, get_embedder

    unsupported: list[Path] = []
    files = iter_report_files(paths, skipped=unsupported)
    summary = IngestSummary(files=len(files))
    summary.skipped = [(p.name, skip_reason(p))
                       for p in unsupported if p.name != OVERRIDE_FILE]  # reports.csv: the user's identities
    store.check_location()
    store.reconcile()
    embedder = None
    cache = EmbeddingCache(settings.embedding_cache or store.path / "embeddings.sqlite")

    def tick(name: str) -> None:
        if progress:
            progress(name)

    todo: list[tuple[Path, str, str]] = []
    outdated = 0
    kept: dict[str, dict] = {}  # path -> the user's corrections of a report derived again (by an older ingest)
    for path in files:  # unchanged files (committed by this or an interrupted earlier run) are skipped
        key = str(Path(path).resolve())
        try:
            fhash = file_hash(path) if path.is_file() else ""
        except OSError:
            fhash = ""
        rec = store.file_record(key)
        unchanged = bool(rec and rec[1] == fhash and store.has_report(rec[0]))
        if unchanged and store.ingest_version(rec[0]) != INGEST_VERSION:
            outdated += 1  # derived by an older ingest: derived again (its vectors come from the embedding cache)
            todo.append((path, key, fhash))
            if (old := store.report(rec[0])) is not None:  # corrections made in the library are kept
                kept[key] = {k: getattr(old, k) for k in ("agency", "region", "year") if old.provenance.get(k) == "user"}
        elif unchanged:
            user = user_identity(path, identity)  # a correction of a stored report's identity
            stored = store.report(rec[0]) if user else None
            if stored and any(getattr(stored, k) != v for k, v in user.items()):
                store.set_identity(rec[0], **user)
            summary.unchanged.append(path.name)
            tick(path.name)
        else:
            todo.append((path, key, fhash))
    if outdated:
        log.info("%d unchanged file(s) were ingested by an older version of the ingest: deriving them again", outdated)
    workers = max(1, min(workers or default_workers(), len(todo)))

    def write(path: Path, key: str, fhash: str, text: str, processed: ProcessedReport, vectors) -> None:
        failpoint("after_embed")
        store.write_report(
            processed.report, text, processed.ct.text, processed.ct.index, processed.chunks,
            processed.tokens, vectors, processed.index_texts, processed.facts, key, fhash, vectors_written=True,
        )
        if fields := {k: v for k, v in kept.get(key, {}).items() if processed.report.provenance.get(k) != "user"}:
            store.set_identity(processed.report.doc_id, **fields)
        summary.added.append(path.name)
        summary.chunks += len(processed.chunks)
        summary.facts += len(processed.facts)
        summary.warnings += [(path.name, w) for w in processed.report.warnings]

    window: list[tuple[Path, str, str, str, ProcessedReport]] = []

    def flush() -> None:
        """Embed the chunks of the reports in the window in one go, then write them one by one."""
        nonlocal embedder
        if not window:
            return
        if embedder is None:
            embedder = get_embedder(settings)
            store.check_embedder(embedder.name, settings.embedder)
        texts = [t for *_, pr in window for t in pr.index_texts]
        vectors = embed_with_cache(embedder, cache, texts, settings.embed_batch)
        try:  # the window's vectors in one call (orphans until each report commits; reconcile() drops leftovers)
            store.add_vectors([c for *_, pr in window for c in pr.chunks], vectors, texts)
        except Exception as e:
            log.exception("failed to store vectors")
            for path, *_ in window:
                summary.failed.append((path.name, f"{path.name}: could not store its vectors: {type(e).__name__}: {e}"))
                tick(path.name)
            window.clear()
            return
        at = 0
        for path, key, fhash, text, pr in window:
            try:
                write(path, key, fhash, text, pr, vectors[at : at + len(pr.index_texts)])
            except Exception as e:  # one bad file never stops the others
                log.exception("failed to store %s", path)
                summary.failed.append((path.name, f"{path.name}: unexpected error while ingesting: {type(e).__name__}: {e}"))
            at += len(pr.index_texts)
            tick(path.name)
        window.clear()

    try:
        for path, key, fhash, result in _processed(todo, settings, workers, identity):
            if result[0] != "ok":
                (log.warning if result[0] == "load_error" else log.error)("%s", result[1])
                summary.failed.append((path.name, result[1]))
                tick(path.name)
                continue
            _, text, processed = result
            doc_id = processed.report.doc_id
            # (a stored twin derived by an older ingest is no twin: it is replaced)
            if (store.has_report(doc_id) and store.ingest_version(doc_id) == INGEST_VERSION) \
                    or any(pr.report.doc_id == doc_id for *_, pr in window):
                flush()  # a twin in the window is written first
                # same content under another name: record the name, store nothing twice
                rec = store.file_record(key)
                store.add_file(key, path.name, doc_id, fhash)
                if rec and rec[0] != doc_id:
                    store._drop_if_unreferenced(rec[0])
                summary.duplicates.append((path.name, doc_id))
                tick(path.name)
                continue
            window.append((path, key, fhash, text, processed))
            if sum(len(pr.index_texts) for *_, pr in window) >= EMBED_WINDOW_TEXTS:
                flush()
        flush()
    finally:
        cache.close()
    if summary.added or summary.duplicates:
        try:  # the lexical index of the new generation, saved for every reader (built once, here)
            from ingest.lexical import ensure_index

            from ingest.vectors import ensure_matrix

            lex = ensure_index(store)
            store.reports()  # the catalog file of the new generation (ingest.catalog), saved for every reader
            if lex.n:
                ensure_matrix(store, lex)  # the chunk vectors as one matrix (ingest.vectors): scoped dense search
        except Exception:  # readers build them themselves when they are missing
            log.exception("could not build the lexical index, the catalog file or the vector matrix")
    return summary


# chunks of several reports go to the embedder together (fewer, fuller batches)
EMBED_WINDOW_TEXTS = 256
