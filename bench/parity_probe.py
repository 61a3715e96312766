"""The parity probe: do English questions get the answer the same question gets in Chinese?

Every report of ``bench/naming_en.jsonl`` (the corpus reports with a real agency, and the seeds it covers; the agency
checked against the corpus MANIFEST.tsv where it lists the file) is asked each ``[[asks]]`` of ``bench/parity.toml``
once in Chinese (``{agency}{year}年…``, the reference) and in every English phrasing of the ask (the agency's first
English name of naming_en.jsonl), through the public ``assistant.api.ask``.  Each English answer is judged against
the Chinese one (``judge``, a pure function):

- ``same``: both answered with the same stated numbers (or, when they state no number but years, a cited quote in
  common);
- ``both_declined``: neither answered (parity; whether that is right is bench.eval's business);
- ``declined`` (GAP): Chinese answered, English said the report does not state it;
- ``differs`` (GAP): both answered, but the stated numbers differ (or no cited quote in common, when no numbers);
- ``other_report`` (GAP): both answered, English from none of the reports Chinese cited;
- ``extra``: English answered, Chinese declined (counted apart: either Chinese misses it or English guessed).

Phrasings are split per ask by position: even (0, 2 …) OPEN, odd SEALED.  Aggregates of both halves (per ask, per
phrasing, per kind) are printed and written; the answers only of the open half.  Fix on the open gaps; the sealed
half's gap rate tells whether the fixes generalise.

    python -m bench.parity_probe [--store DIR] [--limit N] [--asks id,id] [--show-gaps]

Writes ``.cache/bench/parity_probe.json`` (aggregates of both halves, the open half's answers and judgements).
"""

from __future__ import annotations

import argparse
import re
import time
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.common import BENCH_CACHE, OUT, machine, norm, offline_env, write_json
from bench.naming_probe import DEFAULT_NAMES, load_lines
from bench.probe import MANIFEST, reports

ASKS = Path(__file__).resolve().parent / "parity.toml"
GAPS = ("declined", "differs", "other_report")
VERDICTS = ("same", "both_declined", *GAPS, "extra")
HALVES = ("open", "sealed")


@dataclass(frozen=True)
class Ask:
    id: str
    kind: str
    zh: str
    en: tuple[str, ...]

    def half(self, i: int) -> str:
        return "open" if i % 2 == 0 else "sealed"


@dataclass(frozen=True)
class Seen:
    """What the judge reads of an answer: whether it answered, its text, its citations' (source, quote)."""

    answered: bool
    text: str
    cites: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, answer) -> "Seen":
        return cls(bool(answer.answered), answer.text or "",
                   tuple((c.source or "", c.quote or c.row or "") for c in answer.citations or []))


def load_asks(path: Path = ASKS) -> tuple[str, list[Ask]]:
    with open(path, "rb") as fh:
        d = tomllib.load(fh)
    return d["zh"], [Ask(a["id"], a.get("kind", ""), a["zh"], tuple(a["en"])) for a in d["asks"]]


_MONTHS = {m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                            "september", "october", "november", "december"))}
_MONTHS.update({m[:3]: n for m, n in list(_MONTHS.items())})
_MONTH = re.compile(r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?", re.I)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」")
_REF = re.compile(r"\[\d+\]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")


def stated_numbers(text: str) -> frozenset[str]:
    """The numbers an answer states in its own words: quotes of the report and [n] references left out, month names
    as numbers (a date reads the same in both languages), thousands separators and trailing .0 dropped."""
    t = _REF.sub(" ", _QUOTED.sub(" ", text or ""))
    t = _MONTH.sub(lambda m: f" {_MONTHS[m.group(1).lower()]} ", t)
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)
    out = set()
    for n in _NUMBER.findall(t):
        whole, _, frac = n.partition(".")
        frac = frac.rstrip("0")
        out.add((whole.lstrip("0") or "0") + ("." + frac if frac else ""))
    return frozenset(out)


