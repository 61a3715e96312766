"""Import a round of fresh questions, written by people who have not read the code, into bench/qa_dev.jsonl.

Each writer hands in a JSON Lines file of records ``{"kind", "lang", "question", "answerable", "gold_values",
"gold_evidence", "gold_sources", "note"}`` (the record format of qa_dev.jsonl without ids or set).  The import

- checks every record: the fields, an unanswerable one has no gold, every evidence span is in its gold report
  (``../shared``), every gold value is written there or computed from the evidence (bench/gold_values.py), and a span copied from an HTML table ("…</p></td><td …><p>25</p>") becomes the ingested row text
  ("… | 25"), the form an answer quotes;
- skips a question already in the file (the same text);
- gives ids after the last ``fxNNN``, the set name, the commit the round was written at, and seals half of it: within
  each (kind, language) group, shuffled with a fixed seed, every other record is a holdout (``"holdout": true``),
  which nobody reads or tunes on.

    python -m bench.import_round fresh19 <commit> writer_a.jsonl writer_b.jsonl [--dry-run]

The new set's name must then be added to bench/scoring.py SUBSETS and bench/eval.py SET_LABELS (its holdout part
is "holdout19").
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from bench.common import QA_DEV, norm, shared_files
from bench.gold_values import named_texts, untraceable_groups

FIELDS = ("kind", "lang", "question", "answerable", "gold_values", "gold_evidence", "gold_sources")


def html_span_as_row(span: str) -> str:
    """An evidence span copied from an HTML table as the ingested row text: cells joined by " | ", tags dropped."""
    if "<" not in span:
        return span
    text = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", span)
    text = re.sub(r"<[^>]+>", "", text).replace("&nbsp;", "")
    return text.strip(" |\n")


def problems(record: dict, texts: dict[str, str], named: dict[str, str] | None = None) -> list[str]:
    """What is wrong with a writer's record (empty when it can be imported); `texts`: report file name -> text;
    `named`: the normalised texts with the agency a human reads (gold_values.named_texts), to check the values."""
    out = [f"missing field {f}" for f in FIELDS if f not in record]
    if out:
        return out
    if record["lang"] not in ("zh", "en"):
        out.append(f"lang {record['lang']!r}")
    if not record["answerable"]:
        if record["gold_values"] or record["gold_evidence"]:
            out.append("an unanswerable record has gold values or evidence")
        return out
    if len(record["gold_evidence"]) != len(record["gold_values"]):
        out.append("one evidence group per value group expected")
    for name in record["gold_sources"]:
        if name not in texts:
            out.append(f"gold source {name} is not a report of ../shared")
    reports = [norm(texts[n]) for n in record["gold_sources"] if n in texts]
    for group in record["gold_evidence"]:
        if reports and not any(norm(html_span_as_row(a)) in t or norm(a) in t for a in group for t in reports):
            out.append(f"evidence not in its report: {group[0][:40]!r}")
    if named is not None and not out:
        for i in untraceable_groups(record, named):
            out.append(f"value neither in its report nor computed from its evidence: {record['gold_values'][i][0]!r}")
    return out


def sealed_halves(records: list[dict], seed: int) -> list[bool]:
    """Per record, whether it is a holdout: every other one of each (kind, language) group, shuffled with `seed`."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        groups[(r["kind"], r["lang"])].append(i)
    rng = random.Random(seed)
    sealed = [False] * len(records)
    flip = 0
    for key in sorted(groups):
        members = groups[key]
        rng.shuffle(members)
        for i in members:
            sealed[i] = bool(flip % 2)
            flip += 1
    return sealed


def imported(set_name: str, commit: str, new: list[dict], existing: list[dict], seed: int = 17) -> list[dict]:
    """The records of a round, ready to append: numbered after the last fx id, set, written_at, holdout."""
    last = max((int(m.group(1)) for r in existing if (m := re.fullmatch(r"fx(\d+)", r["id"]))), default=0)
    sealed = sealed_halves(new, seed)
    out = []
    for n, (r, holdout) in enumerate(zip(new, sealed, strict=True), start=last + 1):
        rec = {"id": f"fx{n}", **{f: r[f] for f in FIELDS}}
        rec["gold_evidence"] = [[html_span_as_row(a) for a in g] for g in r["gold_evidence"]]
        if r.get("note"):
            rec["note"] = r["note"]
        rec.update({"set": set_name, "written_at": commit, "holdout": holdout})
        out.append(rec)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.import_round", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set_name", help='the round\'s set, e.g. "fresh19"')
    ap.add_argument("commit", help="the commit the questions were written at (before the changes they measure)")
    ap.add_argument("files", nargs="+", type=Path, help="the writers' JSON Lines files")
    ap.add_argument("--dry-run", action="store_true", help="check and count only; write nothing")
    args = ap.parse_args(argv)
    from ingest.load import load_document

    files = shared_files()
    texts = {p.name: load_document(p).text for p in files}
    named = named_texts({n: norm(t) for n, t in texts.items()}, files)
    existing = [json.loads(line) for line in QA_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    known = {r["question"].strip() for r in existing}
    new, bad = [], 0
    for path in args.files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("question", "").strip() in known:
                print(f"{path}:{n}: already in {QA_DEV.name}, skipped")
                continue
            found = problems(r, texts, named)
            if found:
                bad += 1
                print(f"{path}:{n}: " + "; ".join(found))
                continue
            new.append(r)
    if bad:
        print(f"{bad} record(s) need fixing by their writer; nothing written")
        return 1
    out = imported(args.set_name, args.commit, new, existing)
    print(f"{len(out)} records {out[0]['id'] if out else ''}..{out[-1]['id'] if out else ''}, "
          f"{sum(r['holdout'] for r in out)} sealed")
    if not args.dry_run:
        with QA_DEV.open("a", encoding="utf-8") as fh:
            for rec in out:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
