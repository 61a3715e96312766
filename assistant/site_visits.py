"""An English ask of visits to a website, a portal or one of its columns ("how many visits to the website did it record",
"how many visitors did its portal column have") counts page visits, which the reports write 访问量 / 浏览量 / 点击量
("专栏全年访问量达36,518人次").  The glossary's "visits" is the 来访 of petitioners (a bureau of letters and calls
"接待群众来访43批次"): searched with those terms, such an ask finds the petitioners' visits or nothing.  Here an ask
naming a site and its visits (glossary.toml [patterns] site_visit_ask_en) is searched with the words of page views
instead (the glossary's "page views").  "Visitors" of a site (no glossary phrase: the visitors of a reading room are
people received) are its page visits the same way, and so are a site's 访客 in a Chinese ask."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY

_SITE_VISITS = GLOSSARY.pattern("site_visit_ask_en")
_PETITION_VISITS = tuple(GLOSSARY.en_to_zh.get("visits", ()))
_PAGE_VIEWS = tuple(GLOSSARY.en_to_zh.get("page views", ()))
_VISITORS = re.compile(r"(?<![a-z])visitors?(?![a-z])")
_VISITORS_ZH = GLOSSARY.pattern("site_visitor_zh")
_SITE_ZH = GLOSSARY.pattern("site_word_zh")


def site_visit_terms(norm: str, renderings: tuple[str, ...]) -> tuple[str, ...]:
    """The Chinese renderings of a glossary phrase of the ask `norm`: the petitioners' 来访 of "visits" are the words of
    page views when the ask counts visits to a site."""
    if not _PETITION_VISITS or renderings != _PETITION_VISITS or not _SITE_VISITS.search(norm):
        return renderings
    return _PAGE_VIEWS or renderings


def site_visitor_terms(norm: str) -> tuple[str, ...]:
    """The words of page views for an English ask of the visitors of a site or its column ("how many visitors did the
    portal column get"); () for any other ask."""
    return _PAGE_VIEWS if _VISITORS.search(norm) and _SITE_VISITS.search(norm) else ()


def site_visitors_zh(norm: str) -> str:
    """A Chinese ask of a site's visitors ("网站专栏访客有多少") as an ask of its page visits ("网站专栏访问量有多少"), the
    word the reports write; any other ask as it is."""
    if "访客" not in norm or not _SITE_ZH.search(norm):
        return norm
    return _VISITORS_ZH.sub("访问量", norm)
