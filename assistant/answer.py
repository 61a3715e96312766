"""The extractive answer engine: no language model, every figure cut from a report.

Evidence comes from ``assistant.evidence`` (one gatherer for every engine): for each ask of the
question, the facts that state it (by metric, else by label), their sub-figures when a breakdown is
asked, else the sentence clause that states it.  This module only writes the answer: one line per
asked figure, each cited; sums the user expects are computed here from the cited figures.  When
nothing answers, the answer says so and ``answered`` is False.

The answer text is assembled from templates in ``prompts/extractive.<lang>.toml``;
the only numbers it contains are copied from the cited evidence (or added up from them).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass, field

from assistant.aggregate import (ReportFigure, asks_difference_only, by_year, detect_intent, figures, ranked, with_any,
                                 without_side_words)
from assistant.asks import wants_total
from assistant.evidence import AskEvidence, EvidenceGatherer
from assistant.fact_search import TEXT_KINDS
from assistant.labels import fact_label_en, strip_enumerator
from assistant.sentences import GENERIC, SentenceHit
from assistant.totals import TotalsOfAsks
from prompts import load_templates
from assistant.core.template import TEMPLATE
from assistant.labels import own_words
from assistant.named_figures import named_figures
from assistant.query import ParsedQuestion
from assistant.core.types import Answer, Citation, Fact, Passage, Report

__all__ = ["ExtractiveEngine", "GENERIC", "Writeup", "fmt_value", "row_label", "who"]


@dataclass
class Writeup:
    """The answer being written: its lines and the citations they carry."""

    citations: list[Citation] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def cite(self, c: Citation) -> int:
        for old in self.citations:
            if (old.doc_id, old.start, old.end, old.highlight_start) == (c.doc_id, c.start, c.end, c.highlight_start):
                return old.n
        c.n = len(self.citations) + 1
        self.citations.append(c)
        return c.n


Evidence = Writeup  # the former name


def fmt_value(v: float, language: str) -> str:
    if float(v).is_integer():
        return f"{int(v):,}" if language == "en" else str(int(v))
    return f"{v:,}" if language == "en" else str(round(v, 4))


def who(report: Report, language: str) -> str:
    name = report.agency or report.display_title
    if not report.agency and report.region and report.region not in name:
        # a report naming no agency (only its file name gave the place): the place it is of, then the file
        name = f"{report.region}, {name}" if language == "en" else f"{report.region}（{name}）"
    if language == "en":
        pinyin = next((a for a in report.aliases if re.fullmatch(r"[a-z]+", a)), None)
        return f"{name} ({pinyin.capitalize()})" if pinyin else name
    return name


class ExtractiveEngine(TotalsOfAsks):
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
        if q.metric is not None and intent != "single":
            return self._aggregate(q, intent, docs, t, passages)
        if q.metric is None and intent in ("compare", "change") and docs and 2 <= len(docs) <= 5:
            named = named_figures(self.gatherer, q, docs, passages)  # a figure no metric names, in each report
            if named is not None:
                return self._aggregate(q, intent, docs, t, passages, named=named)

        asks = self.gatherer.gather(q, passages)
        self._total_ask(asks)
        w = Writeup()
        answered = False
        totals: list[tuple[Fact, int]] = []
        for a in asks:
            if a.facts:
                answered = True
                totals += self._write_facts(a, w, t)
            elif a.sentences:
                answered = True
                self._write_sentences(a, w, t)
            elif a.context:
                self._write_part_not_stated(a, w, t)
            elif len(asks) > 1:
                w.lines.append(t["ask_not_found"].format(ask=re.sub(r"^(?:and|其中|那么|那)\s*", "", a.ask.text)))
        if len(asks) == 1 and asks[0].facts and asks[0].q.metric is not None:
            self._add_petitions(q, w, t, asks[0].facts)
            self._add_related(q, passages, w, t, asks[0].facts)
        if wants_total(q.norm) and not any(a.facts and wants_total(a.ask.text) and len(asks) > 1 for a in asks):
            self._add_total(totals, w, t, q.language)  # (unless an ask of its own is the total: "…, and how many in total")
        if not answered and not any(a.context for a in asks):
            w.lines = [t["not_found"]]  # one refusal, not one per ask
        w.lines = list(dict.fromkeys(w.lines))  # an ask answered by the same fact as another: said once
        return self._finish(q, w, answered=answered)

    # --- writing facts ----------------------------------------------------------------------
    def _write_facts(self, a: AskEvidence, w: Writeup, t: dict) -> list[tuple[Fact, int]]:
        q = a.q
        numeric: list[tuple[Fact, int]] = []
        # "办理结果分别是多少": the parts answer; the total they add up to is named in the header, not stated
        parts_only = bool(a.breakdown) and a.parts_only and len(a.facts) == 1
        for f in a.facts:
            r = self.index.by_doc[f.doc_id]
            if f.kind in TEXT_KINDS and f.value is None:
                earlier = [g for g in a.facts[: a.facts.index(f)] if g.kind == "item" and g.doc_id == f.doc_id]
                group = [g for g in a.facts if g.kind == "item" and g.doc_id == f.doc_id]
                joined = f.kind == "item" and _one_phrase(group, self.index.texts(f.doc_id)[0])
                if joined and earlier:
                    continue  # said (and cited) with the first item of its phrase
                n = w.cite(self.fact_citation(f, r))
                year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
                if f.kind == "item":
                    if not earlier or earlier[-1].row != f.row:  # (the lists of two sub-headings: each under its own)
                        section = f.row if q.language == "zh" else (fact_label_en(f).split(" / ")[0] or f.row)
                        if not section and " / " in f.label_zh:  # a list outside any section: the words introducing it
                            lead = re.split(r"[，,；;：:]", f.label_zh.rsplit(" / ", 1)[0].replace("…", ""))[-1]
                            section = "" if re.search(r"\d", lead) else lead  # (a figure the citations do not hold)
                        w.lines.append(t["items_header"].format(who=who(r, q.language), year_part=year_part, label=section))
                    if joined:  # short items of one clause ("公正、公平、便民的原则"): one phrase, as written, cited once
                        w.lines.append(t["item_line"].format(text=_as_written(group, self.index.texts(f.doc_id)[0]), n=n))
                        continue
                    w.lines.append(t["item_line"].format(text=f.text_value or f.raw, n=n))
                else:
                    w.lines.append(t["fact_text"].format(who=who(r, q.language), year_part=year_part,
                                                         label=self._label(q, f), text=f.text_value or f.raw, n=n))
                continue
            if parts_only:
                continue
            line, n = self._fact_line(q, f, w, t)
            w.lines.append(line)
            numeric.append((f, n))
        if a.breakdown:
            label = self._label(a.q, a.facts[0]) if len(a.facts) == 1 else ""
            if parts_only:
                r = self.index.by_doc[a.facts[0].doc_id]
                year = t["fact_year_part"].format(year=r.year) if r.year else ""
                label = f"{who(r, q.language)}{year}{label}" if q.language == "zh" else f"{who(r, q.language)}{year}: {label}"
            w.lines.append(t["breakdown_header"].format(label=label).strip())
            for g in a.breakdown:
                n = w.cite(self.fact_citation(g, self.index.by_doc[g.doc_id]))
                w.lines.append(t["breakdown_line"].format(label=self._part_label(a.facts, g, q.language),
                                                          value=fmt_value(g.value, q.language), unit=_unit(g.unit, q.language), n=n))
        elif (q.metric is not None and len(numeric) > 1 and len({f.doc_id for f, _ in numeric}) == 1
              and all(f.kind == "table" and f.metric == q.metric.key for f, _ in numeric)):
            # a metric stated by several cells of one report (行政诉讼 = 未经复议直接起诉 + 复议后起诉)
            self._add_total(numeric, w, t, q.language)
            return []
        return numeric

    def _write_part_not_stated(self, a: AskEvidence, w: Writeup, t: dict) -> None:
        """The part an ask names is not stated (evidence: AskEvidence.context): say so, and give the total the
        report does state, cited, as context (not as the answer: the ask stays unanswered)."""
        for f in a.context:
            r = self.index.by_doc[f.doc_id]
            year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
            w.lines.append(t["part_not_stated"].format(who=who(r, a.q.language), year_part=year_part, part=a.part))
            line, _n = self._fact_line(a.q, f, w, t)
            w.lines.append(line)

    def _label(self, q: ParsedQuestion, f: Fact) -> str:
        column = _own_column(f)
        if q.language == "zh":
            if f.metric and q.metric is not None and f.metric == q.metric.key:
                return row_label(f.row) + (f"（{column}）" if column and f.table != "narrative" else "")
            if f.kind in ("narrative", "none", "contact", "date", "item") and f.label_zh:
                return _LEAD_IN.sub("", _clause_words(f.label_zh.split(" / ")[-1]))
            return row_label(f.row) + (f"（{column}）" if column and f.table != "narrative" else "")
        if q.metric is not None and f.metric == q.metric.key:
            return q.metric.en + (f" ({TEMPLATE.path_en(column)})" if column and f.table != "narrative" and column != q.metric.preferred_column else "")
        if f.label_en and f.table == "narrative":
            # the prose clause as written, with its English gloss: "重点领域信息 (proactive disclosure)"
            zh = _LEAD_IN.sub("", _clause_words(f.label_zh.split(" / ")[-1])) if f.label_zh else row_label(f.row)
            gloss = re.sub(r"\s*\([^)]*\)$", "", f.label_en.split(" / ")[-1]).strip()
            if f.label_zh and zh != f.label_zh.split(" / ")[-1]:
                gloss = ""  # the gloss is of the whole clause, not of the figure's own words
            return f"{zh} ({gloss})" if gloss else zh
        row = row_label(f.row)
        column = column.split(" / ")[-1] if column else ""
        row_en, column_en = TEMPLATE.en(row) or row, (TEMPLATE.en(column) or column) if column else ""
        return row_en + (f" ({column_en})" if column_en and f.table != "narrative" else "")

    def _part_label(self, parents: list[Fact], g: Fact, language: str) -> str:
        """A sub-figure's own part of its label: the column when the parent's row is shared, else the row."""
        part = strip_enumerator(g.column.split(" / ")[-1]) if any(p.row == g.row for p in parents) else row_label(g.row)
        return (TEMPLATE.en(part) or part) if language == "en" else part

    def _fact_line(self, q: ParsedQuestion, f: Fact, w: Writeup, t: dict, template: str = "fact") -> tuple[str, int]:
        r = self.index.by_doc[f.doc_id]
        n = w.cite(self.fact_citation(f, r))
        year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
        if f.kind == "none" and template == "fact":
            quote = self.index.texts(r.doc_id)[0][f.quote_start : f.quote_end]
            return t["fact_none"].format(who=who(r, q.language), year_part=year_part, label=self._label(q, f),
                                         quote=quote.strip(), n=n), n
        return t[template].format(who=who(r, q.language), year_part=year_part, label=self._label(q, f),
                                  value=fmt_value(f.value, q.language), unit=_unit(f.unit, q.language), n=n), n

    def _add_total(self, numeric: list[tuple[Fact, int]], w: Writeup, t: dict, language: str) -> None:
        """A sum the user expects (复议 + 诉讼, a column's parts), computed from the cited figures; never over a
        total and a part of it (the total is the sum, already stated)."""
        if len(numeric) < 2 or len({f.unit for f, _ in numeric}) != 1:
            return
        if any(f is not g and self._includes(f, g) for f, _ in numeric for g, _ in numeric):
            return
        terms = " + ".join(f"{fmt_value(f.value, language)}[{n}]" for f, n in numeric)
        total = sum(f.value for f, _ in numeric)
        w.lines.append(t["sum_line"].format(label=t["sum_label"], terms=terms, value=fmt_value(total, language)))

    def _add_difference(self, figs: list, cited: dict[int, int], w: Writeup, t: dict, language: str) -> None:
        """By how much two figures differ ("多多少", "how many more"), computed from the cited figures in plain
        sight: the larger minus the smaller, each with its citation marker."""
        if len(figs) != 2 or any(len(fig.facts) != 1 for fig in figs) or figs[0].value == figs[1].value:
            return
        if len({fig.facts[0].unit for fig in figs}) != 1:
            return
        hi, lo = sorted(figs, key=lambda fig: -fig.value)
        w.lines.append(t["difference_line"].format(
            a=fmt_value(hi.value, language), na=cited[id(hi.facts[0])], b=fmt_value(lo.value, language),
            nb=cited[id(lo.facts[0])], value=fmt_value(hi.value - lo.value, language), unit=_unit(hi.facts[0].unit, language)))

    # --- writing sentences -------------------------------------------------------------------
    def _write_sentences(self, a: AskEvidence, w: Writeup, t: dict) -> None:
        q = a.q
        for hit in a.sentences:
            r = self.index.by_doc.get(hit.chunk.doc_id)
            if r is None:
                continue
            section_part = t["section_part"].format(section=hit.chunk.section) if hit.chunk.section else ""
            if hit.clause and hit.figure:
                s, e = hit.clause
                c = self.span_citation(r, hit.chunk.section, s, e)
                n = w.cite(c)
                year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
                value = hit.figure if hit.figure != "0" else ("0（无）" if q.language == "zh" else "0 (none)")
                w.lines.append(t["sentence_figure"].format(who=who(r, q.language), year_part=year_part, value=value,
                                                           title=r.display_title, section_part=section_part,
                                                           quote=self._clean(r, s, e), n=n))
                if hit is a.sentences[0]:
                    break  # the figure is stated: a second passage would only lead with another number
                continue
            s, e = hit.span
            n = w.cite(self.span_citation(r, hit.chunk.section, s, e))
            w.lines.append(t["sentence"].format(title=r.display_title, section_part=section_part,
                                                quote=self._clean(r, s, e), n=n))

    # --- several reports ---------------------------------------------------------------------
    def _aggregate(self, q: ParsedQuestion, intent: str, docs: list[Report] | None, t: dict, passages=(),
                   named: list[ReportFigure] | None = None) -> Answer:
        """compare / change / rank / any: figures of several reports, each line cited to its own report (`named`:
        the named reports' figures of something no metric names, found already)."""
        w = Writeup()
        pool = docs if docs is not None else [r for r in self.index.reports if not q.years or r.year in q.years]
        if named is not None:
            figs, label = named, self._figure_label(named[0].facts[0], q.language) if named else ""
        else:
            figs, label = self._metric_figures(q, docs, pool, passages)
            if intent in ("compare", "change") and docs and 2 <= len(docs) <= 5 and len(figs) < len(docs):
                # the metric read into the question is not what the reports state: any figure naming the thing
                named = named_figures(self.gatherer, q, docs, passages)
                if named and len(named) > len(figs):
                    figs, label = named, self._figure_label(named[0].facts[0], q.language)
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
                    w.lines.append(t["compare_higher"].format(who=who(r, q.language), label=label,
                                                              year_part=t["fact_year_part"].format(year=r.year) if r.year else ""))
            self._add_difference(figs, cited, w, t, q.language)
            return self._finish(q, w, answered=True)

        chosen = ranked(figs) if intent == "rank" else with_any(figs)
        if not figs:
            w.lines.append(t["not_found"])
            return self._finish(q, w, answered=False)
        w.lines.append(t["rank_header" if intent == "rank" else ("any_header" if chosen else "any_none")].format(label=label))
        show((chosen or ranked(figs))[:20], "list_line")
        return self._finish(q, w, answered=True)

    def _metric_figures(self, q: ParsedQuestion, docs: list[Report] | None, pool: list[Report],
                        passages) -> tuple[list[ReportFigure], str]:
        """Each report's figure of the question's metric, and its label."""
        facts = [f for f in self.gatherer.fact_index.facts([d.doc_id for d in pool]) if f.metric == q.metric.key] if pool else []
        figs = figures(pool, facts, q.metric, q.norm + " " + " ".join(q.terms))
        label = q.metric.zh if q.language == "zh" else q.metric.en
        if docs is not None and 2 <= len(docs) <= 5:
            # the reports named: each report's figure as a single ask finds it (a row the ask names more precisely
            # than the metric, "主动公开的规章"; a report that states it only in prose)
            # "更多": figures; "which year had more": no date asked
            asked = self.gatherer.gather(dataclasses.replace(q, wants_number=True, norm=without_side_words(q.norm)), list(passages))
            # ("…, and by how many?", "多多少": the difference computed below, no figure of its own)
            asked = [a for a in asked if not asks_difference_only(a.ask.text)] or asked
            found = asked[0].facts if len(asked) == 1 else []
            by_doc = {d.doc_id: [f for f in found if f.doc_id == d.doc_id and f.value is not None] for d in docs}
            if found and all(by_doc.values()) and (len(figs) < len(docs) or any(f.metric != q.metric.key for f in found)):
                figs = [ReportFigure(d, [f for f in by_doc[d.doc_id] if f.metric == q.metric.key and f.kind == "table"]
                                     or by_doc[d.doc_id][:1]) for d in docs]
                first = figs[0].facts[0]
                if first.metric != q.metric.key:
                    label = self._figure_label(first, q.language)
        return figs, label

    @staticmethod
    def _figure_label(f: Fact, language: str) -> str:
        return row_label(f.row) if language == "zh" else (fact_label_en(f).split(" / ")[-1] or row_label(f.row))

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
                                                         unit=_unit(p.unit, q.language), n=n))
                    break

    def _add_related(self, q: ParsedQuestion, passages, w: Writeup, t: dict, facts: list[Fact]) -> None:
        """One supporting sentence from the narrative of the same report (e.g. the prose
        of 依申请公开 next to the table row) that states the same figure, cited on its own; never one already
        cited, never a sentence that states other figures only (padding that answers nothing asked)."""
        doc_ids = {f.doc_id for f in facts}
        # 0 is no figure a sentence shares: the commonest of all ("尚未收到申请" is not "…行政复议申请0件")
        values = {f.value for f in facts if f.value is not None and f.value != 0}
        candidates = [(c, s) for c, s in passages if c.doc_id in doc_ids and c.kind == "text"]
        for hit in self.gatherer.best_sentences(q, candidates, limit=3, require_number=True):
            r = self.index.by_doc[hit.chunk.doc_id]
            s, e = hit.span
            stated = {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", self._clean(r, s, e))}
            if not values & stated:
                continue
            c = self.span_citation(r, hit.chunk.section, s, e)
            if any(o.doc_id == c.doc_id and o.start < c.end and c.start < o.end for o in w.citations):
                continue
            n = w.cite(c)
            w.lines.append(t["related"].format(quote=self._clean(r, s, e), n=n))
            return

    # --- evidence helpers kept for callers ------------------------------------------------------
    def key_terms(self, q: ParsedQuestion) -> dict[str, float]:
        return self.gatherer.key_terms(q)

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
        return Answer(question=q.text, text="\n".join(lines), answered=answered, citations=w.citations,
                      language=q.language, engine=self.name)


_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）|\d+[.、])")


