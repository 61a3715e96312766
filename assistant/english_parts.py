"""The parts of a total an English ask names in words no glossary renders: matched to the parts' own Chinese words
by the embedding model the label search already uses (assistant/label_vectors.py), only where the lexical match found
no fact stating them.

"of the 77 items it posted …, how many were institutional info, policy documents, work/news updates and livelihood
matters" asks four parts of a total whose sentence lists them ("分别公开机构信息1条、政策文件信息3条、工作信息及政务
动态类信息57条、民生事项信息16条"): each name of the ask's list is set against each part's own words; the ask is
answered by those parts only when every name has its own part, clearly nearer to it than to any other part
(PART_MARGIN) and near enough in itself (PART_MIN): an ask of parts the total does not list (a name with no clear
part, or two names on one part) keeps its answer "not stated separately".
"""

from __future__ import annotations

import re

import numpy as np

from assistant.core.types import Fact
from assistant.labels import fact_leaf

# the words that open the list of parts an ask names ("how many were …", "how many of them were …")
_LIST_LEAD = re.compile(r"^.*?(?<![a-z])how\s+many(?:\s+of\s+(?:them|these|those|which))?\s+(?:were|was|are|is)\s+(?:there\s+)?")
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s*;\s*|\s+and\s+|\s+or\s+")
_END = re.compile(r"[?.!]+\s*$|\s+(?:respectively|each|apiece)\s*[?.!]*\s*$")
# set on e5-small over one tuning report: a name's own part stood as little as 0.015 above the next part, and a name
# of a part the total does not list stayed below 0.80 of every part (thin margins: recheck on new reports)
PART_MARGIN, PART_MIN = 0.01, 0.80


def named_list_en(ask: str) -> list[str]:
    """The names of the parts an English ask lists ("how many were A, B, C and D" -> [A, B, C, D]); [] for
    fewer than two or an ask in Chinese."""
    if not ask.isascii():
        return []
    lead = _LIST_LEAD.match(ask.lower())
    if not lead:
        return []
    names = [n.strip(" '\"") for n in _SEPARATOR.split(_END.sub("", ask.lower()[lead.end():]))]
    names = [n for n in names if n]
    return names if len(names) >= 2 and all(len(n.split()) <= 5 for n in names) else []


def match_names(names: list[str], leaves: list[str], sims: np.ndarray) -> list[int] | None:
    """For each name (a row of `sims`: its similarity to each leaf), the index of its part: the names surest of
    their part choose first, each the nearest part not yet chosen, which must stand PART_MARGIN above every other
    part still free and reach PART_MIN; None when any name has no such part."""
    if len(leaves) < len(names) or len(leaves) < 2:
        return None
    chosen: dict[int, int] = {}
    free = set(range(len(leaves)))
    for i in sorted(range(len(names)), key=lambda i: -float(sims[i].max())):
        ranked = sorted(free, key=lambda j: -float(sims[i, j]))
        best = ranked[0]
        second = float(sims[i, ranked[1]]) if len(ranked) > 1 else float(np.sort(sims[i])[-2])
        if sims[i, best] < PART_MIN or sims[i, best] - second < PART_MARGIN:
            return None
        chosen[i] = best
        free.discard(best)
    return [chosen[i] for i in range(len(names))]


# the words a listed part's label opens with that only lead into the list ("分别公开机构信息" -> "机构信息")
_LEAD_IN = re.compile(r"^(?:分别|其中|包括|主要)*(?:公开|发布|推送|更新|刊登)?(?:了)?")


def part_words(f: Fact) -> str:
    """A listed part's own words for the comparison: its leaf without the words leading into the list."""
    leaf = fact_leaf(f)
    return _LEAD_IN.sub("", leaf) or leaf


def parts_named_en(ask: str, parts: list[Fact], embed_query, leaf_vectors) -> list[Fact]:
    """The parts of a total (`parts`, its listed figures) an English ask names by its list, in the ask's order;
    [] when the ask lists no names or any name has no clear part (`embed_query`: the embedder's query side;
    `leaf_vectors`: leaves -> vectors, assistant.label_vectors.LabelVectors.of_leaves)."""
    names = named_list_en(ask)
    leaves = [part_words(f) for f in parts]
    if not names or not all(leaves) or len(set(leaves)) < len(leaves):
        return []
    try:
        vecs = leaf_vectors(leaves)
        if len(vecs) < len(set(leaves)):
            return []
        qv = np.stack([np.asarray(embed_query(n), np.float32) for n in names])
    except Exception:  # no embedder: the lexical answer stands
        return []
    sims = qv @ np.stack([vecs[t] for t in leaves]).T
    chosen = match_names(names, leaves, sims)
    return [parts[i] for i in chosen] if chosen is not None else []


def context_parts_en(gatherer, ev) -> list[Fact]:
    """The parts of the one prose total an English ask's premise restates (`ev.context`) that the ask names by
    its list, matched by embedding (parts_named_en); [] otherwise.  `gatherer`: the evidence gatherer (its
    breakdown reader, embedder and label vectors)."""
    if len(ev.context) != 1 or ev.context[0].table != "narrative" or not named_list_en(ev.ask.text):
        return []
    parts = gatherer.breakdown(ev.context, ev.q)
    if len(parts) < 2 or any(f.doc_id != ev.context[0].doc_id for f in parts):
        return []
    embedder = getattr(gatherer.index, "embedder", None)
    if embedder is None:
        return []
    return parts_named_en(ev.ask.text, parts, embedder.embed_query, gatherer.fact_index.vectors.of_leaves)
