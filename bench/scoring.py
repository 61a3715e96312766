"""Scoring of one answer against its gold record, and aggregation by kind and language.

Definitions (the same for our pipeline and the baseline; docs/benchmarks.md repeats them):

* **answer accuracy** (answerable questions): the answer is given (``answered``), *every* gold
  value is present in its text, and it states *no contradicting figure*.  A gold value is a
  list of acceptable spellings; a purely numeric spelling must appear as a number token of the
  answer (``5`` does not match inside ``15``; ``1,085`` = ``1085``), any other spelling as a
  substring, both after :func:`bench.common.norm` (simplified, half-width, no spaces).
  A contradicting figure is (a) a number in the answer text that none of the cited quotes
  contains (an unsupported figure: years, citation markers ``[n]``, the cited reports' titles and
  file names, and numbers of the question itself excepted), or (b) one of the question's ``wrong`` values (figures known to be wrong
  answers, e.g. the same row of another year's report).
* **answered wrong** (answerable questions): answered but not accurate (a gold value missing or
  a contradicting figure) — worse than declining.
* **refusal accuracy** (unanswerable questions): ``answered`` is False.
* **citation precision** (answerable questions that were answered): every gold evidence group
  is contained in at least one cited quote.  **Citation-level precision**: the share of all
  citations that quote a gold report.
* **retrieval recall@5** (answerable questions with gold evidence): a top-5 passage is from a
  gold report (report recall) / contains the gold evidence (evidence recall).
"""

from __future__ import annotations

import re
from collections import defaultdict

from bench.common import norm, percentile

_MARKER = re.compile(r"\[\d+\]")
_NUM = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d])")
_YEAR = re.compile(r"^(19|20)\d\d$")
_NUMERIC = re.compile(r"^-?\d+(?:\.\d+)?$")
# template phrases of the answer engines that carry digits but no claim about the report
_TEMPLATE_DIGITS = ("×10000", "x10000")


def numbers(text: str) -> list[float]:
    """Number tokens of a text (normalised, citation markers removed)."""
    t = _MARKER.sub(" ", norm(text))
    for p in _TEMPLATE_DIGITS:
        t = t.replace(p, " ")
    return [float(m) for m in _NUM.findall(t)]


def _num_eq(a: float, b: float) -> bool:
    return abs(a - b) < 1e-6 * max(1.0, abs(b))


def value_present(text: str, alternatives: list) -> bool:
    """One gold value (a list of acceptable spellings) is in the text."""
    t = norm(text)
    nums = None
    for alt in alternatives:
        s = norm(str(alt))
        if _NUMERIC.match(s):
            nums = numbers(text) if nums is None else nums
            if any(_num_eq(n, float(s)) for n in nums):
                return True
        elif s and s in t:
            return True
    return False


def unsupported_numbers(text: str, quotes: list[str], question: str = "") -> list[float]:
    """Numbers stated by the answer that no cited quote (nor the question) contains."""
    support: list[float] = []
    for q in quotes:
        support += numbers(q)
    support += numbers(question)
    out = []
    t = _MARKER.sub(" ", norm(text))
    for p in _TEMPLATE_DIGITS:
        t = t.replace(p, " ")
    for m in _NUM.findall(t):
        v = float(m)
        if _YEAR.match(m):
            continue
        if not any(_num_eq(v, s) for s in support):
            out.append(v)
    return out


def evidence_in(quotes: list[str], alternatives: list[str]) -> bool:
    nq = [norm(q) for q in quotes]
    return any(norm(a) in q for a in alternatives for q in nq if norm(a))


