"""An administrative tier the question asks about ("at the township level (xiang and zhen), who heads the leading
groups", "乡镇一级由谁任组长"): a sentence that states the matter only for other tiers ("市里由常务副市长任组长,县(市、区)
也是由常务副县(市、区)长任组长") says nothing of the tier asked, so the answer says the report does not state it.  The
sentence answers only when it writes a word of that tier (乡, 镇, 街道 for a township).  Data: core/data/not_stated.toml
[[tier]].  A tier's word
inside a longer name that is no such tier ("区" of 自治区) does not count: [patterns] tier_word_inside is taken out first.
"""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED

_INSIDE = NOT_STATED.patterns["tier_word_inside"]


def tiers_asked(ask_text: str) -> list:
    """The tiers (not_stated.toml [[tier]]) the ask names as the level it asks about."""
    low = ask_text.lower()
    return [t for t in NOT_STATED.tiers if t.ask.search(low)]


def misses_asked_tier(ask_text: str, text: str) -> bool:
    """The ask names a tier and `text` (a sentence, a fact's own words) writes none of its words."""
    low = _INSIDE.sub(" ", text.lower())
    return any(not any(w in low for w in t.stated) for t in tiers_asked(ask_text))
