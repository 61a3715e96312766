"""Contact fields and dates stated in a report's prose (kinds ``contact`` and ``date``); see
``ingest.prose`` for the conventions (cleaned-text offsets, the clause as quote) and
``assistant/core/data/prose.toml`` for the vocabulary."""

from __future__ import annotations

import re

from assistant.core.prose import PROSE
from assistant.core.text import halfwidth, to_simplified, unify_radicals
from ingest.prose import ProseFact
from ingest.prose_clauses import clause_around, prose_lines, text_lines

# ---------------------------------------------------------------------------------------------
# contact fields

_VALUE = {
    "phone": r"(?:\(?0\d{2,3}\)?[-－—]?\s?)?\d{7,8}(?!\d)(?:[-转]\d{1,5})?|1[3-9]\d{9}(?!\d)|12\d{3}(?!\d)",
    "email": r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+",
    "postcode": r"\d{6}(?!\d)",
    "url": r"(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?:/[A-Za-z0-9_\-./?=&%#]*)?",
    "text": r"[^,，;；。\n|)）]{2,40}",
    # a page header's index number (索引号: "001008006002085/2021-140543", "11330681MB1234567X/2021-00012"): letters,
    # digits and the separators of such codes, at least one digit
    "code": r"(?=[A-Za-z0-9\-/_.]*\d)[A-Za-z0-9][A-Za-z0-9\-/_.]{4,60}(?<![-/_.])",
    # a document number (文号: "青政发〔2019〕5号", "青办函[2021]12号")
    "docno": r"[\u4e00-\u9fff]{1,12}\s*[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号",
}
# key, an optional bracket ("电话(传真):"), then 为/是 or a colon; a text value needs the colon
_SEP = r"[)）]?(?:[(（][^()（）]{1,6}[)）])?\s*(?:为|是)?\s*[:：]?\s*"  # "电话(传真):" names both
_SEP_TEXT = r"(?:[(（][^()（）]{1,6}[)）])?\s*[:：]\s*"
_DASHES = re.compile(r"[－—–‐]")
_ALL_KEYS = sorted({k for f in PROSE.contact for k in f.keys}, key=len, reverse=True)
_NEXT_KEY = re.compile("|".join(re.escape(k) for k in _ALL_KEYS))
_EMAIL = re.compile(_VALUE["email"])
_EMAIL_AROUND = re.compile(r"@\S|\S@")
# (a copy may break a web address after its "www. ": "(www. xizang.gov.cn)" is one address)
_URL = re.compile(r"(?:https?://|www\.(?: (?=[A-Za-z0-9\-]+\.[A-Za-z]))?)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?::\d+)?(?:/[A-Za-z0-9_\-./?=&%#]*)?")
_OFFICE = re.compile(
    "(?:" + "|".join(re.escape(w) for w in PROSE.office_before) + r")(?P<v>[^,，。;；:：()（）\s]{2,30}?)"
    "(?:" + "|".join(re.escape(w) for w in PROSE.office_after) + ")"
)
# "请联系X(电话:…)", "请联系:X,地址:…", "请联系X。": the office named right after the lead, to its clause's end
_OFFICE_LEAD = re.compile(
    "(?:" + "|".join(re.escape(w) for w in PROSE.office_lead) + r")[:：]?\s*(?P<v>[^,，。;；:：()（）\s\d]{3,30})(?=[,，。;；()（）]|$)",
    re.M,
)

# the subject of "…,X(…)编制了《…》" / "X编制了县教育局2020年…年度报告": a clause start, the name, an optional bracket,
# the verb and its object (a title, or the report's name without title marks: not "年度报告的通知", "年度报告工作")
_OBJECT = ("(?:" + "|".join(re.escape(w) for w in PROSE.compiled_objects) + ")"
           "|[^,，。;；:：《》()（）]{0,40}?(?:" + "|".join(re.escape(w) for w in PROSE.compiled_report_names) + ")"
           "(?![的工编格有》])")
