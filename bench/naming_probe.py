"""The English naming probe: do the English names staff give an agency reach that agency's report?

Input: a JSONL file (``--names``), one report per line::

    {"file": "035_x.txt", "year": 2019, "agency_zh": "上海市人民政府办公厅",
     "names": ["Shanghai Municipal Government General Office", "Shanghai gov office"]}

Each name is asked the ``[[naming]]`` questions of ``bench/probe.toml`` ({name}, {year} filled in) through the public
``assistant.api.ask`` (as bench.eval asks), and each answer is judged on SCOPE only, not on its figures:

- ``hit``: a citation is from that report (``via: citation``); or an answer without citations whose question the
  chain's scope step (its ``prepare`` steps, as bench.eval's recall reads them) narrowed to reports of that agency
  only, that report among them (``via: scope``, e.g. "the report does not state it" about the right report);
- ``miss``, with a reason: ``unknown name`` (the scope step says no report is from the place/agency named),
  ``refused`` (another refusal of the scope step: no report of the named one for that year), ``wrong report``
  (citations of other reports only, or scoped to reports without it), ``other`` (e.g. scoped to many agencies'
  reports, and nothing cited).

Each ask also records ``name_read``: whether the question's parse named reports at all ("target", "other", "none").
A name the parse did not read is scoped by the year alone, which is a hit whenever that year has one report; such
hits are counted apart (``hits_name_unread``).

Lines are split in two halves by position: even lines (0, 2, 4 …) are OPEN, odd lines SEALED. Both halves' aggregates
(hit rate per half and per template, misses per reason) are printed and written; per-name details only of the open
half: the sealed half measures whether fixes made on the open names generalise, so its names, questions and answers
never leave this process (not printed, not written, not logged).

    python -m bench.naming_probe --names FILE [--store DIR] [--limit N]

Writes ``.cache/bench/naming_probe.json`` (both halves' aggregates + the open half's details) and the aggregates to
``docs/benchmarks/naming_probe.json`` (read by ``bench/report.py``).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.common import BENCH_CACHE, OUT, machine, offline_env, write_json
from bench.probe import TEMPLATES, load_templates

HIT, MISS = "hit", "miss"
REASONS = ("unknown name", "refused", "wrong report", "other")
HALVES = ("open", "sealed")


@dataclass(frozen=True)
class NameLine:
    """One line of the names file: a report and the English names of its agency."""

    file: str
    year: int
    agency_zh: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Target:
    """The report a name should reach, as the store holds it (doc_id None: the store does not hold the file)."""

    file: str
    doc_id: str | None
    sources: frozenset[str]
    agency: str | None = None


@dataclass(frozen=True)
class Scope:
    """What the chain's scope step made of a question: the reports it searched (doc_ids None: every report)."""

    doc_ids: tuple[str, ...] | None
    only_target_agency: bool  # every scoped report is of the target report's agency


def load_lines(path: Path) -> list[NameLine]:
    """The lines of a names file, in file order (blank lines skipped; a malformed line is an error naming it)."""
    out = []
    for i, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines()):
        if not raw.strip():
            continue
        try:
            d = json.loads(raw)
            out.append(NameLine(str(d["file"]), int(d["year"]), str(d.get("agency_zh") or ""),
                                tuple(str(n) for n in d["names"] if str(n).strip())))
        except (ValueError, KeyError, TypeError) as e:
            raise ValueError(f"{path}, line {i + 1}: not a names record ({type(e).__name__}: {e})") from None
    return out


def split_halves(lines: list[NameLine]) -> dict[str, list[NameLine]]:
    """Even positions (0, 2, 4 …) open, odd positions sealed: the position among the records, not the file line."""
    return {"open": lines[0::2], "sealed": lines[1::2]}


def naming_templates(templates: dict | None = None) -> list[tuple[str, str]]:
    """(id, English template) of each [[naming]] question of bench/probe.toml."""
    templates = templates if templates is not None else load_templates(TEMPLATES)
    return [(t["id"], t["en"]) for t in templates["naming"]]


def _template_regex(template: str) -> re.Pattern:
    parts = re.split(r"\{\w+\}", template.strip())
    return re.compile(".+?".join(re.escape(p) for p in parts))


