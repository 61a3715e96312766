"""Lists of items: whether an ask wants a list, and the list of a report that answers it (the run of items an
item belongs to, the lists under the sub-headings the ask names).

``ItemSearch`` is a mixin of ``assistant.evidence.EvidenceGatherer`` (it reads ``self.fact_index``).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.prose import PROSE
from assistant.core.types import Fact
from assistant.en_phrases import en_word
from assistant.labels import has
from assistant.problem_items import heads_problems_section, lists_of_both_sides, lists_of_side_asked
from ingest.list_conjuncts import own_count

# an ask for the items of a list ("哪些", "什么措施", "什么改进打算", "怎么改进", "which measures", "how did …", "where can …")
WANTS_LIST = re.compile(r"哪些|哪几|哪方面|(?:怎么|如何|怎样)(?:改进|整改)|(?:什么|啥)(?:改进|整改|工作)?(?:类别|渠道|方式|措施|原则|制度|媒体|打算|计划|场所|形式|途径|平台|要求|"
                        + GLOSSARY.patterns["problem_nouns_zh"].pattern + r")"
                        r"|(?<![a-z])(?:which|what)\s+(?:[\w-]+\s+){0,3}"
                        r"(?:kinds|types|categories|channels|measures|problems|media|rules|stages|ways|principles|shortcomings|"
                        r"plans|steps|systems|methods|means|places|venues|issues|difficulties|weaknesses|improvements|"
                        r"regulations|policies|mechanisms|platforms|initiatives|areas|fields|priorities|focuses|rights|duties|shifts|"
                        r"weak\s+(?:spots|points|areas|links)|headaches|pain\s+points|sore\s+points|trouble\s+spots)(?![a-z])"
                        # ("which two lists": "lists" after a count word only; "what number the report lists" is a verb)
                        r"|(?<![a-z])(?:which|what)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?lists(?![a-z])"
                        # "what did they say went wrong", "what went wrong": the items of the report's problems
                        r"|(?<![a-z])what\s+(?:[\w'’-]+\s+){0,10}?(?:went|go|goes|gone|going)\s+wrong(?![a-z])"
                        r"|(?<![a-z])how\s+(?:did|does|do|has|have)\s+(?!.*(?<![a-z])(?:many|much|often|long|number|figures?|total|share|rate|change|changed|increase|decrease|compare)(?![a-z]))"
                        r"|(?<![a-z])where\s+(?:can|could|may|do|does|did)(?![a-z])"
                        # "… published its conduct norms — what did that part include": the items listed after the
                        # clause naming it ("…。包括A、B、C等"), not a figure (no count asked)
                        # ("what details does that cover": the details, items, contents of the part named)
                        r"|(?<![a-z])what\s+(?:(?:details|items|contents?|things|matters|information)\s+)?(?:did|does|do)\s+"
                        r"(?:[\w'’-]+\s+){1,8}?(?:include|contain|cover|consist\s+of|comprise)"
                        r"(?![a-z])(?!.*(?<![a-z])(?:how\s+many|how\s+much|number|figures?|total)(?![a-z]))"
                        # "是哪五个", "which five", "what are the four": the members of a set the ask counts
                        r"|哪[“\"‘]?[一二三四五六七八九十两\d]+(?:个|项|条|种|类|大|方面)?"
                        # "who sits on the panel", "who makes up the team": the members a sentence lists
                        r"|(?<![a-z])who\s+(?:sits?|serves?|is|are|were)\s+on(?![a-z])|(?<![a-z])who\s+makes?\s+up(?![a-z])"
                        r"|(?<![a-z])(?:which|what)\s+(?:are\s+(?:the|its|their)\s+|were\s+(?:the|its|their)\s+)?"
                        r"(?:two|three|four|five|six|seven|eight|nine|ten)(?![a-z])"
                        # "organised around four 'focus' points … what are they": the points a sentence counts
                        r"|(?<![a-z])(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'‘’\"“”\-]+\s+){0,2}?"
                        r"(?:points|aspects|areas|priorities|focuses|themes|headings|pillars|tasks|parts|strands|duties|"
                        r"responsibilities|shifts|changes|rights|mechanisms|names|measures)(?![a-z])"
                        r".{0,80}?(?<![a-z])(?:what|which)\s+(?:are|were)\s+(?:they|these|those|the\s+\w+)"
                        # "what will they do to improve going forward", "next steps": the items of the report's plans
                        r"|" + GLOSSARY.patterns["plans_ask_en"].pattern)


# the noun of an English ask for a list ("which problems did they say they had", "what measures will it take")
_LIST_NOUN_EN = re.compile(r"(?<![a-z])(?:which|what)\s+(?:[\w-]+\s+){0,3}?"
                           r"(kinds|types|categories|channels|measures|problems|media|rules|stages|ways|principles|"
                           r"shortcomings|plans|steps|systems|methods|means|places|venues|issues|difficulties|weaknesses|"
                           r"improvements|regulations|policies|mechanisms|platforms|initiatives|rights|duties|shifts)(?![a-z])")
LIST_NOUN_WEIGHT = 2.0


def weigh_list_noun(norm: str, terms: dict[str, float]) -> dict[str, float]:
    """The term of the noun an English ask wants a list of weighs more than the other words: "which problems did the
    petitions bureau say they had" asks the items under 存在的主要问题, not a list whose sub-heading holds 信访 (the
    agency's own word, in many of its labels); terms the noun is not rendered as are unchanged."""
    m = _LIST_NOUN_EN.search(norm)
    if not m:
        return terms
    word = m.group(1)
    stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
    renders = {*GLOSSARY.en_to_zh.get(word, ()), *GLOSSARY.en_to_zh.get(stem, ()), *GLOSSARY.list_senses.get(word, ()), word, stem}
    return {t: w * LIST_NOUN_WEIGHT if set(t.split("|")) & renders else w for t, w in terms.items()}


