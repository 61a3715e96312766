"""An ask's own words: the ask without the English names of the agency and place that scoped the question.

The scope step has already chosen the report by those names ("the Kundulun letters and visits bureau", "the petitions
office of Kundulun district"); written inside an ask they are no words of the thing asked, yet their words are the
glossary's ("letters and visits" -> 信访, "petitions" -> 信访): searched, they land the ask on a row or sentence of
petitions (信访联席会议, the 信访举报投诉类 row) instead of the figure asked.  So an ask of a question about one report is
searched by its words without them (``assistant.ask_question``); a side of a comparison of reports keeps them (its
name is what picks its report).  Chinese names stay: the Chinese key terms already leave a name's words out where the
question writes it (assistant/sentences.py).
"""

from __future__ import annotations

import re

from assistant.core.vocab import names_vocab

_V = names_vocab()
# an agency type with a head word ("petitions bureau", "general office", "health commission"): written next to a scope
# name it completes that name ("Kundulun district government petitions bureau", "the petitions office of Kundulun");
# a type without a head ("government", "statistics") may be the thing asked ("government documents") and stays
_HEADED_TYPES = sorted((t for t in _V.english_type_words if t.split()[-1] in _V.name_heads_en and " " in t), key=len, reverse=True)
_TYPE = "(?:" + "|".join(re.escape(t) for t in _HEADED_TYPES) + ")"
# the level and kind words that may stand between the place and the type ("district government", "people's")
_BETWEEN = "(?:" + "|".join(sorted([*map(re.escape, _V.name_levels_en), "government", "people's", "autonomous region"], key=len, reverse=True)) + ")"
# a masked name (a private-use key: assistant.asks.split_asks) with "the <type> of" before it or a type after it
_NAME_WITH_TYPE = re.compile(rf"(?:the )?(?:{_TYPE} (?:of|in) (?:the )?)?(?P<key>[\ue000-\uf8ff])(?:(?: {_BETWEEN})* {_TYPE}(?![a-z]))?")
# what must stay of an ask for it to be one: a word of three letters or a Chinese character
_CONTENT = re.compile(r"[a-z]{3,}|[\u4e00-\u9fff]")
# an article or preposition left dangling where a name was cut out ("the  of  in 2023")
_DANGLING = re.compile(r"(?<![a-z])(?:the|of|at|for|from|by)\s+(?=(?:the|of|at|for|from|by)?\s*[,:;?]|$)")


def scope_keys(masks: dict[str, str], given: set[str], joined_labels: tuple[str, ...]) -> set[str]:
    """The mask keys of `masks` (key -> masked name) that stand for a scope name: an English name of the agency or
    place the question was given (`given`), not a table label masked only so that its "and" splits nothing."""
    return {k for k, name in masks.items() if name in given and name.isascii() and name not in joined_labels}


def without_scope_names(text: str, keys: set[str], masks: dict[str, str]) -> str:
    """`text` (an ask with names masked) with the scope names of `keys` cut out and the other masks written back
    ("how many requests did the <kundulun letters and visits bureau> get" -> "how many requests did get");
    "" when nothing of an ask would stay, or no name was cut."""
    if not any(k in text for k in keys):
        return ""
    out = _NAME_WITH_TYPE.sub(lambda m: " " if m.group("key") in keys else m.group(), text)
    for key, name in masks.items():
        out = out.replace(key, name)
    out = re.sub(r"\s+", " ", _DANGLING.sub(" ", re.sub(r"\s+", " ", out))).strip()
    out = re.sub(r"\s+([,:;?])", r"\1", out)
    return out if len(_CONTENT.findall(out)) >= 2 else ""
