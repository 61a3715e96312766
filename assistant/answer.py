"""The extractive answer engine: no language model, every figure cut from a report.

Evidence comes from ``assistant.evidence`` (one gatherer for every engine): for each ask of the
question, the facts that state it (by metric, else by label), their sub-figures when a breakdown is
asked, else the sentence clause that states it.  This module only writes the answer: one line per
asked figure, each cited; sums the user expects are computed here from the cited figures.  When
nothing answers, the answer says so and ``answered`` is False.

The answer text is assembled from templates in ``prompts/extractive.<lang>.toml``;
the only numbers it contains are copied from the cited evidence (or added up from them).  Answers over
several reports are written by ``assistant.several_reports``, totals among the figures by ``assistant.totals``,
the shared pieces of a line (report names, values, units, row labels) come from ``assistant.writeup``, and the lines
quoting a report's sentences from ``assistant.sentence_lines``.
"""

from __future__ import annotations

import re

from assistant.aggregate import asks_comparison, asks_difference_only, detect_intent
from assistant.asked_rows import rows_cut_off
from assistant.asks import wants_total
from assistant.before_after import BeforeAfterOfOneClause
from assistant.bundled_figures import bundle_note
from assistant.compare_sides import SidesOfOneReport
from assistant.copy_end import copy_end_lines
from assistant import decline_trace
from assistant.core.glossary import GLOSSARY
from assistant.core.template import TEMPLATE
from assistant.core.types import Answer, Citation, Fact, Passage, Report
from assistant.declined_asks import Decline, collect, declined_lines
from assistant.restated_figures import as_premises, whole_line_key
from assistant.evidence import AskEvidence, EvidenceGatherer
from assistant.fact_search import TEXT_KINDS
from assistant.fee_kinds import asked_fee
from assistant.figure_premise import FigurePremise
from assistant.group_rows import sums_one_group
from assistant.fact_labels import fact_label
from assistant.item_heads import items_heading
from assistant.item_phrases import as_written, one_phrase
from assistant.label_fit import asked_table_words
from assistant.named_figures import comparison_asks, named_figures
from assistant.outcome_premise import OutcomeOfNone
from assistant.outstanding import outstanding_line
from assistant.part_groups import part_label
from assistant.parts import same_kind
from assistant.query import ParsedQuestion
from assistant.remainders import remainder, remainder_line
from assistant.report_year import ReportYear
from assistant.row_counts import summed_cells
from assistant.sentence_lines import SentenceLines, no_first
from assistant.sentences import GENERIC, SentenceHit
from assistant.several_reports import SeveralReports
from assistant.shapes import SITE_FIELD, site_with_name
from assistant.shares import ShareOfParts, share_of_whole
from assistant.shown_quotes import keep_shown, quote_lead, shown_quote
from assistant.side_heads import side_header
from assistant.totals import TotalsOfAsks, sum_count_asks, total_asked_of_its_own
from assistant.uncounted_sides import uncounted
from assistant.writeup import (
    Writeup,
    fmt_value,
    not_found_in,
    not_found_line,
    reports_of,
    row_label,
    stated_by_quoted_sentence,
    stated_value,
    unit_text,
    who,
)
from assistant.zero_outcomes import collapse_zero_cells, split_zero_outcomes, zero_clause
from prompts import load_templates

__all__ = ["GENERIC", "ExtractiveEngine", "Writeup", "fmt_value", "row_label", "who"]


