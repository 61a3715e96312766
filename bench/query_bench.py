"""Query latency of the default engine, warm, on the shared corpus (the eval store).

    python -m bench.query_bench --rounds 3

Every single-turn question of bench/qa_dev.jsonl is asked `rounds` times after a warm-up pass
(embedder, jieba, the in-memory index and report texts loaded); each ask() is timed.  Also
timed: the retrieval steps alone (the chain's prepare: condense/parse/scope/retrieve) and a
facts lookup (``Store.facts`` of one report and one metric).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time

from bench.common import BENCH_CACHE, loadavg, offline_env, peak_rss_mib, percentile, shared_files, write_json


def run(rounds: int = 3) -> dict:
    offline_env()
    if not shared_files():
        return {"skipped": "shared reports not found"}
    from assistant.api import ask, get_chain
    from bench.eval import ensure_store, eval_settings, load_questions

    settings = eval_settings()
    ensure_store(settings, shared_files())
    qs = [r["question"] for r in load_questions() if not r.get("history")]
    load_before = loadavg()
    t0 = time.perf_counter()
    chain = get_chain(settings=settings)
    ask(qs[0], settings=settings)
    cold_s = time.perf_counter() - t0
    for q in qs:  # warm-up pass, not timed
        ask(q, settings=settings)
    ask_ms, prep_ms = [], []
    for _ in range(rounds):
        for q in qs:
            t0 = time.perf_counter()
            ask(q, settings=settings)
            ask_ms.append((time.perf_counter() - t0) * 1000)
            if hasattr(chain, "prepare"):
                t0 = time.perf_counter()
                chain.prepare.invoke({"question": q, "filters": None, "history": None, "notes": []})
                prep_ms.append((time.perf_counter() - t0) * 1000)
    store = chain.index.store
    docs = [r.doc_id for r in chain.index.reports]
    rng = random.Random(5)
    fact_ms = []
    for _ in range(300):
        d = rng.choice(docs)
        t0 = time.perf_counter()
        store.facts([d], metric="applications_received")
        fact_ms.append((time.perf_counter() - t0) * 1000)
    res = {
        "engine": chain.engine.name,
        "embedder": store.meta("embedder"),
        "reports": len(docs),
        "questions": len(qs),
        "rounds": rounds,
        "first_question_cold_s": round(cold_s, 2),
        "p50_ms": round(percentile(ask_ms, 50), 1),
        "p95_ms": round(percentile(ask_ms, 95), 1),
        "max_ms": round(max(ask_ms), 1),
        "retrieval_p50_ms": round(percentile(prep_ms, 50), 1) if prep_ms else None,
        "retrieval_p95_ms": round(percentile(prep_ms, 95), 1) if prep_ms else None,
        "facts_p50_ms": round(percentile(fact_ms, 50), 2),
        "facts_p95_ms": round(percentile(fact_ms, 95), 2),
        "samples_ms": [round(x, 1) for x in ask_ms],
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "loadavg_before": load_before,
        "loadavg_after": loadavg(),
        "measured_at": time.strftime("%Y-%m-%d %H:%M"),
    }
    write_json(BENCH_CACHE / "query_shared.json", res)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.query_bench")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    res = run(args.rounds)
    print(json.dumps({k: v for k, v in res.items() if k != "samples_ms"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