def _scope_refusals() -> list[tuple[re.Pattern, str]]:
    """The scope step's own refusals (prompts/extractive.*.toml), in both languages, with their reason class."""
    from prompts import load_templates as prompt_templates

    out = []
    for lang in ("en", "zh"):
        t = prompt_templates("extractive", lang)
        out.append((_template_regex(t["unknown_entity"]), "unknown name"))
        out += [(_template_regex(t[k]), "refused") for k in ("no_report_for_year", "no_report_for_year_any")]
    return out


def scope_refusal(text: str) -> str | None:
    """'unknown name' / 'refused' when an answer's first line is a refusal of the scope step, else None."""
    first = first_line(text)
    return next((reason for rx, reason in _scope_refusals() if rx.match(first)), None)


def first_line(text: str) -> str:
    return next((ln.strip() for ln in (text or "").splitlines() if ln.strip()), "")


def judge(answer, target: Target, scope: Scope | None = None) -> dict:
    """{"verdict": hit|miss, "via" (hit) or "reason" (miss)} of one answer (see the module docstring). `scope` is
    looked up only for an answer without citations (None: not looked up)."""
    cites = list(answer.citations or [])
    if cites:
        if any((target.doc_id and c.doc_id == target.doc_id) or c.source in target.sources or c.source == target.file
               for c in cites):
            return {"verdict": HIT, "via": "citation"}
        return {"verdict": MISS, "reason": "wrong report"}
    refused = scope_refusal(answer.text)
    if refused:
        return {"verdict": MISS, "reason": refused}
    if scope is not None and scope.doc_ids is not None:
        if target.doc_id not in scope.doc_ids:
            return {"verdict": MISS, "reason": "wrong report"}
        if scope.only_target_agency:
            return {"verdict": HIT, "via": "scope"}
    return {"verdict": MISS, "reason": "other"}


def aggregate(rows: list[dict], template_ids: list[str]) -> dict:
    """Hit rates of one half's judged asks: over all asks, per template, per name (every ask of it a hit), and the
    misses per reason, how often the parse read the name. `rows`: {"name_key", "template", "verdict", "reason"?,
    "name_read"?}."""
    def rate(rs):
        return round(sum(r["verdict"] == HIT for r in rs) / len(rs), 4) if rs else None

    names: dict = {}
    for r in rows:
        names.setdefault(r["name_key"], []).append(r["verdict"] == HIT)
    return {
        "asks": len(rows), "hits": sum(r["verdict"] == HIT for r in rows), "hit_rate": rate(rows),
        "names": len(names), "names_all_hit": sum(all(v) for v in names.values()),
        "names_hit_rate": round(sum(all(v) for v in names.values()) / len(names), 4) if names else None,
        "per_template": {t: rate([r for r in rows if r["template"] == t]) for t in template_ids},
        # hits of a question whose name the parse did not read (the year alone scoped it): luck, not naming
        "hits_name_unread": sum(r["verdict"] == HIT and r.get("name_read") == "none" for r in rows),
        "name_read": dict(Counter(r["name_read"] for r in rows if r.get("name_read"))),
        "misses_by_reason": {k: n for k in REASONS if (n := sum(r.get("reason") == k for r in rows if r["verdict"] == MISS))},
    }


class _Asker:
    """The public ask() on one store, and the chain's scope for an answer without citations."""

    def __init__(self, settings) -> None:
        from assistant.api import get_chain

        self.settings = settings
        self.chain = get_chain(settings=settings)
        self.chain.index.refresh()
        self.by_doc = dict(self.chain.index.by_doc)

    def target(self, line: NameLine) -> Target:
        for r in self.by_doc.values():
            if line.file in r.sources:
                return Target(line.file, r.doc_id, frozenset(r.sources), r.agency)
        return Target(line.file, None, frozenset({line.file}))

    def ask(self, question: str):
        from assistant.api import ask
        from assistant.core.types import Answer

        try:
            return ask(question, settings=self.settings)
        except Exception as e:  # one question that raises is a miss ("other"), not the end of the run; the
            # question is not logged: it may be a sealed one
            return Answer(question="", text=f"raised {type(e).__name__}", answered=False)

    def name_read(self, question: str, target: Target) -> str:
        """Whether the question's parse names reports: "target" (its report among them), "other" (others only) or
        "none" (the name was not read: only the year scopes it, and a year of one report makes any name a hit)."""
        from assistant.query import parse_question

        try:
            doc_ids = parse_question(question, self.chain.index.reports).doc_ids
        except Exception:
            return "none"
        return "none" if not doc_ids else "target" if target.doc_id in doc_ids else "other"

    def scope(self, question: str, target: Target) -> Scope | None:
        try:
            state = self.chain.prepare.invoke({"question": question, "filters": None, "history": None, "notes": []})
        except Exception:
            return None
        q = state.get("q")
        if state.get("early") is not None or q is None:
            return None
        ids = tuple(q.doc_ids) if q.doc_ids is not None else None
        same = ids is not None and all(self.by_doc[d].agency == target.agency for d in ids if d in self.by_doc)
        return Scope(ids, bool(ids) and same and target.agency is not None)


