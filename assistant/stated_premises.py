"""An English piece that only retells what the report says before the question asks of it ("Inner Mongolia 2011: it
says some league offices had set up units - out of how many leagues altogether?"): a premise, no ask of its own.
Answering it would quote the retold figure as if it were asked (and, beside the real ask declined, pass a trap off as
answered).  Such a piece asks nothing itself (no question word) and opens with a frame of reporting ("it says", "the
report mentions", "according to the report,"; glossary.toml [patterns] stated_premise_en) or states the part whose whole
the next piece asks ("9 league offices had set up units, out of how many leagues?"; in Chinese "…其中9个盟设立了机构，一共
多少个盟": `without_retold_part_zh`; "how many were concluded, out of
how many accepted" asks both: assistant/shortened_asks_en.py whole_of_part).  It is dropped only when an ask of the
question is left (a question that only retells is read as it is).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY

_FRAME = GLOSSARY.patterns["stated_premise_en"]
_PART_ZH = GLOSSARY.patterns["stated_part_zh"]
_QUESTION_WORD = re.compile(r"(?<![a-z])(?:how|what|which|when|where|who|whom|whose|whether|if)(?![a-z])|[\u4e00-\u9fff]")


# the whole a part is out of, asked after the part ("…had set up units - out of how many leagues altogether?")
_OUT_OF = re.compile(r"^[\s,，:;—–-]*out of how (?:many|much)(?![a-z])")


def states_premise_en(piece: str, norm: str = "") -> bool:
    """`piece` (an ask of the question `norm`) retells what the report says and asks nothing: it opens with a frame of
    reporting, or it states the part an "out of how many" right after it asks the whole of."""
    low = piece.lower()
    if _QUESTION_WORD.search(low):
        return False
    if _FRAME.search(low):
        return True
    at = norm.lower().find(low) if low else -1
    return at >= 0 and bool(_OUT_OF.match(norm.lower()[at + len(low):]))


def without_retold_part_zh(norm: str) -> str:
    """`norm` without the part a Chinese question retells with its figure before asking the whole ("…的信息里，其中政策解读3条，
    一共多少条" -> "…的信息里，一共多少条"; glossary stated_part_zh): a premise, no ask of its own (the English form:
    `states_premise_en`)."""
    return _PART_ZH.sub("", norm)


def without_stated_premises(asks: list, norm: str = "") -> list:
    """`asks` (assistant.asks.Ask) of the question `norm` without the pieces that only retell the report, when an ask
    is left."""
    kept = [a for a in asks if not states_premise_en(a.text, norm)]
    return kept if kept else asks


def retold_ask(norm: str, asks: list[str]) -> str:
    """The one ask of a question that retold the report before it ("it says … - out of how many leagues altogether?"),
    to be named in its refusal; "" for any other question."""
    low = norm.lower()
    if len(asks) != 1 or not (_FRAME.search(low) or re.search(r"(?<![a-z])out of how (?:many|much)(?![a-z])", low)):
        return ""
    return asks[0] if asks[0].isascii() and not _FRAME.search(asks[0].lower()) else ""
