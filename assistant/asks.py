"""A question split into its asks: every figure or fact the user wants, one ask each.

"收到多少件？其中自然人提出多少件？"        -> 收到多少件 | 自然人提出多少件 (within the first)
"行政复议和行政诉讼各多少件"               -> 行政复议多少件 | 行政诉讼多少件
"予以公开、部分公开分别是多少"             -> 予以公开是多少 | 部分公开是多少
"how many X did A receive, and how many of them were from individuals?"
                                           -> how many X did A receive | how many of them were from individuals

Pure functions over the normalised question (simplified, half-width, lower-case ASCII).
The whole question still decides the scope (reports, years); an ask only says *what* is asked.
Chinese clauses are cut into asks by ``assistant.zh_clauses``; an English ask that leans on the ask before it is
written out whole by ``assistant.shortened_asks_en``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.ask_connectors import joined_questions_en, restates_subject, without_connector
from assistant.ask_focus import set_focus
from assistant.case_kinds import each_case_kind
from assistant.change_asks import after_change_zh, change_ends, elliptic_before_en, sides_before_count
from assistant.circumstance_asks import joined_circumstances
from assistant.compare_sides import compare_sides_zh
from assistant.core.glossary import GLOSSARY
from assistant.each_side_restated import restates_each_side
from assistant.english_frame import COUNT_EN, english_frame
from assistant.excepted import without_excepted
from assistant.field_asks import names_other_field, split_fields, split_pair_zh
from assistant.joined_asks import (
    and_items,
    announced_en,
    both_en,
    each_after_en,
    each_before_en,
    framed_list_en,
    joined_zh,
    paired_en,
    restates_breakdown,
    thing_asked_alone_en,
    vs_parts_en,
)
from assistant.list_periods import carry_period_into_asks
from assistant.name_masks import generic_unjoined, lead_name, mask_outside_accounts
from assistant.noun_lists import channels_en, columns, list_en, list_zh, one_list_head_en
from assistant.noun_phrase_asks import JOINED_LABELS, noun_phrase_asks_en
from assistant.participle_lists_en import participle_list_en
from assistant.query import detect_metric
from assistant.remainders import neither_as_parts, rest_as_parts
from assistant.scoped_asks import scope_keys, without_scope_names
from assistant.shortened_asks_en import (
    ones_as_noun_before_en,
    sentence_of_its_own_en,
    whole_of_part,
    with_count_of_before_en,
)
from assistant.shortened_shares_zh import with_share_of_before_zh
from assistant.sides_en import compare_sides_en
from assistant.stated_premises import without_retold_part_zh, without_stated_premises
from assistant.subjectless_asks import split_subjectless_tail_en, with_subject_of_before
from assistant.sum_operands_en import sum_operands_en, sum_operands_zh
from assistant.zh_clauses import by_kind, each_zh, units_zh

Q = GLOSSARY.patterns  # question words (glossary.toml [patterns])
_CONTACT_WORDS = frozenset(w for w in GLOSSARY.contact_words if w.isascii()) | {"phone number", "email address", "e-mail address"}


@dataclass
class Ask:
    text: str  # the ask, normalised
    within: bool = False  # narrows the ask before it ("其中 …", "… of them")
    breakdown: bool = False  # wants the sub-figures (其中 / 分别 / 按类别 / by channel)
    focus: str = ""  # what sets the ask apart from its siblings ("二级栏目" of "…设了几个频道、几个二级栏目")
    change: str = ""  # "from" / "to": an end of a change asked from both ends ("从几个增加到几个")
    side: str = ""  # a side of a comparison within one report, as the question words it ("当面申请")
    elliptic: bool = False  # names only what differs from the ask before it ("…多少件？部分公开呢", "…? and partially?")
    scoped: str = ""  # the ask without the English scope names written in it ("" if none: assistant/scoped_asks.py)


def is_elliptic(piece: str) -> bool:
    """A later ask shortened the way users shorten it: "另外X呢", "还有X", "那X呢", "and X?", "what about X",
    "same for X" (glossary [patterns] followup_marker): it asks what the ask before it asks, of X."""
    return Q["followup_marker"].search(piece.strip(" ，,？?")) is not None


# an ask naming only a rate ("办结率是多少", "结案率呢"): no thing of its own, so the rate of the count asked before it
_BARE_RATE_ASK = re.compile(r"[\u4e00-\u9fff]{1,4}率(?:是|为|有)?(?:多少|几何|怎么样|如何)?(?:呢|啊)?")


def is_bare_rate(piece: str) -> bool:
    """"办结率是多少" after "受理了多少件": the rate of that count (a report writes a count's rate after it)."""
    return _BARE_RATE_ASK.fullmatch(re.sub(r"[\s，,。？?！!]", "", piece)) is not None


def wants_total(norm: str) -> bool:
    """"复议和诉讼一共多少件", "… in total": the user expects the figures added up."""
    return Q["total"].search(norm) is not None


def wants_breakdown(text: str) -> bool:
    return Q["breakdown"].search(text) is not None


def wants_parts_only(text: str) -> bool:
    """"办理结果分别是多少", "包括哪些类别", "what categories…": the parts are asked, not the total they add up to
    (that one is asked only when a count comes before the breakdown words: "共收到多少件，分别来自哪些申请人")."""
    m = Q["breakdown"].search(text)
    return bool(m) and not re.search(r"多少|几|(?<![a-z])(?:how many|how much|number of)(?![a-z])", text[: m.start()])


def _pieces(norm: str) -> list[str]:
    """Sentence-level pieces: at ? ; and before 其中 / 'and how many' / 'and what'."""
    parts = re.split(r"[?？;；。!！]+", norm)
    out: list[str] = []
    for p in parts:
        p = p.strip(" ，,")
        if not p:
            continue
        bits = _PIECE_SEP.split(p)  # (pieces, each after the separator before it)
        for sep, q in zip(["", *bits[1::2]], bits[::2]):
            # ("plus how many …", "and the number …": "and how many …"; "requests received — and how many …": no
            # dash left at the end)
            q = re.sub(r"\s+[—–-]$", "", q.strip(" ，,"))
            q = _ANOTHER_COUNT.sub("and how many ", _JOINING.sub("and ", q))
            q = _ANOTHER_THING.sub("and what is the ", q)
            q = _OF_THOSE.sub(r"\1 ", q)
            q = _BESIDES_COUNT.sub("", q)
            if q and out and not sep.strip(" ，,") and Q["multiple_ask_en"].match(q):
                out[-1] += " " + q  # "its releases were how many times the 2013 total": one ask of a multiple
            elif (q and out and Q["lead_of_count_en"].search(out[-1]) and re.match(r"how (?:many|much)(?![a-z])", q)
                    and not (re.search(r"[，,]", sep) and COUNT_EN.search(out[-1]))):
                out[-1] += " " + q  # "across how many channels", "roughly, how many staff": one ask
                # (not "how many posts in total, how many of them were news", "how many came in, how many were
                # carried over": after a comma, an ask that already asks a count is done)
            elif q:
                out += by_kind(q)
    out = _with_lead_ins(out)
    return [whole_of_part(p, out[i - 1]) if i else p for i, p in enumerate(out)]


_LEAD_IN_EN = re.compile(r"(?:^|[，,]\s*)and\s+(" + Q["lead_in_en"].pattern + r")$")


def _with_lead_ins(pieces: list[str]) -> list[str]:
    """A piece ending in "and <lead-in phrase>" ("…took effect, and going forward"; all of "and in the improvements
    part") before a piece opening with its question word: the phrase goes with that next ask ("going forward, which
    areas …"), and a piece left empty is no ask."""
    out = list(pieces)
    for i in range(len(out) - 1):
        m = _LEAD_IN_EN.search(out[i])
        if m and not Q["asking"].search(m.group(1)) and _OPENS_ASKING_EN.match(out[i + 1]):
            out[i], out[i + 1] = out[i][: m.start()].strip(" ，,"), m.group(1) + ", " + out[i + 1]
    return [p for p in out if p]


_OPENS_ASKING_EN = re.compile(r"(?:how|what|which|when|where|who|whom|whose|why)(?![a-z])")


# ... and at a comma before 还有 / 另外 ("…多少，还有上一年项目数、本年增减": a shortened ask of its own),
# ... and at a space before 其中 or a second "how many" ("how many staff how many trainings"; not "from how many to
# how many"), before "and in how many cases …", "plus how many …", "as well as for how many of them …", "along with /
# together with how many …" (a question
# word after a preposition, after a word joining two asks; not "and by how many": a comparison's difference), before
# "and the number …" / "as well as the number …", before "and of those, how many …"
# (… and after a hedge, "and roughly how many", or a set-aside, "and apart from the portal, where": glossary [patterns])
_HEDGE_EN, _SET_ASIDE_EN = Q["hedge_en"].pattern, Q["set_aside_en"].pattern
_PIECE_SEP = re.compile(r"([，,\s]\s*(?=其中|这其中|当中)"
                        r"|[，,]\s*(?=还有|另外)"
                        r"|[，,]\s*(?=" + Q["joined_ask_zh"].pattern.lstrip("^") + ")"
                        r"|[，,]\s*(?=" + Q["joined_yes_no_en"].pattern + ")"
                        r"|[，,]?\s*(?=(?<![a-z])(?:and|plus|and also|as well as|along with|together with) "
                        r"(?:(?:in|into|for|on|of|from|to|at|within|through|under|across)\s+)?(?:" + _HEDGE_EN + r"\s+)?"
                        r"(?:how|what|which|when|where|who|whom|whose)(?![a-z]))"
                        r"|[，,]?\s*(?=(?<![a-z])and " + _SET_ASIDE_EN + r"[^,，?;]{1,60}[,，]\s*(?:how|what|which|when|where|who|whom|whose)(?![a-z]))"
                        r"|[，,]?\s*(?=(?<![a-z])(?:and|plus|as well as|along with|together with) (?:also )?the (?:number|count)(?![a-z]))"
                        r"|[，,]?\s*(?=(?<![a-z])and (?:of|among) (?:those|them|these)[，,]?\s+how (?:many|much)(?![a-z]))"
                        r"|[，,]\s*(?=(?:of|among) (?:which|those|them|these)[，,]?\s+how (?:many|much)(?![a-z]))"
                        r"|[，,]\s*(?=(?:plus|as well as|along with|together with) the (?!number|count)[a-z])"
                        # (no comma needed after a report's field: "its issue date as well as the office that put it out")
                        r"|(?:(?<=date)|(?<=phone)|(?<=number)|(?<=code)|(?<=address)|(?<=fax)|(?<=mail)|(?<=website))"
                        r"\s+(?=(?:plus|as well as|along with|together with) the (?!number|count)[a-z])"
                        r"|(?<!of those)(?<!of them)(?<!of these)[，,]\s*(?=(?:how many|how much|what|which)(?![a-z]))"
                        r"|[，,]\s*(?=(?:with|involving) how (?:many|much)(?![a-z]))"
                        r"|[，,]?\s*(?=(?<![a-z])out of how (?:many|much)(?![a-z]))"
                        r"|(?<=[a-z])(?<!from)(?<![^a-z]to)(?<!and)(?<![^a-z]or)(?<!plus)(?<![^a-z]as)(?<!also)(?<![^a-z]with)"
                        r"(?<!of which)(?<!of those)(?<!of these)(?<!of them)(?<!among them)\s+"
                        r"(?=how (?:many|much)(?![a-z])))")
_ANOTHER_COUNT = re.compile(r"^and (?:also )?the (?:number|count)(?: of)?\s+")
# ("…, plus the doc no. of the measures": after a comma, a thing joined to the asks before it is an ask of its own)
_ANOTHER_THING = re.compile(r"^and (?:also )?the (?!number|count)(?=[a-z])")
_JOINING = re.compile(r"^(?:plus|as well as|and also|along with|together with)\s+")
# "and of those, how many …", "…, of which how many …": the narrowing words go with the ask they narrow ("of those how
# many …" is read by Q["within"]), not with the ask before
# "besides the number of requests, how much info …": a figure named before the ask it goes with is an ask of its own
# (not a thing set aside: assistant.excepted leaves a "the number of" clause alone), without the joining word
_BESIDES_COUNT = re.compile(r"^(?:besides|apart from|aside from|in addition to|on top of)\s+(?=(?:the\s+)?(?:numbers?|counts?|totals?|figures?)\s+(?:of|for)\s)")
_OF_THOSE = re.compile(r"^(?:and )?((?:of|among) (?:which|those|them|these))[，,]?\s+")


_MEASURE_HEAD = re.compile(r"rates?|ratios?|percentages?|shares?|proportions?|amounts?|totals?")


def _each_en(piece: str) -> list[str] | None:
    """"how many reconsiderations and lawsuits …" -> one ask per listed noun."""
    m = re.match(r"^(.*?(?:how many|how much|number of|what were the|what was the|what are the|what|which)\s+)(.+?)(\s+(?:did|does|do|were|was|are|is|has|have|had|in|for|of)\b.*)?$", piece)
    if not m:
        return None
    lead, nouns, tail = m.group(1), m.group(2), m.group(3) or ""
    items = [x for x in and_items(nouns) if x]
    if len(items) < 2 or any(len(x.split()) > 4 for x in items):
        return None
    # ("the satisfaction rate and participation rate": each listed noun ends in the same measure word, two figures)
    same_measure = all(len(x.split()) > 1 and _MEASURE_HEAD.fullmatch(x.split()[-1]) for x in items) \
        and len({x.split()[-1] for x in items}) == 1
    if not same_measure and not all(x.split()[-1].endswith("s") or x in _CONTACT_WORDS for x in items):
        return None  # "policy and regulation items" is one thing; "reconsiderations and lawsuits" are two
    if one_list_head_en(lead, items) and not same_measure and not all(x in _CONTACT_WORDS for x in items):
        return None  # "which rules and documents did qinghe draw up": one list asked
    tail = Q["each_en"].sub("", tail).strip()
    return [f"{lead}{x} {tail}".strip() for x in items]


def _names_other_metric_en(piece: str, before: str) -> bool:
    """An English piece names a metric (by its words) other than the ask before it does."""
    if re.search(r"[\u4e00-\u9fff]", piece):
        return False
    m = detect_metric(piece, fallback=False)
    return m is not None and m is not detect_metric(before, fallback=False)


# a column of the national table whose name joins two words is one thing, however the question joins them
# ("法人或其他组织一共多少件", "legal persons and other organisations" ask one figure): assistant/noun_phrase_asks.py
_JOINED_LABELS = JOINED_LABELS


def split_asks(norm: str, names: tuple[str, ...] | list[str] = ()) -> list[Ask]:
    """The asks of a question, in order. A question with one ask gives one Ask (the whole text).
    `names` (agencies, places the question names) are never split ("自然资源和规划局" is one name)."""
    masks = {}
    lead = lead_name(norm, names)
    given = set(names)
    names = [*names, *_JOINED_LABELS]
    names = [n for n in names if not generic_unjoined(n)]
    for i, name in enumerate(sorted({n for n in names if len(n) >= 2 and n in norm}, key=len, reverse=True)):
        key = chr(0xE000 + i)
        masks[key] = name
        norm = mask_outside_accounts(norm, name, key, lead)
    # (no asks: what the question sets aside, "apart from X, how many Y"; a piece retelling the report, "it says …")
    norm = without_retold_part_zh(norm)  # ("…里，其中A 3条，一共多少条": the retold part is no ask)
    asks = without_stated_premises(joined_circumstances(_split(elliptic_before_en(without_excepted(rest_as_parts(neither_as_parts(noun_phrase_asks_en(joined_questions_en(norm)))))))), norm)  # ("whenever …, which laws": one ask; "… and how many before": a change's end)
    keys = scope_keys(masks, given, _JOINED_LABELS)
    for a in asks:
        a.scoped = without_scope_names(a.text, keys, masks) if len(asks) > 1 else ""
        for key, name in masks.items():
            a.text = a.text.replace(key, name)
    carry_period_into_asks(asks)  # ("2022年一季度网站、微博各多少条": the period is every item's)
    set_focus(asks)
    return asks


# "…: number of A and number of B, respectively": a closing word saying one figure per thing asked; the things are split
# without it (it is no thing of its own, nor a word of the last one)
_RESPECTIVELY_END_EN = re.compile(r"[，,]?\s*(?<![a-z])(?:respectively|separately|apiece)\s*([?.!]*)\s*$")


def _split(norm: str) -> list[Ask]:
    if _RESPECTIVELY_END_EN.search(norm) and not re.search(r"[\u4e00-\u9fff]", norm):
        # (only a lead's list of things the closing word hid: "…, and how many items apiece" stays the breakdown ask
        # it is, and "how many went under A, B and C respectively" the ask of each part it is)
        plain = _RESPECTIVELY_END_EN.sub(r"\1", norm)
        if framed_list_en(norm) is None and framed_list_en(plain) is not None:
            return _split_once(plain)
    return _split_once(norm)


def _split_once(norm: str) -> list[Ask]:
    # ("A and B — how many of each?": "how many A and B each"; "for each of A, B and C, how many …": "how many … A, B and C")
    norm = each_after_en(norm) or each_before_en(norm) or norm
    # "微信公众号推送和微博发布哪个多？多几条", "more requests in person or by letter?": one ask per side (the difference is
    # computed); two columns of one table row named in English are the columns' own split
    sides = compare_sides_zh(norm) or (None if columns(norm) else compare_sides_en(norm))
    if sides:
        return [Ask(text, side=side) for text, side in sides]
    # ("need two numbers from X: A, and B": a lead announcing its asks, each item an ask with or without a question word)
    announced = announced_en(norm)
    framed = framed_list_en(norm) if announced is None else None
    if framed:
        # "qinghe 2022: total items published, and number of requests": a list of things after the lead, one ask per
        # thing — unless the question's own words split it into as many (their split knows more of each one's words)
        plain = _asks_of(norm, None)
        return _asks_of(norm, framed) if len(plain) < len(framed) else plain
    return _asks_of(norm, announced)


def _asks_of(norm: str, announced: list[str] | None) -> list[Ask]:
    """The asks of the question's pieces: `announced`, the things a lead lists (one ask each, with or without a
    question word), else the pieces its question words, separators and frame make."""
    asks: list[Ask] = []
    pieces = [p for piece in _pieces(norm) for p in split_subjectless_tail_en(piece)]  # ("…refused — and why")
    # ("X 2023: the satisfaction rate? and the participation rate?": a first sentence answered by a shortened ask)
    first_asked = (len(pieces) > 1 and is_elliptic(pieces[1])
                   and re.search(re.escape(pieces[0]).replace(r"\ ", r"\s+") + r"\s*[?？]", norm) is not None)
    pieces = announced or [p for piece in sides_before_count(english_frame(pieces, first_asked)) for p in after_change_zh(piece)]
    for i, piece in enumerate(pieces):
        # ("行政复议几件？结果如何？": a follow-on with no subject of its own asks of the ask before it)
        piece = with_subject_of_before(piece, asks[-1].text) if i and asks else piece
        if i and asks and restates_breakdown(piece, asks[-1].text):
            # "那77条信息怎么分的，每类几条": the same breakdown asked again, each part's count; no ask of its own, and
            # no words of the ask before it (what the ask names stays its own: "…的数量", never "…发的各的数量")
            asks[-1].breakdown = True
            continue
        if i and asks and restates_each_side(piece, asks[-1].text):
            continue  # ("…2020年是不是比2019年少？两年各几件": the comparison states each side's figure)
        # (an English sentence of its own led by "and X?" / "same for X?" is a shortened ask of its own: _elliptic_en)
        elliptic = bool(i and asks and is_elliptic(piece)) and not restates_subject(piece)  # (ask_connectors.py)
        if (i and not announced and not Q["asking"].search(piece) and not Q["within"].search(piece)
                and not (elliptic and (sentence_of_its_own_en(piece, norm) or re.match(r"还有|另外", piece)))
                and not joined_zh(piece) and not thing_asked_alone_en(piece, norm)
                and not _names_other_metric_en(piece, asks[-1].text) and not names_other_field(piece, asks[-1].text)):
            # a clause without a question word belongs to the ask before it ("…多少件, 同比增长多少"), unless it is an
            # English sentence naming a figure of its own ("new requests? carried over? carried forward?")
            asks[-1].text += "，" + piece
            continue
        piece = Q["joined_ask_zh"].sub("", piece) if i else piece  # ("，以及…": the joining word is no part of the ask)
        piece = without_connector(piece) if i and not elliptic else piece  # ("另外，…", "and that report: …": assistant/ask_connectors.py)
        if elliptic and asks:
            piece = with_share_of_before_zh(with_count_of_before_en(piece, asks[-1].text), asks[-1].text)
        if asks:
            piece = ones_as_noun_before_en(piece, asks[-1].text)
        within = bool(Q["within"].search(piece)) and bool(asks)
        breakdown = wants_breakdown(piece)
        change = change_ends(piece)
        if change:
            asks += [Ask(change[0], within=within, change="from"), Ask(change[1], within=within, change="to")]
            continue
        if breakdown and _ends_restating_each(piece):
            # "申请人分几类、各多少件": the closing clause asks the breakdown's counts again, no ask of its own
            asks.append(Ask(piece, within=within, breakdown=True, elliptic=elliptic))
            continue
        split = split_fields(piece) or columns(piece)
        if split is None and re.search(r"[\u4e00-\u9fff]", piece):
            split = units_zh(piece) or each_zh(piece) or split_pair_zh(piece) or sum_operands_zh(piece) or list_zh(piece)
        if split is None and not breakdown and not re.search(r"[\u4e00-\u9fff]", piece):
            parts = vs_parts_en(piece)  # "online vs in person vs by mail": a side of the report each
            if parts:
                asks += [Ask(text, within=within, side=side) for text, side in parts]
                continue
            # ("A plus B — how many in all", "A and B combined", "add A to B": the two things of a sum, an ask each)
            split = sum_operands_en(piece) or both_en(piece) or paired_en(piece)  # "give me both A and B", "the A count and the B count"
        if split is None and (Q["each_en"].search(piece) or re.search(r"(?<![a-z])(?:and|plus|as well as)(?![a-z])|,", piece)):
            split = channels_en(piece) or _each_en(piece) or list_en(piece) or participle_list_en(piece)
        if split:
            asks += [Ask(s, within=within, elliptic=elliptic) for s in split]
        else:
            asks.append(Ask(piece, within=within, breakdown=breakdown, elliptic=elliptic))
    return each_case_kind(asks) or [Ask(norm)]  # ("复议或者诉讼": an ask per kind of case)


def _ends_restating_each(piece: str) -> bool:
    """A breakdown piece closed by a clause that only asks each part's count ("分几类、各多少件", "分哪几类，每类几条")."""
    last = re.split(r"[、，,]", piece.strip(" ，,？?"))[-1]
    return last != piece.strip(" ，,？?") and Q["each_restated_zh"].search(last.strip()) is not None
