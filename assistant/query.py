"""Understand a question: its language, the reports it names, the year, the metric.

Pure functions over the question text and the catalog of reports; no model.
English questions are mapped onto the Chinese vocabulary of the reports with a
small glossary (../shared/DOMAIN.md "Vocabulary"), and pinyin place names onto
report aliases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.core.metrics import BY_KEY, METRICS, Metric
from assistant.core.types import Language, Report
from assistant.core.text import normalise_query

# English term -> Chinese terms as the reports write them (longest phrases first when matching)
GLOSSARY: dict[str, tuple[str, ...]] = {
    "applications for disclosure": ("政府信息公开申请", "依申请公开"),
    "disclosure applications": ("政府信息公开申请", "依申请公开"),
    "information disclosure": ("政府信息公开",),
    "application": ("申请", "依申请公开"),
    "applications": ("申请", "依申请公开"),
    "requests": ("申请",),
    "received": ("新收", "收到", "受理"),
    "receive": ("新收", "收到", "受理"),
    "carried over": ("上年结转",),
    "carried forward": ("结转下年度",),
    "partly disclosed": ("部分公开",),
    "disclosed": ("予以公开",),
    "withheld": ("不予公开",),
    "cannot be provided": ("无法提供",),
    "not processed": ("不予处理",),
    "administrative reconsideration": ("行政复议",),
    "reconsideration": ("行政复议",),
    "reconsiderations": ("行政复议",),
    "lawsuit": ("行政诉讼",),
    "lawsuits": ("行政诉讼",),
    "litigation": ("行政诉讼",),
    "upheld": ("结果维持",),
    "corrected": ("结果纠正",),
    "proactive disclosure": ("主动公开",),
    "proactively": ("主动公开",),
    "proactive": ("主动公开",),
    "published": ("主动公开", "发布"),
    "rules": ("规章",),
    "normative documents": ("规范性文件",),
    "licensing": ("行政许可",),
    "penalties": ("行政处罚",),
    "enforcement": ("行政强制",),
    "fees": ("收费", "行政事业性收费"),
    "fee": ("收费",),
    "petitions": ("信访",),
    "petition": ("信访",),
    "letters and visits": ("来信来访", "信访"),
    "letters": ("来信",),
    "complaints": ("投诉",),
    "phone": ("电话", "联系电话"),
    "telephone": ("电话", "联系电话"),
    "address": ("地址",),
    "email": ("电子邮箱", "邮箱"),
    "e-mail": ("电子邮箱", "邮箱"),
    "fax": ("传真",),
    "postcode": ("邮编",),
    "problems": ("问题", "存在的主要问题"),
    "problem": ("问题",),
    "improvement": ("改进",),
    "improvements": ("改进",),
    "training": ("培训",),
    "website": ("网站", "门户网站"),
    "government website": ("政府网站",),
    "wechat": ("微信", "公众号"),
    "weibo": ("微博",),
    "meetings": ("会议",),
    "press conferences": ("新闻发布会",),
    "policy interpretation": ("政策解读",),
    "interpretation": ("解读",),
    "staff": ("工作人员",),
    "leading group": ("领导小组",),
    "catalogue": ("目录",),
    "guide": ("指南",),
    "statistics period": ("统计期限",),
    "budget": ("预算", "决算"),
    "procurement": ("采购",),
    "satisfaction": ("满意率",),
    "visits": ("来访", "接访"),
    "overall": ("总体情况",),
}

AGENCY_TYPES_EN: dict[str, str] = {
    "petitions bureau": "信访局", "letters and visits bureau": "信访局", "health commission": "卫生健康委员会",
    "finance bureau": "财政局", "education bureau": "教育局", "public security": "公安", "general office": "办公厅",
    "natural resources": "自然资源", "subdistrict": "街道", "water bureau": "水务局", "counsellors": "参事室",
}

_WANTS_NUMBER = re.compile(r"多少|几[个件条次项人家]|数量|总数|总计|how many|how much|number of|count|total")
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass
class ParsedQuestion:
    text: str
    norm: str
    language: Language
    years: list[int] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)  # names matched in the question, as written in reports
    doc_ids: list[str] | None = None  # None: the question names no report
    metric: Metric | None = None
    wants_number: bool = False
    terms: list[str] = field(default_factory=list)  # Chinese search terms (question + glossary)
    unknown_places: list[str] = field(default_factory=list)  # places named that no report belongs to

    @property
    def search_text(self) -> str:
        """Text for retrieval: the question plus the Chinese terms English words map to."""
        extra = " ".join(t for t in self.terms if t not in self.norm)
        return f"{self.norm} {extra}".strip()


def detect_language(text: str) -> Language:
    cjk = len(_CJK.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh" if cjk and cjk * 2 >= latin * 0.5 else "en"


def _stems(name: str) -> list[str]:
    """昆都仑区 -> [昆都仑区, 昆都仑]: place names are often written without their suffix."""
    out = [name]
    m = re.match(r"^(.{2,}?)(?:省|市|区|县|旗|镇|乡|街道)$", name)
    if m and len(m.group(1)) >= 2:
        out.append(m.group(1))
    return out


def report_names(r: Report) -> list[tuple[str, str]]:
    """(name, kind) pairs a question may use for a report; kind is 'agency', 'region' or 'alias'."""
    names: list[tuple[str, str]] = []
    if r.agency:
        names.append((r.agency, "agency"))
    if r.region:
        names += [(s, "region") for s in _stems(r.region)]
    names += [(a.lower(), "alias") for a in r.aliases if a]
    return names


def _mentions(norm: str, name: str) -> bool:
    if not name:
        return False
    if _CJK.search(name):
        return len(name) >= 2 and name in norm
    return re.search(rf"(?<![a-z]){re.escape(name)}(?![a-z])", norm) is not None


def generic_aliases(reports: list[Report]) -> frozenset[str]:
    """Aliases shared by reports of different places ("petitions bureau") name a kind of
    agency, not a report: they narrow a match but never make one."""
    places: dict[str, set] = {}
    for r in reports:
        for a in r.aliases:
            places.setdefault(a.lower(), set()).add(r.region or r.agency)
    return frozenset(a for a, p in places.items() if len(p) > 1)


def match_reports(norm: str, reports: list[Report]) -> tuple[list[str], list[Report]]:
    """Reports the question names. A full agency name beats a place name; a place name
    matches every agency of that place."""
    best: dict[str, int] = {}
    matched_names: list[str] = []
    generic = generic_aliases(reports)
    for r in reports:
        for name, kind in report_names(r):
            if len(name) < 2 or name in generic or not _mentions(norm, name):
                continue
            weight = {"agency": 3, "region": 2, "alias": 1}[kind] * 100 + len(name)
            if weight > best.get(r.doc_id, 0):
                best[r.doc_id] = weight
            if name not in matched_names:
                matched_names.append(name)
    if not best:
        return [], []
    # keep reports matched by an agency name when there are any; else all matched ones
    top_kind = max(w // 100 for w in best.values())
    keep = [r for r in reports if r.doc_id in best and best[r.doc_id] // 100 == top_kind]
    if top_kind == 3:
        return matched_names, keep  # full agency names are as specific as it gets
    # an agency-type word ("petitions bureau", "信访局") narrows a place match
    type_words = [zh for en, zh in AGENCY_TYPES_EN.items() if en in norm] + re.findall(r"[\u4e00-\u9fff]{1,6}(?:局|委员会|办公厅|办公室|街道办事处|人民政府)", norm)
    narrowed = [r for r in keep if r.agency and any(t in r.agency or r.agency.endswith(t[-3:]) for t in type_words)]
    return matched_names, narrowed or keep


def detect_metric(norm: str) -> Metric | None:
    """The metric whose keywords match the question most specifically."""
    best, best_score = None, 0
    for m in METRICS:
        score = max(
            [len(k) * 3 for k in m.ask_zh if k in norm]
            + [len(k) for k in m.ask_en if re.search(rf"(?<![a-z]){re.escape(k)}(?![a-z])", norm)]
            + [0]
        )
        if score > best_score:
            best, best_score = m, score
    if best is None and re.search(r"申请|(?<![a-z])(applications?|requests?)(?![a-z])", norm):
        return BY_KEY["applications_received"]  # "how many applications ..." with no other qualifier
    return best


def glossary_terms(norm: str) -> list[str]:
    terms: list[str] = []
    for en in sorted(GLOSSARY, key=len, reverse=True):
        if re.search(rf"(?<![a-z]){re.escape(en)}(?![a-z])", norm):
            terms += [t for t in GLOSSARY[en] if t not in terms]
    return terms


def parse_question(text: str, reports: list[Report]) -> ParsedQuestion:
    norm = normalise_query(text).strip()
    q = ParsedQuestion(text=text, norm=norm, language=detect_language(text))
    q.years = sorted({int(y) for y in _YEAR.findall(norm)})
    q.entities, matched = match_reports(norm, reports)
    if matched:
        q.doc_ids = [r.doc_id for r in matched]
    q.metric = detect_metric(norm)
    q.wants_number = bool(_WANTS_NUMBER.search(norm))
    q.terms = glossary_terms(norm)
    return q
