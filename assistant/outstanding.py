"""What is still open of a count the report states with its concluded part, asked as one count: "how many of the
visits accepted were not yet concluded", "受理的来访还有多少件尚未办结".

A report that counts the open ones itself (the row 结转下年度继续办理) answers by that row: the ask's words are its
metric's (metrics.toml applications_carried_forward).  One that writes only the count taken in and the count concluded,
in one sentence ("受理来访6800案次,办结6100案次"), answers by their difference, both figures cited:
"尚未办结：6,800[1] − 6,100[2] = 700案次".  Words: glossary.toml [patterns] outstanding_ask, concluded_label, open_label.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact
from assistant.labels import own_words
from assistant.sentence_figures import figures_after, figures_before

_OUTSTANDING = GLOSSARY.patterns["outstanding_ask"]
_CONCLUDED = GLOSSARY.patterns["concluded_label"]
_OPEN = GLOSSARY.patterns["open_label"]


def asks_outstanding(norm: str) -> bool:
    """The question asks how many of a count are not yet concluded ("尚未办结的有多少", "still outstanding")."""
    return bool(_OUTSTANDING.search(norm.lower()))


def _words(f: Fact) -> str:
    return own_words(f.label_zh or "")


def received_and_concluded(found: list[Fact], doc_facts: list[Fact], text: str) -> tuple[Fact, Fact] | None:
    """(the count taken in, its concluded part) of the one prose figure an outstanding ask found and the figure next to
    it in its sentence: the concluded count right after it, or (when the figure found is the concluded one) the count
    right before it; the same unit, no more concluded than taken in.  None where the figure found counts the open ones
    itself ("尚未办结12件", "结转下年度…": it answers as stated) or no such pair is written."""
    if len(found) != 1 or found[0].kind != "narrative" or found[0].value is None or _OPEN.search(_words(found[0])):
        return None
    f = found[0]
    if _CONCLUDED.search(_words(f)):
        taken = next(iter(figures_before(f, doc_facts, text)), None)
        pair = (taken, f) if taken is not None and not _CONCLUDED.search(_words(taken)) else None
    else:
        done = next((g for g in figures_after(f, doc_facts, text) if _CONCLUDED.search(_words(g))), None)
        pair = (f, done) if done is not None else None
    if pair is None or _OPEN.search(_words(pair[1])) or pair[0].unit != pair[1].unit or pair[1].value > pair[0].value:
        return None
    return pair


def outstanding_line(norm: str, written: list[tuple[Fact, int]], doc_facts: list[Fact], text: str,
                     cite: Callable[[Fact], int], t: dict, language: str) -> str | None:
    """"尚未办结：6,800[1] − 6,100[2] = 700案次" for an outstanding ask answered by one prose figure (`written`, with its
    citation number) whose sentence also states its concluded part (cited by `cite`); None otherwise."""
    from assistant.writeup import fmt_value, unit_text  # (writeup imports the answer's helpers; late, no cycle)

    if not asks_outstanding(norm) or len(written) != 1:
        return None
    pair = received_and_concluded([written[0][0]], doc_facts, text)
    if pair is None:
        return None
    numbers = {id(written[0][0]): written[0][1]}
    taken, done = pair
    n_taken, n_done = (numbers.get(id(f)) or cite(f) for f in pair)
    unit = unit_text(taken.unit, language)
    unit = f" {unit}" if language == "en" and unit else unit
    return t["outstanding_line"].format(taken=f"{fmt_value(taken.value, language)}[{n_taken}]",
                                        done=f"{fmt_value(done.value, language)}[{n_done}]",
                                        value=fmt_value(taken.value - done.value, language), unit=unit)
