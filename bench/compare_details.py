"""Compare two runs of bench.eval record by record: which answers changed, and whether each was right before and after.

Every fixer of a round checks that nothing else moved: run a set before and after a change and compare the two
details files (.cache/bench/eval_details_<set>.json).  Sealed records (``"holdout": true``) are never printed, only
counted, so the comparison can be run on any set.

    python -m bench.compare_details BEFORE.json AFTER.json [--width 300]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Change:
    id: str
    ok_before: bool
    ok_after: bool
    text_before: str
    text_after: str
    sealed: bool


def is_right(record: dict) -> bool:
    """An answerable record is right when its figures are all stated; an unanswerable one when it is declined."""
    score = record.get("score") or {}
    if record.get("answerable") in (True, "True"):
        return bool(score.get("correct"))
    return bool(score.get("refusal_ok"))


def _records(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in json.loads(path.read_text(encoding="utf-8"))["ours"]}


def _text(record: dict) -> str:
    return (record.get("_answer") or {}).get("text") or ""


def changes(before: dict[str, dict], after: dict[str, dict]) -> list[Change]:
    """The records of both runs whose answer text differs, in the order of the first run."""
    return [Change(i, is_right(b), is_right(after[i]), _text(b), _text(after[i]), bool(b.get("holdout")))
            for i, b in before.items() if i in after and _text(b) != _text(after[i])]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.compare_details", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path, help="details file of the first run")
    parser.add_argument("after", type=Path, help="details file of the second run")
    parser.add_argument("--width", type=int, default=300, help="characters of each answer shown (default 300)")
    args = parser.parse_args(argv)
    before, after = _records(args.before), _records(args.after)
    found = changes(before, after)
    for c in found:
        if c.sealed:
            print(f"== {c.id} (sealed) right {c.ok_before} -> {c.ok_after}")
            continue
        print(f"== {c.id} right {c.ok_before} -> {c.ok_after}")
        print("  before:", c.text_before[:args.width].replace("\n", " / "))
        print("  after: ", c.text_after[:args.width].replace("\n", " / "))
    shared = [i for i in before if i in after]
    print(f"{len(shared) - len(found)} same, {len(found)} changed; right before "
          f"{sum(is_right(before[i]) for i in shared)}/{len(shared)}, after {sum(is_right(after[i]) for i in shared)}/{len(shared)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
