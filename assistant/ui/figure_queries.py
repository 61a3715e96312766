"""The Figures tab's store side (a mixin of UIApp): one SQL query per filter change, never every fact.

A province-wide store holds millions of facts: the table shows at most figures.MAX_ROWS of them with
how many match (one SQL COUNT), the filter choices come from the report catalog (cached per store
generation), the exports stream every matching row to a file, and gr.State holds only the filter and a
picked row's key, never facts.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from assistant.ui import figures as G
from assistant.ui.source import source_view


class FigureQueries:
    def figure_choices(self):
        """(agencies, regions, years, tables) of the Figures filters: the catalog + the facts' table names,
        cached per store generation."""
        self.index.refresh()
        gen = self.index.store.generation
        cached = getattr(self, "_fig_choices", None)
        if cached is None or cached[0] != gen:
            cached = (gen, G.catalog_choices(self.index.reports, self.index.store.fact_tables()))
            self._fig_choices = cached
        return cached[1]

    def _fig_filter(self, query: dict | None) -> dict:
        from ingest.library import fact_filter

        q = query or {}
        return fact_filter(self.index.store, q.get("agency"), q.get("year"), None, q.get("region"), q.get("table"),
                           q.get("search"))

    def figures(self, query: dict | None, limit: int | None = G.MAX_ROWS, offset: int = 0):
        """The facts matching `query` ({agency, region, year, table, search}), at most `limit` of them."""
        self.index.refresh()
        return self.index.store.facts(**self._fig_filter(query), limit=limit, offset=offset)

    def figure_page(self, query: dict | None, lang: str) -> tuple[list[list], str]:
        """(table rows, count line) of the Figures tab: MAX_ROWS rows at most, and how many match."""
        facts = self.figures(query)
        total = len(facts) if len(facts) < G.MAX_ROWS else self.index.store.count_facts(**self._fig_filter(query))
        return G.rows(facts, lang), G.count_text(len(facts), total, lang)

    def export_figures(self, kind, query: dict | None) -> str:
        """Every fact matching `query`, streamed from the store to a file (CSV = `python -m assistant facts`)."""
        from ingest.library import write_facts_csv

        self.index.refresh()
        facts = self.index.store.iter_facts(**self._fig_filter(query))
        self.export_dir.mkdir(parents=True, exist_ok=True)
        path = Path(tempfile.mkdtemp(dir=self.export_dir)) / f"figures-{time.strftime('%Y%m%d-%H%M%S')}.{kind}"
        if kind == "csv":
            with path.open("w", encoding="utf-8", newline="") as out:
                write_facts_csv(facts, out)
        else:
            G.facts_xlsx(facts, path)
        return str(path)

    def figure_key(self, query: dict | None, i: int) -> dict | None:
        """Row `i` of the table drawn for `query`, as a small key (not the fact) for gr.State."""
        got = self.figures(query, limit=1, offset=i) if 0 <= i < G.MAX_ROWS else []
        if not got:
            return None
        f = got[0]
        return {"doc_id": f.doc_id, "start": f.start, "end": f.end, "table": f.table, "row": f.row, "column": f.column}

    def figure_source(self, key: dict | None, lang: str) -> str:
        """The source view of a picked figure, or the "click a row" hint (in `lang`)."""
        f = None
        if key:
            f = next((x for x in self.index.store.facts([key["doc_id"]]) if all(getattr(x, k) == v for k, v in key.items())),
                     None)
        if f is None:
            return G.source_hint(lang)
        r = self.reports_map().get(f.doc_id)
        c = G.as_citation(f, r.display_title if r else None)
        got = self.texts(f.doc_id)
        if got:
            c = c.model_copy(update={"quote": got[0][c.start:c.end]})
        return source_view(self.texts, c, lang, self.reports_map())

