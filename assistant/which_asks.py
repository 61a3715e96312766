"""An ask of which channels or platforms carried something ("主动公开信息走的是哪些平台", "which platforms carried its
disclosures") asks for names, not a count: a figure the channels' sentence states ("通过A、B主动公开政府信息570条")
is no answer of its own; the sentence naming them is (found by the sentence search, or the report's own statement of
the field).  An ask that also counts ("哪些平台发布了多少条", "how many items on which platforms") keeps its figures.

Likewise an English ask of which things a site has ("which functions does its service website offer") asks those
things, not the site's address: a contact line whose words lack the asked noun's rendering (功能) is no answer.

Read by the evidence gatherer (assistant/evidence.py).
"""

from __future__ import annotations

import bisect
import re

from assistant import decline_trace
from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact
from assistant.own_agency import chunk_of
from assistant.query import detect_metric
from assistant.sentences import SentenceHit
from assistant.shapes import passage_sentences
from assistant.verify import ask_shape

# a count asked beside the names ("多少条", "几个", "how many"; not 哪几, which asks names): figures answer it
_COUNT_ASKED = re.compile(r"多少|(?<!哪)几(?!乎)|(?<![a-z])(?:how\s+(?:many|much)|number\s+of|count\s+of|counts?\s+for)(?![a-z])")


def names_asked(ask_text: str) -> bool:
    """The ask asks only which channels (assistant/core/data/report_fields.toml channels_ask), no count."""
    return not _COUNT_ASKED.search(ask_text) and ask_shape(ask_text).field == "channels"


def figures_not_asked(facts: list[Fact], ask_text: str) -> list[Fact]:
    """`facts` without the figures when the ask asks only which channels (assistant/core/data/report_fields.toml
    channels_ask) and no count; a statement of none and the items of a list stay."""
    if not names_asked(ask_text):
        return facts
    return [f for f in facts if f.value is None or f.kind == "none"]


def names_own_metric(ask_text: str) -> bool:
    """The ask names a figure's thing itself ("主动公开信息走的是哪些平台"), not only by the ask before it: the sentence of
    that figure is where its channels are written."""
    return detect_metric(ask_text, fallback=False) is not None


def figures_instead_of_names(facts: list[Fact], ask_text: str) -> tuple[list[Fact], list[Fact]]:
    """(the facts answering, the figures set aside whose sentences name what is asked): an ask of which channels that
    names the figure's thing itself ("主动公开信息走的是哪些平台") sets its figures aside; any other keeps its facts."""
    if names_asked(ask_text) and names_own_metric(ask_text):  # (the cheap test first: a metric is looked up rarely)
        kept = figures_not_asked(facts, ask_text)
        for _ in range(len(facts) - len(kept)):  # (a figure turned down: the last look, nearest_figure, sees it)
            decline_trace.veto("fact", "thing ask")
        return kept, facts
    return facts, []


def sentences_of_figures(index, facts: list[Fact]) -> list[SentenceHit]:
    """The sentences stating the prose figures `facts` (one per sentence, in order): where the names an ask asks are
    written beside a figure ("通过A、B主动公开政府信息570条")."""
    out: list[SentenceHit] = []
    for f in facts:
        r = index.by_doc.get(f.doc_id)
        if r is None or f.value is None or f.table != "narrative":
            continue
        _original, clean, to_original = index.texts(f.doc_id)
        at = bisect.bisect_left(to_original, f.start)
        span = next(((s, e) for s, e in passage_sentences(clean) if s <= at < e), None)
        if span and not any(h.span == span and h.chunk.doc_id == f.doc_id for h in out):
            out.append(SentenceHit(chunk_of(index, r, clean, *span), span, 1.0))
    return out


# "which functions does …", "what services did …": the noun asked (English), before the verb of the ask
_ASKED_NOUN_EN = re.compile(r"(?<![a-z])(?:which|what)\s+([a-z\-]+)\s+(?:does|do|did|is|are|was|were|has|have|can)(?![a-z])")


def contact_not_asked(facts: list[Fact], ask_text: str) -> list[Fact]:
    """`facts` without the contact lines when the English ask asks which things of another kind (its noun is no
    contact word and the glossary renders it) and a contact line's words lack every rendering."""
    m = _ASKED_NOUN_EN.search(ask_text)
    zh = GLOSSARY.en_to_zh.get(m.group(1), ()) if m else ()
    if not zh or m.group(1) in GLOSSARY.contact_words or not any(f.kind == "contact" for f in facts):
        return facts
    return [f for f in facts if f.kind != "contact" or any(z in f"{f.label_zh} {f.text_value or f.raw}" for z in zh)]
