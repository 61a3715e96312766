"""Regenerate docs/reliability.md from real runs: the bad-input matrix, injected crashes, and load.

    python -m bench.reliability [--clients 20] [--seconds 60]      (make reliability)

Everything runs on this machine against loopback servers it starts itself, bounded in time.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.badinputs import make_inputs
from bench.load import REPO, build_sample_store, free_port, run_load, start_server

FAILPOINTS = ["after_embed:2", "after_vectors:2", "before_commit:2", "after_commit:2"]


def _ingest(paths, store: Path, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "ingest", *map(str, paths), "--store", str(store), "--quiet"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=900)


def input_matrix(tmp: Path) -> list[tuple[str, str, str, str]]:
    from assistant.core.settings import Settings
    from ingest.index import Store
    from ingest.pipeline import ingest_paths

    settings = Settings(store=tmp / "matrix-store")
    store = Store(settings.store, settings)
    ingest_paths([REPO / "samples" / "reports"], store, settings)
    expectations = make_inputs(tmp / "inputs")
    summary = ingest_paths([tmp / "inputs"], store, settings)
    failed = dict(summary.failed) | dict(summary.skipped)
    dups = dict(summary.duplicates)
    rows = []
    for e in expectations:
        if e.name in summary.added:
            got, msg = "ingested", ""
        elif e.name in dups:
            got, msg = "stored once", f"same content as report {dups[e.name]}; both names recorded"
        else:
            got, msg = "rejected", failed.get(e.name, "?")
        ok = got == {"ingested": "ingested", "duplicate": "stored once", "rejected": "rejected"}[e.expect]
        rows.append((e.kind, e.name, f"{got} {'✓' if ok else '✗ expected ' + e.expect}", msg))
    kept = {"sample_qinghe_xinfangju_2023.txt", "sample_qinghe_xinfangju_2016.md", "sample_yunqi_cuihu_bangongshi_2022.html"}
    sources = {s for r in store.reports() for s in r.sources}
    rows.append(("reports stored before the bad batch", "samples/reports/*", "all kept ✓" if kept <= sources else "LOST ✗", ""))
    problems = store.consistency_problems()
    rows.append(("store consistency after the batch", "catalog + vectors", "consistent ✓" if not problems else "✗", "; ".join(problems)))
    return rows


def faults(tmp: Path) -> list[tuple[str, str, str]]:
    from assistant.core.settings import Settings
    from ingest.index import Store

    rows = []
    for fp in FAILPOINTS:
        store = tmp / f"fault-{fp.replace(':', '-')}"
        killed = _ingest([REPO / "samples" / "reports"], store, {"ASSISTANT_FAILPOINT": fp})
        st = Store(store, Settings(store=store))
        after_kill = st.consistency_problems(include_orphans=False)
        n_kill = len(st.reports())
        st.close()
        again = _ingest([REPO / "samples" / "reports"], store)
        st = Store(store, Settings(store=store))
        after_rerun = st.consistency_problems()
        hashes_ok = all(hashlib.sha256(open(p, "rb").read()).hexdigest() == h for p, h in st.db.execute("SELECT path, file_hash FROM report_files"))
        n = len(st.reports())
        st.close()
        rows.append((
            f"SIGKILL at `{fp}`",
            f"exit {killed.returncode} (SIGKILL={-signal.SIGKILL}); {n_kill} complete report(s); "
            + ("catalog consistent" if not after_kill else "; ".join(after_kill)),
            f"re-run exit {again.returncode}; {n} reports; " + ("fully consistent" if not after_rerun else "; ".join(after_rerun))
            + ("; file hashes match" if hashes_ok else "; FILE HASH MISMATCH"),
        ))
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.reliability", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--out", type=Path, default=REPO / "docs" / "reliability.md")
    args = p.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    started = time.strftime("%Y-%m-%d %H:%M")
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        matrix = input_matrix(tmp)
        fault_rows = faults(tmp)
        store = tmp / "load-store"
        build_sample_store(store)
        port = free_port()
        server = start_server(store, port, tmp / "server.log")
        try:
            load = run_load(f"http://127.0.0.1:{port}/", args.clients, args.seconds)
        finally:
            server.terminate()
            server.wait(timeout=30)
    lines = [
        "# Reliability",
        "",
        f"Regenerated by `make reliability` (`python -m bench.reliability`) on {started}: "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}. "
        "The same cases are asserted by tests/test_bad_inputs.py, tests/test_reliability.py, tests/test_store.py and tests/test_ui.py.",
        "",
        "## Bad input",
        "",
        "All files in one folder, ingested into a store that already held the three sample reports.",
        "",
        "| input | file | outcome | message |",
        "|---|---|---|---|",
        *[f"| {a} | `{b}` | {c} | {d.replace('|', '/')} |" for a, b, c, d in matrix],
        "",
        "Questions that are not questions (empty, 10,000 characters, only punctuation, SQL/HTML/script fragments) and filters",
        "naming unknown agencies get a plain answer with `answered: false` (tests/test_store.py, tests/test_e2e.py).",
        "",
        "## Faults injected",
        "",
        "`python -m ingest samples/reports` killed with SIGKILL by a fail-point (`ASSISTANT_FAILPOINT=point:n`: the n-th",
        "time the process passes that point) while storing the 2nd report, then run again without it.",
        "",
        "| fault | right after the kill | after re-running |",
        "|---|---|---|",
        *[f"| {a} | {b} | {c} |" for a, b, c in fault_rows],
        "",
        "tests/test_reliability.py also kills an ingest of the 40 shared reports at arbitrary moments (4 s, 9 s), checks the",
        "store, and re-runs it; opens a store written by another schema version and a corrupt catalog (clear message naming",
        "`--rebuild`, no traceback; `--rebuild` moves a corrupt catalog aside and completes); and asks questions in a loop",
        "while an ingest runs (every answer correct; reports that arrive meanwhile become answerable without a restart).",
        "",
        "## Load",
        "",
        f"`python -m assistant serve` (extractive engine, the three sample reports) on 127.0.0.1; {load['clients']} concurrent",
        f"clients (gradio_client, one per thread) asking a rotating set of questions for {load['seconds']:.0f} s after one warm-up request.",
        "",
        "| clients | seconds | requests | errors | p50 | p95 | max | throughput |",
        "|---|---|---|---|---|---|---|---|",
        f"| {load['clients']} | {load['seconds']:.0f} | {load['requests']} | {load['errors']} | {load['p50_ms']} ms | "
        f"{load['p95_ms']} ms | {load['max_ms']} ms | {load['throughput_rps']} req/s |",
        "",
        *( [f"Errors seen: {', '.join(load['error_examples'])}", ""] if load["errors"] else [] ),
        "Latency here is end to end through Gradio's queue (requests wait their turn), not the engine alone;",
        "docs/benchmarks.md has the engine's own query latency.",
        "",
        "## Security",
        "",
        "- The UI binds 127.0.0.1 unless `--host`/`ASSISTANT_HOST` says otherwise (tests/test_ui.py).",
        "- Report text is rendered escaped: a report containing `<script>` shows the text and runs nothing (tests/test_ui.py,",
        "  tests/test_browser.py); HTML reports lose scripts, iframes and event handlers at load time (table above).",
        "- The source viewer looks reports up by `doc_id` in the store; no client-supplied path is ever opened.",
        "- Uploads are limited in size and type by settings (`upload_max_mb`, `upload_suffixes`).",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
