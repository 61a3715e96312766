"""The scale section of docs/benchmarks.md from the JSON results of bench.scale and bench.load.

    python -m bench.scale_report [--sizes 1000 10000] [--load .cache/bench/load_10000.json]
"""

from __future__ import annotations

import argparse
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
    row("open the store + first question (cold, `use` model load included)",
        lambda b, q: f"{q['index_load_s']:.2f} s + {q['first_question_s']:.1f} s")
    row("query p50 / p95 (warm, 200 questions)", lambda b, q: f"**{q['query_p50_ms']:,.0f} / {q['query_p95_ms']:,.0f} ms**")
    for k, label in (("parse", "parse"), ("scope", "scope"), ("retrieve", "retrieve (search)"),
                     ("search.lexical", "  of which lexical (persistent BM25)"), ("search.dense", "  of which dense (query embedding + Chroma)"),
                     ("answer", "answer (facts, evidence, text)"), ("total", "sum of the steps")):
        row(f"step p50: {label}", lambda b, q, k=k: f"{q['breakdown_p50_ms'][k]:,.1f} ms")
    row("Store.facts(one report, one metric) p50 / p95", lambda b, q: f"{q['facts_p50_ms']:.2f} / {q['facts_p95_ms']:.2f} ms")
    row("peak RSS of the query process", lambda b, q: f"{q['peak_rss_mib']:,.0f} MiB")
    row("answer accuracy (answerable) / refusal accuracy",
        lambda b, q: f"{q['accuracy']:.1%} (zh {q['accuracy_zh']:.0%}, en {q['accuracy_en']:.0%}) / {q['refusal_accuracy']:.0%}")
    row("measured at (1-min load avg, before → after)",
        lambda b, q: f"{q['measured_at']} ({_la(q['loadavg_before'])} → {_la(q['loadavg_after'])})")
    text = "\n".join(out)
    if load:
        text += (f"\n\nLoad: {load['clients']} clients × {load['seconds']:.0f} s against the {load.get('n', '')} store "
                 f"through `python -m assistant serve` (Gradio `/ask`): {load['requests']} requests, {load['errors']} errors, "
                 f"p50 {load['p50_ms']:,.0f} ms, p95 {load['p95_ms']:,.0f} ms, {load['throughput_rps']} req/s; "
                 f"server peak RSS {load.get('server_peak_rss_mib')} MiB ({_la(load.get('loadavg_before'))} → "
                 f"{_la(load.get('loadavg_after'))}).")
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.scale_report")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--load", type=Path)
    args = ap.parse_args(argv)
    print(section(args.sizes, read_json(args.load) if args.load else None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