def probe_line(asker, line: NameLine, target: Target, templates: list[tuple[str, str]]) -> list[dict]:
    """Every name of one line asked every template: one row per ask."""
    rows = []
    for name in line.names:
        for tid, template in templates:
            question = template.format(name=name, year=line.year)
            a = asker.ask(question)
            scope = asker.scope(question, target) if not a.citations and not scope_refusal(a.text) else None
            rows.append({"name_key": (line.file, name), "name": name, "template": tid, "question": question,
                         **judge(a, target, scope), "name_read": asker.name_read(question, target),
                         "first_line": first_line(a.text)[:200],
                         "cited": sorted({c.source for c in a.citations})})
    return rows


def run(lines: list[NameLine], settings=None, templates: list[tuple[str, str]] | None = None, asker=None,
        progress=None) -> dict:
    """Both halves probed; the result holds both halves' aggregates and the OPEN half's details only. A line whose
    file the store does not hold is not asked (counted per half; named for the open half)."""
    templates = templates or naming_templates()
    asker = asker or _Asker(settings)
    ids = [t for t, _ in templates]
    result: dict = {"templates": dict(templates), "halves": {}, "open_details": [], "not_in_store": {}}
    for half, half_lines in split_halves(lines).items():
        rows, absent = [], []
        for i, line in enumerate(half_lines):
            target = asker.target(line)
            if target.doc_id is None:
                absent.append(line.file)
                continue
            line_rows = probe_line(asker, line, target, templates)
            rows += line_rows
            if half == "open":
                result["open_details"].append({"file": line.file, "year": line.year, "agency_zh": line.agency_zh,
                                               "asks": [{k: v for k, v in r.items() if k != "name_key"} for r in line_rows]})
            if progress:
                progress(half, i + 1, len(half_lines))
        result["not_in_store"][half] = len(absent)
        if half == "open":
            result["not_in_store"]["open_files"] = absent
        result["halves"][half] = {"lines": len(half_lines) - len(absent), **aggregate(rows, ids)}
        del rows  # a sealed half's answers end here
    return result


def summary(result: dict, store: str | None = None) -> dict:
    """What docs/benchmarks.md reports: both halves' aggregates, no names."""
    return {"measured_at": time.strftime("%Y-%m-%d %H:%M"), "git": machine().get("git"), "store": store,
            "templates": result["templates"], "halves": result["halves"], "not_in_store": {
                h: result["not_in_store"].get(h, 0) for h in HALVES}}


def _pct(x) -> str:
    return "—" if x is None else f"{100 * x:.1f}%"