def list_sense_terms(norm: str, terms: dict[str, float]) -> dict[str, float]:
    """The label terms of an ask for a list, with the words a report writes such a list with for each English noun
    of the ask (glossary [asks] list_senses): "what rules did X draw up" is answered by "相继制定了《A》、《B》等工作
    制度", not only by the table row 规章. The noun's term (its glossary rendering, or the English word itself) becomes
    one term of alternatives, with its weight."""
    out = dict(terms)
    for word, senses in GLOSSARY.list_senses.items():
        if not re.search(en_word(word), norm):
            continue
        stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
        key = next((t for t in out if t in (word, stem) or set(t.split("|")) & set(senses)), None)
        weight = out.pop(key) if key is not None else max(out.values(), default=1.0)
        alts = list(dict.fromkeys([*(key.split("|") if key and not key.isascii() else ()), *senses]))
        out["|".join(alts)] = weight
    return out


LIST_SLACK = 0.1  # how much lower an item may score than other facts when the ask wants a list
_FIRST_ITEM = PROSE.item_zh.format(n=1)


def _same_heading(label_part: str, heading: str) -> bool:
    """A section label part names the sub-heading item `heading` ("存在主要问题" of "(一)存在主要问题。")."""
    short, long = sorted((label_part, heading), key=len)
    return len(short) >= 2 and (short == long or long.startswith(short) and len(short) >= max(4, len(long) / 2))


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} - {"的"}


def _examples_inside(heading: Fact, section: str, terms: dict[str, float]) -> bool:
    """The item a list is written under is an item of its own, not a sub-heading, and the section's items are what is
    asked: the section's title names the ask ("存在的主要问题及改进情况" for "what problems"), the item names nothing
    the ask names and shares no word with the title ("责任单位重视不足"; a sub-heading names a part of the title or what
    is asked: "存在主要问题", "今后改进措施").  (A list under an item of a section the ask does not name — "在A、B等环节
    建立了…机制" under "总体情况" — is itself what is asked.)"""
    name = heading.text_value or ""
    if not any(has(t, section) for t in terms) or any(has(t, name) for t in terms):
        return False
    return not (_bigrams(re.sub(r"[的及和与、]", "", name)) & _bigrams(re.sub(r"[的及和与、]", "", section)))


_SUB_HEADING_MAX = 12  # a sub-heading is short ("(一)存在主要问题", "(二)下一步工作打算"); an item says more


def _is_sub_heading(item: Fact, section: str) -> bool:
    """The item heads a part of its section: short, and a word of it is one of the section title's ("存在主要问题" of
    "存在的主要问题和改进情况"; not "责任单位重视不足", an item of that section)."""
    name = re.sub(r"[的及和与、]", "", item.text_value or "")
    return len(name) <= _SUB_HEADING_MAX and bool(_bigrams(name) & _bigrams(re.sub(r"[的及和与、]", "", section)))


def _items_not_headings(items: list[Fact], section: str, terms: dict[str, float]) -> bool:
    """A list of the section the ask names whose items are what is asked, each with examples of its own, not
    sub-headings ("存在的主要问题及改进情况: (一)进京访形势依然严峻 (二)责任单位重视不足。…在A、B等方面存在疏漏")."""
    named = any(has(t, section) for t in terms) or heads_problems_section(section)
    return named and not any(_is_sub_heading(h, section) for h in items)


