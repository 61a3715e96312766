"""A question's premise: a figure of the report the question restates to ask for a part of it.

"Of the 5 applications it received, how many were disclosed?", "不予公开的10条信息里，涉及人事安排的有几条？",
"那12起复议案件里…", "among the 30 requests, …": the restated figure (5, 10, 12, 30) is context, not an ask.  A fact
or sentence that states that figure, and does not name the part asked, is the premise again — not the answer; when
nothing else states the part, the answer says the part is not stated (assistant/evidence.py).
"""

from __future__ import annotations

import re

from assistant.asks import Q
from assistant.core.metrics import FRAME_WORDS
from assistant.en_phrases import glossary_renderings
from assistant.lumped_items import list_items
from assistant.rest_parts import names_only_rest
from assistant.shapes import names_part

_NUM = r"(\d[\d,]*(?:\.\d+)?)"
# (nor an ordinal: "of the 16th regiment" names a unit, "of the 3rd batch" which batch — no count restated)
_NOT_YEAR = r"(?!\d)(?!\s*(?:年|%|percent|per cent))(?!(?:st|nd|rd|th)(?![a-z]))"
# "of the 5 …", "among the 12 …", "out of 30 …", "of those 5 …", "of its 80 …" (a determiner before the number:
# "of 2023" is a year, "of 5 items" reads as a count asked about)
# (a figure restated roughly too: "of the ~2243 items", "of the roughly 500 posts", "out of some 30 requests")
_ABOUT_EN = r"(?:~\s*|(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|over|more than|just over|c\.|ca\.)\s+)?"
_PREMISE_EN = re.compile(rf"(?<![a-z])(?:(?:of|among|amongst|from|within)\s+(?:the|those|these|its|their|all(?:\s+the)?)|out\s+of(?:\s+(?:the|those|these|its|their|all(?:\s+the)?))?)\s+{_ABOUT_EN}{_NUM}{_NOT_YEAR}")
# "不予公开的10条信息里", "这5件申请中", "那12起案件当中": a counted thing, then the word that takes a part of it
_UNIT_ZH = r"(?:件|条|个|项|起|次|人次|人|份|名|家|批|宗|例)"
# (a figure restated roughly: "2800多名干部中", "300余条信息里")
_ROUGHLY_ZH = r"(?:多|余)?"
# ... or a counted thing a demonstrative points back at, the ask after a space or comma ("收到的那5件申请 最后予以公开的有
# 几件", "这12条信息，有几条是…"): 那/这 before a number says the figure is known, the part is asked (also where the
# piece ends there: the question's first piece, split off at its comma, "…不予公开的那4件申请", is premise only)
# ... or a counted thing named by what was done to it ("主动公开的265条信息"), the ask of a part after it at 其中/当中
# ("…的265条信息，其中通过微信发的有多少条"; the piece split off there ends at the figure's noun): the figure is known
# ... or a counted thing the ask after a comma splits into parts, each counted ("公开的142件人事任免文件，任命的和免职的各
# 多少件", "这60件申请，自然人和法人分别提了几件") or takes one part of after 其中 ("公开的15条财政信息，其中决算占几条"):
# the figure is the whole the parts are asked of
_PREMISE_ZH = re.compile(rf"{_NUM}\s*{_ROUGHLY_ZH}{_UNIT_ZH}[^，,。；;？?！!\d]{{0,16}}?(?:当中|之中|里面|中间|里|中)(?![心央国华间])"
                         rf"|(?<=[那这])(?:些)?{_NUM}\s*{_UNIT_ZH}[^，,。；;？?！!\d\s]{{0,10}}?(?=[，,\s]|$|其中|最后|最终|有多少|有几)"
                         rf"|(?<=的){_NUM}\s*{_UNIT_ZH}[^，,。；;？?！!\d\s]{{0,10}}?(?=[，,]\s*(?:这其中|这当中|其中|当中)|$)"
                         rf"|{_NUM}\s*{_UNIT_ZH}[^，,。；;？?！!\d\s]{{1,16}}?(?=[，,\s]+(?:[^，,。；;？?！!\d]{{0,16}}?(?:各|分别)"
                         rf"(?:有|是|占|为|提了?|发布了?|公开了?)?|其中[^，,。；;？?！!\d]{{1,16}}?)(?:多少|几))")


