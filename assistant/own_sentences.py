"""A later ask of a multi-ask answered by the same sentence as an ask before it ("先定了多少项制度？后来又补了几项新制度？"
where the best sentence of both states the first "12项制度"): its own figure is in a sentence naming a word of its own
ask that the earlier ask lacks ("…补充制定了…等4项新制度": 新制度), which goes first.  Without such a sentence the
order stays (one figure may answer both)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.sentences import SentenceHit

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _bigrams(text: str) -> set[str]:
    return {run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}


def _place(h: SentenceHit) -> tuple[str, tuple[int, int]]:
    return h.chunk.doc_id, h.clause or h.span


def own_words(ask_text: str, terms: Sequence[str], earlier_texts: Sequence[str], earlier_terms: Sequence[str]) -> set[str]:
    """The Chinese words of an ask (its terms, and each pair of its characters) that no earlier ask says."""
    earlier = " ".join([*earlier_texts, *earlier_terms])
    words = _bigrams(ask_text) | {t for t in terms if _CJK_RUN.fullmatch(t)}
    return {w for w in words if w not in earlier}


def own_sentence_first(hits: list[SentenceHit], earlier_firsts: Sequence[SentenceHit], words: set[str],
                       text_of: Callable[[SentenceHit], str]) -> list[SentenceHit]:
    """`hits` with the first one naming an own word (one the shared first hit lacks) first, when the first of
    `hits` is the first hit of an earlier ask; else `hits` as they are."""
    if not hits or not words or _place(hits[0]) not in {_place(h) for h in earlier_firsts}:
        return hits
    first = text_of(hits[0])
    own = [w for w in words if w not in first]
    for h in hits[1:]:
        if _place(h) not in {_place(e) for e in earlier_firsts} and any(w in text_of(h) for w in own):
            return [h, *[x for x in hits if x is not h]]
    return hits


def own_sentence_of_later_ask(ev, out: Sequence, text_of: Callable[[SentenceHit], str]) -> list[SentenceHit]:
    """The sentences of the ask `ev` (an AskEvidence), with the one naming its own word first when its best sentence
    answered an ask before it (`out`, answered by sentences, not facts)."""
    earlier = [o for o in out if o.sentences and not o.facts and o.ask.text != ev.ask.text]
    if ev.facts or not earlier:
        return ev.sentences
    words = own_words(ev.ask.text, list(ev.q.terms), [o.ask.text for o in earlier], [t for o in earlier for t in o.q.terms])
    return own_sentence_first(ev.sentences, [o.sentences[0] for o in earlier], words, text_of)