_COMPILED = re.compile(
    r"(?:^|[,，。;；:：])\s*(?P<v>[^,，。;；:：()（）\s《》]{2,30}?)(?:[(（][^()（）]{0,60}[)）])?"
    "(?:" + "|".join(re.escape(w) for w in PROSE.compiled_verbs) + ")"
    rf"(?:(?:《[^《》]{{0,80}}?)?(?:{_OBJECT}))",
    re.M,
)
# "X在…基础上,编制本报告", "X根据…要求,编制了《…年度报告》": the subject, what it did first, then (after a comma) the
# verb and the report
_COMPILED_AFTER = re.compile(
    r"(?:^|[,，。;；:：])\s*(?P<v>[^,，。;；:：()（）\s《》]{2,30}?)"
    "(?:" + "|".join(re.escape(w) for w in PROSE.compiler_first) + ")"
    r"[^。；;\n]{0,80}?[,，]\s*(?:特|认真|组织)?"
    "(?:" + "|".join(re.escape(w) for w in PROSE.compiled_verbs) + ")"
    rf"(?:(?:《[^《》]{{0,80}}?)?(?:{_OBJECT}))",
    re.M,
)
# a subject that is the frame of the sentence, not a body ("按照市政府办公室关于编制年度报告的通知")
_NOT_SUBJECT = re.compile("|".join(re.escape(w) for w in PROSE.compiler_not_subject) or "(?!)")

# "本报告由X(负责)编制", "本年度报告是由X编写的": X compiled the report (编制单位) — as well as being the office
# responsible (_OFFICE); only where the subject is the report itself ("由各部门编制的目录" names no compiler of it)
_BY_COMPILER = re.compile(
    r"(?:报告|年报)(?:是|均)?由(?P<v>[^,，。;；:：()（）\s《》]{2,30}?)(?:负责|牵头|组织)?"
    "(?:" + "|".join(re.escape(w) for w in PROSE.compiled_verbs) + ")"
)

# "本报告由X根据…要求,汇总…编制而成", "…年度报告是根据…,由X综合各…年度报告编制而成": the report (not "报告期内", not
# "报告中的数据") the subject, then, straight after it or after a clause of its own, 由 and its agent X
_BY_REPORT = re.compile(r"(?:报告|年报)(?![期中内所])(?:[^。！？!?\n]{0,120}?[,，])?\s*(?:是|均|系)?由")
_COMPILER_LEAD = re.compile("|".join(re.escape(w) for w in PROSE.compiler_leads) or "(?!)")
_COMPILER_END = re.compile("|".join(re.escape(w) for w in PROSE.compiler_ends) or "(?!)")
_NAME_CHAR = re.compile(r"[^,，。;；:：()（）\s《》、!?！？]")
_NAME_ENDS = re.compile(r"[部局处科办委厅室]")  # a lead word followed by one was part of the name ("县委组织部")


def _compilers_by_report(text: str, line: tuple[int, int], must_have) -> list[tuple[int, int]]:
    """Spans of X in "本报告由X<lead>…<end>" of one line: the shortest name after 由 that a lead word follows (what X
    did first: 根据, 综合, 汇总, 在…基础上, 会同 …), that names an office (`must_have`), with a compiling verb (编制,
    汇编, 形成 …) later in its sentence."""
    out = []
    for m in _BY_REPORT.finditer(text, *line):
        p = m.end()
        stop = next((i for i in range(p, min(line[1], p + 31)) if not _NAME_CHAR.match(text, i)), min(line[1], p + 31))
        end_of_sentence = min((i for i in (text.find(c, p, line[1]) for c in "。！？!?") if i >= 0), default=line[1])
        for k in range(p + 2, stop):
            lead = _COMPILER_LEAD.match(text, k)
            if lead is None or _NAME_ENDS.match(text, lead.end()):
                continue
            if any(w in text[p:k] for w in must_have) and _COMPILER_END.search(text, k, min(end_of_sentence, k + 200)):
                out.append((p, k))
                break
    return out


