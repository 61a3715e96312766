"""Whether a figure found for a side of a one-report comparison is of that side: the report's words of the side, the side's core, the label that names it, the prose figure citing a side in its own words."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.metrics import FRAME_WORDS
from assistant.en_phrases import glossary_phrases_written, glossary_words_written
from assistant.labels import fact_search_text, in_order_with_gaps
from assistant.shapes import asked_part, names_part

Q = GLOSSARY.patterns
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SIDE_NAMED = 0.5  # the share of a side's character pairs its figure's label holds
_SIDE_KIND = re.compile(r"(?:的|类|方面|政府信息|政务信息|信息|事项)+$")  # the noun every side shares


def side_words(side: str) -> list[str]:
    """The report's words of a side as the question names it: its Chinese ("信息公开类的行政复议" -> itself), or the
    glossary's words of an English side ("face to face" -> 当面, "by letter" -> 信函, 来信)."""
    if _CJK.search(side):
        return [re.sub(r"的", "", side)]
    return list(glossary_words_written(side))


def thing_words_en(side: str) -> list[str]:
    """The glossary's Chinese words of an English side that name its thing: not the words every figure shares (申请,
    办理: FRAME_WORDS), nor any word of a phrase one of whose words is such a word ("handling" -> 办理, 办结 says how
    the side's items were dealt with, not what they are: "items on handling deputies' suggestions")."""
    framed = {w for en in glossary_phrases_written(side) if set(GLOSSARY.en_to_zh[en]) & set(FRAME_WORDS)
              for w in GLOSSARY.en_to_zh[en]}
    return [w for w in dict.fromkeys(side_words(side)) if w not in FRAME_WORDS and w not in framed]


def _leaf_names_side(fact, words: list[str]) -> bool:
    """A prose figure's own label (its last part: "信息公开类行政复议", "诉讼", "当面申请的") and a side's words hold
    one another (two characters at least)."""
    leaf = re.sub(r"的$", "", (fact.label_zh or "").split(" / ")[-1])
    return len(leaf) >= 2 and any(w and (w in leaf or leaf in w) for w in words)


def side_in_own_words(side: str, facts: list, report_facts: list) -> list:
    """A side stated both by a table cell and by a sentence of the report ("信息公开类行政复议5件，诉讼8件" beside
    table 四's 总计 cells): the prose figure that writes the side's own words, of the same thing and value, is the
    one cited (the quote a reader checks the side against); else `facts` as they are.  `report_facts`: all the
    facts of the facts' report."""
    table = [f for f in facts if f.kind == "table"]
    if not side or not table or len(table) != len(facts) or len({f.doc_id for f in facts}) != 1:
        return facts
    words, value = side_words(side), sum(f.value or 0 for f in table)
    prose = [g for g in report_facts if g.kind == "narrative" and g.doc_id == table[0].doc_id and g.value == value
             and g.metric == table[0].metric and _leaf_names_side(g, words)]
    return prose[:1] or facts


def names_side(side: str, fact, others: tuple[str, ...] = ()) -> bool:
    """The figure found for a side is of that side: its label names the part of the applications the side names
    ("写信申请": 来信, 信函), else holds half the side's character pairs ("微博发布" of "微博发布信息"), or half of the
    pairs no other side shares (`others`: the other sides' words; "政务微博" beside "政务微信": 微博 names it, 政务 of
    both names neither).  What the sides are counted in names no side ("行政诉讼的件数": 行政诉讼)."""
    if not side or fact is None:
        return True  # (a figure of a sentence is found by its clause's words)
    label = fact_search_text(fact)
    if not _CJK.search(side):
        # an English side by the glossary's Chinese words of it, not the label's English gloss (a translation that
        # often words the thing otherwise: "weibo posts" / "government microblog"); words every application
        # figure shares (申请) name no side, and a side the glossary has no words for is not checked
        words = thing_words_en(side)
        part = asked_part("".join(words)) if words else None
        return not words or (names_part(part[1], label) if part else any(w in label for w in words))
    part = asked_part(_unplaced(side))  # ("官网上": the website, no 网上 application)
    if part:
        return names_part(part[1], label)
    side = side_core(side)
    pairs = _pairs(side)
    own = pairs - {p for o in others for p in _pairs(side_core(o))}
    # (or its own words in order with gaps: "工程建设招投标类信息" of "工程建设项目招标公告…等信息")
    return (sum(p in label for p in pairs) >= _SIDE_NAMED * len(pairs) or in_order_with_gaps(_SIDE_KIND.sub("", side), label)
            or bool(own) and sum(p in label for p in own) >= _SIDE_NAMED * len(own))


def side_core(side: str) -> str:
    """A Chinese side without what it is counted in, the verb bringing it, the verb publishing it, where it is written
    and whose it is ("被提起行政诉讼的件数" -> "行政诉讼", "官网发布" -> "官网", "自家官网上" -> "官网")."""
    core = Q["compare_side_verb_zh"].sub("", Q["compare_side_measure_zh"].sub("", side))
    core = Q["compare_side_publish_zh"].sub("", core)  # ("官网发布": 官网; "微博发布的条数": 微博)
    core = _unplaced(core)  # ("自家官网上": 官网)
    return core if len(core) >= 2 else side


def _unplaced(side: str) -> str:
    """A Chinese side without where it is written and whose it is ("自家官网上" -> "官网"; "网上" stays)."""
    core = Q["compare_side_owner_zh"].sub("", Q["compare_side_place_zh"].sub("", side))
    return core if len(core) >= 2 else side


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}
