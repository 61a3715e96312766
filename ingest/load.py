"""Turn a report file into its *original text*: the text as published, before any cleaning.

Supported: ``.txt`` / ``.md`` (utf-8, utf-8 with BOM, utf-16 with BOM, gb18030/GBK/GB2312, big5),
``.html`` / ``.htm`` (and ``.txt`` files whose content is really HTML), ``.docx`` (python-docx) and
``.pdf`` with a text layer (pypdf).

Why it matters what this module emits: everything downstream (cleaning, section splitting, the
standard-table reader in :mod:`ingest.tables`, quotes shown to users) works on this text, and quotes
are cut from it.  So the rules are:

* Tables from HTML and DOCX become one line per row, ``cell | cell | cell |``, with *empty cells kept
  as empty strings* (in the standard tables an empty cell's position says which column a number
  belongs to) and one cell per ``<td>`` / ``<w:tc>`` (spans are not expanded; a merged cell appears
  once, in its first row, the way a reader sees it).
* Nothing that is not visible text reaches the output: no scripts, styles, attributes or comments.
* A file that cannot be read raises :class:`LoadError` whose message names the file and the reason,
  so one bad file is reported and skipped rather than stopping a whole ingest.
"""

from __future__ import annotations

import io
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".docx", ".pdf"})

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class LoadError(Exception):
    """A file that cannot be loaded; ``str(err)`` is ``"<file name>: <reason>"``."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we accept; the message is the reason."""


@dataclass
class LoadedDocument:
    path: Path
    text: str  # original text; tables rendered as "cell | cell |" rows
    format: str  # "txt" | "md" | "html" | "docx" | "pdf"
    encoding: str | None  # for files decoded from bytes (txt/md/html) the detected encoding, else None


# ---------------------------------------------------------------------------------------------
# Text decoding
# ---------------------------------------------------------------------------------------------

# Very common characters (simplified), plus the traditional forms of the ones that differ and a few
# characters every disclosure report uses.  A correct decoding of Chinese prose has a large share of
# its non-ASCII characters in this set (typically 40-70 %); a wrong one (big5 bytes read as gb18030
# or the reverse) "succeeds" but yields rare characters and scores a few percent at most.
_COMMON_SIMPLIFIED = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方"
    "后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它"
    "合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条"
    "只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资"
    "边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北"
    "造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车"
    "例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫"
    "且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克"
    "何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调"
    "满县局照参红细引听该铁价严龙飞"
)
_COMMON_TRADITIONAL = (
    "這個國們時來為產種發動過說對會學經進實現電裡裏麼兩體製機當點從業應開還關與樣間問長將見計別總邊條無質氣變結義"
    "眾書復複難報資訊區縣辦統數據處項內於給並頭場門東車線後導認設論錄單級讓識議調請務黨員構類鄉鎮農訴審監規範劃權"
    "責網號轉華歷維標選際題華聯絡響層專屬當韓廣術權習齊壓務準過總參導圖價達運衛"
)
_COMMON_DOMAIN = (
    "政府信息公开公開申请申請报告報告工作年度条例條例行政复议復議诉讼訴訟处理處理予以依主动主動办结辦結街道乡镇鄉鎮"
)
COMMON_CHARS: frozenset[str] = frozenset(_COMMON_SIMPLIFIED + _COMMON_TRADITIONAL + _COMMON_DOMAIN)

# Decodings are tried in this order; on a tie the earlier one wins (mainland reports are gb18030).
_FALLBACK_ENCODINGS = ("gb18030", "big5", "cp950")
_TRIED = "tried utf-8, gb18030, big5, utf-16"
# Control bytes other than \t \n \v \f \r and ESC: real text has essentially none; binary files ~10 %.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_MAX_CONTROL_SHARE = 0.05
# Below this share of common characters (with enough characters to judge) a decoding is mojibake.
# Measured on the shared corpus: correct decodings score 0.67-0.90; big5 bytes read as gb18030 up to
# 0.09 (big5's frequent characters land in GB2312's level-1 block, which holds common characters).
_MIN_COMMON_SHARE = 0.25
_MIN_CHARS_TO_JUDGE = 30
# A copy cut mid-character, or with a stray bad byte, fails every strict decoding; a lenient decoding
# is accepted when only this share of its characters had to be replaced.
_MAX_REPLACED_SHARE = 0.005
# The share is judged on the start of the text: plenty to decide, and cheap on a 50 MB file.
_SCORE_CHARS = 200_000


