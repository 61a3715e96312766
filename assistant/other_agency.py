"""An agency the question names by place and type where the place's reports are all of other agencies: no report is
from the agency asked.

"杭州市教育局2023年收到多少申请", "Cangzhou police 2023 — how many requests?", "泰安市税务局…": the names index finds the
place (杭州, 沧州, 泰安) and keeps its reports when none is of the type named, so the answer would come from the health
commission or the finance bureau — another agency's figures under the asked one's name.  When the question names an
agency type (names.toml [[agency_type]]: its Chinese name, abbreviations and English words, or a part of one) and no
report in scope is of it, while every one of them is of a type the vocabulary knows, the answer says that no report is
from that agency and which reports the place has (``answered`` False).

A report is of a named type when its agency holds the named word or its core (教育 of 教育体育局, 公安 of 公安局龙华分局,
人民政府 of 人民政府办公厅), or the two types are one body under two names: they share an English name ("water bureau": 水务局,
水利局) or the core of one (its name without 局 / 委员会 …) is in the other (发展和改革委员会 and 发展和改革局).  A question
naming a report by its full agency name, or a report of an agency no type of the vocabulary ends (县医院, an agency
the copy does not give), is never judged, nor a place whose report tells of a body of the type asked (the 伊春区 government's report of its
档案局's reading room: "2016年伊春区档案局信息查阅点接待群众多少人次").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from assistant.core.not_stated import NOT_STATED
from assistant.core.types import Report
from assistant.core.vocab import AgencyType, names_vocab
from assistant.en_phrases import en_word

V = names_vocab()
# the generic end of a type's name: what is left is its core ("发展和改革" of 发展和改革委员会)
_GENERIC_END = re.compile(r"(?:委员会|分局|办公厅|办公室|办事处|事务局|管理局|局|委|室|中心|院)$")
_PEOPLES_GOVERNMENT = "人民政府"
# an agency's head word right after a type word: "education bureau" names the agency even after "on"
_HEAD_AFTER = re.compile(rf"\s+(?:{'|'.join(re.escape(h) for h in sorted(V.name_heads_en, key=len, reverse=True))})(?![a-z])")


def agency_types_named(norm: str) -> list[str]:
    """The agency types (Chinese suffixes, names.toml) a normalised question names: "市财政局…" -> 财政局,
    "卫健委…" -> 卫生健康委员会, "the municipal finance bureau" -> 财政局. Two-character abbreviations (政府)
    are too common in questions to count."""
    out: list[str] = []
    for t in names_vocab().agency_types:
        if t.zh in norm or any(len(a) >= 3 and a in norm for a in (*t.zh_abbr, *_government_short(t.zh))):
            out.append(t.zh)
    if _PEOPLES_GOVERNMENT not in out and NOT_STATED.patterns["government_short_zh"].search(norm):
        out.append(_PEOPLES_GOVERNMENT)  # ("青禾县政府2020年…": the county's government, written short)
    for en, zhs in names_vocab().agency_types_en.items():
        if en in norm and _names_type_en(en, norm):
            out += zhs
    if any(t.endswith(_PEOPLES_GOVERNMENT) for t in out) and _government_only_as_host(norm):
        out = [t for t in out if not t.endswith(_PEOPLES_GOVERNMENT)]  # ("…人民政府门户网站上…": the site's host)
    return list(dict.fromkeys(out))


def _government_only_as_host(norm: str) -> bool:
    """Every 政府 the Chinese question writes names the host of a site ("市人民政府门户网站"), none the body asked."""
    if not re.search(r"[\u3400-\u9fff]", norm):
        return False
    hosts = [m.span() for m in NOT_STATED.patterns["government_as_host_zh"].finditer(norm)]
    return bool(hosts) and all(any(s <= m.start() < e for s, e in hosts) for m in re.finditer("政府(?!信息)", norm))


def _government_short(zh: str) -> tuple[str, ...]:
    """A body under a people's government is also named under its short "政府" (人民政府参事室 -> 政府参事室, as
    "市政府参事室" names it); the bare 人民政府 has no short name of its own here (政府 alone is too common)."""
    rest = zh.removeprefix(_PEOPLES_GOVERNMENT)
    return ("政府" + rest,) if rest and rest != zh else ()


def _names_type_en(en: str, norm: str) -> bool:
    """The English type word `en` stands in `norm` as a word naming an agency, not as the qualifier of the noun after
    it ("government information", "bureau website": not_stated.toml type_word_as_modifier_en) nor as one of the
    topics asked about ("items on key areas like poverty relief and education": type_word_as_topic_en)."""
    modifier = NOT_STATED.patterns["type_word_as_modifier_en"]
    return any(not modifier.match(norm, m.end()) and not _topic_word(norm, m.start(), m.end())
               for m in re.finditer(en_word(en), norm))


def _topic_word(norm: str, start: int, end: int) -> bool:
    """The type word at norm[start:end] is a topic of the ask (after "like", "such as", "on", "about", or at the end of
    a list after one) or the report's own thing ("its statistics", "the statistics"), not an agency: no head word ("bureau", names.toml
    [agency_name_en.heads]) follows it."""
    if _HEAD_AFTER.match(norm, end) or norm[start:end].rsplit(" ", 1)[-1] in V.name_heads_en:
        return False  # ("education bureau" is the agency wherever it stands)
    before = norm[:start]
    if (NOT_STATED.patterns["type_word_as_request_before_en"].search(before)
            or NOT_STATED.patterns["type_word_as_request_after_en"].search(norm[end:])):
        return True  # ("rejected as petitions or complaints": a kind of request, 信访举报投诉类)
    if NOT_STATED.patterns["type_word_as_data_en"].search(norm[:end]):
        return True  # ("what period do the statistics cover": the report's figures)
    return any(NOT_STATED.patterns[k].search(before) for k in ("type_word_as_topic_en", "type_word_as_possessed_en"))


def of_agency_type(norm: str, reports: list[Report]) -> list[Report]:
    """The reports whose agency is of a type the question names ([] when it names none, or none is)."""
    types = agency_types_named(norm)
    return [r for r in reports if r.agency and any(r.agency.endswith(t) for t in types)] if types else []


@lru_cache(maxsize=1)
def _types() -> dict[str, AgencyType]:
    return {t.zh: t for t in V.agency_types}


def _core(zh: str) -> str:
    return _GENERIC_END.sub("", zh) or zh


def type_of(agency: str) -> AgencyType | None:
    """The vocabulary's type the agency's name holds (the longest: 公安局 of 深圳市公安局龙华分局), None when none does."""
    return max((t for t in V.agency_types if t.zh in agency), key=lambda t: len(t.zh), default=None)


def _same_body(named: str, report_type: AgencyType) -> bool:
    t = _types().get(named)
    if t is None:
        return False
    if set(t.en) & set(report_type.en):
        return True
    return _core(t.zh) in report_type.zh or _core(report_type.zh) in t.zh


def of_named_type(agency: str, named: list[str]) -> bool:
    kind = type_of(agency)
    return (any(w in agency or _core(w) in agency for w in named)
            or (kind is not None and any(_same_body(w, kind) for w in named)))


def reports_of_other_agencies(q: Any, index: Any) -> tuple[list[str], list[Any]] | None:
    """(the agency types the question names, the reports in scope) when it names a type none of them is of and each
    is of a known type; None otherwise.  `q`: a parsed question (norm, doc_ids, entities)."""
    if not q.doc_ids:
        return None
    docs = [index.by_doc[d] for d in q.doc_ids if d in index.by_doc]
    if not docs or any(e == r.agency for e in q.entities for r in docs):
        return None  # (a report named by its full agency name is the one asked)
    named = agency_types_named(q.norm)
    if not named or any(not r.agency or type_of(r.agency) is None for r in docs):
        return None
    if any(of_named_type(r.agency, named) for r in docs):
        return None
    # (a department's report names its people's government as the site's host or its superior, never reporting on the
    # government's own work: "沧州市人民政府" heading the health commission's page is no body it reports on)
    full = [w for w in named if w in _types() and not w.endswith(_PEOPLES_GOVERNMENT)]
    if any(_speaks_of(index, r, full) for r in docs):
        return None  # "伊春区档案局…" of the 伊春区 government's report, which tells of its archives bureau's work
    return named, docs


def _speaks_of(index: Any, r: Report, types: list[str]) -> bool:
    """The report's text (or the names it mentions) holds an agency of one of `types`: a body it reports on."""
    if any(t in m for m in r.mentions for t in types):
        return True
    texts = getattr(index, "texts", None)
    return bool(texts and types) and any(t in texts(r.doc_id)[1] for t in types)


