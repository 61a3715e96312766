"""An English ask for the parts of an enumeration written inside one sentence ("what stages does its work system for
requests cover", "in what way does it provide the service — three words", "which two qualities was it trying to keep
boosting"): reports write the parts inline ("申请登记、审核、办理、答复、归档工作制度", "主动、及时、准确地提供",
"实效性和便利性") and seldom the noun the ask counts them by (环节 'stages', 'qualities', 'words').  Where nothing else
answered with a sentence listing parts, the ask is searched again without that noun, and only a sentence holding an
enumeration (of the number of parts the ask counts, when it counts them) answers: quoted whole, so every part is stated
and cited.  (A sentence found by the noun alone, "个别环节衔接不畅", lists no stages.)

The nouns and count words are data (glossary [patterns] enumeration_ask_en)."""

from __future__ import annotations

import dataclasses
import re

from assistant.core.glossary import GLOSSARY
from assistant.list_items import WANTS_LIST
from assistant.query import ParsedQuestion, glossary_terms

_ASK = GLOSSARY.patterns["enumeration_ask_en"]
_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_CLAUSE_END = re.compile(r"[，,；;。：:！!？?]")
_AND = re.compile(r"和|及|与|以及")


def enumeration_asked(norm: str) -> tuple[str, int | None] | None:
    """(the ask without the noun it counts the parts by, the number of parts it counts or None), when `norm` is an
    English ask for the parts of an enumeration; else None."""
    m = _ASK.search(norm)
    if m is None or not re.search(r"[a-z]", norm) or re.search(r"(?<![a-z])how\s+(?:many|much)(?![a-z])", norm):
        return None
    count = m.group("count")
    if count is None and not WANTS_LIST.search(norm):
        return None
    return norm[:m.start()] + " " + norm[m.end():], (_COUNTS.index(count) + 2 if count else None)


def holds_enumeration(sentence: str, n: int | None) -> bool:
    """A clause of `sentence` lists parts with 、 (n of them, the last maybe joined by 和/及/与; three or more when `n`
    is None)."""
    for clause in _CLAUSE_END.split(sentence):
        seps = clause.count("、")
        tail = clause.rsplit("、", 1)[-1]
        joined = 1 if _AND.search(tail) else 0
        if n is None and seps >= 2 or n is not None and (seps + 1 == n or seps + 1 + joined == n and joined):
            return True
    return False


def enumeration_hits(search, sub: ParsedQuestion, passages: list) -> list:
    """The sentences of `passages` holding the enumeration an English ask wants the parts of, searched by the ask's
    words other than the noun counting the parts (`search`: the evidence gatherer, for best_sentences and texts);
    [] when the ask is no such ask or no such sentence answers."""
    asked = enumeration_asked(sub.norm) if sub.language == "en" else None
    if asked is None:
        return []
    norm, n = asked
    bare = dataclasses.replace(sub, norm=norm, terms=glossary_terms(norm), wants_number=False, metric=None)
    hits = search.best_sentences(bare, passages, limit=3, require_number=False)
    return [h for h in hits if holds_enumeration(search.index.texts(h.chunk.doc_id)[1][h.span[0]:h.span[1]], n)][:1]


def listing_sentences(search, sub: ParsedQuestion, passages: list, found: list) -> list:
    """The sentences answering an ask (`found`, by the ask's own words) as the sentence listing the parts it asks for:
    `found` when the ask is no enumeration ask; else those of `found` that list parts, else the enumeration's sentence
    (`enumeration_hits`), else `found`."""
    asked = enumeration_asked(sub.norm) if sub.language == "en" else None
    if asked is None:
        return found
    text = search.index.texts
    listing = [h for h in found if holds_enumeration(text(h.chunk.doc_id)[1][h.span[0]:h.span[1]], asked[1])]
    return listing or enumeration_hits(search, sub, passages) or found
