"""Clean a report's original text for indexing, keeping a map back to the original.

Every rule is a pure function over an :class:`Edited` text (text + index map),
so each can be tested alone and the composition keeps the invariant: cleaned
position ``i`` came from original position ``index[i]``.  Quotes shown to users
are always cut from the original with :meth:`CleanText.to_original`.

Rules (see ../shared/DOMAIN.md "Noise seen in real copies"):
Kangxi radicals and compatibility ideographs (PDF text layers: ⼈⺠ -> 人民),
traditional -> simplified, pinyin glued after characters, full-width digits and
punctuation, web boilerplate lines and spam fragments, spaced digits in dates,
page markers of document-sharing sites, leading indentation and list bullets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from assistant.core.text import CJK, halfwidth, normalise_query, to_simplified, unify_radicals  # noqa: F401  (re-used rules)
from ingest.copied_text import COPIED_PAGE, wrapped_breaks
from ingest.site_furniture import RELATED_LIST, SITE_FOOTER, SITE_PAGE


@dataclass
class CleanText:
    original: str
    text: str
    index: list[int]  # index[i] = original offset of text[i]; len(index) == len(text)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the cleaned span [start, end) to the smallest original span covering it."""
        if not self.text:
            return 0, 0
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        return self.index[start], self.index[end - 1] + 1

    def original_slice(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]


@dataclass
class Edited:
    text: str
    index: list[int]