def common_char_share(text: str) -> tuple[float, int]:
    """(share of the non-ASCII, non-space characters that are very common Chinese ones, their count)."""
    chars = [c for c in text if ord(c) > 0x7F and not c.isspace()]
    if not chars:
        return 1.0, 0  # pure ASCII: nothing to judge, nothing wrong
    return sum(c in COMMON_CHARS for c in chars) / len(chars), len(chars)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the NUL bytes look like UTF-16 without a BOM, else None.

    ASCII characters (newlines, digits) in UTF-16 carry a NUL byte, all on the same side of
    each byte pair; binary files have NULs scattered on both sides.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if even + odd < len(data) * 0.05:
        return None
    if odd >= 0.9 * (even + odd):
        return "utf-16-le"
    if even >= 0.9 * (even + odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode report bytes; return ``(text, encoding)``.  Raises :class:`DecodeError` with the reason.

    Order: BOM (utf-8-sig, utf-16) -> UTF-16 without BOM (NUL-byte pattern) -> a control-byte check
    (binary files) -> strict utf-8 (a non-ASCII text that is valid utf-8 is almost never anything
    else) -> strict gb18030 and big5, the one with the larger share of common characters wins, and
    a winner whose characters are nearly all rare is rejected as mojibake.  Last, a file that fails
    every strict decoding by a byte or two (a copy cut mid-character) is decoded leniently, with
    U+FFFD for the bad bytes, and a warning is logged.  Otherwise ``data.decode(encoding)`` gives back
    ``text``.  Line endings are left as they are.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = []
    for enc in candidates:  # a BOM is a declaration: if the bytes disagree, say so
        text = _strict(data, enc)
        if text is None:
            raise DecodeError(f"the file starts with a {enc} byte-order mark but is not valid {enc}")
        return text, enc

    enc16 = _bomless_utf16(data)
    if enc16:
        text = _strict(data, enc16)
        if text is not None and common_char_share(text[:_SCORE_CHARS])[0] >= _MIN_COMMON_SHARE:
            return text, enc16

    if data:
        control = len(data) - len(data.translate(None, _CONTROL_BYTES))  # C speed on 50 MB
        if control / len(data) > _MAX_CONTROL_SHARE:
            raise DecodeError(f"not a text file: {control / len(data):.0%} of the bytes are control/binary bytes")

    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"

    best: tuple[float, int, str, str] | None = None  # (share, count, text, encoding)
    decoded: set[str] = set()
    for enc in _FALLBACK_ENCODINGS:
        if enc == "cp950" and "big5" in decoded:
            continue  # cp950 is big5 plus Microsoft's extensions: only needed when strict big5 fails
        text = _strict(data, enc)
        if text is None:
            continue
        decoded.add(enc)
        share, count = common_char_share(text[:_SCORE_CHARS])
        log.debug("decoding as %s: %.1f%% common characters of %d", enc, share * 100, count)
        if best is None or share > best[0]:
            best = (share, count, text, enc)
    if best is not None and (best[1] < _MIN_CHARS_TO_JUDGE or best[0] >= _MIN_COMMON_SHARE):
        return best[2], best[3]

    lenient = _lenient_decode(data)
    if lenient is not None:
        return lenient
    if best is None:
        raise DecodeError(f"could not determine the text encoding ({_TRIED})")
    share, _, _, enc = best
    raise DecodeError(
        f"could not determine the text encoding ({_TRIED}; the best guess, {enc}, "
        f"gives mostly rare characters: {share:.0%} common, so it is not Chinese text in that encoding)"
    )


def _lenient_decode(data: bytes) -> tuple[str, str] | None:
    """Best decoding that needs only a handful of replacement characters, or None."""
    best: tuple[float, str, str, int] | None = None
    for enc in ("utf-8", "gb18030", "big5", "cp950"):
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd") - _genuine_replacements(data, enc)
        if bad > max(1, _MAX_REPLACED_SHARE * len(text)):
            continue
        share, count = common_char_share(text[:_SCORE_CHARS].replace("\ufffd", ""))
        if count >= _MIN_CHARS_TO_JUDGE and share < _MIN_COMMON_SHARE:
            continue
        if best is None or share > best[0]:
            best = (share, text, enc, bad)
    if best is None:
        return None
    share, text, enc, bad = best
    log.debug("decoded as %s with %d undecodable byte sequence(s) replaced by U+FFFD", enc, bad)
    return text, enc


def _genuine_replacements(data: bytes, enc: str) -> int:
    # U+FFFD characters genuinely present in the text (utf-8 EF BF BD) are not decoding errors
    return data.count(b"\xef\xbf\xbd") if enc == "utf-8" else 0


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR -> LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

# Elements that are never visible text.
_DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "iframe", "template", "head", "svg", "math", "object", "embed", "canvas",
        "frameset",
    }
)
# Elements that start and end a line.
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th",
        "table", "thead", "tbody", "tfoot", "caption", "section", "article", "header", "footer", "nav", "main",
        "aside", "blockquote", "pre", "address", "figure", "figcaption", "form", "fieldset", "hr", "center",
        "body", "html", "title", "legend", "details", "summary", "option",
    }
)
# HTML collapses runs of ASCII whitespace; &nbsp; (U+00A0) is treated as a plain space too.  The
# ideographic space U+3000 is a real character in Chinese text and is kept (except at line ends).
_WS = re.compile(r"[ \t\n\r\f\v\u00a0]+")
_INVISIBLE = re.compile(r"[\u200b\ufeff]")  # zero-width space, stray BOMs: not text, and no word break
_BLANK_RUNS = re.compile(r"\n{3,}")
# A source line break between two CJK characters is no space at all when rendered (CSS Text 3
# "segment break transformation"): "虚构样例，\n  仅用于" reads "虚构样例，仅用于", not "， 仅".
_CJK_SEGMENT_BREAK = re.compile(r"(?<=[\u2e80-\U0010ffff])[ \t]*[\r\n][ \t\r\n]*(?=[\u2e80-\U0010ffff])")


