"""An ask of which things, and no count ("说把政府信息公开当作哪几方面的关键路径", "which two problems with published
content will it correct", "what qualities are they aiming for", "what is the bureau planning to do next year"): it asks
for the things a sentence names, so a bare count whose label happens to match its words ("累计公开信息80条",
"结转下年度继续办理 0", "主动公开政府信息302条") is no answer of it, and printing it would cite a passage that holds
nothing the ask wants.  The sentence naming the things is found instead (or the ask is said not to be stated).

Not when the ask also asks a figure (多少, a count 几 that is no 哪几, how many, number, total, rate, share, when …),
compares (哪个多, more, most …) or wants a breakdown (分别, "mainly include": a breakdown's parts are counts); a
statement of none, a list's items and a text field stay.  The question words are data (glossary.toml [patterns]
thing_ask_zh, thing_ask_en, figure_asked).  Generalises ``which_asks.figures_not_asked`` (channels only).

A count dropped is noted as turned down (decline_trace ``thing ask``), so the last look by embedding
(nearest_figure.py) does not bring a bare count back.  Read by the evidence gatherer (assistant/evidence.py).
"""

from __future__ import annotations

from assistant import decline_trace
from assistant.asks import wants_breakdown
from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact

_THING_ZH = GLOSSARY.patterns["thing_ask_zh"]
_THING_EN = GLOSSARY.patterns["thing_ask_en"]
_FIGURE = GLOSSARY.patterns["figure_asked"]


def things_asked(ask_text: str, breakdown: bool = False) -> bool:
    """The ask asks which things (no count, no figure in other words, no comparison, no breakdown)."""
    text = ask_text.lower()
    if breakdown or wants_breakdown(text) or _FIGURE.search(text):
        return False
    return bool(_THING_ZH.search(text) or _THING_EN.search(text))


def counts_not_asked(facts: list[Fact], ask_text: str, breakdown: bool = False, named: tuple | list | set = ()) -> list[Fact]:
    """`facts` without the bare counts (table cells and prose figures with a value) when the ask asks which things;
    statements of none, items and text fields stay, and so does a figure the ask itself names (`named`: "which
    platforms carried the 540 items": that total, whose parts name the platforms).  `facts` itself otherwise."""
    if not facts or not things_asked(ask_text, breakdown):
        return facts
    kept = [f for f in facts if f.value is None or f.kind not in ("table", "narrative") or f.value in named]
    for _ in range(len(facts) - len(kept)):  # (a count turned down: the last look, nearest_figure, sees it)
        decline_trace.veto("fact", "thing ask")
    return kept
