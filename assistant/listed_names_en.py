"""Every named part of a list an English question asks, answered one by one from the one sentence that lists them.

"of the 80 items, how many were work news, how many leadership items and how many finance items?" or "how many
public-benefit items, procurement items and major-project items were posted?" names parts of one listed sentence
("…公开工作动态54条、领导信息11条、财政信息7条…"), whether the question is split into one ask per name or kept as one
ask of the list.  The lexical search may find some names' parts and miss others (a name no glossary renders gets the
total, a figure of another clause, or "not stated separately").  So, after the asks are gathered: the sentences that
hold a figure some ask found (or the total the question restates, "of the 80 items") are the candidate lists; a name
whose ask already found a part of that list keeps it, and the other names are matched to the list's other parts by
the embedding model (assistant/english_parts.py match_names: a clear nearest part each, or nothing changes).
"""

from __future__ import annotations

import re

import numpy as np

from assistant.core.types import Fact
from assistant.english_parts import match_names, part_words
from assistant.query import glossary_groups

# a name's lead-in ("how many were", "and how many", "the number of", "tell me how many") and its tail ("… were
# posted", "… were there", "… did it publish")
_NAME_LEAD = re.compile(r"^(?:(?:and|or|plus|also|then)\s+)?(?:(?:tell\s+me|give(?:\s+me)?|list)\s+)?(?:(?:how\s+many|the\s+number\s+of|number\s+of)\s+)?"
                        r"(?:(?:of\s+)?(?:them|these|those|which)\s+)?(?:(?:were|was|are|is)\s+)?(?:there\s+)?")
_NAME_TAIL = re.compile(r"\s+(?:among|out\s+of|of)\s+(?:the|its|their|those|these)\s+(?:~|some\s+|about\s+)?\d[\d,.]*(?:\s+\S+){0,4}$"
                        r"|\s+(?:were|was|are|is|did|does|do|had|has|have)(?:\s+\w+){0,3}$|\s+there$|\s+(?:respectively|each|apiece|in\s+all)$")
_FIRST_ASK = re.compile(r"(?<![a-z])(?:how\s+many|the\s+number\s+of)(?![a-z])")
_OTHER_ASK = re.compile(r"(?:how|what|which|when|where|why|who|whom|within|in\s+what|by\s+what)(?![a-z])")
# (not at "or": "disclosed in full or in part" is one name)
_SEPARATOR = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
_END = re.compile(r"[?.!]+\s*$")
# the end of a sentence of a report's text (a list of parts never runs past it)
# (not at a semicolon: "其中，A54条，占比67.5%；B11条，占比13.8%；…" lists its parts clause by clause)
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def question_names_en(question: str) -> list[str]:
    """The names of the parts an English question lists from its first "how many" on ("how many were A, how many B
    and how many C items were posted" -> [a, b, c items]); [] for fewer than two names, a name of more than five
    words, or a question not in English."""
    text = question.lower()
    first = _FIRST_ASK.search(text)
    if not first or not text[first.start():].isascii():
        return []
    names = []
    for piece in _SEPARATOR.split(_END.sub("", text[first.start():])):
        name = _NAME_TAIL.sub("", _NAME_TAIL.sub("", _NAME_LEAD.sub("", piece.strip()))).strip(" '\"")
        if _OTHER_ASK.match(name):  # ("…, how did they come in, and within how many days": asks of other things)
            return []
        if name:
            names.append(name)
    return names if len(names) >= 2 and all(len(n.split()) <= 5 for n in names) else []


def names_of_ask(ask: str, names: list[str]) -> list[int]:
    """The indices of `names` an ask's own text words, in order."""
    low = ask.lower()
    return [i for i, n in enumerate(names) if re.search(r"(?<![a-z])" + re.escape(n) + r"(?![a-z])", low)]


def sentence_parts(anchor: Fact, facts: list[Fact], text: str, premise: list[float]) -> list[Fact]:
    """The prose figures of `anchor`'s sentence of `text` (its report's text), in order, the figures the question
    restates as a total ("of the 80 items") aside."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, anchor.start)), default=0)
    hi = m.start() if (m := _SENTENCE_END.search(text, anchor.end)) else len(text)
    return sorted((f for f in facts if f.doc_id == anchor.doc_id and f.table == "narrative" and f.kind == "narrative"
                   and f.value is not None and lo <= f.start < hi and f.value not in premise and "%" not in text[f.start:f.end]),
                  key=lambda f: f.start)


GLOSS_MIN = 0.3


def _pairs_shared(word: str, leaf: str) -> float:
    """The share of `word`'s character pairs (the whole of a one-character word) that `leaf` holds."""
    pairs = [word[k:k + 2] for k in range(len(word) - 1)] or [word]
    return sum(p in leaf for p in pairs) / len(pairs)


