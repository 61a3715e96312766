"""The names index's input (name -> {doc_id: weight}) saved per store generation (issue 14: open + first
answer at 10,000 reports).

Building the table walks every report's names, aliases and mentions (~0.2 s of CPU at 10,000 reports, the
only part of the first question's start-up that grows with the store); a reader of the same generation
loads ``names/gen-<G>.marshal`` and only builds the Aho-Corasick automaton from it.  Derived data, like
``catalog/gen-<G>.marshal``: keyed by the generation, the reports' doc ids and a digest of the code and
data that make the names, so a stale, torn or foreign file is ignored and rebuilt by the first reader;
deleting it is always safe.  ``marshal`` holds plain data only (nothing is executed when it is read).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
from functools import lru_cache
from pathlib import Path

from ingest.storage import prune_generations, writer_tag

log = logging.getLogger(__name__)

FORMAT = 1
_HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_digest() -> str:
    """What the table depends on besides the catalog: the scope and vocabulary code and the data."""
    h = hashlib.sha1()
    files = [_HERE / "scope.py", _HERE / "core" / "vocab.py", _HERE / "core" / "text.py"]
    files += sorted((_HERE / "core" / "data").glob("*.toml"))
    for p in files:
        try:
            h.update(p.name.encode() + b"\0" + p.read_bytes())
        except OSError:
            h.update(p.name.encode() + b"\0missing")
    return h.hexdigest()


def ids_digest(doc_ids: list[str]) -> str:
    return hashlib.sha1("\n".join(doc_ids).encode()).hexdigest()


def folder(store_path: Path) -> Path:
    return Path(store_path) / "names"


def path_for(store_path: Path, generation: int) -> Path:
    return folder(store_path) / f"gen-{generation}.marshal"


def save(store_path: Path, generation: int, doc_ids: list[str], table: dict[str, dict[str, int]]) -> Path:
    d = folder(store_path)
    d.mkdir(parents=True, exist_ok=True)
    path = path_for(store_path, generation)
    tmp = path.with_name(f".{path.stem}.{writer_tag()}.tmp")
    tmp.write_bytes(marshal.dumps((FORMAT, code_digest(), generation, ids_digest(doc_ids), table)))
    os.replace(tmp, path)
    prune_generations(d, "gen-*.marshal", path.name)
    return path


def load(store_path: Path, generation: int, doc_ids: list[str]) -> dict[str, dict[str, int]] | None:
    """The table saved for exactly this generation and these reports; else None."""
    path = path_for(store_path, generation)
    try:
        fmt, digest, gen, ids, table = marshal.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except Exception as e:  # a torn or foreign file: rebuild
        log.warning("ignoring the names table %s: %s", path, e)
        return None
    if fmt != FORMAT or digest != code_digest() or gen != generation or ids != ids_digest(doc_ids):
        return None
    return table if isinstance(table, dict) else None
