"""The differential probe: what did a change do to the answers of questions nobody wrote?

Every report is asked each ``[[asks]]`` of ``bench/diff_probe.toml`` in each Chinese and English phrasing (kinds:
comparisons of two years or of two rows, identity — publisher, compiler, date, period —, items — problems, measures —
and standard figures) through the public ``assistant.api.ask``, and every answer (text, answered, citations) is
written to a JSON file.  The reports: those of ``bench/naming_en.jsonl`` (``--reports names``, the default: agency
as the corpus MANIFEST.tsv gives it, year, first English name), or every report of the store with an agency and a
year (``--reports store``: English questions name the agency by its naming_en.jsonl name, else by its Chinese one).

``--against OTHER.json`` compares this run with another (questions matched by id: report file, ask, language,
phrasing) and lists, grouped by kind, every question whose answer text, answered flag or citations (source, quote,
span) changed, with both answers.  No gold, no verdict: a lead reads what a change did.  Exit status 1 when answers
changed, else 0.

To compare two commits, run the probe in a git worktree of each (the code that answers is the worktree's), each on
a store of its own (a copy of one store will do: a change to ingest/ rebuilds the copy it is run on), then compare
the two files::

    git worktree add ../wt_base BASE && cp -r .cache/evalstore ../wt_base/.cache/evalstore_base
    (cd ../wt_base && python -m bench.diff_probe --store .cache/evalstore_base --out /tmp/base.json)
    python -m bench.diff_probe --store .cache/evalstore --against /tmp/base.json
    python -m bench.diff_probe --load .cache/bench/diff_probe.json --against /tmp/base.json   # compare again, no asking

(A commit older than the probe: copy bench/diff_probe.py and bench/diff_probe.toml into its worktree first.)

A whole run (55 reports, 1,760 questions) took 9 minutes on 2 cores shared with much other work (load ~14);
``--limit N`` (the first N reports: 32 questions each) keeps a run short.

    python -m bench.diff_probe [--store DIR] [--no-ingest] [--reports names|store] [--limit N] [--asks id,id]
                               [--out FILE] [--load FILE] [--against OTHER.json] [--show N]

Writes ``--out`` (default ``.cache/bench/diff_probe.json``: the questions and their answers) and, with --against,
``--changes`` (default ``.cache/bench/diff_probe_changes.json``: the changed questions per kind, both answers).
"""

from __future__ import annotations

import argparse
import time
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from bench.common import BENCH_CACHE, machine, offline_env, read_json, write_json
from bench.naming_probe import DEFAULT_NAMES, load_lines
from bench.parity_probe import targets

ASKS = Path(__file__).resolve().parent / "diff_probe.toml"
KINDS = ("compare_years", "compare_rows", "identity", "items", "figures")
LANGS = ("zh", "en")


@dataclass(frozen=True)
class Ask:
    id: str
    kind: str
    zh: tuple[str, ...]
    en: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    """A report to ask about: its file, Chinese agency, English name (or the Chinese one) and year."""

    file: str
    agency: str
    name: str
    year: int


def load_asks(path: Path = ASKS) -> list[Ask]:
    with open(path, "rb") as fh:
        d = tomllib.load(fh)
    return [Ask(a["id"], a["kind"], tuple(a.get("zh", ())), tuple(a.get("en", ()))) for a in d["asks"]]


def names_reports() -> list[Report]:
    """The reports of bench/naming_en.jsonl as the parity probe reads them (bench.parity_probe.targets)."""
    return [Report(file, agency, name, int(year)) for file, agency, name, year in targets()]


def store_reports(reports, names: Path = DEFAULT_NAMES) -> list[Report]:
    """Every store report (assistant.core.types.Report) with an agency and a year, by its first source file; its
    English name from the names file when a line is of one of its files, else its Chinese agency."""
    english = {line.file: line.names[0] for line in load_lines(names) if line.names}
    out = []
    for r in reports:
        if not r.agency or not r.year:
            continue
        sources = sorted(r.sources) or [r.doc_id]
        name = next((english[s] for s in sources if s in english), r.agency)
        out.append(Report(sources[0], r.agency, name, int(r.year)))
    return sorted(out, key=lambda r: (r.file, r.year))


