"""A figure the question takes as given that the report contradicts: the premise does not hold.  And a question
asking why a figure changed that only figures answer: the report gives no reason.

"广州市信访局2022年依申请公开一下子到了120件,比上一年多这么多是啥原因?" takes 120 applications as given and asks why;
the report states 12.  "Of the 50 requests it received, how many were disclosed?" takes 50 as the whole; the report
states 12 received.  Answering with the report's figure as if it were the answer would let the wrong premise stand:
the answer says that the premise does not hold and gives, cited, what the report states instead (``answered`` False).

A figure is taken as given when the question asks why or for the reason of something (every count it states, with its
count word: "到了120件", "jumped to 120 requests"; data: core/data/not_stated.toml [patterns] reason_ask,
stated_count_zh/en), or restates it as the whole it asks a part of (assistant/premise.py).  It is contradicted only
when the figures the report states of the same thing (the question's own evidence; for a whole, the evidence of the
whole's words) are all different and the report nowhere writes the figure with a count word ("120件", "50条"): a
figure the report does write somewhere is never called false, whatever it counts there.  A question that only checks
a figure ("是120件吗", "did they really get 120?") asks for it: the figure answers it.

"Why did requests jump / rise so much", "为什么比上一年多这么多" asks a reason: a figure (the year's count) is no reason
and no change.  When no cited passage holds a word of a reason (原因, 由于, because …: [patterns] reason_stated), the
answer says the report gives no reason above the figures it does state (not answered).

``FigurePremise`` is a mixin of ``assistant.answer.ExtractiveEngine`` (``self.gatherer``, ``self.index``, the engine's
fact lines and ``_finish``).
"""

from __future__ import annotations

import re

from assistant import decline_trace
from assistant import premise as _premise
from assistant.core.not_stated import NOT_STATED
from assistant.core.template import TEMPLATE
from assistant.core.types import Answer, Fact, Passage
from assistant.labels import strip_enumerator
from assistant.negated_reasons import asks_not_done, reason_before_refusal
from assistant.query import ParsedQuestion, parse_question
from assistant.refusal_reasons import asks_refusal, reason_rows, refusal_reason
from assistant.totals import is_stated_total
from assistant.writeup import Writeup, fmt_value, unit_text, who

REASON_ASK = NOT_STATED.pattern("reason_ask")
_COUNT_ZH = NOT_STATED.pattern("stated_count_zh")
_COUNT_EN = NOT_STATED.pattern("stated_count_en")
_CHANGE = NOT_STATED.pattern("change_words")
_REASON_STATED = NOT_STATED.pattern("reason_stated")
_NONE_ASKED = NOT_STATED.pattern("none_asked")
# an ask of a count (多少, 几, how many): a reason asked beside it does not make a figure no answer
_COUNT_ASKED = re.compile(r"多少|几(?!乎)|(?<![a-z])(?:how\s+(?:many|much)|number\s+of|count\s+of)(?![a-z])")
# a count the report writes: the number and a count word after it (units of stated_count_zh)
_REPORT_UNITS = r"\s*(?:余|多)?\s*(?:件|条|起|个|项|次|宗|例|份|人次|宗)"


def reason_premises(norm: str) -> list[tuple[float, str]]:
    """(value, as written) of every count a question asking why states ("到了120件" -> (120.0, "120件")); [] for a
    question that asks no reason."""
    if not REASON_ASK.search(norm):
        return []
    out = []
    for rx in (_COUNT_ZH, _COUNT_EN):
        for m in rx.finditer(norm):
            value = float(m.group(1).replace(",", ""))
            if rx is _COUNT_EN and 1900 <= value <= 2099 and "," not in m.group(1):
                continue  # "2022 requests" is a year's requests more often than a count
            out.append((value, m.group(0).strip()))
    return out


def writes_count(text: str, value: float) -> bool:
    """The report's text writes `value` as a count somewhere ("120件", "12 条")."""
    number = fmt_value(value, "zh")
    return bool(re.search(rf"(?<![\d.,]){re.escape(number)}{_REPORT_UNITS}", text))


def asks_why_changed(norm: str) -> bool:
    """The question asks why a figure changed or is so high or low ("比上一年多这么多是啥原因", "why did requests jump"),
    or why there was none of it (asks_why_none), or asks a reason and no count ("为什么只公开了88条", "不予公开是出于什么
    理由", "why were only 39 concluded"): a figure is no reason.  A count asked beside the reason ("因为什么原因不予公开的
    有几件") is a count asked, answered by figures."""
    if not REASON_ASK.search(norm):
        return False
    return bool(_CHANGE.search(norm)) or asks_why_none(norm) or not _COUNT_ASKED.search(norm)


def asks_why_none(norm: str) -> bool:
    """The question asks why there was none of a thing ("why didn't they get any requests", "为什么没有收到申请"): the
    report's statement that there was none (0) is no reason (not_stated.toml [patterns] none_asked)."""
    return bool(REASON_ASK.search(norm)) and bool(_NONE_ASKED.search(norm))


def _total_cell_of(facts: list[Fact], values: list[float]) -> bool:
    """One of `values` is a total the report's tables state (a 总计 cell writes no count word after its figure)."""
    return any(f.kind == "table" and f.value is not None and is_stated_total(f) and abs(f.value - v) < 1e-9
               for f in facts for v in values)


