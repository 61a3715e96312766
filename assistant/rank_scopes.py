"""A rank asked within one scope is not answered by a rank stated within another.

"南平市在福建全省排名第几" is not answered by "在全国地级城市政府网站中排名第四" (a national rank among one class of
cities); "在全国所有政务微博中排第几" not by "位列全国党政新闻发布第一名" (one category's list); "where did it rank
nationwide" not by a rank within the province or the city.  The rank's own words (a sentence's clause, a figure's
labels) say its scope; where they name a scope other than the one asked, the report does not state the asked rank
(assistant/not_stated_checks.py "rank of another scope").  A rank whose words name no scope is judged as before.
Data: core/data/not_stated.toml [patterns] rank_*; the ask of a rank is glossary [patterns] rank_ask.
"""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY
from assistant.core.not_stated import NOT_STATED

_P = NOT_STATED.patterns
_RANK_ASK = GLOSSARY.patterns["rank_ask"]


def misses_rank_scope(ask_text: str, own_words: str) -> bool:
    """`ask_text` asks a rank of a scope (a province, the whole country, all of a kind) that `own_words`, the words of
    a stated rank, do not rank within."""
    ask, own = ask_text.lower(), own_words.lower()
    if not _RANK_ASK.search(ask):
        return False
    stated_nation = bool(_P["rank_nation_stated"].search(own))
    if _P["rank_province_ask"].search(ask) and stated_nation and not _P["rank_province_stated"].search(own):
        return True  # a province's rank asked, a national one stated
    if (_P["rank_nation_ask"].search(ask) and not _P["rank_province_ask"].search(ask) and not stated_nation
            and _P["rank_local_stated"].search(own)):
        return True  # a national rank asked, one within the province or the city stated
    # all of a kind asked ("所有政府网站", "among all government websites"), a rank among one class stated
    return bool(_P["rank_all_ask"].search(ask)) and bool(_P["rank_class"].search(own)) and not _P["rank_class"].search(ask)
