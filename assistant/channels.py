"""The channel a figure counts items of: an ask naming channels is answered only by a figure of one of them.

"How many Weibo posts did the Guangzhou bureau publish?" is not answered by "在广州信访局官网公开383条" (its website) nor by
"微信公众号上公开337条" (WeChat); "公众号推送了多少条" not by "门户网站发布信息86条".  A figure whose own words (its clause,
a prose figure's label) name channels, none of them one the ask names, counts another channel's items; a figure naming
no channel is left to the other rules (a total the ask narrows, assistant/precision.py).  The channels and their words
are data (core/data/not_stated.toml [[channel]]); a web platform is a website ("信息公开平台").
"""

from __future__ import annotations

from assistant.core.not_stated import NOT_STATED


def channels_named(text: str) -> set[str]:
    """The channels `text` names ("website", "wechat", …)."""
    low = text.lower()
    return {name for name, rx in NOT_STATED.channels if rx.search(low)}


def counts_other_channel(ask_text: str, own_words: str) -> bool:
    """The ask names channels and `own_words` name only others: a figure of another channel's items."""
    asked = channels_named(ask_text)
    if not asked:
        return False
    own = channels_named(own_words)
    return bool(own) and not own & asked
