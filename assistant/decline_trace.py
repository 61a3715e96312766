"""Why an answer declined: the stage that turned the question down, as one machine-readable note.

A declined answer's text says what is not stated; this says which step of the answer chain decided it, so a count of
declined answers by stage (bench/failure_modes.py) shows where answerable questions are lost.  The answer text is
never changed: the stage is the Answer's field ``declined_at`` (``<stage>`` or ``<stage>:<detail>``).

Stages, first to last in the chain:

- ``scope:<why>``: no report in scope (an unknown agency or place, no report of the year, another agency's report;
  assistant/api.py before any search);
- ``shape``: the answer found did not hold what the question's shape asks for (a name, a sum of money; api._checked);
- ``premise:<which>``: the question's premise is not what the report says (a figure it restates, an outcome of none);
- ``no_asks``: the question split into no ask to search;
- ``part_not_stated``: a part the ask names that no fact states (the whole given as context);
- ``declined_check:<kind>``: a figure found and turned down by a check that notes what it declined
  (assistant/declined_asks.py: ``row`` by the label fit, ``fee``, ``premise``);
- ``vetoed_fact:<check>``: the ask's label or metric search found figures and every one was turned down in the
  evidence step (the not-stated check named, else ``fit``: the figure's words lack the asked thing's core words, or its
  unit or shape is not the ask's);
- ``vetoed_sentence:<check>``: sentences were retrieved for the ask and every one was turned down (``label_fit``: a
  clause of another row; ``fit``: no core word of the ask);
- ``vetoed_candidate:<check>``: nothing reached the evidence step, but the searches turned candidates down (the
  check that turned down most);
- ``nothing_found``: no figure and no sentence was a candidate at all;
- ``reason_not_given`` / ``side_uncounted`` / ``several_reports`` / ``other``: the answer's own later checks.

The events are noted in a context variable set by the engine for one question (``start``); a check run outside of it
notes nothing, so the answer rules cost one dictionary update per turned-down candidate at most.
"""

from __future__ import annotations

from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, field



@dataclass
class Trace:
    """What one question's gathering saw: candidates turned down, by where and why; asks whose found figures or
    retrieved sentences all went."""

    vetoes: Counter = field(default_factory=Counter)  # ("fact"|"sentence", why) -> count
    found_then_vetoed: Counter = field(default_factory=Counter)  # why -> asks whose found figures all went
    sentences_then_vetoed: int = 0  # asks whose retrieved sentences all went
    stage: str = ""  # set explicitly by a step that declines on its own


_TRACE: ContextVar[Trace | None] = ContextVar("decline_trace", default=None)


def start() -> Trace:
    """Start tracing one question's answer (the engine, before gathering)."""
    t = Trace()
    _TRACE.set(t)
    return t


def current() -> Trace | None:
    return _TRACE.get()


def veto(where: str, why: str | None) -> None:
    """A candidate figure (`where` = "fact") or sentence ("sentence") turned down by check `why`."""
    t = _TRACE.get()
    if t is not None:
        t.vetoes[(where, why or "fit")] += 1


def mark() -> Counter:
    """The vetoes so far (to tell which checks a step's filter fired: all_turned_down)."""
    t = _TRACE.get()
    return Counter(t.vetoes) if t is not None else Counter()


def all_turned_down(found: list, fitted: list, kept: list, before: Counter) -> None:
    """An ask's `found` figures all went in the evidence step: by their unit or shape (`fitted` empty), else by the
    check that turned down most of them since `before` (a mark())."""
    t = _TRACE.get()
    if t is None or not found or kept:
        return
    if not fitted:
        found_then_vetoed("unit or shape")
        return
    fired = Counter({why: n - before.get((w, why), 0) for (w, why), n in t.vetoes.items()
                     if w == "fact" and n > before.get((w, why), 0)})
    found_then_vetoed(fired.most_common(1)[0][0] if fired else "kept only as named")


def found_then_vetoed(why: str) -> None:
    """An ask's found figures were all turned down in the evidence step, most by check `why`."""
    t = _TRACE.get()
    if t is not None:
        t.found_then_vetoed[why or "fit"] += 1


def sentences_vetoed() -> None:
    t = _TRACE.get()
    if t is not None:
        t.sentences_then_vetoed += 1


def declined_by(stage: str) -> None:
    """A step declining on its own (a premise check, the several-reports writer): the stage it names."""
    t = _TRACE.get()
    if t is not None and not t.stage:
        t.stage = stage


def _top(vetoes: Counter, where: str) -> str:
    mine = Counter({why: n for (w, why), n in vetoes.items() if w == where})
    return mine.most_common(1)[0][0] if mine else ""


def stage_of(trace: Trace | None, *, no_asks: bool = False, context: bool = False, declines=()) -> str:
    """The stage a declined answer of the main path stopped at (see the module's list), from its trace."""
    if trace is not None and trace.stage:
        return trace.stage
    if no_asks:
        return "no_asks"
    if context:
        return "part_not_stated"
    if declines:
        d = declines[0]
        kind = "premise" if getattr(d, "premise", "") else "fee" if getattr(d, "name_key", "") else "row"
        return f"declined_check:{kind}"
    if trace is None:
        return "other"
    if trace.found_then_vetoed:
        return f"vetoed_fact:{trace.found_then_vetoed.most_common(1)[0][0]}"
    if trace.sentences_then_vetoed:
        return f"vetoed_sentence:{_top(trace.vetoes, 'sentence') or 'fit'}"
    if trace.vetoes:
        why = _top(trace.vetoes, "fact")
        return f"vetoed_candidate:{why}" if why else f"vetoed_candidate:sentence:{_top(trace.vetoes, 'sentence')}"
    return "nothing_found"


def main_path(answered: bool, no_reason: bool, side_uncounted: bool, asks: list, declines: list) -> None:
    """The stage of the engine's main path (assistant/answer.py), when its answer declines: found and then no reason
    given ("why"), a compared side never counted, else what the asks' gathering saw."""
    if answered and not no_reason and not side_uncounted:
        return
    declined_by("reason_not_given" if no_reason else "side_uncounted" if side_uncounted else stage_of(
        current(), no_asks=not asks, context=any(a.context for a in asks), declines=declines))

