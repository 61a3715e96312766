"""Load: N concurrent HTTP clients against `python -m assistant serve` on 127.0.0.1 for a bounded time.

    python -m bench.load [--clients 20] [--seconds 60] [--store DIR]

Starts the server itself on a free loopback port (the store defaults to one built from the repo's
sample reports), runs the clients through the Gradio HTTP API (`/ask`), stops everything, and prints
a JSON summary: requests, errors, p50/p95/max latency, throughput.  Loopback only, bounded in time.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
QUESTIONS = [
    "青禾县信访局2023年收到多少政府信息公开申请？",
    "how many lawsuits did Cuihu have in 2022",
    "青禾县信访局2016年主动公开了多少条政府信息",
    "云栖市翠湖区人民政府办公室2022年行政许可处理决定有多少？",
    "青禾县信访局的联系电话是多少？",
    "what were the main problems reported by the Qinghe petitions bureau in 2023?",
    "海淀区2023年收到多少政府信息公开申请？",  # not in the store: a refusal is a valid answer
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_sample_store(store: Path) -> None:
    subprocess.run([sys.executable, "-m", "ingest", str(REPO / "samples" / "reports"), "--store", str(store), "--quiet"],
                   cwd=REPO, check=True, capture_output=True)


def start_server(store: Path, port: int, log: Path, extra_args: tuple[str, ...] = (), env: dict | None = None) -> subprocess.Popen:
    """`python -m assistant serve` on 127.0.0.1:port, output to `log` (a pipe nobody reads would stall it);
    returns once the page answers."""
    out = open(log, "wb")
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--store", str(store), "--port", str(port), *extra_args],
                            cwd=REPO, stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(240):
        try:
            urllib.request.urlopen(url, timeout=2)
            return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited: {log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("server did not start in 120 s")


def server_memory_mib(pid: int) -> dict:
    """Peak (VmHWM) and current (VmRSS) resident memory of the server process."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmHWM:", "VmRSS:")):
                out[line.split(":")[0]] = round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return {"server_peak_rss_mib": out.get("VmHWM"), "server_rss_mib": out.get("VmRSS")}


def synth_questions(n: int, count: int = 60) -> tuple[Path, list[str]]:
    """The store and questions of a synthetic scale store (bench.scale): questions with known answers."""
    from bench.common import read_json
    from bench.scale import paths
    from bench.synth import load_key, make_questions

    p = paths(n)
    built = read_json(p["ingest_json"]) or {}
    reports = load_key(Path(built.get("corpus") or p["corpus"]))
    return p["store"], [q["question"] for q in make_questions(reports, count, seed=23)]


def run_load(url: str, clients: int, seconds: float, questions: list[str] | None = None) -> dict:
    questions = questions or QUESTIONS
    from gradio_client import Client

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client_loop(i: int) -> None:
        client = None
        for attempt in range(3):  # a busy server answers its config slowly: connecting is not a question
            try:
                client = Client(url, verbose=False, httpx_kwargs={"timeout": 60})
                break
            except Exception as e:
                if attempt == 2:
                    with lock:
                        errors.append(f"client {i} could not connect: {e}")
                    return
                time.sleep(1)
        n = i
        while time.monotonic() < deadline:
            q = questions[n % len(questions)]
            n += 1
            t0 = time.perf_counter()
            try:
                result = client.predict(q, api_name="/ask")
                ok = isinstance(result, dict) and isinstance(result.get("text"), str) and result["text"]
                dt = time.perf_counter() - t0
                with lock:
                    latencies.append(dt)
                    if not ok:
                        errors.append(f"empty answer to {q!r}")
            except Exception as e:  # every failure is counted, none stops the run
                with lock:
                    errors.append(f"{type(e).__name__}: {e}"[:300])

    Client(url, verbose=False).predict(questions[0], api_name="/ask")  # warm-up: model and index load once
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=client_loop, args=(i,), daemon=True) for i in range(clients)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 120)
    elapsed = time.monotonic() - start
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 1) if lat else float("nan")

    return {
        "clients": clients, "seconds": seconds, "requests": len(lat), "errors": len(errors),
        "error_examples": errors[:5], "p50_ms": pct(0.50), "p95_ms": pct(0.95), "max_ms": pct(0.999),
        "mean_ms": round(statistics.mean(lat) * 1000, 1) if lat else float("nan"),
        "throughput_rps": round(len(lat) / elapsed, 2),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--store", type=Path, help="store to serve (default: a fresh one from samples/reports)")
    p.add_argument("--synth", type=int, metavar="N",
                   help="serve the synthetic store of N reports built by `python -m bench.scale clone/build --n N`, "
                        "asking its generated questions")
    p.add_argument("--out", type=Path, help="write the JSON summary here too")
    args = p.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    questions = None
    if args.synth:
        args.store, questions = synth_questions(args.synth)
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or Path(tmp) / "store"
        if not args.store:
            build_sample_store(store)
        port = free_port()
        load_before = [round(x, 2) for x in os.getloadavg()]
        t0 = time.perf_counter()
        server = start_server(store, port, Path(tmp) / "server.log")
        started_s = time.perf_counter() - t0
        try:
            result = run_load(f"http://127.0.0.1:{port}/", args.clients, args.seconds, questions)
            result.update(server_memory_mib(server.pid), store=str(store), server_start_s=round(started_s, 1),
                          loadavg_before=load_before, loadavg_after=[round(x, 2) for x in os.getloadavg()],
                          measured_at=time.strftime("%Y-%m-%d %H:%M"))
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
