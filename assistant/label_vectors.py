"""Embeddings of fact labels, for the label search (assistant/fact_index.py): each fact's whole label path
(compared with the question) and each prose figure's own words (compared with the ask's words: the "leaf winner",
an English ask meeting the Chinese label it means).  Vectors are kept per index and in the embedding cache.
"""

from __future__ import annotations

import numpy as np

from assistant.core.types import Fact
from assistant.labels import ask_phrase, fact_leaf


class _QuerySide:
    """An embedder's query side under a cache key of its own: short labels compared with short asks
    (e5 models embed both sides of a symmetric comparison as queries)."""

    def __init__(self, embedder) -> None:
        self._embed = getattr(embedder.embed_query, "_embed", embedder.embed_query)  # not through the question memo
        self.name = f"{embedder.name}#query"

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.stack([np.asarray(self._embed(t), np.float32) for t in texts])


class LabelVectors:
    """The label and own-words vectors of one index's facts, embedded once each."""

    # a prose figure whose own words stand out in embedding similarity to the ask's words: its similarity is at
    # least LEAF_GAP above the median of the scoped prose figures' and LEAF_MARGIN above any other figure's
    # (the ask in English, the label in Chinese: "leadership info" -> 领导信息, "land and mineral trading" ->
    # 土地矿产资源交易…); measured on e5-small: asks about figures a report holds stand 0.05-0.07 above the median,
    # asks about figures it lacks at most 0.04
    # per report, over the reports a question names (at most LEAF_REPORTS_MAX: a question that names none is
    # no ask about one report's figure)
    LEAF_GAP, LEAF_MARGIN, LEAF_MIN_FIGURES, LEAF_BONUS, LEAF_REPORTS_MAX = 0.045, 0.015, 5, 0.6, 3

    def __init__(self, index) -> None:
        self.index = index
        self.labels: dict[str, np.ndarray] = {}  # a fact's search text (its label path), embedded as a passage
        self.leaves: dict[str, np.ndarray] = {}  # a prose figure's own words (fact_leaf), embedded as a query

    def _embedded(self, embedder, texts: list[str]) -> np.ndarray:
        settings = self.index.settings
        if getattr(settings, "embedding_cache", None):
            from ingest.embed import EmbeddingCache, embed_with_cache

            cache = EmbeddingCache(settings.embedding_cache)
            try:
                return embed_with_cache(embedder, cache, texts)
            finally:
                cache.close()
        return embedder.embed_passages(texts)

    def of_labels(self, labels: list[str]) -> dict[str, np.ndarray]:
        """Vectors of `labels` (fact search texts); {} without an embedder (a store without vectors)."""
        todo = [t for t in dict.fromkeys(labels) if t not in self.labels]
        if todo:
            try:
                vecs = self._embedded(self.index.embedder, todo)
                self.labels.update(zip(todo, np.asarray(vecs, np.float32)))
            except Exception:  # no embedder (a store without vectors): lexical ranking only
                return {}
        return {t: self.labels[t] for t in labels if t in self.labels}

    def of_leaves(self, leaves: list[str]) -> dict[str, np.ndarray]:
        """Vectors of prose figures' own words, embedded as queries; {} without an embedder."""
        todo = [t for t in dict.fromkeys(leaves) if t not in self.leaves]
        if todo:
            try:
                vecs = self._embedded(_QuerySide(self.index.embedder), todo)
                self.leaves.update(zip(todo, np.asarray(vecs, np.float32)))
            except Exception:  # no embedder: lexical ranking only
                return {}
        return {t: self.leaves[t] for t in leaves if t in self.leaves}

    def leaf_bonus(self, facts: list[Fact], terms: dict[str, float]) -> np.ndarray:
        """LEAF_BONUS for the facts whose own words are their report's leaf winner (leaf_winner), else 0."""
        out = np.zeros(len(facts), np.float32)
        docs = list(dict.fromkeys(f.doc_id for f in facts))
        phrase = ask_phrase(terms)
        if not phrase or len(docs) > self.LEAF_REPORTS_MAX:
            return out
        qv = None
        for d in docs:
            mine = [i for i, f in enumerate(facts) if f.doc_id == d]
            leaves = list(dict.fromkeys(x for x in (fact_leaf(facts[i]) for i in mine) if x))
            if len(leaves) < self.LEAF_MIN_FIGURES:
                continue
            if qv is None:
                try:
                    qv = np.asarray(self.index.embedder.embed_query(phrase), np.float32)  # (memoised: one ask, one vector)
                except Exception:  # no embedder
                    return out
            winner = self.leaf_winner(leaves, qv)
            for i in mine:
                if winner and fact_leaf(facts[i]) == winner:
                    out[i] = self.LEAF_BONUS
        return out

    def leaf_winner(self, leaves: list[str], qv: np.ndarray) -> str:
        """The one of `leaves` (one report's prose figures' own words) the ask (its vector `qv`) clearly means."""
        vecs = self.of_leaves(leaves)
        if len(vecs) < len(leaves):
            return ""
        return standing_out({t: float(vecs[t] @ qv) for t in leaves}, self.LEAF_GAP, self.LEAF_MARGIN)


def standing_out(sims: dict[str, float], gap: float, margin: float) -> str:
    """The one of `sims` (own words -> similarity to the ask) that clearly stands out: at least `gap` above the median
    and `margin` above the next of other words; else ""."""
    if not sims:
        return ""
    ranked = sorted(sims, key=lambda t: -sims[t])
    best = ranked[0]
    # the same figure's share ("领导信息占比") is no rival of the figure
    rival = next((t for t in ranked[1:] if best not in t and t not in best), None)
    median = float(np.median(list(sims.values())))
    if sims[best] - median >= gap and (rival is None or sims[best] - sims[rival] >= margin):
        return best
    return ""
