"""The rewordings probe: tuning questions asked again in words nobody tuned on, with the same gold.

bench/rewordings.jsonl holds new wordings of passing tuning records of bench/qa_dev.jsonl (field ``reworded_from``):
colloquial Chinese, plain English, loose names of reports, refusal traps made from them (a nearby ask the report
does not state), comparisons with the sides named another way.  The fixers who wrote them had read the code, so they
are a regression guard for phrasing, not a fresh set: they are kept out of qa_dev.jsonl and every eval group.  Each
record names the probe it came from (``probe``: m1 declines, p1 everyday words, p2 loose names, p3 traps and
comparisons, e1 an English office worker's words for text facts, e2 for figures, comparisons and traps, s1 figures
asked in words no report or glossary uses, and traps of things the reports never count, s2 English wordings of someone
who does not know the table labels: table rows, breakdowns, prose figures, comparisons, s7 sums, differences,
remainders and ties asked in words, of one report or two, s3 refusal traps of a form, channel, rate or year the report
does not state, with answerable controls, s5 asks whose answers carry several citations, and asks of which things
beside a count, s4 two passing single asks about one report joined into one question the ways people join asks).

    python -m bench.rewordings [--store .cache/evalstore] [--probe p3] [--failures]

prints the verdict of each record (right / declined, with ``Answer.declined_at`` / wrong) and a summary per probe.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench.common import CACHE, REPO, offline_env
from bench.scoring import score

RECORDS = REPO / "bench" / "rewordings.jsonl"


def load(path: Path = RECORDS, probe: str | None = None) -> list[dict]:
    """The records of `path` (those of one probe when `probe` is given)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if probe is None or r.get("probe") == probe]


def verdict(record: dict, answer) -> str:
    """'right', 'declined' or 'wrong': an unanswerable record is right when declined."""
    s = score(record, answer)
    if not record.get("answerable", True):
        return "right" if s.get("refusal_ok") else "wrong"
    if s.get("correct"):
        return "right"
    return "wrong" if s.get("answered") else "declined"


def run(records: list[dict], ask: Callable[[str], object]) -> list[tuple[dict, str, str]]:
    """(record, verdict, declined stage) for each record, asking through `ask` (question -> Answer)."""
    out = []
    for r in records:
        a = ask(r["question"])
        out.append((r, verdict(r, a), getattr(a, "declined_at", "") or ""))
    return out


def summary(results: list[tuple[dict, str, str]]) -> dict[str, Counter]:
    """Verdict counts per probe, and over all records ('all')."""
    by: dict[str, Counter] = {"all": Counter()}
    for r, v, _ in results:
        by["all"][v] += 1
        by.setdefault(r.get("probe", "?"), Counter())[v] += 1
    return by


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.rewordings", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--store", type=Path, default=CACHE / "evalstore", help="store to ask (default .cache/evalstore)")
    p.add_argument("--probe", help="only this probe's records (m1, p1, p2, p3, e1, e2, s1, s2, …)")
    p.add_argument("--failures", action="store_true", help="print only the records not right")
    args = p.parse_args(argv)
    offline_env()
    from assistant.api import ask

    results = run(load(probe=args.probe), lambda q: ask(q, store=str(args.store)))
    for r, v, stage in results:
        if v != "right" or not args.failures:
            print(f"{v:8s} {r['id']:8s} {r.get('reworded_from', ''):7s} {stage:28s} {r['question'][:80]}")
    for name, c in summary(results).items():
        n = sum(c.values())
        print(f"{name}: {c['right']}/{n} right, {c['declined']} declined, {c['wrong']} wrong")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
