"""Figures a question lists as bare noun phrases, with no question word before each: one ask per phrase.

"qinghe 2023: new applications received and applications carried over from the previous year?"
    -> "qinghe 2023: new applications received" | "qinghe 2023: applications carried over from the previous year"
"青禾县2023年报：主动公开信息和收到的申请？" -> "青禾县2023年报：主动公开信息" | "青禾县2023年报：收到的申请"

A phrase joined by "and" / 和 is split only when every side names a thing the reports count, by the vocabulary
(a metric's words or a glossary term, and — in English — a noun of its own): "food and drug administration",
"自然资源和规划局" name no counted thing, and "applications received and answered" has one noun, so one ask.
Also two or more columns of one table row joined the same way ("行政规范性文件本年制发和现行有效各多少件"): one ask
per column, each keeping the row.  Pure functions over the normalised question (assistant.asks calls them).
"""

from __future__ import annotations

import itertools
import re

from assistant.core.glossary import GLOSSARY
from assistant.core.template import TEMPLATE
from assistant.core.vocab import names_vocab
from assistant.en_phrases import en_word
from assistant.phrase_alternation import PhraseAlternation
from assistant.query import detect_metric, glossary_groups

# phrases of the vocabulary that hold a conjunction themselves: never split ("letters and visits",
# "policies and regulations", "natural resources and planning bureau")
_JOINED_EN = tuple(sorted({p for p in (*GLOSSARY.en_to_zh, *names_vocab().agency_types_en)
                           if re.search(r"(?<![a-z])and(?![a-z])|,", p)}, key=len, reverse=True))

# where the list starts: after the question's lead (its scope) — a colon or a dash ("qinghe 2023: …",
# "… 2022 — …"), or a question word that comes before the whole list ("how many …", "what were the …")
_LEAD_EN = re.compile(r"^(.*(?:[:—–]|\s-\s|(?<![a-z])(?:how many|how much|(?:the )?numbers? (?:of|on|for)|figures? (?:for|of|on)"
                      r"|what (?:were|was|are|is)(?: the)?|give me(?: the)?|tell me(?: the)?)))\s*")
_SPLIT_EN = re.compile(r"\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as|plus)\s+")
# a word that names things (a plural noun): "applications", "items", "requests" — not "answered", "carried"
_PLURAL = re.compile(r"(?<![a-z])[a-z]{3,}(?<!ss)(?<!us)(?<!is)s(?![a-z])")
_COUNT_SCOPE_EN = GLOSSARY.patterns["count_scope_en"]
_ASKING_EN = re.compile(r"(?<![a-z])(?:how|what|which|when|where|who|whom|whose)(?![a-z])")

# Chinese: the lead ends at a colon, or at the word naming the report ("…2023年报", "…年度报告中")
_LEAD_ZH = re.compile(r"^(.*(?:[:：]|年报|报告)(?:中|里|显示)?[:：]?)")
_SPLIT_ZH = re.compile(r"以及|和|与|及|、")
# what all the listed things share at the end: the question words ("…是多少", "…各有多少件")
_TAIL_ZH = re.compile(r"(?:的)?(?:数量|数)?(?:各|分别)?(?:是|有|为)?(?:多少|几)[个件条项次]?(?:呢)?$|(?:的)?(?:数量|情况)$")
_QWORD_ZH = re.compile(r"多少|几(?![乎])|哪|什么|是否|吗")


# a lead asking which things, not how many ("which rules and documents …", "what problems and shortcomings …",
# "what were the measures and plans …"): the things it joins are one list asked, unless each is a figure of its own
_WHICH_HEAD_EN = re.compile(r"(?<![a-z])(?:which|what)(?:\s+(?:were|was|are|is|kinds? of|sorts? of|types? of))?(?:\s+the)?\s*$")


def one_list_head_en(lead: str, items: list[str]) -> bool:
    """Two or more nouns joined under one "which"/"what" head are one ask for the things listed ("which rules and
    documents did qinghe draw up", "what problems and shortcomings"), unless every noun names a figure of the
    standard tables ("what were the reconsiderations and lawsuits": two figures).  A count asked ("how many A and
    B", "the number of A and B") is never one ask: each noun is a figure of its own."""
    if not _WHICH_HEAD_EN.search(lead):
        return False
    return not all(detect_metric(x, fallback=False) is not None for x in items)


def _counted_en(item: str) -> bool:
    """An English phrase names a thing the reports count: a noun of its own and a word of the vocabulary."""
    return bool(_PLURAL.search(item)) and bool(detect_metric(item, fallback=False) or any(glossary_groups(item)))


