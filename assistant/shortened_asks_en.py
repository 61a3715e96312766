"""English asks that lean on the ask before them, written out whole with its words: a shortened ask ("and
partially?", "what about the Weibo account?") takes its count ("how many applications …"), "how many new ones" its
counted noun, "out of how many accepted" the thing it counts; and whether a shortened piece is a sentence of its own
("…in full? and partially?").  Pure functions over the pieces of a normalised question (``assistant.asks`` calls them).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY

Q = GLOSSARY.patterns  # question words (glossary.toml [patterns])

_COUNTED_EN = re.compile(r"(?<![a-z])how (?:many|much)((?:\s+(?!(?:were|was|did|do|does|are|is|have|has|had)(?![a-z]))[a-z\-]+){1,3}?)"
                         r"(?=\s+(?:were|was|did|do|does|are|is|have|has|had)(?![a-z]))")


def whole_of_part(piece: str, before: str) -> str:
    """"how many visit cases were concluded, out of how many accepted": the whole, asked of what the ask before it
    counts ("how many visit cases accepted"), not a bare "how many accepted"."""
    m = re.search(r"(?<![a-z])out of how (?:many|much)(?![a-z])", piece)
    if not m:
        return piece
    counted = _COUNTED_EN.search(before)
    return f"{piece[: m.start()]}how many{counted.group(1) if counted else ''}{piece[m.end():]}"


_LEAD_EN = re.compile(r"^\s*(?:and\s+)?(?:(?:what|how)\s+about|same\s+for)\s+|^\s*and\s+(?:also\s+)?")
# ("how many applications were …", "how many items on …": the counted noun goes with the count; not "legal" of
# "how many legal documents")
_VERB_OR_PREP_EN = r"(?:were|was|did|do|does|are|is|have|has|had|came|went|on|in|via|through|from|by|for|of|to|at)(?![a-z])"
_COUNT_OF_EN = re.compile(rf"(?<![a-z])how (?:many|much)(?:\s+(?!{_VERB_OR_PREP_EN})[a-z\-]+(?=\s+{_VERB_OR_PREP_EN}|\s*$))?")


def with_count_of_before_en(piece: str, before: str) -> str:
    """An English shortened ask ("and partially?", "what about the Weibo and the WeChat account?") asks the count the
    ask before it asks ("how many applications …"): that count's words, then the ask's own words; the piece as it is
    when it asks a question of its own or the ask before it counts nothing.  (The first half of a shortened ask's
    carry-over, its words, done here because the split reads them; its metric is carried when the asks are gathered:
    assistant.ask_question.carried_metric.)"""
    if re.search(r"[\u4e00-\u9fff]", piece) or not _LEAD_EN.match(piece):
        return piece
    own = _LEAD_EN.sub("", piece, count=1).strip()
    count = _COUNT_OF_EN.search(before)
    if not own or count is None or Q["asking"].search(own):
        return piece
    return f"{count.group()} {own}"


_ONES_EN = re.compile(r"(?<![a-z])(how many(?:\s+(?!ones)[a-z\-]+)?)\s+ones(?![a-z])")
_COUNTED_NOUN_EN = re.compile(r"(?<![a-z])how (?:many|much)\s+(?:[a-z\-]+\s+){0,2}?([a-z\-]{3,}(?<!ss)s)(?![a-z])")


def ones_as_noun_before_en(piece: str, before: str) -> str:
    """"how many applications were carried over, and how many new ones came in": "ones" stands for the noun the ask
    before it counts ("how many new applications came in"); the piece as it is without one."""
    m = _ONES_EN.search(piece)
    noun = _COUNTED_NOUN_EN.search(before) if m else None
    if not m or not noun or noun.group(1) == "ones":
        return piece
    return f"{piece[: m.start()]}{m.group(1)} {noun.group(1)}{piece[m.end():]}"


def sentence_of_its_own_en(piece: str, norm: str) -> bool:
    """An English piece that follows a question mark of the question ("…in full? and partially?"): asked on its own,
    not a clause of the ask before it."""
    core = piece.strip(" ，,？?")
    return (not re.search(r"[\u4e00-\u9fff]", core)
            and re.search(r"[?？;；]\s*" + re.escape(core).replace(r"\ ", r"\s+"), norm) is not None)