_COUNT_WORDS_EN = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# the number of items an ask counts: "organised around four 'focus' points", "which five", "是哪五个", "四个方面"
_ASKED_COUNT = re.compile(r"(?<![a-z])(?:(?:which|what)\s+(?:are\s+(?:the|its|their)\s+|were\s+(?:the|its|their)\s+)?"
                          rf"({'|'.join(_COUNT_WORDS_EN)})(?![a-z])|({'|'.join(_COUNT_WORDS_EN)})\s+(?:[\w'‘’\"“”\-]+\s+){{0,2}}?"
                          r"(?:points|aspects|areas|priorities|focuses|themes|headings|pillars|tasks|parts|strands|duties|"
                          r"responsibilities|shifts|changes|rights|mechanisms|names|measures)(?![a-z]))"
                          r"|哪[“\"‘]?([一二三四五六七八九十两]+)(?:个|项|条|种|类|大|方面)?|([一二三四五六七八九十两]+)个?方面")


def asked_count(norm: str) -> int | None:
    """The number of items a list ask counts (2–10), if it counts them."""
    m = _ASKED_COUNT.search(norm)
    if not m:
        return None
    en = m.group(1) or m.group(2)
    if en:
        return _COUNT_WORDS_EN.index(en) + 2
    from assistant.core.text import chinese_number

    n = chinese_number((m.group(3) or m.group(4)).replace("两", "二"))
    return n if n and n >= 2 else None


def _writes_count(lead: str, n: int) -> bool:
    """A list's lead words write the number of its items ("主要做到三个改变", "…四项职责使命"): the count ingest marks a
    list with (ingest/list_conjuncts.own_count)."""
    return own_count(lead, n) is not None