def judge(zh: Seen, en: Seen) -> str:
    """The verdict of one English answer against the Chinese one (see the module docstring)."""
    if not zh.answered:
        return "extra" if en.answered else "both_declined"
    if not en.answered:
        return "declined"
    zh_sources = {s for s, _ in zh.cites if s}
    en_sources = {s for s, _ in en.cites if s}
    if zh_sources and en_sources and not zh_sources & en_sources:
        return "other_report"
    zn, en_n = stated_numbers(zh.text), stated_numbers(en.text)
    if any(not _YEAR.fullmatch(n) for n in zn | en_n):  # a figure, not only the report's year of the answer's head
        return "same" if zn == en_n else "differs"
    zq, eq = {norm(q) for _, q in zh.cites if q}, {norm(q) for _, q in en.cites if q}
    if zq and eq and not zq & eq:
        return "differs"
    return "same"


def aggregate(rows: list[dict], keys: list[str], by: str) -> dict:
    """Verdict counts per value of `by` ("ask", "phrasing", "kind"), in the order of `keys`, and the gap rate."""
    out = {}
    for k in keys:
        c = Counter(r["verdict"] for r in rows if r[by] == k)
        if not c:
            continue
        n = sum(c.values())
        out[k] = {"asks": n, **{v: c.get(v, 0) for v in VERDICTS},
                  "gaps": sum(c.get(g, 0) for g in GAPS), "gap_rate": round(sum(c.get(g, 0) for g in GAPS) / n, 4)}
    return out


def totals(rows: list[dict]) -> dict:
    c = Counter(r["verdict"] for r in rows)
    n = len(rows)
    return {"asks": n, **{v: c.get(v, 0) for v in VERDICTS}, "gaps": sum(c.get(g, 0) for g in GAPS),
            "gap_rate": round(sum(c.get(g, 0) for g in GAPS) / n, 4) if n else None}