class FigurePremise:
    """The answer to a question whose stated figure the report contradicts, or that asks a reason no cited passage
    gives."""

    def reason_not_given(self, q: ParsedQuestion, w: Writeup, t: dict, passages: list[Passage]) -> bool:
        """A question asking why a figure changed: the sentence of its report that gives a reason for the thing asked
        (a reason word and a word of the thing: "申请数量较上年增加,主要原因是…"), quoted and cited below the figures;
        when none does, a line above the figures says the report gives no reason — True then (not answered).  A figure
        is no reason, and the report's figure of the year is no change."""
        refusal = asks_refusal(q.norm)  # "为什么不予公开": "不予公开2件，均因…涉及…" gives the reason (refusal_reasons.py)

        def gives_reason(text: str) -> bool:
            return bool(_REASON_STATED.search(text)) or (refusal and refusal_reason(text))

        if not asks_why_changed(q.norm) or any(gives_reason(c.quote) for c in w.citations):
            return False
        if asks_not_done(q.norm) and any(reason_before_refusal(c.quote) for c in w.citations):
            return False  # "暂不接受申请的理由": the clauses before the refusal (assistant/negated_reasons.py)
        words = [x for x in ((*q.metric.core_zh, *q.metric.ask_zh) if q.metric else ()) + tuple(q.terms) if x]
        for chunk, _score in passages:
            r = self.index.by_doc.get(chunk.doc_id)
            if r is None or (q.doc_ids and chunk.doc_id not in q.doc_ids):
                continue
            for m in re.finditer(r"[^。；;！!？?\n]+", chunk.clean_text):
                sentence = m.group()
                if gives_reason(sentence) and any(alt in sentence for x in words for alt in x.split("|")):
                    s = chunk.clean_start + m.start()
                    n = w.cite(self.span_citation(r, chunk.section, s, s + len(sentence)))
                    w.lines.append(t["reason_line"].format(quote=sentence.strip(), n=n))
                    return False
        if refusal and self._reason_rows(q, w, t):
            return False  # the reasons as table 三 gives them: its refusal's sub-rows that have a count
        w.lines.insert(0, t["reason_not_stated"])
        return True

    def _reason_rows(self, q: ParsedQuestion, w: Writeup, t: dict) -> bool:
        """The answer rewritten as the reasons of refusal table 三 counts (refusal_reasons.reason_rows), each cited,
        under a line saying they are the table's; False (nothing written) when no report asked has such a row."""
        rows = [(d, reason_rows(self.gatherer.fact_index.facts([d]))) for d in q.doc_ids or [] if d in self.index.by_doc]
        rows = [(d, fs) for d, fs in rows if fs]
        if not rows:
            return False
        w.lines.clear()
        w.citations.clear()
        for d, facts in rows:
            r = self.index.by_doc[d]
            year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
            w.lines.append(t["reason_rows_header"].format(who=who(r, q.language), year_part=year_part))
            for f in facts:
                n = w.cite(self.fact_citation(f, r))
                label = strip_enumerator(f.row.split(" / ")[-1])
                label = (TEMPLATE.en(f.row.split(" / ")[-1]) or label) if q.language == "en" else label
                w.lines.append(t["breakdown_line"].format(label=label, value=fmt_value(f.value, q.language),
                                                          unit=unit_text(f.unit, q.language), n=n))
        return True

    def premise_of_figure(self, q: ParsedQuestion, passages: list[Passage], t: dict) -> Answer | None:
        """The report's own figures, cited, under a line saying the question's figure is not what the report states
        (not answered); None when the question takes no figure as given, or the report does not contradict it."""
        if not q.doc_ids or len(q.doc_ids) != 1:
            return None
        stated = reason_premises(q.norm)
        thing = q
        if not stated:
            wholes = _premise.premise_values(q.norm)
            if not wholes:
                return None
            phrase = _premise.split_premise(q.norm)[0]
            stated = [(v, fmt_value(v, q.language)) for v in wholes]
            thing = parse_question(phrase, self.index.reports)
            thing.doc_ids, thing.years, thing.language = q.doc_ids, q.years, q.language
        text = self.index.texts(q.doc_ids[0])[1]
        if any(writes_count(text, v) for v, _w in stated):
            return None  # the report writes the figure: whatever it counts, the question may have it right
        if thing is not q and _total_cell_of(self.gatherer.fact_index.facts([q.doc_ids[0]]), [v for v, _w in stated]):
            return None  # the whole is a total cell of the report's table ("the rest of the 66 new requests": 总计 66)
        facts = self._stated_figures(thing, passages)
        if not facts or any(abs(f.value - v) < 1e-9 for f in facts for v, _w in stated):
            return None
        w = Writeup()
        w.lines.append(t["premise_figure"].format(stated="、".join(s for _v, s in stated) if q.language == "zh"
                                                  else ", ".join(s for _v, s in stated)))
        for f in facts:
            line, _n = self._fact_line(q, f, w, t)
            w.lines.append(line)
        decline_trace.declined_by("premise:other figure stated")
        return self._finish(q, w, answered=False)

    def _stated_figures(self, thing: ParsedQuestion, passages: list[Passage]) -> list[Fact]:
        """The numeric facts the question's evidence (or the whole's) finds: the figures the report states of the
        thing the premise is about ([] when any ask found only sentences: no figure to set against it)."""
        facts: list[Fact] = []
        for a in self.gatherer.gather(thing, passages):
            if a.sentences and not a.facts:
                return []
            facts += [f for f in (a.facts or a.context) if f.value is not None and f.kind != "none"]
        return list({id(f): f for f in facts}.values())