def _is_wide(ch: str) -> bool:
    # CJK ideographs, kana, full-width forms and CJK punctuation sit at U+2E80 and above
    return ord(ch) >= 0x2E80


def smart_join(parts: Iterable[str]) -> str:
    """Join text pieces that were on separate lines inside one cell/paragraph.

    Chinese needs no separator ("本年新" + "制作数量" -> "本年新制作数量"); between two Latin
    words or two numbers a space keeps them apart ("12" + "34" must not become "1234").
    """
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and not (_is_wide(out[-1]) or _is_wide(part[0])):
            out += " "
        out += part
    return out


def _collapse(text: str) -> str:
    return _WS.sub(" ", _CJK_SEGMENT_BREAK.sub("", _INVISIBLE.sub("", text))).strip()


def _visible_string(node) -> str | None:
    """The text of a bs4 string node if it is visible text (not a comment, doctype, CDATA, ...)."""
    if isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
        return str(node)
    return None


def _cell_text(cell) -> str:
    """A table cell flattened to one line: blocks and <br> inside it (nested tables too) are joined."""
    segments: list[str] = []
    current: list[str] = []
    stack = [cell]
    while stack:
        node = stack.pop()
        if node is None:  # marker: end of a block element
            segments.append("".join(current))
            current = []
            continue
        if isinstance(node, Tag):
            name = (node.name or "").lower()
            if name in _DROP_TAGS:
                continue
            if name == "br":
                segments.append("".join(current))
                current = []
                continue
            if name in _BLOCK_TAGS and node is not cell:
                segments.append("".join(current))
                current = []
                stack.append(None)
            stack.extend(reversed(node.contents))
            continue
        s = _visible_string(node)
        if s is not None:
            current.append(s)
    segments.append("".join(current))
    return smart_join(_collapse(s) for s in segments)


