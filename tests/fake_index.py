"""A stand-in for what the evidence side reads of a SearchIndex: one report, its facts and text, no embedder
(label search is lexical only). For unit tests of evidence gathering and answer writing."""

from __future__ import annotations

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
