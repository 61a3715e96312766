"""A stand-in for what the evidence side reads of a SearchIndex: one report, its facts and text, no embedder
(label search is lexical only). For unit tests of evidence gathering and answer writing."""

from __future__ import annotations

import math

from assistant.core.types import Fact, Report


class _Store:
    def __init__(self, facts: list[Fact]) -> None:
        self._facts = facts

    def facts(self, doc_ids=None, metric=None, table=None):
        return [f for f in self._facts if doc_ids is None or f.doc_id in doc_ids]


class FakeIndex:
    generation = 1
    settings = None
    bm25 = None

    def __init__(self, report: Report, facts: list[Fact], original: str) -> None:
        self.reports = [report]
        self.by_doc = {report.doc_id: report}
        self.store = _Store(facts)
        self._original = original

    def texts(self, doc_id):
        return self._original, self._original, list(range(len(self._original)))

    @property
    def embedder(self):
        raise RuntimeError("no embedder in this test: lexical label search only")


def index_of(report: Report, original: str) -> FakeIndex:
    """A FakeIndex over one fictional report whose text needs no cleaning (cleaned == original, so offsets map
    1:1), with the facts the ingest derives from it."""
    from ingest.clean import clean

    assert clean(original).text == original.strip("\n"), "the fixture must need no cleaning"
    return FakeIndex(report, facts_of(report, original), original)


def facts_of(report: Report, original: str, **fields) -> list[Fact]:
    """The facts the ingest derives from one fictional report's text (cleaned as the ingest cleans it);
    `fields` override the report's own (agency, year, region, source) on every fact."""
    from ingest.clean import clean
    from ingest.facts import build_facts
    from ingest.narrative import extract_narrative_facts
    from ingest.structure import split_sections
    from ingest.tables import extract_table_facts

    ct = clean(original)
    kw = {"source": report.sources[0], "agency": report.agency, "year": report.year, **fields}
    return build_facts(ct, split_sections(ct.text), extract_table_facts(ct.text), extract_narrative_facts(ct.text),
                       doc_id=report.doc_id, **kw)


def answer_from_facts(report: Report, original: str, question: str, **fields):
    """The extractive answer to `question` over one report's facts alone (no retrieved passages)."""
    from assistant.answer import ExtractiveEngine
    from assistant.query import parse_question

    index = FakeIndex(report, facts_of(report, original, **fields), original)
    return ExtractiveEngine(index, 0.34).answer(parse_question(question, [report]), [])


def line_passages(report: Report, original: str) -> list:
    """Every non-empty line of the report as one retrieved passage, earlier lines ranked higher."""
    from assistant.core.types import Chunk, Passage

    out, pos = [], 0
    for i, line in enumerate(original.splitlines(keepends=True)):
        s, e = pos, pos + len(line.rstrip("\n"))
        pos += len(line)
        if line.strip():
            out.append(Passage(Chunk(chunk_id=f"{report.doc_id}:{i:04d}", doc_id=report.doc_id, source=report.sources[0],
                                     text=original[s:e], clean_text=original[s:e], start=s, end=e, clean_start=s),
                               1.0 - i / 20))
    return out


class LineIdf:
    """Inverse document frequency over the report's lines (the store's BM25 stand-in): a word few lines hold
    weighs more ("会议" over "发布")."""

    def __init__(self, text: str) -> None:
        self.lines = [ln for ln in text.splitlines() if ln.strip()]

    def idf(self, tok: str) -> float:
        return math.log((len(self.lines) + 1) / (sum(tok in ln for ln in self.lines) + 0.5))


def answer_from_lines(report: Report, original: str, question: str, idf: bool = True):
    """The extractive answer to `question` over one report, its lines as the retrieved passages (and, with `idf`,
    the lines' IDF standing in for BM25; without it, no word weighs more than another)."""
    from assistant.answer import ExtractiveEngine
    from assistant.query import parse_question

    index = index_of(report, original)
    if idf:
        index.bm25 = LineIdf(original)
    return ExtractiveEngine(index, 0.34).answer(parse_question(question, [report]), line_passages(report, original))


def two_report_index(a: Report, b: Report, text: str, b_facts: bool = True) -> FakeIndex:
    """A FakeIndex over two fictional reports written as one text, a line each: `a`'s facts are those of the first
    line, `b`'s those after it (none with `b_facts` False: a line the ingest reads no fact from); the lines' IDF
    stands in for BM25.  For comparisons of two reports."""
    cut = text.index("\n")
    facts = [f for f in index_of(a, text).store._facts if f.end <= cut]
    if b_facts:
        facts += [f for f in index_of(b, text).store._facts if f.start > cut]
    index = index_of(a, text)
    index.store._facts = facts
    index.reports, index.by_doc = [a, b], {a.doc_id: a, b.doc_id: b}
    index.bm25 = LineIdf(text)
    return index
