"""Report identity from the *cleaned* text: title, issuing agency, region, year — each with its source.

Nothing is guessed: every value is read from the report (see ../shared/DOMAIN.md), and
``ReportMeta.provenance`` records where agency/region/year came from: 'title' (the report's title
line), 'text' (a sentence, a 《…》 title, the statistics period, names the text spells out), 'header'
(a short line naming the agency around the title), 'signature' (a closing name + date), 'filename'
(ingest/filenames.py), 'user' (reports.csv, --agency/--region/--year; applied by the pipeline).

* **title** – the title line(s) near the top (two lines joined; a site header above a title line is
  skipped; a mirror's domain, "2016年年" and a "年" lost at the line break repaired); a title at the
  start of the first sentence ("青海省2013年…年度报告是根据…"); the sentence naming the report
  ("现向社会公布X局2022年…报告"); a 《…》 report title in the opening; the file name.
* **year** – the statistics period (统计期限: the year of the data) first, then the title, the naming
  sentence, a strong opening phrase ("2016年,…政府信息公开工作"), the file name.  Anonymised or
  missing years ("201x年", "截至年12月31日") are never completed; publication dates are never used.
* **agency** – the title, the naming sentence, a quoted title, "由X编制", the subject of an opening
  sentence, a header line (the one matching the text's 本局/我办/我委 when there are several), a
  signature, the file name, the agency name the text spells out most often (abbreviations of the type
  count: 西安区发改局 → 西安区发展和改革局), a document cited by name beside 我部/本局 (《X部落实…》).
  Repairs, all from the text: a bare "市/县/区…" name completed from the text ("东阳市…"); a parent
  prefix whose place was removed by spam dropped; a name completed by a longer one of the text
  (signature, header, contact sentence: "田黄镇" → "邹城市田黄镇人民政府"); a place's report is its
  people's government's ("伊春区" → "伊春区人民政府"; a 街道's: its 办事处); the general office that
  compiled a report on "我县" gives the county government; a town with no county gets the place whose
  government website publishes the report ("可通过高平市人民政府门户网站查阅").
* **region** – :func:`ingest.places.region_of` the agency (its leading place of county level or above),
  else the place of the file name's pinyin found in the text.
* **aliases** – ingest/aliases.py; **mentions** – every place/agency name the text mentions with the
  pinyin of the places (ingest/places.py), for the names index of the question scope.

Vocabulary (agency types and their English, pinyin overrides, generic words) lives in
assistant/core/data/names.toml, loaded by assistant/core/vocab.py.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.core.vocab import names_vocab
from ingest.aliases import agency_type, make_aliases  # noqa: F401  (re-exported)
from ingest.places import CJK, REGION_SUFFIXES, agency_counts, mentions, pinyin_of, places_in_text, region_of  # noqa: F401

YEAR_MIN, YEAR_MAX = 2007, 2035

V = names_vocab()
_CJK_RUN = re.compile(f"[{CJK}]+")
_STOP_CHARS = V.stop_chars
_AGENCY_END = re.compile(
    r"(?:局|委员会|委|办公厅|办公室|参事室|人民政府|政府|办事处|街道|镇|乡|区|县|市|省|州|旗|盟|中心|部|院|大学)$"
)
_PRONOUN_START = V.pronoun_starts
_LEAD_WORDS = re.compile(rf"^(?:{'|'.join(map(re.escape, V.naming_verbs))}|公布|根据|由)+")
# a "name" starting with a verb of the opening is a phrase ("按照磐石市…"); one-character verbs
# (以, 在, 共 …) also start real names (共青城市), so only longer ones count
_VERB_START = re.compile(rf"^(?:{'|'.join(re.escape(v) for v in V.opening_verbs if len(v) >= 2)})")


@dataclass
class ReportMeta:
    title: str | None = None
    agency: str | None = None
    region: str | None = None
    year: int | None = None
    aliases: list[str] = field(default_factory=list)
    # where each of agency/region/year came from: 'title'|'text'|'header'|'signature'|'filename'|'user'
    provenance: dict[str, str] = field(default_factory=dict)
    mentions: list[str] = field(default_factory=list)  # place/agency names the text mentions (+ pinyin)


# --- text helpers -----------------------------------------------------------------------------

def _plain_lines(text: str) -> list[str]:
    if "<" in text and re.search(r"<[a-zA-Z/][^<>]*>", text):
        text = re.sub(r"<[a-zA-Z/][^<>]*>", "\n", text)
    text = html.unescape(text).replace("\u00a0", " ").replace("\u3000", " ")
    text = text.replace("，", ",").replace("；", ";").replace("：", ":")
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


_HEADING_LINE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*、|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|\d{1,2}\s*[.、．](?!\d))")


def _valid_year(y: str | int | None) -> int | None:
    try:
        v = int(y)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return v if YEAR_MIN <= v <= YEAR_MAX else None


def _clean_agency(a: str | None) -> str | None:
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


# --- title ------------------------------------------------------------------------------------

_TITLE_END = re.compile(r"(?:年度报告|工作报告|年报|报告|工作总结|总结)$")
_SENTENCE_START = ("根据", "本报告", "本年", "依据", "现将", "现向", "按照", "为", "本")
_FILE_EXT = re.compile(r"\.(?:docx?|pdf|wps|txt|html?)$", re.I)
_NAME_PREFIX = re.compile(r"^(?:名\s*称|标\s*题|中文名)\s*:\s*")


def _title_norm(s: str) -> str:
    s = _NAME_PREFIX.sub("", s)
    s = _FILE_EXT.sub("", s.strip())
    s = re.sub(r"\s+", "", s)
    s = re.sub(r"^(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?=[\u3400-\u9fff])", "", s)  # a mirror's domain glued on
    s = re.sub(r"(\d{4})年年", r"\1年", s)  # "2016年年"
    # "…办公厅2022" + "政府信息公开…": the 年 lost at the line break
    return re.sub(r"(?<=[\u3400-\u9fff])(\d{4})(?=(?:政府)?(?:信息公开|政务公开))", r"\1年", s)


def _is_title(s: str) -> bool:
    return (
        ("信息公开" in s or "政务公开" in s)
        and bool(_TITLE_END.search(s))
        and 8 <= len(s) <= 60
        and not any(c in s for c in "。,;!?|>:")
        and not s.startswith(_SENTENCE_START)
    )


def _title_from_lines(lines: list[str]) -> str | None:
    for i, ln in enumerate(lines[:10]):
        if _HEADING_LINE.match(ln):
            break
        t = _title_norm(ln)
        if _is_title(t):
            return t
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if nxt and _is_title(_title_norm(nxt)) and re.search(r"\d{4}", nxt) and not _clean_agency(t):
            continue  # the next line is the title on its own (a site header before it)
        if nxt and len(t) <= 30 and ":" not in ln and "。" not in ln and not _HEADING_LINE.match(nxt):
            joined = _title_norm(t + _title_norm(lines[i + 1]))
            if len(_title_norm(lines[i + 1])) <= 40 and _is_title(joined):
                return joined
    return None


_YEAR_TOKEN = r"(?:\d{4}|\d{2,3}[xX×]|[xX×]{2,4})"
_ACADEMIC = r"(?:\d{4}\s*[-—–至]\s*)?"  # "2018-2019学年": a school year is named by the year it ends
_NAMING = re.compile(
    rf"(?:{'|'.join(map(re.escape, V.naming_verbs))}|编制的)"
    rf"(?P<named>(?P<pre>[^,。;:、\s《》“”]{{0,30}}?){_ACADEMIC}(?P<year>{_YEAR_TOKEN})学?年度?"
    r"(?P<post>[^,。;:、\s《》“”]{0,30}?)(?:政府)?(?:信息公开|政务公开)"
    r"[^,。;:《》]{0,12}?(?:年度报告|工作报告|年报|报告))"
)
_BY_AGENCY = re.compile(rf"由(?P<a>[{CJK}]{{2,30}}?)(?:负责)?(?:编制|编写)")
_SUBJ_COMPILED = re.compile(rf"(?:^|[,。;])(?P<a>[{CJK}]{{2,30}}?)编制了")
_OPEN_VERBS = "|".join(map(re.escape, V.opening_verbs))
_OPENING = re.compile(
    rf"^(?:(?:\d{{4}})年度?(?:的)?,?)?(?:在[^,。]{{2,40}}?下,)?(?P<a>[{CJK}]{{2,30}}?)(?={_OPEN_VERBS})"
)
_STAT_PERIOD = re.compile(r"统计(?:期限|时限|时间|区间|周期)[^。\d]{0,12}?(\d{4})\s*年")
_JAN_DEC = re.compile(r"(\d{4})\s*年\s*1\s*月\s*1\s*日(?:起)?\s*(?:至|到|—|-|~)\s*(?:\d{4}\s*年\s*)?12\s*月\s*31\s*日")
_STRONG_OPEN = re.compile(rf"^(\d{{4}})年度?(?:的)?(?:,|[{CJK}]{{2,12}}政府信息公开工作)")
_DATE_LINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def _year_in(s: str | None) -> int | None:
    if not s:
        return None
    m = re.search(r"(\d{4})\s*年", s)
    return _valid_year(m.group(1)) if m else None


# --- agency repairs -----------------------------------------------------------------------------

def _strip_parent(a: str) -> str:
    """"区人民政府北京街道办事处" (place removed) -> "北京街道办事处"."""
    m = re.match(r"^[市区县](?:人民政府|政府)(.+)$", a)
    if m and _clean_agency(m.group(1)):
        return m.group(1)
    return a


def _complete_bare(a: str, text: str) -> str:
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


def _signature(lines: list[str]) -> str | None:
    """A closing line naming the agency, followed by a date line."""
    tail = lines[-5:]
    for i, ln in enumerate(tail[:-1]):
        if _DATE_LINE.match(tail[i + 1]) and (a := _clean_agency(ln)) and len(a) >= 3:
            return a
    return None


_QUOTED_TITLE = re.compile(r"《([^《》]{8,60})》")
_TITLE_THEN_VERB = re.compile(r"^(?P<t>[^,。;:《》\s]{8,60}?(?:年度报告|工作报告|年报))(?:是|由|根据|依据|按照)")
_WEBSITE_OWNER = re.compile(
    rf"(?:通过|在|登录|登陆|“|\")(?P<p>[{CJK}]{{2,12}}?)(?:人民政府|政府)[”\"]?(?:门户网站|网站|政府信息公开网)")
# a town's government (a street office is named without its district)
_SUBPLACE_AGENCY = re.compile(rf"^[{CJK}]{{2,8}}?(?:镇|乡)(?:人民政府)?$")


def _title_agency(title: str | None) -> str | None:
    if not title:
        return None
    m = re.match(rf"^(?P<pre>.*?){_ACADEMIC}{_YEAR_TOKEN}学?年?度?(?P<post>.*?)(?:政府)?(?:信息公开|政务公开)", title)
    if not m:
        return None
    return _clean_agency(m.group("pre")) or _clean_agency(m.group("post"))


def _quoted_title(opening: str) -> str | None:
    """A report named in a 《…》 title inside the opening ("现向社会公开《东丽区2019年…年度报告》")."""
    for m in _QUOTED_TITLE.finditer(opening):
        t = _title_norm(m.group(1))
        if _is_title(t) and re.search(r"\d{4}年", t):
            return t
    return None


def _header(lines: list[str], text: str) -> str | None:
    """An agency named by a short line of its own around the title (a page or site header:
    "沧州市卫生健康委"; a name under the title).  When the text calls itself 本局/我办/我委…, the
    line whose name ends in that kind wins over a site header ("青禾市人民政府" above "青禾市样例局")."""
    cands = []
    for ln in lines[:8]:
        if _HEADING_LINE.match(ln):
            break
        if _is_title(_title_norm(ln)):
            continue
        a = _clean_agency(ln)
        if a and len(ln) <= 30 and (region_of(a) != a or not region_of(a)) and len(a) >= 4:
            cands.append(a)
    if not cands:
        return None
    selfs = [w[-1] for w in V.self_words if w in text and len(w) == 2]
    for c in cands:
        if any(ch in c[-4:] for ch in selfs):
            return c
    with_place = [c for c in cands if region_of(c)]
    return with_place[0] if with_place else None


def _website_region(text: str) -> str | None:
    """The place whose government website publishes the report ("可通过高平市人民政府门户网站查阅")."""
    found: Counter[str] = Counter()
    for m in _WEBSITE_OWNER.finditer(text):
        p = m.group("p")
        p = p[p.rfind("“") + 1:] if "“" in p else p
        r = region_of(p)
        if r and r == p:
            found[r] += 1
    return found.most_common(1)[0][0] if found else None


def _with_parent(agency: str, text: str, names: list[str]) -> str:
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
    return longer.most_common(1)[0][0] if longer else agency


def _speaks_as_place(text: str, place: str) -> bool:
    """The report calls itself by the place's kind ("我市", "本县") more than by an agency's ("我局")."""
    kind = place[-1]
    as_place = text.count("我" + kind) + text.count("本" + kind)
    as_agency = sum(text.count(w) for w in V.self_words if w[-1] != kind)
    return as_place > 0 and as_place > as_agency


def _bare_self_agency(text: str) -> str | None:
    """A body named without its place ("县医院", "市统计局") of the kind the text calls itself (我院, 本局)."""
    kinds = "".join({w[-1] for w in V.self_words if len(w) == 2 and w in text})
    if not kinds:
        return None
    found = Counter(a for m in re.finditer(rf"(?<![{CJK}])[市区县][{CJK}]{{1,8}}?[{kinds}](?![{CJK}]*?[{kinds}])", text)
                    if (a := _clean_agency(m.group(0))) and len(a.lstrip("省市区县州乡镇")) >= 2)  # not "市县区局"
    return found.most_common(1)[0][0] if found else None


def extract_metadata(text: str, source_name: str = "") -> ReportMeta:
    from ingest.english import english_identity  # noqa: PLC0415
    from ingest.filenames import filename_identity  # noqa: PLC0415 (filenames imports this module)

    lines = _plain_lines(text)
    flat = "\n".join(lines)
    opening = "\n".join(lines[:12])[:3000]
    prov: dict[str, str] = {}

    # title: a title line, a title at the start of the first sentence, the sentence naming the report
    title = _title_from_lines(lines)
    first = next((ln for ln in lines[:3] if len(ln) > 3), "")
    if title is None and (m := _TITLE_THEN_VERB.match(first)):
        title = m.group("t") if _is_title(m.group("t")) else None
    naming = None
    naming_agency = None
    for m in _NAMING.finditer(opening):
        a = _clean_agency(m.group("pre")) or _clean_agency(m.group("post"))
        if naming is None:
            naming = m
        if a:
            naming, naming_agency = m, a
            break
    quoted = _quoted_title(opening)
    title_src = "title"
    if title is None and naming is not None and naming_agency:
        title, title_src = re.sub(r"\s+", "", naming.group("named")), "text"
    if title is None and quoted:
        title, title_src = quoted, "text"
    fn = filename_identity(source_name, flat)
    if title is None and fn.title:
        title, title_src = fn.title, "filename"
    en = english_identity(lines) if title is None else None  # a report published in English
    if en and en.title:
        title = en.title

    # year: the statistics period states the year of the data; else the title, the naming sentence,
    # a strong opening phrase, the file name
    year = None
    m = _STAT_PERIOD.search(opening) or _JAN_DEC.search(opening)
    if m and (year := _valid_year(m.group(1))):
        prov["year"] = "text"
    if year is None and (year := _year_in(title) or (en.year if en else None)):
        prov["year"] = title_src
    if year is None and naming is not None and (year := _valid_year(naming.group("year"))):
        prov["year"] = "text"
    if year is None:
        body = [ln for ln in lines[:15] if not _HEADING_LINE.match(ln)]
        firsts = body[:1]
        for i, ln in enumerate(lines[:15]):
            if re.match(r"^[一二三四五六七八九十]{1,3}\s*、", ln):
                firsts += [x for x in lines[i + 1 : i + 3] if not _HEADING_LINE.match(x)][:2]
                break
        for ln in firsts:
            m = _STRONG_OPEN.match(ln)
            if m and (year := _valid_year(m.group(1))):
                prov["year"] = "text"
                break
    if year is None and fn.year:
        year, prov["year"] = fn.year, "filename"

    # agency
    agency, src = _title_agency(title) or (en.agency if en else None), title_src
    region_src = None
    if agency is None and naming_agency:
        agency, src = naming_agency, "text"
    if agency is None and (a := _title_agency(quoted)):
        agency, src = a, "text"
    compiled_by = False
    if agency is None:
        m = _BY_AGENCY.search(opening) or _SUBJ_COMPILED.search(opening)
        agency, src = (_clean_agency(m.group("a")) if m else None), "text"
        compiled_by = agency is not None
    if agency is None:
        # the first words of the text or of a section near the top
        starts = lines[:2] + [ln for prev, ln in zip(lines[:14], lines[1:15]) if _HEADING_LINE.match(prev)]
        for ln in starts:
            if _HEADING_LINE.match(ln):
                continue
            m = _OPENING.match(ln)
            if m and (agency := _clean_agency(m.group("a"))):
                break
    header = _header(lines, flat)
    if agency is None and header:
        agency, src = header, "header"
    sig = _signature(lines)
    if agency is None and sig:
        agency, src = sig, "signature"
    names = mentions(flat, list(fn.parents))
    if agency is None and fn.agency:
        agency, src = fn.agency, "filename"
    if agency is None:
        # the agency name the text spells out most often (at least twice)
        counted = Counter({n: c for n, c in agency_counts(flat, places_in_text(flat)).items() if _clean_agency(n)})
        if counted and (best := counted.most_common(1)[0])[1] >= 2:
            agency, src = best[0], "text"
    if agency is None:
        # "我部/本局…" and a document of the agency cited by name: 《X部落实…》
        kinds = {w[-1] for w in V.self_words if len(w) == 2 and w in flat}
        cited = Counter(m.group(1) for m in re.finditer(rf"《([{CJK}]{{2,12}}?[{''.join(kinds)}])", flat)) if kinds else None
        if cited:
            agency, src = _clean_agency(cited.most_common(1)[0][0]), "text"
    if agency is None and (bare := _bare_self_agency(flat)):
        agency, src = bare, "text"  # "2020年,县医院未收到…" in a text calling itself 我院
    if agency is None and fn.composed:  # the file name's place and agency type ("hainan_..._jianguanju")
        agency, src = fn.composed, "filename"
    if agency and agency != fn.composed:  # repairs from the text (a name composed from the file name is whole)
        agency = _strip_parent(agency)
        agency = _complete_bare(agency, flat)
        for longer, where in ((sig, "signature"), (header if not region_of(agency) else None, "header")):
            if longer and agency != longer and agency in longer and region_of(longer):
                agency, src = longer, where
        agency = _with_parent(agency, flat, names)
    if agency:
        if region_of(agency) == agency or re.fullmatch(rf"[{CJK}]{{2,8}}?(?:镇|乡|街道)", agency):
            # a place's report ("伊春区2016年…报告") is its people's government's: "伊春区人民政府"
            agency += "办事处" if agency.endswith("街道") else "人民政府"
        region = region_of(agency)
        office = re.fullmatch(rf"({re.escape(region or '-')})(?:人民)?政府办公[室厅]", agency)
        if compiled_by and office and f"我{region[-1]}" in flat:
            # "由光山县人民政府办公室编制" a report on "我县": the county government's report
            agency = region + "人民政府"
        region_src = None
        if not region_of(agency) and (fn.region or (web := _website_region(flat))):
            parent = fn.region or web
            before = agency
            level = next((x for x in REGION_SUFFIXES if agency.startswith(x) and parent.endswith(x)), None)
            if level:  # "市财政局" + 泰安市 -> 泰安市财政局; "自治区人民政府办公厅" + 新疆维吾尔自治区
                agency = parent + agency[len(level):]
            elif _SUBPLACE_AGENCY.match(agency) and not parent.endswith(("省", "自治区")):
                agency = parent + agency  # a town of the county whose website publishes the report
            if agency != before:
                region_src = "filename" if parent == fn.region else "text"
        prov["agency"] = src

    region = region_of(agency)
    if region:
        prov["region"] = (region_src if agency else None) or prov.get("agency", "text")
    elif fn.region:
        region, prov["region"] = fn.region, "filename"
        if agency is None and _speaks_as_place(flat, region):
            # "我市…" and the city only in the file name: the city government's report
            agency, prov["agency"] = region + "人民政府", "filename"
    aliases = make_aliases(agency, region, flat)
    if agency is None and region is None:
        # a report naming neither its agency nor its place goes by what it calls itself ("我单位", "本局"): the only
        # handle a reader has on it ("the report that only calls itself 我单位")
        aliases += [w for w in V.self_words if w in flat and w not in aliases]
    return ReportMeta(title=title, agency=agency, region=region, year=year,
                      aliases=aliases, provenance=prov, mentions=names)
