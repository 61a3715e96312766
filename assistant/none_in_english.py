"""An English ask answered by quoting a report's Chinese statement of none ("查阅复印资料未收取任何费用", "未发生…引发
举报、投诉、提起行政诉讼等情况"): the answer says the none in English too ("None: no fees charged[1]"), cited by the same
span, so that staff reading English see the answer, not only a Chinese quote.  What is none is the statement's head
(assistant/none_statements.py none_head); its words are said by templates [none_things] (prompts/extractive.en.toml),
in the order the report writes them.  Only a statement the ask is about (none_answers), only words listed there."""

from __future__ import annotations

import re

from assistant.none_statements import none_answers, none_head
from ingest.prose import none_in

_CLAUSES = re.compile(r"[，,。；;！!？?\n]")


def none_things(quote: str, things: dict[str, str], terms=(), ask_text: str = "") -> list[str]:
    """The English words of what the quote's statements of none deny and the ask is about, each once, in the report's
    order; [] when the quote states no none of the ask's thing, or none of its words is in `things`."""
    out: list[str] = []
    for clause in _CLAUSES.split(quote):
        found = none_in(clause)
        if found is None or not none_answers(found[0], terms, ask_text):
            continue
        head, taken, hits = none_head(found[0]), [], []
        for word in sorted(things, key=len, reverse=True):
            for m in re.finditer(re.escape(word), head):
                if not any(s <= m.start() < e for s, e in taken):
                    taken.append((m.start(), m.end()))
                    hits.append((m.start(), things[word]))
        for _s, en in sorted(hits):  # ("依申请公开申请": "disclosure applications" says its "applications" already)
            if not any(en in o or o in en for o in out):
                out.append(en)
    return out


def none_line(quote: str, n: int, t: dict, terms=(), ask_text: str = "") -> str | None:
    """The English line saying the quote's none ("None: no fees charged[1]"), or None when there is nothing to say."""
    said = none_things(quote, t.get("none_things", {}), terms, ask_text)
    if not said or "none_stated" not in t:
        return None
    things = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " or " + said[-1]
    return t["none_stated"].format(things=things, n=n)
