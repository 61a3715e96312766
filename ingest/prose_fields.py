"""Contact fields and dates stated in a report's prose (kinds ``contact`` and ``date``); see
``ingest.prose`` for the conventions (cleaned-text offsets, the clause as quote) and
``assistant/core/data/prose.toml`` for the vocabulary."""

from __future__ import annotations

import re

from assistant.core.prose import PROSE
from assistant.core.text import halfwidth, to_simplified, unify_radicals
from ingest.prose import ProseFact, clause_around, prose_lines, text_lines

# ---------------------------------------------------------------------------------------------
# contact fields

_VALUE = {
    "phone": r"(?:\(?0\d{2,3}\)?[-－—]?\s?)?\d{7,8}(?!\d)(?:[-转]\d{1,5})?|1[3-9]\d{9}(?!\d)|12\d{3}(?!\d)",
    "email": r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+",
    "postcode": r"\d{6}(?!\d)",
    "url": r"(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?:/[A-Za-z0-9_\-./?=&%#]*)?",
    "text": r"[^,，;；。\n|)）]{2,40}",
}
# key, an optional bracket ("电话(传真):"), then 为/是 or a colon; a text value needs the colon
_SEP = r"[)）]?(?:[(（][^()（）]{1,6}[)）])?\s*(?:为|是)?\s*[:：]?\s*"  # "电话(传真):" names both
_SEP_TEXT = r"(?:[(（][^()（）]{1,6}[)）])?\s*[:：]\s*"
_DASHES = re.compile(r"[－—–‐]")
_ALL_KEYS = sorted({k for f in PROSE.contact for k in f.keys}, key=len, reverse=True)
_NEXT_KEY = re.compile("|".join(re.escape(k) for k in _ALL_KEYS))
_EMAIL = re.compile(_VALUE["email"])
_EMAIL_AROUND = re.compile(r"@\S|\S@")
_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?::\d+)?(?:/[A-Za-z0-9_\-./?=&%#]*)?")
_OFFICE = re.compile(
    "(?:" + "|".join(re.escape(w) for w in PROSE.office_before) + r")(?P<v>[^,，。;；:：()（）\s]{2,30}?)"
    "(?:" + "|".join(re.escape(w) for w in PROSE.office_after) + ")"
)

# the subject of "…,X(…)编制了《…》": a clause start, the name, an optional bracket, the verb and its object
_COMPILED = re.compile(
    r"(?:^|[,，。;；:：])\s*(?P<v>[^,，。;；:：()（）\s《》]{2,30}?)(?:[(（][^()（）]{0,60}[)）])?"
    "(?:" + "|".join(re.escape(w) for w in PROSE.compiled_verbs) + ")"
    r"(?:《[^《》]{0,80}?)?(?:" + "|".join(re.escape(w) for w in PROSE.compiled_objects) + ")",
    re.M,
)


def extract_contacts(text: str) -> list[ProseFact]:
    out: list[ProseFact] = []
    seen: set[tuple[str, int]] = set()
    for line in prose_lines(text):
        for f in PROSE.contact:
            keys = "|".join(re.escape(k) for k in f.keys)
            sep = _SEP_TEXT if f.value == "text" else _SEP
            for m in re.finditer(rf"(?:{keys}){sep}(?P<v>{_VALUE[f.value]})", text[line[0] : line[1]]):
                s, e = line[0] + m.start("v"), line[0] + m.end("v")
                value = text[s:e]
                if f.value == "text":
                    nk = _NEXT_KEY.search(value)
                    if nk and nk.start() > 0:
                        value = value[: nk.start()]
                    value = value.rstrip(" (（、")
                    e = s + len(value)
                    if f.must_have and not any(w in value for w in f.must_have):
                        continue
                    if f.zh == "联系人" and len(value) > 10:
                        continue
                if f.value == "url" and not re.search(r"[A-Za-z]", value):
                    continue
                if not value.strip() or (f.zh, s) in seen:
                    continue
                seen.add((f.zh, s))
                out.append(_contact(text, f.zh, f.en, value, s, e, line))
        # an e-mail address or a web address without its label
        for zh, rx in (("电子邮箱", _EMAIL), ("网址", _URL)):
            for m in rx.finditer(text, *line):
                if (zh, m.start()) in seen or any(o.span[0] <= m.start() < o.span[1] for o in out):
                    continue
                if zh == "网址" and _EMAIL_AROUND.search(text, max(line[0], m.start() - 1), m.end() + 1):
                    continue
                f = PROSE.contact_field(zh)
                seen.add((zh, m.start()))
                out.append(_contact(text, f.zh, f.en, m.group().rstrip("./"), m.start(), m.end(), line))
        # "如对本报告有疑问,请与X联系" / "本报告由X编制": the office responsible
        # (and "X编制了《…年度报告》": the body that compiled the report)
        for m, f in [(m, PROSE.contact_field(zh)) for zh, rx in (("负责机构", _OFFICE), ("编制单位", _COMPILED))
                     for m in rx.finditer(text, *line)]:
            if (f.zh, m.start("v")) not in seen and any(w in m.group("v") for w in f.must_have) \
                    and not m.group("v").startswith(("我", "本")):  # "我局编制了…" names no one
                seen.add((f.zh, m.start("v")))
                out.append(_contact(text, f.zh, f.en, m.group("v"), m.start("v"), m.end("v"), line))
    return out


_CONTACT_QUOTE_MAX = 100  # a contact sentence this short is quoted whole ("…联系(地址:…,电话:…)"), else the clause


def _contact(text: str, zh: str, en: str, value: str, s: int, e: int, line: tuple[int, int]) -> ProseFact:
    qa, qb = clause_around(text, s, e, line)
    sa = max(line[0], max(text.rfind(c, line[0], s) for c in "。！？!?") + 1)
    sb = min((i + 1 for i in (text.find(c, e, line[1]) for c in "。！？!?") if i >= 0), default=line[1])
    while sa < s and text[sa].isspace():
        sa += 1
    if sb - sa <= _CONTACT_QUOTE_MAX:
        qa, qb = sa, sb
    value = _DASHES.sub("-", value.strip()) if zh in ("电话", "热线", "传真") else value.strip()
    return ProseFact(kind="contact", row=zh, value=None, text_value=value, unit="", raw=text[s:e],
                     span=(s, e), quote_span=(qa, qb), en=en)


# ---------------------------------------------------------------------------------------------
# dates

_DATE = r"(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
_DATE_ISO = r"\d{4}[-./]\d{1,2}[-./]\d{1,2}"
_DATE_ALONE = re.compile(rf"\s*(?P<v>{_DATE})\s*")  # used with .fullmatch(text, a, b)
_DATE_KEYED = re.compile(
    "(?:" + "|".join(re.escape(k) for k in PROSE.date_keys) + rf")\s*[:：]\s*\|?\s*(?P<v>{_DATE}|{_DATE_ISO})"
)
_DATE_ANY = re.compile(rf"{_DATE}|{_DATE_ISO}")
_MONTH_DAY = r"(?:\d{1,2}\s*月\s*\d{1,2}\s*日)"
_PERIOD = re.compile(
    "(?:" + "|".join(re.escape(k) for k in PROSE.period_keys) + r")[^。\n]{0,8}?"
    rf"(?P<v>{_DATE}[^。\n\d]{{0,4}}?(?:至|到|-|—)\s*(?:{_DATE}|{_MONTH_DAY}))"
)


def extract_dates(text: str) -> list[ProseFact]:
    out: list[ProseFact] = []
    for a, b in text_lines(text):  # keyed dates, also in a page's metadata table ("生成日期: | 2022-01-28")
        m = _DATE_KEYED.search(text, a, b)
        span = (m.start("v"), m.end("v")) if m else None
        if span is None and any(c in text[a:b] for c in PROSE.date_line_cues) and len(text[a:b]) < 120:
            d = _DATE_ANY.search(text, a, b)
            span = (d.start(), d.end()) if d else None
        if span:
            out.append(_date(text, *span, clause_around(text, *span, (a, b))))
    tail = [ln for ln in text_lines(text) if text[ln[0] : ln[1]].strip()][-PROSE.signature_lines :]
    for a, b in reversed(tail):
        m = _DATE_ALONE.fullmatch(text, a, b)
        if m and not any(o.span == (m.start("v"), m.end("v")) for o in out):
            out.append(_date(text, m.start("v"), m.end("v"), (m.start("v"), m.end("v"))))
            break
    for a, b in prose_lines(text):
        for m in _PERIOD.finditer(text, a, b):
            s, e = m.start("v"), m.end("v")
            qa, qb = clause_around(text, m.start(), e, (a, b))
            out.append(ProseFact(kind="date", row=PROSE.period_zh, value=None, text_value=re.sub(r"\s+", "", text[s:e]),
                                 unit="", raw=text[s:e], span=(s, e), quote_span=(qa, qb), en=PROSE.period_en))
    return out


def extract_original_dates(original: str) -> list[ProseFact]:
    """Labelled dates of the *original* text ("发布时间:2017-09-13阅读次数:…" in a web page's header): cleaning
    drops such lines as boilerplate, yet they date the publication.  Offsets are original-text offsets (the
    normalisation used here maps one character to one)."""
    text = halfwidth(to_simplified(unify_radicals(original)))
    out: list[ProseFact] = []
    for a, b in text_lines(text):
        m = _DATE_KEYED.search(text, a, b)
        if m:
            s, e = m.start("v"), m.end("v")
            out.append(_date(text, s, e, (m.start(), e)))
    return out


def _date(text: str, s: int, e: int, quote: tuple[int, int]) -> ProseFact:
    value = re.sub(r"\s+", "", text[s:e])
    return ProseFact(kind="date", row=PROSE.date_zh, value=None, text_value=value, unit="", raw=text[s:e],
                     span=(s, e), quote_span=quote, en=PROSE.date_en)
