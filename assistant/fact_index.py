"""The label search over a store's facts: each report's facts with their label texts (assistant/labels.py),
loaded per store generation (an idf sample of reports, the rest on demand), ranked for an ask by lexical coverage
of its terms over jieba tokens plus embedding similarity (assistant/label_vectors.py; label vectors embedded once
per store change, in the background, and kept in the embedding cache).
"""

from __future__ import annotations

import bisect
import re
import threading

import numpy as np

from assistant.core.glossary import GLOSSARY
from assistant.core.text import tokenize
from assistant.core.types import Fact
from assistant.label_vectors import LabelVectors
from assistant.labels import counted_noun, fact_leaf, fact_search_text, has
from assistant.prose_totals import with_prose_totals

# a label that lists several things and sums them up: "工程建设、政府采购、土地矿产…等共计"
AGGREGATE = re.compile(r"、[^ ]*(?:共计|合计|总计)")
_TOTAL_NAMED = GLOSSARY.patterns["total_named"]
_TOTAL_ROW = re.compile(r"(?:^|[ /）)])(?:总计|合计|共计|总数)$")


def _saved_sample(store, gen: object, sample: list[str]) -> tuple[dict[str, float], list[str]] | None:
    """The label sample saved for this store generation (assistant/label_sample.py), if any."""
    if store is None or not sample or not isinstance(gen, tuple) or not isinstance(gen[0], int) or gen[0] < 0:
        return None
    from assistant import label_sample

    try:
        return label_sample.load(store.path, gen[0], gen[1], sample)
    except Exception:  # never fail a question over a derived file
        return None


def _save_sample(store, gen: object, sample: list[str], idf: dict[str, float], labels: list[str]) -> None:
    if store is None or not sample or not isinstance(gen, tuple) or not isinstance(gen[0], int) or gen[0] < 0:
        return
    from assistant import label_sample

    try:
        label_sample.save(store.path, gen[0], gen[1], sample, idf, labels)
    except Exception as e:  # a read-only store folder: serve from memory
        import logging

        logging.getLogger(__name__).warning("could not save the label sample: %s", e)


