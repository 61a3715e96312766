"""The extractive answer engine: no language model, every figure cut from a report.

Order of evidence:
1. facts (standard-table cells and narrative figures) of the metric the question
   asks about, in the reports it names;
2. otherwise sentences of the retrieved passages that cover the question's key
   terms (and hold a figure when a figure is asked for).
When neither gives evidence, the answer says so and ``answered`` is False.

The answer text is assembled from templates in ``prompts/extractive.<lang>.toml``;
the only numbers it contains are copied from the cited evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.aggregate import by_year, detect_intent, figures, ranked, with_any
from assistant.prompts import load_templates
from assistant.query import ParsedQuestion, report_names
from assistant.retrieve import SearchIndex
from assistant.core.types import Answer, Chunk, Citation, Fact, Report
from assistant.core.text import sentence_spans
from assistant.core.text import tokenize

# words that carry no evidence: they appear in every report or every question
GENERIC = frozenset(
    "政府 信息 公开 政府信息 信息公开 政府信息公开 工作 报告 年度 年度报告 情况 多少 几 什么 哪些 是否 怎么 如何 "
    "哪里 哪儿 哪个 哪些 怎样 为何 为什么 何时 什么时候 有没有 请问 告诉 查询 关于 是什么 多少条 多少件 "
    "吗 呢 有 共 区 市 县 年 the a an of in on for to did do does was were is are how many much what which who "
    "and or by with from report reports".split()
)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NEGATION = re.compile(r"未|没有|无|不存在|零")
_YEARLIKE = re.compile(r"^(19|20)\d\d$")


@dataclass
class Evidence:
    """What the engine found, before it is written up."""

    citations: list[Citation] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def cite(self, c: Citation) -> int:
        for old in self.citations:
            if (old.doc_id, old.start, old.end, old.highlight_start) == (c.doc_id, c.start, c.end, c.highlight_start):
                return old.n
        c.n = len(self.citations) + 1
        self.citations.append(c)
        return c.n


def fmt_value(v: float, language: str) -> str:
    if float(v).is_integer():
        return f"{int(v):,}" if language == "en" else str(int(v))
    return f"{v:,}" if language == "en" else str(v)


def who(report: Report, language: str) -> str:
    name = report.agency or report.display_title
    if language == "en":
        pinyin = next((a for a in report.aliases if re.fullmatch(r"[a-z]+", a)), None)
        return f"{name} ({pinyin.capitalize()})" if pinyin else name
    return name


class ExtractiveEngine:
    name = "extractive"

    def __init__(self, index: SearchIndex, min_evidence_score: float = 0.34) -> None:
        self.index = index
        self.min_evidence_score = min_evidence_score

    # --- public ---------------------------------------------------------------------------
    def answer(self, q: ParsedQuestion, passages: list[tuple[Chunk, float]]) -> Answer:
        t = load_templates("extractive", q.language)
        ev = Evidence()
        by_doc = self.index.by_doc
        docs = [by_doc[d] for d in q.doc_ids] if q.doc_ids else None

        if q.metric is not None:
            intent = detect_intent(q.norm, len(q.years), len(q.doc_ids) if q.doc_ids is not None else None)
            if intent != "single":
                return self._aggregate(q, intent, docs, t)
            facts = self._metric_facts(q, docs)
            if facts:
                for f in facts:
                    ev.lines.append(self._fact_line(q, f, ev, t))
                self._add_petitions(q, ev, t, facts)
                self._add_related(q, passages, ev, t, {f.doc_id for f in facts})
                return self._finish(q, ev, answered=True)

        best = self._best_sentences(q, passages)
        if best:
            for chunk, (s, e), _score in best:
                r = by_doc.get(chunk.doc_id)
                if r is None:
                    continue
                c = self.span_citation(r, chunk.section, s, e)
                n = ev.cite(c)
                section_part = t["section_part"].format(section=chunk.section) if chunk.section else ""
                quote = self._clean_sentence(r, s, e)
                ev.lines.append(t["sentence"].format(title=r.display_title, section_part=section_part, quote=quote, n=n))
            return self._finish(q, ev, answered=True)

        ev.lines.append(t["not_found"])
        return self._finish(q, ev, answered=False)

    # --- facts ----------------------------------------------------------------------------
    def _metric_facts(self, q: ParsedQuestion, docs: list[Report] | None) -> list[Fact]:
        """The fact(s) that answer a metric question, one report after another."""
        if docs is None:
            return []  # no report named: answered from passages (or as a listing, see _aggregate)
        facts = self.index.store.facts([d.doc_id for d in docs], metric=q.metric.key)
        return [f for fig in figures(docs, facts, q.metric, q.norm) for f in fig.facts]

    def _fact_line(self, q: ParsedQuestion, f: Fact, ev: Evidence, t: dict, template: str = "fact") -> str:
        r = self.index.by_doc[f.doc_id]
        n = ev.cite(self.fact_citation(f, r))
        year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
        if q.language == "zh":
            label = row_label(f.row) + (f"（{f.column}）" if f.column and f.table != "narrative" else "")
        else:
            label = q.metric.en + (f" ({f.column})" if f.column and f.table != "narrative" and f.column != q.metric.preferred_column else "")
        return t[template].format(who=who(r, q.language), year_part=year_part, label=label,
                                  value=fmt_value(f.value, q.language), unit=_unit(f.unit, q.language), n=n)

    def _aggregate(self, q: ParsedQuestion, intent: str, docs: list[Report] | None, t: dict) -> Answer:
        """compare / change / rank / any: figures of several reports, each line cited to its own report."""
        ev = Evidence()
        pool = docs if docs is not None else [r for r in self.index.reports if not q.years or r.year in q.years]
        facts = self.index.store.facts([d.doc_id for d in pool], metric=q.metric.key) if pool else []
        figs = figures(pool, facts, q.metric, q.norm)
        label = q.metric.zh if q.language == "zh" else q.metric.en
        missing = [d for d in pool if d.doc_id not in {f.report.doc_id for f in figs}]

        def show(fig_list, template="fact"):
            for fig in fig_list:
                for f in fig.facts:
                    ev.lines.append(self._fact_line(q, f, ev, t, template))

        if intent in ("compare", "change"):
            ordered = by_year(figs) if intent == "change" else figs
            gaps = [who(d, q.language) + (t["fact_year_part"].format(year=d.year) if d.year else "") for d in missing]
            gaps += q.unknown_places
            if intent == "change":
                got_years = {f.report.year for f in figs}
                gaps += [t["missing_year_item"].format(year=y) for y in q.years if y not in got_years and not missing]
            show(ordered)
            if len(figs) < 2 or gaps:
                ev.lines.append(t["cannot_compare"].format(missing="、".join(gaps) if q.language == "zh" else ", ".join(gaps) or "—"))
                return self._finish(q, ev, answered=False)
            if intent == "change":
                first, last = ordered[0], ordered[-1]
                key = "change_up" if last.value > first.value else "change_down" if last.value < first.value else "change_same"
                ev.lines.append(t[key].format(label=label, y1=first.report.year, y2=last.report.year))
            else:
                top = ranked(figs)
                if top[0].value == top[-1].value:
                    ev.lines.append(t["compare_equal"].format(label=label))
                else:
                    r = top[0].report
                    ev.lines.append(t["compare_higher"].format(who=who(r, q.language), label=label,
                                                               year_part=t["fact_year_part"].format(year=r.year) if r.year else ""))
            return self._finish(q, ev, answered=True)

        chosen = ranked(figs) if intent == "rank" else with_any(figs)
        if not figs:
            ev.lines.append(t["not_found"])
            return self._finish(q, ev, answered=False)
        ev.lines.append(t["rank_header" if intent == "rank" else ("any_header" if chosen else "any_none")].format(label=label))
        show((chosen or ranked(figs))[:20], "list_line")
        return self._finish(q, ev, answered=True)

    def fact_citation(self, f: Fact, r: Report) -> Citation:
        original = self._texts(r.doc_id)[0]
        return Citation(
            n=0, doc_id=r.doc_id, source=r.sources[0] if r.sources else "", title=r.display_title, agency=r.agency,
            year=r.year, section=f.section, quote=original[f.quote_start : f.quote_end], start=f.quote_start,
            end=f.quote_end, row=f.row, column=f.column or None, highlight=original[f.start : f.end],
            highlight_start=f.start, highlight_end=f.end, warnings=r.warnings,
        )

    def _add_petitions(self, q: ParsedQuestion, ev: Evidence, t: dict, facts: list[Fact]) -> None:
        """Users asking about "applications" of a petitions bureau often mean letters and
        visits: show that figure too, cited on its own and named for what it is."""
        if q.metric.key != "applications_received":
            return
        for doc_id in dict.fromkeys(f.doc_id for f in facts):
            for p in self.index.store.facts([doc_id], table="narrative"):
                if p.row == "信访事项":
                    r = self.index.by_doc[doc_id]
                    n = ev.cite(self.fact_citation(p, r))
                    ev.lines.append(t["petitions"].format(who=who(r, q.language), value=fmt_value(p.value, q.language),
                                                          unit=_unit(p.unit, q.language), n=n))
                    break

    def _add_related(self, q: ParsedQuestion, passages, ev: Evidence, t: dict, doc_ids: set[str]) -> None:
        """One supporting sentence from the narrative of the same report (e.g. the prose
        of 依申请公开 next to the table row), cited on its own; never one already cited."""
        candidates = [(c, s) for c, s in passages if c.doc_id in doc_ids and c.kind == "text"]
        for chunk, (s, e), _score in self._best_sentences(q, candidates, limit=3, require_number=True):
            r = self.index.by_doc[chunk.doc_id]
            c = self.span_citation(r, chunk.section, s, e)
            if any(o.doc_id == c.doc_id and o.start < c.end and c.start < o.end for o in ev.citations):
                continue
            n = ev.cite(c)
            ev.lines.append(t["related"].format(quote=self._clean_sentence(r, s, e), n=n))
            return

    # --- sentences ------------------------------------------------------------------------
    def key_terms(self, q: ParsedQuestion) -> dict[str, float]:
        names = {n for d in (q.doc_ids or []) for n, _k in report_names(self.index.by_doc[d])} | set(q.entities)
        name_tokens = {tok for n in names for tok in tokenize(n)}
        cjk_question = " ".join(re.findall(r"[\u3400-\u9fff]+", q.norm))
        terms = {}
        for tok in tokenize(cjk_question + " " + " ".join(q.terms)):
            if tok in GENERIC or tok in name_tokens or _YEARLIKE.match(tok) or not re.search(r"[\u3400-\u9fff]", tok):
                continue
            if len(tok) == 1:
                continue
            terms[tok] = self.index.bm25.idf(tok)
        return terms

    def _best_sentences(self, q: ParsedQuestion, passages, limit: int = 2, require_number: bool | None = None):
        terms = self.key_terms(q)
        if not terms:
            return []
        total = sum(terms.values())
        need_number = q.wants_number if require_number is None else require_number
        scored = []
        for rank, (chunk, _s) in enumerate(passages):
            for s, e in sentence_spans(chunk.clean_text):
                sent = chunk.clean_text[s:e]
                if "|" in sent:
                    continue  # table rows are answered from facts
                cover = sum(w for tok, w in terms.items() if tok in sent) / total
                if cover < self.min_evidence_score:
                    continue
                numbers = [n for n in _NUMBER.findall(sent) if not _YEARLIKE.match(n)]
                if need_number and not numbers and not _NEGATION.search(sent):
                    continue
                score = cover + (0.1 if numbers else 0) - 0.02 * rank
                scored.append((score, chunk, (chunk.clean_start + s, chunk.clean_start + e)))
        scored.sort(key=lambda x: -x[0])
        out = []
        for score, chunk, span in scored:
            if len(out) >= limit or (out and score < out[0][2] - 0.25):
                break
            if all(span != o[1] for o in out):
                out.append((chunk, span, score))
        return out

    # --- citations ------------------------------------------------------------------------
    def _texts(self, doc_id: str):
        return self.index.texts(doc_id)

    def span_citation(self, r: Report, section: str, clean_s: int, clean_e: int) -> Citation:
        original, _clean, index = self._texts(r.doc_id)
        s, e = index[clean_s], index[clean_e - 1] + 1
        return Citation(
            n=0, doc_id=r.doc_id, source=r.sources[0] if r.sources else "", title=r.display_title, agency=r.agency,
            year=r.year, section=section, quote=original[s:e], start=s, end=e, warnings=r.warnings,
        )

    def _clean_sentence(self, r: Report, s: int, e: int) -> str:
        return self._texts(r.doc_id)[1][s:e]

    def _finish(self, q: ParsedQuestion, ev: Evidence, answered: bool) -> Answer:
        t = load_templates("extractive", q.language)
        lines = list(ev.lines)
        flagged = {c.doc_id: c for c in ev.citations if c.warnings}
        for c in flagged.values():
            r = self.index.by_doc[c.doc_id]
            lines.append(t["identity_warning"].format(who=who(r, q.language), warnings="；".join(c.warnings)))
        sep = "\n" if q.language == "zh" else "\n"
        return Answer(question=q.text, text=sep.join(lines), answered=answered, citations=ev.citations,
                      language=q.language, engine=self.name)


_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、])")


def row_label(row: str) -> str:
    """'三、本年度办理结果 / (一)予以公开' -> '予以公开': the last part without its enumerator."""
    return _ENUMERATOR.sub("", row.split(" / ")[-1])


def _unit(unit: str, language: str) -> str:
    if language == "zh":
        return unit
    return {"件": "", "条": "items", "万元": "×10,000 yuan", "元": "yuan"}.get(unit, unit)