def _keyed(text: str, line: tuple[int, int], fields, seen: set, header: bool = False) -> list[ProseFact]:
    """"key: value" fields of one line ("电话:0523-…", "发布机构:X 发布日期:…"); a header line's field is quoted from
    its key to its value, not with the other fields of the line."""
    out: list[ProseFact] = []
    for f in fields:
        keys = "|".join(re.escape(k) for k in f.keys)
        sep = _SEP_TEXT if f.value == "text" else _SEP
        lead = ""
        if f.header:  # a page header's field: on a short line, its key a word of its own ("资金来源:…" is no 来源)
            if line[1] - line[0] >= _HEADER_LINE_MAX:
                continue
            lead = r"(?<![\u4e00-\u9fff])"
        for m in re.finditer(rf"{lead}(?:{keys}){sep}(?P<v>{_VALUE[f.value]})", text[line[0] : line[1]]):
            s, e = line[0] + m.start("v"), line[0] + m.end("v")
            value = text[s:e]
            if f.value == "text":
                nk = _NEXT_HEADER_KEY.search(value)
                if nk:
                    value = value[: nk.start()]
                if any(w in value for w in f.must_not):  # before a key word inside it cuts it ("…门户网站")
                    continue
                nk = _NEXT_KEY.search(value)
                # (a key word ending the value has no value of its own: "来源:X人民政府网站" is one name)
                if nk and nk.start() > 0 and value[nk.end():].strip(" 。.;；,，"):
                    value = value[: nk.start()]
                value = value.rstrip(" (（、")
                e = s + len(value)
                if not _text_fits(f, value):
                    continue
                if f.zh == "联系人" and len(value) > 10:
                    continue
            if f.value == "url" and not re.search(r"[A-Za-z]", value):
                continue
            if not value.strip() or (f.zh, s) in seen:
                continue
            seen.add((f.zh, s))
            out.append(_contact(text, f.zh, f.en, value, s, e, line, quote=(line[0] + m.start(), e) if header else None))
    return out


def extract_original_contacts(original: str) -> list[ProseFact]:
    """Fields of a web page's header lines that the cleaning drops as boilerplate ("发布者:区教体局  发布日期:…",
    "来源: 市政府办公厅  发布时间:…", "发布机构 | 市政府办 | 发文日期 | …"): the fields marked ``header`` in the
    vocabulary (the publishing office).  Offsets are original-text offsets (one character maps to one)."""
    text = halfwidth(to_simplified(unify_radicals(original)))
    fields = [f for f in PROSE.contact if f.header]
    out: list[ProseFact] = []
    seen: set[tuple[str, int]] = set()
    for a, b in text_lines(text):
        if b - a < _HEADER_LINE_MAX:
            out += _keyed(text, (a, b), fields, seen, header=True) if "|" not in text[a:b] \
                else _cell_contacts(text, (a, b), seen, fields)
    return out


def extract_contacts(text: str) -> list[ProseFact]:
    out: list[ProseFact] = []
    seen: set[tuple[str, int]] = set()
    for line in prose_lines(text):
        out += _keyed(text, line, PROSE.contact, seen)
        # an e-mail address or a web address without its label
        for zh, rx in (("电子邮箱", _EMAIL), ("网址", _URL)):
            for m in rx.finditer(text, *line):
                if (zh, m.start()) in seen or any(o.span[0] <= m.start() < o.span[1] for o in out):
                    continue
                if zh == "网址" and _EMAIL_AROUND.search(text, max(line[0], m.start() - 1), m.end() + 1):
                    continue
                f = PROSE.contact_field(zh)
                seen.add((zh, m.start()))
                out.append(_contact(text, f.zh, f.en, m.group().rstrip("./").replace(" ", ""), m.start(), m.end(), line))
        # "如对本报告有疑问,请与X联系" / "本报告由X编制": the office responsible
        # (and "X编制了《…年度报告》": the body that compiled the report)
        compiler = PROSE.contact_field("编制单位")
        # "本报告由X根据…汇总…编制而成": X ends where what it did starts — also for the office responsible of "由X…编制"
        by_report = {s: e for s, e in _compilers_by_report(text, line, compiler.must_have)
                     if not text.startswith(("我", "本", "各"), s)}  # "由各部门…" names no one body
        for m, f in [(m, PROSE.contact_field(zh)) for zh, rx in (("负责机构", _OFFICE), ("负责机构", _OFFICE_LEAD), ("编制单位", _COMPILED),
                                                                        ("编制单位", _COMPILED_AFTER), ("编制单位", _BY_COMPILER))
                     for m in rx.finditer(text, *line)]:
            s, e = m.span("v")
            e = min(e, by_report.get(s, e))
            if (f.zh, s) not in seen and any(w in text[s:e] for w in f.must_have) \
                    and not text.startswith(("我", "本"), s) and not _NOT_SUBJECT.search(text, s, e) \
                    and not (f.zh == "编制单位" and text.startswith("由", s)):  # "我局编制了…" names no one; "由X编制的": _BY_REPORT's
                seen.add((f.zh, s))
                out.append(_contact(text, f.zh, f.en, text[s:e], s, e, line))
        for s, e in by_report.items():
            if (compiler.zh, s) not in seen:
                seen.add((compiler.zh, s))
                out.append(_contact(text, compiler.zh, compiler.en, text[s:e], s, e, line))
    for a, b in text_lines(text):  # a page's metadata table: "发布机构 | 市政府办 | 发文日期 | 2018-02-28 |"
        if "|" in text[a:b]:
            out += _cell_contacts(text, (a, b), seen)
    return out + publisher_lines(text)


