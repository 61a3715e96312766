"""The places an English name of an agency is followed by, as staff locate it: "the Heyuan public resources trading
center, Guangdong", "the people's government of Yuancun township, Gaoping, Jincheng, Shanxi".

Such a run of ", <place>" belongs to the name before it: its commas and the "and" after it join no asks ("in 2024,
requests to <name>, <place> and appeals over disclosure - how many of each?" asks two things, not three).  A place is
one pinyin word (a romanised Chinese name, no English word of the vocabulary), optionally with the English level word
after it ("Sanhe city", names.toml place_level_en).  Only what follows a name the question already names is read:
a pinyin word anywhere else is left to the scope step.
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.text import is_pinyin_word
from assistant.core.vocab import names_vocab

_LEVELS = "|".join(sorted(names_vocab().place_level_en, key=len, reverse=True))
# one ", <place>" after a name: a word of letters (with an apostrophe: "xi'an"), then perhaps its level word
_PLACE = re.compile(rf"\s*,\s*(?P<word>[a-z][a-z']*)(?:\s+(?:{_LEVELS}))?(?![a-z])")


def _is_place(word: str) -> bool:
    """A romanised Chinese place name: pinyin, and no English word the vocabulary knows ("wechat" is a channel)."""
    w = word.replace("'", "")
    return (len(w) >= 3 and is_pinyin_word(w) and w not in GLOSSARY.en_to_zh and w not in GLOSSARY.english_stop
            and w not in GLOSSARY.not_places)


def with_trailing_places(norm: str, names) -> list[str]:
    """Each English name of `names` written in the (normalised) question and followed by a run of ", <place>", with
    that run: the longer name to keep whole when the question is split into asks.  Empty when there is none."""
    out = []
    for name in {n for n in names if n and n.isascii() and len(n) >= 3}:
        for start in _spots(name, norm):  # (plain finds: a pattern per name overflowed re's cache on every question)
            end = start + len(name)
            if end < len(norm) and norm[end].isalnum():
                continue  # inside a longer word
            while (p := _PLACE.match(norm, end)) and _is_place(p.group("word")):
                end = p.end()
            if end > start + len(name):
                out.append(norm[start:end])
    return out


def _spots(word: str, text: str) -> list[int]:
    """Where `word` stands in `text`, left to right, non-overlapping (as re.finditer of the escaped word)."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + len(word))
    return out
