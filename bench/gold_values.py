"""Is every gold value of a record traceable to its reports?  One rule for the import of a round and for the test.

A gold value must be written in one of its gold reports (or in the agency a human reads for it, MANIFEST.tsv), or be
a figure computed from the figures of its evidence: a sum or difference of two, what is left of a total after two of
its parts ("neither granted nor partly granted" of 177 = 177 − 60 − 51), or the direction of a change ("up", "下降").
"""

from __future__ import annotations

from pathlib import Path

from bench.common import norm
from bench.scoring import chinese_numbers, numbers

# the direction of a computed change (or a tie) is a gold value the report need not write
DIRECTION_WORDS = {"up", "down", "moved up", "moved down", "rose", "fell", "increased", "decreased", "improved",
                   "dropped", "higher", "lower", "more", "fewer", "less", "上升", "下降", "前进", "后退", "增加", "减少",
                   "提高", "降低", "多", "少", "更多", "更少", "same", "equal", "tie", "一样", "相同"}


def is_direction(group) -> bool:
    return all(str(a).strip().lower() in DIRECTION_WORDS for a in group)


def computed_figures(evidence_groups) -> set[float]:
    """Figures a question may ask that no report writes: sums and differences of two evidence figures, a total less two parts."""
    nums = [n for g in evidence_groups for a in g for n in (*numbers(a), *chinese_numbers(a))]
    out = {round(a + b, 4) for a in nums for b in nums} | {round(abs(a - b), 4) for a in nums for b in nums}
    out |= {round(a - b - c, 4) for a in nums for b in nums for c in nums if a > b + c}
    return out


def named_texts(texts: dict[str, str], files: list[Path]) -> dict[str, str]:
    """Each report's normalised text followed by the agency a human reads for it in MANIFEST.tsv: a report's name may
    come from outside its text (the site it was published on), and a gold value naming the report may be spelled so."""
    named = dict(texts)
    manifest = next((p.parents[1] / "MANIFEST.tsv" for p in files if p.parent.name == "reports"), None)
    if manifest and manifest.exists():
        for line in manifest.read_text(encoding="utf-8").splitlines()[1:]:
            cells = line.split("\t")
            name = cells[0].rsplit("/", 1)[-1]
            if name in named and len(cells) > 2:
                named[name] += norm(cells[2])
    return named


def untraceable_groups(record: dict, named_texts: dict[str, str]) -> list[int]:
    """Indexes of the record's value groups found neither in its reports (normalised text) nor computed from its evidence."""
    computed = computed_figures(record["gold_evidence"])
    bad = []
    for i, group in enumerate(record["gold_values"]):
        figures = [n for a in group for n in numbers(str(a))]
        if not (any(norm(str(a)) in named_texts.get(s, "") for a in group for s in record["gold_sources"])
                or any(round(f, 4) in computed for f in figures) or is_direction(group)):
            bad.append(i)
    return bad