# a line that is only an organisation's name: Chinese characters (a bracketed other name allowed), its end a word of
# the vocabulary's office_line_ends ("青禾县人民政府办公室"; not "一、概述", "2017年3月", "政府信息公开工作年度报告")
_OFFICE_LINE = re.compile(
    r"\s*(?P<v>[\u4e00-\u9fff]{1,28}(?:" + "|".join(re.escape(w) for w in PROSE.office_line_ends) + r"))"
    r"(?:[(（][\u4e00-\u9fff]{2,20}[)）])?\s*"
)


def publisher_lines(text: str) -> list[ProseFact]:
    """The publishing office (发布机构) named on a line of its own under the title ("青禾县样例局2016年…年度报告" /
    "青禾县人民政府办公室" / "2017年3月") or beside the closing date (the signature block), quoted by that line. A
    name line beside neither (a heading, the first line of a title split over lines) names no publisher."""
    f = PROSE.contact_field("发布机构")
    lines = [ln for ln in text_lines(text) if text[ln[0] : ln[1]].strip()]
    head = _head(text, lines)
    tail = lines[-PROSE.signature_lines :]
    out: list[ProseFact] = []
    for i, (a, b) in enumerate(lines):
        in_head, in_tail = (a, b) in head, (a, b) in tail
        if not (in_head or in_tail):
            continue
        m = _OFFICE_LINE.fullmatch(text, a, b)
        if m is None or any(w in m.group("v") for w in f.must_not):
            continue
        near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        dated = any(_DATE_ALONE.fullmatch(text, *ln) for ln in near)
        titled = in_head and i > 0 and any(w in text[lines[i - 1][0] : lines[i - 1][1]] for w in PROSE.title_words)
        if dated or titled:
            s, e = m.span("v")
            out.append(_contact(text, f.zh, f.en, m.group("v"), s, e, (a, b), quote=(s, len(text[:b].rstrip()))))
    return out


# a value of a header line ends where the next "key:" starts after a space ("发布机构:X 发布日期:2020-01-03") or at a
# run of spaces
_NEXT_HEADER_KEY = re.compile(r"\s+[\u4e00-\u9fff][\u4e00-\u9fff ]{0,7}[:：]|\s{2,}|\t")
# "key | value |" or "| key: | value |": a field in a table cell, its value in the next cell (looked at, not taken:
# an empty field's next cell is the next key, "| 文 号: | 主题分类: | 年度工作报告 |", whose own field is read next)
_CELL_KEY = re.compile(
    r"(?:^|(?<=\|))\s*(?P<k>" + "|".join(re.escape(k) for k in _ALL_KEYS) + r")\s*[:：]?\s*\|(?=\s*(?P<v>[^|\n]*?)\s*(?:\||$))", re.M
)


def _text_fits(f, value: str) -> bool:
    return (not f.must_have or any(w in value for w in f.must_have)) and not any(w in value for w in f.must_not)


