"""HTML (and .txt files whose content is HTML) -> visible text, tables as ``cell | cell |`` rows.

One cell per ``<td>`` with empty cells kept (an empty cell's position says which column a number belongs
to); spans are not expanded: a merged cell appears once, in its first row, the way a reader sees it.
Nothing that is not visible text reaches the output: no scripts, styles, attributes or comments.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from ingest.formats.base import (
    LoadedDocument,
    LoadError,
    normalize_newlines,
    require_text,
    smart_join,
    table_row,
    tidy_lines,
)
from ingest.formats.encoding import DecodeError, decode_bytes, decode_html_bytes

log = logging.getLogger(__name__)

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
# A source line break between two CJK characters is no space at all when rendered (CSS Text 3
# "segment break transformation"): "虚构样例，\n  仅用于" reads "虚构样例，仅用于", not "， 仅".
_CJK_SEGMENT_BREAK = re.compile(r"(?<=[\u2e80-\U0010ffff])[ \t]*[\r\n][ \t\r\n]*(?=[\u2e80-\U0010ffff])")


def _collapse(text: str) -> str:
    return _WS.sub(" ", _CJK_SEGMENT_BREAK.sub("", _INVISIBLE.sub("", text))).strip()


def _visible_string(node) -> str | None:
    """The text of a bs4 string node if it is visible text (not a comment, doctype, CDATA, ...)."""
    if isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
        return str(node)
    return None


def _walk(root, opaque: frozenset[str] = frozenset()):
    """The visible content below `root` in document order, as events: ("text", string), ("br", tag),
    ("open", name) and ("close", name) around each block element (not around `root` itself), and
    (name, tag) for an element named in `opaque` (not walked into).  Dropped elements yield nothing."""
    stack: list = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):  # ("close", tag name)
            yield node
            continue
        if isinstance(node, Tag):
            name = (node.name or "").lower()
            if name in _DROP_TAGS:
                continue
            if name == "br" or name in opaque:
                yield name, node
                continue
            if name in _BLOCK_TAGS and node is not root:
                yield "open", name
                stack.append(("close", name))
            stack.extend(reversed(node.contents))
            continue
        s = _visible_string(node)
        if s is not None:
            yield "text", s


def _cell_text(cell) -> str:
    """A table cell flattened to one line: blocks and <br> inside it (nested tables too) are joined."""
    segments: list[str] = []
    current: list[str] = []
    for kind, value in _walk(cell):
        if kind == "text":
            current.append(value)
        else:  # <br> or a block boundary
            segments.append("".join(current))
            current = []
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
        lines.append(table_row(cells))
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
    for kind, value in _walk(soup, opaque=frozenset({"table"})):
        if kind == "close":
            if value == "pre":
                pre_depth -= 1
            end_line(False)
        elif kind == "br":
            end_line(True)
        elif kind == "table":
            end_line(False)
            lines.extend(_table_rows(value))
        elif kind == "open":
            end_line(False)
            if value == "pre":
                pre_depth += 1
        elif pre_depth and "\n" in value:  # preformatted text keeps its own line breaks
            *heads, tail = value.split("\n")
            for head in heads:
                current.append(head)
                end_line(True)
            current.append(tail)
        else:
            current.append(value)
    end_line(False)
    return tidy_lines(lines)



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




def render_html(path: Path, text: str, encoding: str | None) -> LoadedDocument:
    try:
        rendered = html_to_text(text)
    except Exception as e:  # parser failure on hostile markup
        raise LoadError(path, f"could not parse the HTML ({type(e).__name__}: {e})") from e
    require_text(path, rendered, "the HTML has no visible text")
    return LoadedDocument(path, rendered, "html", encoding)


def load_html(path: Path, data: bytes) -> LoadedDocument:
    try:
        raw, encoding = decode_html_bytes(data)
    except DecodeError as e:
        raise LoadError(path, str(e)) from None
    require_text(path, raw, "the file is empty")
    warn_replacements(path, raw, encoding)
    return render_html(path, normalize_newlines(raw), encoding)


def warn_replacements(path: Path, text: str, encoding: str) -> None:
    n = text.count("\ufffd")
    if n:  # a lenient decoding (or U+FFFD already in the file): the text is usable but not intact
        log.warning("%s: read as %s with %d undecodable character(s) shown as U+FFFD", path.name, encoding, n)


def load_text(path: Path, data: bytes) -> LoadedDocument:
    """.txt / .md: decoded, newlines normalised; a .txt whose content is HTML is rendered as HTML."""
    try:
        raw, encoding = decode_bytes(data)
    except DecodeError as e:
        raise LoadError(path, str(e)) from None
    text = normalize_newlines(raw).lstrip("\ufeff")
    require_text(path, text, "the file is empty")
    warn_replacements(path, text, encoding)
    suffix = path.suffix.lower()
    if suffix == ".txt" and looks_like_html(text):  # copies saved from web pages
        log.debug("%s: .txt content is HTML; rendering it as HTML", path.name)
        return render_html(path, text, encoding)
    return LoadedDocument(path, text, suffix[1:] or "txt", encoding)
