"""Words around the sides of an English comparison of one report (assistant.compare_sides): a quoted side is one
phrase, whatever words it holds ("'implementation and results' items vs 'management and services' items": its "and"
joins no sides and ends none), and sides that are the subjects of an auxiliary end at their verb ("did their weibo
account or their wechat account put out more updates"); a side ends before the examples it gives of itself ("items on
key areas like poverty relief"), sides opening with the same words start alike ("items on X versus items on Y"), and a
side starts at its lead word or at a phrase of the glossary ("by letter", "face to face").

``compare_sides_en`` (the asks of the two sides: "…: online complaints vs letters from the public: which had the better
closure rate" -> "… online complaints closure rate" | "… letters from the public closure rate") lives here too, so
that assistant.compare_sides keeps to the Chinese sides and the answer."""

from __future__ import annotations

import re

from assistant.aggregate import asks_comparison
from assistant.core.glossary import GLOSSARY
from assistant.en_phrases import en_word

Q = GLOSSARY.patterns
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MASKED_OR_DIGIT = re.compile(r"[\ue000-\uf8ff\d]")  # a report's name (masked by assistant.asks) or a year
EN_SIDE_WORDS = 5  # a side is a short noun phrase ("in person", "commercial enterprises", "WeChat posts")
# a phrase in quotes: no letter before its opening mark nor after its closing one ("didn't" has no quote)
_QUOTED = re.compile(r"(?<![a-z\d])['‘\"“]([a-z][^'‘’\"“”]{0,60}?)['’\"”](?![a-z\d])")
_STAND_IN = re.compile(r"zqz(?P<i>[a-j])zqz")  # one word of letters stands in for a quoted phrase (its "and" joins nothing)


def quoted_as_words(norm: str) -> tuple[str, list[str]]:
    """`norm` with each quoted phrase replaced by one word standing in for it, and the phrases (see ``unquoted``)."""
    phrases: list[str] = []

    def stand_in(m: re.Match[str]) -> str:
        phrases.append(m.group())
        return f"zqz{chr(ord('a') + len(phrases) - 1)}zqz"

    return _QUOTED.sub(stand_in, norm, count=10), phrases


def unquoted(text: str, phrases: list[str], marks: bool = False) -> str:
    """A text of ``quoted_as_words`` with its phrases back, in their quotes (`marks`: without them, as a side's words)."""
    def back(m: re.Match[str]) -> str:
        phrase = phrases[ord(m.group("i")) - ord("a")]
        return phrase[1:-1] if marks else phrase

    return _STAND_IN.sub(back, text)


def subject_sides(before: str, second: str) -> tuple[str, str, int]:
    """The second side without the words after it that are no side, and those words as each side's ask ends them:
    a comparative after it ("by letter more often" -> "by letter"); the verb after sides that are the subjects of an
    auxiliary ("did their weibo account or their wechat account put out more updates": the second side ends at its
    verb, else has as many words as the first, "their wechat account", and " put out how many updates" ends each ask;
    the first side is then the subject after the auxiliary: its start, else -1)."""
    more = Q["compare_more_en"].search(second, 1)
    aux = Q["compare_aux_side_en"].search(before)
    if aux:
        verb = Q["compare_side_verb_en"].search(second)
        tokens = second.split()
        n = len(second[: verb.start()].split()) if verb and verb.start() else len(before[aux.end() :].split())
        if len(tokens) > n:
            rest = " ".join(tokens[n:])
            rest = Q["compare_more_en"].sub("how many ", rest, count=1) if Q["compare_more_en"].search(rest) else ""
            return " ".join(tokens[:n]), " " + rest if rest else "", aux.end()
    if more and not Q["compare_more_en"].match(second):
        return second[: more.start()].strip(), "", -1
    return second, "", -1


def measured_after(after_sides: str) -> str:
    """What both sides are measured by when the question asks it after them ("…: which had the better closure rate"
    -> " closure rate", the end of each side's ask); "" when it asks no such thing (a count: "which is larger")."""
    m = Q["compare_measured_en"].match(after_sides)
    return " " + m.group("thing").strip() if m else ""


def without_examples(side: str) -> str:
    """A side without the examples it gives of itself ("items on key areas like poverty relief" -> "items on key
    areas"): the examples name no figure of their own, the side's figure is the one of its head words."""
    return Q["compare_side_examples_en"].sub("", side).strip()


