"""Latency of each answer engine on a fixed question set, and how often verification rejected the model.

    python -m bench.llm_latency                       # extractive + local + openai on the sample set
    python -m bench.llm_latency --set shared          # a fixed subset of bench/qa_dev.jsonl (../shared reports)
    python -m bench.llm_latency --engines local --set both --write

Per engine: p50/p95 seconds per question (the whole chain: condense, retrieve, generate, verify),
p50 seconds to the first token, generation speed (output tokens / seconds after the first token), and
the outcome of every generation: verified (the model's answer was shown), rejected (verification failed:
the extractive answer was shown), refused (the model found no answer), not asked (no evidence, or a
comparison computed in code), error.  `openai` is measured against llama.cpp's OpenAI-compatible server
holding the same local model, so it shows the cost of the HTTP client path, not of another model.
On the shared set, answers are also scored against the gold values (bench.scoring).

`--write` puts the Markdown table into docs/engines.md (between the llm-latency markers) and the raw
figures into docs/engines_latency.json. Not a test: nothing here asserts, numbers depend on the load.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

from bench.common import CACHE, DOCS, EMBED_CACHE, REPO, loadavg, machine, offline_env, percentile, shared_files, write_json

SAMPLES = REPO / "samples" / "reports"
QA_DEV = Path(__file__).resolve().parent / "qa_dev.jsonl"
DOC = DOCS / "engines.md"
RAW = DOCS / "engines_latency.json"
START, END = "<!-- llm-latency:start -->", "<!-- llm-latency:end -->"

APPS = "青禾县信访局2023年收到多少政府信息公开申请？"
# the fixed sample question set: the repo's fictional sample reports, Chinese and English, figures,
# contact data, prose, a comparison, an unanswerable question and follow-ups
SAMPLE_QUESTIONS: list[dict] = [
    {"id": "s01", "question": APPS},
    {"id": "s02", "question": "青禾县信访局2023年行政许可有多少件？"},
    {"id": "s03", "question": "青禾县信访局的联系电话是多少？"},
    {"id": "s04", "question": "青禾县信访局2023年组织了几次政府信息公开业务培训？"},
    {"id": "s05", "question": "青禾县信访局2016年主动公开了多少条政府信息？"},
    {"id": "s06", "question": "翠湖区2022年行政规范性文件现行有效多少件？"},
    {"id": "s07", "question": "青禾县信访局2023年存在的主要问题是什么？"},
    {"id": "s08", "question": "how many lawsuits did Cuihu have in 2022"},
    {"id": "s09", "question": "how many applications did Qinghe receive in 2023"},
    {"id": "s10", "question": "What is the email address of the Qinghe petitions bureau?"},
    {"id": "s11", "question": "青禾县信访局2016年和2023年收到的政府信息公开申请数量有什么变化？"},
    {"id": "s12", "question": "青禾县信访局2023年无人机巡检了几次？"},
    {"id": "s13", "question": "那2016年呢？", "history": [APPS]},
    {"id": "s14", "question": "what about lawsuits?", "history": ["how many applications did Qinghe receive in 2023"]},
]
SHARED_PER_KIND = 3


def shared_questions() -> list[dict]:
    """A fixed subset of the dev records of bench/qa_dev.jsonl (never fresh or holdout ones): the first
    SHARED_PER_KIND records of each kind, by id."""
    records = [json.loads(line) for line in QA_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if not r.get("set") and not r.get("holdout")]  # the original dev set only
    out, seen = [], {}
    for r in sorted(records, key=lambda r: r["id"]):
        if seen.get(r["kind"], 0) < SHARED_PER_KIND:
            seen[r["kind"]] = seen.get(r["kind"], 0) + 1
            out.append(r)
    return out


def build_store(name: str, paths: list[Path]):
    """An incremental store under .cache/bench with the shared embedding cache: nothing is embedded twice."""
    from assistant.core.settings import Settings
    from ingest.index import Store
    from ingest.pipeline import ingest_paths

    settings = Settings(store=CACHE / "bench" / f"llm_{name}_store", embedding_cache=EMBED_CACHE)
    settings.store.mkdir(parents=True, exist_ok=True)
    st = Store(settings.store, settings)
    ingest_paths(paths, st, settings)
    st.close()
    return settings


def _history(turns: list[str]) -> list[dict]:
    out = []
    for t in turns:
        out += [{"role": "user", "content": t}, {"role": "assistant", "content": "…"}]
    return out


def engine_settings(settings, engine: str, max_tokens: int):
    """Settings for one engine; `openai` points at the local model's llama.cpp server."""
    from pydantic import SecretStr

    from assistant.llm import local_server

    s = settings.model_copy(update={"llm_max_tokens": max_tokens, "model_cache": CACHE / "models"})
    if engine == "openai" and not s.openai_base_url:
        srv = local_server(s)
        s = s.model_copy(update={"openai_base_url": srv.base_url, "openai_model": srv.model_path.name,
                                 "openai_api_key": SecretStr(srv.api_key)})
    return s


