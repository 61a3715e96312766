"""Scoring of one answer against its gold record, and aggregation by kind and language.

Definitions (the same for our pipeline and the baseline; docs/benchmarks.md repeats them):

* **answer accuracy** (answerable questions): the answer is given (``answered``), *every* gold
  value is present in its text, and it states *no contradicting figure*.  A gold value is a
  list of acceptable spellings; a purely numeric spelling must appear as a number token of the
  answer (``5`` does not match inside ``15``; ``1,085`` = ``1085``), any other spelling as a
  substring, both after :func:`bench.common.norm` (simplified, half-width, no spaces).
  A contradicting figure is (a) a number in the answer text that none of the cited quotes
  contains (an unsupported figure: years, citation markers ``[n]``, the cited reports' titles, file
  names and section headings, numbers of the question itself, and 0 where a cited quote states
  none excepted; a quote's Chinese numerals support their value: "一起" supports 1), or
  (b) one of the question's ``wrong`` values (figures known to be wrong answers, e.g. the same row
  of another year's report).  Questions asking for several figures (``multi_ask``, ``breakdown``)
  are right only when every one of them is stated.
* **answered wrong** (answerable questions): answered but not accurate (a gold value missing or
  a contradicting figure) — worse than declining.
* **refusal accuracy** (unanswerable questions): ``answered`` is False.
* **citation precision** (answerable questions that were answered): *every* citation of the answer
  is precise — it quotes a gold report and its quote overlaps a gold-evidence phrase (after
  :func:`bench.common.norm`, table bars and edge punctuation dropped: the quote lies inside the
  evidence, the evidence inside the quote, or they share a run of ≥ 8 characters or ≥ 60% of the
  shorter one — :func:`overlaps`); an answer without a citation is not precise.  A correctly
  trimmed quote ("我镇政府信息公开没有收费" of "2018年度,我镇政府信息公开没有收费") is precise; a padding
  citation of another passage, or a quote of a report that is not a gold one, is not.
  **Citation-level precision**: the share of all citations that quote a gold report; **precise
  citations**: the share of all citations that are precise.
* **evidence quoted in full** (answered answerable questions; coverage, the former "citation
  precision"): every gold evidence group is contained entirely in at least one cited quote.
* **retrieval recall@5** (answerable questions with gold evidence): a top-5 passage is from a
  gold report (report recall) / contains the gold evidence (evidence recall).
* **gold values stated** (answerable questions that were answered): the mean share of a question's
  gold values present in the answer — partial credit shown beside accuracy for questions asking for
  several figures (``multi_ask``, ``breakdown``, ``items`` ...); accuracy itself stays all-or-nothing.

Scoring never looks at a question's ``kind`` (any kind, known or new, is scored the same way; kinds
only group the figures).  Question sets: records without ``"set"`` are the original dev set
(``dev``); ``"set": "fresh"`` records are the fresh tuning set (``fresh``), or the fresh holdout
(``holdout``) when they carry ``"holdout": true``; a later round of fresh questions is ``"set": "fresh2"``
(``fresh2`` / ``holdout2``) — see :func:`subset_of`.  ``fresh_all`` groups every fresh record of every round.
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
_SPACED_DIGITS = re.compile(r"(?<=\d)\s+(?=\d)")


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


# a cited quote stating that there was none ("我局无依申请公开的政府信息", "未收取任何费用",
# "没有收到政府信息公开申请") supports the figure 0 of an answer (none_statement questions)
_NONE_MARKERS = ("未", "没有", "无", "不存在", "零", "not ", "no ", "none")


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_NUM = re.compile(r"[零〇一二两三四五六七八九十百千]+")


def _cn_value(s: str) -> int | None:
    total, digit = 0, None
    for ch in s:
        if ch in "零〇" and total:  # "两百零五": a place-holding zero
            continue
        if ch in _CN_DIGITS:
            if digit is not None:  # two digits in a row ("一二"): not a number we read
                return None
            digit = _CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
    return total + (digit or 0)


def chinese_numbers(text: str) -> list[float]:
    """Values of the Chinese numerals of a text ("一起" -> 1, "十个" -> 10, "二十三" -> 23)."""
    out = []
    for m in _CN_NUM.findall(norm(text)):
        v = _cn_value(m)
        if v is not None:
            out.append(float(v))
    return out


def states_none(quote: str) -> bool:
    q = norm(quote) if quote else ""
    raw = (quote or "").lower()
    return any(m in q or m in raw for m in _NONE_MARKERS)


_TERM = r"(\d+(?:\.\d+)?)(?:\[\d+\])?"
# a sum or difference written out in the answer: "7[1] + 0[2] + 1[3] = 8", "44[1] − 12[2] = 32" (after norm())
_ARITHMETIC = re.compile(rf"{_TERM}((?:[+\-−]{_TERM})+)=(\d+(?:\.\d+)?)")
_OPERAND = re.compile(rf"([+\-−]){_TERM}")
# a multiple written out: "120[1] ÷ 48[2] ≈ 2.5" (rounded to the result's decimals); a share, the quotient in per cent:
# "12[1] ÷ 48[2] = 25%"
_DIVISION = re.compile(rf"{_TERM}÷{_TERM}[≈=](\d+(?:\.\d+)?)(%?)")


def computed_numbers(text: str, support: list[float]) -> list[float]:
    """Results of the sums, differences and quotients an answer writes out whose every operand is supported and
    whose arithmetic is right: a figure computed in plain sight from cited figures is traceable."""
    out = []
    for m in _ARITHMETIC.finditer(norm(text)):
        first, rest, result = float(m.group(1)), m.group(2), float(m.group(m.lastindex))
        terms = [(op, float(v)) for op, v in _OPERAND.findall(rest)]
        if not all(any(_num_eq(v, s) for s in support) for v in [first, *(v for _op, v in terms)]):
            continue
        value = first + sum(v if op == "+" else -v for op, v in terms)
        if _num_eq(value, result):
            out.append(result)
    support = [*support, *out]  # a difference written out above may be divided in turn ("3 ÷ 12[1] = 25%")
    for m in _DIVISION.finditer(norm(text)):
        a, b, shown, per_cent = float(m.group(1)), float(m.group(2)), m.group(3), m.group(4)
        places = len(shown.partition(".")[2])
        quotient = a / b * 100 if b and per_cent else a / b if b else 0.0
        if b and all(any(_num_eq(v, s) for s in support) for v in (a, b)) and _num_eq(round(quotient, places), float(shown)):
            out.append(float(shown))
    return out


def unsupported_numbers(text: str, quotes: list[str], question: str = "") -> list[float]:
    """Numbers stated by the answer that no cited quote (nor the question) contains; 0 is supported
    by a quote that states none (:func:`states_none`); the result of a sum or difference the answer writes out
    over supported figures is supported (:func:`computed_numbers`)."""
    support: list[float] = []
    for q in quotes:
        support += numbers(q)
        # norm() drops whitespace, gluing "2019-03-28 18:26" into "…2818…": read it also with the space as a break
        support += numbers(_SPACED_DIGITS.sub(" | ", q))
    support += numbers(question)
    if any(states_none(q) for q in quotes):
        support.append(0.0)
    for q in quotes:  # "收到一起申请", "十个重点领域": a quote's Chinese numerals support their digits
        support += chinese_numbers(q)
    support += computed_numbers(text, support)
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
    """Evidence quoted in full: one alternative of a gold-evidence group lies entirely inside one quote."""
    nq = [norm(q) for q in quotes]
    return any(norm(a) in q for a in alternatives for q in nq if norm(a))


# --- citation precision --------------------------------------------------------------------------

# a quote and a gold-evidence phrase overlap when (normalised, table bars and edge punctuation dropped) one lies
# inside the other, or they share a run of at least OVERLAP_CHARS characters or of OVERLAP_SHARE of the shorter one
OVERLAP_CHARS = 8
OVERLAP_SHARE = 0.6
_EDGE = "|,.;:!?，。；：！？、“”\"'()（）《》【】[]-—"


def _overlap_text(text: str) -> str:
    return norm(text).replace("|", "").strip(_EDGE)


def longest_common(a: str, b: str) -> int:
    """Length of the longest common substring of two texts."""
    from difflib import SequenceMatcher

    if not a or not b:
        return 0
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def overlaps(quote: str, evidence: str) -> bool:
    """A quote overlaps a gold-evidence phrase: a trimmed quote inside the evidence ("我镇政府信息公开没有收费"
    of "2018年度,我镇政府信息公开没有收费"), the evidence inside the quote, or a substantial common run."""
    q, e = _overlap_text(quote), _overlap_text(evidence)
    if not q or not e:
        return False
    if q in e or e in q:
        return True
    run = longest_common(q, e)
    return run >= OVERLAP_CHARS or run >= OVERLAP_SHARE * min(len(q), len(e))


def citation_precise(citation: dict, groups: list[list[str]], gold_files: set[str]) -> bool:
    """A citation is precise when it quotes a gold report (when the record names them) and its quote overlaps
    one spelling of one gold-evidence group (when the record has gold evidence)."""
    if gold_files and citation.get("source") not in gold_files:
        return False
    if not groups:
        return True
    quote = citation.get("quote") or ""
    return any(overlaps(quote, alt) for g in groups for alt in g if alt)


# --- question sets -----------------------------------------------------------------------------

SUBSETS = ("dev", "fresh", "holdout", "fresh2", "holdout2", "fresh3", "holdout3", "fresh4", "holdout4", "fresh5",
           "holdout5", "fresh6", "holdout6", "fresh7", "holdout7", "para7", "fresh8", "holdout8", "fresh9", "holdout9",
           "fresh10", "holdout10", "fresh11", "holdout11",
           "fresh12", "holdout12", "fresh13", "holdout13", "fresh14", "holdout14", "fresh15", "holdout15",
           "fresh16", "holdout16", "fresh17", "holdout17", "fresh18", "holdout18",
           "fresh19", "holdout19", "fresh20", "holdout20", "fresh21", "holdout21", "fresh22", "holdout22",
           "fresh23", "holdout23", "fresh24", "holdout24", "fresh25", "holdout25",
           "fresh26", "holdout26", "fresh27", "holdout27",
           "fresh28", "holdout28", "fresh29", "holdout29", "fresh30", "holdout30",
           "fresh31", "holdout31", "fresh32", "holdout32",
           "fresh33", "holdout33")  # reporting order; "all" is every record
# groups of several sets, reported beside them: every fresh record of every round, tuning and holdout alike
# (the "fresh part"); every holdout record (never used for tuning); every fresh tuning record.
# "para7" (paraphrases of tuning questions, a phrasing-robustness probe) is in none: it restates tuned questions.
GROUPS = {"fresh_all": lambda subset: subset != "dev" and not subset.startswith("para"),
          "holdout_all": lambda subset: subset.startswith("holdout"),
          "tuning": lambda subset: subset.startswith("fresh")}


def subset_of(record: dict) -> str:
    """'dev' (original records, no "set"), the set's name ('fresh', 'fresh2' …), or its holdout part:
    'holdout' for set 'fresh', 'holdout2' for 'fresh2' (a round's records marked ``"holdout": true``)."""
    name = record.get("set")
    if not name:
        return "dev"
    name = str(name)
    return "holdout" + name.removeprefix("fresh") if record.get("holdout") else name


def in_set(subset: str, name: str) -> bool:
    """A record of subset ``subset`` belongs to the set or group ``name`` ('all', a SUBSETS name, a GROUPS name)."""
    if name in (None, "", "all"):
        return True
    return GROUPS[name](subset) if name in GROUPS else subset == name


def select(records: list[dict], name: str = "all") -> list[dict]:
    """The records of one question set or group ('all', 'dev', 'fresh', 'holdout', 'fresh_all' …)."""
    return [r for r in records if in_set(subset_of(r), name)]


def _groups(values) -> list[list]:
    """Gold values as a list of spelling lists (a bare string or number is one group of one)."""
    out = []
    for g in values or []:
        out.append(list(g) if isinstance(g, (list, tuple)) else [g])
    return out


def score(record: dict, answer) -> dict:
    """Score one Answer (or a dict with text/answered/citations) against a gold record."""
    if hasattr(answer, "to_dict"):
        answer = answer.to_dict()
    text = answer.get("text", "")
    answered = bool(answer.get("answered"))
    cits = answer.get("citations") or []
    quotes = [c.get("quote", "") for c in cits]
    # report titles / file names / section headings the answer names its sources by are not figures
    for c in cits:
        for name in (c.get("title"), c.get("source"), c.get("section")):
            if name:
                text = text.replace(name, " ")
    out: dict = {"answered": answered, "n_citations": len(cits)}
    if not record.get("answerable", True):
        out["refusal_ok"] = not answered
        return out
    # every gold value must be stated: a question asking for several figures (multi_ask, breakdown,
    # a list of items) is right only when all of them are in the answer
    gold = _groups(record.get("gold_values"))
    missing = [g for g in gold if not value_present(text, g)]
    wrong = [w for w in record.get("wrong_values") or [] if value_present(text, [w])]
    unsupported = unsupported_numbers(text, quotes, record.get("question", "") + " " + " ".join(record.get("history") or []))
    out.update(
        values_ok=answered and not missing,
        missing=[g[0] for g in missing if g],
        n_values=len(gold),
        n_values_found=len(gold) - len(missing),
        wrong=wrong,
        unsupported=unsupported,
        contradiction=bool(wrong or unsupported),
    )
    out["correct"] = bool(out["values_ok"] and not out["contradiction"])
    if answered:
        groups = [list(g) for g in record.get("gold_evidence") or []]
        gold_files = set(record.get("gold_sources") or [])
        # evidence quoted in full (coverage): every gold-evidence group lies entirely inside one quote
        out["evidence_in_full"] = all(evidence_in(quotes, g) for g in groups) if groups else None
        # citation precision: every citation is precise (an answer without a citation is not)
        if groups or gold_files:
            precise = [citation_precise(c, groups, gold_files) for c in cits]
            out["citation_ok"] = bool(cits) and all(precise)
            out["n_precise"] = sum(precise)
            out["imprecise"] = [c.get("n") or i + 1 for i, (c, p) in enumerate(zip(cits, precise)) if not p]
        else:
            out["citation_ok"] = None
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
    scored = [r["score"] for r in answered_ans if "n_precise" in r["score"]]
    n_scored = sum(s.get("n_citations", 0) for s in scored)
    n_precise = sum(s["n_precise"] for s in scored)
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
        "evidence_in_full": _rate([r["score"].get("evidence_in_full") for r in answered_ans]),
        "citation_level_precision": round(from_gold / n_cits, 4) if n_cits else None,
        "citation_level_precise": round(n_precise / n_scored, 4) if n_scored else None,
        "gold_values_stated": _mean([r["score"]["n_values_found"] / r["score"]["n_values"] for r in answered_ans
                                     if r["score"].get("n_values")]),
        "refusal_accuracy": _rate([r["score"].get("refusal_ok") for r in una]),
        "recall5_report": _rate([r["recall"]["report"] for r in ans if r.get("recall")]),
        "recall5_evidence": _rate([r["recall"]["evidence"] for r in ans if r.get("recall")]),
        "latency_p50_ms": _round(percentile(lat, 50)),
        "latency_p95_ms": _round(percentile(lat, 95)),
    }


def _mean(xs: list[float]) -> float | None:
    return round(sum(xs) / len(xs), 4) if xs else None


def _round(x):
    return None if x is None else round(x, 1)


def breakdown(rows: list[dict], key: str) -> dict[str, dict]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[str(r.get(key) or "unknown")].append(r)
    return {k: summarise(v) for k, v in sorted(groups.items())}