def glossed_parts(names: list[str], leaves: list[str]) -> dict[int, int]:
    """The names whose glossary renderings ("policy interpretation" -> 政策解读, glossary.toml) pick one leaf: the
    one leaf sharing the most of the renderings' character pairs ("work updates" -> 工作动态: 工作信息及政务动态类信息),
    at least GLOSS_MIN of one phrase's (name index -> leaf index; two names on one leaf: neither)."""
    out: dict[int, int] = {}
    for i, name in enumerate(names):
        groups = glossary_groups(name.replace("/", " and "))
        hits = [sum(max((_pairs_shared(w, leaf) for w in g), default=0.0) for g in groups) for leaf in leaves]
        best = max(hits, default=0.0)
        if best >= GLOSS_MIN and hits.count(best) == 1:
            out[i] = hits.index(best)
    chosen = list(out.values())
    return {i: j for i, j in out.items() if chosen.count(j) == 1}


def assign_parts(names: list[str], parts: list[Fact], found: dict[int, Fact], sims: np.ndarray) -> list[Fact] | None:
    """Each name's part: the part its ask found (`found`: name index -> a part of `parts`), else the one part its
    glossary renderings pick, else the nearest part left over by embedding (match_names over the parts no other name
    took); None when any name has no clear part."""
    found = dict(found)
    taken_first = {parts.index(f) for f in found.values()}
    for i, j in glossed_parts(names, [part_words(f) for f in parts]).items():
        if i not in found and j not in taken_first:
            found[i] = parts[j]
    taken = {parts.index(f) for f in found.values()}
    rest = [i for i in range(len(names)) if i not in found]
    if len(taken) < len(found):
        return None
    if not rest:
        return [found[i] for i in range(len(names))]
    free_sims = sims[rest].copy()
    free_sims[:, sorted(taken)] = -1.0  # (a part another name's ask found is no choice)
    chosen = match_names([names[i] for i in rest], [part_words(f) for f in parts], free_sims)
    if chosen is None:
        return None
    out = dict(found)
    out.update({i: parts[j] for i, j in zip(rest, chosen)})
    return [out[i] for i in range(len(names))]


def listed_parts_en(gatherer, q, out: list, premise: list[float]) -> None:
    """Give each ask of `out` (the gathered AskEvidence) the parts of one listed sentence its names name, where the
    question lists two or more names, every ask words one of them, and one sentence has a clear part for each name;
    else change nothing.  `q`: the ParsedQuestion; `gatherer`: the evidence gatherer (its index, fact index, embedder
    and label vectors)."""
    names = question_names_en(q.norm)
    if not names or not out:
        return
    by_ask = [names_of_ask(ev.ask.text, names) for ev in out]
    # (a piece naming none of them and finding no figure is no ask: "of the 77 items, tell me | how many A, …")
    if any(not ids and ev.facts for ev, ids in zip(out, by_ask)) or sorted(i for ids in by_ask for i in ids) != list(range(len(names))):
        return
    try:
        embedder = gatherer.index.embedder
    except Exception:  # noqa: BLE001 (no embedder: the lexical answer stands)
        return
    if embedder is None:
        return
    docs = {f.doc_id for ev in out for f in [*ev.facts, *ev.context]} or set(q.doc_ids or [])
    if len(docs) != 1:
        return
    doc = docs.pop()
    mine = gatherer.fact_index.facts([doc])
    text = gatherer.index.texts(doc)[0]
    anchors = [f for ev in out for f in [*ev.facts, *ev.context] if f.table == "narrative"]
    anchors += [f for f in mine if f.table == "narrative" and f.value in premise]
    tried: set[tuple[int, ...]] = set()
    qv = None
    for anchor in anchors:
        parts = sentence_parts(anchor, mine, text, premise)
        key = tuple(f.start for f in parts)
        if len(parts) < max(2, len(names)) or key in tried:
            continue
        tried.add(key)
        found = {i: ev.facts[0] for ev, ids in zip(out, by_ask) if len(ids) == 1 and len(ev.facts) == 1
                 and ev.facts[0] in parts for i in ids}
        leaves = [part_words(f) for f in parts]
        if not all(leaves) or len(set(leaves)) < len(leaves):
            continue
        try:
            vecs = gatherer.fact_index.vectors.of_leaves(leaves)
            qv = qv if qv is not None else np.stack([np.asarray(embedder.embed_query(n), np.float32) for n in names])
        except Exception:  # noqa: BLE001 (no embedder: the lexical answer stands)
            return
        if len(vecs) < len(leaves):
            continue
        chosen = assign_parts(names, parts, found, qv @ np.stack([vecs[t] for t in leaves]).T)
        if chosen is None:
            continue
        for ev, ids in zip(out, by_ask):
            mine_parts = [chosen[i] for i in ids]
            if ev.facts != mine_parts:
                ev.facts, ev.context, ev.part, ev.sentences, ev.breakdown = mine_parts, [], "", [], []
        out[:] = [ev for ev, ids in zip(out, by_ask) if ids]
        return
