"""English asks joined in everyday words, with no question word before each: one ask per thing asked.

"need two numbers from qinghe 2023: items published proactively, and how many requests came in"
    -> "need two numbers from qinghe 2023: items published proactively" | "… : how many requests came in"
"qinghe 2023, give me both the new requests they got and the ones left over from the year before"
    -> "qinghe 2023, give me the new requests they got" | "qinghe 2023, give me the requests left over from the year before"
"qinghe 2022: total items proactively published, and number of requests they got"
    -> "qinghe 2022: total items proactively published" | "qinghe 2022: number of requests they got"
"how did qinghe's 40 requests arrive - online vs in person vs by mail"
    -> "how did qinghe's 40 requests arrive - online" | "… - in person" | "… - by mail"
"qinghe 2021: reconsiderations and lawsuits — how many of each?"
    -> "qinghe 2021: how many reconsiderations and lawsuits" (then one ask per thing: assistant.asks._each_en)

A list after the question's lead (its colon or dash), each thing a noun phrase of something the reports count, is one
ask per thing, whether or not "how many" comes before each (when the question's question words split it into fewer).
A lead that announces several figures ("two numbers:", "both figures —", "three things:"; or a list ending in "-
three numbers please") makes each item of the list an ask; "both A and B" asks A and B; three or more things set side
by side with "vs" are the parts asked, not a comparison of two (assistant.aggregate.asks_comparison): each is a side
of one report.  The words are data (glossary.toml [patterns] announced_asks_en, announced_after_en, both_en, ones_en).
Pure functions over the normalised question (assistant.asks calls them).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.listed_types_en import listed_kinds_en
from assistant.noun_lists import one_list_head_en
from assistant.query import detect_metric, glossary_groups
from assistant.sides_en import glossary_phrase_start, lead_or_named

Q = GLOSSARY.patterns
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ASKING_EN = re.compile(r"(?<![a-z])(?:how|what|which|when|where|who|whom|whose)(?![a-z])")
# the items of an announced list: at commas (with "and"), else at a lone "and"
_COMMA_ITEMS = re.compile(r"\s*[,;]\s*(?:and\s+|as well as\s+|plus\s+)?")
_AND_ITEMS = re.compile(r"\s+(?:and|as well as|plus)\s+")
_YEAR_OR_NAME = re.compile(r"^(?:in\s+)?(?:19|20)\d\d$|[\ue000-\uf8ff]")  # a year, or a name masked by assistant.asks
_SIDE_WORDS = 5  # a thing set beside others with "vs" is a short noun phrase ("in person", "companies")
# ("online / in person / by letter": a slash between spaces joins them as much; "land/mining" is one thing)
_VS = re.compile(r"\s+(?:vs\.?|versus|/)\s+")
_SEPARATOR = re.compile(r"[,;:(—–]\s*|\s-\s")
# words a noun phrase of the first thing ends before ("the new requests they got that year": "requests")
_NOUN_END = re.compile(r"\s+(?:they|it|we|that|which|who|the|in|on|for|from|to|during|of|by|at|received|got|had|"
                       r"were|was|did|came|sent|filed)(?![a-z])")
# phrases of the vocabulary holding an "and" ("letters and visits"): never two things
_JOINED = tuple(sorted((p for p in GLOSSARY.en_to_zh if re.search(r"(?<![a-z])and(?![a-z])", p)), key=len, reverse=True))


_JOINED_RE = re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, _JOINED)) + r")(?![a-z])")


def and_items(nouns: str) -> list[str]:
    """"A, B and C" -> [A, B, C] at commas and lone "and"s, a phrase of the vocabulary that holds an "and" kept whole
    ("other documents and appointment and removal documents": 2 things, not 3)."""
    nouns = _JOINED_RE.sub(lambda m: m.group().replace(" ", "\0"), nouns)  # (its spaces held as NULs while splitting)
    return [x.replace("\0", " ").strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", nouns)]


def _items(body: str) -> list[str]:
    """"A, B and C", "A, B, and C", "A; B", "A and B" -> [A, B, C]."""
    if _COMMA_ITEMS.search(body):
        parts = _COMMA_ITEMS.split(body)
        last = parts[-1]
        for k, p in enumerate(_JOINED):
            last = last.replace(p, chr(0xE200 + k))
        if not re.search(r",\s*(?:and|as well as|plus)\s", body) and _AND_ITEMS.search(last):  # "…, B and C"
            *rest, end = _AND_ITEMS.split(last)
            parts[-1:] = [" and ".join(rest), end]
        parts = [re.sub("[\ue200-\ue2ff]", lambda m: _JOINED[ord(m.group()) - 0xE200], x) for x in parts]
    else:
        parts = _AND_ITEMS.split(body)
    return [p.strip(" .?!") for p in parts if p.strip(" .?!")]


_COUNT_WORDS_N = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5, "both": 2}
_COUNT_WORDS = re.compile(r"(?<![a-z0-9])(?:two|three|four|five|[2-5]|both)(?![a-z0-9])")


def announced_en(norm: str) -> list[str] | None:
    """A question whose lead announces several figures and then lists them ("need two numbers from X: A, and how
    many B", "both figures please — A and B"): one piece per item, each after the lead; None when it announces none
    or lists fewer than two things."""
    if _CJK.search(norm):
        return None
    m = Q["announced_asks_en"].search(norm)
    after = Q["announced_after_en"].search(norm) if not m else None
    if m:
        lead, body = norm[: m.end()].rstrip(), norm[m.end():].strip()
    elif after:  # "qinghe 2023: A, B and C - three numbers please": the list between the lead's colon and it
        head = re.match(r"[^:—–]*(?:[:—–]|\s-\s)", norm[: after.start()])
        if not head:
            return None
        lead, body = head.group().rstrip(), norm[head.end(): after.start()].strip()
    else:  # ("break the decisions down by type — A, B, C": each kind listed, assistant/listed_types_en.py)
        return listed_kinds_en(norm)
    # (", total across all applicant types", ", all channels together": the scope of the count, no thing of its own)
    items = [x for x in _items(body) if not Q["count_scope_en"].match(x)]
    if len(items) < 2 or any(len(x.split()) > 14 for x in items):
        return None
    said = _COUNT_WORDS.search((m or after).group())
    if said and _COUNT_WORDS_N[said.group()] != len(items):
        return None  # "two numbers" and three things: no list of the numbers announced ("…, and how many of them…")
    if not said and after and _ASKING_EN.search(body):
        return None  # "— numbers?" after a question of its own: its question words split it (assistant.asks)
    noun = _noun_of(items[0])
    items = [items[0], *(_with_noun(x, noun) for x in items[1:])]
    return [f"{lead} {x}" for x in items]


# the end of a question's lead before the list of things it asks ("tai'an finance bureau 2022: A, and B", "qinghe
# 2023 — A and how many B")
_LEAD_END = re.compile(r"[:—–]|\s-\s")
# a noun of its own in a thing listed: a plural ("requests", "items"), not a verb's "-s" of "its"/"this"
_PLURAL = re.compile(r"(?<![a-z])[a-z]{3,}(?<!ss)(?<!us)(?<!is)s(?![a-z])")


def framed_list_en(norm: str) -> list[str] | None:
    """A lead, then the things asked, listed with commas / "and", each a noun phrase of something the reports count,
    with or without "how many" before it ("qinghe 2022: total items proactively published, and number of requests
    they got"; "give me qinghe's 2016 totals: all info it published, and the land and mineral transaction items";
    "qinghe 2023 — items published, and how many requests came in"): one piece per thing, each after the lead.
    None without a lead (a colon or a dash), when the lead asks itself, fewer than two things are listed, one of them
    names nothing counted by a noun of its own ("requests received and answered": one noun), each has its own
    question word (the pieces are split at them: assistant.asks), or one narrows another ("of them")."""
    if _CJK.search(norm):
        return None
    m = _LEAD_END.search(norm)
    if not m:
        return None
    lead, body = norm[: m.end()].rstrip(), norm[m.end():].strip().rstrip(" .?!")
    if _ASKING_EN.search(lead) or not re.search(r"[a-z0-9\ue000-\uf8ff]", lead):  # (a name masked by assistant.asks)
        return None
    if Q["total"].search(body) or _LEAD_END.search(body):
        return None  # ("A and B combined": one figure of both; a second lead: no plain list)
    # (", total across all applicant types", ", all channels together": the scope of the count, no thing of its own)
    items = [x for x in _items(body) if not Q["count_scope_en"].match(x)]
    if len(items) < 2 or any(len(x.split()) > 14 for x in items):
        return None
    if all(_ASKING_EN.search(x) for x in items) or any(Q["within"].search(x) for x in items):
        return None
    if not all(_names_thing(x) for x in items):
        return None
    head = _WHICH_OPENING.match(items[0])
    if head and one_list_head_en(head.group(), [items[0][head.end():], *items[1:]]):
        return None  # ("qinghe 2022: what were the main problems and shortcomings": one list asked)
    return [f"{lead} {x}" for x in items]


_WHICH_OPENING = re.compile(r"(?:which|what)(?:\s+(?:were|was|are|is))?(?:\s+the)?\s+")


_SET_ASIDE_OPENING = re.compile(r"(?:and\s+)?" + Q["set_aside_en"].pattern)
# ("alongside the opinions on X, how many measures …": what the ask is set beside, no thing of its own)
_SCOPE_OPENING = re.compile(r"(?:and\s+)?(?:of|among|for|in|under|within|on|across|from|after|before|during|by|alongside|along with|together with|beside)\s")


def _names_thing(item: str) -> bool:
    """A thing of a list: a noun of its own (a plural, "info", "the ones") naming what the reports count, and no year
    or report of its own ("2022 and 2023": reports compared)."""
    if _YEAR_OR_NAME.search(item) or _SCOPE_OPENING.match(item) or _SET_ASIDE_OPENING.match(item):
        return False  # ("of the requests answered 'not held'", "in the requests table": where the asks count, no thing;
        # "besides the national regulations, whose rules …": what the ask after it sets aside, no thing)
    noun = _PLURAL.search(item) or Q["mass_counted_en"].search(item) or Q["ones_en"].match(item)
    return bool(noun) and _names_counted(item)


def _with_noun(item: str, noun: str) -> str:
    """"the ones left over" / "those carried over" with the noun of the first thing: "the requests left over"."""
    ones = Q["ones_en"].match(item)
    return f"the {noun}{item[ones.end():]}" if ones and noun else item


def _noun_of(item: str) -> str:
    """The noun phrase an item opens with, its head noun last ("the new requests they got" -> "requests")."""
    phrase = _NOUN_END.split(item, maxsplit=1)[0]
    words = phrase.split()
    return words[-1] if words and words[-1].endswith("s") and len(words[-1]) > 3 else ""


def both_en(piece: str) -> list[str] | None:
    """"give me both A and B" -> "give me A" | "give me B", each with the words before "both" (its frame); a "the
    ones" / "those" of B is A's noun ("the ones left over" -> "the requests left over"); None when the piece joins
    no two things with "both … and" (a year or a report on a side: "both 2021 and 2022" compares reports)."""
    if _CJK.search(piece):
        return None
    m = Q["both_en"].search(piece)
    if not m:
        return None
    a, b = m.group("a").strip(), m.group("b").strip(" .?!")
    if (_ASKING_EN.search(a + " " + b) or _SEPARATOR.search(a) or Q["total"].search(piece)
            or any(_YEAR_OR_NAME.search(x) for x in (a, b))):
        return None  # (their total: "how many posts in total on both the website and weibo")
    if not all(Q["ones_en"].match(x) or detect_metric(x, fallback=False) or glossary_groups(x) for x in (a, b)):
        return None  # a side naming nothing the reports count ("both qinghe and hehua": two reports)
    head = piece[: m.start()]
    b = _with_noun(b, _noun_of(a))
    return [f"{head}{a}".strip(), f"{head}{b}".strip()]


# "the new-request count and the carried-over count": two things, each with the count word after it
_COUNT_NOUN = r"(?:count|number|figure|total|tally)s?"
_PAIR_COUNT = re.compile(rf"(?<![a-z])(?P<a>the\s+(?:[a-z'-]+\s+){{1,3}}?{_COUNT_NOUN})\s+and\s+"
                         rf"(?P<b>the\s+(?:[a-z'-]+\s+){{1,3}}?{_COUNT_NOUN})(?![a-z])")
# "the figures for new requests and for those carried forward": two things, each after the same preposition
_PAIR_PREP = re.compile(r"(?<![a-z])(?P<prep>for|of|on|about|from)\s+(?P<a>[^,;:?]+?)\s+and\s+(?P=prep)\s+"
                        r"(?P<b>[^,;:?]+?)\s*(?P<tail>[,;?.!].*)?$")


def _names_counted(text: str) -> bool:
    """A thing the reports count: words of a metric or the glossary, or "the ones" / "those" standing for one."""
    bare = re.sub(rf"(?<![a-z]){_COUNT_NOUN}(?![a-z])", " ", text)
    return bool(Q["ones_en"].match(bare.strip()) or detect_metric(bare, fallback=False) or glossary_groups(bare))


def paired_en(piece: str) -> list[str] | None:
    """Two things joined by "and", each repeating the word that makes it a thing asked: the count word after it
    ("pull the new-request count and the carried-over count for X") or the preposition before it ("the figures for
    new requests and for those carried forward to 2024"): one ask each, with the words around them; None otherwise
    (a year or a report on a side: "for 2022 and for 2023" compares reports)."""
    if _CJK.search(piece):
        return None
    m = _PAIR_COUNT.search(piece)
    if m:
        a, b, head, tail = m.group("a"), m.group("b"), piece[: m.start()], piece[m.end():].rstrip(" .?!")
    else:
        m = _PAIR_PREP.search(piece)
        if not m or re.search(rf"(?<![a-z]){m.group('prep')}\s+[^,;:?]+,\s*$", piece[: m.start()]):
            return None  # (not the last two of a longer list, "from A, from B and from C": each is asked, list_en)
        a, b = m.group("a"), _with_noun(m.group("b"), _noun_of(m.group("a")))
        head, tail = piece[: m.start("a")], (m.group("tail") or "").rstrip(" .?!")
    if any(_YEAR_OR_NAME.search(x.strip()) for x in (a, b)) or not all(_names_counted(x) for x in (a, b)):
        return None
    return [f"{head}{a}{tail}".strip(), f"{head}{b}{tail}".strip()]


def vs_parts_en(piece: str) -> list[tuple[str, str]] | None:
    """Three or more things set side by side with "vs" ("arrive - online vs in person vs by mail"): one ask per thing,
    each with the question before the first and after the last, and the thing (a side of one report, found in its
    own words as a side of a comparison is: assistant.evidence); None for fewer than three (two things joined by "vs"
    are compared: assistant.compare_sides)."""
    if _CJK.search(piece):
        return None
    chunks = _VS.split(piece)
    if len(chunks) < 3:
        return None
    first_chunk = chunks[0]
    end = Q["compare_side_end_en"].search(chunks[-1])
    last, tail = (chunks[-1][: end.start()], chunks[-1][end.start():]) if end else (chunks[-1], "")
    middle = [c.strip() for c in chunks[1:-1]] + [last.strip()]
    if any(not x or len(x.split()) > _SIDE_WORDS or _SEPARATOR.search(x) for x in middle):
        return None
    seps = list(_SEPARATOR.finditer(first_chunk))
    start = seps[-1].end() if seps else 0
    if len(first_chunk[start:].split()) > max(len(x.split()) for x in middle):
        # more words than any other thing: the first starts as they do, at a lead word ("requests by letter vs by
        # email": "by letter") or a phrase of the vocabulary ("came online vs in person": "online"), else with as many
        # words as the second
        leads = [m.start() for m in Q["compare_side_lead_en"].finditer(first_chunk, start)]
        at = lead_or_named(first_chunk, leads[-1] if leads else -1, glossary_phrase_start(first_chunk))
        words = list(re.finditer(r"\S+", first_chunk))
        start = max(start, at if at >= 0 else words[-len(middle[0].split())].start())
    head, first = first_chunk[:start], first_chunk[start:].strip()
    # a bare means the vocabulary knows only with its preposition ("mail": "by mail"; "e-mail" holds no "mail")
    sides = [f"by {x}" if x not in GLOSSARY.en_to_zh and f"by {x}" in GLOSSARY.en_to_zh else x for x in (first, *middle)]
    if any(_YEAR_OR_NAME.search(x) for x in sides) or not head.strip():
        return None
    tail = tail.rstrip(" .?!)")
    return [(re.sub(r"\s{2,}", " ", f"{head}{x}{tail}").strip(), x) for x in sides]


# "A and B — how many of each?", "A, B and C: how many each": the things listed, then the question of their count
# (the first thing may open with a quote: "'other' documents and …"; the lead may be a period opening the question,
# "in 2023, A and B - how many of each?": the year's comma is no separator of the things)
_PERIOD_LEAD_EN = r"(?:in|for|during|throughout)\s+(?:the\s+)?(?:year\s+)?(?:19|20)\d\d\s*,\s*"
_EACH_AFTER = re.compile(r"^(?P<lead>[^:—–]*(?:[:—–]|\s-\s)\s*|" + _PERIOD_LEAD_EN + r")?(?P<things>['‘\x22“]?[a-z][^:—–?;]*?(?:\s+(?:and|plus)\s+|,\s*)[^:—–?;]*?)"
                         r"\s*(?:[:—–,]|\s-\s)\s*(?:so\s+)?(?:how many (?:of\s+)?each(?:\s+(?:one|type|kind))?"
                         r"|(?:and\s+)?(?:the\s+)?(?:count|number|figure|total)s?\s+(?:of|for)\s+each(?:\s+(?:one|type|kind))?"
                         r"|(?:please\s+)?(?:give|tell|list)\s+(?:me\s+)?(?:each|every|the)\s+(?:count|number|figure|total)s?"
                         r"(?:\s+(?:for|of)\s+each)?(?:\s+please)?)\s*[?.!]*$")


def each_after_en(norm: str) -> str | None:
    """"qinghe 2021: reconsiderations and lawsuits — how many of each?" -> "qinghe 2021: how many reconsiderations and
    lawsuits": the count asked after the things is asked of each (split as "how many A and B" is); None when the
    question does not end so."""
    if _CJK.search(norm):
        return None
    m = _EACH_AFTER.match(norm.strip())
    if not m or _ASKING_EN.search(m.group("things")):
        return None
    lead = m.group("lead") or ""
    if re.fullmatch(_PERIOD_LEAD_EN, lead):
        # ("in 2023, A and B - how many of each?" -> "how many A and B in 2023": the period closes the ask, as the
        # shared end of its split asks, so no ask opens with a bare "in 2023,")
        return f"how many {m.group('things').strip()} {lead.strip(' ,')}"
    return f"{lead}how many {m.group('things').strip()}"


# "for each way of submitting (online, in person, by post), how many requests …", "for each of the outcomes A, B and C,
# how many …": the things listed before the ask, led by "for each" (and a word naming what kind of things they are)
_EACH_BEFORE = re.compile(r"^for\s+(?:each|every)\s+(?:of\s+)?(?:the\s+|these\s+|its\s+)?(?:(?:" + Q["each_kind_en"].pattern
                          + r")\s*)?(?:\((?P<listed>[^()]+)\)|(?P<things>[a-z][^:—–?;()]*?(?:\s+and\s+|\s*,\s*)[^:—–?;()]*?))"
                          + r"\s*[,:—–]\s*(?P<ask>how (?:many|much)\s[^?]*?)\s*[?.!]*$")


def each_before_en(norm: str) -> str | None:
    """"for each way of submitting (online, in person, by post), how many requests did qinghe get" -> "how many requests
    did qinghe get online, in person, by post": the things listed before the ask are its parts, written after it (as
    "how many A, B and C" is split); None when the question does not open so."""
    if _CJK.search(norm):
        return None
    m = _EACH_BEFORE.match(norm.strip())
    things = m and (m.group("listed") or m.group("things"))
    if not things or _ASKING_EN.search(things):
        return None
    return f"{m.group('ask')} {things.strip(' ,')}"


def restates_breakdown(piece: str, before: str) -> bool:
    """A later ask that only asks each part's count of the breakdown asked before it, no thing of its own: "那77条怎么分
    的，每类几条"; "which kinds of items did it publish, and how many of each" (English: only after an ask of which
    kinds / channels / types, glossary each_restated_en, which_kinds_en, or of a figure, "of the 120 items X
    published, how many were of each category?")."""
    own = piece.strip(" ，,？?.")
    # (English: also after an ask or a premise of a figure, "of the 120 items X published, how many were of each
    # category?", "how many requests did it get? and each channel?": the breakdown of that figure)
    return bool(Q["each_restated_zh"].search(own) or (Q["each_restated_en"].search(own) and (
        Q["which_kinds_en"].search(before)
        or (Q["each_part_kind_en"].search(own) and detect_metric(before, fallback=False) is not None))))


def joined_zh(piece: str) -> bool:
    """A Chinese ask joined to the one before after a comma by 以及 / 并说明 (glossary joined_ask_zh): an ask of its own."""
    return Q["joined_ask_zh"].match(piece) is not None


def thing_asked_alone_en(piece: str, norm: str) -> bool:
    """An English sentence between question marks that names a counted thing of its own, no question word ("X 2021.
    Items on the portal? Items pushed via WeChat?"): a bare ask of that thing, not a clause of the ask before it."""
    core = piece.strip(" ，,？?.")
    return (bool(core) and not _CJK.search(core) and _names_thing(core)
            and re.search(r"[?？]\s*" + re.escape(core).replace(r"\ ", r"\s+") + r"\s*[?？]", norm) is not None)

