"""Asks of the items of a list worded otherwise than "哪些" / "which": a count asked together with the items it counts
("不足有几项？分别是什么", "how many … are there, and what are they") and a command to list them ("请列举它们分属的类别",
"list the sections of …"). Each is read as the ask of which items ("不足有哪些", "它们分属的类别有哪些", "which sections
of …"), so the items are listed, each cited, rather than one figure given.

A count of each item ("几个栏目？分别发了多少条", "列出各类别分别多少条", "list the number of …") is not this
(glossary.toml [patterns] counted_items_zh, counted_items_en, list_command_zh, list_command_after_zh, list_command_en,
list_counts).."""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY

_COUNTED_ITEMS_ZH = GLOSSARY.patterns["counted_items_zh"]
_COUNTED_ITEMS_EN = GLOSSARY.patterns["counted_items_en"]
_LIST_COMMAND_ZH = GLOSSARY.patterns["list_command_zh"]
_LIST_COMMAND_AFTER_ZH = GLOSSARY.patterns["list_command_after_zh"]
_LIST_COMMAND_EN = GLOSSARY.patterns["list_command_en"]
_LIST_COUNTS = GLOSSARY.patterns["list_counts"]


def items_asked_as_which(norm: str) -> str:
    """The question with its "几项？分别是什么" or "请列举…" read as "哪些", its "how many X, and what are they" or
    "list the X" as "which X"; any other question as it is."""
    # (each pattern only where its leading word is: most questions have none, and the whole question is read per ask)
    if "几" in norm:
        norm = _COUNTED_ITEMS_ZH.sub(lambda m: "哪些" + m.group("noun"), norm)
    if "how many" in norm and (" and what" in norm or " and which" in norm):
        norm = _COUNTED_ITEMS_EN.sub(lambda m: "which " + m.group("things"), norm)
    if ("列" not in norm and "list" not in norm) or _LIST_COUNTS.search(norm):
        return norm
    norm = _LIST_COMMAND_AFTER_ZH.sub("", norm)
    norm = _LIST_COMMAND_ZH.sub(lambda m: m.group("rest") + "有哪些", norm)
    return _LIST_COMMAND_EN.sub(lambda m: m.group("lead") + "which " + m.group("things") + "?", norm)
