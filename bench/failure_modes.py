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
    return L + [""]
