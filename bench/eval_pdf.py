"""Accuracy on the PDF versions of the full-table reports, beside their HTML copies (issue 11).

The dev questions (every set, holdout included: they are only scored) whose gold reports all have a
PDF version (bench.formats_bench.pdf_versions: chromium prints of the reports with full standard
tables, corpus 035) are answered twice by our pipeline, each time against a store holding only those
reports: (a) their HTML copies as they are in ../shared, (b) their PDF versions.  Nothing else is in
either store, so the one difference is the file format.  The same questions' verdicts in the main run
(the normal eval store, all reports) are shown beside them when present.

Run with the full evaluation (``python -m bench.eval``) or alone (``python -m bench.eval --pdf-only``).
The result is ``pdf_versions`` in docs/benchmarks/eval.json; without chromium the part is skipped and
the reason recorded there.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.common import CACHE, CORPUS, loadavg
from bench.eval import _verdict, ensure_store, eval_settings, figures, run_ours
from bench.scoring import SUBSETS, subset_of

STORES = CACHE / "evalstore_pdf"  # html/ and pdf/: one store per format, only the full-table reports
RUNS = (("html", "HTML copies (as in ../shared)"), ("pdf", "PDF versions (printed by chromium)"))


def pdf_questions(records: list[dict], sources: set[str]) -> list[dict]:
    """Answerable records whose gold reports are all among ``sources`` (file names)."""
    return [r for r in records if r.get("answerable") and r.get("gold_sources")
            and set(r["gold_sources"]) <= sources]


def as_pdf(record: dict, names: dict[str, str]) -> dict:
    """The record with its gold sources renamed to the PDF files (citations name the file they quote)."""
    return {**record, "gold_sources": [names.get(s, s) for s in record["gold_sources"]]}


def skipped(reason: str) -> dict:
    return {"skipped": reason, "measured_at": time.strftime("%Y-%m-%d %H:%M")}


def full_store(verdicts: dict | None, ids: list[str]) -> dict | None:
    """Accuracy of the same questions in the main run (normal eval store), from its per-question verdicts."""
    if not verdicts:
        return None
    vs = [verdicts[i] for i in ids if i in verdicts]
    if not vs:
        return None
    ok = [v.get("ok") for v in vs if v.get("ok") is not None]
    return {"n": len(vs), "accuracy": round(sum(1 for x in ok if x) / len(ok), 4) if ok else None,
            "questions": {i: bool(verdicts[i].get("ok")) for i in ids if i in verdicts}}


def run(records: list[dict], embedder: str | None = None, main_verdicts: dict | None = None) -> dict:
    """Answer the selected questions against the HTML-copy store and the PDF store; figures of both."""
    from bench import formats_bench as fb

    if not fb.have_chromium():
        return skipped(f"chromium not found ({fb.CHROMIUM}): no PDF versions can be printed")
    if not CORPUS.is_dir():
        return skipped(f"shared corpus not found ({CORPUS})")
    try:
        pdfs = fb.pdf_versions()
    except Exception as e:  # chromium present but failing: say so, never stop the main eval
        return skipped(f"printing the PDF versions failed: {type(e).__name__}: {e}")
    if not pdfs:
        return skipped("no full-table report found to print")
    html_files = [CORPUS / f"{p.stem}.txt" for p in pdfs]
    names = {h.name: p.name for h, p in zip(html_files, pdfs)}
    qs = pdf_questions(records, set(names))
    if not qs:
        return skipped("no question has only full-table reports as its gold sources")
    base = eval_settings(embedder)
    settings = {"html": base.model_copy(update={"store": STORES / "html"}),
                "pdf": base.model_copy(update={"store": STORES / "pdf"})}
    load_before = loadavg()
    stores = {"html": ensure_store(settings["html"], html_files), "pdf": fb.build_pdf_store(settings["pdf"])}
    rows = {"html": run_ours(qs, settings["html"]),
            "pdf": run_ours([as_pdf(r, names) for r in qs], settings["pdf"])}
    ids = [r["id"] for r in qs]
    from bench.common import BENCH_CACHE, write_json

    write_json(BENCH_CACHE / "eval_pdf_details.json", rows)  # answers and quotes, for reading failures (not in the repo)
    return {
        "measured_at": time.strftime("%Y-%m-%d %H:%M"),
        "loadavg_before": load_before,
        "loadavg_after": loadavg(),
        "reports": {h.name: p.name for h, p in zip(html_files, pdfs)},
        "questions": len(qs),
        "questions_by_set": {n: k for n in SUBSETS if (k := sum(1 for r in qs if subset_of(r) == n))},
        "stores": stores,
        "runs": {name: {**figures(rs), "questions": {row["id"]: _verdict(row) for row in rs}} for name, rs in rows.items()},
        "full_store": full_store(main_verdicts, ids),
    }


# --- Markdown -------------------------------------------------------------------------------------


def _pct(x) -> str:
    return "—" if x is None else f"{100 * x:.0f}%"


def markdown(res: dict | None) -> list[str]:
    """Markdown lines of the PDF-versions comparison ([] when it was never run)."""
    if not res:
        return []
    lines = ["", ("**PDF versions of the full-table reports** (issue 11): the dev questions whose gold reports all have a "
                  "PDF version, answered against a store of only those reports — their HTML copies, then their PDF versions "
                  "printed by chromium — and, for reference, in the main run's store of all reports."), ""]
    if res.get("skipped"):
        return lines + [f"_skipped: {res['skipped']}_ ({res.get('measured_at', '?')})"]
    sets = ", ".join(f"{k}: {v}" for k, v in (res.get("questions_by_set") or {}).items())
    reports = ", ".join(f"`{p}`" for p in res.get("reports", {}).values())
    lines += [f"{res['questions']} questions ({sets}); reports: {reports}; measured {res['measured_at']}.", "",
              "| store | n | answer accuracy | answered | gold values stated | citation precision | latency p50 (ms) |",
              "|---|---|---|---|---|---|---|"]
    for name, label in RUNS:
        o = res["runs"][name]["overall"]
        p50 = "—" if o.get("latency_p50_ms") is None else f"{o['latency_p50_ms']:,.0f}"
        lines.append(f"| {label} | {o['n']} | **{_pct(o['accuracy'])}** | {_pct(o['answered_rate'])} | "
                     f"{_pct(o.get('gold_values_stated'))} | {_pct(o['citation_precision'])} | {p50} |")
    fs = res.get("full_store")
    if fs:
        lines.append(f"| normal eval store, all reports (main run) | {fs['n']} | {_pct(fs['accuracy'])} | — | — | — | — |")
    h, p = res["runs"]["html"]["by_kind"], res["runs"]["pdf"]["by_kind"]
    lines += ["", "| kind | n | HTML copies | PDF versions |", "|---|---|---|---|"]
    for k in sorted(set(h) | set(p)):
        n = (h.get(k) or p.get(k))["n"]
        lines.append(f"| {k} | {n} | {_pct((h.get(k) or {}).get('accuracy'))} | {_pct((p.get(k) or {}).get('accuracy'))} |")
    hq, pq = res["runs"]["html"]["questions"], res["runs"]["pdf"]["questions"]
    lost = [i for i in hq if hq[i].get("ok") and not (pq.get(i) or {}).get("ok")]
    won = [i for i in pq if pq[i].get("ok") and not (hq.get(i) or {}).get("ok")]
    if lost or won:
        lines += ["", (f"Right on HTML, wrong on PDF: {', '.join(lost) or 'none'}; right on PDF, wrong on HTML: "
                       f"{', '.join(won) or 'none'}.")]
    return lines


def stored_path() -> Path:
    from bench.common import BENCH_CACHE

    return BENCH_CACHE / "eval_pdf.json"
