"""A figure the question restates as its premise is no answer to an ask of another thing.

"网上收到的那5件申请，最后予以公开了几件": the 5 is what the question already knows (the requests received); a figure
of the report counting that premise (收到…5件, another metric than the outcome asked) says nothing of what came of
them, so the ask is not stated (a not-stated check, assistant/not_stated_checks.py) and the refusal says so, rather
than the restated figure coming back as the answer."""

from __future__ import annotations

import re

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


def restated_sentence(figure: str, clause: str, core_zh, question: str) -> bool:
    """A sentence's figure (its text "5件") equal to one the question restates, in a clause naming none of the asked
    metric's core words (`core_zh`, "予以公开" of the outcome asked): the premise again, no answer."""
    m = _FIGURE.search(figure.replace(",", ""))
    return (m is not None and float(m.group()) in restated_figures(question)
            and not any(w and w in clause for w in core_zh))