def _table_rows(table) -> list[str]:
    """One line per <tr> of this table (not of tables nested in its cells)."""
    lines: list[str] = []
    caption = table.find("caption")
    if caption is not None and caption.find_parent("table") is table:
        text = _cell_text(caption)
        if text:
            lines.append(text)
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue  # a row of a nested table: flattened into its cell instead
        cells = [_cell_text(td) for td in tr.find_all(["td", "th"], recursive=False)]
        if not any(cells):
            continue  # an all-empty row carries no text and no position
        lines.append(" | ".join(cells) + " |")
    return lines


def html_to_text(html: str) -> str:
    """Visible text of an HTML document or fragment, tables as ``cell | cell |`` rows.

    Text inside one block element (``<p>``, ``<div>``, ``<li>``, ...) stays on one line, with its
    whitespace collapsed; ``<br>`` forces a line break; ``&nbsp;`` is a plain space; runs of blank
    lines become one blank line.
    """
    try:
        soup = BeautifulSoup(html, "lxml")
    except Exception:  # lxml missing or refusing the input: the stdlib parser is slower but lenient
        soup = BeautifulSoup(html, "html.parser")

    lines: list[str] = []
    current: list[str] = []

    def end_line(force: bool) -> None:
        # force (a <br>) always ends a line, even an empty one; a block boundary only ends a non-empty line
        nonlocal current
        text = _collapse("".join(current))
        current = []
        if text or force:
            lines.append(text)

    pre_depth = 0
    stack: list = [soup]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):  # ("end", tag name)
            if node[1] == "pre":
                pre_depth -= 1
            end_line(False)
            continue
        if isinstance(node, Tag):
            name = (node.name or "").lower()
            if name in _DROP_TAGS:
                continue
            if name == "br":
                end_line(True)
                continue
            if name == "table":
                end_line(False)
                lines.extend(_table_rows(node))
                continue
            if name in _BLOCK_TAGS:
                end_line(False)
                stack.append(("end", name))
                if name == "pre":
                    pre_depth += 1
            stack.extend(reversed(node.contents))
            continue
        s = _visible_string(node)
        if s is None:
            continue
        if pre_depth and "\n" in s:  # preformatted text keeps its own line breaks
            *heads, tail = s.split("\n")
            for head in heads:
                current.append(head)
                end_line(True)
            current.append(tail)
        else:
            current.append(s)
    end_line(False)
    return _tidy_lines(lines)


def _tidy_lines(lines: Iterable[str]) -> str:
    """Strip trailing spaces, collapse runs of blank lines to one, drop leading/trailing blank lines."""
    text = "\n".join(line.rstrip() for line in lines)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\b|html\b|head\b|body\b|meta\b|p\b|div\b|table\b|span\b|h[1-6]\b|section\b|article\b)",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|table|tbody|thead|tr|td|th|li|ul|ol|h[1-6]|font|strong|b|a|img|section|article)\b"
    r"[^<>]{0,500}>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """True when a text file's content is HTML markup rather than plain text.

    Either it opens with a typical tag (``<p``, ``<html``, ``<!DOCTYPE``, ...), or markup is dense:
    many tags making up a good share of the characters.  A plain report that merely mentions "<p>"
    once stays plain text.
    """
    head = text[:2000]
    if _HTML_START.match(head):
        return True
    tags = _HTML_TAG.findall(text)
    if len(tags) < 10:
        return False
    markup = sum(len(t) for t in tags)
    return markup >= 0.15 * len(text) or bool(re.search(r"<table\b", text, re.IGNORECASE) and len(tags) >= 20)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# Declared labels that mean "use the gb18030 superset" (a GBK page often says gb2312).
_GB_ALIASES = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"}


def decode_html_bytes(data: bytes) -> tuple[str, str]:
    """Like :func:`decode_bytes`, but honouring a ``<meta charset>`` declaration when utf-8 fails."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data)
    text = _strict(data, "utf-8")
    if text is not None:  # valid utf-8 beats a declaration: pages are often mislabelled
        return text, "utf-8"
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii").lower()
        enc = "gb18030" if declared in _GB_ALIASES else declared
        text = _strict(data, enc)
        if text is not None:
            share, count = common_char_share(text[:_SCORE_CHARS])
            if count < _MIN_CHARS_TO_JUDGE or share >= _MIN_COMMON_SHARE:
                return text, enc
            # e.g. a GBK page labelled iso-8859-1: prefer a decoding that reads as Chinese, if there is one
            try:
                return decode_bytes(data)
            except DecodeError:
                return text, enc
        log.debug("declared charset %s does not decode the page; guessing", declared)
    return decode_bytes(data)


