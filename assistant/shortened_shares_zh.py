"""A Chinese shortened ask after an ask of a share ("部门工作动态占百分之几？领导信息呢？"): it asks the share of its
own part too, not its count (the report writes each part's count and share; the count alone answers nothing asked).

The English counterpart for counts is assistant.shortened_asks_en.with_count_of_before_en."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY

# an ask of a share ("占百分之几", "占多大比例", "占比多少", "比重是多少")
_SHARE_ASK_ZH = re.compile(r"占(?:了)?(?:百分之几|多少|多大|几成)|占比|比例|比重|百分比|百分之几")
# a shortened ask naming only its part ("领导信息呢", "那政策文件的呢", "还有领导信息呢")
_SHORTENED_ZH = re.compile(r"(?:那么?|还有|另外|同样|又|而)?(?P<own>[\u4e00-\u9fff]{1,12}?)(?:的)?呢")


def with_share_of_before_zh(piece: str, before: str) -> str:
    """"领导信息呢" after "部门工作动态占百分之几": "领导信息占比多少"; the piece as it is when it asks a question of its
    own or the ask before it asks no share."""
    m = _SHORTENED_ZH.fullmatch(piece.strip(" ，,？?。"))
    if m is None or not _SHARE_ASK_ZH.search(before) or GLOSSARY.patterns["asking"].search(m.group("own")):
        return piece
    return m.group("own") + "占比多少"