def premise_values(text: str) -> list[float]:
    """The figures `text` restates as the whole it asks a part of (none for a plain question)."""
    out = []
    for rx in (_PREMISE_EN, _PREMISE_ZH):
        for m in rx.finditer(text):
            v = float(next(g for g in m.groups() if g).replace(",", ""))
            if not (rx is _PREMISE_EN and 1900 <= v <= 2099 and "." not in m.group(1)):
                out.append(v)
    return out


# words in brackets describe what the question is about ("the copy where the city name was replaced"): they ask nothing
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def premise_only(text: str, question_premise: str = "") -> bool:
    """A piece of a question that only states the premise ("of the 5 applications it received"): no ask of its own
    (a list's first item written after the premise, "那3957条信息里，市政府网站", is an ask).  A piece ending in the question's
    premise phrase (`question_premise`) is one too: the premise the ask after its comma takes apart ("公开的15条财政信息"
    of "…，其中决算占几条" reads as a premise only beside that ask)."""
    restated = bool(premise_values(text)) or bool(question_premise) and text.rstrip().endswith(question_premise.strip())
    # (the premise's own words ask nothing: "of the 265 requests where information could not be provided" — a relative
    # "where" in the restated whole is no question)
    own = text.replace(question_premise, " ") if question_premise.strip() else text
    return restated and not Q["asking"].search(_BRACKETED.sub(" ", own)) and not asked_part(text, question_premise)


# the English premise's noun phrase ends at a comma or at the verb of the ask ("of the 30 applications were disclosed",
# "of the 142 documents concerned officials")
_EN_PHRASE_END = re.compile(r"[,;?]|\s(?=(?:were|was|are|is|did|do|does|have|has|had|got|came|come|concerned|concern|involved|involve|related|dealt|covered)(?![a-z]))")


def split_premise(text: str) -> tuple[str, str]:
    """(the premise's phrase, the rest of `text` after it): "不予公开的10条信息里" + "，涉及人事安排的有几条";
    "5 applications it received" + ", how many were disclosed".  ("", text) when `text` has no premise."""
    found = [(m, rx) for rx in (_PREMISE_EN, _PREMISE_ZH) for m in rx.finditer(text)]
    if not found:
        return "", text
    m, rx = max(found, key=lambda x: x[0].end())
    end = m.end()
    if rx is _PREMISE_EN:
        stop = _EN_PHRASE_END.search(text, end)
        end = stop.start() if stop else len(text)
    return text[m.start(next(i for i in range(1, len(m.groups()) + 1) if m.group(i))):end], text[end:]


_ASKING_TAIL_ZH = re.compile(r"(?:的)?(?:各|分别)?(?:有|是|占|为)?(?:多少|几)[\u4e00-\u9fff]?(?:呢|吗)?$")
_LEAD_ZH = re.compile(r"^(?:其中|这其中|当中|最后|最终|后来|又|还|有|属于|涉及|关于|是|(?:多少|几)[件条个项起次人份名家批宗例]?是)+")
_EN_FRAME = re.compile(r"(?<![a-z])(?:how many|how much|what number|number of|were|was|are|is|did|do|does|have|has|had|got|get|"
                       r"of them|of these|of those|among them|there|in total|actually|really|exactly|the|any|and)(?![a-z])")


# the alternative an ask sets its part against ("through the city site rather than its own portal", "而不是门户网站"): what
# the part is not, no words of it
_SET_AGAINST = re.compile(r"(?:(?<![a-z])(?:rather than|instead of|as opposed to|and not|but not)(?![a-z])|而不是|而非|而不是通过).*$")


def asked_part(text: str, question_premise: str = "") -> str:
    """The words of the part an ask with a premise wants ("涉及人事安排", "disclosed"): what is left after the premise,
    without the question words.  Empty when nothing is left.  An ask split off a question ("…142件人事任免文件，任命多少件"
    of "…，任命的和免职的各多少件") may hold the question's premise phrase (`question_premise`) without its own: what
    follows that phrase is the part."""
    phrase, rest = split_premise(text)
    if not phrase and question_premise and question_premise in text:
        rest = text[text.index(question_premise) + len(question_premise):]
    tail = _SET_AGAINST.sub("", rest)
    tail = re.sub(r"[，,。；;？?！!：:\s]+", " ", tail).strip()
    if re.search(r"[\u4e00-\u9fff]", tail):
        tail = _ASKING_TAIL_ZH.sub("", tail.replace(" ", ""))
        tail = _LEAD_ZH.sub("", tail)
        return "" if names_only_rest(tail) else tail.rstrip("的")  # ("剩下那几类各是几条": the whole's parts)
    tail = re.sub(r"\s+", " ", _EN_FRAME.sub(" ", tail)).strip()
    return "" if names_only_rest(tail) else tail  # ("how many were each of the rest": the whole's parts)


