"""A large synthetic store, fast, for query measurements (not an ingest measurement).

Embedding 120,000 chunks is what made the 10,000-report store take 73 minutes; the query benchmarks
need a store of that size, not those vectors.  So the synthetic reports (bench.synth) go through the
product's own ingest (`ingest_paths`: parallel parsing, facts, chunks, Chroma + SQLite writes, per-report
commits) with one difference: the embedder.  `SectionVectors` embeds, with the real fast `use` model,
one representative text per distinct chunk *section* (all synthetic reports share the template's
sections: ~15 distinct texts) and gives every chunk of that section the same vector.  Dense search
therefore finds the right section but cannot tell agencies apart; the benchmark questions name their
agency and year, so the scope step restricts the search to the right report either way.  The store
records this in its meta table (``synthetic_vectors``) and docs/benchmarks.md says so.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ingest.embed import EMBEDDERS, Embedder

NAME = "use-by-section"


def _section_key(index_text: str) -> str:
    # index text = "context\nsection\n[header\n]body": the section path is the second line
    lines = index_text.split("\n", 3)
    return lines[1] if len(lines) > 1 else ""


class SectionVectors:
    """Embedder protocol: real `use` vectors, one per distinct section, reused for every chunk of it."""

    def __init__(self, base: Embedder) -> None:
        self.base = base
        self.name = base.name  # queries are embedded by the same model, so the store says `use`
        self.memo: dict[str, np.ndarray] = {}
        self.embedded = 0

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        keys = [_section_key(t) for t in texts]
        todo = {k: t for k, t in zip(keys, texts) if k not in self.memo}
        if todo:
            vecs = self.base.embed_passages(list(todo.values()))
            self.memo.update(zip(todo, vecs))
            self.embedded += len(todo)
        return np.stack([self.memo[k] for k in keys])

    def embed_query(self, text: str) -> np.ndarray:
        return self.base.embed_query(text)


def register() -> None:
    if NAME not in EMBEDDERS:
        # (the factory runs under get_embedder's lock: build the base model directly, not through get_embedder)
        EMBEDDERS[NAME] = lambda s: SectionVectors(EMBEDDERS["use"](s))


# --- cloning: 10,000+ reports without parsing each one ---------------------------------------------


def _replacer(pairs: list[tuple[str, str]]):
    def rep(s: str) -> str:
        for a, b in pairs:
            s = s.replace(a, b)
        return s

    return rep


def clone_processed(text: str, pr, pairs: list[tuple[str, str]]):
    """A processed report with its names replaced (same-length CJK names, so every offset holds)."""
    from dataclasses import replace

    from assistant.core.types import Chunk, Fact, Report
    from ingest.pipeline import doc_id_of

    rep = _replacer(pairs)
    new_text = rep(text)
    new_id = doc_id_of(new_text)
    rep_id = _replacer([*pairs, (pr.report.doc_id, new_id)])
    report = Report.model_validate_json(rep_id(pr.report.model_dump_json()))
    chunks = [Chunk.model_validate_json(rep_id(c.model_dump_json())) for c in pr.chunks]
    facts = [Fact.model_validate_json(rep_id(f.model_dump_json())) for f in pr.facts]
    ct = replace(pr.ct, original=new_text, text=rep(pr.ct.text))
    tokens = [[rep(t) for t in toks] for toks in pr.tokens]
    return new_text, replace(pr, report=report, ct=ct, chunks=chunks, facts=facts,
                             index_texts=[rep(t) for t in pr.index_texts], tokens=tokens)


def build_cloned_store(n: int, store_dir, corpus_dir, settings, workers: int, progress=None) -> dict:
    """`n` synthetic reports: one real report per (agency type, year) of the corpus is generated and
    processed by the product pipeline (`ingest.pipeline.process`, in worker processes); every other
    report is that base report with another fictional place name (same length, so offsets hold) and
    the base's figures.  Each is written through `Store.write_report` (vectors: SectionVectors)."""
    import hashlib
    import json
    import random
    import tempfile
    from pathlib import Path

    from pypinyin import lazy_pinyin

    from bench.synth import AGENCY_TYPES, YEARS, SynthReport, build, combos, places
    from ingest.index import Store
    from ingest.pipeline import _processed

    cs = combos()[:n]
    bases: dict[tuple[int, int], tuple[int, int]] = {}
    for i, (p, t, y) in enumerate(cs):
        bases.setdefault((t, y), (i, p))
    tmp = Path(tempfile.mkdtemp(prefix="synth_bases_"))
    base_rep: dict[tuple[int, int], SynthReport] = {}
    todo = []
    for (t, y), (i, p) in bases.items():
        r = build(i, p, t, y, random.Random(f"7:{p}:{t}:{y}"))
        (tmp / r.file).write_text(r.text, encoding="utf-8")
        base_rep[(t, y)] = r
        todo.append((tmp / r.file, str(tmp / r.file), ""))
    processed = {}
    for path, _key, _h, result in _processed(todo, settings, workers):
        if result[0] != "ok":
            raise RuntimeError(result[1])
        processed[path.name] = (result[1], result[2])
    store = Store(store_dir, settings)
    store.check_location()
    vec = SectionVectors(EMBEDDERS["use"](settings))
    store.check_embedder(vec.name, "use")
    corpus_dir.mkdir(parents=True, exist_ok=True)
    keys = []
    batch: list = []

    def flush() -> None:
        if not batch:
            return
        chunks = [c for _, _, pr in batch for c in pr.chunks]
        texts = [t for _, _, pr in batch for t in pr.index_texts]
        store.add_vectors(chunks, vec.embed_passages(texts), texts)
        for path, text, pr in batch:
            store.write_report(pr.report, text, pr.ct.text, pr.ct.index, pr.chunks, pr.tokens, None, pr.index_texts,
                               pr.facts, path, hashlib.sha256(text.encode()).hexdigest(), vectors_written=True)
            if progress:
                progress(path)
        batch.clear()

    n_chunks = n_facts = 0
    for i, (p, t, y) in enumerate(cs):
        base = base_rep[(t, y)]
        text, pr = processed[base.file]
        place, place_en = places()[p]
        typ, typ_en = AGENCY_TYPES[t]
        file = f"SYNTH_{i:05d}_{''.join(lazy_pinyin(place))}_{t:02d}_{YEARS[y]}" + Path(base.file).suffix
        if p != bases[(t, y)][1]:
            old_en = places()[bases[(t, y)][1]][1]  # "Zhixi City"
            py = lambda s: "".join(lazy_pinyin(s))  # noqa: E731
            pairs = [(base.file, file), (base.place, place), (base.place[:2], place[:2]),  # names, then their romanisations
                     (old_en, place_en), (old_en.lower(), place_en.lower()), (py(base.place), py(place)),
                     (old_en.split()[0], place_en.split()[0]), (py(base.place[:2]), py(place[:2]))]
            text, pr = clone_processed(text, pr, pairs)
        key = SynthReport(n=i, file=file, agency=place + typ, place=place, agency_type=typ, year=YEARS[y], fmt=base.fmt,
                          en_name=f"the {place_en} {typ_en}" if typ_en else None, values=base.values,
                          t2=base.t2, t3=base.t3, t4=base.t4)
        keys.append(key)
        batch.append((str(corpus_dir / file), text, pr))
        n_chunks += len(pr.chunks)
        n_facts += len(pr.facts)
        if len(batch) >= 40:
            flush()
    flush()
    with (corpus_dir / "answers.jsonl").open("w", encoding="utf-8") as fh:
        for k in keys:
            fh.write(json.dumps(k.key(), ensure_ascii=False) + "\n")
    from ingest.lexical import ensure_index

    ensure_index(store)
    store.set_meta("synthetic_vectors", "use vectors of one representative text per section, reused (bench.synth_store)")
    store.close()
    return {"bases_processed": len(todo), "chunks": n_chunks, "facts": n_facts, "added": n,
            "distinct_texts_embedded": vec.embedded}
