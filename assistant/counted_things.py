"""What an ask counts, when it is a thing reports state rarely and never under the name of what they do state beside it.

"How many followers does the WeChat account have", "公众号有多少粉丝", "how many subscribers": a report that writes
"通过微信公众号发布信息2104条,阅读量42万人次" states posts and reads, not followers; "how many page views did the
website get" is not answered by "网站发布信息880条".  A figure answers such an ask only when its own words (a prose
figure's clause, a cell's row and column, a sentence's clause) name the thing counted; otherwise the report does not
state it and the answer says so.  So too a rate ("公开率", "what percentage"), an average ("平均用时"), satisfaction,
complaints, late answers, reading-room visitors, an assessment score and documents revoked: never the applications
received, the legal time limit or the documents made beside them (found by bench/probe.toml's `rare` questions);
and a part of the applications by who made them or from where (over 60, women, from outside the province), the
townships' figure, last year's figure, the longest reply, hotline calls, and events counted (training sessions,
media interviews, press conferences, open days): never the year's total beside them.
The families and their words are data (core/data/not_stated.toml [[counted]]).
A figure closing a list by 等 ("通过微信公众号等7个新媒体平台发布信息260余条") counts the list's members (platforms,
accounts, sites), never the items they published: it answers no ask of items (counts_listed_members).
"""

from __future__ import annotations

import re

from assistant.core.not_stated import NOT_STATED, CountedThing


def families_asked(families, ask_text: str) -> list[CountedThing]:
    """The families of `families` (not_stated.toml [[counted]], [[applicant_trait]], [[period]]) the ask names."""
    low = ask_text.lower()
    return [c for c in families if c.ask.search(low)]


def _states(word: str, low: str, whole_words: bool) -> bool:
    # (whole_words: an English word whole, with its plural: "age" is not in "percentage", "men" not in "documents")
    if whole_words and word.isascii():
        return bool(re.search(rf"(?<![a-z]){re.escape(word)}(?:s|es)?(?![a-z])", low))
    return word in low


def misses_family(families, ask_text: str, own_words: str, whole_words: bool = False) -> bool:
    """The ask names families of `families` and `own_words` (a figure's clause, a cell's row and column) hold none of
    the words a report writes for them: a figure of something else, no answer.  The one mechanism of the counted
    things, the applicants' traits (assistant/applicant_traits.py) and the periods (assistant/short_periods.py)."""
    asked = families_asked(families, ask_text)
    low = own_words.lower()
    return bool(asked) and not any(_states(w, low, whole_words) for c in asked for w in c.stated)


def counted_asked(ask_text: str) -> list[CountedThing]:
    """The rarely stated things the ask counts ("followers", "阅读量"), [] for any other ask."""
    return families_asked(NOT_STATED.counted, ask_text)


_ITEMS_ASK = NOT_STATED.patterns["items_ask"]


def misses_counted_thing(ask_text: str, own_words: str) -> bool:
    """The ask counts a rarely stated thing (followers, views) and `own_words` name none of the things it counts:
    a figure of something else (posts, items published), no answer.  A figure whose words name items about the thing
    ("新闻发布会信息59": items posted, not conferences held; [[counted]] items) answers only an ask counting items."""
    low, ask = own_words.lower(), ask_text.lower()
    # (a figure so named counts the items, whatever else its words say: a label's English gloss drops "信息"; an ask
    # writing the items' own words, "新闻发布会信息发了多少", counts them)
    if not _ITEMS_ASK.search(ask) and any(c.items is not None and c.items.search(low) and not c.items.search(ask)
                                          for c in counted_asked(ask_text)):
        return True
    return misses_family(NOT_STATED.counted, ask_text, low)


_REACH_LABEL = NOT_STATED.patterns["reach_label"]
_REACH_ASK = NOT_STATED.patterns["reach_ask"]


def counts_unasked_reach(ask_text: str, figure_name: str) -> bool:
    """A figure named for how far posts reached (`figure_name`, its own name: "阅读量", "粉丝数") answers no ask that
    counts no reach: "how many went out via the WeChat account" is not answered by the "阅读量42万人次" beside
    "通过微信公众号发布信息2104条" (not_stated.toml [patterns] reach_label, reach_ask)."""
    return bool(_REACH_LABEL.search(figure_name.lower())) and not _REACH_ASK.search(ask_text.lower())


_MEMBER_UNITS = frozenset({"个", "家", "种", "类"})


def counts_listed_members(row: str, unit: str, ask_text: str) -> bool:
    """A prose figure whose words end a list by 等 ("X、Y等7个平台": row "…等", unit 个) counts the list's members, not
    the items they carried: no answer to an ask of items published ("发布了多少条", "how many posts";
    not_stated.toml [patterns] items_ask)."""
    low = ask_text.lower()
    return (row.rstrip().endswith("等") and (unit or "").strip() in _MEMBER_UNITS
            and bool(_ITEMS_ASK.search(low)) and not _MEMBERS_ASK.search(low))


# an ask of how many members there are ("on how many accounts does it post", "通过几个平台发布"): the members' count
_MEMBERS_ASK = re.compile(r"(?:几|多少)个|(?:几|多少)家|(?<![a-z])how\s+many\s+(?:[a-z\-]+\s+){0,3}?"
                          r"(?:accounts?|channels?|platforms?|outlets?|media|sites?|websites?|portals?|apps?)(?![a-z])")