def part_words(part: str, premise: str = "") -> tuple[str, ...]:
    """The words a fact's label or a clause must hold to state `part`: the part itself and, for English words, their
    Chinese renderings ("disclosed" -> 予以公开) — not those the premise's own words give ("applications" -> 申请
    names the whole, not the part)."""
    if not part:
        return ()
    words = [part]
    if not re.search(r"[\u4e00-\u9fff]", part):
        # (nor the frame every figure of applications holds: "how many applications were approved" after "of the 128
        # licensing items" names its part by "approved"; 申请 would find any count of applications)
        # (a rendering inside one of the whole's names the whole too: "explainers" -> 解读 of "policy interpretations"
        # -> 政策解读)
        whole = set(glossary_renderings(premise)) | set(FRAME_WORDS)
        words += [w for w in glossary_renderings(part) if w not in whole and not any(w in x for x in whole)]
    return tuple(dict.fromkeys(w for w in words if w))


def figure_value(figure: str | None) -> float | None:
    """The number a stated figure starts with ("10条" -> 10.0, "1,134 items" -> 1134.0)."""
    m = re.match(r"\s*(\d[\d,]*(?:\.\d+)?)", figure or "")
    return float(m.group(1).replace(",", "")) if m else None


def restates(value: float | None, premise: list[float]) -> bool:
    return value is not None and any(abs(value - p) < 1e-9 for p in premise)


def counts_applications(f, own_words: str) -> bool:
    """Fact `f` (its own words, no section heading: `own_words`) counts applications: tagged with a metric of them,
    or naming 申请 ("收到申请5件")."""
    return bool(f.metric and f.metric.startswith("applications")) or "申请" in own_words


def outcome_of_no_applications(metric, restated_words: list[tuple[object, str]]) -> bool:
    """The ask after a premise asks what became of applications (`metric`: disclosed, withheld …, not received) and
    every fact restating the premise counts something else ("of the 128 licensing items it published, how many were
    approved"): items published have no such outcome, and no figure of the year's applications is one of them."""
    return (metric is not None and metric.key.startswith("applications") and metric.key != "applications_received"
            and bool(restated_words) and not any(counts_applications(f, w) for f, w in restated_words))


# things joined by 、 (the last one's figure may follow it): "通过市政府网站、委门户网站专栏、主动公开信息570条"
_JOINED = re.compile(r"[^，,。；;:：、\s]{2,24}(?:、[^，,。；;:：、\s]{1,24})+")


def states_part_alone(words: tuple[str, ...], text: str) -> bool:
    """`text` (a fact's words, a clause) names the part `words` name and counts it on its own: not one of several things
    joined by 、 and counted together by the one figure after them ("通过市政府网站、委门户网站专栏主动公开信息570条" counts
    both sites at once: the city site's share is not stated).  Things that each carry a figure ("自然人5件、法人3件") are
    parts stated one by one."""
    if not names_part(words, text):
        return False
    for m in _JOINED.finditer(text):
        items = list_items(m.group())
        if any(re.search(r"\d", x) for x in items[:-1]):
            continue  # each thing with its own figure
        named = [x for x in items if names_part(words, x)]
        if named and len(named) < len(items):
            return False
    return True


def counts_in_premise_unit(ask: str, question_premise: str) -> bool:
    """The ask counts in the unit of the premise's figure ("预算占几条" of "公开的7条财政信息"): it asks a part of that
    whole, not another count ("在几个工作日内答复" of "那2件申请" counts days)."""
    m = re.search(rf"\d\s*(?P<unit>{_UNIT_ZH})", question_premise)
    return bool(m) and re.search(rf"(?:多少|几)\s*{m.group('unit')}(?![\u4e00-\u9fff]*?(?:日|天|月|年))", ask) is not None
