"""Why answers fail, counted by mode: which kind of work would move the sealed holdout questions.

A sealed question may not be read, but how it failed is a count like its verdict: declined although the report
states it, answered with none of the asked figures, answered only some of the asks, answered a question the reports
cannot answer.  Comparing the modes of the tuning and the holdout records says where the tuned rules do not carry
over (docs/benchmarks.md, "Why answers fail").
"""

from __future__ import annotations

from collections import Counter

MODES = {
    "declined": "declined, though the report states it",
    "none": "answered, none of the asked figures",
    "partial": "answered some of the asks, not all",
    "contradicted": "every figure stated, beside a contradicting one",
    "invented": "answered what the reports do not say",
}


def mode_of(verdict: dict) -> str | None:
    """The failure mode of one per-question verdict of docs/benchmarks/eval.json (None when it is right)."""
    if verdict.get("ok"):
        return None
    if not verdict.get("answerable"):
        return "invented"
    if not verdict.get("answered"):
        return "declined"
    # "values" is there only for several asked figures; a holdout's verdict never names its wrong figures
    found, asked = verdict.get("values") or (0, 1)
    if found == 0:
        return "none"
    return "partial" if found < asked else "contradicted"


def _group(set_name: str) -> str | None:
    if set_name.startswith("holdout"):
        return "holdout"
    if set_name.startswith("fresh"):
        return "tuning"
    return None


def mode_counts(questions: dict[str, dict]) -> dict[str, Counter]:
    """Failure modes per group ('tuning': fresh records tuned on, 'holdout': sealed ones) of eval.json's verdicts."""
    out: dict[str, Counter] = {"tuning": Counter(), "holdout": Counter()}
    for v in questions.values():
        group, mode = _group(str(v.get("set", ""))), mode_of(v)
        if group and mode:
            out[group][mode] += 1
    return out


def stage_of(verdict: dict, depth: int = 1) -> str:
    """The stage a declined-though-stated verdict was declined at (its first `depth` parts: "vetoed_fact" of
    "vetoed_fact:fit"); "unknown" for a verdict of a run before stages were recorded."""
    stage = str(verdict.get("declined_at") or "unknown")
    return ":".join(stage.split(":")[:depth])


def stage_counts(questions: dict[str, dict], depth: int = 1) -> dict[str, Counter]:
    """Declined-though-stated answers per group ('tuning', 'holdout') by the stage that declined them: counts only."""
    out: dict[str, Counter] = {"tuning": Counter(), "holdout": Counter()}
    for v in questions.values():
        group = _group(str(v.get("set", "")))
        if group and mode_of(v) == "declined":
            out[group][stage_of(v, depth)] += 1
    return out


def stages_markdown(questions: dict[str, dict], depth: int = 2) -> list[str]:
    """A table of the declined-though-stated answers by stage (assistant/decline_trace.py), tuning vs holdout."""
    counts = stage_counts(questions, depth)
    if not any(counts.values()):
        return []
    L = ["Declined though the report states it, by the stage that declined (`assistant/decline_trace.py`), counted only:",
         "", "| stage | tuning | holdout |", "|---|---|---|"]
    for stage in sorted(set(counts["tuning"]) | set(counts["holdout"]),
                        key=lambda k: -(counts["tuning"][k] + counts["holdout"][k])):
        L.append(f"| {stage} | {counts['tuning'][stage]} | {counts['holdout'][stage]} |")
    return L + [""]


def modes_markdown(questions: dict[str, dict]) -> list[str]:
    """A table of failure modes, tuning vs holdout, with each group's size."""
    counts = mode_counts(questions)
    sizes = Counter(_group(str(v.get("set", ""))) for v in questions.values())
    if not any(counts.values()):
        return []
    L = ["Why answers fail (`bench/failure_modes.py`): the wrong answers of each group by mode, counted only; the",
         "tuning records' failures were read and worked on, the holdout ones never were.", "",
         f"| mode | tuning ({sizes['tuning']} questions) | holdout ({sizes['holdout']} questions) |", "|---|---|---|"]
    for key, label in MODES.items():
        L.append(f"| {label} | {counts['tuning'][key]} | {counts['holdout'][key]} |")
    return L + [""] + stages_markdown(questions)


def verdicts_of_details(path) -> dict[str, dict]:
    """The verdicts of a details file of bench/eval.py (.cache/bench/eval_details_*.json): only the aggregate fields
    (set, answerable, ok, answered, values, declined_at), never a record's text."""
    import json

    rows = json.load(open(path, encoding="utf-8"))
    rows = rows["ours"] if isinstance(rows, dict) else rows
    out = {}
    for r in rows:
        s = r.get("score") or {}
        v = {"set": r.get("set", "dev"), "answerable": r.get("answerable"), "answered": s.get("answered"),
             "ok": s.get("correct", s.get("refusal_ok")), "declined_at": r.get("declined_at", "")}
        if s.get("n_values", 0) > 1:
            v["values"] = [s.get("n_values_found", 0), s["n_values"]]
        out[r["id"]] = v
    return out


def main(argv: list[str] | None = None) -> int:
    """`python -m bench.failure_modes DETAILS…`: the mode and stage tables of details files, counts only."""
    import sys

    questions: dict[str, dict] = {}
    for path in argv if argv is not None else sys.argv[1:]:
        questions.update(verdicts_of_details(path))
    print("\n".join(modes_markdown(questions)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