# ---------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Sub-trees of a paragraph that hold no visible text: properties (w:pPr holds tab *stops* as w:tab),
# deleted text, and the Fallback copy of alternate content (it duplicates the Choice).
_DOCX_SKIP = frozenset({f"{_W}pPr", f"{_W}rPr", f"{_W}del", f"{_W}moveFrom", f"{_MC}Fallback"})
_DOCX_CONTAINERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag"})


def _docx_paragraph_text(p) -> str:
    """Text of a <w:p> on one line.

    Read from the XML rather than python-docx's ``Paragraph.text`` because that only sees runs that
    are direct children, and Word puts report text inside smart tags, tracked insertions, fields and
    content controls too.  A soft line break inside the paragraph is joined like a cell's lines.
    """
    pieces: list[str] = []
    current: list[str] = []
    stack = [p]
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _DOCX_SKIP:
            continue  # comments / processing instructions have a non-str tag
        if tag == f"{_W}t":
            current.append(el.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            current.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            pieces.append("".join(current))
            current = []
        elif tag == f"{_W}noBreakHyphen":
            current.append("-")
        else:
            stack.extend(reversed(list(el)))
    pieces.append("".join(current))
    if len(pieces) == 1:
        return pieces[0].strip()
    return smart_join(pieces)


def _docx_children(el, tags: set[str]) -> Iterator:
    """Children of `el` with a tag in `tags`, looking through content controls and custom XML."""
    for child in el:
        tag = child.tag
        if tag in tags:
            yield child
        elif tag in _DOCX_CONTAINERS:
            yield from _docx_children(child, tags)


def _docx_is_continuation(tc) -> bool:
    """A <w:tc> that continues a vertical (w:vMerge) or legacy horizontal (w:hMerge) merge."""
    tcPr = tc.find(f"{_W}tcPr")
    if tcPr is None:
        return False
    for name in ("vMerge", "hMerge"):
        m = tcPr.find(f"{_W}{name}")
        if m is not None and m.get(f"{_W}val", "continue") != "restart":
            return True
    return False


def _docx_cell_text(tc) -> str:
    """All paragraphs of a cell (nested tables included, in document order) on one line."""
    return smart_join(_docx_paragraph_text(p) for p in tc.iter(f"{_W}p"))


def _docx_table_rows(tbl) -> list[str]:
    """One line per <w:tr>, one cell per distinct <w:tc>.

    A horizontally merged cell is one <w:tc> with a gridSpan, so it appears once (python-docx's
    ``row.cells`` would repeat it for every grid column).  A vertically merged cell appears in its
    first row only, like an HTML rowspan cell, not repeated in every row it covers.
    """
    lines = []
    for tr in _docx_children(tbl, {f"{_W}tr"}):
        cells = [_docx_cell_text(tc) for tc in _docx_children(tr, {f"{_W}tc"}) if not _docx_is_continuation(tc)]
        if any(cells):
            lines.append(" | ".join(cells) + " |")
    return lines


def docx_to_text(data: bytes) -> str:
    """Body text of a DOCX in document order: paragraphs one per line, tables as ``cell | cell |`` rows.

    Headers, footers, footnotes and comments are left out (page furniture, not report text).
    """
    import docx

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for el in _docx_children(document.element.body, {f"{_W}p", f"{_W}tbl"}):
        if el.tag == f"{_W}p":
            lines.append(_docx_paragraph_text(el))
        else:
            lines.extend(_docx_table_rows(el))
    return _tidy_lines(lines)


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------

_MIN_PDF_CHARS = 20


class _PdfProblem(Exception):
    """A PDF-specific reason, raised inside pdf_to_text and turned into a LoadError by the caller."""


def pdf_to_text(data: bytes, name: str = "PDF") -> str:
    """The text layers of all pages, joined with newlines.  Raises _PdfProblem with a reason.

    `name` only labels log messages.  Tables come out as the text layer has them (cells separated by
    spaces, one row per line at best): a PDF has no table structure to render as ``cell | cell |``.
    """
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    if b"%PDF-" not in data[:1024]:
        raise _PdfProblem("the PDF is corrupt or truncated (no %PDF header: this is not a PDF file)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many official PDFs are encrypted only to restrict printing/copying, with an empty user password.
            try:
                ok = reader.decrypt("")
            except DependencyError as e:  # AES needs the optional 'cryptography' package (pypdf[crypto])
                raise _PdfProblem(
                    f"the PDF is encrypted (AES) and decrypting it needs the 'cryptography' package ({e})"
                ) from e
            if not ok:
                raise _PdfProblem("the PDF is password-protected")
        pages = reader.pages
        n_pages = len(pages)
    except _PdfProblem:
        raise
    except FileNotDecryptedError as e:
        raise _PdfProblem("the PDF is password-protected") from e
    except Exception as e:  # pypdf raises many types (PdfReadError, ValueError, KeyError, ...) on damaged files
        raise _PdfProblem(f"the PDF is corrupt or truncated ({type(e).__name__}: {e})") from e

    if n_pages == 0:
        raise _PdfProblem("the PDF is corrupt or truncated (no pages found)")
    texts: list[str] = []
    failed = 0
    for i, page in enumerate(pages):
        try:
            texts.append(page.extract_text() or "")
        except Exception as e:  # one damaged page: keep the others, but say so
            failed += 1
            log.warning("%s: page %d: no text extracted (%s: %s)", name, i + 1, type(e).__name__, e)
            texts.append("")
    if failed == n_pages:
        raise _PdfProblem(f"the PDF is corrupt or truncated (no page could be read, {n_pages} pages)")
    text = normalize_newlines("\n".join(texts))
    if sum(1 for c in text if not c.isspace()) < _MIN_PDF_CHARS:
        raise _PdfProblem("the PDF has no text layer (scanned images?); it needs OCR before it can be ingested")
    return text


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------


def _human_size(n: float) -> str:
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= size:
            value = n / size
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{int(n)} bytes"


def _supported_list() -> str:
    return ", ".join(sorted(SUPPORTED_SUFFIXES))


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise LoadError(path, "file not found") from None
    except OSError as e:
        raise LoadError(path, f"cannot read the file ({e.strerror or e})") from None
    if path.is_dir():
        raise LoadError(path, "is a directory, not a file")
    # checked before reading: a huge file must not be pulled into memory
    if st.st_size > max_bytes:
        raise LoadError(path, f"the file is too large ({_human_size(st.st_size)} > {_human_size(max_bytes)} limit)")
    if st.st_size == 0:
        raise LoadError(path, "the file is empty")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise LoadError(path, f"cannot read the file ({e.strerror or e})") from None
    if len(data) > max_bytes:  # grew between stat and read
        raise LoadError(path, f"the file is too large ({_human_size(len(data))} > {_human_size(max_bytes)} limit)")
    return data


def _require_text(path: Path, text: str, what: str) -> str:
    if not text.strip():
        raise LoadError(path, what)
    return text


def _warn_replacements(path: Path, text: str, encoding: str) -> None:
    n = text.count("\ufffd")
    if n:  # a lenient decoding (or U+FFFD already in the file): the text is usable but not intact
        log.warning("%s: read as %s with %d undecodable character(s) shown as U+FFFD", path.name, encoding, n)


def _load_html(path: Path, text: str, encoding: str) -> LoadedDocument:
    try:
        rendered = html_to_text(text)
    except Exception as e:  # parser failure on hostile markup
        raise LoadError(path, f"could not parse the HTML ({type(e).__name__}: {e})") from e
    _require_text(path, rendered, "the HTML has no visible text")
    return LoadedDocument(path, rendered, "html", encoding)


def load_document(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedDocument:
    """Load one report file.  Raises :class:`LoadError` (and nothing else) for a file it cannot load."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        if suffix:
            raise LoadError(path, f"unsupported file type '{suffix}' (supported: {_supported_list()})")
        raise LoadError(path, f"unsupported file type: the name has no extension (supported: {_supported_list()})")

    data = _read_bytes(path, max_bytes)

    if suffix in (".txt", ".md"):
        try:
            raw, encoding = decode_bytes(data)
        except DecodeError as e:
            raise LoadError(path, str(e)) from None
        text = normalize_newlines(raw).lstrip("\ufeff")
        _require_text(path, text, "the file is empty")
        _warn_replacements(path, text, encoding)
        # Copies saved from web pages are sometimes the page's HTML in a .txt: render it like HTML.
        if suffix == ".txt" and looks_like_html(text):
            log.debug("%s: .txt content is HTML; rendering it as HTML", path.name)
            return _load_html(path, text, encoding)
        return LoadedDocument(path, text, suffix[1:], encoding)

    if suffix in (".html", ".htm"):
        try:
            raw, encoding = decode_html_bytes(data)
        except DecodeError as e:
            raise LoadError(path, str(e)) from None
        _require_text(path, raw, "the file is empty")
        _warn_replacements(path, raw, encoding)
        return _load_html(path, normalize_newlines(raw), encoding)

    if suffix == ".docx":
        if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2 container: a renamed .doc, or a password-protected DOCX
            raise LoadError(
                path,
                "not a DOCX file: it is an old binary Word (.doc) or a password-protected document; "
                "save it as an unprotected .docx first",
            )
        try:
            text = docx_to_text(data)
        except Exception as e:  # BadZipFile, KeyError (part missing), ValueError, lxml errors, ...
            raise LoadError(path, f"the DOCX file is corrupt or truncated ({type(e).__name__}: {e})") from None
        _require_text(path, text, "the DOCX file contains no text")
        return LoadedDocument(path, text, "docx", None)

    # .pdf
    try:
        text = pdf_to_text(data, path.name)
    except _PdfProblem as e:
        raise LoadError(path, str(e)) from None
    except Exception as e:  # anything pypdf did not anticipate
        raise LoadError(path, f"the PDF is corrupt or truncated ({type(e).__name__}: {e})") from None
    return LoadedDocument(path, text, "pdf", None)


def _hidden(name: str) -> bool:
    # dot-files, and Office's "~$name.docx" lock files that sit beside an open document
    return name.startswith(".") or name.startswith("~$")


def iter_report_files(paths: Iterable[Path | str], skipped: list[Path] | None = None) -> list[Path]:
    """Expand folders recursively (sorted, skipping hidden files/dirs), keep files with a supported suffix;
    files of other types found in folders are appended to `skipped` when it is given.

    Files given explicitly are returned whatever their suffix (and even if missing), so that
    :func:`load_document` rejects them with a clear error instead of them vanishing silently.
    Each file appears once, at its first mention.
    """
    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            out.append(p)

    for raw in paths:
        root = Path(raw)
        if not root.is_dir():
            add(root)
            continue
        # os.walk does not follow symlinked folders, so a link loop cannot recurse forever
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not _hidden(d))
            for name in sorted(filenames):
                if _hidden(name):
                    continue
                if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                    add(Path(dirpath) / name)
                elif skipped is not None:
                    skipped.append(Path(dirpath) / name)
    return out
