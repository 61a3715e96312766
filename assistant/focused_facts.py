"""Facts narrowed to what one ask names on its own: the figures whose words hold the ask's focus, and the figure written right after the one just answered (a mixin of FactSearch)."""

from __future__ import annotations

import dataclasses
import re

from assistant.core.types import Fact
from assistant.label_term_filters import compares_years, without_year_change_words
from assistant.labels import fact_search_text, has
from assistant.query import ParsedQuestion
from assistant.sentence_figures import figures_after
from assistant.shapes import own_clause


class FocusedFacts:
    """Mixin of ``assistant.fact_search.FactSearch`` (reads ``self.index``, ``self.fact_index``, ``self.key_terms``,
    ``self.label_terms``)."""

    def naming_focus(self, facts: list[Fact], focus: str, q: ParsedQuestion) -> list[Fact]:
        """`facts` without the figures whose label lacks every content word of a Chinese `focus` (an ask's own
        words among siblings: assistant.ask_focus.set_focus); all of them when the focus has no content word."""
        if not focus or not re.search(r"[\u4e00-\u9fff]", focus):
            return facts
        own = {t: w for t, w in self.key_terms(dataclasses.replace(q, norm=focus, focus="")).items()
               if re.search(r"[\u4e00-\u9fff]", t)}
        if compares_years(q, {self.index.by_doc[d].year for d in (q.doc_ids or []) if d in self.index.by_doc}):
            own = without_year_change_words(own)  # ("人事任免，2020年比2019年增加还是减少了": 增加 is the frame, no label word)
        if not own:
            return facts
        # its rarest words: "会议" of "发布政府会议" ("发布" is in every label about publishing)
        rare = [t for t, w in own.items() if w >= 0.8 * max(own.values())]
        return [f for f in facts if f.value is None or f.kind not in ("narrative", "table")
                or all(has(t, self._own_words(f)) for t in rare)]

    def _own_words(self, f: Fact) -> str:
        """A figure's labels and the clause of the report that states it ("…等3个频道": the counted noun follows)."""
        text = fact_search_text(f) + " " + f.row + " " + f.column
        if f.table == "narrative" and f.quote_end > f.quote_start:
            original = self.index.texts(f.doc_id)[0]
            a, b = own_clause(original, (f.quote_start, f.quote_end), (f.start, f.end))
            text += " " + original[a:b]
        return text

    def following_fact(self, prev: Fact, q: ParsedQuestion, rate: bool = False) -> Fact | None:
        """"…accepted how many visits, and how many of them were concluded": the figure the report writes right after
        the one just answered, in the same sentence, whose label names the ask ("受理来访68333案次,办结60511案次"), before
        a figure of that label elsewhere ("其中3265案次已办结" of another count); `rate`: only a percentage ("受理X件次,
        即时办结Y件次,…,办结率Z%": the 办结率 of the X, not a 办结 count nor the rate of a count written before it)."""
        if prev.kind != "narrative" or prev.value is None:
            return None
        terms = [t for t in self.label_terms(q) if re.search(r"[\u4e00-\u9fff]", t)]
        if not terms:
            return None
        original = self.index.texts(prev.doc_id)[0]
        for f in figures_after(prev, self.fact_index.facts([prev.doc_id]), original):
            if (not rate or f.unit == "%") and any(has(t, f.label_zh or "") for t in terms):
                return f
        return None  # the sentence ended: no figure of its own follows
