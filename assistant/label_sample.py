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
    """What the saved idf and labels depend on besides the facts: the label, tokeniser and template code
    and the vocabulary data (a changed rule makes the file stale)."""
    h = hashlib.sha1()
    files = [_HERE / "labels.py", _HERE / "core" / "text.py", _HERE / "core" / "template.py", _HERE / "core" / "glossary.py"]
    files += sorted((_HERE / "core" / "data").glob("*.toml"))
    for p in files:
        try:
            h.update(p.name.encode() + b"\0" + p.read_bytes())
        except OSError:
            h.update(p.name.encode() + b"\0missing")
    return h.hexdigest()


def folder(store_path: Path) -> Path:
    return Path(store_path) / "labels"


def path_for(store_path: Path, generation: int) -> Path:
    return folder(store_path) / f"gen-{generation}.marshal"


def save(store_path: Path, generation: int, n_reports: int, sample: list[str], idf: dict[str, float],
         labels: list[str]) -> Path:
    d = folder(store_path)
    d.mkdir(parents=True, exist_ok=True)
    path = path_for(store_path, generation)
    tmp = path.with_name(f".{path.stem}.{writer_tag()}.tmp")
    payload = (FORMAT, code_digest(), generation, n_reports, list(sample), dict(idf), list(labels))
    tmp.write_bytes(marshal.dumps(payload))
    os.replace(tmp, path)
    prune_generations(d, "gen-*.marshal", path.name)
    return path


def load(store_path: Path, generation: int, n_reports: int, sample: list[str]) -> tuple[dict[str, float], list[str]] | None:
    """(idf, label texts) saved for exactly this generation, catalog size and sample; else None."""
    path = path_for(store_path, generation)
    try:
        fmt, digest, gen, n, saved_sample, idf, labels = marshal.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except Exception as e:  # a torn or foreign file: rebuild
        log.warning("ignoring the label sample cache %s: %s", path, e)
        return None
    if fmt != FORMAT or digest != code_digest() or gen != generation or n != n_reports or saved_sample != list(sample):
        return None
    if not isinstance(idf, dict) or not isinstance(labels, list):
        return None
    return idf, labels