_ARTICLE = re.compile(r"^(?:the|its|their|a|an)\s+")


def parallel_start(before: str, second: str, stop: int) -> int:
    """Where the first side starts when both sides open with the same words ("items on key work & major projects versus
    items on key areas": at the last "items on" after `stop`); -1 when the second side's first two words are not
    written before it (or are all its words)."""
    words = _ARTICLE.sub("", second, count=1).split()
    if len(words) <= 2:
        return -1
    lead = " ".join(words[:2])
    hits = [m.start() for m in re.finditer(en_word(lead), before) if m.start() >= stop]
    return hits[-1] if hits else -1


def glossary_phrase_start(before: str) -> int:
    """Where the longest English phrase of the glossary that ends the text starts ("…requests face to face": at
    "face to face"; "…by letter": at "by letter"); -1 when no glossary phrase ends it."""
    words = list(re.finditer(r"[a-z][a-z'-]*", before))
    if not words or words[-1].end() != len(before.rstrip()):
        return -1
    for k in range(max(0, len(words) - EN_SIDE_WORDS), len(words)):  # (the longest first)
        if " ".join(w.group() for w in words[k:]) in GLOSSARY.en_to_zh:
            return words[k].start()
    return -1


_NO_SIDE_WORD = re.compile(r"(?:how|many|much|more|fewer|less|what|which|number|of|were|was|did|does|do|and|or)")


def relative_head_start(before: str, start: int, stop: int) -> int:
    """Where a first side starts that is a thing placed by a clause after it ("gov documents disclosed in the 'news'
    column vs planning items": the side is the documents, not the column): at the words before the clause (three at
    most, after `stop`, no question word), when the words before `start` end with such a clause's participle and
    preposition; else `start`."""
    clause = Q["compare_side_relative_en"].search(before, 0, start) if start > 0 else None
    if not clause or clause.end() < start - 1 or clause.start() <= stop:
        return start
    head = start = clause.start()
    for w in reversed(list(_EN_WORD.finditer(before, stop, clause.start()))[-3:]):
        if _NO_SIDE_WORD.fullmatch(w.group()):
            break
        head = w.start()
    return min(start, head)


def lead_or_named(before: str, lead: int, named: int) -> int:
    """The start of a first side that has a lead word ("on wechat") or a glossary phrase ("face to face"): the lead
    word when it is the only word before a one-word phrase ("on wechat"), else the later of the two ("came in face to
    face": a phrase of several words is a manner of its own)."""
    if lead < 0 or named < 0:
        return max(lead, named)
    one_word = len(before[named:].split()) == 1
    return lead if one_word and lead <= named and len(before[lead:named].split()) <= 1 else max(lead, named)


_EN_WORD = re.compile(r"[a-z][a-z'&-]*")
# the question words before "the ratio of A to B" ("what was the", "give the"): each side is counted, the ratio asks it
_RATIO_ASKED = re.compile(r"(?:(?<![a-z])(?:what|give|tell|show)(?:'s|\s+(?:is|was|are|were|me))?\s+)?(?:the\s+)?$")
# the joining words that are the verb of the first side ("A trailed B", "A fell short of B"), its subject
_SUBJECT_VERB_CONJ = re.compile(r"trail|lag|fall|fell")


def compare_sides_en(norm: str) -> list[tuple[str, str]] | None:
    """The two asks of an English comparison of two things of one report, mirroring ``compare_sides_zh``: the
    question up to the first side, then each side: "qinghe 2023: were more requests made in person or by letter?
    difference?" -> [("qinghe 2023: were how many requests made in person", "in person"), ("… by letter", "by
    letter")]; "…: natural persons vs commercial enterprises — how big is the gap" -> sides "natural persons",
    "commercial enterprises".  A side that leads with a preposition ("by letter", "from enterprises") makes the
    first side start at the same kind of word; else the first side has as many words as the second.  None when the
    question has Chinese, compares no two joined things, or a side is a report, a year or a time ("last year")."""
    if _CJK.search(norm) or not asks_comparison(norm) or Q["compare_no_sides_en"].search(norm):
        return None
    masked, phrases = quoted_as_words(norm)  # ("'implementation and results' items vs …": a quoted side is one phrase)
    got = _sides_en(masked)
    return [(unquoted(text, phrases), unquoted(side, phrases, marks=True)) for text, side in got] if got else got