def names_counted_en(text: str) -> bool:
    """The last phrase of an English piece (after its lead: "qinghe 2023: applications received") names a counted
    thing: the piece is a bare ask for it, not only the frame of the asks after it."""
    m = _LEAD_EN.match(text)
    return _counted_en(text[m.end():] if m else text)


def _counted_zh(item: str) -> bool:
    """A Chinese phrase names a thing the reports count: a noun of counted things (glossary [asks] counted_zh)
    in a phrase of the vocabulary (a metric's words, a Chinese word of the glossary)."""
    if len(item) < 2 or not any(w in item for w in GLOSSARY.counted_zh):
        return False
    if detect_metric(item, fallback=False) is not None:
        return True
    return any(z in item for zs in GLOSSARY.en_to_zh.values() for z in zs if len(z) >= 2)


def _masked(text: str, phrases) -> tuple[str, dict[str, str]]:
    masks: dict[str, str] = {}
    for i, p in enumerate(p for p in phrases if p in text):
        key = chr(0xE100 + i)
        masks[key] = p
        text = text.replace(p, key)
    return text, masks


def _unmask(text: str, masks: dict[str, str]) -> str:
    for k, p in masks.items():
        text = text.replace(k, p)
    return text


def list_en(piece: str) -> list[str] | None:
    """An English piece listing two or more counted things joined by "and" / commas: one ask per thing, each with
    the lead (scope, question words); None when it lists none."""
    if re.search(r"[\u4e00-\u9fff]", piece):
        return None
    text, masks = _masked(piece, _JOINED_EN)
    m = _LEAD_EN.match(text)
    lead, body = (m.group(1), text[m.end():]) if m else ("", text)
    if _ASKING_EN.search(body):
        return None  # a question word inside the list: the pieces of the question are split elsewhere
    items = [x.strip() for x in _SPLIT_EN.split(body) if x.strip()]
    # ("…in 2016, all channels together": a phrase saying what the count takes in is no thing of its own)
    items = [x for x in items if not _COUNT_SCOPE_EN.match(_unmask(x, masks))]
    # three or more things after "how many" ("how many were construction tenders, gov procurement, land/mining…"): the
    # count is asked of each, and a word of the vocabulary names each thing ("procurement" is no plural, yet counted)
    counting = len(items) >= 3 and re.search(r"(?<![a-z])(?:how many|numbers? of)\s*$", lead)
    named = (lambda x: any(glossary_groups(x)) or detect_metric(x, fallback=False)) if counting else _counted_en
    if len(items) < 2 or not all(named(_unmask(x, masks)) for x in items):
        return None
    if one_list_head_en(lead, [_unmask(x, masks) for x in items]):
        return None
    lead = lead if not lead or lead.endswith(" ") else lead + " "
    if re.search(r"(?<![a-z])the $", lead):  # ("tell me the A as well as the B": one "the")
        items = [re.sub(r"^the\s+", "", x) for x in items]
    return [_unmask(f"{lead}{x}", masks).strip() for x in items]


_CHANNEL_EN = GLOSSARY.patterns["channel_en"]
_CHANNEL_TAIL_EN = GLOSSARY.patterns["channel_tail_en"]
_COUNT_ASK_EN = re.compile(r"(?<![a-z])(?:how many|how much|(?:the )?numbers? of|counts?|totals?|figures?)(?![a-z])")
# words that never modify a channel's name: question words, verbs, prepositions, conjunctions ("posts on the
# commission website": the channel's own words start after "on")
_NOT_MODIFIER = (r"(?:how|what|which|many|much|were|was|did|do|does|is|are|has|have|had|and|or|plus|on|in|via|"
                 r"through|by|at|across|from|over|onto|to|of|for|with)(?![a-z])")
_PREP = r"(?:on|in|via|through|by|at|across|from|over|onto)"
_OWN_WORDS = rf"(?:(?P<prep>{_PREP})\s+)?(?P<mods>(?:(?!{_NOT_MODIFIER})[^\s,?:;]+\s+){{0,4}})"
# between two channels of one list: words of the first ("posts" of "Weibo posts and WeChat posts"), one separator,
# then the second's preposition and its own words ("and on the Healthy Qinghe")
_CHANNEL_GAP = re.compile(rf"(?P<skip>(?:\s+(?!{_NOT_MODIFIER})[a-z]+){{0,2}})\s*"
                          rf"(?:,\s*(?:(?:and|or|as well as|plus)\s+)?|\s*[&/]\s*|\s+(?:and|or|as well as|plus)\s+)"
                          rf"{_OWN_WORDS}")
