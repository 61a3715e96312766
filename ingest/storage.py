"""Helpers of the store (ingest/index.py): fault injection, errors, the Chroma client, read-time flags."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

from assistant.core.settings import Settings, configure_offline
from assistant.core.types import Chunk, Report


def failpoint(name: str) -> None:
    """Fault injection for the crash-safety tests: with ASSISTANT_FAILPOINT=name[:n] the
    process SIGKILLs itself the n-th time (default 1st) it passes `name`."""
    spec = os.environ.get("ASSISTANT_FAILPOINT")
    if not spec or spec.split(":")[0] != name:
        return
    _FAILPOINT_HITS[name] = _FAILPOINT_HITS.get(name, 0) + 1
    if _FAILPOINT_HITS[name] >= int(spec.split(":")[1] if ":" in spec else 1):
        os.kill(os.getpid(), signal.SIGKILL)


_FAILPOINT_HITS: dict[str, int] = {}


class StoreError(RuntimeError):
    """The store cannot be used as it is (wrong version, corrupt): the message says what to do."""


def writer_tag() -> str:
    """A tag unique to the writing process *and thread*, for temporary files: two threads of one process
    writing the same derived file must never share (and truncate) one temporary file."""
    import threading

    return f"{os.getpid()}-{threading.get_ident()}"


def prune_generations(folder: Path, pattern: str, keep_prefix: str) -> None:
    """Remove the derived files of older store generations (`pattern` in `folder`, except names starting
    with `keep_prefix`): they are of no use to anyone; one another process still reads stays until closed."""
    for old in folder.glob(pattern):
        if not old.name.startswith(keep_prefix):
            try:
                old.unlink()
            except OSError:
                pass


def files_digest(paths: list[Path]) -> str:
    """A digest of some code and data files (a missing one counts as missing): a derived file saved under
    one digest is stale once a rule it was made by changes."""
    import hashlib

    h = hashlib.sha1()
    for p in paths:
        try:
            h.update(p.name.encode() + b"\0" + p.read_bytes())
        except OSError:
            h.update(p.name.encode() + b"\0missing")
    return h.hexdigest()


class GenerationFile:
    """A derived file per store generation, ``<store>/<folder>/gen-<G>.marshal`` (the catalog, the label
    sample, the names table): written atomically under a temporary name of its own writer, older generations
    removed.  It holds (key, payload); ``load`` gives the payload only when the saved key equals the key asked
    for (format, generation, a digest of the code and of the reports it was made from), so a stale, torn or
    foreign file reads as None and the first reader rebuilds it: deleting it is always safe.  ``marshal`` holds
    plain data only (nothing is executed when it is read)."""

    def __init__(self, folder: str, what: str) -> None:
        self.folder_name, self.what = folder, what

    def folder(self, store_path: Path) -> Path:
        return Path(store_path) / self.folder_name

    def path_for(self, store_path: Path, generation: int) -> Path:
        return self.folder(store_path) / f"gen-{generation}.marshal"

    def save(self, store_path: Path, generation: int, key: tuple, payload) -> Path:
        import marshal

        d = self.folder(store_path)
        d.mkdir(parents=True, exist_ok=True)
        path = self.path_for(store_path, generation)
        tmp = path.with_name(f".{path.stem}.{writer_tag()}.tmp")
        tmp.write_bytes(marshal.dumps((tuple(key), payload)))
        os.replace(tmp, path)
        prune_generations(d, "gen-*.marshal", path.name)
        return path

    def load(self, store_path: Path, generation: int, key: tuple):
        import logging
        import marshal

        path = self.path_for(store_path, generation)
        try:
            saved = marshal.loads(path.read_bytes())
        except FileNotFoundError:
            return None
        except Exception as e:  # a torn or foreign file: rebuild
            logging.getLogger(__name__).warning("ignoring the %s file %s: %s", self.what, path, e)
            return None
        if not (isinstance(saved, tuple) and len(saved) == 2) or saved[0] != tuple(key):
            return None  # another format, generation, code or set of reports
        return saved[1]


# Chroma builds its shared per-path system lazily and not thread-safely: two threads opening the same store at once
# (the UI answering while an upload ingests) can tear it down under each other ("Could not connect to tenant")
_CLIENT_LOCK = threading.Lock()


def chroma_client(settings: Settings, path: Path):
    """Embedded Chroma in `path`, or the Chroma server at `settings.chroma_url` (clients are made one at a time)."""
    with _CLIENT_LOCK:
        return _chroma_client(settings, path)


def _chroma_client(settings: Settings, path: Path):
    configure_offline()
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        try:
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1", port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https", settings=chroma_settings,
            )
        except Exception as e:  # connection refused, wrong URL: say so plainly
            raise StoreError(f"cannot reach the Chroma server at {settings.chroma_url}: {e}") from e
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def flag_same_agency_year(reports: list[Report]) -> None:
    """Different content claiming the same agency and year: keep both, flag both (derived on
    read, so the flag goes away by itself when one of them is deleted)."""
    groups: dict[tuple[str, int], list[Report]] = {}
    for r in reports:
        if r.agency and r.year:
            groups.setdefault((r.agency, r.year), []).append(r)
    for (agency, year), same in groups.items():
        if len(same) < 2:
            continue
        for r in same:
            others = "、".join(s for o in same if o is not r for s in (o.sources[:1] or [o.doc_id]))
            r.warnings.append(f"另有内容不同的报告（{others}）也自称{agency}{year}年年度报告，请核对哪一份是正式版本")


def _chroma_meta(c: Chunk) -> dict:
    meta = {"doc_id": c.doc_id, "source": c.source, "section": c.section, "kind": c.kind, "start": c.start, "end": c.end}
    if c.agency:
        meta["agency"] = c.agency
    if c.year is not None:
        meta["year"] = c.year
    if c.title:
        meta["title"] = c.title
    return meta
