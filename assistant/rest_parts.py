"""The rest of a listed total asked part by part: "主动公开的229条里，除了A类和B类，剩下那几类各是几条", "除去A、B以外，其余的
分别几条".  The clause naming A and B is no ask (assistant/excepted.py drops it like set_aside_zh), the words left
("剩下那几类") name no part of their own (the whole's breakdown answers, not "the part 剩下那几类, not stated"), and the
parts A and B name are left out of the breakdown together with the sub-parts the report lists inside them ("A类145条
(其中甲2条、乙143条)"), so that every other part is answered, each cited.  Not the rest asked as one count ("其余的一共
几件": assistant/remainders.py subtracts).  The same in English ("apart from work news and rules, how many were each
of the rest"): the English names reach the report's labels through the glossary's renderings (work news -> 工作动态).
Words: glossary.toml [patterns] rest_each_zh, rest_each_en, rest_only_zh, rest_only_en, names_counted_zh."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.text import to_simplified
from assistant.core.types import Fact
from assistant.en_phrases import en_word

REST_EACH_ZH = GLOSSARY.patterns["rest_each_zh"]
_REST_ONLY_ZH = GLOSSARY.patterns["rest_only_zh"]
REST_EACH_EN = GLOSSARY.patterns["rest_each_en"]
_REST_ONLY_EN = GLOSSARY.patterns["rest_only_en"]
# the joins of a list of English names ("A and B", "A, B and C", "A or B")
_JOIN_EN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|plus)\s+")
_LEAD_EN = re.compile(r"^(?:the|those|these|its|their|all)\s+")
_NAMES_COUNTED_ZH = GLOSSARY.patterns["names_counted_zh"]
# the joins of a list of names ("A和B", "A、B及C", "A跟B")
_JOIN = re.compile(r"[、，,/]|和|及|与|跟|以及|还有")
# the generic ends of a name that a report's label may word otherwise ("部门文件类" of "部门文件类信息": kept; "的" dropped)
_TRAIL = re.compile(r"(?:的|这|那)+$")


def names_only_rest(words: str) -> bool:
    """`words` (what an ask names, question words stripped) only say "the rest" ("剩下那几类", "其余的"): no part."""
    return bool(_REST_ONLY_ZH.search(words.strip()) or _REST_ONLY_EN.search(words.strip()))


def rest_names(norm: str) -> list[str]:
    """The names of the parts a question takes out before asking the rest part by part ("除了A和B这两大块，剩下的各类
    分别几条" -> ["A", "B"]); [] when it asks no such rest."""
    out: list[str] = []
    for m in REST_EACH_ZH.finditer(norm):
        names = _NAMES_COUNTED_ZH.sub("", m["names"].strip())
        for name in _JOIN.split(names):
            name = _TRAIL.sub("", name.strip())
            if len(name) >= 2 and name not in out:
                out.append(name)
    for m in REST_EACH_EN.finditer(norm):
        for name in _JOIN_EN.split(m["names"].strip()):
            name = _LEAD_EN.sub("", name.strip())
            if len(name) >= 3 and name not in out:
                out.append(name)
    return out


def _renderings(name: str) -> list[str]:
    """The Chinese words of an English name (the glossary's renderings of the phrases in it, longest first: "work news
    items" -> 工作动态); [name] for a Chinese name."""
    if not name.isascii():
        return [name]
    found = [(e, zs) for e, zs in GLOSSARY.en_to_zh.items()
             if e.isascii() and len(e) > 3 and re.search(en_word(e), name)]
    found.sort(key=lambda ez: -len(ez[0]))
    longest = len(found[0][0]) if found else 0
    return [z for e, zs in found if len(e) == longest for z in zs]


def _label(f: Fact) -> str:
    return to_simplified((f.label_zh or "").rsplit(" / ", 1)[-1] + " " + (f.row or ""))


def _named(name: str, label: str) -> bool:
    """`label` names the part `name` names: the name in it, or the name without its last character of kind ("部门
    文件类" in "部门文件信息")."""
    return name in label or (len(name) >= 3 and name[-1] in "类项块" and name[:-1] in label)


def without_rest_named(parts: list[Fact], norm: str) -> list[Fact]:
    """The breakdown `parts` without the parts the question takes out before asking the rest ("除了A和B，剩下的各几条"),
    nor the sub-parts listed inside them (figures after a taken-out part, before the next part, adding up to it);
    `parts` unchanged when the question asks no such rest, when a name matches no part, or when nothing would be left."""
    names = rest_names(norm)
    if not names or len(parts) < 2:
        return parts
    ordered = sorted(parts, key=lambda f: (f.doc_id, f.start))
    out_ids: set[int] = set()
    for name in names:
        hit = [f for f in ordered if any(_named(z, _label(f)) for z in _renderings(name))]
        if not hit:
            return parts  # (a name the breakdown does not hold: the question is about another list)
        for f in hit:
            out_ids.add(id(f))
            out_ids.update(id(s) for s in _sub_parts(f, ordered))
    kept = [f for f in parts if id(f) not in out_ids]
    return kept or parts


def _sub_parts(part: Fact, ordered: list[Fact]) -> list[Fact]:
    """The figures listed right after `part` that add up to it (its sub-parts, "A类145条(甲2条、乙143条)"): [] else."""
    if part.value is None:
        return []
    after = [f for f in ordered if f.doc_id == part.doc_id and f.start > part.start]
    run: list[Fact] = []
    total = 0.0
    for f in after:
        if f.value is None or f.unit != part.unit:
            break
        run.append(f)
        total += f.value
        if abs(total - part.value) < 1e-9:
            return run if len(run) >= 2 else []
        if total > part.value:
            break
    return []
