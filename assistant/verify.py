"""Check a generated answer against the evidence it cites. Pure functions, no model.

The rules (the reason an answer can be pasted into a memo):

* every citation marker ``[n]`` points at evidence that was actually retrieved
  and shown to the model, and the answer cites at least one;
* every number in a sentence occurs in the evidence that sentence cites (a
  sentence without a marker is held against everything the answer cites);
* every phrase in quotation marks occurs, verbatim, in that evidence, and so does
  every web address and e-mail address (contact data is pasted as is);
* when the question has known figures (table cells of the metric asked about),
  the answer states at least one of them.

Both sides are normalised first: traditional -> simplified, full -> half width,
thousands separators and spaces inside numbers dropped, "16.0" == "16".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.core.text import normalise_query, sentence_spans

# [1]  [1, 2]  [1][2]  【1】  [1-2] is read as 1 and 2
MARKER = re.compile(r"[\[【]\s*(\d+(?:\s*[,，、\-–]\s*\d+)*)\s*[\]】]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LIST_ENUMERATOR = re.compile(r"(?m)^\s*(?:\d{1,2}[.、)）]|[（(]\d{1,2}[)）])\s*(?!\d)")
_QUOTED = re.compile(r"“([^”]{1,200})”|「([^」]{1,200})」|『([^』]{1,200})』|\"([^\"\n]{1,200})\"|‘([^’]{1,200})’")
_LINK = re.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff<>\"'）)\]]+|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.I)
_MARKERS_AFTER = re.compile(r"\s*(?:\[[\d\s,，、\-–]+\]|【\d+】)")  # kept with the sentence before them
_QUOTE_EDGE = "，。、；：,.;: "


@dataclass
class Verdict:
    ok: bool
    problems: list[str] = field(default_factory=list)
    cited: list[int] = field(default_factory=list)  # valid markers, in order of first use


def normalise(text: str) -> str:
    """Simplified, half-width, lower-case; numbers written without separators or spaces."""
    t = normalise_query(text)
    t = re.sub(r"(?<=\d)[,，](?=\d{3}(?!\d))", "", t)
    t = re.sub(r"(?<=\d) +(?=\d)", "", t)
    return t


def canonical_number(s: str) -> str:
    """'16.0' -> '16', '3.50' -> '3.5'; leading zeros kept (0000-1234567 is not 0)."""
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def markers(text: str) -> list[int]:
    """Citation numbers in order of appearance (duplicates kept)."""
    out = []
    for m in MARKER.finditer(text):
        for piece in re.split(r"[,，、\-–]", m.group(1)):
            out.append(int(piece))
    return out


def strip_markers(text: str) -> str:
    return MARKER.sub(" ", text)


def numbers(text: str, answer: bool = True) -> list[str]:
    """Numbers stated in a piece of text. In an answer, citation markers and list numbering
    ("1. …" at the start of a line) are layout, not figures; in evidence every number counts."""
    body = normalise(text)
    if answer:
        body = _LIST_ENUMERATOR.sub(" ", strip_markers(body))
    return [canonical_number(n) for n in _NUMBER.findall(body)]


def quoted_phrases(text: str) -> list[str]:
    out = []
    for m in _QUOTED.finditer(strip_markers(text)):
        phrase = next(g for g in m.groups() if g is not None).strip(_QUOTE_EDGE)
        if phrase:
            out.append(phrase)
    return out


def links(text: str) -> list[str]:
    """Web and e-mail addresses (trailing punctuation dropped)."""
    return [m.group(0).rstrip(".,;:!?") for m in _LINK.finditer(strip_markers(text))]


def sentences(text: str) -> list[str]:
    """Sentences with the markers that follow them ("…16件。[1]" keeps its [1])."""
    return [text[s:e] for s, e in sentence_spans(text, english=True, brackets=False, keep_after=_MARKERS_AFTER)]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", normalise(text))


def adds_nothing(answer: str, question: str) -> bool:
    """The answer only restates the question: no figure the question lacks, hardly a new character."""
    q = _squash(question)
    if set(numbers(answer)) - set(numbers(question, answer=False)):
        return False
    body = _squash(strip_markers(answer))
    new = [c for c in body if c not in q and (c.isalnum() or "\u4e00" <= c <= "\u9fff")]
    return len(new) < 4


def verify(answer: str, evidence: dict[int, str], expected_numbers: set[str] | None = None) -> Verdict:
    """Hold `answer` against `evidence` ({marker number: evidence text as shown to the model})."""
    problems: list[str] = []
    used = markers(answer)
    invalid = sorted({n for n in used if n not in evidence})
    for n in invalid:
        problems.append(f"citation [{n}] points at no retrieved evidence")
    cited = list(dict.fromkeys(n for n in used if n in evidence))
    if not cited:
        problems.append("the answer cites no evidence")

    ev_numbers = {n: set(numbers(t, answer=False)) for n, t in evidence.items()}
    ev_text = {n: _squash(t) for n, t in evidence.items()}
    for sent in sentences(answer):
        scope = [n for n in markers(sent) if n in evidence] or cited
        allowed = set().union(*(ev_numbers[n] for n in scope)) if scope else set()
        where = ", ".join(f"[{n}]" for n in scope) or "no evidence"
        for num in numbers(sent):
            if num not in allowed:
                problems.append(f"the number {num} is not in the cited evidence ({where})")
        text = "".join(ev_text[n] for n in scope)
        for link in links(sent):
            if _squash(link) not in text:
                problems.append(f"the address {link} is not in the cited evidence ({where})")
        for phrase in quoted_phrases(sent):
            if _squash(phrase) not in text:
                problems.append(f"the quotation “{phrase[:40]}” is not in the cited evidence ({where})")

    if expected_numbers:
        stated = set(numbers(answer))
        expected = {n for raw in expected_numbers for n in numbers(raw, answer=False)}
        if not stated & expected:
            problems.append(f"the answer states none of the reported figures ({', '.join(sorted(expected))})")
    return Verdict(ok=not problems, problems=list(dict.fromkeys(problems)), cited=cited)
