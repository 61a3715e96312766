"""The answer lines that quote a report's sentences: a clause stating the asked figure, a passage answering an ask
no figure states, the figure of a sentence as a side of a comparison, and the one supporting sentence beside a
one-figure answer.

``SentenceLines`` is a mixin of ``assistant.answer.ExtractiveEngine`` (it reads ``self.index`` and ``self.gatherer``
and cites with the engine's ``span_citation`` / ``_clean``); kept apart from ``assistant.answer``, which writes the
lines of facts and puts the answer together, because quoting sentences is a job of its own: which clause to quote,
how to name the body behind it, when a figure of 0 says "No" first.
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.types import Fact
from assistant.evidence import AskEvidence
from assistant.identifiers import asks_document_number, whole_document_number
from assistant.none_in_english import none_line
from assistant.none_statements import answers_no, answers_yes
from assistant.own_agency import OWN_AGENCY_LABEL, OWN_FIELDS, names_own_agency
from assistant.parts import asked_figures
from assistant.query import ParsedQuestion
from assistant.short_names import asks_document, short_name_definitions
from assistant.verify import ask_shape, normalise
from assistant.writeup import Writeup, who

# an ask for the body whose report it is, the report told by what it says (glossary [patterns] report_owner_ask)
_OWNER_ASK = GLOSSARY.patterns["report_owner_ask"]


class SentenceLines:
    """The lines of an answer quoted from a report's sentences (a mixin of the extractive engine)."""

    def _write_sentences(self, a: AskEvidence, w: Writeup, t: dict, may_say_no: bool = False) -> None:
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
                if asks_document_number(q.norm):  # "what's the document number of the notice": all of it, not "23"
                    value = whole_document_number(hit.figure, self._clean(r, s, e)) or value
                no = no_first(q, w, t, may_say_no) if hit.figure == "0" else ""  # ("0": a statement of none)
                w.lines.append(no + t["sentence_figure"].format(who=who(r, q.language), year_part=year_part,
                                                                value=value, title=r.display_title,
                                                                section_part=section_part,
                                                                quote=self._clean(r, s, e), n=n))
                if hit is a.sentences[0]:
                    break  # the figure is stated: a second passage would only lead with another number
                continue
            s, e = hit.span
            c = self.span_citation(r, hit.chunk.section, s, e)
            # "which ministry is behind the report where …": the body whose report says it, named first
            template = "sentence_owner" if _OWNER_ASK.search(q.norm) else "sentence"
            # "是哪个机关发布的" and the report says "特向社会公布…本机关…年度报告": its own agency, named
            field = ask_shape(q.norm).field
            if field in OWN_FIELDS and r.agency and r.agency in self._clean(r, s, e):
                # (… and a report naming no compiler nor publisher, its sentence naming its agency: the agency whose
                # report it is, named first, the citation labelled so: assistant/own_agency.py agency_named_hits)
                template, c.row = "sentence_owner", OWN_AGENCY_LABEL
                if not REPORT_FIELDS.evidence[field].search(normalise(self._clean(r, s, e))):
                    # (… and the sentence states no compiler nor publisher itself: the agency is the answer, said so
                    # with the field's role, not a quote of the title left to be read as one)
                    template = "sentence_agency_named"
            n = w.cite(c)
            said = none_line(self._clean(r, s, e), n, t, q.terms, a.ask.text) if q.language == "en" else None
            w.lines += [said] if said else []  # (a statement of none quoted in Chinese, said in English first)
            own = names_own_agency(field, self._clean(r, s, e)) if r.agency else None
            template = "sentence_own_agency" if own else template
            w.lines.append(t[template].format(title=r.display_title, section_part=section_part, quote=self._clean(r, s, e),
                                              n=n, who=who(r, q.language), self=own or "",
                                              role=t.get(f"own_role_{field}", ""),
                                              year_part=t["fact_year_part"].format(year=r.year) if r.year else ""))
            self._short_names_defined(q.norm, r, hit, w, t)

    def _short_names_defined(self, asked: str, r, hit, w: Writeup, t: dict) -> None:
        """The clause defining a short name the quoted sentence uses ("依据《条例》…": "《…政府信息公开条例》(以下简称《条例》)"),
        quoted and cited after it (assistant/short_names.py)."""
        if not asks_document(asked):
            return
        clean = self.index.texts(r.doc_id)[1]
        for s, e in short_name_definitions(self._clean(r, *hit.span), clean):
            inside = hit.chunk.clean_start <= s < hit.chunk.clean_start + len(hit.chunk.clean_text)
            n = w.cite(self.span_citation(r, hit.chunk.section if inside else "", s, e))
            # (a definition the copy wrapped over lines: one line of the answer)
            w.lines.append(t["short_name_defined"].format(quote=re.sub(r"[ \t\u3000]*\n\s*", "", clean[s:e]), n=n))

    def _sentence_figure(self, a: AskEvidence, w: Writeup) -> list:
        """The figure the ask's first sentence states, as a side of a comparison: [(label, value, unit, citation, None)]."""
        hit = a.sentences[0]
        r = self.index.by_doc.get(hit.chunk.doc_id)
        number = self.sentence_side(hit)
        if r is None or number is None:
            return []
        n = w.cite(self.span_citation(r, hit.chunk.section, *hit.clause))  # (cited already: its number)
        return [(a.ask.side or a.ask.focus or a.ask.text, number[0], number[1], n, None)]

    def _add_related(self, q: ParsedQuestion, passages, w: Writeup, t: dict, facts: list[Fact]) -> None:
        """One supporting sentence from the narrative of the same report (e.g. the prose
        of 依申请公开 next to the table row) that states the same figure, cited on its own; never one already
        cited, never a sentence that states other figures only (padding that answers nothing asked)."""
        doc_ids = {f.doc_id for f in facts}
        # 0 is no figure a sentence shares: the commonest of all ("尚未收到申请" is not "…行政复议申请0件")
        # (nor a figure the question itself states: "the 312 items split by category" needs no sentence restating 312)
        values = {f.value for f in facts if f.value is not None and f.value != 0} - asked_figures(q.norm)
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


def no_first(q: ParsedQuestion, w: Writeup, t: dict, may: bool) -> str:
    """"No — " ("没有。") before the line of a statement of none that opens the answer to a yes/no ask ("did they get
    sued", "were any fees charged", "是否收费"), or "Yes — " ("是。") to one asking whether the absence holds ("都按时答复了吗",
    "是否免费"): staff quote the answer, and it should say no (or yes) before it quotes why."""
    if not may or w.lines:
        return ""
    # ("都按时答复了吗": the statement that none was late says yes)
    return t["answer_no"] if answers_no(q.norm) else t["answer_yes"] if answers_yes(q.norm) else ""