def _cell_contacts(text: str, line: tuple[int, int], seen: set, fields=PROSE.contact) -> list[ProseFact]:
    """Contact fields written as table cells of a line: "key | value |", "| key: | value |"."""
    out: list[ProseFact] = []
    for m in _CELL_KEY.finditer(text, *line):
        f = next((c for c in fields if m.group("k") in c.keys), None)
        value = m.group("v")
        if f is None or not value or (f.zh, m.start("v")) in seen or value.endswith((":", "：")):
            continue  # (a cell ending in a colon is the next field's key: this field is empty)
        if f.value == "text":
            if len(value) > 40 or not _text_fits(f, value):
                continue
        elif not re.fullmatch(_VALUE[f.value], value):
            continue
        seen.add((f.zh, m.start("v")))
        s, e = m.start("v"), m.end("v")
        # the quote is the row of the table from the key to the value
        out.append(_contact(text, f.zh, f.en, value, s, e, line, quote=(m.start("k"), e)))
    return out


_CONTACT_QUOTE_MAX = 100  # a contact sentence this short is quoted whole ("…联系(地址:…,电话:…)"), else the clause


def _contact(text: str, zh: str, en: str, value: str, s: int, e: int, line: tuple[int, int],
             quote: tuple[int, int] | None = None) -> ProseFact:
    value = _DASHES.sub("-", value.strip()) if zh in ("电话", "热线", "传真") else value.strip()
    if quote is not None:
        return ProseFact(kind="contact", row=zh, value=None, text_value=value, unit="", raw=text[s:e],
                         span=(s, e), quote_span=quote, en=en)
    qa, qb = clause_around(text, s, e, line)
    sa = max(line[0], max(text.rfind(c, line[0], s) for c in "。！？!?") + 1)
    sb = min((i + 1 for i in (text.find(c, e, line[1]) for c in "。！？!?") if i >= 0), default=line[1])
    while sa < s and text[sa].isspace():
        sa += 1
    if sb - sa <= _CONTACT_QUOTE_MAX:
        qa, qb = sa, sb
    return ProseFact(kind="contact", row=zh, value=None, text_value=value, unit="", raw=text[s:e],
                     span=(s, e), quote_span=(qa, qb), en=en)


# ---------------------------------------------------------------------------------------------
# dates

_DATE = r"(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
_DATE_ISO = r"\d{4}[-./]\d{1,2}[-./]\d{1,2}"
_DATE_YM = r"(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
# a date alone on a line (a signature, or under the title), also without its day ("二〇一七年三月")
_DATE_ALONE = re.compile(rf"\s*(?P<v>{_DATE}|{_DATE_YM}|{_DATE_ISO})\s*")  # used with .fullmatch(text, a, b)
# "发布日期:2011-06-30", "发文日期 | 2018-02-28 |" (a metadata table), "| 生成日期: | 2022-01-28 |"
# (the value may be bracketed: "发布时间：[2019-03-29]", "【2019-03-29】")
_DATE_KEYED = re.compile(
    "(?:" + "|".join(re.escape(k) for k in PROSE.date_keys) + rf")\s*(?:[:：]\s*\|?|\|)\s*[\[【]?\s*(?P<v>{_DATE}|{_DATE_ISO})"
)
# "时间：2019-03-29 16:20" on a page header's short line, 时间 a word of its own (not "会议时间:…")
_DATE_KEYED_HEADER = re.compile(
    rf"(?<![\u4e00-\u9fff])(?:{re.escape(PROSE.date_key_header) if PROSE.date_key_header else '(?!)'})\s*[:：]\s*[\[【]?\s*"
    rf"(?P<v>{_DATE}|{_DATE_ISO})")
_DATE_ANY = re.compile(rf"{_DATE}|{_DATE_ISO}")
_MONTH_DAY = r"(?:\d{1,2}\s*月\s*\d{1,2}\s*日)"
_PERIOD = re.compile(
    "(?:" + "|".join(re.escape(k) for k in PROSE.period_keys) + r")[^。\n]{0,8}?"
    rf"(?P<v>{_DATE}[^。\n\d]{{0,4}}?(?:至|到|-|—)\s*(?:{_DATE}|{_MONTH_DAY}))"
)
_HEADER_LINE_MAX = 120  # a page header's line ("2019-03-28 18:26  来源:…", "发布者:… 发布日期:… 浏览次数:…")