class ExtractiveEngine(SeveralReports, TotalsOfAsks, SidesOfOneReport, BeforeAfterOfOneClause, OutcomeOfNone, FigurePremise,
                       ReportYear, SentenceLines, ShareOfParts):
    name = "extractive"

    def __init__(self, index, settings=None) -> None:
        """`settings`: the Settings (the registry's constructor shape) or just the minimum evidence score."""
        self.index = index
        score = settings if isinstance(settings, (int, float)) else getattr(settings, "min_evidence_score", 0.34)
        self.min_evidence_score = float(score)
        self.gatherer = EvidenceGatherer(index, self.min_evidence_score)

    # --- public ---------------------------------------------------------------------------
    def answer(self, q: ParsedQuestion, passages: list[Passage]) -> Answer:
        t = load_templates("extractive", q.language)
        by_doc = self.index.by_doc
        docs = [by_doc[d] for d in q.doc_ids if d in by_doc] if q.doc_ids else None
        intent = detect_intent(q.norm, len(q.years), len(q.doc_ids) if q.doc_ids is not None else None)
        shares = self.share_of_parts(q, passages)  # "各占多少" of several parts: stated shares, else counts
        if shares is not None:
            return shares
        year = self._report_year(q, docs, t)  # "写的是哪一年的工作": the report's own year, where its text writes it
        if year is not None:
            return year
        premise = self.premise_of_none(q, passages, t)  # "did they win the lawsuit" and the report says there was none
        premise = premise or self.premise_of_figure(q, passages, t)  # "why did it reach 120" and the report states 12
        if premise is not None:
            return premise
        if q.metric is not None and intent != "single":
            return self._aggregate(q, intent, docs, t, passages)
        if q.metric is None and intent in ("compare", "change") and docs and 2 <= len(docs) <= 5:
            # a figure no metric names, in each report
            named = named_figures(self.gatherer, q, docs, comparison_asks(self.gatherer, q, passages))
            if named is not None:
                return self._aggregate(q, intent, docs, t, passages, named=named)

        declines = collect()  # (what the checks turn down while the asks are gathered: a refusal names it)
        asks = self.gatherer.gather(q, passages)
        self._total_ask(asks)
        w = Writeup()
        answered = False
        totals: list[tuple[Fact, int]] = []
        compares = asks_comparison(q.norm)
        # (an ask of the difference only beside the asks of the figures, "how much bigger was 2014", "多几条", has no
        # figure of its own to find)
        difference = [compares and len(asks) > 1 and asks_difference_only(a.ask.text, a.ask.focus) for a in asks]
        figure_asks = [a for a, d in zip(asks, difference) if not d]
        if compares and len(figure_asks) == 1 and self._years_of_one_clause(q, figure_asks[0], w, t, passages):
            return self._finish(q, w, answered=True)  # two years of one clause ("由2013年的A增加到2014年的B")
        if compares and len(figure_asks) == 1 and self._before_after_of_one_clause(q, figure_asks[0], w, t, passages):
            return self._finish(q, w, answered=True)  # before and after a change ("由原来的A个增加到B个")
        figures_of: dict[int, list] = {}  # per ask: (label, value, unit, citation, fact) of each figure written (the sides)
        difference_asked: list[AskEvidence] = []
        for i, a in enumerate(asks):
            if difference[i]:
                difference_asked.append(a)  # ("多几条"): the difference the comparison computes below
            elif a.facts and not compares and not a.breakdown and all(stated_by_quoted_sentence(w, f) for f in a.facts):
                answered = True  # the figure another ask's quoted sentence states: said once
            elif a.facts:
                answered = True
                written = self._write_facts(a, w, t, compares)
                totals += written
                figures_of[i] = [(self._label(a.q, f), f.value, f.unit, n, f) for f, n in written]
            elif a.sentences:
                answered = True
                self._write_sentences(a, w, t, may_say_no=not compares)
                figures_of[i] = self._sentence_figure(a, w) if compares else []
            elif a.context:
                self._write_part_not_stated(a, w, t, [b for b in asks if b.context == a.context], q.norm)
            elif len(asks) > 1:
                w.lines += [line for line in [not_found_line(t["ask_not_found"], a.ask.text, w.citations)] if line]
        compared = compares and self._compare_sides(q, asks, figures_of, w, t)
        if compares and not compared and (by_labels := self._sides_of_labels(q, asks, t)) is not None:
            return self._finish(q, by_labels, answered=True)  # a side the split missed: the labels the question writes
        if not compared and len(asks) > 1:
            w.lines += [line for a in difference_asked if (line := not_found_line(t["ask_not_found"], a.ask.text))]
        if len(asks) == 1 and asks[0].facts and asks[0].q.metric is not None:
            self._add_petitions(q, w, t, asks[0].facts)
            # (the parts of a breakdown are each cited; the total they add up to was not asked)
            written = [] if asks[0].parts_only and asks[0].breakdown else asks[0].facts
            self._add_related(q, passages, w, t, written)
        # ("一共" of a question naming no report: each report's figure is its own answer; the figures of the year's
        # reports of different agencies add up to nothing asked)
        if q.unnamed_scope and len({f.doc_id for f, _n in totals}) > 1:
            totals = []
        rest = remainder(q.norm, [f for f, _n in totals], self.gatherer.fact_index.facts([totals[0][0].doc_id])) if totals and not compared else None
        if rest is not None:  # "of the 177, how many were neither A nor B": the whole less the parts (remainders.py)
            n = w.cite(self.fact_citation(rest[1], self.index.by_doc[rest[1].doc_id])) if rest[1] is not None else None
            w.lines.append(remainder_line(rest[0], n, totals, t, q.language))
        elif len(asks) == 1 and (open_line := self._outstanding(q, totals, w, t)) is not None:
            w.lines.append(open_line)  # "how many were not yet concluded": taken in less concluded (outstanding.py)
        elif not compared and wants_total(q.norm) and not total_asked_of_its_own(q.norm, asks):
            n_lines = len(w.lines)
            self._add_total(totals, w, t, q.language)  # (unless an ask of its own is the total: "…, and how many in total")
            if len(w.lines) > n_lines:
                # (the sum written answers the ask of the count of the things added, "adding A to B, how many …", and
                # no other: a thing to be added that is not stated keeps its line, assistant/totals.py sum_count_asks)
                unanswered = {not_found_line(t["ask_not_found"], a.ask.text) for a in sum_count_asks(q.norm, asks)}
                w.lines = [line for line in w.lines if line not in unanswered]
        if not answered and not any(a.context for a in asks):
            # (the row, column or fee the report does not state, named: what was declined, else the rows the asks name)
            named = (declines or [Decline(row=r) for a in asks for r in asked_table_words(a.q.norm, a.q.terms, a.q.metric)]
                     or [d for a in asks for d in asked_fee(a.ask.text)])
            reports = reports_of(self.index.by_doc, q.doc_ids)
            w.lines = (self._rows_cut_off(q, t) or declined_lines(as_premises(named, q.norm, q.metric), reports, t, q.language, who,
                                                                   lambda f: self._fact_line(q, f, w, t)[0])
                       or [not_found_in(t, reports, q.language, (q.norm, [a.ask.text for a in asks]))])  # one, not one per ask
        w.lines = list(dict.fromkeys(w.lines))  # an ask answered by the same fact as another: said once
        no_reason = answered and self.reason_not_given(q, w, t, passages)  # "why did it rise so much" and only figures
        # (a side whose ask found no figure and no sentence while another's found its figure: never counted)
        side_uncounted = compares and not compared and uncounted(figure_asks, lambda a: a.facts or a.sentences)
        decline_trace.main_path(answered, no_reason, side_uncounted, asks, declines)  # (why it declined: one note)
        return self._finish(q, w, answered=answered and not no_reason and not side_uncounted)

    def _rows_cut_off(self, q: ParsedQuestion, t: dict) -> list[str]:
        """The refusal of an outcome row the report's copy does not reach (assistant/asked_rows.py), one line per report."""
        lines = []
        for d in q.doc_ids or []:
            r = self.index.by_doc.get(d)
            cut = r and rows_cut_off(q.norm, self.gatherer.fact_index.facts([d]), self.index.texts(d)[0])
            if cut:
                row, last = (cut if q.language == "zh" else (TEMPLATE.en(x) or x for x in cut))
                year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
                lines.append(t["row_cut_off"].format(who=who(r, q.language), year_part=year_part, row=row, last=last))
        return lines

    # --- writing facts ----------------------------------------------------------------------
    def _write_facts(self, a: AskEvidence, w: Writeup, t: dict, compares: bool = False) -> list[tuple[Fact, int]]:
        """The lines of an ask's facts; the numeric ones with their citation numbers (`compares`: the question compares
        its figures, so two cells of one report are the sides to compare, not parts to add up)."""
        q = a.q
        numeric: list[tuple[Fact, int]] = []
        # "办理结果分别是多少": the parts answer; the total they add up to is named in the header, not stated
        parts_only = bool(a.breakdown) and a.parts_only and len(a.facts) == 1
        for f in a.facts:
            r = self.index.by_doc[f.doc_id]
            if f.kind in TEXT_KINDS and f.value is None:
                earlier = [g for g in a.facts[: a.facts.index(f)] if g.kind == "item" and g.doc_id == f.doc_id]
                group = [g for g in a.facts if g.kind == "item" and g.doc_id == f.doc_id]
                joined = f.kind == "item" and one_phrase(group, self.index.texts(f.doc_id)[0])
                if joined and earlier:
                    continue  # said (and cited) with the first item of its phrase
                n = w.cite(self.fact_citation(f, r))
                year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
                if f.kind == "item":
                    if not earlier or earlier[-1].row != f.row:  # (the lists of two sub-headings: each under its own)
                        section = items_heading(f, q.language)  # (never the item's enumerator: item_heads.py)
                        w.lines.append(t["items_header"].format(who=who(r, q.language), year_part=year_part, label=section))
                    if side := side_header(group, f):  # (problems and plans: a heading before each side's list)
                        w.lines.append(t[f"{side}_header"])
                    if joined:  # short items of one clause ("公正、公平、便民的原则"): one phrase, as written, cited once
                        w.lines.append(t["item_line"].format(text=as_written(group, self.index.texts(f.doc_id)[0]), n=n))
                        continue
                    w.lines.append(t["item_line"].format(text=f.text_value or f.raw, n=n))
                else:
                    text = f.text_value or f.raw
                    if f.kind == "contact" and f.row in SITE_FIELD.split("|"):  # the site's name, beside its address
                        # (read simplified: a traditional copy names its site "門戶網站", the answer's words are simplified)
                        text = site_with_name(shown_quote(self.index.texts(f.doc_id)[0][f.quote_start:f.quote_end]), text)
                    w.lines.append(t["fact_text"].format(who=who(r, q.language), year_part=year_part,
                                                         label=self._label(q, f), text=text, n=n))
                continue
            if parts_only:
                continue
            line, n = self._fact_line(q, f, w, t, may_say_no=not compares)
            w.lines.append(line + bundle_note(a.ask.text, f, t, q.language))  # (one figure of several kinds: said so)
            numeric.append((f, n))
        if a.breakdown:
            whole = self._whole_of_shares(a, q, w, t, numeric, parts_only)
            label = self._label(a.q, a.facts[0]) if len(a.facts) == 1 else ""
            if parts_only:
                r = self.index.by_doc[a.facts[0].doc_id]
                year = t["fact_year_part"].format(year=r.year) if r.year else ""
                label = f"{who(r, q.language)}{year}{label}" if q.language == "zh" else f"{who(r, q.language)}{year}: {label}"
            w.lines.append(t["breakdown_header"].format(label=label).strip())
            shown, zeros = split_zero_outcomes(q.norm, a.breakdown)  # ("结果分别是": the outcomes of 0 in one clause)
            for g in shown:
                n = w.cite(self.fact_citation(g, self.index.by_doc[g.doc_id]))
                # (a row whose 总计 the report left blank: the sum of its cells, written out)
                cells = summed_cells(g, self.gatherer.fact_index.facts([g.doc_id]))
                value = fmt_value(g.value, q.language)
                if cells:
                    value = " + ".join(fmt_value(c.value, q.language) for c in cells) + " = " + value
                share = share_of_whole(g.value, n, *whole, t) if whole and g.value is not None else ""
                w.lines.append(t["breakdown_line"].format(label=self._part_label(a.facts, g, q.language), value=value,
                                                          unit=unit_text(g.unit, q.language), n=n) + share)
            if zeros:
                cited = [(g, w.cite(self.fact_citation(g, self.index.by_doc[g.doc_id]))) for g in zeros]
                w.lines.append(zero_clause(cited, lambda g: self._part_label(a.facts, g, q.language), t, q.language))
        elif (not (compares and len(numeric) == 2) and len(numeric) > 1 and len({f.doc_id for f, _ in numeric}) == 1
              and all(f.kind == "table" for f, _ in numeric)
              and (q.metric is not None and all(f.metric == q.metric.key for f, _ in numeric)
                   or len({(f.table, f.row) for f, _ in numeric}) == 1 or sums_one_group([f for f, _ in numeric]))):
            # a metric stated by several cells of one report (行政诉讼 = 未经复议直接起诉 + 复议后起诉), or a row asked
            # whose total the report left blank: its cells (assistant/fact_search.py _answering), or a group row's
            # numbered sub-rows (assistant/group_rows.py)
            def part(f: Fact) -> str:  # (a cell's column where the cells share a row, else its row)
                return self._part_label([g for g, _ in numeric if g is not f], f, q.language)
            if not collapse_zero_cells(q.norm, numeric, w, part, t, q.language):
                self._add_total(numeric, w, t, q.language)  # (an outcome ask's cells add up to its own total: no sum)
            return []
        return numeric

    def _whole_of_shares(self, a: AskEvidence, q: ParsedQuestion, w: Writeup, t: dict, numeric: list, parts_only: bool):
        """The whole a breakdown's parts take shares of, (value, citation number), when the question asks each part's
        share the report does not state (assistant/shares.py): the total the parts belong to, cited (written here
        when the breakdown writes only its parts)."""
        if q.share_reading != "counts" or len(a.facts) != 1 or not a.facts[0].value:
            return None
        if parts_only:
            line, n = self._fact_line(q, a.facts[0], w, t)
            w.lines.append(line)
            return a.facts[0].value, n
        return next(((f.value, n) for f, n in numeric if f is a.facts[0]), None)

    def _write_part_not_stated(self, a: AskEvidence, w: Writeup, t: dict, same_whole: list[AskEvidence],
                               question: str = "") -> None:
        """The part an ask names is not stated (evidence: AskEvidence.context): say so, and give the total the
        report does state, cited, as context (not as the answer: the ask stays unanswered).  The unstated parts of
        one whole (`same_whole`: "预算和决算各几条") are named together, before the whole said once."""
        if same_whole and a is not same_whole[0]:
            return  # (told with the first of them)
        parts = list(dict.fromkeys(b.part for b in same_whole or [a] if b.part))
        part = ("、" if a.q.language == "zh" else " and ").join(parts) or a.part
        for f in a.context:
            r = self.index.by_doc[f.doc_id]
            year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
            key, figure = whole_line_key(f, question or a.q.norm, a.q.metric, len(parts))  # ("of the 5 requests …": what came of them unstated)
            w.lines.append(t[key].format(who=who(r, a.q.language), year_part=year_part, part=part, figure=figure))
            line, _n = self._fact_line(a.q, f, w, t)
            w.lines.append(line)

    def _label(self, q: ParsedQuestion, f: Fact) -> str:
        return fact_label(q, f)  # (assistant/fact_labels.py)

    def _part_label(self, parents: list[Fact], g: Fact, language: str) -> str:
        """A sub-figure's own part of its label: its column (with its group among several), else its row."""
        return part_label(parents, g, language)  # (assistant/part_groups.py)

    def _fact_line(self, q: ParsedQuestion, f: Fact, w: Writeup, t: dict, template: str = "fact",
                   may_say_no: bool = False) -> tuple[str, int]:
        """The line of one figure (`may_say_no`: the answer of one report's ask, no comparison, where a statement of
        none opening the answer to a yes/no ask says "No" first)."""
        r = self.index.by_doc[f.doc_id]
        n = w.cite(self.fact_citation(f, r))
        year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
        if f.kind == "none" and template == "fact":
            span = self.index.texts(r.doc_id)[0][f.quote_start : f.quote_end]
            quote = shown_quote(span)
            keep_shown(w.citations[n - 1], quote)  # (a traditional mirror's span: the shown text kept beside it)
            no = no_first(q, w, t, may_say_no)
            return no + t["fact_none"].format(who=who(r, q.language), year_part=year_part, label=self._label(q, f),
                                              says=quote_lead(span, quote, t), quote=quote.strip(), n=n), n
        return t[template].format(who=who(r, q.language), year_part=year_part, label=self._label(q, f),
                                  value=stated_value(f.value, f.raw, q.language), unit=unit_text(f.unit, q.language), n=n), n

    def _add_total(self, numeric: list[tuple[Fact, int]], w: Writeup, t: dict, language: str) -> None:
        """A sum the user expects (复议 + 诉讼, a column's parts), computed from the cited figures; never over a
        total and a part of it (the total is the sum, already stated)."""
        numeric = list({n: (f, n) for f, n in numeric}.values())  # (one cited figure two asks found is added once)
        # (counts of one metric in two units, "收到申请12条" and "44件", are one kind of count: the sum line writes no unit)
        if len(numeric) < 2 or len({f.unit for f, _ in numeric}) != 1 and not _one_metric([f for f, _ in numeric]):
            return
        if any(f is not g and self._includes(f, g) for f, _ in numeric for g, _ in numeric):
            return
        if not same_kind([f for f, _ in numeric]):
            return  # requests received + requests withheld as state secrets counts nothing
        terms = " + ".join(f"{fmt_value(f.value, language)}[{n}]" for f, n in numeric)
        total = sum(f.value for f, _ in numeric)
        w.lines.append(t["sum_line"].format(label=t["sum_label"], terms=terms, value=fmt_value(total, language)))

    # --- extras of a one-figure answer ---------------------------------------------------------
    def _add_petitions(self, q: ParsedQuestion, w: Writeup, t: dict, facts: list[Fact]) -> None:
        """Users asking about "applications" of a petitions bureau often mean letters and
        visits: show that figure too, cited on its own and named for what it is."""
        if q.metric is None or q.metric.key != "applications_received" or _NAMES_KIND.search(q.norm):
            return  # the ask says which it means: 政府信息公开申请 (not petitions), or letters and visits themselves
        for doc_id in dict.fromkeys(f.doc_id for f in facts):
            for p in self.gatherer.fact_index.facts([doc_id]):
                if p.table == "narrative" and p.row == "信访事项" and p.value is not None:
                    r = self.index.by_doc[doc_id]
                    n = w.cite(self.fact_citation(p, r))
                    w.lines.append(t["petitions"].format(who=who(r, q.language), value=fmt_value(p.value, q.language),
                                                         unit=unit_text(p.unit, q.language), n=n))
                    break

    # --- evidence helpers kept for callers ------------------------------------------------------
    def key_terms(self, q: ParsedQuestion) -> dict[str, float]:
        return self.gatherer.key_terms(q)

    def _outstanding(self, q: ParsedQuestion, totals: list[tuple[Fact, int]], w: Writeup, t: dict) -> str | None:
        doc = totals[0][0].doc_id if len(totals) == 1 else None
        return doc and outstanding_line(q.norm, totals, self.gatherer.fact_index.facts([doc]), self.index.texts(doc)[0],
                                        lambda f: w.cite(self.fact_citation(f, self.index.by_doc[f.doc_id])), t, q.language)

    def best_sentences(self, q: ParsedQuestion, passages, limit: int = 2, require_number: bool | None = None) -> list[SentenceHit]:
        return self.gatherer.best_sentences(q, passages, limit, require_number)

    def fact_citation(self, f: Fact, r: Report) -> Citation:
        return self.gatherer.fact_citation(f, r)

    def span_citation(self, r: Report, section: str, clean_s: int, clean_e: int) -> Citation:
        return self.gatherer.span_citation(r, section, clean_s, clean_e)

    def _clean(self, r: Report, s: int, e: int) -> str:
        return self.index.texts(r.doc_id)[1][s:e]

    def _finish(self, q: ParsedQuestion, w: Writeup, answered: bool) -> Answer:
        t = load_templates("extractive", q.language)
        lines = list(w.lines)
        flagged = {c.doc_id: c for c in w.citations if c.warnings}
        for c in flagged.values():
            r = self.index.by_doc[c.doc_id]
            lines.append(t["identity_warning"].format(who=who(r, q.language), warnings="；".join(c.warnings)))
        lines += copy_end_lines(w.citations, self.index.texts, t["copy_end_warning"])  # a figure where the copy is cut
        return Answer(question=q.text, text="\n".join(lines), answered=answered, citations=w.citations,
                      language=q.language, engine=self.name)


_NAMES_KIND = re.compile(r"信息公开|依申请|来信|来访|信访|(?<![a-z])(?:disclosure|petitions?|letters|visits)(?![a-z])")


def _one_metric(facts: list[Fact]) -> bool:
    """The figures are all of one metric the reports count (applications received) in count words that count the same
    things (glossary.toml [asks] same_count_words: 件, 条, 项 …): never money in two units (万元 and 元) nor 人次 and 件."""
    return (len({f.metric for f in facts}) == 1 and facts[0].metric is not None
            and {f.unit for f in facts} <= GLOSSARY.same_count_words)
