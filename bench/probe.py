"""The precision probe: does an answer's figure state what was asked, or another figure?

Every report of the shared corpus (agency and year from its MANIFEST.tsv; placeholder agencies and unknown
years skipped) is asked the questions of ``bench/probe.toml`` in Chinese and English.  Each answer is judged:

- ``refused``: the answer says the report does not state it (``answered`` False);
- ``ok``: one of its citations (quote, row, column or section) holds a core term of the asked thing;
- ``SUSPECT``: answered, but no citation holds any of those terms — a figure of something else, most likely.

The judge is crude; a statement that no applications came in at all answering a part of them ("没有收到申请" for
"当面申请多少件": probe.toml part_of_applications) is a fair 0, "ok".  Its counts are compared before and after a
change, and the SUSPECT listing read.

    .venv/bin/python -m bench.probe --store DIR [--limit N] [--rare-only]

Questions marked ``rare`` (details reports almost never state: followers of the WeChat account, days to answer,
the office's budget…) are counted apart (``rare_counts``): there a SUSPECT is an answer that should most likely
have been a refusal.

Writes ``.cache/bench/probe.json`` (counts and every judged answer), the counts per language to
``docs/benchmarks/probe.json`` (read by ``bench/report.py``), and prints the counts and the SUSPECTs.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.common import BENCH_CACHE, OUT, SHARED, machine, norm, offline_env

TEMPLATES = Path(__file__).resolve().parent / "probe.toml"
MANIFEST = SHARED / "corpus" / "MANIFEST.tsv"


@dataclass(frozen=True)
class ProbeQuestion:
    text: str
    terms: tuple[str, ...]
    language: str
    part_of_applications: bool = False
    rare: bool = False  # a detail reports (almost) never state: counted apart, a SUSPECT should have been a refusal


def load_templates(path: Path = TEMPLATES) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def reports(manifest: Path = MANIFEST) -> list[tuple[str, str]]:
    """(agency, year) of each corpus report a question can name: a real agency (not "某…") and a four-digit year;
    the agency without its bracketed note."""
    if not manifest.exists():
        return []
    with open(manifest, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    out = []
    for r in rows:
        agency, year = r.get("agency") or "", r.get("year") or ""
        if "某" in agency or not re.fullmatch(r"\d{4}", year):
            continue
        out.append((re.sub(r"[（(].*", "", agency), year))
    return out


def questions(agency: str, year: str, templates: dict, rare_only: bool = False) -> list[ProbeQuestion]:
    out = []
    for item in templates["questions"]:
        if rare_only and not item.get("rare"):
            continue
        terms = tuple(item["terms"])
        for lang in ("zh", "en"):
            text = templates[lang].format(agency=agency, year=year, ask=item[lang])
            out.append(ProbeQuestion(text, terms, lang, bool(item.get("part_of_applications")), bool(item.get("rare"))))
    return out


def tally(rows: list[dict]) -> tuple[dict, dict]:
    """The verdict counts of `rows`, overall and per language."""
    return (dict(Counter(r["verdict"] for r in rows)),
            {lang: dict(Counter(r["verdict"] for r in rows if r["language"] == lang)) for lang in ("zh", "en")})


def judge(answer, terms, part_of_applications: bool = False) -> str:
    """'refused', 'ok' or 'SUSPECT' (see the module docstring).  With `part_of_applications` (部分公开, 不予公开,
    当面申请: parts of the year's applications) a cited statement that no applications came in at all is a fair 0."""
    if not answer.answered:
        return "refused"
    cited = norm(" ".join(" ".join(x or "" for x in (c.quote, c.row, c.column, c.section)) for c in answer.citations))
    if any(norm(t) in cited for t in terms):
        return "ok"
    if part_of_applications:
        from assistant.none_statements import denies_all_applications

        if any(denies_all_applications(norm(c.quote or "")) for c in answer.citations):
            return "ok"
    return "SUSPECT"


def run(store: str, limit: int | None = None, rare_only: bool = False) -> dict:
    offline_env()
    from assistant.api import ask
    from assistant.core.settings import Settings

    settings = Settings(store=store)
    templates = load_templates()
    rows = []
    for agency, year in reports()[:limit]:
        for pq in questions(agency, year, templates, rare_only):
            a = ask(pq.text, settings=settings)
            rows.append({"question": pq.text, "language": pq.language, "verdict": judge(a, pq.terms, pq.part_of_applications),
                         "rare": pq.rare, "answer": a.text[:200].replace("\n", " ")})
    # `counts` keeps to the common questions so that it stays comparable with earlier runs; the rare ones apart
    counts, by_language = tally([r for r in rows if not r["rare"]])
    rare_counts, rare_by_language = tally([r for r in rows if r["rare"]])
    return {"store": store, "counts": counts, "by_language": by_language, "rare_counts": rare_counts,
            "rare_by_language": rare_by_language, "answers": rows}


def summary(result: dict) -> dict:
    """What docs/benchmarks.md reports: the counts, per language, with the code they were measured on."""
    import time

    return {"measured_at": time.strftime("%Y-%m-%d %H:%M"), "git": machine().get("git"), "questions": len(result["answers"]),
            "counts": result["counts"], "by_language": result["by_language"],
            "rare_counts": result.get("rare_counts", {}), "rare_by_language": result.get("rare_by_language", {})}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--limit", type=int, default=None, help="only the first N reports")
    ap.add_argument("--rare-only", action="store_true", help="only the rare-detail questions (results not summarised)")
    ap.add_argument("--out", default=str(BENCH_CACHE / "probe.json"))
    ap.add_argument("--summary", default=str(OUT / "probe.json"), help="the counts for docs/benchmarks.md ('' = none)")
    args = ap.parse_args(argv)
    result = run(args.store, args.limit, args.rare_only)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.summary and args.limit is None and not args.rare_only:
        Path(args.summary).write_text(json.dumps(summary(result), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for label, c in (("", result["counts"]), ("rare: ", result["rare_counts"])):
        print(f"{label}refused {c.get('refused', 0)}, ok {c.get('ok', 0)}, SUSPECT {c.get('SUSPECT', 0)}")
    for r in result["answers"]:
        if r["verdict"] == "SUSPECT":
            print(f"SUSPECT{' rare' if r['rare'] else ''}\t{r['question']}\t{r['answer']}")


if __name__ == "__main__":
    main()