def report_section(s: dict | None) -> list[str]:
    """The naming probe's section of docs/benchmarks.md (from docs/benchmarks/naming_probe.json)."""
    if not s:
        return []
    ids = list(s["templates"])
    L = ["## Naming probe: do English agency names reach the right report?", "",
         f"`python -m bench.naming_probe --names FILE` ({s['measured_at']}, git {s.get('git') or '?'}): every English",
         "name of a list (several per report, written by people outside the team) is asked the `[[naming]]` questions of",
         "`bench/probe.toml` with the report's year; a *hit* is an answer that cites that report (or, without citations,",
         "was scoped to that agency's reports). Scope only, not the figures. Even lines of the list are open (misses",
         "read, in `.cache/bench/naming_probe.json`), odd lines sealed (counted only). *Unread*: hits of a question whose",
         "name the parse did not read (the year alone scoped it to a report).", "",
         "| half | reports | names | asks | hit rate | names all hit | unread | " + " | ".join(ids) + " | misses by reason |",
         "|---|---|---|---|---|---|---|" + "---|" * len(ids) + "---|"]
    for half in HALVES:
        h = s["halves"].get(half)
        if not h:
            continue
        reasons = ", ".join(f"{k} {n}" for k, n in h["misses_by_reason"].items()) or "—"
        L.append(f"| {half} | {h['lines']} | {h['names']} | {h['asks']} | {_pct(h['hit_rate'])} | {_pct(h['names_hit_rate'])} | "
                 f"{h.get('hits_name_unread', 0)} | " + " | ".join(_pct(h["per_template"].get(t)) for t in ids) + f" | {reasons} |")
    return L + [""]


def print_result(result: dict) -> None:
    for half in HALVES:
        h = result["halves"].get(half)
        if not h:
            continue
        per_t = ", ".join(f"{t} {_pct(r)}" for t, r in h["per_template"].items())
        reasons = ", ".join(f"{k} {n}" for k, n in h["misses_by_reason"].items()) or "none"
        print(f"{half}: {h['lines']} reports, {h['names']} names, {h['asks']} asks: hit rate {_pct(h['hit_rate'])} "
              f"(names all hit {_pct(h['names_hit_rate'])}; hits with the name unread {h['hits_name_unread']}); "
              f"per template: {per_t}; misses: {reasons}")
    if any(result["not_in_store"].get(h) for h in HALVES):
        print(f"not in the store (not counted): open {result['not_in_store'].get('open', 0)}, "
              f"sealed {result['not_in_store'].get('sealed', 0)}")
    misses = [(d, a) for d in result["open_details"] for a in d["asks"] if a["verdict"] == MISS]
    for reason in REASONS:
        group = [(d, a) for d, a in misses if a["reason"] == reason]
        if group:
            print(f"\nopen misses, {reason} ({len(group)}):")
            for d, a in group:
                print(f"  {d['agency_zh']} | {a['name']} | {a['template']} | name read: {a.get('name_read')} | "
                      f"{a['first_line'][:120]}")


# English names of the seeds and corpus reports, written in round 9 by someone who never opened names.toml
DEFAULT_NAMES = Path(__file__).resolve().parent / "naming_en.jsonl"

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.naming_probe", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=__doc__)
    ap.add_argument("--names", type=Path, default=DEFAULT_NAMES,
                    help="the JSONL names file: one {file, year, agency_zh, names} record per line (default %(default)s:"
                         " 3 English names for each of 57 reports, written by someone who had not read names.toml)")
    ap.add_argument("--store", type=Path, default=None,
                    help="the store to ask (default .cache/evalstore; brought up to date first, as bench.eval does)")
    ap.add_argument("--no-ingest", action="store_true", help="ask the store as it is (no up-to-date check)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N lines (both halves among them)")
    ap.add_argument("--out", type=Path, default=BENCH_CACHE / "naming_probe.json",
                    help="the result: both halves' aggregates and the open half's answers (default %(default)s)")
    ap.add_argument("--summary", default=str(OUT / "naming_probe.json"),
                    help="the aggregates for docs/benchmarks.md ('' = none; not written with --limit)")
    args = ap.parse_args(argv)
    if not args.names.is_file():
        ap.error(f"--names {args.names}: no such file (a JSONL file of {{file, year, agency_zh, names}} records)")
    lines = load_lines(args.names)[:args.limit]
    offline_env()
    from bench.common import shared_files
    from bench.eval import STORE, ensure_store, eval_settings

    settings = eval_settings(store=args.store or STORE)
    if not args.no_ingest:
        ensure_store(settings, shared_files())
    result = run(lines, settings, progress=lambda half, i, n: print(f"  {half} {i}/{n}", flush=True) if i % 10 == 0 else None)
    result = {"names_file": str(args.names), "store": str(settings.store), **result}
    write_json(args.out, result)
    if args.summary and args.limit is None:
        write_json(Path(args.summary), summary(result, Path(settings.store).name))
    print_result(result)
    print(f"\nwritten: {args.out}" + (f", {args.summary}" if args.summary and args.limit is None else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
