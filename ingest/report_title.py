"""The report's title from its lines, and what its head lines name: the title line(s) near the top (a site header
skipped, a mirror's domain, "2016年年" and a "年" lost at the line break repaired), a title at the start of the first
sentence, a 《…》 report title in the opening, the agency a title names and a header line naming the agency around
the title.  Used by ingest/metadata.py (the identity of a report) and ingest/filenames.py (a file name read as a title).
"""

from __future__ import annotations

import html
import re

from assistant.core.vocab import names_vocab
from ingest.agency_names import clean_agency
from ingest.places import region_of

V = names_vocab()


def plain_lines(text: str) -> list[str]:
    """The text's non-empty lines, markup removed and full-width punctuation made half-width."""
    if "<" in text and re.search(r"<[a-zA-Z/][^<>]*>", text):
        text = re.sub(r"<[a-zA-Z/][^<>]*>", "\n", text)
    text = html.unescape(text).replace("\u00a0", " ").replace("\u3000", " ")
    text = text.replace("，", ",").replace("；", ";").replace("：", ":")
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


# a numbered section heading ("一、", "(二)", "3.")
HEADING_LINE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*、|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|\d{1,2}\s*[.、．](?!\d))")


_TITLE_END = re.compile(r"(?:年度报告|工作报告|年报|报告|工作总结|总结)$")
_SENTENCE_START = ("根据", "本报告", "本年", "依据", "现将", "现向", "按照", "为", "本")
_FILE_EXT = re.compile(r"\.(?:docx?|pdf|wps|txt|html?)$", re.I)
_NAME_PREFIX = re.compile(r"^(?:名\s*称|标\s*题|中文名)\s*:\s*")


def title_norm(s: str) -> str:
    s = _NAME_PREFIX.sub("", s)
    s = _FILE_EXT.sub("", s.strip())
    s = re.sub(r"\s+", "", s)
    s = re.sub(r"^(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?=[\u3400-\u9fff])", "", s)  # a mirror's domain glued on
    s = re.sub(r"(\d{4})年年", r"\1年", s)  # "2016年年"
    # "…办公厅2022" + "政府信息公开…": the 年 lost at the line break
    return re.sub(r"(?<=[\u3400-\u9fff])(\d{4})(?=(?:政府)?(?:信息公开|政务公开))", r"\1年", s)


def is_title(s: str) -> bool:
    return (
        ("信息公开" in s or "政务公开" in s)
        and bool(_TITLE_END.search(s))
        and 8 <= len(s) <= 60
        and not any(c in s for c in "。,;!?|>:")
        and not s.startswith(_SENTENCE_START)
    )


def title_from_lines(lines: list[str]) -> str | None:
    for i, ln in enumerate(lines[:10]):
        if HEADING_LINE.match(ln):
            break
        t = title_norm(ln)
        if is_title(t):
            return t
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if nxt and is_title(title_norm(nxt)) and re.search(r"\d{4}", nxt) and not clean_agency(t):
            continue  # the next line is the title on its own (a site header before it)
        # a short line, or a long title's head wrapped by the page width (a web page's heading printed to PDF:
        # "…局2022年政府信息公开工作年度" + "报告")
        wrapped_head = bool(re.search(r"\d{4}年?(?:政府)?(?:信息公开|政务公开)", t))
        if nxt and (len(t) <= 30 or wrapped_head) and ":" not in ln and "。" not in ln and not HEADING_LINE.match(nxt):
            joined = title_norm(t + title_norm(lines[i + 1]))
            if len(title_norm(lines[i + 1])) <= 40 and is_title(joined):
                return joined
    return None


# a year in a title, anonymised ones too ("201x年"), and a school year's first year
YEAR_TOKEN = r"(?:\d{4}|\d{2,3}[xX×]|[xX×]{2,4})"
ACADEMIC = r"(?:\d{4}\s*[-—–至]\s*)?"  # "2018-2019学年": a school year is named by the year it ends
_QUOTED_TITLE = re.compile(r"《([^《》]{8,60})》")
TITLE_THEN_VERB = re.compile(r"^(?P<t>[^,。;:《》\s]{8,60}?(?:年度报告|工作报告|年报))(?:是|由|根据|依据|按照)")


def title_agency(title: str | None) -> str | None:
    """The agency a title names before or after its year ("青禾县样例局2022年政府信息公开…")."""
    if not title:
        return None
    m = re.match(rf"^(?P<pre>.*?){ACADEMIC}{YEAR_TOKEN}学?年?度?(?P<post>.*?)(?:政府)?(?:信息公开|政务公开)", title)
    if not m:
        return None
    return clean_agency(m.group("pre")) or clean_agency(m.group("post"))


def quoted_title(opening: str) -> str | None:
    """A report named in a 《…》 title inside the opening ("现向社会公开《东丽区2019年…年度报告》")."""
    for m in _QUOTED_TITLE.finditer(opening):
        t = title_norm(m.group(1))
        if is_title(t) and re.search(r"\d{4}年", t):
            return t
    return None


def header_agency(lines: list[str], text: str) -> str | None:
    """An agency named by a short line of its own around the title (a page or site header:
    "沧州市卫生健康委"; a name under the title).  When the text calls itself 本局/我办/我委…, the
    line whose name ends in that kind wins over a site header ("青禾市人民政府" above "青禾市样例局")."""
    cands = []
    for ln in lines[:8]:
        if HEADING_LINE.match(ln):
            break
        if is_title(title_norm(ln)):
            continue
        a = clean_agency(ln)
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

