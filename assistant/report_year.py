"""An ask of the year a report is about ("南昌县样例局那份年报写的是哪一年的工作", "which year does the report cover").

The year is the report's own (the catalog's ``Report.year``, read by ingest from its title or, for a copy with no title,
from its text); the answer cites the first sentence of the text that writes that year, so the year is seen where the
report states it.  A report whose year the catalog does not hold, or whose text never writes it, is left to the other
steps (no year is guessed).  The ask's words are data (glossary.toml [patterns] report_year_ask).

``ReportYear`` is a mixin of ``assistant.answer.ExtractiveEngine`` (it reads ``self.index`` and writes with the
engine's ``span_citation`` / ``_finish``).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Answer, Report
from assistant.query import ParsedQuestion
from assistant.shapes import passage_sentences
from assistant.writeup import Writeup, who

_YEAR_ASK = GLOSSARY.patterns["report_year_ask"]
MAX_REPORTS = 3  # (an ask of the year of every report is no ask of one report's year)


def asks_report_year(norm: str) -> bool:
    return _YEAR_ASK.search(norm) is not None


def first_sentence_with_year(clean: str, year: int) -> tuple[int, int] | None:
    """The (start, end) of the first sentence of `clean` writing `year` as a year ("2010年", "2010 年度"), else None."""
    m = re.search(rf"(?<!\d){year}(?!\d)\s*(?:年|-|—|年度)?", clean)
    if not m:
        return None
    return next(((s, e) for s, e in passage_sentences(clean) if s <= m.start() < e), None)


class ReportYear:
    def _report_year(self, q: ParsedQuestion, docs: list[Report] | None, t: dict) -> Answer | None:
        """The answer of an ask of the reports' own years, one line each, or None when it is no such ask or a report in
        scope has no year its text writes."""
        if not docs or len(docs) > MAX_REPORTS or not asks_report_year(q.norm):
            return None
        w = Writeup()
        for r in docs:
            clean = self.index.texts(r.doc_id)[1]
            span = first_sentence_with_year(clean, r.year) if r.year else None
            if span is None:
                return None
            s, e = span
            n = w.cite(self.span_citation(r, "", s, e))
            w.lines.append(t["report_year"].format(who=who(r, q.language), year=r.year, quote=clean[s:e].strip(), n=n))
        return self._finish(q, w, answered=True)