def run_engine(engine: str, settings, questions: list[dict], score_answers: bool) -> dict:
    from assistant.api import QAChain

    chain = QAChain(settings, engine)
    chain.ask(questions[0]["question"])  # warm-up: model load, prompt cache, index
    rows = []
    for r in questions:
        if hasattr(chain.engine, "last_stats"):
            # a question answered at the scope step never reaches the engine: no stale stats
            chain.engine.last_stats = type(chain.engine.last_stats)(engine=engine)
        t0 = time.perf_counter()
        answer = chain.ask(r["question"], history=_history(r.get("history") or []))
        seconds = time.perf_counter() - t0
        stats = getattr(chain.engine, "last_stats", None)
        row = {"id": r["id"], "seconds": round(seconds, 3), "engine_shown": answer.engine, "answered": answer.answered}
        if stats is not None:
            row.update(outcome=stats.outcome or "not asked", output_tokens=stats.output_tokens,
                       prompt_tokens=stats.prompt_tokens, first_token=stats.first_token_seconds,
                       generation_seconds=round(stats.seconds, 3), problems=stats.problems[:3])
        if score_answers and "gold_values" in r:
            from bench.scoring import score

            s = score(r, answer)
            row["correct"] = s.get("correct", s.get("refusal_ok"))
        rows.append(row)
        print(f"  {engine:10s} {r['id']:5s} {seconds:6.1f}s  {row.get('outcome', '-'):9s} {answer.text[:60]!r}", file=sys.stderr)
    return summarise(engine, rows)


def summarise(engine: str, rows: list[dict]) -> dict:
    secs = [r["seconds"] for r in rows]
    outcomes: dict[str, int] = {}
    for r in rows:
        if "outcome" in r:
            outcomes[r["outcome"]] = outcomes.get(r["outcome"], 0) + 1
    generated = [r for r in rows if r.get("outcome") in ("verified", "rejected", "refused")]
    tokens = sum(r["output_tokens"] or 0 for r in generated if r.get("first_token") is not None)
    gen_time = sum(r["generation_seconds"] - r["first_token"] for r in generated if r.get("first_token") is not None)
    answered_by_model = outcomes.get("verified", 0) + outcomes.get("rejected", 0)
    scored = [r["correct"] for r in rows if r.get("correct") is not None]
    return {
        "engine": engine,
        "questions": len(rows),
        "p50_s": round(percentile(secs, 50), 2),
        "p95_s": round(percentile(secs, 95), 2),
        "first_token_p50_s": round(statistics.median([r["first_token"] for r in generated if r.get("first_token")]), 2) if any(r.get("first_token") for r in generated) else None,
        "tokens_per_s": round(tokens / gen_time, 1) if gen_time > 0 else None,
        "outcomes": outcomes,
        "rejection_rate": round(outcomes.get("rejected", 0) / answered_by_model, 3) if answered_by_model else None,
        "correct_rate": round(sum(scored) / len(scored), 3) if scored else None,
        "rows": rows,
    }


