"""Report identity from the *cleaned* text: title, issuing agency, region, year, aliases.

Nothing is guessed: every value is read from the text (see ../shared/DOMAIN.md).

* **title** – the report's own title line(s) near the top ("昆都仑区信访局2023年政府信息公开工作"
  + "年度报告" are joined), else a sentence that names the report and its agency
  ("现向社会公布广州市信访局2022年政府信息公开工作年度报告" → "广州市信访局2022年政府信息公开工作
  年度报告"; "现将伊春区2016年政府信息公开各项工作报告如下" → "伊春区2016年政府信息公开各项
  工作报告").  A sentence naming the report only by a pronoun ("现将我局2023年度…报告如下") gives
  no title.  Whitespace is removed; a file extension (".doc") is dropped.
* **year** – in this order: the title; the report named in an opening sentence (even "我局2023年度…");
  the 统计期限 ("统计期限为2024年1月1日至…", "自2017年1月1日起至12月31日止"); a strong opening phrase
  ("2016年,伊春区政府信息公开工作…", "2020年,我单位…" as the first words of the text or of its first
  section).  Anonymised or missing years ("201x年", "xx年", "截至年12月31日") are never completed,
  publication dates ("发布日期:2021-01-19", a closing "2014年1月21日") are never used, and a year
  outside 2007–2035 is dropped.
* **agency** – as named: the title ("故城县教育局" + "2020年…报告"; "2019年上海市人民政府办公厅
  政府信息公开…"), the naming sentence, "由X编制…"/"X编制了…", the subject of an opening sentence
  ("市信访局依照…", "2019年,新华街道办事处高度重视…"), a signature line followed by a date.
  Pronouns (我局, 本机关, 本级政府…) and party bodies (区委区政府) are not names.  Repairs, all
  from the text itself:
  a bare "市/县/区…" name is completed when the text spells the full name ("市自然资源和规划局" +
  "《东阳市自然资源和规划局…》" → "东阳市自然资源和规划局"); a signature line that contains the
  name gives the full name ("建新镇" → "遂溪县建新镇人民政府"); a parent prefix whose place name was
  removed ("区人民政府北京街道办事处", spam removed before "区") is dropped; a report of a place
  ("伊春区2016年…报告", "东城区2011年…") names the place's people's government when the text names
  it ("伊春区人民政府"), else the bare place.
* **region** – :func:`region_of` the agency: its leading place name of county level or above
  (省/自治区/市/州/地区/盟/区/县/旗); None for "市信访局", "北京街道办事处".
* **aliases** – lower-case pinyin (no tones) of the region and of the agency's own sub-places, with
  and without the suffix and with an English suffix word ("kundulun", "kundulunqu", "kundulun
  district"); the short Chinese form of a 3+ character place (昆都仑区 → 昆区, 昆区信访局) and the
  short forms the text itself uses ("由昆区信访局编写"); English words for the agency type
  ("petitions bureau", "letters and visits bureau") alone and after the place pinyin; common
  Chinese abbreviations of the type (卫生健康委员会 → 卫健委).  The bare pinyin of a 街道 (named after a
  street: 北京街道 ≠ Beijing) is not an alias, only "beijing subdistrict"/"beijingjiedao".

``source_name`` is used only as a last resort for the title (and so for the agency and year read
from that title), when the file name itself is a Chinese report title ("昆都仑区信访局2023年政府信息公开工作年度报告.pdf"); ASCII file names such as the
corpus' "…_2020_…txt" are a curator's labels, not the report's words, and are ignored.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePath

from pypinyin import Style, lazy_pinyin

YEAR_MIN, YEAR_MAX = 2007, 2035

CJK = "\u3400-\u9fff"
_CJK_RUN = re.compile(f"[{CJK}]+")

# --- place names --------------------------------------------------------------------------

# county level and above: the "region" of an agency
REGION_SUFFIXES = ("自治区", "自治州", "自治县", "地区", "省", "市", "州", "盟", "区", "县", "旗")
# below county level: sub-places that also get aliases
SUBPLACE_SUFFIXES = ("街道", "镇", "乡")
_STOP_CHARS = set("了的和在将对由与及为是把被从向于等其之各本我该全共每")
_REGION_RE = re.compile(rf"([{CJK}]{{1,8}}?)({'|'.join(REGION_SUFFIXES)})")
_SUBPLACE_RE = re.compile(rf"([{CJK}]{{1,8}}?)({'|'.join(SUBPLACE_SUFFIXES)})")

SUFFIX_PINYIN = {
    "省": ("sheng", "province"), "自治区": ("zizhiqu", "autonomous region"), "市": ("shi", "city"),
    "州": ("zhou", "prefecture"), "自治州": ("zizhizhou", "autonomous prefecture"),
    "地区": ("diqu", "prefecture"), "盟": ("meng", "league"), "区": ("qu", "district"),
    "县": ("xian", "county"), "自治县": ("zizhixian", "autonomous county"), "旗": ("qi", "banner"),
    "镇": ("zhen", "town"), "乡": ("xiang", "township"), "街道": ("jiedao", "subdistrict"),
}

# polyphones in place names that pypinyin gets wrong (longest match wins)
PINYIN_OVERRIDES = {
    "昆都仑": "kundulun", "都": "du",
    "长沙": "changsha", "长春": "changchun", "长治": "changzhi", "长宁": "changning", "长安": "changan",
    "长寿": "changshou", "长兴": "changxing", "长汀": "changting", "长乐": "changle", "长丰": "changfeng",
    "长垣": "changyuan", "长葛": "changge", "长岭": "changling", "长海": "changhai",
    "重庆": "chongqing", "厦门": "xiamen", "朝阳": "chaoyang", "六安": "luan", "六合": "luhe",
    "单县": "shanxian", "洪洞": "hongtong", "番禺": "panyu", "蚌埠": "bengbu", "亳州": "bozhou",
    "铅山": "yanshan", "乐清": "yueqing", "莘县": "shenxian", "东阿": "donge", "枞阳": "zongyang",
    "歙县": "shexian", "涡阳": "guoyang", "大埔": "dabu", "黄埔": "huangpu", "浚县": "xunxian",
    "句容": "jurong", "台州": "taizhou", "天台": "tiantai", "丽水": "lishui", "丽江": "lijiang",
}
_OVERRIDE_KEYS = sorted(PINYIN_OVERRIDES, key=len, reverse=True)

# --- agency types ---------------------------------------------------------------------------

# agency-type suffix -> English words (longest suffix first when matching)
AGENCY_TYPE_EN: dict[str, tuple[str, ...]] = {
    "人民政府办公厅": ("general office", "government general office"),
    "人民政府办公室": ("general office", "government office"),
    "政府办公室": ("general office", "government office"),
    "人民政府参事室": ("counsellors' office", "counselors office"),
    "法制办公室": ("legislative affairs office", "legal affairs office"),
    "街道办事处": ("subdistrict office", "street office"),
    "镇人民政府": ("town government", "people's government", "government"),
    "乡人民政府": ("township government", "people's government", "government"),
    "人民政府": ("people's government", "government"),
    "信访局": ("petitions bureau", "letters and visits bureau", "petition bureau"),
    "卫生健康委员会": ("health commission", "health and wellness commission"),
    "卫生和计划生育委员会": ("health and family planning commission", "health commission"),
    "财政局": ("finance bureau",),
    "教育体育局": ("education and sports bureau", "education bureau"),
    "教育局": ("education bureau",),
    "公安分局": ("public security bureau", "public security sub-bureau", "police"),
    "公安局": ("public security bureau", "police"),
    "自然资源和规划局": ("natural resources bureau", "natural resources and planning bureau"),
    "自然资源局": ("natural resources bureau",),
    "国土资源局": ("land and resources bureau",),
    "规划局": ("planning bureau",),
    "水务局": ("water bureau", "water affairs bureau"),
    "水利局": ("water resources bureau", "water bureau"),
    "文广新局": ("culture bureau", "culture, radio, television, press and publication bureau"),
    "招投标局": ("bidding bureau", "tendering bureau"),
    "科技工业商务信息化局": ("science and technology bureau", "commerce bureau",
                     "science, technology, industry, commerce and information technology bureau"),
    "民政局": ("civil affairs bureau",),
    "人力资源和社会保障局": ("human resources and social security bureau",),
    "生态环境局": ("ecology and environment bureau", "environment bureau"),
    "环境保护局": ("environmental protection bureau", "environment bureau"),
    "住房和城乡建设局": ("housing and urban-rural development bureau", "housing bureau"),
    "交通运输局": ("transport bureau",),
    "农业农村局": ("agriculture and rural affairs bureau", "agriculture bureau"),
    "市场监督管理局": ("market regulation bureau", "market supervision bureau"),
    "应急管理局": ("emergency management bureau",),
    "审计局": ("audit bureau",),
    "统计局": ("statistics bureau",),
    "司法局": ("justice bureau",),
    "商务局": ("commerce bureau",),
    "税务局": ("tax bureau", "taxation bureau"),
    "文化和旅游局": ("culture and tourism bureau",),
    "发展和改革委员会": ("development and reform commission",),
    "城市管理局": ("urban management bureau",),
    "医疗保障局": ("healthcare security bureau", "medical insurance bureau"),
    "退役军人事务局": ("veterans affairs bureau",),
    "林业局": ("forestry bureau",),
    "档案局": ("archives bureau",),
    "科学技术局": ("science and technology bureau",),
    "科技局": ("science and technology bureau",),
    "工业和信息化局": ("industry and information technology bureau",),
    "体育局": ("sports bureau",),
}
_TYPE_KEYS = sorted(AGENCY_TYPE_EN, key=len, reverse=True)

# agency-type suffix -> abbreviations used in Chinese text
AGENCY_TYPE_ZH_ABBR: dict[str, tuple[str, ...]] = {
    "卫生健康委员会": ("卫健委", "卫生健康委"),
    "发展和改革委员会": ("发改委",),
    "人民政府办公厅": ("政府办公厅",),
    "人民政府办公室": ("政府办公室", "政府办"),
    "人民政府": ("政府",),
    "教育体育局": ("教体局",),
    "人力资源和社会保障局": ("人社局",),
    "住房和城乡建设局": ("住建局",),
    "市场监督管理局": ("市场监管局",),
}

_AGENCY_END = re.compile(
    r"(?:局|委员会|委|办公厅|办公室|参事室|人民政府|政府|办事处|街道|镇|乡|区|县|市|州|旗|盟|中心)$"
)
_PRONOUN_START = tuple("我本该各全其此")
_LEAD_WORDS = re.compile(r"^(?:现向社会公布|特向社会公布|特向社会公开|向社会公布|现予公布|现公布|现将|特编制|编制了|公布|根据|由)+")


@dataclass
class ReportMeta:
    title: str | None = None
    agency: str | None = None
    region: str | None = None
    year: int | None = None
    aliases: list[str] = field(default_factory=list)


# --- public helpers -------------------------------------------------------------------------

def pinyin_of(name: str) -> str:
    """Toneless lower-case pinyin of a (place) name, syllables joined: 昆都仑 -> "kundulun",
    长沙 -> "changsha".  Non-Chinese characters are kept (lower-cased) except punctuation."""
    out: list[str] = []
    run = ""

    def flush() -> None:
        nonlocal run
        if run:
            out.extend(lazy_pinyin(run, style=Style.NORMAL, v_to_u=True))
            run = ""

    i = 0
    while i < len(name):
        for k in _OVERRIDE_KEYS:
            if name.startswith(k, i):
                flush()
                out.append(PINYIN_OVERRIDES[k])
                i += len(k)
                break
        else:
            run += name[i]
            i += 1
    flush()
    s = "".join(out).lower().replace("ü", "u")
    return re.sub(r"[^0-9a-z]", "", s)


def _split_place(name: str, pattern: re.Pattern[str]) -> tuple[str, str] | None:
    m = pattern.match(name)
    if not m:
        return None
    stem, suffix = m.group(1), m.group(2)
    if stem[0] in "市区县省州乡镇" or any(c in _STOP_CHARS for c in stem):
        return None
    end = m.end()
    # 广州 + 市: a 州 that is part of the name, not the suffix
    while end < len(name) and suffix in ("州", "区") and name[end] in "市区县" and end - m.start() < 10:
        stem, suffix = stem + suffix, name[end]
        end += 1
    return stem, suffix


def region_of(agency: str | None) -> str | None:
    """Leading place name (county level or above) of an agency or title:
    "昆都仑区信访局" -> "昆都仑区", "广州市信访局" -> "广州市", "伊春区" -> "伊春区";
    None for "市信访局", "区科技工业商务信息化局", "北京街道办事处"."""
    if not agency:
        return None
    agency = re.sub(r"^(?:\d{4}|[0-9xX]{2,4})年度?", "", agency.strip())
    sp = _split_place(agency, _REGION_RE)
    return sp[0] + sp[1] if sp else None


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
    if a.startswith(_PRONOUN_START) or "信息公开" in a or "政府信息" in a:
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
    return re.sub(r"\s+", "", s)


def _is_title(s: str) -> bool:
    return (
        ("信息公开" in s or "政务公开" in s)
        and bool(_TITLE_END.search(s))
        and 8 <= len(s) <= 60
        and not any(c in s for c in "。,;!?|")
        and not s.startswith(_SENTENCE_START)
    )


def _title_from_lines(lines: list[str]) -> str | None:
    for i, ln in enumerate(lines[:10]):
        if _HEADING_LINE.match(ln):
            break
        t = _title_norm(ln)
        if _is_title(t):
            return t
        if i + 1 < len(lines) and len(t) <= 30 and ":" not in ln and "。" not in ln and not _HEADING_LINE.match(lines[i + 1]):
            joined = t + _title_norm(lines[i + 1])
            if len(_title_norm(lines[i + 1])) <= 40 and _is_title(joined):
                return joined
    return None


_YEAR_TOKEN = r"(?:\d{4}|\d{2,3}[xX×]|[xX×]{2,4})"
_NAMING = re.compile(
    r"(?:现向社会公布|特向社会公布|特向社会公开|向社会公布|现予公布|现公布|现将|特编制|编制了|编制的)"
    rf"(?P<named>(?P<pre>[^,。;:、\s《》“”]{{0,30}}?)(?P<year>{_YEAR_TOKEN})年度?"
    r"(?P<post>[^,。;:、\s《》“”]{0,30}?)(?:政府)?(?:信息公开|政务公开)"
    r"[^,。;:《》]{0,12}?(?:年度报告|工作报告|年报|报告))"
)
_BY_AGENCY = re.compile(rf"由(?P<a>[{CJK}]{{2,30}}?)(?:负责)?(?:编制|编写)")
_SUBJ_COMPILED = re.compile(rf"(?:^|[,。;])(?P<a>[{CJK}]{{2,30}}?)编制了")
_OPEN_VERBS = (
    "高度重视|认真|坚持|紧密|紧紧|深入|严格|按照|根据|依照|依据|始终|积极|进一步|围绕|全年|本年度|本年|"
    "今年|坚决|继续|不断|全面|大力|切实|扎实|着力|持续|结合|贯彻|把|以|在|共|主动|政府信息公开工作|政务公开工作"
)
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


# --- main -------------------------------------------------------------------------------------

def extract_metadata(text: str, source_name: str = "") -> ReportMeta:
    lines = _plain_lines(text)
    flat = "\n".join(lines)
    opening = "\n".join(lines[:12])[:3000]

    # title
    title = _title_from_lines(lines)
    naming = None
    naming_agency = None
    for m in _NAMING.finditer(opening):
        a = _clean_agency(m.group("pre")) or _clean_agency(m.group("post"))
        if naming is None:
            naming = m
        if a:
            naming, naming_agency = m, a
            break
    if title is None and naming is not None and naming_agency:
        title = re.sub(r"\s+", "", naming.group("named"))
    if title is None and source_name:
        stem = _title_norm(PurePath(source_name).name)
        if _CJK_RUN.search(stem) and _is_title(stem):
            title = stem

    # year
    year = _year_in(title)
    if year is None and naming is not None:
        year = _valid_year(naming.group("year"))
    if year is None:
        m = _STAT_PERIOD.search(opening) or _JAN_DEC.search(opening)
        year = _valid_year(m.group(1)) if m else None
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
                break

    # agency
    agency = None
    if title:
        m = re.match(rf"^(?P<pre>.*?){_YEAR_TOKEN}年度?(?P<post>.*?)(?:政府)?(?:信息公开|政务公开)", title)
        if m:
            agency = _clean_agency(m.group("pre")) or _clean_agency(m.group("post"))
    agency = agency or naming_agency
    if agency is None:
        m = _BY_AGENCY.search(opening) or _SUBJ_COMPILED.search(opening)
        agency = _clean_agency(m.group("a")) if m else None
    if agency is None:
        # the first words of the text or of a section near the top
        starts = lines[:2] + [ln for prev, ln in zip(lines[:14], lines[1:15]) if _HEADING_LINE.match(prev)]
        for ln in starts:
            if _HEADING_LINE.match(ln):
                continue
            m = _OPENING.match(ln)
            if m and (agency := _clean_agency(m.group("a"))):
                break
    sig = _signature(lines)
    if agency is None:
        agency = sig
    if agency:
        agency = _strip_parent(agency)
        agency = _complete_bare(agency, flat)
        if sig and agency != sig and agency in sig and region_of(sig):
            agency = sig
        if region_of(agency) == agency and agency + "人民政府" in flat:
            agency += "人民政府"  # a place's report: "伊春区" -> "伊春区人民政府" when the text names it

    region = region_of(agency)
    return ReportMeta(title=title, agency=agency, region=region, year=year,
                      aliases=make_aliases(agency, region, flat))


# --- aliases ------------------------------------------------------------------------------------

def _is_abbreviation(short: str, full: str) -> bool:
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    it = iter(full)
    return all(c in it for c in short)


def agency_type(agency: str) -> str | None:
    """The agency-type suffix known to :data:`AGENCY_TYPE_EN` ("信访局"), if any."""
    for k in _TYPE_KEYS:
        if agency.endswith(k):
            return k
    if "公安局" in agency and agency.endswith("分局"):
        return "公安分局"
    return None


def _place_aliases(stem: str, suffix: str, bare: bool = True) -> list[str]:
    p = pinyin_of(stem)
    if not p:
        return []
    sp, en = SUFFIX_PINYIN.get(suffix, ("", ""))
    out = []
    if bare and len(stem) >= 2:
        out.append(p)
    if sp:
        out.append(p + sp)
    if en:
        out.append(f"{p} {en}")
    return out


def make_aliases(agency: str | None, region: str | None, text: str = "") -> list[str]:
    out: list[str] = []
    places: list[tuple[str, str]] = []  # (stem, suffix)
    rest = agency or ""
    if region:
        sp = _split_place(region, _REGION_RE)
        if sp:
            places.append(sp)
            out += _place_aliases(*sp)
        if rest.startswith(region):
            rest = rest[len(region):]
        # a second, lower place level: 云栖市翠湖区人民政府 -> 翠湖区 too (pinyin and Chinese)
        inner = _split_place(rest, _REGION_RE) if rest else None
        if inner and inner[1] in ("区", "县", "市", "旗") and len(inner[0]) >= 2:
            out += _place_aliases(*inner) + [inner[0] + inner[1], inner[0]]
            rest = rest[len(inner[0] + inner[1]):]
    # sub-places inside the agency: 桂花街道, 江湾镇; 公安局龙华分局 -> 龙华
    sub = _split_place(rest, _SUBPLACE_RE) if rest else None
    if sub:
        out += _place_aliases(sub[0], sub[1], bare=sub[1] != "街道")
    m = re.search(rf"公安局([{CJK}]{{2,4}}?)分局$", rest)
    if m:
        out.append(pinyin_of(m.group(1)))

    # English agency type, alone and after the place pinyin
    if agency:
        t = agency_type(agency)
        if t:
            hp = places[0] if places else sub
            # place pinyin before the English type; a one-character stem keeps its suffix (daoxian)
            head = "" if not hp else pinyin_of(hp[0]) if len(hp[0]) >= 2 else pinyin_of(hp[0] + hp[1])
            for en in AGENCY_TYPE_EN[t]:
                out.append(en)
                if head:
                    out.append(f"{head} {en}")
            base = agency[: -len(t)] if agency.endswith(t) else None
            for zh in AGENCY_TYPE_ZH_ABBR.get(t, ()):
                if base:
                    out.append(base + zh)

    # Chinese short forms of the region: 昆都仑区 -> 昆区, 昆区信访局
    if region and places:
        stem, suffix = places[0]
        shorts = set()
        if len(stem) >= 3:
            shorts.add(stem[0] + suffix)
        type_rest = agency[len(region):] if agency and agency.startswith(region) else ""
        if text and type_rest:
            for m in re.finditer(re.escape(type_rest), text):
                for k in range(2, len(region)):
                    cand = text[max(0, m.start() - k) : m.start()]
                    if _is_abbreviation(cand, region):
                        shorts.add(cand)
        for s in sorted(shorts):
            out.append(s)
            if type_rest:
                out.append(s + type_rest)

    seen: set[str] = set()
    result = []
    for a in out:
        a = a.strip().lower()
        if a and a not in seen and a != agency and a != region:
            seen.add(a)
            result.append(a)
    return result