class FactIndex:
    """The store's facts, searchable by label; rebuilt when the store changes (its generation)."""

    def __init__(self, index) -> None:
        self.index = index
        self._gen: object = None
        self._lock = threading.Lock()
        self._by_doc: dict[str, list[Fact]] = {}
        self._texts: dict[str, list[str]] = {}  # per report: the search text of each fact, in order
        self.vectors = LabelVectors(index)  # the labels' and prose figures' own words' embeddings
        self._idf: dict[str, float] = {}
        self._warming: threading.Thread | None = None
        self._tails: dict[tuple[str, int], str] = {}  # (doc_id, end of a prose figure) -> what it counts
        if getattr(index, "store", None) is not None:  # (scale, issue 14) built while the store opens, not on the first question
            threading.Thread(target=self._warm_up, name="fact-index-warm-up", daemon=True).start()

    def _warm_up(self) -> None:
        try:
            self._refresh()
        except Exception:  # the first question builds it (and reports any problem) itself
            pass

    def _refresh(self) -> None:
        gen = (getattr(self.index, "generation", None), len(self.index.reports))
        if gen == self._gen:
            return
        with self._lock:
            if gen == self._gen:
                return
            by_doc: dict[str, list[Fact]] = {}
            texts: dict[str, list[str]] = {}
            df: dict[str, int] = {}
            toks_of: dict[str, set[str]] = {}  # label texts repeat across reports: tokenise each once
            # (scale, issue 14) label idf from the facts of at most IDF_SAMPLE_REPORTS reports (every report
            # of a store that small; an even sample of a larger one); other reports' facts load on demand
            sample = self._sample()
            store = getattr(self.index, "store", None)  # an index without a store (a textbook baseline) has no facts
            # (scale, issue 14) the sample's idf + label texts saved per generation: read back, not rebuilt
            saved = _saved_sample(store, gen, sample)
            if saved is not None:  # the sample's facts load on demand (_load: the same rows, in the same order)
                self._idf, all_labels = saved
                self._by_doc, self._texts, self._gen = {}, {}, gen
            for f in (store.facts(sample) if saved is None and store is not None and sample else []):
                text = fact_search_text(f)
                by_doc.setdefault(f.doc_id, []).append(f)
                texts.setdefault(f.doc_id, []).append(text)
                if text not in toks_of:
                    toks_of[text] = set(tokenize(text))
                for tok in toks_of[text]:
                    df[tok] = df.get(tok, 0) + 1
            texts_of = getattr(self.index, "texts", None)  # (a total summing up a list: its sentence)
            by_doc = {d: with_prose_totals(fs, texts_of) for d, fs in by_doc.items()}  # (a total in other words: its metric)
            if saved is None:
                n = sum(len(v) for v in by_doc.values()) or 1
                self._idf = {t: float(np.log(1 + (n - d + 0.5) / (d + 0.5))) for t, d in df.items()}
                self._by_doc, self._texts, self._gen = by_doc, texts, gen
                all_labels = list(dict.fromkeys(t for ts in texts.values() for t in ts))
                _save_sample(store, gen, sample, self._idf, all_labels)
            # label vectors: embedded once per store change, in the background (and kept in the embedding
            # cache, so a restart reads them back); a question meanwhile embeds only its own reports' labels
            labels = [t for t in all_labels if t not in self.vectors.labels]
            if labels and getattr(self.index, "settings", None) is not None:
                self._warming = threading.Thread(target=self._warm, args=(gen, labels), name="fact-labels", daemon=True)
                self._warming.start()

    def _warm(self, gen: object, labels: list[str]) -> None:
        for i in range(0, len(labels), 64):
            if self._gen != gen:
                return  # the store changed: a newer warm-up takes over
            if not self.vectors.of_labels(labels[i : i + 64]):
                return  # no embedder
        # the own words of the sample's prose figures (read back from the embedding cache after the first time)
        store = getattr(self.index, "store", None)
        sample = self._sample()
        for i in range(0, len(sample), 10):
            if self._gen != gen or store is None:
                return
            leaves = list(dict.fromkeys(x for x in map(fact_leaf, store.facts(sample[i : i + 10])) if x))
            for j in range(0, len(leaves), 64):
                if self._gen != gen or not self.vectors.of_leaves(leaves[j : j + 64]):
                    return

    IDF_SAMPLE_REPORTS = 100
    LOADED_REPORTS_MAX = 2000  # facts of reports loaded on demand, kept (a bound on memory)

    def _sample(self) -> list[str]:
        ids = sorted(r.doc_id for r in self.index.reports)
        step = -(-len(ids) // self.IDF_SAMPLE_REPORTS) if ids else 1
        return ids[::step]

    def _load(self, doc_ids: list[str]) -> None:
        """Facts of reports not loaded yet, through the store's indexed query (never the whole store)."""
        store = getattr(self.index, "store", None)
        missing = [d for d in dict.fromkeys(doc_ids) if d not in self._by_doc]
        if store is None or not missing:
            return
        by_doc: dict[str, list[Fact]] = {d: [] for d in missing}
        for f in store.facts(missing):
            by_doc.setdefault(f.doc_id, []).append(f)
        by_doc = {d: with_prose_totals(fs, getattr(self.index, "texts", None)) for d, fs in by_doc.items()}
        with self._lock:
            if len(self._by_doc) + len(by_doc) > self.LOADED_REPORTS_MAX:
                keep = set(self._sample())
                self._by_doc = {d: v for d, v in self._by_doc.items() if d in keep}
                self._texts = {d: v for d, v in self._texts.items() if d in keep}
            self._by_doc = {**self._by_doc, **by_doc}
            self._texts = {**self._texts, **{d: [fact_search_text(f) for f in fs] for d, fs in by_doc.items()}}

    @property
    def idf(self) -> dict[str, float]:
        """The labels' idf, built (or read back) first: the first question of a fresh process, before the warm-up
        thread has built it, weighs its words as every later one does (never by an empty idf's default)."""
        self._refresh()
        return self._idf

    def facts(self, doc_ids: list[str]) -> list[Fact]:
        self._refresh()
        self._load(doc_ids)
        by_doc = self._by_doc
        return [f for d in doc_ids for f in by_doc.get(d, [])]

    def _search_texts(self, doc_ids: list[str]) -> list[str]:
        self._load(doc_ids)
        texts = self._texts
        return [t for d in doc_ids for t in texts.get(d, [])]

    TAIL_REPORTS_MAX = 20  # label search over this many reports or fewer reads what follows each prose figure

    def _with_counted_nouns(self, facts: list[Fact], labels: list[str]) -> list[str]:
        """Labels of prose figures with what the figure counts, written after it in its clause ("…等3个频道":
        the label ends before the figure, "频道" follows it), for lexical search."""
        out = list(labels)
        texts: dict[str, tuple] = {}
        if len(self._tails) > 200_000:
            self._tails = {}
        for i, f in enumerate(facts):
            if f.kind != "narrative" or f.value is None:
                continue
            key = (f.doc_id, f.end)
            tail = self._tails.get(key)
            if tail is None:
                if f.doc_id not in texts:
                    try:
                        texts[f.doc_id] = self.index.texts(f.doc_id)
                    except (KeyError, AttributeError):  # a report gone from the store, an index without texts
                        texts[f.doc_id] = None
                got = texts[f.doc_id]
                tail = counted_noun(got[1], bisect.bisect_left(got[2], f.end), f.unit not in (None, "", "%")).lower() if got else ""
                self._tails[key] = tail
            if tail:
                out[i] = f"{labels[i]} {tail}"
        return out

    COUNTED_BONUS = 0.05

    def _counts_asked(self, f: Fact, label: str, terms: dict[str, float]) -> float:
        """COUNTED_BONUS for a prose figure followed by the word of the ask's heaviest term ("across how many new-media
        channels": "…等7个新媒体平台" counts platforms) where its label lacks it: the figure counts that thing, while
        a figure labelled with it ("新媒体平台累计发布信息260条") counts something on it; minus it for a figure counting
        the kind of the names listed before it, asked by one of those names; else 0."""
        tail = self._tails.get((f.doc_id, f.end), "")
        if not tail:
            return 0.0
        if re.search(r"等+" + re.escape(tail[:4]), label) and not any(has(t, tail) for t in terms):
            # "有通知公告、工作动态…等9个二级栏目" counts columns: an ask naming one of the listed names ("how many work
            # news items") is no ask of it
            return -self.COUNTED_BONUS
        if len(terms) < 2:
            return 0.0
        top = max(terms, key=terms.get)
        if sorted(terms.values())[-2] >= terms[top] or not re.search(r"[\u4e00-\u9fff]", top):
            return 0.0  # no term stands out as the thing counted
        alts = top.split("|")
        return self.COUNTED_BONUS if any(tail.startswith(a) for a in alts) and not has(top, label) else 0.0

    def search(self, query: str, terms: dict[str, float], doc_ids: list[str], k: int = 12,
               dense: bool = True, leaf: bool | None = None) -> list[tuple[Fact, float]]:
        """Facts of `doc_ids` ranked by how well their labels match the ask: (fact, score in 0..~1.9).
        `dense`: embedding similarity of the whole label paths; `leaf` (default: as `dense`): the bonus of the
        prose figure whose own words the ask's words clearly mean (LabelVectors.leaf_bonus)."""
        leaf = dense if leaf is None else leaf
        facts = self.facts(doc_ids)
        if not facts or not terms:
            return []
        labels = self._search_texts(doc_ids)
        total = sum(terms.values()) or 1.0
        lexical = self._with_counted_nouns(facts, labels) if len(set(doc_ids)) <= self.TAIL_REPORTS_MAX else labels
        lex = [sum(w for tok, w in terms.items() if has(tok, label)) / total for label in lexical]
        if lexical is not labels:
            lex = [x + self._counts_asked(f, labels[i], terms) for i, (f, x) in enumerate(zip(facts, lex))]
        sims = np.zeros(len(facts), np.float32)
        bonus = np.zeros(len(facts), np.float32)
        covered = max(lex) >= 0.75  # labels that cover the ask need no embedding (nor its latency)
        if leaf and max(lex) < 0.5:  # (a label that holds half the ask's words decides without it)
            bonus = self.vectors.leaf_bonus(facts, terms)
        if dense and not covered:
            vecs = self.vectors.of_labels(labels)
            if vecs:
                try:
                    qv = np.asarray(self.index.embedder.embed_query(query), np.float32)
                    sims = np.array([float(vecs[t] @ qv) if t in vecs else 0.0 for t in labels], np.float32)
                except Exception:
                    pass
        scored = [(i, lex[i] + 0.3 * max(0.0, float(sims[i]) - 0.7) / 0.3 + float(bonus[i])) for i in range(len(facts))
                  if lex[i] > 0 or sims[i] > 0.86 or bonus[i] > 0]
        # scores within 0.01 of the best of their run are equal (the rest is noise of the embedding; a fixed grid of
        # 0.01 would part two labels 0.003 apart, as the idf of one more fact in the store moves them): a row before a
        # total that lists several rows
        # ("政府采购公告等信息" before "招投标、政府采购、土地矿产…等共计"), else in the report's order
        # ... and of two figures one clause states ("准确率99%群众满意率97%"), the one whose own label says the ask's words
        # ... and last, of labels holding the ask's words alike, the one holding them together as the ask writes them
        # ("其他处理几件": the row (六)其他处理, not 其他对外管理服务事项's 处理决定数量 column)
        phrases = [a + b for a in terms for b in terms if a != b and re.search(r"[\u4e00-\u9fff]", a + b) and a + b in query]
        tied = near_tie_keys([s for _i, s in scored])
        # (... but an ask naming a total, "发布总量", "in total": first the figure whose own row is the total, 总计)
        total_asked = bool(_TOTAL_NAMED.search(query))
        scored.sort(key=lambda x: (-tied[x[1]], not (total_asked and is_total_row(facts[x[0]].row)),
                                   bool(AGGREGATE.search(labels[x[0]])),
                                   -sum(w for tok, w in terms.items() if facts[x[0]].kind == "narrative"
                                        and has(tok, facts[x[0]].row or "")),
                                   -sum(p in labels[x[0]] for p in phrases)))
        return [(facts[i], s) for i, s in scored[:k]]


NEAR_TIE = 0.01


def near_tie_keys(scores: list[float]) -> dict[float, float]:
    """Each score's rank key: the score leading its run of near ties (scores, best first, each within NEAR_TIE of the
    run's first). Two labels a hair apart rank as equals whatever shifts both a little; a grid (round to 0.01) would
    part 0.586 from 0.583 and join 0.584 with 0.575."""
    keys: dict[float, float] = {}
    lead = None
    for s in sorted(set(scores), reverse=True):
        if lead is None or lead - s > NEAR_TIE:
            lead = s
        keys[s] = lead
    return keys


def is_total_row(row: str | None) -> bool:
    """The row is a total of its own ("总计", "（七）总计"), not a row of one thing."""
    return bool(_TOTAL_ROW.search(row or ""))