def targets(names: Path = DEFAULT_NAMES, manifest: Path = MANIFEST) -> list[tuple[str, str, str, str]]:
    """(file, Chinese agency, English name, year) of each report to ask: naming_en.jsonl's lines; the Chinese agency
    as the manifest gives it (brackets dropped) when it lists the file."""
    listed = {}
    if manifest.exists():
        import csv

        with open(manifest, encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                listed[Path(r["file"]).name] = r
    known = set(reports(manifest))
    out = []
    for line in load_lines(names):
        agency = line.agency_zh
        row = listed.get(line.file)
        if row is not None:
            agency = re.sub(r"[（(].*", "", row["agency"]) or agency
            if (agency, str(line.year)) not in known:
                continue  # a placeholder agency or an unknown year: no question can name it
        if line.names:
            out.append((line.file, agency, line.names[0], str(line.year)))
    return out


def run(store: str | None, limit: int | None = None, only: set[str] | None = None, progress=None) -> dict:
    offline_env()
    from assistant.api import ask
    from assistant.core.types import Answer
    from bench.eval import STORE, eval_settings

    settings = eval_settings(store=Path(store) if store else STORE)
    zh_frame, asks = load_asks()
    asks = [a for a in asks if not only or a.id in only]

    def asked(q: str) -> Seen:
        try:
            return Seen.of(ask(q, settings=settings))
        except Exception as e:  # one question that raises is a decline, not the end of the run (not logged: sealed)
            return Seen.of(Answer(question="", text=f"raised {type(e).__name__}", answered=False))

    rows: dict[str, list[dict]] = {h: [] for h in HALVES}
    details = []
    tgts = targets()[:limit]
    for n, (file, agency, name, year) in enumerate(tgts):
        for a in asks:
            zq = zh_frame.format(agency=agency, year=year, ask=a.zh)
            zh = asked(zq)
            for i, template in enumerate(a.en):
                eq = template.format(name=name, year=year)
                en = asked(eq)
                v = judge(zh, en)
                half = a.half(i)
                rows[half].append({"ask": a.id, "kind": a.kind, "phrasing": f"{a.id}#{i}", "verdict": v})
                if half == "open":
                    details.append({"file": file, "ask": a.id, "kind": a.kind, "phrasing": f"{a.id}#{i}",
                                    "verdict": v, "zh_question": zq, "en_question": eq,
                                    "zh": zh.text[:400], "en": en.text[:400],
                                    "zh_cites": [list(c) for c in zh.cites[:3]], "en_cites": [list(c) for c in en.cites[:3]]})
        if progress:
            progress(n + 1, len(tgts))
    ids = [a.id for a in asks]
    phrasings = [f"{a.id}#{i}" for a in asks for i in range(len(a.en))]
    kinds = list(dict.fromkeys(a.kind for a in asks))
    halves = {h: {"total": totals(rs), "per_ask": aggregate(rs, ids, "ask"), "per_kind": aggregate(rs, kinds, "kind"),
                  "per_phrasing": aggregate(rs, phrasings, "phrasing")} for h, rs in rows.items()}
    return {"measured_at": time.strftime("%Y-%m-%d %H:%M"), "git": machine().get("git"), "store": str(settings.store),
            "reports": len(tgts), "halves": halves, "open_details": details}


def print_result(result: dict, show_gaps: bool = False) -> None:
    cols = ("asks", "gaps", "declined", "differs", "other_report", "extra", "same", "both_declined")
    for half in HALVES:
        h = result["halves"][half]
        t = h["total"]
        print(f"\n{half.upper()}: {t['asks']} asks, gaps {t['gaps']} ({100 * (t['gap_rate'] or 0):.1f}%): "
              + ", ".join(f"{k} {t[k]}" for k in cols[2:]))
        print("  " + "ask".ljust(30) + "".join(c[:9].rjust(10) for c in cols))
        for k, a in h["per_ask"].items():
            print("  " + k.ljust(30) + "".join(str(a[c]).rjust(10) for c in cols))
        print("  per kind: " + ", ".join(f"{k} {a['gaps']}/{a['asks']}" for k, a in h["per_kind"].items()))
        print("  per phrasing (gaps/asks): " + ", ".join(f"{k} {a['gaps']}/{a['asks']}" for k, a in h["per_phrasing"].items()))
    if show_gaps:
        for d in result["open_details"]:
            if d["verdict"] in GAPS:
                print(f"\n[{d['verdict']}] {d['phrasing']} {d['file']}\n  ZH {d['zh_question']}\n     {d['zh'][:200]}"
                      f"\n  EN {d['en_question']}\n     {d['en'][:200]}")


def report_section(s: dict | None) -> list[str]:
    """The parity probe's section of docs/benchmarks.md (from docs/benchmarks/parity_probe.json)."""
    if not s:
        return []
    L = ["## Parity probe: do English questions get the Chinese answer?", "",
         f"`python -m bench.parity_probe` ({s['measured_at']}, git {s.get('git') or '?'}): {s['reports']} reports are asked",
         "each ask of `bench/parity.toml` in Chinese (the reference) and in several English phrasings; a *gap* is an",
         "English answer that declines, states other figures, or cites another report than the Chinese one. Even",
         "phrasings of each ask are open, odd ones sealed (counted only). No gold: a gap may be a Chinese mistake.", "",
         "| half | English asks | gaps | declined | differs | other report | extra (English only) |", "|---|---|---|---|---|---|---|"]
    for half in HALVES:
        t = s["halves"][half]["total"]
        L.append(f"| {half} | {t['asks']} | {t['gaps']} ({100 * (t['gap_rate'] or 0):.1f}%) | {t['declined']} | {t['differs']} | "
                 f"{t['other_report']} | {t['extra']} |")
    return L + [""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.parity_probe", formatter_class=argparse.RawDescriptionHelpFormatter,
                                 description=__doc__)
    ap.add_argument("--store", default=None, help="the store to ask, as it is (default .cache/evalstore)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N reports")
    ap.add_argument("--asks", default=None, help="only these ask ids of bench/parity.toml (comma-separated)")
    ap.add_argument("--show-gaps", action="store_true", help="print every OPEN gap (Chinese and English answers)")
    ap.add_argument("--out", type=Path, default=BENCH_CACHE / "parity_probe.json", help="the result (default %(default)s)")
    args = ap.parse_args(argv)
    only = set(args.asks.split(",")) if args.asks else None
    result = run(args.store, args.limit, only,
                 progress=lambda i, n: print(f"  {i}/{n} reports", flush=True) if i % 10 == 0 else None)
    write_json(args.out, result)
    # the aggregates only (no answers) for docs/benchmarks.md
    write_json(OUT / "parity_probe.json", {k: v for k, v in result.items() if k != "open_details"})
    print_result(result, args.show_gaps)
    print(f"\nwritten: {args.out}, {OUT / 'parity_probe.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