def score(record: dict, answer) -> dict:
    """Score one Answer (or a dict with text/answered/citations) against a gold record."""
    if hasattr(answer, "to_dict"):
        answer = answer.to_dict()
    text = answer.get("text", "")
    answered = bool(answer.get("answered"))
    cits = answer.get("citations") or []
    quotes = [c.get("quote", "") for c in cits]
    # report titles / file names the answer names its sources by are not figures
    for c in cits:
        for name in (c.get("title"), c.get("source")):
            if name:
                text = text.replace(name, " ")
    out: dict = {"answered": answered, "n_citations": len(cits)}
    if not record.get("answerable", True):
        out["refusal_ok"] = not answered
        return out
    gold = record.get("gold_values") or []
    missing = [g for g in gold if not value_present(text, g)]
    wrong = [w for w in record.get("wrong_values") or [] if value_present(text, [w])]
    unsupported = unsupported_numbers(text, quotes, record.get("question", "") + " " + " ".join(record.get("history") or []))
    out.update(
        values_ok=answered and not missing,
        missing=[g[0] for g in missing],
        wrong=wrong,
        unsupported=unsupported,
        contradiction=bool(wrong or unsupported),
    )
    out["correct"] = bool(out["values_ok"] and not out["contradiction"])
    if answered:
        groups = record.get("gold_evidence") or []
        out["citation_ok"] = all(evidence_in(quotes, g) for g in groups) if groups else None
        gold_files = set(record.get("gold_sources") or [])
        if gold_files and cits:
            out["citations_from_gold"] = sum(1 for c in cits if c.get("source") in gold_files)
    return out


def recall_hits(record: dict, passages: list[tuple[str, str]]) -> dict:
    """passages: (source file, passage text) of the top-5 retrieved, best first."""
    gold_files = set(record.get("gold_sources") or [])
    groups = record.get("gold_evidence") or []
    report_hit = any(src in gold_files for src, _ in passages)
    ev_hit = None
    if groups:
        texts = [t for src, t in passages if src in gold_files]
        ev_hit = all(evidence_in(texts, g) for g in groups)
    return {"report": report_hit, "evidence": ev_hit}


# --- aggregation ---------------------------------------------------------------------------------


def _rate(xs: list) -> float | None:
    xs = [x for x in xs if x is not None]
    return round(sum(1 for x in xs if x) / len(xs), 4) if xs else None


def summarise(rows: list[dict]) -> dict:
    """rows: {"kind", "lang", "answerable", "score": {...}, "recall": {...}, "latency_ms"} per question."""
    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]
    answered_ans = [r for r in ans if r["score"]["answered"]]
    n_cits = sum(r["score"].get("n_citations", 0) for r in answered_ans if "citations_from_gold" in r["score"])
    from_gold = sum(r["score"].get("citations_from_gold", 0) for r in answered_ans)
    lat = [r["latency_ms"] for r in rows if r.get("latency_ms") is not None]
    return {
        "n": len(rows),
        "n_answerable": len(ans),
        "n_unanswerable": len(una),
        "accuracy": _rate([r["score"]["correct"] for r in ans]),
        "values_present": _rate([r["score"]["values_ok"] for r in ans]),
        "contradictions": _rate([r["score"]["contradiction"] for r in ans]),
        "answered_rate": _rate([r["score"]["answered"] for r in ans]),
        "answered_wrong": _rate([r["score"]["answered"] and not r["score"]["correct"] for r in ans]),
        "citation_precision": _rate([r["score"].get("citation_ok") for r in answered_ans]),
        "citation_level_precision": round(from_gold / n_cits, 4) if n_cits else None,
        "refusal_accuracy": _rate([r["score"]["refusal_ok"] for r in una]),
        "recall5_report": _rate([r["recall"]["report"] for r in ans if r.get("recall")]),
        "recall5_evidence": _rate([r["recall"]["evidence"] for r in ans if r.get("recall")]),
        "latency_p50_ms": _round(percentile(lat, 50)),
        "latency_p95_ms": _round(percentile(lat, 95)),
    }


def _round(x):
    return None if x is None else round(x, 1)


def breakdown(rows: list[dict], key: str) -> dict[str, dict]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r[key]].append(r)
    return {k: summarise(v) for k, v in sorted(groups.items())}
