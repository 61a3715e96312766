"""An English ask of the sections a report consists of is an ask of its parts (部分), not of a website's sections.

"What sections does X's 2018 report consist of", "the report is split into how many sections": a report writes its
own parts as 部分 ("本年度报告由九部分组成", "包括概述、…等部分"), while "sections" renders as a website's 版块/板块
(glossary).  So "sections" in an ask that names a report and no website word (glossary [patterns] site_parts_en:
"after the website revamp, how many sections") is read as "parts".  Mapping "sections" to 部分 everywhere would
collide with 部分公开 (partial disclosure), so only the report's own sections are so read (report_sections_en).

Which parts a report consists of ("what parts make up X's 2016 report", not how many) is answered by 部分 or by the
sentence listing them without that word ("全文包括概述,主动公开情况,…", "本报告包括概述、…"): such an ask reads its
"parts" as "report parts", whose renderings are both (glossary "report parts"; the ask's shape: [patterns]
report_parts_which_en).  Its verb of composition ("consist of", "made up of") reads as "cover": the parts of a report
are no breakdown of a figure (a breakdown ask would answer with the list items cut from that sentence, not the
sentence itself).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.not_stated import NOT_STATED

_REPORT_SECTIONS = GLOSSARY.patterns["report_sections_en"]
_SITE_PARTS = GLOSSARY.patterns["site_parts_en"]
_SITE_SECTIONS = GLOSSARY.patterns["site_sections_en"]
# "what sections does the full text cover": "full text" renders as 全文, whose sentence lists the parts already (and a
# list ask of "parts" would cut that sentence at its first clause)
_FULL_TEXT = re.compile(r"(?<![a-z])full\s+text(?![a-z])")
_SECTIONS = re.compile(r"(?<![a-z\-])sections(?![a-z\-])")
_PARTS = re.compile(r"(?<![a-z\-])parts(?![a-z\-])")
_PARTS_WHICH = GLOSSARY.patterns["report_parts_which_en"]
_CONTENTS_LEAD = NOT_STATED.patterns["report_contents_lead"]
_READ_AS = "report parts"
_COMPOSED = re.compile(r"(?<![a-z])(?:consists?\s+of|consisted\s+of|made\s+up\s+of|makes?\s+up|made\s+up|comprises?|comprised(?:\s+of)?|composed\s+of)(?![a-z])")
# (a number other than a year: the parts of a figure the ask restates, "of its 207 items, which parts …")
_FIGURE = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d(?!\d))\d+")


def report_sections_as_parts(norm: str) -> str:
    """`norm` with "sections" read as "parts" when the ask is of a report's own sections; else `norm` unchanged."""
    if (not re.search(r"sections|parts", norm) or _SITE_PARTS.search(norm) or _SITE_SECTIONS.search(norm)
            or _FULL_TEXT.search(norm) or not _REPORT_SECTIONS.search(norm)):
        return norm
    norm = _SECTIONS.sub("parts", norm)
    if _PARTS_WHICH.search(norm) and not _FIGURE.search(norm):
        return _COMPOSED.sub("cover", _PARTS.sub(_READ_AS, norm, count=1))
    return norm


def contents_item_for_parts(ask_text: str, label_zh: str) -> bool:
    """An item of the list a report's contents sentence makes ("全文包括…" leads its label), met with an ask of which
    parts the report consists of: the sentence answers, quoted whole (its items are cut where a part's own name joins
    words with 的 / 及 / 和: "…、存在的主要问题和改进措施" gives the item 存在)."""
    return _READ_AS in ask_text and bool(_CONTENTS_LEAD.search(label_zh))
