"""An agency's name in a report's text: whether a phrase is one (:func:`clean_agency`), and the repairs of a name
from the text (a parent prefix dropped, a bare name completed, a longer name of the text, the place whose website
publishes the report, what the text calls itself).  Used by ingest/metadata.py and ingest/report_title.py.

Vocabulary (naming and opening verbs, pronouns, self words) lives in assistant/core/data/names.toml.
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.core.vocab import names_vocab
from ingest.places import CJK, region_of

V = names_vocab()
_CJK_RUN = re.compile(f"[{CJK}]+")
_STOP_CHARS = V.stop_chars
_AGENCY_END = re.compile(
    r"(?:局|委员会|委|办公厅|(?<![大展餐客])厅|办公室|参事室|人民政府|政府|办事处|街道|镇|乡|区|县|市|省|州|旗|盟|中心|部|院|大学)$"
)
_PRONOUN_START = V.pronoun_starts
_LEAD_WORDS = re.compile(rf"^(?:{'|'.join(map(re.escape, V.naming_verbs))}|公布|根据|由)+")
# a "name" starting with a verb of the opening is a phrase ("按照磐石市…"); one-character verbs
# (以, 在, 共 …) also start real names (共青城市), so only longer ones count
_VERB_START = re.compile(rf"^(?:{'|'.join(re.escape(v) for v in V.opening_verbs if len(v) >= 2)})")


def clean_agency(a: str | None) -> str | None:
    """`a` as an agency's name (spaces and leading naming verbs dropped), or None when it is no name of one."""
    if not a:
        return None
    a = re.sub(r"\s+", "", a)
    a = _LEAD_WORDS.sub("", a)
    a = re.sub(r"^[,.;:、。]+", "", a)
    if not (2 <= len(a) <= 30) or not _CJK_RUN.fullmatch(a):
        return None
    if a.startswith(_PRONOUN_START) or "信息公开" in a or "政府信息" in a or _VERB_START.match(a):
        return None
    if re.search(r"[省市区县镇乡党]委(?!员会)|党组|领导", a):  # "区委区政府", party bodies: not the issuer
        return None
    if not _AGENCY_END.search(a):
        return None
    if len(a) <= 3 and a[0] in "市区县" and a[1:] in ("", "政府", "委", "局"):
        return None
    return a


def strip_parent(a: str) -> str:
    """"区人民政府北京街道办事处" (place removed) -> "北京街道办事处"."""
    m = re.match(r"^[市区县](?:人民政府|政府)(.+)$", a)
    if m and clean_agency(m.group(1)):
        return m.group(1)
    return a


def complete_bare(a: str, text: str) -> str:
    """"市自然资源和规划局" -> "东阳市自然资源和规划局" when the text spells it out."""
    if a[0] not in "市区县" or region_of(a):
        return a
    found: Counter[str] = Counter()
    for m in re.finditer(rf"(?:^|(?<=[《“\"(,。;:、\s]))([{CJK}]{{1,4}}){re.escape(a)}", text, re.M):
        place = m.group(1)
        full = place + a
        if any(c in _STOP_CHARS for c in place) or not region_of(full):
            continue
        found[full] += 1
    return found.most_common(1)[0][0] if found else a


_DATE_LINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def signature(lines: list[str]) -> str | None:
    """A closing line naming the agency, followed by a date line."""
    tail = lines[-5:]
    for i, ln in enumerate(tail[:-1]):
        if _DATE_LINE.match(tail[i + 1]) and (a := clean_agency(ln)) and len(a) >= 3:
            return a
    return None


_WEBSITE_OWNER = re.compile(
    rf"(?:通过|在|登录|登陆|“|\")(?P<p>[{CJK}]{{2,12}}?)(?:人民政府|政府)[”\"]?(?:门户网站|网站|政府信息公开网)")


# the site's owner in its 主办 line ("主办单位：青禾县人民政府办公室")
_SITE_HOST = re.compile(rf"(?:主办单位|网站主办|主办)[ \t]*[:：][ \t]*(?P<p>[{CJK}]{{2,12}}?)(?:人民政府|政府)(?:办公室|办公厅)?(?![{CJK}])")


def website_region(text: str) -> str | None:
    """The place whose government website publishes the report ("可通过高平市人民政府门户网站查阅", or its 主办 line
    "主办单位：青禾县人民政府")."""
    found: Counter[str] = Counter()
    for m in [*_WEBSITE_OWNER.finditer(text), *_SITE_HOST.finditer(text)]:
        p = m.group("p")
        p = p[p.rfind("“") + 1:] if "“" in p else p
        r = region_of(p)
        if r and r == p:
            found[r] += 1
    return found.most_common(1)[0][0] if found else None


def with_parent(agency: str, text: str, names: list[str]) -> str:
    """A name without its parent place gets it from a longer name the text spells out
    ("田黄镇" + "请与邹城市田黄镇人民政府联系" -> "邹城市田黄镇人民政府")."""
    if region_of(agency):
        return agency
    stem = agency
    for suffix in ("人民政府", "办事处"):
        stem = stem.removesuffix(suffix)
    longer = Counter(n for n in names if stem in n and n != agency and region_of(n) and len(n) > len(agency))
    for n in list(longer):
        longer[n] = text.count(n)
    if longer:
        return longer.most_common(1)[0][0]
    parent = placed_before(stem, text, names) if re.search(r"(?:镇|乡|街道)$", stem) else None
    return parent + agency if parent else agency


def placed_before(stem: str, text: str, names: list[str]) -> str | None:
    """The places the text writes right before a town's name, each one it mentions ("云栖市翠湖区翠竹街道办事处" in a
    signature or a 主办 line -> "云栖市翠湖区" for 翠竹街道): the most often written such run of county-level places."""
    known = {n for n in names if region_of(n) == n}
    found: Counter[str] = Counter()
    for m in re.finditer(rf"([{CJK}]{{2,16}}){re.escape(stem)}", text):
        run = m.group(1)
        for k in range(len(run) - 1):
            rest, ok = run[k:], True
            while rest and ok:
                head = next((n for n in sorted(known, key=len, reverse=True) if rest.startswith(n)), None)
                ok, rest = head is not None, rest[len(head or ""):]
            if ok:
                found[run[k:]] += 1
                break
    return found.most_common(1)[0][0] if found else None


def speaks_as_place(text: str, place: str) -> bool:
    """The report calls itself by the place's kind ("我市", "本县") more than by an agency's ("我局")."""
    kind = place[-1]
    as_place = text.count("我" + kind) + text.count("本" + kind)
    as_agency = sum(text.count(w) for w in V.self_words if w[-1] != kind)
    return as_place > 0 and as_place > as_agency


def bare_self_agency(text: str) -> str | None:
    """A body named without its place ("县医院", "市统计局") of the kind the text calls itself (我院, 本局)."""
    kinds = "".join({w[-1] for w in V.self_words if len(w) == 2 and w in text})
    if not kinds:
        return None
    found = Counter(a for m in re.finditer(rf"(?<![{CJK}])[市区县][{CJK}]{{1,8}}?[{kinds}](?![{CJK}]*?[{kinds}])", text)
                    if (a := clean_agency(m.group(0))) and len(a.lstrip("省市区县州乡镇")) >= 2)  # not "市县区局"
    return found.most_common(1)[0][0] if found else None

