"""The change figure of a thing asked how much it changed.

"依申请公开的申请同比增长了多少", "by what percentage did proactive disclosure grow": the report writes the change right
after the thing's count, in the same sentence ("受理政府信息公开申请四十七件，同比增长17.5%"), and labels it only by how
it changed (同比增长).  The ask finds the thing's count (by its metric or label); the figure that answers is the change
written next to that count, not the count itself, nor another sentence's 同比增长.
The words of such an ask are data (core/data/not_stated.toml change_size_ask; the change labels prose.toml change_words,
change_verbs).
"""

from __future__ import annotations

import re

from assistant.core.not_stated import NOT_STATED
from assistant.core.prose import PROSE
from assistant.core.types import Fact
from assistant.sentence_figures import figures_after

_ASK = NOT_STATED.patterns["change_size_ask"]
_YEAR_BEFORE = NOT_STATED.patterns["change_from_year_before_ask"]  # "比上年多了几件", "how many more … than last year"
# a label that says only how something changed ("同比增长", "较上年下降了")
_BARE_CHANGE = re.compile(
    "(?:" + "|".join(re.escape(w) for w in PROSE.change_words) + ")?"
    "(?:" + "|".join(re.escape(w) for w in PROSE.change_verbs) + ")(?:了|为|达到|达)?"
)
_NEAR = 30  # at most this many characters from the count to its change


def asks_change_size(ask_text: str) -> bool:
    """The ask wants how big the change of one thing was (a percentage, "增长了多少"), not the thing's count."""
    text = ask_text.lower()
    return bool(_ASK.search(text) or _YEAR_BEFORE.search(text))


def change_next_to(f: Fact, doc_facts: list[Fact], text: str) -> Fact | None:
    """The figure labelled only by a change that follows `f` in its sentence, with no other figure between them."""
    g = next(figures_after(f, doc_facts, text, within=_NEAR), None) if f.value is not None else None
    return g if g is not None and _BARE_CHANGE.fullmatch((g.row or "").strip()) else None


def changes_of(facts: list[Fact], facts_of_doc, text_of_doc) -> list[Fact]:
    """`facts` (the counts an ask of a change found), each replaced by its change figure; `facts` as they are when
    none of them has one (the report states no change of the thing: the count is what there is)."""
    out: list[Fact] = []
    for f in facts:
        doc_facts = facts_of_doc(f.doc_id)
        # a table cell's count restated in prose with its change ("全年受理申请17件，较上年增加5件"): that change
        said = [f] if f.kind == "narrative" else [p for p in doc_facts if p.kind == "narrative" and p.metric
                                                  and p.metric == f.metric and p.value == f.value]
        g = next((c for p in said if not _BARE_CHANGE.fullmatch((p.row or "").strip())
                  and (c := change_next_to(p, doc_facts, text_of_doc(f.doc_id))) is not None), None)
        out.append(g or f)
    return out if any(g is not f for g, f in zip(out, facts)) else facts
