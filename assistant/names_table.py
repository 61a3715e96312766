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
from functools import lru_cache
from pathlib import Path

from ingest.storage import GenerationFile, files_digest

FORMAT = 2
_HERE = Path(__file__).resolve().parent
FILE = GenerationFile("names", "names table")


@lru_cache(maxsize=1)
def code_digest() -> str:
    """What the table depends on besides the catalog: the scope and vocabulary code and the data."""
    return files_digest([_HERE / "scope.py", _HERE / "report_names.py", _HERE / "core" / "vocab.py",
                         _HERE / "core" / "text.py",
                         *sorted((_HERE / "core" / "data").glob("*.toml"))])


def ids_digest(doc_ids: list[str]) -> str:
    return hashlib.sha1("\n".join(doc_ids).encode()).hexdigest()


def path_for(store_path: Path, generation: int) -> Path:
    return FILE.path_for(store_path, generation)


def _key(generation: int, doc_ids: list[str]) -> tuple:
    return (FORMAT, code_digest(), generation, ids_digest(doc_ids))


def save(store_path: Path, generation: int, doc_ids: list[str], table: dict[str, dict[str, int]]) -> Path:
    return FILE.save(store_path, generation, _key(generation, doc_ids), table)


def load(store_path: Path, generation: int, doc_ids: list[str]) -> dict[str, dict[str, int]] | None:
    """The table saved for exactly this generation and these reports; else None."""
    table = FILE.load(store_path, generation, _key(generation, doc_ids))
    return table if isinstance(table, dict) else None