def _header_dates(text: str):
    """(value span, quote span) of each publication date a line labels ("发布日期:…", "发文日期 | …") or a page
    header's short line holds next to its cues ("… 2010年04月06日 来源:…")."""
    for a, b in text_lines(text):
        m = _DATE_KEYED.search(text, a, b)
        if m is None and b - a < _HEADER_LINE_MAX:
            m = _DATE_KEYED_HEADER.search(text, a, b)
        if m:
            yield (m.start("v"), m.end("v")), _date_quote(text, m.start(), m.end("v"), (a, b))
        elif any(c in text[a:b] for c in PROSE.date_line_cues) and len(text[a:b]) < _HEADER_LINE_MAX:
            d = _DATE_ANY.search(text, a, b)
            if d:
                yield (d.start(), d.end()), _date_quote(text, d.start(), d.end(), (a, b))


_FIELD_START = re.compile(r"[|,，;；。]|\s{2,}|\t")  # what separates the fields of a header line or the clauses of prose
_TIME_AFTER = re.compile(r"\s*\d{1,2}[:：时]\d{2}(?:[:：分]\d{2}秒?|分)?")


def _date_quote(text: str, s: int, e: int, line: tuple[int, int]) -> tuple[int, int]:
    """The quote of a header's date: its own field, from its key (or the field's start) to the date and the time
    written with it ("发布日期:2011-06-30 15:03:00", "发文日期 | 2018-02-28"), not the other fields of the line."""
    a = line[0]
    for m in _FIELD_START.finditer(text, line[0], s):
        a = m.end()
    while a < s and text[a].isspace():
        a += 1
    t = _TIME_AFTER.match(text, e, line[1])
    return a, t.end() if t else e


def _lone_date(text: str, lines) -> tuple[int, int] | None:
    for a, b in lines:
        m = _DATE_ALONE.fullmatch(text, a, b)
        if m:
            return m.start("v"), m.end("v")
    return None


def extract_dates(text: str) -> list[ProseFact]:
    out: list[ProseFact] = []
    for span, quote in _header_dates(text):  # keyed dates, also in a page's metadata table
        out.append(_date(text, *span, quote))
    lines = [ln for ln in text_lines(text) if text[ln[0] : ln[1]].strip()]
    # the signature's date (the last lines), else a date under the title (the first lines, before any prose)
    for group in (list(reversed(lines[-PROSE.signature_lines :])), _head(text, lines)):
        span = _lone_date(text, group)
        if span and not any(o.span == span for o in out):
            out.append(_date(text, *span, span))
            break
    for a, b in prose_lines(text):
        for m in _PERIOD.finditer(text, a, b):
            s, e = m.start("v"), m.end("v")
            qa, qb = clause_around(text, m.start(), e, (a, b))
            out.append(ProseFact(kind="date", row=PROSE.period_zh, value=None, text_value=re.sub(r"\s+", "", text[s:e]),
                                 unit="", raw=text[s:e], span=(s, e), quote_span=(qa, qb), en=PROSE.period_en))
    return out


def _head(text: str, lines) -> list[tuple[int, int]]:
    """The first lines of a text up to its first sentence (a line ending with 。 or longer than a title)."""
    out = []
    for a, b in lines[: PROSE.head_lines]:
        line = text[a:b].strip()
        if line.endswith("。") or len(line) > 60:
            break
        out.append((a, b))
    return out


def extract_original_dates(original: str) -> list[ProseFact]:
    """Publication dates of the *original* text's header lines ("發布日期:2011-06-30 15:03:00", "发布时间:2017-09-13
    阅读次数:…", "… 2010年04月06日 来源:…"): cleaning drops such lines as boilerplate, yet they date the publication.
    Offsets are original-text offsets (the normalisation used here maps one character to one)."""
    text = halfwidth(to_simplified(unify_radicals(original)))
    return [_date(text, *span, quote) for span, quote in _header_dates(text)]


def _date(text: str, s: int, e: int, quote: tuple[int, int]) -> ProseFact:
    value = re.sub(r"\s+", "", text[s:e])
    return ProseFact(kind="date", row=PROSE.date_zh, value=None, text_value=value, unit="", raw=text[s:e],
                     span=(s, e), quote_span=quote, en=PROSE.date_en)
