"""A comparison of a figure before and after a change that one clause of a report states ("目录由原来的61个栏目增加到108个")
asked as "how many more … than before", "比原来多了多少", "较以前增加了几个": both figures, cited by that clause, which is
more and the difference "B − A = D", never only the first number of the clause.

Like the two years of one clause (assistant.compare_sides ``_years_of_one_clause``) but with no years: the clause says
"from the original A to B" (glossary [patterns] before_after_change_zh) and the question compares with the state before
(compare_before_after).  The clause must hold a word of the thing asked (a change of something else answers nothing).
``BeforeAfterOfOneClause`` is a mixin of ``assistant.answer.ExtractiveEngine``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.aggregate import asks_comparison
from assistant.compare_sides import Side, write_which_more
from assistant.core.glossary import GLOSSARY
from assistant.core.not_stated import NOT_STATED
from assistant.english_asides import without_asides_en
from assistant.scope import report_names
from assistant.writeup import Writeup, fmt_value, unit_text, who

if TYPE_CHECKING:
    from assistant.evidence import AskEvidence

Q = GLOSSARY.patterns
_LABEL_STOP = "，,；;：:。"  # what ends the lead of the clause ("…完善了系统，市政府信息公开目录由原来的…": the directory)


def before_after(text: str) -> tuple[float, float, str] | None:
    """(the figure before, the figure after, the unit) of a change stated in one clause without years:
    "目录由原来的61个栏目增加到108个" -> (61.0, 108.0, "个"); None without one."""
    m = Q["before_after_change_zh"].search(text)
    if not m:
        return None
    return float(m.group("a").replace(",", "")), float(m.group("b").replace(",", "")), m.group("unit") or ""


def _lead_start(sentence: str, m: re.Match) -> int:
    """Where the lead of the clause `m` starts: after the last clause stop before it."""
    return max((k + 1 for k, ch in enumerate(sentence[: m.start()]) if ch in _LABEL_STOP), default=0)


def asked_clause(sentence: str, terms: dict[str, float], ask: str | None = None) -> re.Match | None:
    """The before/after clause of `sentence` whose lead names the thing asked: with several parallel clauses ("市级目录由原来
    的61个增加到108个,县区目录由原来的64个增加到426个,乡镇…"), the one whose lead writes a word of the level the ask names
    (not_stated.toml [[level]]: 县区, "county"; `ask`: the ask's text without the report's own names, else the words of
    `terms`); when the ask names no level, the one whose lead holds the most weight of the ask's words (`terms`, word ->
    weight) that the other leads do not all hold (its subject); the first clause when none is ahead (one clause, two
    levels named alike, or an ask naming nothing that sets a clause apart)."""
    clauses = list(Q["before_after_change_zh"].finditer(sentence))
    if len(clauses) < 2:
        return clauses[0] if clauses else None
    leads = [sentence[_lead_start(sentence, m) : m.start()] for m in clauses]
    low = (" ".join(terms) if ask is None else ask).lower()
    if levels := [lv for lv in NOT_STATED.levels if lv.ask.search(low)]:
        holding = [k for k, lead in enumerate(leads) if any(w in lead for lv in levels for w in lv.stated)]
        return clauses[holding[0]] if len(holding) == 1 else clauses[0]
    shared = {t for t in terms if all(t in lead for lead in leads)}
    scores = [sum(w for t, w in terms.items() if t not in shared and t in lead) for lead in leads]
    best = max(scores)
    return clauses[scores.index(best)] if best > 0 and scores.count(best) == 1 else clauses[0]


def _without_names(text: str, r) -> str:
    """`text` without the report's own names, a quoted title or an English aside describing the report (a level's
    word inside one is no level asked: 北京街道办事处, "the report whose district name was replaced")."""
    text = without_asides_en(re.sub(r"《[^》]*》", " ", text))
    for name, _kind in sorted(report_names(r), key=lambda nk: -len(nk[0])):
        if len(name) >= 2:
            text = text.replace(name, " ")
    return text


def asks_before_after(norm: str) -> bool:
    """The question compares a figure with the state before a change ("how many more … than before", "比原来多几个")."""
    return asks_comparison(norm) and Q["compare_before_after"].search(norm) is not None


class BeforeAfterOfOneClause:
    """Both figures of a before/after clause, which is more and the difference."""

    def _before_after_of_one_clause(self, q, a: AskEvidence, w: Writeup, t: dict, passages=()) -> bool:
        """Write the two figures of the clause that states the asked thing before and after a change, found in the
        sentence of a fact or of a sentence the ask found, else in a retrieved sentence of the question's reports that
        holds the ask's words; True when written."""
        if not asks_before_after(q.norm):
            return False
        places = [(f.doc_id, f.section, *self._clean_span(f)) for f in a.facts if f.kind == "narrative"]
        places += [(h.chunk.doc_id, h.chunk.section, *h.span) for h in a.sentences]
        places += self._before_after_sentences(a.q, passages)
        for doc_id, section, s, e in places:
            r = self.index.by_doc.get(doc_id)
            if r is None or s is None:
                continue
            sentence = self.index.texts(doc_id)[1][s:e]
            m = asked_clause(sentence, self._thing_terms(a.q), _without_names(a.q.norm, r))
            if not m or not self._holds_asked_thing(a.q, sentence):
                continue
            lead = _lead_start(sentence, m)
            label = sentence[lead : m.start()].strip() or ("" if q.language == "zh" else "figure")
            n = w.cite(self.span_citation(r, section, s + lead, s + m.end()))
            first, second, unit = before_after(sentence[m.start() :])
            sides = [Side(t["before_side"], first, unit, n), Side(t["after_side"], second, unit, n)]
            for side in sides:
                w.lines.append(t["fact"].format(who=who(r, q.language), year_part="", label=f"{label} ({side.label})",
                                                value=fmt_value(side.value, q.language), unit=unit_text(unit, q.language),
                                                n=n))
            write_which_more(q, sides, w, t)
            return True
        return False

    def _before_after_sentences(self, q, passages) -> list[tuple[str, str, int, int]]:
        """The retrieved sentences of the question's reports stating a before/after change, those holding more of the
        ask's words first (only sentences holding one at all)."""
        return self._sentences_stating(q, passages, lambda sentence: before_after(sentence) is not None)
