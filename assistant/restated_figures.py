"""A figure the question restates as its premise is no answer to an ask of another thing.

"网上收到的那5件申请，最后予以公开了几件": the 5 is what the question already knows (the requests received); a figure
of the report counting that premise (收到…5件, another metric than the outcome asked) says nothing of what came of
them, so the ask is not stated (a not-stated check, assistant/not_stated_checks.py) and the refusal says so, rather
than the restated figure coming back as the answer: a declined premise is noted (assistant/declined_asks.py), so the
refusal names it ("报告写了问题所说的5件，但没有写明这5件的办理结果（予以公开的数量）") rather than the generic line."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.core.template import TEMPLATE
from assistant.declined_asks import Decline, note

_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_YEAR = re.compile(r"(?:19|20)\d\d$")


def restated_figures(question: str) -> set[float]:
    """The figures a question writes itself, years aside ("那5件" -> {5.0}; "1,200" read as 1200)."""
    question = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", question)
    return {float(n) for n in _FIGURE.findall(question) if not _YEAR.match(n)}


def restates_premise(value: float | None, fact_metric: str | None, asked_metric: str | None, question: str) -> bool:
    """A figure of `fact_metric` equal to one the question restates, asked of another metric (`asked_metric`): the
    premise, no answer."""
    return (value is not None and fact_metric is not None and asked_metric is not None
            and fact_metric != asked_metric and value in restated_figures(question))


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _outcome(asked) -> bool:
    """The asked metric is an outcome of the year's handling: its row lies under table 三's 本年度办理结果 (template.toml),
    not a row beside it (the new, the carried-over, the carried-forward applications)."""
    if asked is None or asked.table != "三" or not asked.row_markers:
        return False
    outcomes = TEMPLATE.t3_row("三").zh
    paths = {p for layout in ("2021", "2017") for p in TEMPLATE.t3_row_paths(layout)}
    hits = [p for p in paths if any(m in p for m in asked.row_markers)]
    return bool(hits) and all(p.startswith(outcomes) for p in hits)


def premise_key(asked, parts: int = 1) -> str:
    """The template of a declined premise: what came of the applications restated (an asked outcome, 办理结果), else
    the part of them asked by its own name (a carried-over count too), or the breakdown asked (`parts`: how many parts
    it names, "预算和决算各占几条")."""
    return "premise_not_stated" if _outcome(asked) else "premise_breakdown_not_stated" if parts > 1 else "premise_part_not_stated"


def premise_declined(fact, asked, question: str) -> bool:
    """`restates_premise` of a fact (`asked`: the asked Metric), the declined premise noted with the asked thing's
    name and the fact, for the refusal."""
    if not restates_premise(fact.value, fact.metric, asked and asked.key, question):
        return False
    note(Decline(row=asked.zh, fact=fact, premise=f"{_plain(fact.value)}{fact.unit or ''}", premise_key=premise_key(asked)))
    return True


def premise_sentence_declined(figure: str, clause: str, asked, question: str) -> bool:
    """`restated_sentence` of a sentence's figure (`asked`: the asked Metric), the declined premise noted (named only:
    a sentence is no fact to show)."""
    if not restated_sentence(figure, clause, asked.core_zh, question):
        return False
    note(Decline(row=asked.zh, premise=figure.strip(), premise_key=premise_key(asked)))
    return True


def restated_sentence(figure: str, clause: str, core_zh, question: str) -> bool:
    """A sentence's figure (its text "5件") equal to one the question restates, in a clause naming none of the asked
    metric's core words (`core_zh`, "予以公开" of the outcome asked): the premise again, no answer."""
    m = _FIGURE.search(figure.replace(",", ""))
    return (m is not None and float(m.group()) in restated_figures(question)
            and not any(w and w in clause for w in core_zh))


def as_premises(notes: list[Decline], question: str, asked=None) -> list[Decline]:
    """The declines to say, a declined whole whose figure the question restates ("of the 5 requests, how many were
    disclosed in full" of a report stating only the 5 received) said as that premise: what came of them is not stated,
    rather than "only the total is given" (as `whole_line_key`)."""
    said = restated_figures(question)
    return [replace(d, premise=f"{_plain(d.fact.value)}{d.fact.unit or ''}", premise_key=premise_key(asked))
            if d.whole and not d.premise and d.fact is not None and d.fact.value in said else d for d in notes]


def whole_line_key(whole, question: str, asked=None, parts: int = 1) -> tuple[str, str]:
    """The template of a line giving an asked part's whole (`whole`, a Fact) and the figure it fills: the premise's
    (premise_key, "5件") when the question restates the whole's figure ("那9条财政信息，A和B各占几条": the breakdown
    of the 9 is what is missing, not the total), else ("part_not_stated", "")."""
    if whole.value is not None and whole.value in restated_figures(question):
        return premise_key(asked, parts), f"{_plain(whole.value)}{whole.unit or ''}"
    return "part_not_stated", ""
