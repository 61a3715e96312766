"""Paths, text normalisation for scoring, percentiles and the machine description."""

from __future__ import annotations

import json
import os
import platform
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "reports"
CACHE = REPO / ".cache"
BENCH_CACHE = CACHE / "bench"
EMBED_CACHE = CACHE / "embeddings.sqlite"  # shared with the test suite: nothing is embedded twice
DOCS = REPO / "docs"
OUT = DOCS / "benchmarks"
QA_DEV = Path(__file__).resolve().parent / "qa_dev.jsonl"


def shared_files() -> list[Path]:
    """The shared seeds and corpus reports, or [] when ../shared is not beside the repo."""
    if not SEEDS.is_dir() or not CORPUS.is_dir():
        return []
    return sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))


def offline_env() -> None:
    for k, v in (("HF_HUB_OFFLINE", "1"), ("TRANSFORMERS_OFFLINE", "1"), ("ANONYMIZED_TELEMETRY", "False"),
                 ("GRADIO_ANALYTICS_ENABLED", "False"), ("TOKENIZERS_PARALLELISM", "false")):
        os.environ.setdefault(k, v)


# --- normalisation used by every comparison of gold text with answers/quotes ------------------

_PINYIN_GLOSS = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+\)")
_SPACE = re.compile(r"\s+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


@lru_cache(maxsize=1)
def _t2s():
    try:
        from opencc import OpenCC

        return OpenCC("t2s")
    except Exception:  # pragma: no cover - opencc is a product dependency
        return None


def norm(text: str) -> str:
    """Compare-friendly text: NFKC (full-width -> half-width), traditional -> simplified,
    pinyin glosses glued by mirror sites removed ("創(chuàng)作" -> "创作"), whitespace removed,
    thousands separators removed ("1,085" -> "1085"), dashes unified, lower case."""
    if not text:
        return ""
    # thousands separators are ASCII commas between digits; a full-width comma between two figures
    # ("分别为3，240件") separates them, so separators are dropped before NFKC makes "，" a ","
    t = _THOUSANDS.sub("", text)
    t = unicodedata.normalize("NFKC", t)
    t = _PINYIN_GLOSS.sub("", t)
    cc = _t2s()
    if cc is not None:
        t = cc.convert(t)
    t = _SPACE.sub("", t)
    t = re.sub(r"[—–－‐-]+", "-", t)
    t = t.replace("：", ":").replace("，", ",").replace("（", "(").replace("）", ")")
    return t.lower()


def percentile(values: list[float], p: float) -> float | None:
    """Linear-interpolated percentile (numpy's default), None for no values."""
    if not values:
        return None
    xs = sorted(values)
    k = (len(xs) - 1) * p / 100.0
    f = int(k)
    c = min(f + 1, len(xs) - 1)
    return xs[f] + (xs[c] - xs[f]) * (k - f)


def machine() -> dict:
    info = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "cpu_model": None,
        "memory_gib": None,
        "gpu": "none",
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu_model"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import subprocess

        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO, capture_output=True,
                               text=True).stdout.strip()
        info["git"] = f"{head}{' + uncommitted changes' if dirty else ''}" if head else None
    except Exception:
        info["git"] = None
    try:
        import psutil

        info["memory_gib"] = round(psutil.virtual_memory().total / 2**30, 1)
    except Exception:
        pass
    return info


def write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")


def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux ru_maxrss is in KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def loadavg() -> list[float] | None:
    """1/5/15-minute load averages: other work on the machine shows here (2 cores = load 2)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None
