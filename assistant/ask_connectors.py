"""Words that only join a later ask to the one before it: no words of that ask.

People join two questions about one report in many ways: "…多少条？另外，…哪天公开的", "…多少条，顺便问下，…",
"…？还有X局2022年…多少条", "…, and also <the report again> — did it …", "… plus <the report>: what …",
"…? And that bureau's report: …", "…; also, that report …".  Two readers (glossary [patterns]):

* ``joined_questions_en``: an English question joined to the one before by "and also" / "plus" / "also," and
  saying its subject again before a dash or colon ("…, and also qinghe bureau, 2023 — did anybody …") is a question
  of its own: the joining words become a question mark, so each is split and answered on its own
  (question_joiner_en).  Only when the first part asks something itself and the later part says a subject of two
  words or more before its dash or colon ("how many requests plus appeals did it get" is one ask); never a sum of two
  things ("requests by email plus requests by fax — how many in all": sum_operands_en), and a report's field counts
  as asking only heading its sentence or ending it not as a thing's means ("requests by email" asks nothing).
* ``without_connector``: a later ask opening with a joining word (另外, 还有, 顺便问下, "and", "also") is
  searched and written without it (ask_connector_zh / ask_connector_en); never 还有 / 另外 that are words of the
  ask ("还有多少件没办完", "另外两类各几件") nor "and how many …" (the split's own readers keep it).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.sum_operands_en import sum_operands_en

Q = GLOSSARY.patterns
_ASKING_EN = re.compile(r"(?<![a-z])(?:how|what|which|when|where|who|whom|whose|why|did|does|do|is|are|was|were|has|have|had|any"
                        r")(?![a-z])")
# (a report's field named bare asks it too: "phone number to call with questions about X plus …" — only a field heading
# its sentence, or ending it not as the means of a thing: "requests by email", "items on its own website" are things)
_FIELD_EN = r"(?:phone|telephone|e-?mail|address|website|fax|postcode)(?![a-z])"
_FIELD_HEAD = re.compile(rf"^(?:[^:：—–]*[:：—–]\s*)?(?:the\s+|its\s+|their\s+)?{_FIELD_EN}")
_FIELD_END = re.compile(rf"(?<![a-z'\-])((?:[a-z'\-]+\s+){{0,4}}){_FIELD_EN}\s*$")
_MEANS = re.compile(r"(?<![a-z])(?:by|on|via|through|in|from|to|at|over|with)(?![a-z])")
# the later part: a subject of its own (two words or more, no question word first), a dash or colon, then the ask
_RESTATED = re.compile(r"^(?!(?:how|what|which|when|where|who|whom|whose|why|and|or|of|the\s+(?:number|count))(?![a-z]))"
                       r"([^?？;；]{4,160}?)(?:\s[—–-]+\s|[—–]|[:：])\s*\S")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def _asks_en(sentence: str) -> bool:
    """The English sentence asks something: a question word, or a report's field named bare."""
    s = sentence.strip()
    end = _FIELD_END.search(s)
    return bool(_ASKING_EN.search(s) or _FIELD_HEAD.match(s) or end and not _MEANS.search(end.group(1)))


def _chinese(sentence: str) -> bool:
    """The sentence is Chinese (Chinese characters and no Latin letters)."""
    return bool(_CJK.search(sentence)) and not _LATIN.search(sentence)


def _adds_up(sentence: str, joiner: str, rest: str) -> bool:
    """"A plus B — how many in all": one sum of two things (sum_operands_en), or a thing plus a thing whose ask asks a
    total, not two questions."""
    tail = re.split(r"(?<=[?？;；。!！])", rest, maxsplit=1)[0]
    if sum_operands_en(f"{sentence}{joiner}{tail}"):
        return True
    return "plus" in joiner and not _ASKING_EN.search(sentence) and bool(Q["total"].search(tail))


def joined_questions_en(norm: str) -> str:
    """An English question's later questions joined by "and also" / "plus" / "also," with their subject said again:
    the joining words become "? " (each question its own sentence)."""
    joiner = Q["question_joiner_en"]
    out, start = [], 0
    for m in joiner.finditer(norm):
        if m.start() < start:
            continue
        before = norm[start:m.start()]
        sentence = re.split(r"[?？;；。!！]", before)[-1]
        rest = norm[m.end():]
        r = _RESTATED.match(rest)
        if (not r or len(r.group(1).split()) < 2 and not _CJK.search(r.group(1))
                or not _asks_en(sentence) or _chinese(sentence) or _adds_up(sentence, m.group(), rest)):
            continue
        out.append(norm[start:m.start()].rstrip(" ，,;；") + "? ")
        start = m.end()
    if not out:
        return norm
    return "".join(out) + norm[start:]


def without_connector(piece: str) -> str:
    """A later ask without the word joining it to the ask before ("另外，…", "还有…", "and that report: …")."""
    for name in ("ask_connector_zh", "ask_connector_en"):
        m = Q[name].match(piece)
        if m and piece[m.end():].strip(" ，,：:"):
            return piece[m.end():].lstrip(" ，,：:")
    return piece


_NAME_MASK = re.compile(r"[\ue000-\uf8ff]")  # a name the split masked (asks.split_asks)
_YEAR = re.compile(r"(?:19|20)\d\d|\d\d年")
_CLOSING = re.compile(r"[呢吗嘛啊]\s*[?？]?\s*$")


def restates_subject(piece: str) -> bool:
    """A later ask opening with a joining word that says its report again — by name, or by its year with words of
    its own — and asks in words of its own ("另外，X镇2018年的年报网上是哪天公开的", "还有X局2022年…多少条"): a whole
    question, not one shortened to "还有X呢" that asks what the ask before it asked."""
    for name in ("ask_connector_zh", "ask_connector_en"):
        m = Q[name].match(piece)
        if not m:
            continue
        rest = _CLOSING.sub("", piece[m.end():])
        if not Q["asking"].search(rest):
            return False
        return bool(_NAME_MASK.search(rest)) or (bool(_YEAR.search(rest)) and len(_CJK.findall(_YEAR.sub("", rest))) >= 10)
    return False
