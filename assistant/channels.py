"""Channel judgements: a figure of one channel's items (or applications) is no answer to an ask of another channel's.

Four judgements, each over an ask and a figure's own words (its clause, a prose figure's label, a cell's row and
column), read by the not-stated checks (assistant/not_stated_checks.py) and the fact search:

- a channel reports publish through (core/data/not_stated.toml [[channel]]; a web platform is a website:
  "信息公开平台"): "How many Weibo posts did the Guangzhou bureau publish?" is not answered by "在广州信访局官网公开383条"
  (its website) nor by "微信公众号上公开337条" (WeChat); "公众号推送了多少条" not by "门户网站发布信息86条".  A figure
  naming channels, none of them one the ask names, counts another channel's items (``counts_other_channel``); a
  figure naming no channel is left to the other rules (a total the ask narrows, assistant/precision.py);
- the items a website published, also against the year's total ("政府网站发布信息多少条", "how many items on its
  website"): a figure whose own words name the whole of proactive disclosure ("主动公开信息890条") or another channel
  ("微信公众号等7个") and no website (网站, 门户, 网上 …; glossary [patterns] medium_*) is no count of the website's
  items; an ask counting a website's columns, interviews or a category of its items is not judged so
  (``misses_asked_medium``);
- the whole of proactive disclosure ("主动发布了多少信息", "how many items were published proactively", "…on their
  own initiative"; no channel named): a figure whose own words name a channel ("本局网站共发布信息154条", "政务微信605条")
  counts one channel's items, no answer while the report states the whole (the proactive metric's figure); it stays
  the answer of an ask naming that channel, and what is said where the report states no whole
  (``narrows_to_channel``, read by the fact search: assistant/fact_search.py);
- a channel of application ("当面申请多少件", "made in person", "通过网络申请": prose.toml none_channels): a figure of
  all applications ("收到12起申请") or of another channel ("未收到网络申请") counts no applications made that way
  (``misses_asked_channel``).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.not_stated import NOT_STATED
from assistant.core.prose import PROSE
from assistant.labels import has

# what may stand between a channel's name and the account it owns ("政府网的微信公众号", "门户网站官方微博")
_OWNED = re.compile(r"的?(?:官方|政务)?")


def channels_named(text: str) -> set[str]:
    """The channels `text` names ("website", "wechat", …).  A channel's name right before another channel's names
    the owner of that account, not a channel of its own: "新疆政府网微信公众号推送信息1363条" counts WeChat posts (of the
    website's account), "青禾县政府网站官方微博" is a Weibo."""
    low = text.lower()
    named = {name for name, rx in NOT_STATED.channels if rx.search(low)}
    if len(named) < 2:
        return named
    return {name for name, rx in NOT_STATED.channels if name in named and not _only_owner(low, name, rx)}


def _only_owner(low: str, name: str, rx) -> bool:
    """Every mention of channel `name` in `low` runs straight into another channel's name (its account)."""
    others = [r for n, r in NOT_STATED.channels if n != name]
    i = 0
    while (m := rx.search(low, i)) is not None:
        end = m.end()
        while (longer := next((x for x in (rx.match(low, k) for k in range(m.start() + 1, end)) if x and x.end() > end), None)):
            end = longer.end()  # "政府网站": 政府网 and 网站 overlap, one name
        end = _OWNED.match(low, end).end()
        if not any(r.match(low, end) for r in others):
            return False
        i = m.end()
    return True


def counts_other_channel(ask_text: str, own_words: str) -> bool:
    """The ask names channels and `own_words` name only others: a figure of another channel's items."""
    asked = channels_named(ask_text)
    if not asked:
        return False
    own = channels_named(own_words)
    return bool(own) and not own & asked


def _platforms_named(low: str) -> set[str]:
    return {name for name, _c, rx in NOT_STATED.platforms if rx.search(low)}


# a government's own report (its people's government or that government's office: "青禾县人民政府办公室", "云港市政府办公厅")
# and its tier (县); a government's site's column ("县政府门户网站政府信息公开专栏") and the site's tier
_GOVERNMENT = re.compile(r"(省|市|自治区|州|盟|县|区|旗)(?:人民政府(?:办公室|办公厅|办)?|政府(?:办公室|办公厅|办))(?![网门])")
_GOVERNMENT_SITE = re.compile(r"(省|市|自治区|州|盟|县|区|旗)(?:人民)?政府(?:门户)?网站?")
_OWN_SITE, _GOVERNMENT_COLUMN = "own website", "higher government's site column"


def _own_governments_column(own: set[str], low: str, agency: str) -> set[str]:
    """`own` with a government's site's column read as the own website when the report is that tier's government's
    (a county government office's report, 县政府门户网站…专栏: its own portal); a department's or a lower tier's report
    posting to the column (青禾县样例局, 石榴镇人民政府) keeps it another's site."""
    gov = _GOVERNMENT.findall(agency)
    if _GOVERNMENT_COLUMN not in own or not gov:
        return own
    if {m.group(1) for m in _GOVERNMENT_SITE.finditer(low)} == {gov[-1]}:
        return own - {_GOVERNMENT_COLUMN} | {_OWN_SITE}
    return own


def counts_other_platform(ask_text: str, own_words: str, agency: str | None = None) -> bool:
    """The ask names platforms of a channel (快手, 视频号: not_stated.toml [[platform]]) and `own_words` name none of
    them but another platform ("抖音号发布作品607条" for 快手), or only channels none of the asked platforms is of
    ("官方微信更新1103条" for 视频号, which is short video): a figure of another platform's items.  `agency`: the
    report's (else the agency the ask names); a government's own report takes its tier's government site's column for
    its own website."""
    asked = _platforms_named(ask_text.lower())
    if not asked:
        return False
    rest = ask_text.lower()
    for name, _c, rx in NOT_STATED.platforms:
        rest = rx.sub(" ", rest)
    if channels_named(rest) - {c for name, c, _rx in NOT_STATED.platforms if name in asked}:
        return False  # (an ask naming another channel beside the platform, a comparison: "抖音比门户网站多几条")
    low = own_words.lower()
    own = _own_governments_column(_platforms_named(low), low, agency or ask_text)
    if own:
        return not own & asked
    channels = channels_named(low)
    return bool(channels) and not channels & {c for name, c, _rx in NOT_STATED.platforms if name in asked}


_PROACTIVE_ASK = GLOSSARY.patterns["proactive_ask"]


def asks_whole_proactive(ask_text: str) -> bool:
    """The ask names proactive disclosure (主动, proactively, on their own initiative) and no channel: its whole."""
    low = ask_text.lower()
    return bool(_PROACTIVE_ASK.search(low)) and not channels_named(low)


def narrows_to_channel(ask_text: str, own_words: str) -> bool:
    """An ask of the whole of proactive disclosure ("主动发布了多少信息") met with a figure whose `own_words` name a
    channel ("本局网站共发布信息154条", "分别为政府信息公开平台61条、政务微信605条"): that channel's items only."""
    return asks_whole_proactive(ask_text) and bool(channels_named(own_words))


_MEDIUM_ITEMS_ASK = GLOSSARY.patterns["medium_items_ask"]
_MEDIUM_ASK = GLOSSARY.patterns["medium_ask"]
_MEDIUM_OTHER_COUNT = GLOSSARY.patterns["medium_other_count"]
_MEDIUM_NAMED = GLOSSARY.patterns["medium_named"]
_MEDIUM_ELSEWHERE = GLOSSARY.patterns["medium_elsewhere"]


def misses_asked_medium(ask_text: str, own_words: str) -> bool:
    """The ask counts the items a website published ("政府网站发布信息多少条", "how many items did it publish on its
    website"; no other thing counted: 栏目, 访谈, 采用, sections, a category's items) and `own_words` name the whole of
    proactive disclosure or another channel ("主动公开信息890条", "微信公众号等7个") and no website: no count of the
    website's items.  (Own words naming neither, "信息发布量…1200条" after "对官网进行了改版", are left to the rest.)"""
    low, own = ask_text.lower(), own_words.lower()
    return (bool(_MEDIUM_ITEMS_ASK.search(low)) and bool(_MEDIUM_ASK.search(low))
            and not _MEDIUM_OTHER_COUNT.search(low) and not _MEDIUM_NAMED.search(own)
            and bool(_MEDIUM_ELSEWHERE.search(own)))


def misses_asked_channel(terms, ask_text: str, own_words: str) -> bool:
    """The ask names a channel of application ("当面申请多少件", "made in person", "通过网络申请": prose.toml
    none_channels, with their glossary synonyms 现场 / 网上) and `own_words` name none of those channels: a figure of
    all applications ("收到12起申请") or of another channel ("未收到网络申请") counts no applications made that way."""
    asked = [c for c in PROSE.none_channels if has(c, ask_text) or any(has(c, t) for t in terms)]
    return bool(asked) and not any(has(c, own_words) for c in asked)


_ITEMS_ASK = NOT_STATED.patterns["items_ask"]
_OUTLET_WHOLE = NOT_STATED.patterns["outlet_whole"]


def _outlets_asked(low: str) -> set[str]:
    """The publishing channels an ask names; a website only by the words of a site (网站, 门户, portal): "网上", "online"
    and "platform" also name how applications came in."""
    named = channels_named(low) - {"website"}
    return named | {"website"} if _MEDIUM_ASK.search(low) else named


def misses_asked_outlet(ask_text: str, own_words: str, figure_words: str | None = None) -> bool:
    """The ask counts the items one channel carried, wherever in it the count is asked ("有多少条发布在县政府网站上",
    "在公告栏上贴出了几条", "how many of its items were posted on the county website"; no columns, views or each of
    several), and `own_words` name the whole of proactive disclosure ("主动公开的信息共计85条") and no channel at all:
    the year's total is no count of one channel's items.  `figure_words` (a fact's row and text as published) say
    whether the figure is that whole: a fact's labels also carry its section's name ("proactive disclosure"), which
    every category filed under 主动公开 has."""
    low, own = ask_text.lower(), own_words.lower()
    whole = (figure_words if figure_words is not None else own_words).lower()
    # (a figure counting a whole, "…等共计2243余条", is one too, unless the ask counts over its outlets as well:
    # "在各网站媒体上一共公开了多少条")
    counts_whole = bool(_PROACTIVE_ASK.search(whole)) or (
        bool(_OUTLET_WHOLE.search(whole)) and not _OUTLET_WHOLE.search(low) and "各" not in low)
    return (bool(_ITEMS_ASK.search(low)) and bool(_outlets_asked(low)) and not _MEDIUM_OTHER_COUNT.search(low)
            and counts_whole and not channels_named(own) and not _MEDIUM_NAMED.search(own))