_PARTICIPLE_END = re.compile(r"(?<=[a-z]{2})(?:ed|en)\s*$|(?<![a-z])(?:made|sent|put|held|shown)\s*$")
_CHANNEL_LEAD = re.compile(rf"(?<![^\s,?:;(“\"]){_OWN_WORDS}$")


def channels_en(piece: str) -> list[str] | None:
    """An English ask for a figure on each of two or more channels ("how many posts on the commission website, on the
    Healthy Qinghe Weibo, and on the Healthy Qinghe WeChat"; "how many items did its website, Weibo and WeChat
    account publish"): one ask per channel, each with the words before the list and after it; None when the piece
    lists no channels, asks no figure, or asks their total ("… combined")."""
    from assistant.asks import wants_total  # (asks imports this module)

    if not _COUNT_ASK_EN.search(piece) or wants_total(piece):
        return None
    found: list[tuple[int, int]] = []
    for m in _CHANNEL_EN.finditer(piece):
        end = _CHANNEL_TAIL_EN.match(piece, m.end()).end()
        if found and not piece[found[-1][1] : m.start()].strip():
            found[-1] = (found[-1][0], max(end, found[-1][1]))  # one channel named in two words ("portal website")
        elif not found or m.start() >= found[-1][1]:
            found.append((m.start(), end))
    if len(found) < 2:
        return None
    lead = _CHANNEL_LEAD.search(piece[: found[0][0]])
    # each channel: its preposition (else the first's), where its own words start and end, whether it has its own noun
    items = [(lead.group("prep") or "", lead.end("prep") if lead.group("prep") else lead.start(), found[0][1], 0)]
    for (_s1, e1), (s2, e2) in itertools.pairwise(found):
        gap = _CHANNEL_GAP.fullmatch(piece, e1, s2)
        if not gap:
            break  # the list ends (a channel named later, "… on its website, and which app …")
        skip = gap.group("skip")
        if skip.strip():  # "hotline calls and website messages": the first channel's own noun (and participle)
            # (words the list shares after it that the first channel said of its own: its noun, and its participle
            # when it ends on one: "WeChat posts pushed and Weibo posts published")
            items[-1] = (*items[-1][:2], e1 + len(skip), 1 + bool(_PARTICIPLE_END.search(skip) and len(skip.split()) > 1))
        items.append((gap.group("prep") or "", gap.start("mods"), e2, 0))
    rest = piece[items[-1][2]:]
    # (", how many posts were made": the question after a list of channels that opens the question)
    if len(items) < 2 or re.match(rf"\s*(?:[,&/](?!\s*{_ASKING_EN.pattern})|(?:and|or|plus)(?![a-z]))", rest):
        return None  # the list goes on with something that is no channel ("by website, by letter and in person")
    rest = GLOSSARY.patterns["each_en"].sub("", rest).rstrip(" ,")
    # the noun the list shares after it ("website, Weibo and WeChat posts"), which a channel with a noun of its own
    # ("Weibo posts and WeChat articles") does without
    noun = re.match(rf"\s+(?!{_NOT_MODIFIER})[a-z]+(?=\s|$)", rest)
    head, first_prep = piece[: lead.start()], items[0][0]
    names = [piece[s:e].strip() for _p, s, e, _own in items]
    if len(set(names)) < 2:
        return None
    out = []
    for (prep, _s, _e, own), name in zip(items, names):
        p = prep or first_prep
        # (a channel with words of its own drops as many of the words after the list: "hotline calls and website
        # messages received" keeps "received" shared; "WeChat posts pushed and Weibo posts published" shares none)
        tail = _without_words(rest, own) if own and noun else rest
        out.append(re.sub(r"\s{2,}", " ", f"{head}{p + ' ' if p else ''}{name}{tail}").strip())
    return out


def _without_words(text: str, n: int) -> str:
    """`text` after its first `n` words ("" when it has no more)."""
    m = re.match(rf"(?:\s*[^\s,?:;]+){{{n}}}", text)
    return text[m.end():] if m else ""


