"""The last look when an ask's searches found nothing at all: the one prose figure of the scoped report that the ask
clearly means by embedding.

The label and sentence searches meet an ask through its words: a fact label, a glossary word, a sentence rule. An ask
worded in words no report and no glossary use ("挂出去多少条东西", "how many pieces did it volunteer") meets none of them and
ends with no candidate at all (decline_trace ``nothing_found``), though the report states the figure. Then, and only
then (no candidate was turned down by any check: a figure a check declined stays declined), the ask's own words are
compared by embedding with the own words of every prose figure of the one report in scope (labels.fact_leaf, embedded
as label_vectors does), and a figure answers only when it clearly stands out: at least GAP above the median of the
report's figures and MARGIN above the next figure of other words (label_vectors' LEAF_GAP / LEAF_MARGIN, measured on
e5-small). The figure must still pass every check a found figure passes: the ask's unit and shape
(ask_question.fitting_facts), the not-stated checks (another agency, another channel, a counted thing of another kind,
an ordinal …) and the asked metric's own words (precision.fact_answers). Only a count or amount ask (glossary
[patterns] nearest_count_ask; never 哪几个 nor an ask of which things or channels: thing_asks, which_asks) looks (a
name, date or address is not a figure), and only one whose words named no
metric: an ask of a metric met the vocabulary, and the metric's search finding nothing means the report does not state
it (measured: "全年主动公开的…一共多少条" of a report stating only other counts came nearest to the applications received).
Nothing standing out keeps the ask unanswered (``answered`` False).  With no trace running (decline_trace.start),
nothing tells whether a check turned a candidate down, so the last look does not come.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from assistant import decline_trace
from assistant.ask_question import fitting_facts
from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact
from assistant.label_vectors import LabelVectors, standing_out as label_standing_out
from assistant.labels import fact_leaf
from assistant.precision import fact_answers
from assistant.thing_asks import things_asked
from assistant.which_asks import names_asked

GAP, MARGIN, MIN_FIGURES = LabelVectors.LEAF_GAP, LabelVectors.LEAF_MARGIN, LabelVectors.LEAF_MIN_FIGURES

_YEARS = re.compile(r"(?<!\d)(?:(?:19|20)\d\d(?:\s*年度?)?|\d\d\s*年)(?!\d)")
_SPACES = re.compile(r"\s+")
_COUNT_ASK = GLOSSARY.patterns["nearest_count_ask"]  # (compiled by the glossary)


def snapshot() -> tuple | None:
    """What the question's trace has seen so far (to tell whether an ask's searches turned anything down); None when
    no trace is running (then nothing tells what was turned down)."""
    t = decline_trace.current()
    if t is None:
        return None
    return Counter(t.vetoes), sum(t.found_then_vetoed.values()), t.sentences_then_vetoed


def nothing_seen_since(before: tuple | None) -> bool:
    """Since `before` (a snapshot()), no candidate figure or sentence was turned down: the ask found nothing at all
    (not even a sentence sharing too few of its words: measured, the last look answered none of those either).  False
    when no trace is running: a check's veto would go unseen, and a figure a check declined stays declined."""
    return before is not None and snapshot() == before


def standing_out(sims: dict[str, float]) -> str:
    """The one of `sims` (own words -> similarity to the ask) that clearly stands out (label_vectors' rule, its
    margins), among MIN_FIGURES figures at least; else ""."""
    return label_standing_out(sims, GAP, MARGIN) if len(sims) >= MIN_FIGURES else ""


def ask_words(text: str, names) -> str:
    """The ask's own words for embedding: its text without the names of the report it asks about and the years
    (the report's name is in none of its figures' own words, so it only blurs the comparison)."""
    for n in sorted({n for n in names if n}, key=len, reverse=True):
        text = text.replace(n, " ")
    text = _YEARS.sub(" ", text)
    return _SPACES.sub(" ", text).strip(" ,，:：;；-—–()（）")


def nearest_figure(fact_index, sub, terms: dict[str, float], names, own_words) -> list[Fact]:
    """The prose figure of the one report `sub` is scoped to that the ask clearly means, when it passes the unit,
    shape and not-stated checks; [] otherwise.  `fact_index` is the evidence gatherer's (its facts, vectors and
    index), `names` the names the question writes for its reports, `own_words(fact)` a figure's own words."""
    if sub.metric is not None or not sub.doc_ids or len(sub.doc_ids) != 1 or not _COUNT_ASK.search(sub.norm):
        return []  # (an ask whose words named a metric met the vocabulary: the metric's search had its say)
    if things_asked(sub.norm) or names_asked(sub.norm):
        return []  # (an ask of which things or channels: a bare count is no answer of it, thing_asks / which_asks)
    phrase = ask_words(sub.norm, [*names, *sub.entities])
    if len(phrase) < 4:
        return []
    figures = [f for f in fact_index.facts(list(sub.doc_ids)) if f.kind == "narrative" and f.value is not None and fact_leaf(f)]
    leaves = list(dict.fromkeys(fact_leaf(f) for f in figures))
    if len(leaves) < MIN_FIGURES:
        return []
    vectors = fact_index.vectors.of_leaves(leaves)
    if len(vectors) < len(leaves):
        return []
    try:
        qv = np.asarray(fact_index.index.embedder.embed_query(phrase), np.float32)
    except Exception:  # no embedder: nothing to compare by meaning
        return []
    best = standing_out({t: float(vectors[t] @ qv) for t in leaves})
    if not best:
        return []
    # (every check a found figure passes: unit and shape, the not-stated checks, the ask's own words)
    return [f for f in fitting_facts([f for f in figures if fact_leaf(f) == best][:1], sub)
            if fact_answers(f, sub.metric, own_words(f), sub.norm, terms, sub.norm)]