def asked_agency(q: Any, named: list[str]) -> str:
    """The agency asked, as the answer names it: the English type words the question uses, else its Chinese type."""
    if q.language == "en":
        words = [en for en in V.agency_types_en if _names_type_en(en, q.norm)]
        if words:
            return max(words, key=len)
    full = [w for w in named if w in _types()] or named
    return max(full, key=len)


# a place written with its level word (龙华区, 深圳市龙华区) right before the agency asked
_PLACE_BEFORE = re.compile(r"(?:[\u3400-\u9fff]{2,8}?(?:省|自治区|自治州|市|区|县|旗|州|盟|镇|乡|街道)){1,3}$")


def place_asked(q: Any, named: list[str]) -> str | None:
    """The place a Chinese question writes right before the agency type it asks ("龙华区教育局" -> 龙华区), so a refusal
    names the agency asked, not the place of the report found; None when it writes none there."""
    if q.language != "zh":
        return None
    for t in sorted(named, key=len, reverse=True):
        for w in (t, *(a for a in getattr(_types().get(t), "zh_abbr", ()) if len(a) >= 2)):
            i = q.norm.find(w)
            m = _PLACE_BEFORE.search(q.norm[max(0, i - 16):i]) if i > 0 else None
            if m:
                return NOT_STATED.patterns["question_lead_zh"].sub("", m.group())  # ("请问龙华区")
    return None


def other_agency_refusal(q: Any, index: Any, t: dict) -> str | None:
    """The answer that no report is from the agency asked, naming the place's reports (extractive template
    ``unknown_entity_other_agency``); None when a report in scope is of the type named, or none is named."""
    other = reports_of_other_agencies(q, index)
    if other is None:
        return None
    named, docs = other
    regions = {r.region for r in docs}
    place = regions.pop() if len(regions) == 1 and None not in regions else (q.entities[0] if q.entities else "")
    place = place_asked(q, named) or place  # ("龙华区教育局…" names 龙华区, not the 深圳市 of the report found)
    zh = q.language == "zh"
    if not zh:  # (in English: the place the question writes before the type words, else the region in pinyin)
        from assistant.asked_names_en import place_before_type_en, region_en

        region = region_en(regions_of(docs))  # (the reports' own place: the place asked may lie inside it)
        place = place_before_type_en(q.text, asked_agency(q, named)) or region or place
    else:
        region = place
    reports = ("、" if zh else ", ").join(f"{r.agency}（{r.year}）" if zh else f"{r.agency} ({r.year})" for r in docs)
    return t["unknown_entity_other_agency"].format(place=place, agency=asked_agency(q, named), others=reports,
                                                   region=region or place)


def regions_of(docs: list[Report]) -> str | None:
    """The one region of `docs`, None when they are of several or of none."""
    regions = {r.region for r in docs}
    return regions.pop() if len(regions) == 1 else None