def _clause_words(label: str) -> str:
    """A prose figure's own words (after the last number of its label), or its whole label when those are only the
    particles after a year ("增加到2014年的" -> "年的" says nothing: the clause is the label)."""
    words = own_words(label)
    return label if re.fullmatch(r"[年月日的了之中到至为]*", words) else words


_NAMES_KIND = re.compile(r"信息公开|依申请|来信|来访|信访|(?<![a-z])(?:disclosure|petitions?|letters|visits)(?![a-z])")
_LEAD_IN = re.compile(r"^(?:其中|这其中|另有)\s*[:：,，]?\s*(?=\S)")


def _as_written(items: list[Fact], original: str) -> str:
    """The items of one phrase as the report writes them, with its own separators ("谁批准、谁公开,谁实施、谁公开",
    "《A办法》、《B制度》"), else joined by 、."""
    items = sorted(items, key=lambda g: g.start)
    first = items[0]
    before = original[first.quote_start : first.start]
    if re.search(r"[，,]", before) and len({(g.quote_start, g.quote_end) for g in items}) == 1:
        # the list's clause goes on with its sentence ("以网上公开为主,同时充分利用公告栏、微信公众号等…"): as quoted
        return re.sub(r"\s+", " ", original[first.quote_start : first.quote_end]).strip()
    out = items[0].text_value or items[0].raw
    for a, b in itertools.pairwise(items):
        sep = original[a.end : b.start].strip()
        out += (sep if sep in ("、", ",", "，", ";", "；") else "、") + (b.text_value or b.raw)
    return out


