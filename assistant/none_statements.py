"""Statements of none ("未发生行政复议", "没有收到申请", "收到有关行政复议申请0件") and the asks they answer: what a statement
denies is its head (the words after its first linker), and it answers an ask only when that head is what the ask
names, a kind of thing (复议, 诉讼, 收费 …: prose data none_kinds) only an ask of that kind.  Read by the sentence search
(assistant/sentences.py), the label search (assistant/fact_search.py) and the precision rules (assistant/precision.py).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY as _GLOSSARY
from assistant.core.metrics import NOT_THIS_YEARS, Metric
from assistant.core.prose import PROSE
from assistant.core.types import Fact
from assistant.en_phrases import en_word
from assistant.labels import has
from ingest.prose import none_in

_NONE_LINKER = re.compile("|".join(re.escape(w) for w in PROSE.none_linkers)) if PROSE.none_linkers else None
_HEAD_TRIM = "的、，,及和与或等 "


def none_head(what: str) -> str:
    """What a statement of none denies: the head of its words, after the first linker ("有关申请的行政复议、行政诉讼"
    -> "行政复议、行政诉讼"; "申请公开引起行政诉讼案件" -> "行政诉讼案件"); the whole when the head is generic words
    only ("依申请公开的政府信息": the modifier says what) or there is no linker."""
    m = _NONE_LINKER.search(what) if _NONE_LINKER else None
    if m is None or m.start() == 0:
        return what
    head = what[m.end():].strip(_HEAD_TRIM)
    rest = head
    for g in sorted(_GLOSSARY.generic, key=len, reverse=True):
        if re.search(r"[\u4e00-\u9fff]", g):
            rest = rest.replace(g, "")
    return head if rest.strip(_HEAD_TRIM) else what


def _names_head(term: str, head: str) -> bool:
    """The head is the end of a term of the ask ("申请" of "政府信息公开申请"): the ask names the head in longer words."""
    return len(head) >= 2 and any(a.endswith(head) for a in term.split("|"))


def none_kinds(text: str) -> set[int]:
    """The kinds of thing (prose data none_kinds: 复议; 诉讼/起诉/…; 投诉; 收费/费用 …) a text names."""
    low = text.lower()
    return {i for i, family in enumerate(PROSE.none_kinds) if any(w in low for w in family)}


def none_answers(what: str, terms, ask_text: str = "") -> bool:
    """Does a statement of none of `what` answer an ask with these search terms? Only when what it denies is what
    is asked: a Chinese term of the ask is in its head (not only in a modifier: "收到几件申请" is not answered by
    "未发生有关申请的行政复议"), and a head naming a kind of thing (prose data none_kinds: 复议, 诉讼, 投诉, 收费 …)
    answers only an ask naming that kind, an ask naming one only a head naming it ("行政复议申请" is no application
    for disclosure; "收费了吗" is not answered by "未收到申请"). An ask with no Chinese term (English
    words the glossary does not render), or one none of whose terms is in `what`, is judged by the kinds alone."""
    head = none_head(what)
    zh = [t for t in terms if re.search(r"[\u4e00-\u9fff]", t) and t not in _GLOSSARY.generic]
    if any(has(t, what) for t in zh) and not any(has(t, head) or _names_head(t, head) for t in zh):
        return False  # the ask's words are only in what modifies the head (a statement found by other words is not judged)
    kinds = none_kinds(head)
    asked = none_kinds(" ".join([ask_text, *terms, *(s for t in zh for s in _GLOSSARY.zh_synonyms.get(t, ()))]))
    return not (kinds or asked) or bool(kinds & asked)


# a question asking whether something happened ("was it sued", "did anyone apply", "是否被起诉过", "收过费没有",
# "…吗"): a statement that none happened is its answer (glossary.toml [patterns] yes_no)
YES_NO = _GLOSSARY.patterns["yes_no"]
_OPEN_ASK = _GLOSSARY.patterns["open_ask"]
_NEGATED = _GLOSSARY.patterns["yes_no_negated"]


def answers_no(ask_text: str) -> bool:
    """Is a statement of none answered "No" to this ask? Only a yes/no ask ("did they get sued", "were any fees
    charged", "是否被起诉过", "收过费没有") — not one asking for a figure or a thing ("how many appeals", "what fees, if
    any", "收了多少费": the none is its 0), nor one asking whether the absence holds ("was it free of charge", "是否
    免费", "从未…吗": there "No" would deny what the report says).  The ask's yes/no frame (有没有, 是不是, 没有？) is no
    negation of it."""
    low = ask_text.lower().strip()
    if not YES_NO.search(low) or _OPEN_ASK.search(low):
        return False
    return not _NEGATED.search(YES_NO.sub(" ", low))


_ABSENCE_HOLDS = _GLOSSARY.patterns["yes_no_absence_holds"]
_OTHER_NEGATION = _GLOSSARY.patterns["yes_no_other_negation"]


def answers_yes(ask_text: str) -> bool:
    """Is a statement of none answered "Yes" to this ask? Only a yes/no ask of whether the absence holds, in the
    absence's own positive words ("都按时答复了吗", "是否免费", "were all requests answered on time?"), with no other
    negation ("was any request not answered on time?" is left unled: its plain answer is "No")."""
    low = ask_text.lower().strip()
    if not YES_NO.search(low) or _OPEN_ASK.search(low) or not _ABSENCE_HOLDS.search(low):
        return False
    return not _OTHER_NEGATION.search(_ABSENCE_HOLDS.sub(" ", YES_NO.sub(" ", low)))


def none_of_asked_kind(what: str, terms, ask_text: str) -> bool:
    """A statement of none of `what` denies the very kind of thing the ask names (复议, 诉讼, 收费 …: prose data
    none_kinds), not only a thing its words share."""
    zh = [t for t in terms if re.search(r"[\u4e00-\u9fff]", t)]
    asked = none_kinds(" ".join([ask_text, *terms, *(s for t in zh for s in _GLOSSARY.zh_synonyms.get(t, ()))]))
    return bool(none_kinds(none_head(what)) & asked) and none_answers(what, terms, ask_text)


# a clause stating the figure 0 of what precedes it ("收到有关行政复议申请0件"): a statement of none in figures
_ZERO_FIGURE = re.compile(r"([\u4e00-\u9fff、]+?)(?:为|共|计|有)?\s*0\s*(?:件|条|个|起|次|项|人次)?\s*[。；;，,.]?\s*$")


def off_topic_none(clause: str, terms, ask_text: str) -> bool:
    """A clause that is a statement of none (or states the figure 0) of something other than what is asked."""
    got = none_in(clause)
    what = got[0] if got is not None else None
    if what is None:
        m = _ZERO_FIGURE.search(clause)
        what = m.group(1) if m else None
    return what is not None and not none_answers(what, terms, ask_text)


def states_no_applications(f: Fact, metric: Metric | None) -> bool:
    """`f` states that no applications came in at all ("没有收到政府信息公开申请"), and the ask is of what became of the
    year's applications: 0 of every part (部分公开, 不予公开, 当面申请), however few of the ask's words its label holds
    (so Chinese and English asks of a part find it alike).  Data: prose.toml none_applications (the words of a none of
    all applications) and none_channels, metrics.toml not_this_years (the metrics of another year's applications)."""
    return (f.kind == "none" and metric is not None and metric.key.startswith("applications")
            and metric.key not in NOT_THIS_YEARS and names_all_applications(f.row or ""))


def names_all_applications(what: str) -> bool:
    """What a statement of none denies (its words) is every application of the year, not one kind or channel of
    them ("政府信息公开申请", not "行政复议申请", not "当面申请")."""
    return (any(w in what for w in PROSE.none_applications) and not none_kinds(none_head(what))
            and not any(w in what for w in PROSE.none_channels))


def denies_all_applications(clause: str) -> bool:
    """The clause states that no applications came in at all ("全年未收到政府信息公开申请"): 0 made in person too."""
    got = none_in(clause)
    return got is not None and names_all_applications(got[0])


def denies_outcome_only(what: str, ask_text: str) -> bool:
    """A statement of none of an outcome ("行政复议败诉", "被纠错") is no statement that none of the proceeding happened:
    it answers only an ask naming that outcome."""
    low = ask_text.lower()
    denied = [family for family in PROSE.none_outcomes if family[0] in what]
    return bool(denied) and not any(re.search(en_word(w), low) for family in denied for w in family)
