"""Table 四 asked in staff words: the group of lawsuits an ask names ("未经复议直接起诉的有几件", "sued after
reconsideration"), and an ask of the outcomes ("行政复议的结果是什么", "what was the outcome of the reviews").

Table 四 counts lawsuits in two groups (未经复议直接起诉, 复议后起诉); the metric of lawsuits is both groups' totals.
An ask naming one group (its label's words, find_zh / staff_zh, or the words staff use in English, staff_en of
template.toml) asks that group's cells only: the other group and their sum are no answer.  An ask naming both (or
neither) keeps both.

An ask of how the cases turned out (glossary [patterns] outcome_ask) that names no outcome column is answered by the
outcome columns (结果维持, 结果纠正, 其他结果, 尚未审结), not by the total: the total says how many, not how they ended.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache

from assistant.core.glossary import GLOSSARY, TEMPLATE_DATA
from assistant.core.template import SEP, TEMPLATE
from assistant.en_phrases import bare, said


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(name, Chinese words, English staff phrasings lower-case) of each lawsuit group of table 四."""
    with open(TEMPLATE_DATA, "rb") as fh:
        raw = tomllib.load(fh)
    return tuple((g["zh"], (*g.get("find_zh", ()), *g.get("staff_zh", ())), tuple(p.lower() for p in g.get("staff_en", ())))
                 for g in raw["table4"]["groups"] if SEP in g["zh"])


def named_group(question: str) -> str | None:
    """The one lawsuit group of table 四 the question names, None when it names none or both."""
    low = question.lower()
    low_bare = bare(low)
    named = [name for name, zh, en in _groups()
             if any(w in question for w in zh) or any(said(p, low, low_bare) for p in en)]
    return named[0] if len(named) == 1 else None


def of_named_group(facts: list, question: str) -> list:
    """`facts` (cells of one report) narrowed to the lawsuit group the question names, when it names one and some of
    them are its cells."""
    group = named_group(question)
    if group is None:
        return facts
    mine = [f for f in facts if f.table == "四" and (f.column or "").startswith(group + SEP)]
    return mine or facts


_OUTCOME_ASK = GLOSSARY.patterns.get("outcome_ask")
_OUTCOMES = tuple(o.zh for o in TEMPLATE.t4_outcomes if o.zh != "总计")


def outcome_cells(facts: list, question: str) -> list:
    """The outcome cells of table 四 among `facts` when the question asks how the cases turned out; [] otherwise."""
    if _OUTCOME_ASK is None or not _OUTCOME_ASK.search(question.lower()):
        return []
    return [f for f in facts if f.table == "四" and (f.column or "").split(SEP)[-1] in _OUTCOMES]