def _one_phrase(items: list[Fact], original: str) -> bool:
    """Short items written one after the other with only 、 between them ("公正、公平、便民"): one phrase."""
    items = sorted(items, key=lambda g: g.start)
    if len(items) > 1 and len({(g.quote_start, g.quote_end) for g in items}) == 1 and items[0].quote_end > items[-1].end - 1:
        return True  # the items of one list, quoted by the clause that holds them all: said and cited once
    return len(items) > 1 and all(len(g.text_value or g.raw) <= 6 for g in items) and all(
        original[a.end : b.start].strip() in ("、", ",", "，") for a, b in zip(items, items[1:]))


def _own_column(f: Fact) -> str:
    """The column without the row it repeats: table 四's '行政复议 / 总计' in row 行政复议 -> '总计'."""
    head = row_label(f.row) + " / "
    return f.column[len(head):] if f.column.startswith(head) else f.column


def row_label(row: str) -> str:
    """'三、本年度办理结果 / (一)予以公开' -> '予以公开': the last part without its enumerator."""
    return own_words(_LEAD_IN.sub("", _ENUMERATOR.sub("", row.split(" / ")[-1])))


def _unit(unit: str, language: str) -> str:
    if language == "zh":
        return unit
    return {"件": "", "条": "items", "万元": "×10,000 yuan", "元": "yuan"}.get(unit, unit)
