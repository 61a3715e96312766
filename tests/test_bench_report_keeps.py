"""`python -m bench.run --report` on a machine that did not run the ingest, query or scale stages keeps their committed
measurements (docs/benchmarks/bench.json) instead of writing "not measured"; a stage run here replaces them."""

from __future__ import annotations

import json

import bench.run as run


def test_stages_not_run_here_keep_the_committed_measurement(tmp_path, monkeypatch):
    out, cache = tmp_path / "docs", tmp_path / "cache"
    out.mkdir()
    cache.mkdir()
    committed = {"ingest": {e: {"reports": 70, "embedder": e} for e in run.INGEST_EMBEDDERS},
                 "query": {"p50_ms": 9.0}, "scale": {str(n): {"query": {"p50_ms": float(n)}} for n in run.SIZES}}
    (out / "bench.json").write_text(json.dumps(committed), encoding="utf-8")
    monkeypatch.setattr(run, "OUT", out)
    monkeypatch.setattr(run, "BENCH_CACHE", cache)
    monkeypatch.setattr("bench.scale.paths", lambda n: {"ingest_json": cache / f"scale_{n}_i.json",
                                                        "query_json": cache / f"scale_{n}_q.json"})
    data = run.collect()
    assert data["query"] == {"p50_ms": 9.0} and data["scale"] == committed["scale"]
    assert all(data["ingest"][e]["reports"] == 70 for e in run.INGEST_EMBEDDERS)
    # a stage measured here wins
    (cache / "query_shared.json").write_text(json.dumps({"p50_ms": 33.0}), encoding="utf-8")
    assert run.collect()["query"] == {"p50_ms": 33.0}
