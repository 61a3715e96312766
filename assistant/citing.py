"""Citations of evidence: a fact's or a text span's place in its report, quoted from the original text.

A fact is cited by its quote span, narrowed for a prose figure to the clause that states it (not its neighbours'
figures) and widened for a table cell to the row with its header; a span of the cleaned text by the original
characters it came from.  Mixed into ``assistant.evidence.EvidenceGatherer``, which holds ``self.index``.
"""

from __future__ import annotations

import bisect

from assistant.core.types import Citation, Fact, Report
from assistant.labels import with_header
from assistant.shapes import own_clause


class Citing:
    """Citations of facts and spans of the reports of ``self.index``."""

    def fact_citation(self, f: Fact, r: Report) -> Citation:
        original, clean, index = self.index.texts(r.doc_id)
        qs, qe = f.quote_start, f.quote_end
        if f.kind == "narrative" and f.value is not None and index:
            # the clause that states this figure, not its neighbours' figures ("部分公开51件" of "予以公开60件,部分公开51件");
            # found in the cleaned text (a mirror's "商業(yè)" is no bracket), quoted from the original
            c = [bisect.bisect_left(index, x) for x in (qs, f.start, f.end, qe)]
            if c[0] <= c[1] < c[2] <= c[3] <= len(clean):
                a, b = own_clause(clean, (c[0], c[3]), (c[1], c[2]))
                if (a, b) != (c[0], c[3]) and b > a:
                    qs, qe = index[a], index[b - 1] + 1
        elif f.kind == "table":
            qs = with_header(original, qs, qe)
        return Citation(
            n=0, doc_id=r.doc_id, source=r.sources[0] if r.sources else "", title=r.display_title, agency=r.agency,
            year=r.year, section=f.section, quote=original[qs:qe], start=qs,
            end=qe, row=f.row, column=f.column or None,
            highlight=original[f.start : f.end], highlight_start=f.start, highlight_end=f.end, warnings=r.warnings,
            page=r.page_at(f.start), ocr=r.ocr,
        )

    def span_citation(self, r: Report, section: str, clean_s: int, clean_e: int,
                      highlight: tuple[int, int] | None = None) -> Citation:
        original, _clean, index = self.index.texts(r.doc_id)
        s, e = index[clean_s], index[clean_e - 1] + 1
        c = Citation(
            n=0, doc_id=r.doc_id, source=r.sources[0] if r.sources else "", title=r.display_title, agency=r.agency,
            year=r.year, section=section, quote=original[s:e], start=s, end=e, warnings=r.warnings,
            page=r.page_at(s), ocr=r.ocr,
        )
        if highlight:
            hs, he = index[highlight[0]], index[highlight[1] - 1] + 1
            if s <= hs < he <= e:
                c.highlight, c.highlight_start, c.highlight_end = original[hs:he], hs, he
        return c
