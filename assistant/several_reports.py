"""Answers over several reports: compare two to five, follow one across years, rank, find which have any.  Each
report's figure is a cited fact (of the question's metric, else of the thing it names: assistant.named_figures);
which is more, the change and the difference are computed here, in sight of the cited figures.

``SeveralReports`` is a mixin of ``assistant.answer.ExtractiveEngine`` (it reads ``self.index``, ``self.gatherer``
and writes lines with the engine's ``_fact_line`` / ``_finish``).
"""

from __future__ import annotations

import re

from assistant import decline_trace
from assistant.aggregate import ReportFigure, asks_difference_only, by_year, figures, ranked, with_any
from assistant.core.glossary import GLOSSARY
from assistant.core.metrics import metric
from assistant.core.types import Answer, Fact, Report
from assistant.evidence import AskEvidence
from assistant.labels import fact_label_en
from assistant.lacking_sides import lacking_sides
from assistant.multiples import multiple_line, percent_line
from assistant.named_categories import named_categories
from assistant.named_figures import comparison_asks, named_figures
from assistant.query import ParsedQuestion
from assistant.writeup import Writeup, difference_unit, fmt_value, row_label, shown_gloss, who


class SeveralReports:
    """compare / change / rank / any."""

    def _aggregate(self, q: ParsedQuestion, intent: str, docs: list[Report] | None, t: dict, passages=(),
                   named: list[ReportFigure] | None = None) -> Answer:
        """compare / change / rank / any: figures of several reports, each line cited to its own report (`named`:
        the named reports' figures of something no metric names, found already)."""
        w = Writeup()
        pool = docs if docs is not None else [r for r in self.index.reports if not q.years or r.year in q.years]
        asked = comparison_asks(self.gatherer, q, list(passages)) if docs and 2 <= len(docs) <= 5 and named is None else []
        if named is None:
            figs, label = self._metric_figures(q, docs, pool, asked)
            if intent == "compare" and docs:  # ("甲的政务动态类信息，跟乙的工作动态比": each side's category, not its total)
                named = named_categories(self.gatherer, q, docs)
            if named is None and intent in ("compare", "change") and asked and len(figs) < len(docs):
                # the metric read into the question is not what the reports state: any figure naming the thing
                named = named_figures(self.gatherer, q, docs, asked)
                if not named or len(named) <= len(figs):
                    named = None
        if named is not None:
            figs, label = named, (self._figure_label(named[0].facts[0], q.language) if named else "")
        stand_ins = self._stage_stand_ins(q, docs, figs) if intent == "compare" and docs and 2 <= len(docs) <= 5 else []
        if stand_ins:
            by_doc = {f.report.doc_id: f for f in [*figs, *stand_ins]}
            figs = [by_doc[d.doc_id] for d in docs if d.doc_id in by_doc]
        elif intent == "compare" and docs and 2 <= len(docs) <= 5 and len(figs) < len(docs):
            # a side the asks over all the named reports missed: asked of its own report alone
            own = lacking_sides(self.gatherer, q, docs, {f.report.doc_id for f in figs})
            if own:
                by_doc = {f.report.doc_id: f for f in [*figs, *own]}
                figs = [by_doc[d.doc_id] for d in docs]
                label = label or self._figure_label(figs[0].facts[0], q.language)
        missing = [d for d in pool if d.doc_id not in {f.report.doc_id for f in figs}]
        cited: dict[int, int] = {}  # id(fact) -> its citation number

        def show(fig_list, template="fact"):
            for fig in fig_list:
                for f in fig.facts:
                    line, cited[id(f)] = self._fact_line(q, f, w, t, template)
                    w.lines.append(line)

        if intent in ("compare", "change"):
            ordered = by_year(figs) if intent == "change" else figs
            gaps = [who(d, q.language) + (t["fact_year_part"].format(year=d.year) if d.year else "") for d in missing]
            if len(figs) < 2:
                gaps += q.unknown_places  # a place no report is from is a gap only when a side is missing
            if intent == "change":
                got_years = {f.report.year for f in figs}
                gaps += [t["missing_year_item"].format(year=y) for y in q.years if y not in got_years and not missing]
            show(ordered)
            if len(figs) < 2 or gaps:
                w.lines.append(t["cannot_compare"].format(missing="、".join(gaps) if q.language == "zh" else ", ".join(gaps) or "—"))
                decline_trace.declined_by("several_reports:side missing")
                return self._finish(q, w, answered=False)
            if intent == "change":
                first, last = ordered[0], ordered[-1]
                key = "change_up" if last.value > first.value else "change_down" if last.value < first.value else "change_same"
                w.lines.append(t[key].format(label=label, y1=first.report.year, y2=last.report.year))
            else:
                top = ranked(figs)
                if top[0].value == top[-1].value:
                    w.lines.append(t["compare_equal"].format(label=label))
                else:
                    r = top[0].report
                    if named is not None and top[0].facts:  # (each side's own figure: the larger side's label,
                        label = self._figure_label(top[0].facts[0], q.language) or label  # 政务(工作)动态类信息 beside 政务动态)
                    w.lines.append(t["compare_higher"].format(who=who(r, q.language), label=label,
                                                              year_part=t["fact_year_part"].format(year=r.year) if r.year else ""))
            self._add_difference(figs, cited, w, t, q.language, q.norm)
            for fig in stand_ins:  # (what each side's figure is stays in sight: a stage its report states)
                w.lines.append(t["stage_stand_in_note"].format(
                    who=who(fig.report, q.language) + (t["fact_year_part"].format(year=fig.report.year) if fig.report.year else ""),
                    asked=q.metric.zh if q.language == "zh" else q.metric.en,
                    stated=(metric(fig.facts[0].metric).zh if q.language == "zh" else metric(fig.facts[0].metric).en)))
            return self._finish(q, w, answered=True)

        chosen = ranked(figs) if intent == "rank" else with_any(figs)
        if not figs:
            w.lines.append(t["not_found"])
            decline_trace.declined_by("several_reports:no figure")
            return self._finish(q, w, answered=False)
        w.lines.append(t["rank_header" if intent == "rank" else ("any_header" if chosen else "any_none")].format(label=label))
        show((chosen or ranked(figs))[:20], "list_line")
        return self._finish(q, w, answered=True)

    def _stage_stand_ins(self, q: ParsedQuestion, docs: list[Report], figs: list[ReportFigure]) -> list[ReportFigure]:
        """For a named report with no figure of the asked stage of applications (handled), its figure of a stage it
        does state (received: glossary [asks] stage_stand_ins), when every other named report has a figure; the
        answer then says which figure each side is."""
        have = {f.report.doc_id for f in figs}
        lacking = [d for d in docs if d.doc_id not in have]
        if not figs or not lacking or q.metric is None:  # (a comparison of a labelled figure has no stage to stand in)
            return []
        out = []
        for d in lacking:
            facts = self.gatherer.fact_index.facts([d.doc_id])
            for key in GLOSSARY.stage_stand_ins.get(q.metric.key, ()):
                found = figures([d], [f for f in facts if f.metric == key and f.value is not None and f.kind != "none"],
                                metric(key), q.norm)
                if found:
                    out.append(found[0])
                    break
        return out if len(out) == len(lacking) else []

    def _metric_figures(self, q: ParsedQuestion, docs: list[Report] | None, pool: list[Report],
                        asked: list[AskEvidence]) -> tuple[list[ReportFigure], str]:
        """Each report's figure of the question's metric, and its label (`asked`: the comparison's asks over the
        reports named, when 2–5 are)."""
        facts = [f for f in self.gatherer.fact_index.facts([d.doc_id for d in pool]) if f.metric == q.metric.key] if pool else []
        figs = figures(pool, facts, q.metric, q.norm + " " + " ".join(q.terms))
        label = q.metric.zh if q.language == "zh" else q.metric.en
        if docs is not None and 2 <= len(docs) <= 5:
            # the reports named: each report's figure as a single ask finds it (a row the ask names more precisely
            # than the metric, "主动公开的规章"; a report that states it only in prose)
            # ("…, and by how many?", "多多少": the difference computed below, no figure of its own)
            asked = [a for a in asked if not asks_difference_only(a.ask.text, a.ask.focus)] or asked
            found = asked[0].facts if len(asked) == 1 else []
            by_doc = {d.doc_id: [f for f in found if f.doc_id == d.doc_id and f.value is not None] for d in docs}
            if found and all(by_doc.values()) and (len(figs) < len(docs) or any(f.metric != q.metric.key for f in found)):
                own = {fig.report.doc_id: fig for fig in figs}
                figs = [self._part_unnamed(q, own.get(d.doc_id), by_doc[d.doc_id])
                        or ReportFigure(d, [f for f in by_doc[d.doc_id] if f.metric == q.metric.key and f.kind == "table"]
                                        or by_doc[d.doc_id][:1]) for d in docs]
                first = figs[0].facts[0]
                if first.metric != q.metric.key:
                    label = self._figure_label(first, q.language)
        return figs, label

    def _part_unnamed(self, q: ParsedQuestion, fig: ReportFigure | None, found: list[Fact]) -> ReportFigure | None:
        """A report's figure of the metric kept when what the ask found there is only a part of it the question does not
        name ("主动公开信息27条,其中…法制新闻12条" and a question of what the 法制办 disclosed: the words of the report's
        name found the part, the question asks the whole); None otherwise."""
        if fig is None or q.metric is None or not found or len(fig.facts) != 1:
            return None
        part = found[0]
        if part.metric == q.metric.key or not self._includes(fig.facts[0], part):
            return None
        leaf = (part.label_zh or part.row or "").split(" / ")[-1]
        core = re.sub(r"^其中|(?:的|类|信息|政府信息)+$", "", leaf)
        named = len(core) >= 2 and (core in q.norm or any(len(t) >= 2 and t in leaf for t in q.terms if re.search(r"[\u4e00-\u9fff]", t)))
        return None if named else fig

    @staticmethod
    def _figure_label(f: Fact, language: str) -> str:
        if language == "zh":
            return row_label(f.row)
        gloss = fact_label_en(f).split(" / ")[-1]
        if f.table == "narrative" and f.kind in ("narrative", "none") and gloss:  # a prose figure's word-by-word gloss, when it says enough
            words = re.sub(r"\s*\([^)]*\)$", "", gloss).strip()
            shown = shown_gloss(row_label(f.row), words)
            gloss = gloss if shown == words else shown
        return gloss or row_label(f.row)

    def _add_difference(self, figs: list, cited: dict[int, int], w: Writeup, t: dict, language: str,
                        question: str = "") -> None:
        """By how much two figures differ ("多多少", "how many more"), computed from the cited figures in plain
        sight: the larger minus the smaller, each with its citation marker."""
        if len(figs) != 2 or any(len(fig.facts) != 1 for fig in figs):
            return  # (two equal figures differ by 0, shown as worked out: "both the same" alone gives no figure)
        units = {fig.facts[0].unit for fig in figs}
        if len(units) != 1 and not (units <= GLOSSARY.same_count_words | {""}):
            return  # (12条 and 30件 of the asked thing count the same things; 12万元 and 30件 do not)
        hi, lo = sorted(figs, key=lambda fig: -fig.value)
        unit = hi.facts[0].unit or lo.facts[0].unit
        if len(units) > 1:  # the count word the question asks in ("多几件"), else the larger side's
            unit = next((u for u in units if u and re.search(rf"(?:几|多少){u}", question)), unit)
        shown = difference_unit(unit, language, t)
        shown = f" {shown}" if shown and language != "zh" else shown  # "9 items", "9条"
        w.lines.append(t["difference_line"].format(
            a=fmt_value(hi.value, language), na=cited[id(hi.facts[0])], b=fmt_value(lo.value, language),
            nb=cited[id(lo.facts[0])], value=fmt_value(hi.value - lo.value, language), unit=shown))
        if hi.value == lo.value:
            return
        if line := multiple_line(question, hi.value, cited[id(hi.facts[0])], lo.value, cited[id(lo.facts[0])], language, t):
            w.lines.append(line)
        # (a fall over the years is measured from the earlier year's figure)
        fall = bool(hi.report.year and lo.report.year and hi.report.year < lo.report.year)
        if line := percent_line(question, hi.value, cited[id(hi.facts[0])], lo.value, cited[id(lo.facts[0])], language, t,
                                from_higher=fall):
            w.lines.append(line)
