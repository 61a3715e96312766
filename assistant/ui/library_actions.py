"""The Library tab's handlers (a mixin of UIApp): add, delete and re-ingest reports, correct a report's identity, and the outputs after any library change."""

from __future__ import annotations

from assistant.ui import format as F
from assistant.ui.strings import msg, words
from ingest.library import LibraryBusy, Problem


class LibraryActions:
    """Reads ``self.library_w``, ``self.index``, ``self.reports_map``, ``self.filter_choices`` and ``self.table_facts``
    of UIApp."""

    def _title(self, doc_id: str) -> str:
        r = self.reports_map().get(doc_id)
        return F.readable_title(r.title, r.agency, r.year) if r else doc_id

    def _problems(self, problems: list[Problem], lang: str) -> list[str]:
        return [msg(p.code if p.code != "load_failed" else "failed", lang, **p.args) for p in problems]

    def _summary_lines(self, summary, lang: str) -> list[str]:
        lines = []
        if summary.added:
            lines.append(msg("added", lang, n=len(summary.added), names="、".join(summary.added)))
        if summary.unchanged:
            lines.append(msg("unchanged", lang, names="、".join(summary.unchanged)))
        lines += [msg("duplicate", lang, name=n) for n, _ in summary.duplicates]
        lines += [msg("failed", lang, reason=r) for _, r in summary.failed]
        lines += [msg("warning", lang, name=n, warning=w) for n, w in summary.warnings]
        return lines

    def _stage(self, progress, lang):
        def stage(name: str, done: int, total: int, file: str) -> None:
            if progress is None:
                return
            if name == "loading":
                progress((0, total), desc=msg("loading", lang))
            elif name == "ingesting":
                progress((done, total), desc=msg("ingesting", lang, name=file))
            else:
                progress((total, total), desc=msg("ingest_done", lang))
        return stage

    def ingest_uploads(self, files, lang, progress=None):
        files = [f for f in (files or []) if f]
        if not files:
            return msg("no_files", lang)
        try:
            summary, problems = self.library_w.add(files, self._stage(progress, lang))
        except LibraryBusy:
            return msg("busy", lang)
        self.index.refresh()
        lines = self._summary_lines(summary, lang) if summary else []
        return "\n".join(lines + self._problems(problems, lang))

    def _change(self, doc_id, lang, write):
        """Run write(doc_id), a library change to one report, and refresh the index.
        Returns (None, the report's title, what write returned), or (the message why not, "", None)
        when no report is picked, it is no longer in the store, or the library is busy."""
        if not doc_id:
            return msg("no_report", lang), "", None
        if doc_id not in self.reports_map():
            return msg("not_in_store", lang), "", None
        title = self._title(doc_id)
        try:
            result = write(doc_id)
        except LibraryBusy:
            return msg("busy", lang), "", None
        self.index.refresh()
        return None, title, result

    def delete(self, doc_id, lang):
        refused, title, _ = self._change(doc_id, lang, self.library_w.delete)
        return refused if refused is not None else msg("deleted", lang, title=title)

    def reingest(self, doc_id, lang, progress=None):
        refused, title, got = self._change(
            doc_id, lang, lambda d: self.library_w.reingest(d, self._stage(progress, lang)))
        if refused is not None:
            return refused
        summary, problems = got
        if summary is None:
            return "\n".join(msg("no_source_file", lang, title=title, **p.args) if p.code == "no_source_file"
                             else msg("failed", lang, reason=p.args.get("reason", "")) for p in problems)
        lines = [msg("reingested", lang, title=title)] if not summary.failed else []
        lines += [msg("failed", lang, reason=r) for _, r in summary.failed]
        lines += [msg("warning", lang, name=n, warning=w) for n, w in summary.warnings]
        return "\n".join(lines)

    def set_identity(self, doc_id, agency, region, year, lang) -> str:
        if not doc_id or doc_id not in self.reports_map():
            return msg("no_report", lang)
        r = self.reports_map()[doc_id]
        fields = {}
        if (agency or "") != (r.agency or ""):
            fields["agency"] = agency
        if (region or "") != (r.region or ""):
            fields["region"] = region
        if str(year or "") != str(r.year or ""):
            fields["year"] = year
        if not fields:  # said, not silent: an empty status line reads as "nothing happened yet"
            return msg("identity_unchanged", lang, title=self._title(doc_id))
        try:
            self.library_w.set_identity(doc_id, **fields)
        except LibraryBusy:
            return msg("busy", lang)
        except ValueError:
            return msg("failed", lang, reason=f"year: {year}")
        self.index.refresh()
        w = words(lang)
        return msg("identity_saved", lang, title=self._title(doc_id), fields="、".join(w[k] for k in fields))

    def library(self, lang, selected=None):
        """Outputs after any library change: table, selector, and the three filter dropdowns."""
        import gradio as gr

        agencies, years, docs = self.filter_choices()
        known = {d for _, d in docs}
        selected = selected if selected in known else None
        return (
            F.library_html(self.index.reports, lang, selected, self.table_facts()),
            gr.update(choices=docs, value=selected),
            gr.update(choices=agencies),
            gr.update(choices=years),
            gr.update(choices=docs),
        )