def _sides_en(norm: str) -> list[tuple[str, str]] | None:
    for conj in Q["compare_conj_en"].finditer(norm):
        start = conj.start()
        after_first = Q["compare_after_first_en"].search(norm[:start].rstrip()) if conj.group() == "than" else None
        # ("how much bigger was A than B": the comparative asked before the first side, which starts after it)
        much = Q["compare_much_more_en"].search(norm, 0, start) if conj.group() == "than" else None
        if conj.group() == "than" and not after_first and not Q["compare_more_en"].search(norm, 0, start) and not much:
            continue  # ("than" joins two sides after a comparative only: "more work updates than leadership items")
        if much and not after_first and not Q["compare_more_en"].search(norm, 0, start):
            got = _sides_around(norm, start, conj.end(), much.end(), norm[: much.start()] + "how many ")
            if got is not None:
                return got or None
            continue
        if after_first:  # ("were requests by letter bigger than online requests": the first side ends at "bigger")
            start = after_first.start()
        # ("…: work news items trailed notices by how many": the first side is the subject, its clause whole)
        got = _sides_around(norm, start, conj.end(), verb_conj=bool(after_first) or conj.group().startswith(("outnumber", "exceed")),
                            whole_clause=conj.group() == "minus" or bool(_SUBJECT_VERB_CONJ.match(conj.group())))
        if got is not None:
            return got or None
    # "compare face-to-face and online requests", "the difference between X and Y": the sides follow the word
    # ("how many times as many A as B": the sides follow "as many" and the second "as")
    pair = Q["compare_pair_en"].search(norm) or Q["compare_multiple_en"].search(norm)
    if pair:
        # ("what was the ratio of A to B", "how many times as many A as B": both sides counted, not the frame's ask)
        ratio = not pair.group("lead").startswith(("compare", "between"))
        frame = _pair_frame(_RATIO_ASKED.sub("", norm[: pair.start()]) if ratio else norm[: pair.start()])
        frame += "how many " if ratio and not _ASKS_WHAT.search(frame) else ""
        return _sides_around(norm, pair.start("conj"), pair.end("conj"), pair.end("lead"), frame) or None
    return None


def _pair_frame(head: str) -> str:
    """The frame of the asks of "compare X and Y" / "the gap between X and Y": the question before it, without the
    clause that asks the difference ("qinghe 2023: proactive items — how big is the gap " -> "qinghe 2023: proactive
    items, ")."""
    seps = list(re.finditer(r"[,;:—–?!]\s*|\s-\s", head))
    # (a colon cut off stays: "qinghe 2021 website: what's the difference between …" -> "qinghe 2021 website: ", whose
    # asks are of what the website carried, not of the website itself, as "qinghe 2021 website, X" would read)
    colon = bool(seps) and seps[-1].group().startswith(":")
    if seps and asks_comparison(head[seps[-1].end() :]):
        head = head[: seps[-1].start()] + (":" if colon else "")
    head = head.rstrip()
    return head + ("" if not head or head.endswith(":") else ",") + " " if head else ""


# the question words of a side's ask ("how many", "what", "which", "number of")
_ASKS_WHAT = re.compile(r"(?<![a-z])(?:how\s+(?:many|much)|what|which|number\s+of)(?![a-z])")
# a side measured by a rate or a share, not counted
_MEASURE_NOT_COUNT = re.compile(r"(?<![a-z])(?:rates?|percent|percentage|share|ratio|proportion|amount|money|yuan|spent|cost)(?![a-z])")
# a masked name (the report the question names) opening a first side, with its article
_MASK_OPENING = re.compile(r"\s*(?:the\s+)?[\ue000-\uf8ff]+\s+")
# "were requests by letter bigger than …": the verb before a first side that a comparative follows
_BE_BEFORE_SUBJECT = re.compile(r"(?<![a-z])(?:were|was|are|is)\s+(?=\S+(?:\s+\S+){0,4}$)")
# the question word of a comparison written before its sides ("which had more, A or B"; "which is bigger: A or B")
_WHICH_MORE_LEAD = re.compile(r"(?<![a-z])which(?:\s+one)?\s+(?:had|has|is|was|got|saw|received|came\s+in)\s+"
                              r"(?:more|fewer|less|higher|lower|bigger|larger|greater|smaller)\s*[,:—–]\s*$")


# a first side cut to the second one's length that opens with a joining word: its name runs on before it
_JOINING_OPENING = re.compile(r"(?:and|or|&)(?![a-z])")
_QUESTION_WORD = re.compile(r"(?<![a-z])(?:how|what|which|who|when|where|why)(?![a-z])")