def markdown(results: list[dict], meta: dict) -> str:
    lines = [
        f"Measured {meta['date']} on {meta['machine'].get('cpus')} cores ({meta['machine'].get('cpu_model') or 'cpu'}), "
        f"no GPU; load average before/after {meta['load_before']} / {meta['load_after']} (2 cores: load above 2 means other work "
        f"shared the CPU); llm_max_tokens={meta['max_tokens']}. `python -m bench.llm_latency {' '.join(meta['argv'])}`.",
        "",
        "| set | engine | questions | p50 s | p95 s | first token p50 s | tokens/s | verified | rejected | refused | not asked | errors | rejection rate | correct |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        o = r["outcomes"]
        not_asked = o.get("not asked", 0) + o.get("no-evidence", 0) + o.get("computed", 0)
        fmt = lambda x: "—" if x is None else x
        pct = lambda x: "—" if x is None else f"{x:.0%}"
        if r["engine"] == "extractive":
            o_cells = "— | — | — | — | —"
        else:
            o_cells = f"{o.get('verified', 0)} | {o.get('rejected', 0)} | {o.get('refused', 0)} | {not_asked} | {o.get('error', 0)}"
        lines.append(f"| {r['set']} | {r['engine']} | {r['questions']} | {r['p50_s']} | {r['p95_s']} | {fmt(r['first_token_p50_s'])} | "
                     f"{fmt(r['tokens_per_s'])} | {o_cells} | {pct(r['rejection_rate'])} | {pct(r['correct_rate'])} |")
    lines += ["", "Rejection rate = rejected / (verified + rejected): of the answers the model wrote, the share verification "
              "refused to show. `correct` (shared set only) = the final answer states the gold figures with no unsupported "
              "number (bench/scoring.py), whichever engine's answer was shown."]
    return "\n".join(lines)


def write_doc(table: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else f"# Answer engines\n\n{START}\n{END}\n"
    if START not in text:
        text += f"\n{START}\n{END}\n"
    text = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _m: f"{START}\n{table}\n{END}", text, flags=re.S)
    DOC.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(prog="python -m bench.llm_latency", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--engines", default="extractive,local,openai", help="comma-separated engines (default: extractive,local,openai)")
    p.add_argument("--set", choices=("samples", "shared", "both"), default="samples")
    p.add_argument("--max-tokens", type=int, default=200, help="llm_max_tokens for generative engines")
    p.add_argument("--write", action="store_true", help="update docs/engines.md and docs/engines_latency.json")
    args = p.parse_args(argv)
    offline_env()

    from assistant.api import engine_status

    sets = []
    if args.set in ("samples", "both"):
        sets.append(("samples", build_store("samples", [SAMPLES]), SAMPLE_QUESTIONS, False))
    if args.set in ("shared", "both"):
        files = shared_files()
        if not files:
            print("shared reports not found beside the repo: skipping the shared set", file=sys.stderr)
        else:
            sets.append(("shared", build_store("shared", files), shared_questions(), True))
    load_before = loadavg()
    results = []
    for set_name, settings, questions, scored in sets:
        for engine in [e.strip() for e in args.engines.split(",") if e.strip()]:
            s = engine_settings(settings, engine, args.max_tokens) if engine != "extractive" else settings
            ok, why = engine_status(s)[engine]
            if not ok:
                print(f"{engine}: not available here ({why}); skipped", file=sys.stderr)
                continue
            print(f"{set_name} / {engine}: {len(questions)} questions", file=sys.stderr)
            res = run_engine(engine, s, questions, scored)
            res["set"] = set_name
            results.append(res)
    meta = {"date": time.strftime("%Y-%m-%d"), "machine": machine(), "load_before": load_before, "load_after": loadavg(),
            "max_tokens": args.max_tokens, "argv": argv}
    table = markdown(results, meta)
    print(table)
    if args.write:
        write_doc(table)
        write_json(RAW, {"meta": meta, "results": results})
        print(f"wrote {DOC} and {RAW}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
