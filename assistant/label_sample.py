"""The FactIndex's label sample (label idf + label texts of an even sample of reports), saved per store
generation (issue 14: open + first answer at 10,000 reports).

Building it reads the facts of up to 100 reports from SQLite and tokenises every label (~1-2 s of CPU at
open, competing with the first question for the GIL); a reader of the same generation loads
``labels/gen-<G>.marshal`` instead.  The file is derived data, like ``catalog/gen-<G>.marshal``: it is
keyed by the generation, the number of reports, the sample's doc ids and a digest of the code and data
that make labels and tokens, so a stale, torn or foreign file is ignored and rebuilt by the first reader;
deleting it is always safe.  ``marshal`` holds plain data only (nothing is executed when it is read).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ingest.storage import GenerationFile, files_digest

FORMAT = 2
_HERE = Path(__file__).resolve().parent
FILE = GenerationFile("labels", "label sample")


@lru_cache(maxsize=1)
def code_digest() -> str:
    """What the saved idf and labels depend on besides the facts: the label, tokeniser and template code
    and the vocabulary data (a changed rule makes the file stale)."""
    return files_digest([_HERE / "labels.py", _HERE / "fact_index.py", _HERE / "core" / "text.py",
                         _HERE / "core" / "template.py", _HERE / "core" / "glossary.py",
                         *sorted((_HERE / "core" / "data").glob("*.toml"))])


def path_for(store_path: Path, generation: int) -> Path:
    return FILE.path_for(store_path, generation)


def _key(generation: int, n_reports: int, sample: list[str]) -> tuple:
    return (FORMAT, code_digest(), generation, n_reports, tuple(sample))


def save(store_path: Path, generation: int, n_reports: int, sample: list[str], idf: dict[str, float],
         labels: list[str]) -> Path:
    return FILE.save(store_path, generation, _key(generation, n_reports, sample), (dict(idf), list(labels)))


def load(store_path: Path, generation: int, n_reports: int, sample: list[str]) -> tuple[dict[str, float], list[str]] | None:
    """(idf, label texts) saved for exactly this generation, catalog size and sample; else None."""
    got = FILE.load(store_path, generation, _key(generation, n_reports, sample))
    if not (isinstance(got, tuple) and len(got) == 2 and isinstance(got[0], dict) and isinstance(got[1], list)):
        return None
    return got
