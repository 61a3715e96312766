"""A place the question names whose reports in scope are all of a place inside it (a town of the county, a district of
the city): no report is of the place asked as a whole.

"青禾县政府2018年主动公开多少条", "石川县2019年主动公开多少条", "云港市教育局2020年…": the names index finds the county or
city in the region or the text of a report of one of its towns or districts (青禾县白石镇人民政府, 石川县东坪乡人民政府,
南湖区教育局 of 云港市), so the answer would give the town's figure as the county's.  A report is of the places its
agency's name writes below the place asked (白石镇 of 青禾县白石镇人民政府), else of its own region (南湖区); a report whose agency writes the place
asked without its level (龙华 of 深圳市公安局龙华分局 for 龙华区) is of that place.  When the
question writes a place with its level (青禾县, 云港市) that is a report's region or a place its text names, and no word
of what the agency's name writes below it (no two characters of 白石镇, of 七团新桥镇), for every report in scope,
the answer says that no report is of the place asked and which reports were found (``answered`` False).  A report of
the place itself (云港市南湖区教育局 for 南湖区…), or of an agency naming no place, is never judged; nor an English question
(its place words are looser: assistant/place_levels.py).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.core.types import Report
from assistant.place_levels import LEVELS

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
# a place's name with its level: one character or more, then a level word (白石镇, 南湖区; not a bare 县 of 县医院)
_PLACE = re.compile(r"[\u3400-\u9fff]+?(?:" + "|".join(map(re.escape, LEVELS)) + r")")


def _places_of(r: Report) -> list[str]:
    """The region and the places the report's text names, each written with its level (青禾县, 云港市)."""
    names = [r.region or "", *(m for m in r.mentions if _CJK_RUN.fullmatch(m or ""))]
    return [n for n in dict.fromkeys(names) if n and any(n.endswith(s) for s in LEVELS) and len(n) >= 2]


def _stem(place: str) -> str:
    """The place's name without its level word (龙华 of 龙华区), when two characters or more are left."""
    level = next((s for s in sorted(LEVELS, key=len, reverse=True) if place.endswith(s)), "")
    return place[:-len(level)] if level and len(place) - len(level) >= 2 else place


def _below(r: Report, asked: str) -> str:
    """What the report's agency writes below the place asked (白石镇人民政府 of 青禾县白石镇人民政府 for 青禾县), or the
    agency, with its region before it, when it does not write the place asked (南湖区教育局 for 云港市)."""
    agency = r.agency or ""
    if asked in agency:
        return agency[agency.index(asked) + len(asked):]
    stem = _stem(asked)  # (a branch named by the place without its level: 龙华区 of 深圳市公安局龙华分局)
    if stem != asked and stem in agency:
        return agency[agency.index(stem) + len(stem):]
    if r.region and r.region != asked and not agency.startswith(r.region):
        return r.region + agency
    return agency


def _inner_place(r: Report, asked: str) -> str | None:
    """The place inside `asked` the report is of (白石镇, 南湖区), None when it is of the place asked itself."""
    rest = _below(r, asked)
    m = _PLACE.match(rest)
    return m.group() if m and m.end() >= 2 else None


def _writes_any_of(norm: str, words: str) -> bool:
    """Whether the question writes two characters in a row of `words` (白石 of 白石镇, 七团 of 七团新桥镇)."""
    return any(words[i:i + 2] in norm for i in range(len(words) - 1))


def reports_of_inner_places(q: Any, index: Any) -> tuple[str, list[Report]] | None:
    """(the place asked, the reports in scope) when every report in scope is of a place inside the one the question
    writes and the question writes nothing of that place; None otherwise.  `q`: a parsed question (norm, doc_ids)."""
    if q.language != "zh" or not q.doc_ids:
        return None
    docs = [index.by_doc[d] for d in q.doc_ids if d in index.by_doc]
    if not docs or any(not r.agency for r in docs):
        return None
    asked = None
    for r in docs:
        written = [p for p in _places_of(r) if p in q.norm]
        if not written:
            return None
        # (the deepest place the agency's name writes, else the longest: 云港市南湖区 asked is 南湖区)
        in_agency = [p for p in written if p in r.agency]
        place = max(in_agency, key=lambda p: r.agency.index(p) + len(p)) if in_agency else max(written, key=len)
        inner = _inner_place(r, place)
        if inner is None or inner in place or _writes_any_of(q.norm, _below(r, place)[:len(inner)]):
            return None
        asked = asked or place
    return (asked, docs) if asked else None


def inner_place_refusal(q: Any, index: Any, t: dict) -> str | None:
    """The answer that no report is of the place asked as a whole, naming the reports of places inside it (extractive
    template ``unknown_entity_inner_place``); None when a report in scope is of the place itself."""
    got = reports_of_inner_places(q, index)
    if got is None:
        return None
    asked, docs = got
    return t["unknown_entity_inner_place"].format(entity=asked, others="、".join(f"{r.agency}（{r.year}）" for r in docs))
