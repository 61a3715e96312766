"""load -> clean -> structure -> metadata -> tables/facts -> chunk -> embed -> index.

`process` is the pure part (one loaded document in, a processed report out);
`ingest_paths` drives it over files with the store, the embedding cache, a
progress bar and a summary.  One bad file never stops the others.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from assistant.core.settings import Settings
from assistant.core.types import Chunk, Fact, Report
from ingest.checks import check_identities, check_narrative_conflicts
from ingest.chunk import chunk_sections
from ingest.clean import CleanText, clean
from ingest.index import failpoint
from ingest.load import LoadedDocument, LoadError, iter_report_files, load_document
from ingest.metadata import extract_metadata
from ingest.narrative import extract_narrative_facts
from ingest.structure import section_at, split_sections
from ingest.tables import extract_table_facts
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


def process(doc: LoadedDocument, settings: Settings) -> ProcessedReport:
    ct = clean(doc.text)
    if not ct.text.strip():
        raise LoadError(doc.path, "no report text left after removing web boilerplate")
    doc_id = doc_id_of(doc.text)
    source = doc.path.name
    meta = extract_metadata(ct.text, source)
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
    )
    facts: list[Fact] = []
    for tf in table_facts:
        s, e = ct.to_original(*tf.span)
        qs, qe = ct.to_original(*tf.row_span)
        facts.append(Fact(
            doc_id=doc_id, source=source, agency=meta.agency, region=meta.region, year=meta.year, table=tf.table,
            row=tf.row, column=tf.column, metric=tf.metric, value=tf.value, unit=tf.unit, raw=tf.raw,
            start=s, end=e, quote_start=qs, quote_end=qe, section=section_label(tf.row_span[0]),
        ))
    for nf in narrative_facts:
        s, e = ct.to_original(*nf.span)
        qs, qe = ct.to_original(*nf.sentence_span)
        facts.append(Fact(
            doc_id=doc_id, source=source, agency=meta.agency, region=meta.region, year=meta.year, table="narrative",
            row=nf.row, column="", metric=nf.metric, value=nf.value, unit=nf.unit, raw=nf.raw,
            start=s, end=e, quote_start=qs, quote_end=qe, section=section_label(nf.sentence_span[0]),
        ))

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


def ingest_paths(
    paths: Iterable[Path | str],
    store,
    settings: Settings,
    progress: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest files and folders into `store` incrementally. `progress(name)` is called after each file."""
    from ingest.embed import EmbeddingCache, embed_with_cache, get_embedder

    unsupported: list[Path] = []
    files = iter_report_files(paths, skipped=unsupported)
    summary = IngestSummary(files=len(files))
    summary.skipped = [(p.name, f"{p.name}: unsupported file type '{p.suffix or '(none)'}', not a report") for p in unsupported]
    store.check_location()
    store.reconcile()
    embedder = None
    cache = EmbeddingCache(settings.embedding_cache or store.path / "embeddings.sqlite")
    try:
        for path in files:
            key = str(Path(path).resolve())
            try:
                fhash = file_hash(path) if path.is_file() else ""
                rec = store.file_record(key)
                if rec and rec[1] == fhash and store.has_report(rec[0]):
                    summary.unchanged.append(path.name)
                    continue
                doc = load_document(path)
                doc_id = doc_id_of(doc.text)
                if store.has_report(doc_id):
                    # same content under another name: record the name, store nothing twice
                    store.add_file(key, path.name, doc_id, fhash)
                    if rec and rec[0] != doc_id:
                        store._drop_if_unreferenced(rec[0])
                    summary.duplicates.append((path.name, doc_id))
                    continue
                processed = process(doc, settings)
                if embedder is None:
                    embedder = get_embedder(settings)
                    store.check_embedder(embedder.name, settings.embedder)
                vectors = embed_with_cache(embedder, cache, processed.index_texts, settings.embed_batch)
                failpoint("after_embed")
                store.write_report(
                    processed.report, doc.text, processed.ct.text, processed.ct.index, processed.chunks,
                    processed.tokens, vectors, processed.index_texts, processed.facts, key, fhash,
                )
                summary.added.append(path.name)
                summary.chunks += len(processed.chunks)
                summary.facts += len(processed.facts)
                summary.warnings += [(path.name, w) for w in processed.report.warnings]
            except LoadError as e:
                summary.failed.append((path.name, str(e)))
                log.warning("%s", e)
            except Exception as e:  # one bad file never stops the others
                log.exception("failed to ingest %s", path)
                summary.failed.append((path.name, f"{path.name}: unexpected error while ingesting: {type(e).__name__}: {e}"))
            finally:
                if progress:
                    progress(path.name)
    finally:
        cache.close()
    return summary
