"""An English ask of the sections a report consists of is an ask of its parts (部分), not of a website's sections.

"What sections does X's 2018 report consist of", "the report is split into how many sections": a report writes its
own parts as 部分 ("本年度报告由九部分组成", "包括概述、…等部分"), while "sections" renders as a website's 版块/板块
(glossary).  So "sections" in an ask that names a report and no website word (glossary [patterns] site_parts_en:
"after the website revamp, how many sections") is read as "parts".  Mapping "sections" to 部分 everywhere would
collide with 部分公开 (partial disclosure), so only the report's own sections are so read (report_sections_en).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY

_REPORT_SECTIONS = GLOSSARY.patterns["report_sections_en"]
_SITE_PARTS = GLOSSARY.patterns["site_parts_en"]
_SITE_SECTIONS = GLOSSARY.patterns["site_sections_en"]
# "what sections does the full text cover": "full text" renders as 全文, whose sentence lists the parts already (and a
# list ask of "parts" would cut that sentence at its first clause)
_FULL_TEXT = re.compile(r"(?<![a-z])full\s+text(?![a-z])")
_SECTIONS = re.compile(r"(?<![a-z\-])sections(?![a-z\-])")


def report_sections_as_parts(norm: str) -> str:
    """`norm` with "sections" read as "parts" when the ask is of a report's own sections; else `norm` unchanged."""
    if ("sections" not in norm or _SITE_PARTS.search(norm) or _SITE_SECTIONS.search(norm)
            or _FULL_TEXT.search(norm) or not _REPORT_SECTIONS.search(norm)):
        return norm
    return _SECTIONS.sub("parts", norm)
