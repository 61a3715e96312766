"""Faults: an ingest killed with SIGKILL at several points leaves a consistent store, and a re-run completes.
Old or corrupt stores give a clear message and a --rebuild path."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from ingest.index import SCHEMA_VERSION, Store, StoreError
from tests.conftest import CACHE, CORPUS, REPO, SAMPLES, SEEDS, _settings, shared_report_files


def run_ingest(paths, store, failpoint=None, wait=True):
    env = {**os.environ, "ASSISTANT_EMBEDDING_CACHE": str(CACHE / "embeddings.sqlite")}
    env.pop("ASSISTANT_FAILPOINT", None)
    if failpoint:
        env["ASSISTANT_FAILPOINT"] = failpoint
    cmd = [sys.executable, "-m", "ingest", *map(str, paths), "--store", str(store), "--quiet"]
    if not wait:
        return subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)


def assert_consistent(store_dir, include_orphans=True):
    store = Store(store_dir, _settings(store_dir))
    assert store.consistency_problems(include_orphans=include_orphans) == []
    # recorded file hashes are the hashes of the files as they are on disk
    for path, recorded in store.db.execute("SELECT path, file_hash FROM report_files"):
        assert hashlib.sha256(open(path, "rb").read()).hexdigest() == recorded
    n = len(store.reports())
    store.close()
    return n


@pytest.mark.parametrize(
    "failpoint, committed",
    [("after_embed:2", 1), ("after_vectors:2", 1), ("before_commit:2", 1), ("after_commit:2", 2)],
)
def test_sigkill_during_ingest_then_rerun(tmp_path, failpoint, committed):
    reports = tmp_path / "reports"
    shutil.copytree(SAMPLES, reports)
    store = tmp_path / "store"
    killed = run_ingest([reports], store, failpoint)
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    # no half-stored report: the catalog agrees with itself and with the vectors it lists
    assert assert_consistent(store, include_orphans=False) == committed
    again = run_ingest([reports], store)
    assert again.returncode == 0, again.stderr
    assert "failed: 0" in again.stdout
    assert assert_consistent(store) == 3  # orphans of the killed run were reconciled


def test_sigkill_at_arbitrary_moments_of_a_larger_ingest(tmp_path):
    shared_report_files()
    store = tmp_path / "store"
    for delay in (4, 9):
        proc = run_ingest([SEEDS, CORPUS], store, wait=False)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert_consistent(store, include_orphans=False)
    done = run_ingest([SEEDS, CORPUS], store)
    assert done.returncode == 0 and "failed: 0" in done.stdout, done.stdout + done.stderr
    assert assert_consistent(store) == len(shared_report_files())


def test_store_of_another_version_gives_a_clear_message_and_rebuild_works(tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(SAMPLES, reports)
    store = tmp_path / "store"
    assert run_ingest([reports], store).returncode == 0
    db = sqlite3.connect(store / "catalog.sqlite")
    db.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION - 1 or 99),))
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="another version.*--rebuild"):
        Store(store, _settings(store))
    out = run_ingest([reports], store)
    assert out.returncode == 2 and "--rebuild" in out.stderr and "Traceback" not in out.stderr
    ask = subprocess.run([sys.executable, "-m", "assistant", "ask", "收到多少申请", "--store", str(store)],
                         cwd=REPO, capture_output=True, text=True, timeout=300)
    assert ask.returncode != 0 and "--rebuild" in ask.stderr and "Traceback" not in ask.stderr
    env = {**os.environ, "ASSISTANT_EMBEDDING_CACHE": str(CACHE / "embeddings.sqlite")}
    rebuilt = subprocess.run([sys.executable, "-m", "ingest", "--rebuild", str(reports), "--store", str(store), "--quiet"],
                             cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert assert_consistent(store) == 3


def test_corrupt_catalog_is_moved_aside_by_rebuild(tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(SAMPLES, reports)
    store = tmp_path / "store"
    store.mkdir()
    (store / "catalog.sqlite").write_bytes(b"\x00garbage" * 1000)
    out = run_ingest([reports], store)
    assert out.returncode == 2 and "--rebuild" in out.stderr and "Traceback" not in out.stderr
    env = {**os.environ, "ASSISTANT_EMBEDDING_CACHE": str(CACHE / "embeddings.sqlite")}
    rebuilt = subprocess.run([sys.executable, "-m", "ingest", "--rebuild", str(reports), "--store", str(store), "--quiet"],
                             cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert list(store.glob("catalog.sqlite.unreadable-*"))
    assert assert_consistent(store) == 3


def test_store_opened_with_another_vector_location_says_so(tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(SAMPLES, reports)
    store = tmp_path / "store"
    assert run_ingest([reports], store).returncode == 0
    env = {**os.environ, "ASSISTANT_COLLECTION": "another-collection"}
    out = subprocess.run([sys.executable, "-m", "assistant", "ask", "收到多少申请", "--store", str(store)],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 2 and "another-collection" in out.stderr and "Traceback" not in out.stderr


def test_queries_keep_working_while_an_ingest_runs(tmp_path):
    import threading

    from assistant.api import ask
    from ingest.pipeline import ingest_paths

    shared_report_files()
    store = tmp_path / "store"
    settings = _settings(store)
    assert run_ingest([SAMPLES], store).returncode == 0
    done = threading.Event()
    result = {}

    def ingest():
        try:
            result["summary"] = ingest_paths([SEEDS, CORPUS], Store(store, settings), settings)
        finally:
            done.set()

    worker = threading.Thread(target=ingest)
    worker.start()
    answers = []
    while not done.is_set() or not answers:
        answers.append(ask("青禾县信访局2023年收到多少政府信息公开申请？", settings=settings))
    worker.join()
    assert result["summary"].failed == [] and len(result["summary"].added) == len(shared_report_files())
    assert len(answers) >= 3
    assert all(a.answered and a.citations[0].highlight == "16" for a in answers)
    # and the reports that arrived meanwhile are answerable without a restart
    late = ask("how many applications did Kundulun receive in 2023", settings=settings)
    assert late.answered and late.citations[0].agency == "昆都仑区信访局"


def test_clients_opened_at_once_by_several_threads_all_work(tmp_path):
    # the UI answers while an upload ingests: both open the store's Chroma at the same moment (ingest.storage lock)
    import threading

    from ingest.storage import chroma_client

    settings = _settings(tmp_path / "store")
    errors, clients = [], []

    def open_one():
        try:
            clients.append(chroma_client(settings, tmp_path / "store" / "chroma").heartbeat())
        except Exception as e:  # noqa: BLE001 — the failure being guarded against
            errors.append(e)

    threads = [threading.Thread(target=open_one) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(clients) == 6
