"""Answer engines side by side on the same questions, the same store and the same evidence.

    python -m bench.engine_eval --engines extractive,local --set dev --store .cache/evalstore_engine
    python -m bench.engine_eval --engines extractive,local --set dev --sample 2   # every 2nd question
    python -m bench.engine_eval --report            # the tables again, from the cache, nothing asked

Every engine goes through the whole chain (``assistant.api.ask``: condense, parse, scope, retrieve, the
engine, verification); the gold check is ``bench.scoring.score``, as in ``bench.eval``.  Per engine, overall,
by kind and by language: answer accuracy, refusal accuracy, citation precision, the unsupported-number
rate (answered answers stating a number that no cited quote holds), latency p50/p95 of the final turn.
For generative engines also the outcome of each generation (verified: the model's text was shown;
rejected / refused / error: the extractive answer was shown; computed / no-evidence: the model was not
asked), and a head-to-head against the extractive engine per question.

Resumable: each answer is appended to ``.cache/bench/engine_eval/<engine>.jsonl`` with a stamp of the code
it depends on (the engine's own files for a generative engine); a re-run asks only what is missing or
stale.  ``--fresh`` drops the cache of the named engines.  The extractive engine is cheap and is always
re-asked unless ``--cached`` (so the comparison is against the extractive engine of the same code).
Holdout records are never selected (``--set`` accepts dev and fresh only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

from bench.common import BENCH_CACHE, CACHE, REPO, machine, offline_env, shared_files, write_json
from bench.scoring import breakdown, select, subset_of, summarise, unsupported_numbers

CACHE_DIR = BENCH_CACHE / "engine_eval"
STORE = CACHE / "evalstore_engine"
# what a generative engine's answer depends on beyond the shared chain (the fallback is re-scored anyway)
ENGINE_FILES = ("assistant/generate.py", "assistant/verify.py", "assistant/llm.py", "assistant/followup.py", "prompts/answer.zh.txt",
                "prompts/answer.en.txt", "prompts/condense.zh.txt", "prompts/condense.en.txt")


def code_stamp(engine: str) -> str:
    if engine == "extractive":
        return "extractive"
    h = hashlib.sha256(engine.encode())
    for rel in ENGINE_FILES:
        p = REPO / rel
        h.update(rel.encode() + b"\0" + (p.read_bytes() if p.exists() else b""))
    return h.hexdigest()[:12]


def even_sample(records: list[dict], every: int) -> list[dict]:
    """Every `every`-th record of each kind (in file order), so each kind keeps its share."""
    if every <= 1:
        return list(records)
    seen: dict[str, int] = {}
    out = []
    for r in records:
        k = r.get("kind") or "unknown"
        if seen.get(k, 0) % every == 0:
            out.append(r)
        seen[k] = seen.get(k, 0) + 1
    return out


# --- the cache ------------------------------------------------------------------------------------

# variants of a generative engine, by suffix ("local:plain"): the checks against the extractive answer off
VARIANTS = {
    "plain": {"keep_extracted": False, "extraction_first": False},  # verification against the evidence only
    "keep": {"extraction_first": False},  # + must state every extracted figure; may answer where extraction did not
}


def cache_path(engine: str) -> Path:
    return CACHE_DIR / f"{engine.replace(':', '_')}.jsonl"


def load_cache(engine: str) -> dict[str, dict]:
    p = cache_path(engine)
    out: dict[str, dict] = {}
    if p.exists():
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                try:
                    row = json.loads(line)
                except ValueError:  # a line cut by a kill: ask that question again
                    continue
                out[row["id"]] = row
    return out


def append_cache(engine: str, row: dict) -> None:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with cache_path(engine).open("a", encoding="utf-8") as f:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")


# --- the model's replies, cached by prompt ------------------------------------------------------------

def replay_chat(inner, path: Path):
    """A chat model answering from a file of earlier replies keyed by the exact messages, asking `inner` only
    for a prompt it has not seen (and recording the reply with its timing).  A code change that leaves the
    prompt alone (verification, fallback rules) is re-measured without the model; one that changes the
    prompt asks the model again.  `model_seconds` adds up the recorded generation time of the last calls,
    so a replayed question reports the latency it had when it was generated."""
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import AIMessage, AIMessageChunk
    from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

    seen: dict[str, dict] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
                seen[rec["key"]] = rec
            except (ValueError, KeyError):
                continue

    def key_of(messages) -> str:
        return hashlib.sha256(json.dumps([(m.type, m.content) for m in messages], ensure_ascii=False).encode()).hexdigest()

    class ReplayChat(BaseChatModel):
        model_seconds: float = 0.0
        hits: int = 0
        misses: int = 0

        @property
        def _llm_type(self) -> str:
            return "replay"

        def _record(self, key: str, text: str, usage, seconds: float, first: float | None) -> None:
            rec = {"key": key, "text": text, "usage": usage, "seconds": round(seconds, 3),
                   "first_token_s": None if first is None else round(first, 3)}
            seen[key] = rec
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as f:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")

        def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
            key = key_of(messages)
            if key not in seen:
                self.misses += 1
                t0 = time.perf_counter()
                msg = inner.invoke(messages)
                self._record(key, msg.content, getattr(msg, "usage_metadata", None), time.perf_counter() - t0, None)
            else:
                self.hits += 1
            rec = seen[key]
            self.model_seconds += rec["seconds"]
            return ChatResult(generations=[ChatGeneration(message=AIMessage(content=rec["text"], usage_metadata=rec["usage"]))])

        def _stream(self, messages, stop=None, run_manager=None, **kwargs):
            key = key_of(messages)
            rec = seen.get(key)
            if rec is not None:
                self.hits += 1
                self.model_seconds += rec["seconds"]
                yield ChatGenerationChunk(message=AIMessageChunk(content=rec["text"], usage_metadata=rec["usage"]))
                return
            self.misses += 1
            t0, first, parts, usage = time.perf_counter(), None, [], None
            for chunk in inner.stream(messages):
                if chunk.content and first is None:
                    first = time.perf_counter() - t0
                parts.append(chunk.content)
                usage = getattr(chunk, "usage_metadata", None) or usage
                yield ChatGenerationChunk(message=chunk)
            seconds = time.perf_counter() - t0
            self._record(key, "".join(parts), usage, seconds, first)
            self.model_seconds += seconds

    return ReplayChat()


# --- asking ---------------------------------------------------------------------------------------

def rss_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def _history(turns: list[str], answers: list[str]) -> list[dict]:
    h: list[dict] = []
    for q, a in zip(turns, answers):
        h += [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
    return h


def ask_one(chain, r: dict) -> dict:
    """Ask one record through the chain (earlier turns first); the answer, latency of the last turn, stats."""
    turns = r.get("history") or []
    prev = [chain.ask(t).text for t in turns]
    hist = _history(turns, prev) if turns else None
    model = getattr(chain.engine, "_chat_model", None)
    replayed0 = getattr(model, "model_seconds", 0.0)
    misses0 = getattr(model, "misses", 0)
    t0 = time.perf_counter()
    a = chain.ask(r["question"], history=hist)
    ms = (time.perf_counter() - t0) * 1000
    replayed = 0.0
    if model is not None and getattr(model, "misses", 0) == misses0:  # every reply of the last turn replayed
        replayed = getattr(model, "model_seconds", 0.0) - replayed0
    row = {"id": r["id"], "answer": a.to_dict(), "latency_ms": round(ms + 1000 * replayed, 1),
           "replayed": model is not None and getattr(model, "misses", 0) == misses0, "load1": os.getloadavg()[0]}
    stats = getattr(chain.engine, "last_stats", None)
    if stats is not None and getattr(stats, "outcome", ""):
        row["gen"] = {"outcome": stats.outcome, "draft": stats.draft, "problems": stats.problems[:5],
                      "prompt_tokens": stats.prompt_tokens, "output_tokens": stats.output_tokens,
                      "seconds": round(stats.seconds, 2),
                      "first_token_s": None if stats.first_token_seconds is None else round(stats.first_token_seconds, 2)}
        stats.outcome = ""  # an early answer (scope refusal) must not inherit the previous question's stats
    elif getattr(chain.engine, "last_stats", None) is not None:
        row["gen"] = {"outcome": "not-asked"}
    return row


def run_engine(engine: str, records: list[dict], settings, fresh: bool = False, use_cache: bool = True,
               log=print) -> tuple[list[dict], dict]:
    from assistant.api import QAChain

    stamp = code_stamp(engine)
    cached = {} if fresh or not use_cache else {k: v for k, v in load_cache(engine).items() if v.get("stamp") == stamp}
    if fresh and cache_path(engine).exists():
        cache_path(engine).unlink()
    todo = [r for r in records if r["id"] not in cached]
    info: dict = {"stamp": stamp, "asked": len(todo), "cached": len(records) - len(todo)}
    if todo:
        rss0 = rss_mb()
        t0 = time.perf_counter()
        base, _, variant = engine.partition(":")
        chain = QAChain(settings, base)
        if hasattr(chain.engine, "_chat_model"):  # a generative engine: its replies are cached by prompt
            from assistant.llm import get_chat_model

            chain.engine._chat_model = replay_chat(get_chat_model(base, settings), CACHE_DIR / f"model_{base}.jsonl")
            for k, v in VARIANTS.get(variant, {}).items():
                setattr(chain.engine, k, v)
        chain.ask("伊春区2016年主动公开了多少条政府信息？")  # warm: indexes, embedder, and the model's load
        info["warmup_s"] = round(time.perf_counter() - t0, 1)
        info["rss_before_mb"], info["rss_after_warmup_mb"] = rss0, rss_mb()
        for i, r in enumerate(todo, 1):
            row = ask_one(chain, r)
            row["stamp"] = stamp
            cached[r["id"]] = row
            append_cache(engine, row)
            g = row.get("gen", {}).get("outcome", "")
            log(f"[{engine} {i}/{len(todo)}] {r['id']} {row['latency_ms'] / 1000:.1f}s {g}")
        info["rss_end_mb"] = rss_mb()
    return [cached[r["id"]] for r in records], info


# --- scoring --------------------------------------------------------------------------------------

def _unsupported(record: dict, answer: dict) -> list[float]:
    """Numbers of an answered answer that no cited quote holds (same exemptions as bench.scoring.score)."""
    text = answer.get("text", "")
    cits = answer.get("citations") or []
    for c in cits:
        for name in (c.get("title"), c.get("source"), c.get("section")):
            if name:
                text = text.replace(name, " ")
    return unsupported_numbers(text, [c.get("quote", "") for c in cits],
                               record.get("question", "") + " " + " ".join(record.get("history") or []))


def scored_rows(records: list[dict], answers: list[dict]) -> list[dict]:
    from bench.scoring import score

    rows = []
    for r, a in zip(records, answers):
        s = score(r, a["answer"])
        ans = a["answer"]
        rows.append({"id": r["id"], "kind": r.get("kind") or "unknown", "lang": r.get("lang") or "unknown",
                     "set": subset_of(r), "answerable": r["answerable"], "score": s, "recall": None,
                     "latency_ms": a["latency_ms"], "outcome": (a.get("gen") or {}).get("outcome"),
                     "unsupported": bool(ans.get("answered")) and bool(_unsupported(r, ans)),
                     "answered": bool(ans.get("answered")), "text": ans.get("text", "")})
    return rows


def summary(rows: list[dict]) -> dict:
    s = summarise(rows)
    answered = [r for r in rows if r["answered"]]
    s["unsupported_rate"] = round(sum(r["unsupported"] for r in answered) / len(answered), 4) if answered else None
    outcomes: dict[str, int] = {}
    for r in rows:
        if r.get("outcome"):
            outcomes[r["outcome"]] = outcomes.get(r["outcome"], 0) + 1
    if outcomes:
        s["outcomes"] = outcomes
        # the model's own answers (shown as written) and how right they were
        own = [r for r in rows if r.get("outcome") == "verified"]
        s["model_shown"] = len(own)
        s["model_shown_correct"] = sum(1 for r in own if r["score"].get("correct", r["score"].get("refusal_ok")))
    return s


def figures(rows: list[dict]) -> dict:
    return {"overall": summary(rows), "by_kind": {k: summary([r for r in rows if r["kind"] == k]) for k in breakdown(rows, "kind")},
            "by_lang": {k: summary([r for r in rows if r["lang"] == k]) for k in breakdown(rows, "lang")}}


def _ok(row: dict) -> bool:
    s = row["score"]
    return bool(s.get("correct", s.get("refusal_ok")))


def head_to_head(base: list[dict], other: list[dict]) -> dict:
    better = [o["id"] for b, o in zip(base, other) if _ok(o) and not _ok(b)]
    worse = [o["id"] for b, o in zip(base, other) if _ok(b) and not _ok(o)]
    same_text = sum(1 for b, o in zip(base, other) if b["text"] == o["text"])
    return {"better": better, "worse": worse, "same_text": same_text, "n": len(base)}


# --- Markdown -------------------------------------------------------------------------------------

def _pct(x) -> str:
    return "—" if x is None else f"{100 * x:.0f}%"


def _s(ms) -> str:
    return "—" if ms is None else f"{ms / 1000:.2f}"


def markdown(result: dict) -> str:
    engines = list(result["engines"])
    lines = [f"{result['questions']} questions of the `{result['question_set']}` set"
             + (f" (every {result['sample']}th of each kind)" if result.get("sample", 1) > 1 else "")
             + f"; measured {result['measured_at']} on {result['machine'].get('cpu_model') or '?'} "
               f"({result['machine'].get('cpus', '?')} cores), load average before/after {result['loadavg_before']} / "
               f"{result['loadavg_after']}.", "",
             "| engine | n | accuracy | refusal acc. | citation precision | unsupported-number rate | answered wrong | "
             "p50 s | p95 s | model's text shown (right) |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for e in engines:
        o = result["engines"][e]["overall"]
        shown = f"{o['model_shown']} ({o['model_shown_correct']})" if "model_shown" in o else "—"
        lines.append(f"| {e} | {o['n']} | {_pct(o['accuracy'])} | {_pct(o['refusal_accuracy'])} | "
                     f"{_pct(o['citation_precision'])} | {_pct(o['unsupported_rate'])} | {_pct(o['answered_wrong'])} | "
                     f"{_s(o['latency_p50_ms'])} | {_s(o['latency_p95_ms'])} | {shown} |")
    for title, key in (("By kind", "by_kind"), ("By language", "by_lang")):
        lines += ["", f"**{title}** (accuracy, or refusal accuracy for unanswerable; citation precision; "
                      f"unsupported-number rate; p50 s)", "",
                  "| group | n | " + " | ".join(engines) + " |", "|---|---|" + "---|" * len(engines)]
        groups = result["engines"][engines[0]][key]
        for g, s0 in groups.items():
            cells = []
            for e in engines:
                s = result["engines"][e][key].get(g)
                if not s:
                    cells.append("—")
                    continue
                acc = s["accuracy"] if s["n_answerable"] else s["refusal_accuracy"]
                extra = f"; shown {s['model_shown']} ({s['model_shown_correct']} right)" if "model_shown" in s else ""
                cells.append(f"{_pct(acc)}; cit. {_pct(s['citation_precision'])}; unsup. {_pct(s['unsupported_rate'])}; "
                             f"{_s(s['latency_p50_ms'])} s{extra}")
            lines.append(f"| {g} | {s0['n']} | " + " | ".join(cells) + " |")
    for e in engines:
        o = result["engines"][e]["overall"]
        if o.get("outcomes"):
            lines += ["", f"**Outcomes of `{e}`**: " + ", ".join(f"{k} {v}" for k, v in sorted(o["outcomes"].items()))]
        h = result.get("head_to_head", {}).get(e)
        if h:
            lines.append(f"Against extractive: right where extractive was wrong {len(h['better'])} "
                         f"({', '.join(h['better']) or '—'}); wrong where extractive was right {len(h['worse'])} "
                         f"({', '.join(h['worse']) or '—'}); identical text {h['same_text']} of {h['n']}.")
        info = result.get("runs", {}).get(e)
        if info and info.get("rss_after_warmup_mb"):
            lines.append(f"Memory of `{e}` (process RSS): {info['rss_before_mb']} MB before the chain, "
                         f"{info['rss_after_warmup_mb']} MB after the first answer, {info.get('rss_end_mb')} MB at the end.")
    return "\n".join(lines) + "\n"


# --- main -----------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.engine_eval", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--engines", default="extractive,local:plain,local",
                    help="comma-separated engines (first: the reference); a suffix picks a variant of a generative "
                         "engine: :plain (verified against the evidence only, as before), :keep (must also state every "
                         "figure the extractive answer states)")
    ap.add_argument("--set", dest="question_set", choices=("dev", "fresh"), default="dev")
    ap.add_argument("--store", type=Path, default=STORE)
    ap.add_argument("--sample", type=int, default=1, help="every Nth question of each kind (an even sample)")
    ap.add_argument("--only", help="comma-separated ids (not written)")
    ap.add_argument("--fresh", action="store_true", help="drop the cache of the named engines first")
    ap.add_argument("--cached", action="store_true", help="use the cache for the extractive engine too")
    ap.add_argument("--report", action="store_true", help="only print the tables from the cache (nothing asked)")
    ap.add_argument("--threads", type=int, default=0, help="CPU threads of the local model (0: the setting)")
    ap.add_argument("--keep-store", action="store_true",
                    help="use the store as it is when it exists (no rebuild after another change of the ingest code)")
    ap.add_argument("--out", type=Path, default=None,
                    help="where the JSON (and .md beside it) go: default .cache/bench/engine_eval.json; "
                         "with --only nothing is written unless --out is given")
    args = ap.parse_args(argv)

    from bench.eval import ensure_store, eval_settings, load_questions

    offline_env()
    records = even_sample(select(load_questions(), args.question_set), args.sample)
    records = [r for r in records if subset_of(r) == args.question_set]  # never a holdout record
    if args.only:
        keep = set(args.only.split(","))
        records = [r for r in records if r["id"] in keep]
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    settings = eval_settings(None, args.store).model_copy(update={"model_cache": CACHE / "models"})
    if args.threads:
        settings = settings.model_copy(update={"local_threads": args.threads})
    load_before = list(os.getloadavg())
    runs: dict[str, dict] = {}
    answers: dict[str, list[dict]] = {}
    if args.report:
        for e in engines:
            cache = load_cache(e)
            answers[e] = [cache[r["id"]] for r in records if r["id"] in cache]
        have = set.intersection(*({a["id"] for a in answers[e]} for e in engines))
        records = [r for r in records if r["id"] in have]
        answers = {e: [a for a in answers[e] if a["id"] in have] for e in engines}
    else:
        files = shared_files()
        if not files:
            print("shared reports not found beside the repo (../shared)", file=sys.stderr)
            return 1
        if args.keep_store and (Path(settings.store) / "catalog.sqlite").exists():
            runs["store"] = {"kept": str(settings.store)}  # as built, even if the ingest code changed since
        else:
            runs["store"] = ensure_store(settings, files)
        for e in engines:
            use_cache = e != "extractive" or args.cached
            answers[e], runs[e] = run_engine(e, records, settings, fresh=args.fresh, use_cache=use_cache,
                                             log=lambda m: print(m, file=sys.stderr, flush=True))
    rows = {e: scored_rows(records, answers[e]) for e in engines}
    result = {"measured_at": time.strftime("%Y-%m-%d %H:%M"), "machine": machine(), "loadavg_before": load_before,
              "loadavg_after": list(os.getloadavg()), "question_set": args.question_set, "sample": args.sample,
              "questions": len(records), "runs": runs,
              "engines": {e: figures(rows[e]) for e in engines},
              "head_to_head": {e: head_to_head(rows[engines[0]], rows[e]) for e in engines[1:]},
              "per_question": {e: {r["id"]: {"ok": _ok(r), "outcome": r["outcome"], "unsupported": r["unsupported"],
                                             "ms": r["latency_ms"]} for r in rows[e]} for e in engines}}
    md = markdown(result)
    print(md)
    out = args.out or (None if args.only else BENCH_CACHE / "engine_eval.json")
    if out:
        write_json(out, result)
        out.with_suffix(".md").write_text(md, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