def list_zh(piece: str) -> list[str] | None:
    """A Chinese piece listing counted things after its lead ("…2023年报：A和B", "…年度报告中A、B的数量"): one ask
    per thing, each with the lead and the shared question words; None when it lists none."""
    m = _LEAD_ZH.match(piece)
    if not m:
        return None
    lead, body = m.group(1), piece[m.end():]
    tail_m = _TAIL_ZH.search(body)
    tail = tail_m.group() if tail_m else ""
    body = body[: len(body) - len(tail)] if tail else body
    if _QWORD_ZH.search(body):
        return None  # every thing asked with its own question word: assistant.asks splits those
    items = [re.sub(r"^的|的$", "", x.strip(" ，,")) for x in _SPLIT_ZH.split(body) if x.strip(" ，,")]
    if len(items) < 2 or not all(_counted_zh(x) for x in items):
        return None
    return [f"{lead}{x}{tail}" for x in items]


def _column_phrases() -> list[str]:
    """How questions name the columns of table 二 (本年制发 / 现行有效 / "issued this year" / "currently valid"):
    each column's name without its counting word, its keys, its English name and the glossary's English words
    for it (data: template.toml, glossary.toml)."""
    out: set[str] = set()
    for c in TEMPLATE.t2_column_defs:
        keys = [k for k in c.keys if len(k) >= 2]
        out |= {re.sub(r"(?:件数|数量)$", "", c.zh), *keys}
        if c.en:
            out.add(str(c.en).lower())
        out |= {en for en, zhs in GLOSSARY.en_to_zh.items()
                if en.isascii() and any(k in z for z in zhs for k in keys)}
    out |= {f"{p} this year" for p in list(out) if p.isascii() and "year" not in p}
    out |= _columns_without_row_words()
    return sorted((p for p in out if len(p) >= 2), key=len, reverse=True)


def _columns_without_row_words() -> set[str]:
    """A column's English name without the words of its row ("government centralised procurement: number of projects
    and total amount" names 采购项目数量 and 采购总金额 once the row is named): "projects", "total amount", and
    "number of projects" for a counted column."""
    out: set[str] = set()
    for b in TEMPLATE.t2_blocks:
        row_words = {w for r in b.rows for w in str(r.en).lower().split()}
        for name in {n for names in b.columns.values() for n in names}:
            c = TEMPLATE.t2_column(name)
            if not c or not c.en:
                continue
            rest = " ".join(w for w in str(c.en).lower().split() if w not in row_words)
            if rest != str(c.en).lower() and len(rest) >= 5:
                out.add(rest)
                if c.unit == "件":
                    out.add(f"number of {rest}")
    return out


_COLUMN = PhraseAlternation(_column_phrases(), lambda p: en_word(p) if p.isascii() else re.escape(p))
# (two columns set against each other are asked both: "issued this year vs. currently valid", "本年制发对比现行有效";
# the first column's count word may come before the conjunction: "采购项目数量和采购总金额"; an article or a possessive
# may come after it: "the previous year's item count and the change this year")
_COLUMN_GAP = re.compile(r"(?:数量|件数|个数)?\s*(?:,|、|和|及|与|以及|/|&|对比|相比|(?<![a-z])(?:and|or|as well as|vs\.?|versus|compared (?:with|to)|against)(?![a-z]))"
                         r"\s*(?:(?:are|is|were|was|how many|the|its|their)\s+)*")


def columns(piece: str) -> list[str] | None:
    """"行政规范性文件本年制发和现行有效各多少件" / "normative documents issued this year and currently valid": two
    or more columns of one row joined by a conjunction are one ask each, every ask keeping the row (the words
    before the first column) and the question words after the last; None when the piece joins no columns."""
    ms = list(_COLUMN.finditer(piece))
    if len(ms) < 2:
        return None
    run = [ms[0]]
    for m in ms[1:]:
        if _COLUMN_GAP.fullmatch(piece[run[-1].end(): m.start()]):
            run.append(m)
        elif len(run) < 2:
            run = [m]
    if len(run) < 2 or len({m.group() for m in run}) < 2 or ms[0] is not run[0]:
        return None  # (a column before the run: a list of its own words, "上一年项目数量、本年增减和处理决定数量")
    lead, tail = piece[: run[0].start()], piece[run[-1].end():]
    tail = GLOSSARY.patterns["each_zh"].sub("", tail) if "each_zh" in GLOSSARY.patterns else tail
    tail = re.sub(r"^\s*(?:各|分别|respectively)\s*", "", tail)
    if not lead.strip():
        return None  # no row to keep: the columns are the subject ("本年制发和现行有效的规章…")
    return [f"{lead}{m.group()}{tail}" for m in run]