def other_year(report: Report, reports: list[Report]) -> int:
    """Another year of the report's agency: the nearest one the list has (the earlier on a tie), else the year before."""
    years = {r.year for r in reports if r.agency == report.agency and r.year != report.year}
    return min(years, key=lambda y: (abs(y - report.year), y)) if years else report.year - 1


def questions(reports: list[Report], asks: list[Ask], among: list[Report] | None = None) -> list[dict]:
    """Every report asked every phrasing: {"id", "kind", "ask", "lang", "file", "question"}; the id (file, ask,
    language and phrasing) is what two runs are matched by. `among`: the reports other years are found in (default
    `reports`; all of them when only the first few are asked)."""
    out = []
    for r in reports:
        fill = {"agency": r.agency, "name": r.name, "year": r.year, "other_year": other_year(r, among or reports)}
        for a in asks:
            for lang in LANGS:
                for i, template in enumerate(getattr(a, lang)):
                    out.append({"id": f"{r.file}|{a.id}|{lang}{i}", "kind": a.kind, "ask": a.id, "lang": lang,
                                "file": r.file, "question": template.format(**fill)})
    return out


def answer_record(answer) -> dict:
    """What two runs compare of an answer (answered, text, citations as [source, quote, start, end]); notes are kept
    for reading only."""
    return {"answered": bool(answer.answered), "text": answer.text or "",
            "citations": [[c.source or "", c.quote or "", c.start, c.end] for c in answer.citations or []],
            "notes": list(getattr(answer, "notes", None) or [])}


def _compared(rec: dict) -> tuple:
    return rec.get("answered"), rec.get("text"), [list(c) for c in rec.get("citations") or []]


def changes(before: dict, after: dict) -> dict:
    """The questions (matched by id) whose answer changed from run `before` to run `after`, grouped by kind:
    {"changed": {kind: [{"id", "question", "before", "after"}]}, "same", "only_before", "only_after"}."""
    b = {q["id"]: q for q in before["answers"]}
    a = {q["id"]: q for q in after["answers"]}
    changed: dict[str, list] = defaultdict(list)
    same = 0
    for qid, new in a.items():
        old = b.get(qid)
        if old is None:
            continue
        if _compared(old) == _compared(new):
            same += 1
            continue
        changed[new["kind"]].append({"id": qid, "question": new["question"],
                                     "before": {k: old.get(k) for k in ("answered", "text", "citations")},
                                     "after": {k: new.get(k) for k in ("answered", "text", "citations")}})
    order = [*KINDS, *sorted(set(changed) - set(KINDS))]
    return {"before": {k: before.get(k) for k in ("git", "store", "measured_at")},
            "after": {k: after.get(k) for k in ("git", "store", "measured_at")},
            "changed": {k: changed[k] for k in order if changed.get(k)}, "same": same,
            "only_before": sorted(set(b) - set(a)), "only_after": sorted(set(a) - set(b))}


def _shown(rec: dict) -> str:
    cites = "; ".join(f"{s}: {q[:60]}" for s, q, *_ in rec["citations"][:3]) or "no citations"
    return f"{'answered' if rec['answered'] else 'declined'} | {rec['text'][:300]!r}\n      [{cites}]"