class ItemSearch:
    """The list of items that answers an ask."""

    def counted_list(self, q_norm: str, terms: dict[str, float], doc_ids: list[str]) -> list[Fact]:
        """An ask that counts the items it wants ("the overview is organised around four 'focus' points (注重…): what
        are they", "the five disclosures — which five"): the one list of a report with that many items where every item
        holds a word of the ask, or whose own label holds the ask's rarest word — a section's numbered sub-headings
        ("(一)注重A。(二)注重B。…"), the members of a named set; [] when no list, or more than one, fits."""
        n = asked_count(q_norm)
        zh = {t: w for t, w in terms.items() if re.search(r"[\u4e00-\u9fff]", t)}
        if n is None or not zh:
            return []
        rarest = max(zh, key=zh.get)
        fits: list[list[Fact]] = []
        led: list[list[Fact]] = []  # lists whose lead writes their count and a word of the ask ("做到三个改变")
        for doc_id in doc_ids:
            items = sorted((f for f in self.fact_index.facts([doc_id]) if f.kind == "item"), key=lambda f: f.start)
            starts = [f for f in items if f.label_zh.endswith(_FIRST_ITEM)]
            for first in starts:
                run = self.list_of(first)
                if len(run) != n:
                    continue
                group = first.label_zh.rsplit(" / ", 1)[0]
                if has(rarest, group) or all(any(has(t, f.text_value or "") for t in zh) for f in run):
                    fits.append(run)
                if _writes_count(group, n) and any(has(t, group) for t in zh):
                    led.append(run)
        if len(led) == 1:
            return led[0]
        return fits[0] if len(fits) == 1 else []

    def asked_list(self, mine: list[tuple[Fact, float]], terms: dict[str, float], norm: str = "") -> list[Fact]:
        """The list that answers an ask whose best label match `mine[0]` is an item: when several lists of one
        section match about as well, the section's own list (the shallowest label: "存在的主要问题 / 第N项") before a
        list nested in one of its items; a list under a sub-heading: the lists of every sub-heading the ask names."""
        best_f, best_s = mine[0]
        section = best_f.label_zh.split(" / ")[0]
        close = [f for f, s in mine if f.kind == "item" and f.label_zh.split(" / ")[0] == section and s >= best_s - 0.15]
        # two lists of the problems-and-plans section, each under its own lead ("…但仍存在一些不足：一是…",
        # "2025年，我局将从以下方面加以改进：一是…"): an ask of one side is answered by the list its lead heads
        close = lists_of_side_asked(close, " ".join(terms)) or close
        if both := lists_of_both_sides(close, " ".join(terms)):
            return [f for first in both for f in self.list_of(first)]  # an ask of both sides: both lists
        both = lists_of_both_sides(self._section_items(best_f), norm) if heads_problems_section(section) else []
        if both and all(f.label_zh.count(" / ") >= 2 for f in both):  # two lists under leads, not sub-headings
            # the ask names both sides in words its search terms drop ("有啥不足，打算怎么改": 打算/改), and the search
            # found only the problems' list: the section's two lists all the same
            return [f for first in both for f in self.list_of(first)]
        depth = min(f.label_zh.count(" / ") for f in close)
        first = next(f for f in close if f.label_zh.count(" / ") == depth)
        heading = self._heading_of(first)
        if heading is not None and (_examples_inside(heading, section, terms)
                                    or _items_not_headings(self.list_of(heading), section, terms)):
            # "(二)责任单位重视不足。…在A、B等方面存在疏漏": the list found is examples inside one of the section's items,
            # which are themselves what is asked — the items, not the examples of one
            return self.list_of(heading)
        if heading is not None:
            return self._under_headings(self.list_of(heading), terms, first) or self.list_of(first)
        return self._under_headings(self.list_of(first), terms, first) or self.list_of(first)

    def _section_items(self, item: Fact) -> list[Fact]:
        """The items of `item`'s report under the same section (the first part of their labels)."""
        section = item.label_zh.split(" / ")[0]
        return [f for f in self.fact_index.facts([item.doc_id]) if f.kind == "item" and f.label_zh.split(" / ")[0] == section]

    def list_of(self, item: Fact) -> list[Fact]:
        """Every item of the list `item` belongs to, in order: the items of its report under the same label (section
        / lead words), the run numbered from 第1项 that holds it (two lists of one section are two runs)."""
        group = item.label_zh.rsplit(" / ", 1)[0]
        same = sorted((f for f in self.fact_index.facts([item.doc_id]) if f.kind == "item" and f.label_zh.rsplit(" / ", 1)[0] == group),
                      key=lambda f: f.start)
        runs: list[list[Fact]] = []
        for f in same:
            if not runs or f.label_zh.endswith(_FIRST_ITEM):
                runs.append([])
            runs[-1].append(f)
        return next((r for r in runs if item in r), [item])

    def _under_headings(self, items: list[Fact], terms: dict[str, float], found: Fact) -> list[Fact]:
        """A list whose items are sub-headings with lists of their own ("(一)存在主要问题。…一是…二是… (二)今后改进措施。
        …一是…"): the lists under the headings that name what is asked ("存在啥问题" -> the items under 存在主要问题),
        else the headings themselves."""
        if not items:
            return []
        if _items_not_headings(items, items[0].label_zh.split(" / ")[0], terms):
            return []
        prefix = items[0].label_zh.rsplit(" / ", 1)[0] + " / "
        at = prefix.count(" / ")  # where a sub-list's label names its heading
        mine = [f for f in self.fact_index.facts([items[0].doc_id]) if f.kind == "item" and f.label_zh.startswith(prefix)
                and f.label_zh.count(" / ") > at]
        score = {id(h): sum(w for t, w in terms.items() if has(t, h.text_value or "")) for h in items}
        best = max(score.values())
        under = found not in items and found.label_zh.startswith(prefix) and found.label_zh.count(" / ") > at
        found_part = " / ".join(found.label_zh.split(" / ")[at:]) if under else None

        def named(h: Fact) -> bool:
            if found_part is None:  # the headings matched best: those holding about as much of the ask as the best
                return best > 0 and score[id(h)] >= best / 2
            # the search found a list under one heading: another heading only when it names what that list does not
            # ("存在什么问题，今后有哪些改进措施": 存在/问题; not 主要类别 for "主要通过什么渠道", whose 主要 the found list's
            # "主要通过…等" holds)
            return _same_heading(found_part.split(" / ")[0], h.text_value or "") or any(
                has(t, h.text_value or "") and not has(t, found_part) for t in terms)

        out: list[Fact] = []
        for h in items:
            name = h.text_value or ""
            kids = [f for f in mine if _same_heading(f.label_zh.split(" / ")[at], name)]
            if named(h) and kids:
                if found in kids:  # the list the label search found is one of this heading's: that one
                    out += self.list_of(found)
                    continue
                # else the heading's list whose own words hold most of the ask's terms, the shallowest, the first
                def fit(f: Fact) -> tuple:
                    own = " / ".join(f.label_zh.split(" / ")[at + 1 : -1])
                    return (-sum(w for t, w in terms.items() if has(t, own)), f.label_zh.count(" / "), f.start)
                out += self.list_of(min(kids, key=fit))
        return out

    def _heading_of(self, item: Fact) -> Fact | None:
        """The item that is the sub-heading `item`'s list is written under ("(一)存在主要问题" of "… / 存在主要问题 /
        主要有 / 第1项"), if a list of its section names it."""
        parts = item.label_zh.split(" / ")
        items = [f for f in self.fact_index.facts([item.doc_id]) if f.kind == "item"]
        for at in range(1, len(parts) - 1):
            prefix = " / ".join(parts[:at])
            for f in items:
                if f.label_zh.rsplit(" / ", 1)[0] == prefix and _same_heading(parts[at], f.text_value or ""):
                    return f
        return None
