"""An agency asked at one tier whose reports in scope are all of the other tier of the same bureau: a city's bureau
asked and only a district branch's report (深圳市公安局 and 深圳市公安局龙华分局), or a branch asked and only the
bureau's own report.

"深圳市公安局2024年收到多少申请", "How many requests did the Shenzhen public security bureau get": the names index
finds 深圳市 and the bureau's type in the branch's report, so the answer would give the branch's figure as the whole
bureau's.  A report is a branch's when its agency ends "<bureau>局<place>分局".  A question asking the bureau names its
type and writes nothing of the branch: not the branch's place (龙华, "longhua"), no branch word (分局, "sub-bureau",
"branch"); a question asking a branch writes a branch word while no report in scope is a branch's.  The answer says
that no report is from the agency asked — named as the question writes it — and which reports were found
(``answered`` False).  A question naming the branch (by its place or its full name) keeps the branch's report.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.core.not_stated import NOT_STATED
from assistant.core.types import Report
from assistant.other_agency import agency_types_named

# "深圳市公安局龙华分局": the bureau (深圳市公安局) and the branch's place (龙华)
_BRANCH = re.compile(r"^(?P<parent>[\u3400-\u9fff]+?局)(?P<place>[\u3400-\u9fff]{2,4}?)(?:区|县|市)?分局$")
# a question asking a branch: 分局 / 支局 or an English word for one
_BRANCH_WORD = re.compile(r"分局|支局|(?<![a-z])(?:sub-?bureaus?|sub\s+bureaus?|branch(?:es)?|substations?|precincts?)(?![a-z])")
# the branches written generically, beside the bureau ("云港市公安局及各分局", "其中各分局各多少", "the bureau and its
# branches"): the bureau's report asked, which may state its branches' figures; no branch of its own asked
_GENERIC_BRANCHES = re.compile(r"(?:各个?|其|所属|下属|直属|全部|所有)(?:的)?分局|(?<![a-z])(?:its|all|each|every)\s+(?:[a-z\-]+\s+){0,3}?"
                               r"(?:sub-?bureaus?|sub\s+bureaus?|branch(?:es)?|substations?|precincts?)(?![a-z])")
# the agency as a Chinese question writes it: a run of characters ending with the type named ("深圳市公安局")
_ZH_RUN = r"[\u3400-\u9fff]{{2,10}}?{type}"


def _pinyin(place: str) -> str:
    from ingest.places import pinyin_of  # (lazy: the pinyin tables load once, on first use)

    return pinyin_of(place) or "\0"


def _writes_branch(norm: str, place: str) -> bool:
    """The question names the branch: its place (龙华 or "longhua") or a branch word."""
    return place in norm or _pinyin(place) in norm.replace(" ", "") or bool(_BRANCH_WORD.search(norm))


def _types_of(agency: str, named: list[str]) -> list[str]:
    return [t for t in named if t in agency]


def _asked_name(q: Any, types: list[str], fallback: str) -> str:
    """The agency asked as a Chinese question writes it (its place and type, "深圳市公安局"; with 分局 for a branch
    asked), else `fallback` (the bureau's own name)."""
    if q.language == "zh":
        for t in sorted(types, key=len, reverse=True):
            ends = (t + r"[\u3400-\u9fff]{0,6}?分局", t) if _BRANCH_WORD.search(q.norm) else (t,)
            for end in ends:
                m = re.search(_ZH_RUN.format(type=end), q.norm)
                if m:
                    return NOT_STATED.patterns["question_lead_zh"].sub("", m.group())  # ("请问深圳市公安局")
    return fallback


def reports_of_other_tier(q: Any, index: Any) -> tuple[str, str, list[Report]] | None:
    """(which tier the reports are of — "branch" or "bureau" —, the agency asked, the reports in scope) when every
    report in scope is of the other tier of the bureau the question asks; None otherwise.  `q`: a parsed question
    (norm, language, doc_ids, entities)."""
    if not q.doc_ids:
        return None
    docs = [index.by_doc[d] for d in q.doc_ids if d in index.by_doc]
    if not docs or any(not r.agency for r in docs):
        return None  # (a branch's report named by its full name writes its place: kept below)
    named = agency_types_named(q.norm)
    if not named:
        return None
    branches = [_BRANCH.match(r.agency) for r in docs]
    if all(branches):
        if any(_writes_branch(q.norm, m.group("place")) for m in branches):
            return None
        if not all(_types_of(m.group("parent"), named) for m in branches):
            return None
        parent = branches[0].group("parent")
        return "branch", _asked_name(q, _types_of(parent, named), parent), docs
    if any(branches) or not _BRANCH_WORD.search(q.norm) or _GENERIC_BRANCHES.search(q.norm):
        return None
    if not all(_types_of(r.agency, named) and r.agency.endswith(tuple(named)) for r in docs):
        return None
    asked = _asked_name(q, _types_of(docs[0].agency, named), docs[0].agency)
    if q.language == "zh" and (not asked.endswith("分局") or asked in {r.agency for r in docs}):
        return None  # (the name asked is the bureau's own, or no branch's: "云港市公安局…分局" names none)
    return "bureau", asked, docs


def other_tier_refusal(q: Any, index: Any, t: dict) -> str | None:
    """The answer that no report is from the agency asked, naming the reports of the other tier found (extractive
    templates ``unknown_entity_branch_only`` / ``unknown_entity_bureau_only``); None when a report in scope is of the
    tier asked."""
    got = reports_of_other_tier(q, index)
    if got is None:
        return None
    tier, asked, docs = got
    zh = q.language == "zh"
    if not zh:  # (in English: the agency as the question writes it, never the Chinese name of the report found)
        from assistant.asked_names_en import agency_asked_en, branch_asked_en
        from assistant.other_agency import asked_agency

        region = docs[0].region
        bureau = agency_asked_en(q.text, asked_agency(q, agency_types_named(q.norm)), region)
        asked = bureau if tier == "branch" else branch_asked_en(q.text) or f"a branch of {bureau}"
    others = ("、" if zh else ", ").join(f"{r.agency}（{r.year}）" if zh else f"{r.agency} ({r.year})" for r in docs)
    return t[f"unknown_entity_{tier}_only"].format(entity=asked, others=others)
