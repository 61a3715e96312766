"""A figure that counts several things together answers no ask of one of them.

"智慧三河手机台、《廊坊日报》、杂志和社区信息公开栏等其他形式87条" counts four outlets at once: "在《廊坊日报》上登了几条"
asks one of them, which the report does not state on its own; the 87 would be a figure of something else.  So too
"门户网站、政务微博等平台发布信息120条" for "how many items on Weibo".  The list is the figure's own words (its label,
its clause) ending with 等; an ask naming some of the listed things but not all of them is not answered by it.  A
question naming every listed thing, or none (the total), still is.  Only outlets are lumped so (papers, stations,
boards, sites, accounts): a list of examples describing one kind of item ("发布工程招标公告、中标候选人公示等信息410条")
counts that kind.  The words are data (not_stated.toml [patterns] lumped_list, lumped_outlet)."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY, joiner_pattern
from assistant.core.not_stated import NOT_STATED
from assistant.en_phrases import en_word

_LIST = NOT_STATED.patterns["lumped_list"]
# (outlets joined by 、 with no 等, one figure after them: "通过市政府网站、委门户网站信息公开专栏、主动公开信息570条")
_BARE_LIST = NOT_STATED.patterns["lumped_list_bare"]
_OUTLET = NOT_STATED.patterns["lumped_outlet"]
_MARKS = re.compile(r"[《》“”「」‘’\"'()（）]")
# the joiners of a list's last two items, never one inside a word holding it ("参与权", "及时"; glossary [terms]
# joiner_words)
_AND = re.compile(joiner_pattern(("以及", "和", "及", "与"), GLOSSARY.joiner_words))
# (an item's own name: without the words of a channel's frame before it, "通过", "在", "利用")
_LEAD = re.compile(r"^(?:通过|利用|依托|借助|在|于|经|以)")


def listed_items(own_words: str) -> list[str]:
    """The things a figure's own words list before 等 (the last list, the one nearest the figure), else joined by 、
    right before the one figure, each without its title marks; [] when they list fewer than two."""
    found = list(_LIST.finditer(own_words)) or list(_BARE_LIST.finditer(own_words))
    if not found:
        return []
    items = list_items(found[-1].group("items"))
    return [x for x in items if len(x) >= 2] if len(items) >= 2 else []


# the collective name a lump is written under right after its 等 ("…公开栏等其他形式87条": 其他形式), up to its figure
_HEAD = re.compile(r"等(?P<head>[^，,。；;:：、\s\d]{2,8}?)(?=\s*\d|$)")
_OTHER = re.compile(r"^(?:其他|其它)")
# the ask gathers the things it named under a collective word ("A、B这些形式", "A、B这几个平台", "A、B等渠道")
_GATHER = r"(?:这些|这几[个种类家]?|那些|等)"


def asks_the_lump(own_words: str, ask: str) -> bool:
    """The ask names the lump itself by the collective name the report writes after 等: a name of "other" things
    ("其他形式", "其它渠道") anywhere in the ask, else that name after a word gathering the things the ask lists
    ("…这些形式", "…等平台"): the lump's figure answers it, even when the ask lists only some of its things."""
    found = list(_LIST.finditer(own_words))
    if not found:
        return False
    head = _HEAD.match(own_words, found[-1].end("items"))
    if not head:
        return False
    name = head.group("head")
    bare = _OTHER.sub("", name)
    if _OTHER.match(name) and len(bare) >= 2 and re.search(r"(?:其他|其它)" + re.escape(bare), ask):
        return True
    return len(bare) >= 2 and bool(re.search(_GATHER + r"(?:其他|其它)?" + re.escape(bare), ask))


def _named(item: str, ask: str, terms: list[str]) -> bool:
    """The ask names the item: its words, or a Chinese word of the ask's English the item holds ("weibo" -> 微博)."""
    return item in ask or any(len(t) >= 2 and t in item for t in terms)


def split_at_joiners(text: str) -> list[str]:
    """`text` split at its joiners (和/及/与/以及), never at one inside a word holding it ("知情权及参与权" -> 知情权,
    参与权; "及时公开" stays whole)."""
    return _AND.split(text)


def list_items(raw: str) -> list[str]:
    """The things a list joined by 、 names (the last one's 和/及/与 too), each without a channel's frame words and
    title marks."""
    parts = raw.split("、")
    parts = [*parts[:-1], *split_at_joiners(parts[-1])]  # ("杂志和社区信息公开栏": the last two items)
    return [_MARKS.sub("", _LEAD.sub("", x)) for x in parts]


def named_items(items: list[str], ask_text: str, outlet_terms_only: bool = False) -> list[str]:
    """The items the ask names: by their words, or by an English word of the ask the glossary renders as words an
    item holds ("weibo" -> 微博); with `outlet_terms_only`, only renderings that are outlet words themselves."""
    ask = _MARKS.sub("", ask_text.lower())
    terms = [t for en, zh in GLOSSARY.en_to_zh.items() if en in ask
             and re.search(en_word(en), ask) for t in zh] if re.search(r"[a-z]{3}", ask) else []
    if outlet_terms_only:
        terms = [t for t in terms if _OUTLET.search(t)]
    return [x for x in items if _named(x, ask, terms)]


def asks_one_of_lumped(ask_text: str, own_words: str) -> bool:
    """`own_words` (a figure's label or clause) count a list of things together and the ask names some of them but
    not every one: the report does not state the asked ones on their own."""
    items = listed_items(own_words)
    if not items:
        return False
    ask = _MARKS.sub("", ask_text.lower())
    if asks_the_lump(own_words, ask):
        return False  # ("…这些其他形式公开了多少条": the ask names the lump by its own collective name)
    # (an English word names a listed outlet only by an outlet's own word: "publish" renders as 发布, which an
    # account's name may hold, "“X发布”微信公众号", yet names no outlet)
    named = named_items(items, ask_text, outlet_terms_only=True)
    if any(re.search(re.escape(x) + r"[^，,。？?]{0,8}等", ask) for x in named):
        return False  # ("通过门户网站等平台发布了多少条": the ask itself names the lump)
    # (outlets only: "发布工程招标公告、中标候选人公示等信息" lists examples of one kind of item, counted as that kind)
    return (any(_OUTLET.search(x.lower()) for x in named)
            and any(_OUTLET.search(x.lower()) for x in items if x not in named))
