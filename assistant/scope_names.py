"""The names in an ask that say where, not what: the places the scoped reports mention, the kind of a place and the
office of a government written after a name, and an agency's name shortened to its end ("市财政局" of "泰安市财政局").
``assistant.sentences`` takes them out of an ask's evidence words (``SentenceSearch.key_terms``).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY as _GLOSSARY
from assistant.core.vocab import names_vocab

# what follows an agency's name when the question uses it as the subject ("市财政局2022年…", "县招投标局的…")
_AFTER_NAME = re.compile(r"\s*(?:\d|的|在|于|全年|本年|今年|去年|共|有|[,，?？]|$)")


_NAMES = names_vocab()


def scope_places(reports) -> set[str]:
    """The places of China's divisions the reports' texts mention, with their short names (天津市, 天津 for a
    report of 东丽区 that names its city): in a question they say where, never what is asked, so they are no
    evidence words.  Only known places: a text's "国家试点区" is no place and its words are evidence."""
    from ingest.gazetteer import place_names

    known = place_names()
    out: set[str] = set()
    for r in reports:
        own = " ".join(n for n in (r.agency, r.region) if n)
        for m in r.mentions:
            # a town or street the gazetteer does not list is a place too when the report's own name holds it
            # ("江湾镇" of 武江区江湾镇人民政府): "韶关武江区江湾镇2009年年报…" names the report there, it asks nothing
            if (m in known or len(m) >= 3 and m in own) and (short := _NAMES.short_place(m)):
                out |= {m, short}
    return out


# the kind of a place written after its short name ("新疆自治区", "宁夏回族自治区", "香港特别行政区")
_GOVERNMENT_OFFICE = _GLOSSARY.patterns["government_office_zh"].pattern
PLACE_KIND = r"(?:(?:维吾尔|壮族|回族|藏族|蒙古族)?(?:自治区|自治州|自治县|自治旗)|特别行政区)?"


def office_of(name: str) -> str:
    """The optional words after a government's name (or its place's) that name the government's office ("岚川区人民政府办公室",
    "岚川区政府办"): the office compiles the government's report and speaks for it, so they are scope like the name."""
    government = "" if name.endswith("政府") else r"(?:人民)?政府"
    return f"(?:{government}{_GOVERNMENT_OFFICE})?"


def strip_short_names(text: str, names) -> str:
    """A shortened agency name the question is about ("市财政局" of "泰安市财政局"): the end of a report's name (3+
    characters, ending with an agency word) written as the subject, before a year, 的 or the end; not the same
    words inside a row name ("政府办公厅文件" keeps its words)."""
    for n in sorted((n for n in names if len(n) >= 4 and re.search(r"[\u3400-\u9fff]", n)), key=len, reverse=True):
        for k in range(1, len(n) - 2):
            sfx = n[k:]
            if not re.search(r"[局委办厅府院室处所站队中心会]$", sfx) or sfx not in text:
                continue
            text = re.sub(re.escape(sfx) + r"(?=" + _AFTER_NAME.pattern + ")", " ", text)
    return text