def substitute(ed: Edited, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> Edited:
    """re.sub that carries the index map: kept characters keep their origin; a
    replacement of equal length maps 1:1, otherwise every new character maps to
    the start of what it replaced."""
    out: list[str] = []
    idx: list[int] = []
    pos = 0
    for m in pattern.finditer(ed.text):
        s, e = m.span()
        out.append(ed.text[pos:s])
        idx.extend(ed.index[pos:s])
        new = repl(m) if callable(repl) else m.expand(repl)
        if len(new) == e - s:
            idx.extend(ed.index[s:e])
        elif new:
            anchor = ed.index[s] if s < len(ed.index) else (ed.index[-1] + 1 if ed.index else 0)
            idx.extend([anchor] * len(new))
        out.append(new)
        pos = e
    out.append(ed.text[pos:])
    idx.extend(ed.index[pos:])
    return Edited("".join(out), idx)


# --- Kangxi radicals, radical supplement forms, compatibility ideographs: ⼈⺠ -> 人民 ----------

def normalise_radicals(ed: Edited) -> Edited:
    """One character for one (NFKC of those blocks + data/radicals.toml): the index map is unchanged."""
    return Edited(unify_radicals(ed.text), ed.index)


# --- traditional -> simplified ------------------------------------------------------------

def simplify(ed: Edited) -> Edited:
    return Edited(to_simplified(ed.text), ed.index)


# --- pinyin glued after characters: 創(chuàng)作, 區（qū） -------------------------------------

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# (a copy cut off inside a gloss leaves it open at its line's end: "公開領(lǐn" is "公開領" too)
_PINYIN_GLUED = re.compile(
    rf"(?<=[{CJK}])[(（]\s*[a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*(?:[ \t]+[a-zü{_TONED}]+)*[ \t]*(?:[)）]|(?=\n|\Z))"
)


def drop_glued_pinyin(ed: Edited) -> Edited:
    return substitute(ed, _PINYIN_GLUED, "")


def without_glued_pinyin(text: str) -> str:
    """`text` (a quote of the original) without the pinyin glued after its characters ("領(lǐng)導(dǎo)下" -> "領導下")."""
    return _PINYIN_GLUED.sub("", text)


# --- full-width digits, letters and the punctuation that matters for parsing ---------------

def normalise_width(ed: Edited) -> Edited:
    return Edited(halfwidth(ed.text), ed.index)


# --- web boilerplate ---------------------------------------------------------------------

BOILERPLATE_LINES = [
    r"上传人\s*:.*",
    r".*文档编号\s*:.*上传时间.*",
    r"第\s*\d+\s*页\s*/\s*共\s*\d+\s*页",
    r".*\.(?:docx?|pdf|pptx?)_第\d+页",
    r"(?:返回|下载|相关|举报|收藏|分享|打印|关闭|\s)+",
    r"点击查看更多.*", r"展开阅读全文.*", r"阅读全文.*", r"资源描述", r"加载中.*",
    r".*由会员分享.*(?:搜索|下载).*",
    r"前言\s*:\s*本站为你精心整理.*",
    r"(?:发布者|发布日期|发布时间|浏览次数|访问量|点击数|来源|日期|作者)\s*:.{0,80}",
    r"字号\s*:.*", r"分享\s*:?", r"【?打印(?:本页|此页)?】?.*", r"【?关闭(?:窗口)?】?",
    r"是否打开信息无障碍浏览", r"当前位置\s*:.*", r"首页\s*[>›»].*", r"您现在的位置.*",
    r"索\s*引\s*号.*", r"发布机构\s*\|.*", r"文\s*号\s*\|.*", r"(?:主题分类|公开方式|公开范围)\s*[:|].*",
    r"图\d+\s*\S{0,30}",
    r"扫一扫.*", r"相关链接.*", r"上一篇.*", r"下一篇.*",
]
_BOILERPLATE = re.compile(r"^[ \t]*(?:" + "|".join(BOILERPLATE_LINES) + r")[ \t]*(?:\n|$)", re.M)

# spam fragments that mirror sites splice into sentences (often replacing the agency name)
SPAM_FRAGMENTS = [
    r"(?:[0-9A-Za-z" + CJK + r"]{0,8}(?:365bet|bet365|beat365)[0-9A-Za-z" + CJK + r"]{0,10}?(?:ios|app|网站|规则|客户端|官网|平台)_?)+(?:ios|app|android)?",
    r"[新澳]?[葡京澳门]{0,3}(?:博彩|娱乐城|百家乐|赌场|真人棋牌)(?:官网|网站|平台|公司)?",
    r"本篇文章来自资料管理下载。?",
]
_SPAM = re.compile("|".join(SPAM_FRAGMENTS), re.I)


def drop_boilerplate(ed: Edited) -> Edited:
    # the related list first: its heading ("相关链接") is a boilerplate line too, and the titles under it go with it
    ed = substitute(ed, RELATED_LIST, "")
    ed = substitute(ed, SITE_FOOTER, "")
    ed = substitute(ed, _BOILERPLATE, "")
    ed = substitute(ed, COPIED_PAGE, "")
    ed = substitute(ed, SITE_PAGE, "")
    return substitute(ed, _SPAM, "")


# --- spaced digits: "2013 年 1 2 月 31 日" -> "2013年12月31日" ------------------------------

_SPACED_DATE_DIGITS = re.compile(r"(?<![\d|])\d(?: \d)+(?= ?[年月日号])")


def join_spaced_digits(ed: Edited) -> Edited:
    ed = substitute(ed, _SPACED_DATE_DIGITS, lambda m: m.group(0).replace(" ", ""))
    ed = substitute(ed, re.compile(rf"(?<=[{CJK}]) +(?=\d+ *[{CJK}%])"), "")
    # a share written with a space before its sign ("占16 %", "7.7 ％"): one figure, read like "占16%"
    ed = substitute(ed, re.compile(r"(?<=\d)[ \t\u3000]+(?=[%％])"), "")
    return substitute(ed, re.compile(rf"(?<=[{CJK}]\d)(\d*) +(?=[{CJK}])"), r"\1")


# --- document-sharing page markers: "...依法公\n\n2、开政府信息..." ----------------------------

_PAGE_MARKER = re.compile(rf"(?<=[{CJK},，、“”])\n+\d{{1,3}}、(?=[{CJK}])")


def drop_page_markers(ed: Edited) -> Edited:
    """A page marker cuts a sentence in two: the line before it is long and does
    not end a sentence.  Genuine list items ("1、严格时间要求") follow a short
    heading line or a full stop, so they are kept."""

    def repl(m: re.Match[str]) -> str:
        line_start = ed.text.rfind("\n", 0, m.start()) + 1
        return "" if m.start() - line_start >= 80 else m.group(0)

    return substitute(ed, _PAGE_MARKER, repl)


# --- a copied page's hard-wrapped prose lines: "…政府信\n息2587条" -> "…政府信息2587条" ----------------

def join_wrapped_lines(ed: Edited) -> Edited:
    breaks = set(wrapped_breaks(ed.text))
    if not breaks:
        return ed
    keep = [i for i in range(len(ed.text)) if i not in breaks]
    return Edited("".join(ed.text[i] for i in keep), [ed.index[i] for i in keep])


# --- a title mark broken off its title by a copied page's line break: "根据《\n中华人民共和国…条例》" -> "根据《中华…》"
# (a sentence read line by line, the compiler's "由X…编制而成", would stop at the bare 《) ------------------------

_OPEN_TITLE_BREAK = re.compile(r"(?<=《)[ \t]*\n+[ \t]*(?=[^\n《》]{1,60}》)")


def join_open_title_marks(ed: Edited) -> Edited:
    return substitute(ed, _OPEN_TITLE_BREAK, "")


# --- layout: indentation, markdown bullets, blank-line runs --------------------------------

def tidy_layout(ed: Edited) -> Edited:
    ed = substitute(ed, re.compile(r"^[ \t]+|[ \t]+$", re.M), "")
    ed = substitute(ed, re.compile(rf"^[-*•·]\s+(?=[(一二三四五六七八九十\d{CJK}])", re.M), "")
    return substitute(ed, re.compile(r"\n{3,}"), "\n\n")


RULES: tuple[Callable[[Edited], Edited], ...] = (
    normalise_radicals,
    simplify,
    drop_glued_pinyin,
    normalise_width,
    drop_boilerplate,
    join_spaced_digits,
    drop_page_markers,
    tidy_layout,
    join_open_title_marks,
    join_wrapped_lines,
)


def clean(original: str) -> CleanText:
    ed = Edited(original, list(range(len(original))))
    for rule in RULES:
        ed = rule(ed)
    text, index = ed.text.strip("\n"), ed.index
    lead = len(ed.text) - len(ed.text.lstrip("\n"))
    index = index[lead : lead + len(text)]
    return CleanText(original=original, text=text, index=index)
