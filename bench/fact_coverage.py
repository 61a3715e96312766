"""Fact coverage of the dev set: for how many answerable questions does the gold value exist among
the gold report's extracted facts?

A numeric question is covered when every numeric ask (a gold alternative that reads as a number) is
the value of some fact of a gold report; a text question (contact, date, list item) when every ask is
contained in some fact's ``text_value``.  No retrieval, no question parsing: this measures ingest only.

    .venv/bin/python -m bench.fact_coverage [--verbose] [--kinds]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DIRS = (SHARED / "seeds", SHARED / "corpus" / "reports")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")


def _find(name: str) -> Path | None:
    return next((d / name for d in DIRS if (d / name).exists()), None)


@cache
def facts_of(name: str):
    from assistant.core.settings import Settings
    from ingest.load import load_document
    from ingest.pipeline import process

    path = _find(name)
    if path is None:
        return []
    return process(load_document(path), Settings()).facts


def _numeric(alts: list[str]) -> bool:
    return all(_NUMBER.match(a.replace(",", "")) for a in alts)


def _has_number(facts, alts: list[str]) -> bool:
    want = {float(a.replace(",", "")) for a in alts}
    return any(f.value is not None and any(abs(f.value - w) < 1e-6 for w in want) for f in facts)


def _has_text(facts, alts: list[str]) -> bool:
    norm = [re.sub(r"\s+", "", a) for a in alts]
    return any(f.text_value and any(a in re.sub(r"\s+", "", f.text_value) for a in norm) for f in facts)


def _part(r: dict) -> str:
    """'seen' (the original dev set), 'fresh' (written later), 'holdout' (never used for tuning)."""
    if r.get("holdout"):
        return "holdout"
    return "fresh" if r.get("set") == "fresh" else "seen"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", default=str(ROOT / "bench" / "qa_dev.jsonl"))
    ap.add_argument("--verbose", action="store_true", help="list the questions not covered (never the holdout ones)")
    ap.add_argument("--kinds", action="store_true", help="fact counts per kind over every report in ../shared")
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(args.dev, encoding="utf-8") if line.strip()]
    tallies: dict[tuple[str, str], list[int]] = {}
    missed: list[str] = []
    for r in rows:
        if not r.get("answerable") or not r.get("gold_values"):
            continue
        facts = [f for s in r.get("gold_sources", []) for f in facts_of(s)]
        asks = r["gold_values"]
        numeric = [a for a in asks if _numeric(a)]
        kind = "numeric" if numeric else "text"
        asks = numeric or asks
        # a postcode or a phone number reads as a number but is stated as text
        ok = all((kind == "numeric" and _has_number(facts, a)) or _has_text(facts, a) for a in asks)
        t = tallies.setdefault((kind, _part(r)), [0, 0])
        t[1] += 1
        t[0] += ok
        if not ok and _part(r) != "holdout":
            missed.append(f"  {r['id']:6s} {kind:7s} {asks} {r['question']}")
    for kind in ("numeric", "text"):
        parts = [(p, tallies.get((kind, p), [0, 0])) for p in ("seen", "fresh", "holdout")]
        hit, n = sum(t[0] for _, t in parts), sum(t[1] for _, t in parts)
        detail = ", ".join(f"{p} {t[0]}/{t[1]}" for p, t in parts)
        print(f"{kind} questions whose gold value is a fact of the gold report: {hit}/{n} ({detail})")
    if args.verbose and missed:
        print("not covered (holdout questions not listed):")
        print("\n".join(missed))
    if args.kinds:
        counts: Counter[str] = Counter()
        names = sorted(p.name for d in DIRS for p in d.glob("*.txt"))
        for name in names:
            counts.update(f.kind for f in facts_of(name))
        print(f"fact counts per kind over {len(names)} reports: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