def print_changes(diff: dict, show: int = 20) -> None:
    n = sum(len(v) for v in diff["changed"].values())
    print(f"before: git {diff['before'].get('git')} ({diff['before'].get('measured_at')}); "
          f"after: git {diff['after'].get('git')} ({diff['after'].get('measured_at')})")
    print(f"{n} questions changed, {diff['same']} the same; only before {len(diff['only_before'])}, "
          f"only after {len(diff['only_after'])}")
    for kind, rows in diff["changed"].items():
        print(f"\n{kind}: {len(rows)} changed")
        for row in rows[:show]:
            print(f"  {row['id']}\n    Q {row['question']}\n    - {_shown(row['before'])}\n    + {_shown(row['after'])}")
        if len(rows) > show:
            print(f"  … {len(rows) - show} more (see the changes file)")


def run(qs: list[dict], asker, progress=None) -> list[dict]:
    """Each question asked (asker: bench.naming_probe's, which turns an exception into a decline)."""
    out = []
    for i, q in enumerate(qs):
        out.append({**q, **answer_record(asker.ask(q["question"]))})
        if progress:
            progress(i + 1, len(qs))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.diff_probe", formatter_class=argparse.RawDescriptionHelpFormatter,
                                 description=__doc__)
    ap.add_argument("--store", type=Path, default=None,
                    help="the store to ask (default .cache/evalstore; brought up to date first, as bench.eval does)")
    ap.add_argument("--no-ingest", action="store_true", help="ask the store as it is (no up-to-date check)")
    ap.add_argument("--reports", choices=("names", "store"), default="names",
                    help="the reports asked about: bench/naming_en.jsonl's, or every report of the store (default %(default)s)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N reports")
    ap.add_argument("--asks", default=None, help="only these ask ids of bench/diff_probe.toml (comma-separated)")
    ap.add_argument("--out", type=Path, default=BENCH_CACHE / "diff_probe.json", help="this run's answers (default %(default)s)")
    ap.add_argument("--load", type=Path, default=None, help="ask nothing: read this run from FILE (to compare it --against another)")
    ap.add_argument("--against", type=Path, default=None, help="another run's answers to compare this run with")
    ap.add_argument("--changes", type=Path, default=BENCH_CACHE / "diff_probe_changes.json",
                    help="with --against: the changed questions per kind, both answers (default %(default)s)")
    ap.add_argument("--show", type=int, default=20, help="with --against: changed questions printed per kind (default %(default)s)")
    args = ap.parse_args(argv)
    if args.load:
        result = read_json(args.load)
        if result is None:
            ap.error(f"--load {args.load}: no such file")
    else:
        result = ask_all(args)
        write_json(args.out, result)
        print(f"{len(result['answers'])} questions over {result['reports']} reports written: {args.out}")
    if args.against is None:
        return 0
    other = read_json(args.against)
    if other is None:
        ap.error(f"--against {args.against}: no such file")
    diff = changes(other, result)
    write_json(args.changes, diff)
    print_changes(diff, args.show)
    print(f"\nwritten: {args.changes}")
    return 1 if diff["changed"] else 0


def ask_all(args) -> dict:
    """One run of main's arguments: the questions of the chosen reports and asks, asked on the store."""
    offline_env()
    from bench.common import shared_files
    from bench.eval import STORE, ensure_store, eval_settings
    from bench.naming_probe import _Asker

    settings = eval_settings(store=args.store or STORE)
    if not args.no_ingest:
        ensure_store(settings, shared_files())
    asker = _Asker(settings)
    reports = store_reports(asker.by_doc.values()) if args.reports == "store" else names_reports()
    asks = [a for a in load_asks() if not args.asks or a.id in set(args.asks.split(","))]
    qs = questions(reports[:args.limit], asks, among=reports)
    started = time.time()
    answers = run(qs, asker, progress=lambda i, n: print(f"  {i}/{n}", flush=True) if i % 200 == 0 else None)
    return {"measured_at": time.strftime("%Y-%m-%d %H:%M"), "git": machine().get("git"), "store": str(settings.store),
            "reports_from": args.reports, "reports": len({q["file"] for q in qs}), "questions": len(qs),
            "seconds": round(time.time() - started, 1), "answers": answers}


if __name__ == "__main__":
    raise SystemExit(main())
