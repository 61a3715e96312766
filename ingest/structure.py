"""Split a report's *cleaned* text into headed sections.

Input is ``clean(original).text`` (simplified, ASCII digits/parentheses, lines
left-stripped); all offsets are offsets in that cleaned text.  Map them back to
the original with :meth:`SectionSpan.to_section` (or ``CleanText.to_original``).

Headings (see ../shared/DOMAIN.md):

* level 1 ``一、总体情况`` (Chinese numeral + 、, also ``一 、``)
* level 2 ``(一)主动公开`` / ``（一）主动公开``
* level 3 ``1.``, ``1、``, ``1．`` + text

A heading is a line, or the start of a line up to its first ``。`` when body
text follows on the same line (``(一)探索建立标准化体系。制定…`` gives the
heading ``(一)探索建立标准化体系``).  In raw-HTML copies a block tag (``<p>``,
``<br>``, ``<div>``…) also starts a line; text inside ``<td>``/``<th>`` cells is
never a heading.

Not headings:

* anything on a line containing ``|`` (flattened table rows) or in an HTML cell;
* lines too long to be headings: more than ``MAX_HEADING_CHARS`` (32) characters
  of title after the enumerator on a line of its own, more than
  ``MAX_INLINE_HEADING_CHARS`` (25) before the ``。`` of a heading followed by
  body text and for any level-3 heading (``1、…`` list sentences); inline
  headings also may not contain digits ("1、2019年共公开信息20条。" is a
  sentence); titles of one character (a truncated "二、政"); lines ending like a
  sentence fragment (``,`` ``;`` ``、``);
* table-of-contents lines and list sentences: a title that contains a second
  enumerator (``一、概述,(一)…``) or starts with ``一是``/``二是``…;
* the row labels of the national standard tables (``一、本年新收政府信息公开申请
  数量``, ``(三)不予公开``, ``1.属于国家秘密``…), wherever they appear;
* in a 2019+ standard report, anything inside sections 二、三、四 (the tables,
  sometimes one cell per line) except the next standard section title: once a
  standard 二/三/四 heading is followed by standard-table labels (``第二十条``,
  ``本年新收``, ``结果维持``…), only a later standard title (``四、政府信息公开
  行政复议…`` after ``四、结转下年度继续办理``; matched by wording, so a
  mis-numbered "五、政府信息公开行政复议…" also ends it) ends the table zone.

Numbering may repeat or skip (two ``二、`` in one report); each is a heading.

Sections are a flat, contiguous partition of the text: each heading's section
runs to the next heading of any level, and its ``path`` is the chain of open
headings (``["五、存在的主要问题及改进情况", "(一)进京访形势依然严峻"]``); a
level-3 heading directly under a level-1 heading has a two-element path.  Text
before the first heading is a section with the empty path ``[]`` and level 0
(so its ``Section.label`` is ``""``); it is omitted when blank.  A text without
headings is one ``[]`` section.  Path labels are the heading text with
whitespace removed and trailing ``:``/``。`` dropped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.core.template import TEMPLATE
from assistant.core.text import CN_DIGITS, ENUM_ARABIC, ENUM_LEVEL1, ENUM_PAREN, ENUM_SHI, TAG, chinese_number, strip_enumerator

if TYPE_CHECKING:  # pragma: no cover
    from assistant.core.types import Section
    from ingest.clean import CleanText

MAX_HEADING_CHARS = 32  # title characters after the enumerator, level 1-2 heading on its own line
MAX_INLINE_HEADING_CHARS = 25  # same, for a heading followed by body text after "。", and for level 3

_LEVEL_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(ENUM_LEVEL1)),
    (2, re.compile(ENUM_PAREN)),
    (3, re.compile(ENUM_ARABIC)),
)

# HTML: block tags start a new "line"; cells are never headings
_TAG = TAG
_BLOCK_TAGS = {"p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
               "table", "tbody", "thead", "ul", "ol", "section"}
_CELL_TAGS = {"td", "th"}
_LEAD_SPACE = re.compile(r"(?:[ \t\u3000]|&nbsp;|&#160;)+")

_EMBEDDED_ENUM = re.compile(rf"{ENUM_PAREN}|[,，、;；:：][ \t]*{ENUM_LEVEL1}|^{ENUM_SHI}")
_CJK = re.compile(r"[\u3400-\u9fff]")

def _quote_variants(s: str) -> tuple[str, ...]:
    return (s, s.replace("“", '"').replace("”", '"'), s.replace("“", "").replace("”", ""))


# --- the 2019+ standard sections -----------------------------------------------------------

STANDARD_SECTIONS: tuple[str, ...] = tuple(s.zh for s in TEMPLATE.sections)

# labels that open the standard tables' contents (used to recognise a table zone)
_TABLE_MARKERS = TEMPLATE.table_markers

# row labels of 表三, after the enumerator, whitespace removed (from the template)
_TABLE_LABEL_PREFIX_L1 = tuple(r.prefix for r in TEMPLATE.t3_rows)
_TABLE_LABEL_L2 = {strip_enumerator(r.zh) for r in TEMPLATE.t3_row("三").children}
_LEAVES = [strip_enumerator(leaf.zh) for r in TEMPLATE.t3_row("三").children for leaf in r.children]
# a leaf is recognised by its words up to its first comma (the 其他处理 leaves go on at length);
# quotes around 三安全一稳定 vary between reports
_TABLE_LABEL_PREFIX_L3 = tuple(
    dict.fromkeys(v for leaf in _LEAVES if len(leaf) > 2 for v in _quote_variants(leaf.split("、")[0]))
)
_TABLE_LABEL_L3_EXACT = {leaf for leaf in _LEAVES if len(leaf) <= 2}


@dataclass
class SectionSpan:
    path: list[str]
    start: int
    end: int
    level: int  # 0 for the text before the first heading
    heading_end: int = field(default=-1, repr=False)  # end of the heading text (start if level 0)

    @property
    def heading(self) -> str | None:
        return self.path[-1] if self.path else None

    @property
    def label(self) -> str:
        return " > ".join(self.path)

    def to_section(self, clean: "CleanText") -> "Section":
        """The same section with offsets mapped into the original text."""
        from assistant.core.types import Section

        s, e = clean.to_original(self.start, self.end)
        return Section(path=list(self.path), start=s, end=e)


@dataclass
class _Candidate:
    level: int
    number: int
    label: str  # normalised heading text, enumerator included
    title: str  # text after the enumerator, normalised
    start: int
    end: int  # end of the heading text


def cn_number(s: str) -> int:
    """一..九十九 -> int (0 if not a Chinese numeral of the heading kind)."""
    if not s or any(c not in CN_DIGITS for c in s):
        return 0
    return chinese_number(s) or 0


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _segments(text: str):
    """Yield (start, end, in_cell) for every line, and in HTML every block between tags."""
    pos = 0
    for line in text.split("\n"):
        lstart, lend = pos, pos + len(line)
        pos = lend + 1
        if "<" not in line:
            yield lstart, lend, False
            continue
        seg_start, in_cell = lstart, False
        for m in _TAG.finditer(line):
            name = m.group(2).lower()
            if name not in _BLOCK_TAGS:
                continue
            yield seg_start, lstart + m.start(), in_cell
            seg_start = lstart + m.end()
            if name in _CELL_TAGS:
                in_cell = not m.group(1)
            elif name in ("tr", "table", "tbody", "thead"):
                in_cell = False
        yield seg_start, lend, in_cell


def _is_table_label(level: int, title: str) -> bool:
    t = re.sub(r"[(（][^()（）]*[)）]", "", title)  # "(区分处理的,…)" qualifiers
    if level == 1:
        return t.startswith(_TABLE_LABEL_PREFIX_L1)
    if level == 2:
        return t in _TABLE_LABEL_L2
    return t.startswith(_TABLE_LABEL_PREFIX_L3) or t in _TABLE_LABEL_L3_EXACT


def _candidate(text: str, start: int, end: int) -> _Candidate | None:
    m0 = _LEAD_SPACE.match(text, start, end)
    if m0:
        start = m0.end()
    seg = text[start:end]
    if not seg or "|" in seg:
        return None
    for level, pat in _LEVEL_PATTERNS:
        m = pat.match(seg)
        if m:
            break
    else:
        return None
    number = cn_number(m.group(1)) if level < 3 else int(m.group(1))
    if number <= 0:
        return None
    stop = seg.find("。")
    inline = stop >= 0 and seg[stop + 1 :].strip() != ""
    head = seg[:stop] if stop >= 0 else seg.rstrip()
    raw_title = head[m.end() :]
    title = _norm(raw_title).rstrip(":：")
    if not title or not _CJK.match(title):
        return None
    limit = MAX_INLINE_HEADING_CHARS if inline or level == 3 else MAX_HEADING_CHARS
    if len(title) < 2 or len(title) > limit:
        return None
    if inline and re.search(r"\d", title):
        return None
    if title[-1] in ",，;；、":
        return None
    if _EMBEDDED_ENUM.search(title):
        return None
    if _is_table_label(level, title):
        return None
    label = _norm(head[: m.end()]) + title
    return _Candidate(level, number, label, title, start, start + len(head.rstrip()))


def _wording_index(t: str) -> int | None:
    checks = (
        (4, "复议" in t or "诉讼" in t),
        (1, "总体情况" in t),
        (2, "主动公开" in t),
        (3, "申请" in t and any(k in t for k in ("收到", "处理", "办理"))),
        (5, "问题" in t and any(k in t for k in ("改进", "措施", "整改"))),
        (6, "其他" in t and any(k in t for k in ("报告", "事项"))),
    )
    return next((i for i, ok in checks if ok), None)


def standard_index(label: str, strict: bool = True) -> int | None:
    """1..6 when a level-1 heading label is one of the six 2019+ section titles, else None.
    The wording is matched loosely; with ``strict`` the ordinal must agree with it
    ("二、政府信息公开工作总体情况" is not 一、总体情况)."""
    m = re.match(rf"\s*([{CN_DIGITS}]{{1,3}})\s*、\s*(.*)", label)
    if not m:
        return None
    n, t = cn_number(m.group(1)), _norm(m.group(2)).rstrip(":：。")
    if not t or len(t) > MAX_HEADING_CHARS:
        return None
    i = _wording_index(t)
    if i is None or (strict and i != n):
        return None
    return i


def standard_section(path: list[str]) -> str | None:
    """The canonical 2019+ section name when ``path``'s top heading is one of the six
    standard section titles (small variations allowed, e.g. "因政府信息公开工作被申请
    行政复议和提起行政诉讼情况" under 四), else None."""
    if not path:
        return None
    i = standard_index(path[0])
    return STANDARD_SECTIONS[i - 1] if i else None


def split_sections(text: str) -> list[SectionSpan]:
    """Flat, contiguous sections of a cleaned report text (see the module docstring)."""
    if not text:
        return []
    cands = [c for s, e, in_cell in _segments(text) if not in_cell and (c := _candidate(text, s, e))]
    std = [standard_index(c.label) if c.level == 1 else None for c in cands]
    # leaving a table zone only needs the wording of a later standard title (numbering may be off)
    loose = [standard_index(c.label, strict=False) if c.level == 1 else None for c in cands]

    accepted: list[_Candidate] = []
    zone: int | None = None  # index of the standard section whose tables we are inside
    for i, c in enumerate(cands):
        if zone is not None and not (loose[i] and loose[i] > zone):
            continue
        accepted.append(c)
        zone = None
        if std[i] in (2, 3, 4):
            nxt = next((cands[j].start for j in range(i + 1, len(cands)) if loose[j] and loose[j] > std[i]), len(text))
            body = text[c.end : nxt]
            if any(k in body for k in _TABLE_MARKERS):
                zone = std[i]

    sections: list[SectionSpan] = []
    if not accepted:
        return [SectionSpan([], 0, len(text), 0, 0)]
    first = accepted[0].start
    if text[:first].strip():
        sections.append(SectionSpan([], 0, first, 0, 0))
    else:
        first = 0
    open_: dict[int, str] = {}
    for k, c in enumerate(accepted):
        open_ = {lv: lab for lv, lab in open_.items() if lv < c.level}
        open_[c.level] = c.label
        start = first if k == 0 else c.start
        end = accepted[k + 1].start if k + 1 < len(accepted) else len(text)
        sections.append(SectionSpan([open_[lv] for lv in sorted(open_)], start, end, c.level, c.end))
    return sections


def section_at(sections: list[SectionSpan], offset: int) -> SectionSpan:
    """The section containing ``offset`` (clamped to the first/last section)."""
    if not sections:
        raise ValueError("no sections")
    starts = [s.start for s in sections]
    i = bisect.bisect_right(starts, offset) - 1
    return sections[max(0, min(i, len(sections) - 1))]
