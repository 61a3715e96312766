"""Text copied out of a WeChat article or a PDF viewer: its share bar and article header are no report text, and its
paragraphs come hard-wrapped, a line break falling inside a sentence, a word or even a number ("…政府信\\n息2587条",
"许可事项1,2\\n34件").  Used by ingest/clean.py (after the width is normalised, so digits and colons are ASCII).

A wrapped line is joined with the next only when both are prose: neither holds a space (a flattened table row or a
header of cells does), the first is long, has a clause mark, starts no heading or list item and ends inside a sentence (a CJK character, a digit or a
closing bracket, no full stop), and the next starts a word, not a heading, a list item ("一、", "(二)", "3.", "第…") or
a field of its own ("成文日期:2020/1/5" under "发布机构:…，发布日期:2020-01-03").
"""

from __future__ import annotations

import re

from ingest.places import CJK

# share bar, read counts and article header of an article page copied as text
COPIED_PAGE_LINES = [
    r"阅读原文",
    r"分享到\s*:?.*",
    r"(?:微信)?扫一扫.*",
    r"阅读\s*(?:\d[\d,]*|10万\+)(?:\s+(?:在看|点赞|赞|分享|推荐)\s*\d[\d,]*)*",
    r"原创\s+.{0,60}?\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?(?:\s*发表于\S{0,10})?",
]
COPIED_PAGE = re.compile(r"^[ \t]*(?:" + "|".join(COPIED_PAGE_LINES) + r")[ \t]*(?:\n|$)", re.MULTILINE)

_MIN_WRAPPED = 24  # a wrapped line fills (most of) the copied page's width
_LIST_START = re.compile(r"[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d+[.、)]|第|[(\[【《“]")
_FIELD_START = re.compile(rf"[{CJK}]{{2,8}}\s*[:：]")  # "成文日期:", "联系电话："
_JOIN = re.compile(rf"(?<=[{CJK}\d)])\n(?=[{CJK}\d])")


def wrapped_breaks(text: str) -> list[int]:
    """Offsets of the line breaks of `text` that fall inside a prose sentence."""
    out = []
    for m in _JOIN.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        line, nxt = text[start : m.start()], text[m.end() : end if end >= 0 else len(text)]
        if len(line) < _MIN_WRAPPED or re.search(r"\s", line) or re.search(r"\s", nxt):
            continue
        if not re.search(r"[,，。;；、]", line) or _LIST_START.match(nxt) or _LIST_START.match(line) or _FIELD_START.match(nxt):
            continue
        out.append(m.start())
    return out
