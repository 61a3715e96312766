"""A question that presumes something happened and asks how it turned out ("did they win the lawsuit", "what was the
outcome of the review", "那起行政诉讼结果如何", "胜诉了吗", "最后怎么处理的"), where the report states that none of it
happened ("未发生…行政诉讼"): the premise does not hold.  Such a question is not answered (``answered`` False, not
"0 (none)"): the answer says the premise does not hold and quotes and cites the report's statement of none — or its
count of 0 ("铜陵那两起行政复议结果是维持还是纠正" where the report writes "收到行政复议申请0件").

Whether anything happened ("were there any lawsuits", "有没有被起诉", "how many …") is another question: its answer
is the statement of none, answered as 0 / none (assistant/fact_search.py).

``OutcomeOfNone`` is a mixin of ``assistant.answer.ExtractiveEngine`` (it reads ``self.gatherer`` and ``self.index``
and the engine's citation helpers).
"""

from __future__ import annotations

import re

from assistant import decline_trace
from assistant.core.glossary import GLOSSARY
from assistant.core.not_stated import NOT_STATED
from assistant.core.types import Answer, Passage
from assistant.query import ParsedQuestion, parse_question
from assistant.sentences import none_answers
from assistant.shown_quotes import keep_shown, shown_quote
from assistant.writeup import Writeup, who
from ingest.prose import none_in

# the words that ask how something turned out (glossary [patterns] outcome_ask) and those that ask whether anything
# happened at all, or how many (outcome_not_premise: then the statement of none answers, as 0 / none)
OUTCOME_ASK = GLOSSARY.pattern("outcome_ask")
_NOT_PREMISE = GLOSSARY.pattern("outcome_not_premise")
# the count it presumes ("the two reviews", "那两起复议"): no part of the thing looked for (core/data/not_stated.toml)
_PRESUMED_COUNT = NOT_STATED.pattern("presumed_count")


def _states_none(f) -> bool:
    """A statement of none ("未发生行政复议"), or a count of nothing ("收到行政复议申请0件", a table cell of 0): either
    denies that the thing happened."""
    return f.kind == "none" or (f.kind in ("narrative", "table") and f.value == 0)


def presumes_outcome(norm: str) -> bool:
    """The question asks how something turned out, taking for granted that it happened."""
    return bool(OUTCOME_ASK.search(norm)) and not _NOT_PREMISE.search(norm)


def presumed_thing(norm: str, language: str) -> str:
    """The question as an ask whether the presumed thing happened at all: the outcome words out, a yes/no frame in
    ("what happened with the lawsuit against X — did they win?" -> "were there any  the lawsuit against X —  ?")."""
    thing = re.sub(r"\s+", " ", _PRESUMED_COUNT.sub(" ", OUTCOME_ASK.sub(" ", norm))).strip(" ?？。,，;；:：—-")
    return f"{thing}有没有？" if language == "zh" else f"were there any {thing}?"


class OutcomeOfNone:
    """The answer to an outcome asked of what the report says did not happen."""

    def premise_of_none(self, q: ParsedQuestion, passages: list[Passage], t: dict) -> Answer | None:
        """The statements of none that deny what an outcome question presumes, written as its answer (not answered);
        None when the question asks no outcome or the report does not deny the thing it presumes."""
        if not presumes_outcome(q.norm) or not q.doc_ids:
            return None
        thing = parse_question(presumed_thing(q.norm, q.language), self.index.reports)
        thing.doc_ids, thing.years, thing.language = q.doc_ids, q.years, q.language
        asks = [a for a in self.gatherer.gather(thing, passages) if a.found]
        if not asks:
            return None
        w = Writeup()
        for a in asks:
            if any(not _states_none(f) for f in a.facts):
                return None  # a figure of it (a count, a table row): it happened, or the report says how often
            for f in a.facts:
                r = self.index.by_doc[f.doc_id]
                quote = shown_quote(self.index.texts(r.doc_id)[0][f.quote_start : f.quote_end])
                n = w.cite(self.fact_citation(f, r))
                keep_shown(w.citations[n - 1], quote)  # (a traditional mirror's span: the shown text kept beside it)
                w.lines.append(self._premise_line(t, r, quote, n, q.language))
            if a.facts:
                continue
            for hit in a.sentences:  # a sentence that states none of it ("未发生因政府信息公开引起的行政诉讼情况。")
                r = self.index.by_doc.get(hit.chunk.doc_id)
                s, e = hit.clause or hit.span
                text = self._clean(r, s, e) if r is not None else ""
                got = none_in(text)
                if r is None or got is None or not none_answers(got[0], a.q.terms, a.ask.text):
                    return None
                n = w.cite(self.span_citation(r, hit.chunk.section, s, e))
                w.lines.append(self._premise_line(t, r, text.strip(), n, q.language))
                break
        w.lines = list(dict.fromkeys(w.lines))
        decline_trace.declined_by("premise:outcome of none")
        return self._finish(q, w, answered=False)

    @staticmethod
    def _premise_line(t: dict, r, quote: str, n: int, language: str) -> str:
        year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
        return t["premise_none"].format(who=who(r, language), year_part=year_part, quote=quote.rstrip("。"), n=n)
