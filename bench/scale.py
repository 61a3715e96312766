"""Scale runs on synthetic corpora (bench.synth): ingest, store size, query and facts latency,
answer accuracy on generated questions with known answers.

    python -m bench.scale ingest --n 1000      # build .cache/bench/scale_1000 (skipped when complete)
    python -m bench.scale query --n 1000       # latency + accuracy on the built store

Each phase runs in its own process (bench.run starts them) so the peak memory it reports is
its own.  The corpus and stores live under .cache/bench/ (git-ignored).  Stores use the fast
``use`` embedder (say so next to the figures); each size has its own embedding cache so the
first build of each size is a cold, full measurement, and a later ``make bench`` reuses a
complete store instead of re-embedding (its recorded ingest figures are kept, with their date).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.common import BENCH_CACHE, REPO, loadavg, offline_env, peak_rss_mib, percentile, read_json, write_json
from bench.scoring import numbers

EMBEDDER = "use"


def paths(n: int) -> dict[str, Path]:
    base = BENCH_CACHE / f"scale_{n}"
    return {
        "base": base,
        "corpus": BENCH_CACHE / f"synth_{n}",
        "store": base / "store",
        "cache": base / "embeddings.sqlite",
        "ingest_json": base / "ingest.json",
        "query_json": base / "query.json",
    }


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def settings_for(n: int):
    from assistant.core.settings import Settings

    p = paths(n)
    return Settings(store=p["store"], embedder=EMBEDDER, embedding_cache=p["cache"])


def phase_ingest(n: int, rebuild: bool = False) -> dict:
    offline_env()
    from bench.synth import write_corpus

    p = paths(n)
    prev = read_json(p["ingest_json"])
    if (prev and prev.get("complete") and "ingest_s" in prev and not rebuild  # (a build/clone store is not an ingest run)
            and (p["store"] / "catalog.sqlite").exists()):
        prev["reused"] = True
        return prev
    load_before = loadavg()
    t0 = time.perf_counter()
    write_corpus(p["corpus"], n)
    gen_s = time.perf_counter() - t0
    shutil.rmtree(p["base"], ignore_errors=True)
    p["base"].mkdir(parents=True)
    from ingest.index import Store
    from ingest.pipeline import ingest_paths

    settings = settings_for(n)
    store = Store(p["store"], settings)
    done = [0]
    marks: list[tuple[int, float]] = []
    t0 = time.perf_counter()

    def progress(_name: str) -> None:
        done[0] += 1
        if done[0] % max(1, n // 20) == 0:
            marks.append((done[0], time.perf_counter() - t0))
            print(f"  ingest {done[0]}/{n}  {time.perf_counter() - t0:.0f}s", file=sys.stderr, flush=True)

    summary = ingest_paths([p["corpus"]], store, settings, progress=progress)
    secs = time.perf_counter() - t0
    store.close()
    res = {
        "n": n,
        "embedder": EMBEDDER,
        "generate_s": round(gen_s, 1),
        "ingest_s": round(secs, 1),
        "reports_per_min": round(len(summary.added) / secs * 60, 1),
        "chunks": summary.chunks,
        "facts": summary.facts,
        "chunks_per_s": round(summary.chunks / secs, 1),
        "added": len(summary.added),
        "failed": len(summary.failed),
        "warnings": len(summary.warnings),
        "store_bytes": du(p["store"]),
        "embedding_cache_bytes": p["cache"].stat().st_size if p["cache"].exists() else 0,
        "corpus_bytes": du(p["corpus"]),
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "progress": marks,
        "loadavg_before": load_before,
        "loadavg_after": loadavg(),
        "measured_at": time.strftime("%Y-%m-%d %H:%M"),
        "complete": len(summary.added) == n,
    }
    write_json(p["ingest_json"], res)
    return res


def _reusable(p: dict[str, Path], rebuild: bool) -> dict | None:
    """The result of a complete earlier build of this size (its store still there), unless --rebuild."""
    prev = read_json(p["ingest_json"])
    if prev and prev.get("complete") and not rebuild and (p["store"] / "catalog.sqlite").exists():
        return {**prev, "reused": True}
    return None


def phase_clone(n: int, workers: int | None = None, rebuild: bool = False) -> dict:
    """The cheapest large store (bench.synth_store.build_cloned_store): one real report per agency
    type and year is parsed by the product pipeline, every other report is a renamed copy of it
    (another fictional place, the base's figures), all written through Store.write_report."""
    offline_env()
    from bench.synth_store import build_cloned_store
    from ingest.pipeline import default_workers

    p = paths(n)
    if (prev := _reusable(p, rebuild)) is not None:
        return prev
    shutil.rmtree(p["base"], ignore_errors=True)
    p["base"].mkdir(parents=True)
    load_before = loadavg()
    settings = settings_for(n)
    workers = workers or default_workers()
    done = [0]
    t0 = time.perf_counter()

    def progress(_path: str) -> None:
        done[0] += 1
        if done[0] % max(1, n // 10) == 0:
            print(f"  clone {done[0]}/{n}  {time.perf_counter() - t0:.0f}s", file=sys.stderr, flush=True)

    got = build_cloned_store(n, p["store"], p["base"] / "corpus", settings, workers, progress)
    secs = time.perf_counter() - t0
    res = {
        "n": n,
        "built_by": "clone: python -m bench.scale clone (one parsed report per agency type x year, the rest renamed "
                    "copies with the base's figures; Store.write_report; section-reused use vectors)",
        "corpus": str(p["base"] / "corpus"),
        "embedder": EMBEDDER,
        "workers": workers,
        "build_s": round(secs, 1),
        "reports_per_min": round(n / secs * 60, 1),
        **got,
        "store_bytes": du(p["store"]),
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "loadavg_before": load_before,
        "loadavg_after": loadavg(),
        "measured_at": time.strftime("%Y-%m-%d %H:%M"),
        "complete": True,
    }
    write_json(p["ingest_json"], res)
    return res


def phase_build(n: int, workers: int | None = None, rebuild: bool = False) -> dict:
    """The fast synthetic store for query measurements (bench.synth_store): the product's own ingest
    (parallel parsing, per-report commits) with section-reused `use` vectors instead of embedding
    every chunk.  Not an ingest-speed measurement of the embedder; the parse/write part is real."""
    offline_env()
    from bench.synth import write_corpus
    from bench.synth_store import NAME, register

    p = paths(n)
    if (prev := _reusable(p, rebuild)) is not None:
        return prev
    load_before = loadavg()
    t0 = time.perf_counter()
    write_corpus(p["corpus"], n)
    gen_s = time.perf_counter() - t0
    shutil.rmtree(p["base"], ignore_errors=True)
    p["base"].mkdir(parents=True)
    register()
    from ingest.embed import get_embedder
    from ingest.index import Store
    from ingest.pipeline import default_workers, ingest_paths

    settings = settings_for(n).model_copy(update={"embedder": NAME, "embedding_cache": p["base"] / "scratch-embeddings.sqlite"})
    store = Store(p["store"], settings)
    done = [0]
    t0 = time.perf_counter()

    def progress(_name: str) -> None:
        done[0] += 1
        if done[0] % max(1, n // 10) == 0:
            print(f"  build {done[0]}/{n}  {time.perf_counter() - t0:.0f}s", file=sys.stderr, flush=True)

    workers = workers or default_workers()
    summary = ingest_paths([p["corpus"]], store, settings, progress=progress, workers=workers)
    secs = time.perf_counter() - t0
    # queries embed with the real `use` model (the vectors are `use` vectors, reused per section)
    store.set_meta("embedder_key", EMBEDDER)
    store.set_meta("synthetic_vectors", "use vectors of one representative text per section, reused (bench.synth_store)")
    store.close()
    (p["base"] / "scratch-embeddings.sqlite").unlink(missing_ok=True)
    res = {
        "n": n,
        "built_by": "bulk: python -m bench.scale build (product ingest, parallel parsing, section-reused use vectors)",
        "embedder": EMBEDDER,
        "distinct_texts_embedded": get_embedder(settings).embedded,
        "workers": workers,
        "generate_s": round(gen_s, 1),
        "build_s": round(secs, 1),
        "reports_per_min": round(len(summary.added) / secs * 60, 1),
        "chunks": summary.chunks,
        "facts": summary.facts,
        "added": len(summary.added),
        "failed": len(summary.failed),
        "warnings": len(summary.warnings),
        "store_bytes": du(p["store"]),
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "loadavg_before": load_before,
        "loadavg_after": loadavg(),
        "measured_at": time.strftime("%Y-%m-%d %H:%M"),
        "complete": len(summary.added) == n,
    }
    write_json(p["ingest_json"], res)
    return res


def _score_synth(q: dict, a) -> dict:
    """Correct: answered, the gold figure is a number of the text, a citation quotes the gold
    report, and no citation quotes another report of the same agency (another year)."""
    if not q["answerable"]:
        return {"correct": not a.answered, "refusal": True}
    nums = numbers(a.text)
    gold = q["gold"][0]
    has = any(abs(x - gold) < 1e-6 for x in nums)
    from_gold = any(c.source == q["file"] for c in a.citations)
    other = [c.source for c in a.citations if c.source != q["file"]]
    return {"correct": bool(a.answered and has and from_gold and not other), "has_value": has,
            "cites_gold": from_gold, "other_reports_cited": len(other)}


def step_breakdown(chain, questions: list[str]) -> dict:
    """p50 per step of one question (the chain's own steps run one by one, timed), with the parts of
    retrieval (lexical, dense incl. the query embedding) and of answering (Store.facts) timed inside."""
    import functools

    inner: dict[str, float] = {}

    def timed(obj, name, key):
        fn = getattr(obj, name)

        @functools.wraps(fn)
        def wrapper(*a, **kw):
            t0 = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                inner[key] = inner.get(key, 0.0) + (time.perf_counter() - t0) * 1000

        setattr(obj, name, wrapper)
        return fn

    idx = chain.index
    originals = [(idx, "lexical", timed(idx, "lexical", "search.lexical")), (idx, "dense", timed(idx, "dense", "search.dense")),
                 (idx.embedder, "embed_query", timed(idx.embedder, "embed_query", "search.dense.query_embedding")),
                 (idx.store, "facts", timed(idx.store, "facts", "answer.Store.facts"))]
    rows: dict[str, list[float]] = {}
    try:
        for q in questions:
            inner.clear()
            state, early = chain._state(q, None, None)
            if early is not None:
                continue
            for step in ("condense", "parse", "scope", "retrieve", "answer"):
                t0 = time.perf_counter()
                state = getattr(chain, f"_{step}")(state)
                rows.setdefault(step, []).append((time.perf_counter() - t0) * 1000)
            for k in ("search.lexical", "search.dense", "search.dense.query_embedding", "answer.Store.facts"):
                rows.setdefault(k, []).append(inner.get(k, 0.0))
            rows.setdefault("total", []).append(sum(rows[s][-1] for s in ("condense", "parse", "scope", "retrieve", "answer")))
    finally:
        for obj, name, fn in originals:
            setattr(obj, name, fn)
    return {k: round(percentile(v, 50), 2) for k, v in rows.items()}


def phase_open(n: int) -> dict:
    """Open the store and answer one question in this (fresh) process: what a newly started server pays."""
    offline_env()
    from bench.synth import load_key, make_questions

    p = paths(n)
    from assistant.api import get_chain

    load = loadavg()
    t0, c0 = time.perf_counter(), time.process_time()
    chain = get_chain(settings=settings_for(n))
    load_s, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    built = read_json(p["ingest_json"]) or {}
    q = make_questions(load_key(Path(built.get("corpus") or p["corpus"])), 1)[0]
    t0, c0 = time.perf_counter(), time.process_time()
    chain.ask(q["question"])
    first_s, first_cpu = time.perf_counter() - t0, time.process_time() - c0  # CPU: every thread of the process
    return {"index_load_s": round(load_s, 2), "first_question_s": round(first_s, 2), "index_load_cpu_s": round(load_cpu, 2),
            "first_question_cpu_s": round(first_cpu, 2), "open_load_1min": load[0] if load else None}


def opens(n: int, k: int) -> list[dict]:
    """phase_open in k fresh processes one after another (a single cold open on a shared machine is noisy)."""
    out = []
    for _ in range(k):
        proc = subprocess.run([sys.executable, "-m", "bench.scale", "open", "--n", str(n)], capture_output=True,
                              text=True, cwd=REPO, timeout=600)
        try:
            out.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        except (IndexError, ValueError):
            print(f"open run failed: {proc.stderr[-500:]}", file=sys.stderr)
    return out


def phase_query(n: int, n_questions: int = 200, n_facts: int = 200, n_opens: int = 3) -> dict:
    offline_env()
    from bench.synth import load_key, make_questions

    p = paths(n)
    settings = settings_for(n)
    # open + first answer: the median of fresh processes (this process's own open is one more run)
    runs = opens(n, max(0, n_opens - 1))
    from assistant.api import get_chain

    load_before = loadavg()
    loadavg_at_open = load_before[0] if load_before else None
    t0, c0 = time.perf_counter(), time.process_time()
    chain = get_chain(settings=settings)
    load_s, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    built = read_json(p["ingest_json"]) or {}
    reports = load_key(Path(built.get("corpus") or p["corpus"]))
    qs = make_questions(reports, n_questions)
    # warm-up: the embedder, jieba, the index (not timed)
    t0, c0 = time.perf_counter(), time.process_time()
    chain.ask(qs[0]["question"])
    first_s, first_cpu = time.perf_counter() - t0, time.process_time() - c0  # CPU: every thread of the process
    runs.append({"index_load_s": round(load_s, 2), "first_question_s": round(first_s, 2),
                 "index_load_cpu_s": round(load_cpu, 2), "first_question_cpu_s": round(first_cpu, 2),
                 "open_load_1min": loadavg_at_open})
    mid = sorted(runs, key=lambda r: r["index_load_s"] + r["first_question_s"])[len(runs) // 2]
    load_s, first_s, load_cpu, first_cpu = (mid["index_load_s"], mid["first_question_s"], mid["index_load_cpu_s"],
                                            mid["first_question_cpu_s"])
    loadavg_at_open = mid["open_load_1min"]
    for q in qs[1:6]:
        chain.ask(q["question"])
    # steady state: the background warm-ups (label vectors, names index, vector matrix) are done before timing
    ready = getattr(chain, "wait_ready", lambda timeout: True)(timeout=900)
    rows = []
    for q in qs:
        t0, c0 = time.perf_counter(), time.process_time()
        a = chain.ask(q["question"])
        ms = (time.perf_counter() - t0) * 1000
        cpu_ms = (time.process_time() - c0) * 1000  # every thread of the process: steadier than wall on a shared machine
        rows.append({"id": q["id"], "kind": q["kind"], "lang": q["lang"], "ms": ms, "cpu_ms": cpu_ms, **_score_synth(q, a),
                     "question": q["question"], "answer": a.text[:300]})
    # where the time goes: the question parser (matching names against every report), one full read of
    # the report catalog (Store.reports(), called several times per question), and the hybrid search itself
    from assistant.query import parse_question

    idx = chain.index
    parse_ms, catalog_ms, search_ms = [], [], []
    for q in qs[:20]:
        t0 = time.perf_counter()
        parse_question(q["question"], idx.reports)
        parse_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        idx.search(q["question"], None, settings.top_k)
        search_ms.append((time.perf_counter() - t0) * 1000)
    for _ in range(5):
        t0 = time.perf_counter()
        idx.store.reports()
        catalog_ms.append((time.perf_counter() - t0) * 1000)
    store = chain.index.store
    doc_ids = [r.doc_id for r in chain.index.reports]
    rng = random.Random(3)
    fact_ms = []
    for _ in range(n_facts):
        d = rng.choice(doc_ids)
        t0 = time.perf_counter()
        store.facts([d], metric="applications_received")
        fact_ms.append((time.perf_counter() - t0) * 1000)

    # fresh questions (never asked in this process: no warm per-report caches, the query embedding computed)
    breakdown = step_breakdown(chain, [q["question"] for q in make_questions(reports, 40, seed=77)])

    def rate(rs):
        return round(sum(1 for r in rs if r["correct"]) / len(rs), 4) if rs else None

    ans = [r for r in rows if r["kind"] != "unanswerable"]
    una = [r for r in rows if r["kind"] == "unanswerable"]
    lat = [r["ms"] for r in rows]
    res = {
        "n": n,
        "embedder": EMBEDDER,
        "questions": len(rows),
        "index_load_s": round(load_s, 2),  # the median run of open_runs (by their sum)
        "first_question_s": round(first_s, 2),
        "open_runs": runs,
        "index_load_cpu_s": round(load_cpu, 2),
        "first_question_cpu_s": round(first_cpu, 2),
        "warm_ups_done_before_timing": ready,
        "open_load_1min": loadavg_at_open,
        "query_p50_ms": round(percentile(lat, 50), 1),
        "query_p95_ms": round(percentile(lat, 95), 1),
        "query_max_ms": round(max(lat), 1),
        "query_cpu_p50_ms": round(percentile([r["cpu_ms"] for r in rows], 50), 1),
        "query_cpu_p95_ms": round(percentile([r["cpu_ms"] for r in rows], 95), 1),
        "parse_question_p50_ms": round(percentile(parse_ms, 50), 1),
        "store_reports_p50_ms": round(percentile(catalog_ms, 50), 1),
        "search_p50_ms": round(percentile(search_ms, 50), 1),
        "facts_p50_ms": round(percentile(fact_ms, 50), 2),
        "facts_p95_ms": round(percentile(fact_ms, 95), 2),
        "breakdown_p50_ms": breakdown,
        "accuracy": rate(ans),
        "accuracy_zh": rate([r for r in ans if r["lang"] == "zh"]),
        "accuracy_en": rate([r for r in ans if r["lang"] == "en"]),
        "n_zh": sum(1 for r in ans if r["lang"] == "zh"),
        "n_en": sum(1 for r in ans if r["lang"] == "en"),
        "accuracy_table": rate([r for r in ans if r["kind"] == "table_figure"]),
        "accuracy_narrative": rate([r for r in ans if r["kind"] == "narrative_figure"]),
        "refusal_accuracy": rate(una),
        "n_unanswerable": len(una),
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "failures": [r for r in rows if not r["correct"]][:40],
        "loadavg_before": load_before,
        "loadavg_after": loadavg(),
        "measured_at": time.strftime("%Y-%m-%d %H:%M"),
    }
    write_json(p["query_json"], res)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.scale")
    ap.add_argument("phase", choices=("build", "clone", "ingest", "query", "open"),
                    help="build/clone/ingest a synthetic store of --n reports; query: latency, accuracy, open + first "
                         "answer (median of --opens fresh processes); open: one open + first answer in this process")
    ap.add_argument("--workers", type=int)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--questions", type=int, default=200)
    ap.add_argument("--opens", type=int, default=3, help="fresh processes timed for open + first answer (median)")
    args = ap.parse_args(argv)
    if args.phase == "clone":
        res = phase_clone(args.n, args.workers, args.rebuild)
    elif args.phase == "build":
        res = phase_build(args.n, args.workers, args.rebuild)
    elif args.phase == "ingest":
        res = phase_ingest(args.n, args.rebuild)
    elif args.phase == "open":
        res = phase_open(args.n)
    else:
        res = phase_query(args.n, args.questions, n_opens=args.opens)
    print(json.dumps({k: v for k, v in res.items() if k not in ("failures", "progress")}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