def _second_side_end(rest: str) -> re.Match[str] | None:
    """Where the second side ends in the text after the joining word: at the first end word, but not at an "and" inside
    the side's own name ("… than budget and final accounts items did it publish": the "and" joins no asks) — one
    followed by no question word nor comparison word, and the side then still a short phrase — nor at a predicate
    ("made public") unless the side is led by "more" ("or more B publicly available": both sides' predicate)."""
    end = Q["compare_side_end_en"].search(rest)
    more_led = Q["compare_more_en"].match(rest) is not None
    while end and not more_led and Q["compare_shared_predicate_en"].match(end.group()):
        end = Q["compare_side_end_en"].search(rest, end.end())  # ("… vs planning info made public": its own words)
    if not end or end.group().strip() != "and":
        return end
    later = Q["compare_side_end_en"].search(rest, end.end())
    tail = rest[end.end() : later.start()] if later else ""
    clause = Q["compare_side_clause_en"].search(rest[: later.start()]) if later else None
    side = rest[: clause.start() if clause else later.start()] if later else ""
    if (not tail.strip() or _QUESTION_WORD.search(tail) or asks_comparison(tail)
            or len(side.split()) > EN_SIDE_WORDS + 1):  # (+1: a "more" leading the side)
        return end
    return later


def _sides_around(norm: str, conj_start: int, conj_end: int, lead_end: int = 0,
                  frame: str | None = None, verb_conj: bool = False, whole_clause: bool = False) -> list[tuple[str, str]] | None:
    """The two sides around the word joining them (see ``compare_sides_en``), each with its ask; [] when a side is
    a report, a year or a time (no sides of one report: stop looking), None when these are no sides.  `verb_conj`:
    the joining word is the verb of the first side ("did online requests outnumber requests by letter": the second
    side is its object, whole, not cut to the first one's length)."""
    rest = norm[conj_end:].lstrip()
    end = _second_side_end(rest)
    second = rest[: end.start()].strip() if end else ""
    more_led = Q["compare_more_en"].match(second) is not None
    second = re.sub(rf"^{Q['compare_more_en'].pattern}", "", second)  # ("more X or more Y": Y)
    # ("how many more repeat visits than first visits did it take in": the second side ends before its verb's
    # clause, which ends each side's ask: "… how many repeat visits did it take in")
    clause = Q["compare_side_clause_en"].search(second)
    second, verb_clause = (second[: clause.start()].strip(), " " + clause.group().strip()) if clause else (second, "")
    before = norm[:conj_start].rstrip(" ,")
    if verb_conj:  # (the first side is the subject after the auxiliary: "did online requests", "were requests by letter")
        aux = Q["compare_aux_side_en"].search(before) or _BE_BEFORE_SUBJECT.search(before)
        after, subject = "", aux.end() if aux else -1
    else:
        second, after, subject = subject_sides(before, second)
    if not after:  # ("A vs B: which had the better closure rate": each side's ask is of its closure rate)
        after = verb_clause or measured_after(rest[end.start():] if end else "")
    # ("were more rules or more normative documents publicly available in total": both sides' words, each ask's end)
    shared = Q["compare_shared_after_en"].match(rest, end.start()) if end else None
    after += " " + shared.group().strip() if shared else ""
    second = without_examples(second)  # ("items on key areas like poverty relief": "items on key areas")
    words = _EN_WORD.findall(second)
    # (a second side placed by a clause after its thing names it at length: "items put on the district website")
    # (… or its items by their topic: "items on handling deputies' suggestions")
    longest_second = EN_SIDE_WORDS * (2 if Q["compare_side_relative_en"].search(second)
                                      or Q["compare_side_topic_en"].match(second) else 1)
    if not words or len(second.split()) > longest_second or not _EN_WORD.fullmatch(before.split()[-1] if before else ""):
        return None
    lead = Q["compare_side_lead_en"].match(second)
    named = glossary_phrase_start(before)  # "face to face or by letter": a phrase the glossary knows
    # the first side stays inside its clause, after the comparative word ("…: natural persons", "more X"): a side
    # reaching over it is cut there ("2024 report: work-update items vs leadership items")
    stop = max([m.end() for m in re.finditer(r"[,;:—–]\s*|\s-\s", before)]
               + [m.end() for m in Q["compare_more_en"].finditer(before)] + [lead_end], default=0)
    parallel = -1
    if lead:  # "in person or by letter": the first side starts at the last such word before the conjunction, or at
        # the glossary's phrase after it ("in the office face to face or by letter": "face to face")
        starts = [m.start() for m in Q["compare_side_lead_en"].finditer(before)]
        start = lead_or_named(before, starts[-1] if starts else -1, named)
    elif subject >= 0:  # "did the website or the wechat account publish more": the subject after the auxiliary
        start = subject
    elif (parallel := parallel_start(before, second, stop)) >= 0:  # "items on X versus items on Y": at "items on"
        start = parallel
    else:  # "wechat posts or weibo posts": as many words as the second side ("by letter or online": or the phrase)
        # (the second side's owner word is no word of its thing: "A stack up against its notice postings" -> 2 words)
        tokens, n = list(re.finditer(r"\S+", before)), len(_ARTICLE.sub("", second, count=1).split())
        if Q["compare_side_relative_en"].search(second):  # ("A vs items put on the district website": its clause's
            n = min(n, sum(t.start() >= stop for t in tokens))  # length is no measure of A: A is its clause, at most)
        start = tokens[-n].start() if len(tokens) >= n else -1
        start = min(start, named) if start >= 0 and named >= 0 else max(start, named)
        start = relative_head_start(before, start, stop)  # ("documents disclosed in the 'news' column vs …")
    if start < 0:
        return None
    start = max(start, stop)
    if lead_end and start > lead_end and len(before[lead_end:].split()) <= EN_SIDE_WORDS:
        start = lead_end  # ("the difference between work news items and notices": the first side is all after "between")
    elif (whole_clause or more_led) and start > stop and len(before[stop:].split()) <= EN_SIDE_WORDS:
        start = stop  # ("…: land and mineral items minus property items": the first side is its clause, whole; "more
        # land and mineral items or more property items": all the words after the first "more")
    # ("how does the <report>'s official weibo stack up against its wechat": the report's name before the first side
    # is the frame, the side is what follows it)
    opening = _MASK_OPENING.match(before, start)
    if opening and _EN_WORD.search(before[opening.end():]):
        start = opening.end()
    first = without_examples(before[start:].strip())
    if _JOINING_OPENING.match(first):
        return None  # (cut inside a name of joined words, "the letters and visits bureau or the finance bureau": no side)
    # (a side opening like the other may name its thing at length: "items on key work & major construction projects")
    longest = EN_SIDE_WORDS * (2 if parallel >= 0 or Q["compare_side_relative_en"].search(first)
                               or Q["compare_side_topic_en"].match(first) else 1)
    if not _EN_WORD.search(first) or len(first.split()) > longest:
        return None
    sides = [re.sub(r"^(?:the|its|their)\s+", "", x) for x in (first, second)]  # ("the work updates")
    if any(_MASKED_OR_DIGIT.search(x) or Q["compare_time_side_en"].search(x) for x in sides):
        return []
    head = before[:start] if frame is None else frame
    head = _WHICH_MORE_LEAD.sub("", head)  # ("which had more, online requests or …": no words of each side's ask)
    # "were more requests made …" -> "were how many requests made …"; "how many more requests came …" -> "how many …"
    head = re.sub(r"(?<![a-z])(how (?:many|much))\s+(?:more|fewer|less)\s+", r"\1 ", head)
    # ("was the closure rate higher for A or for B": each side's ask is of the rate it names, "the closure rate for A",
    # not a count)
    counted = "" if _MEASURE_NOT_COUNT.search(head) else "how many "
    head = head if re.search(r"(?<![a-z])how (?:many|much)(?![a-z])", head) else Q["compare_more_en"].sub(counted, head, count=1)
    head = without_breakdown(head)
    if frame is not None and not _ASKS_WHAT.search(head) and not _MEASURE_NOT_COUNT.search(norm):
        head += "how many "  # ("X 2021 website: the difference between work news items and …": a count of each side)
    return [(f"{head}{x}{after}".strip(), x) for x in sides]


def without_breakdown(frame: str) -> str:
    """The frame of a side's ask without the question's breakdown words ("proactive items broken down by category —
    more work updates than leadership items?"): each side is one figure, not the parts of one."""
    return re.sub(r"\s+(?=[,，:：])|(?<=\s)\s+", "", Q["breakdown"].sub(" ", frame))
