"""The multiple a report states of a count, asked as such ("…总量大概是13年的几倍").

An ask of a multiple against another time of the same thing ("是上年的几倍", "is how many times its 2013 total") has no
second figure to divide by when the report writes the multiple itself, right after the count ("总计2401条,是2013年信息
发布总量的1.5倍"): that stated multiple answers, not the count the ask's words find.  (A multiple of two named sides,
"A是B的几倍", is computed from the two figures: assistant/multiples.py.)  The words of a stated multiple are data
(glossary.toml [patterns] stated_multiple_zh).
"""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact

_STATED = GLOSSARY.patterns["stated_multiple_zh"]


def multiple_after(f: Fact, text: str) -> Fact | None:
    """The multiple written right after the count `f` in its sentence, as a figure of its own (unit 倍, labelled as
    the count's multiple, quoted with the count's sentence); None when none is written there."""
    if f.kind != "narrative" or f.value is None:
        return None
    m = _STATED.match(text, f.end)
    if m is None:
        return None
    # ("总计的倍数": a label's words after its last number are what an answer shows, so the base, "2013年…总量",
    # whose year would cut it, stays in the quoted sentence)
    return _multiple(f, text, m, label=f"{f.row or f.label_zh.split(' / ')[-1]}的倍数", quote_end=max(f.quote_end, m.end()))


def _multiple(f: Fact, text: str, m, label: str, quote_end: int) -> Fact:
    start, end = m.start("n"), m.end()
    return f.model_copy(update={
        "value": float(m.group("n")), "unit": "倍", "raw": text[start:end], "start": start, "end": end,
        "row": label, "label_zh": label, "label_en": "", "metric": None,
        "quote_start": min(f.quote_start, f.start), "quote_end": quote_end})


def stated_multiples(facts: list[Fact], text_of_doc) -> list[Fact]:
    """`facts` (the counts an ask of a multiple found), each replaced by the multiple its sentence states of it;
    `facts` as they are when none states one (then the report gives no multiple: the count is what there is)."""
    out = [multiple_after(f, text_of_doc(f.doc_id)) or f for f in facts]
    return out if any(g is not f for g, f in zip(out, facts)) else facts
