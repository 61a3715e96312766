"""A count of a whole set of items answers no ask of one part of it.

"主动公开的信息中，关于低保发放的有多少条" asks how many of the year's items were about one matter; a report that counts
only the whole ("主动公开的信息共计85条") or other kinds states nothing of that part, and its total would be a figure of
something else.  The ask names the set first and the part after it (core/data/not_stated.toml [patterns]
part_of_set_ask); a figure answers it only when its own words share a word of the part ("低保发放信息12条").  Chinese
asks only: an English part is matched to a report's words by the glossary, which names few such matters.  An ask of a
kind of items ("how many flood-relief items", "公开的防汛救灾信息有多少条") is judged only against a figure of the whole.
"""

from __future__ import annotations

import re

from assistant.channels import channels_named
from assistant.core.glossary import GLOSSARY
from assistant.core.not_stated import NOT_STATED

_ASK = NOT_STATED.patterns["part_of_set_ask"]
_FILLER = NOT_STATED.patterns["part_of_set_filler"]
_ASK_EN = NOT_STATED.patterns["part_of_set_ask_en"]
_KIND_ZH = NOT_STATED.patterns["kind_of_items_ask_zh"]
_KIND_FILLER_ZH = NOT_STATED.patterns["kind_of_items_filler_zh"]
_FILLER_EN = NOT_STATED.patterns["part_of_set_filler_en"]
_WHOLE_ROW_FILLER = NOT_STATED.patterns["whole_row_filler"]
_PROACTIVE = GLOSSARY.patterns["proactive_ask"]
_WHOLE_ASKED = NOT_STATED.patterns["outlet_whole"]  # ("in total", "altogether": the ask counts the whole)


def asked_part(ask_text: str) -> str:
    """What the part of a set the ask counts is about ("低保发放"), without words that say nothing of it; "" when the
    ask counts no part of a set."""
    m = _ASK.search(ask_text)
    if m is None:
        return ""
    part = re.sub(f"^(?:{_FILLER.pattern})+|(?:{_FILLER.pattern})+$", "", m.group("part"))
    return part if len(part) >= 2 else ""


def misses_asked_part(ask_text: str, own_words: str) -> bool:
    """The ask counts one part of a set and `own_words` share no two characters of what the part is about."""
    part = asked_part(ask_text)
    return bool(part) and not any(part[i:i + 2] in own_words for i in range(len(part) - 1))


def asked_kind_en(ask_text: str) -> str:
    """The kind of items an English ask counts ("civil-affairs relief"), without frame words; "" when it names none
    (or only a channel: "items on its website" is the channel rules' ask)."""
    low, at = ask_text.lower(), 0
    while (m := _ASK_EN.search(low, at)) is not None:  # (overlapping: "how many of its items concerned X")
        at = m.start() + 1
        kind = m.group("kind") or m.group("kind2") or ""
        words = [w for w in re.findall(r"[a-z][a-z'\-]*", kind) if not re.fullmatch(_FILLER_EN.pattern, w)]
        if words and not channels_named(" ".join(words)):
            return " ".join(words)
    return ""


def asked_kind_zh(ask_text: str) -> str:
    """The kind of items a Chinese ask counts, named before 信息 ("主动公开的防汛救灾信息有多少条" -> "防汛救灾"), without
    words that say nothing of it; "" when it names none ("主动公开的政府信息有多少条") or only a channel (the channel
    rules' ask)."""
    m = _KIND_ZH.search(ask_text)
    if m is None:
        return ""
    kind = _KIND_FILLER_ZH.sub("", m.group("kind") or m.group("kind2") or "")
    return kind if len(kind) >= 2 and not channels_named(kind) else ""


def names_whole_only(row: str) -> bool:
    """`row` (a figure's row, a clause) names the whole of proactive disclosure and no kind of it."""
    return bool(_PROACTIVE.search(row.lower())) and not re.sub(_WHOLE_ROW_FILLER.pattern, "", row).strip("“”\"'")


def _names_whole_zh(row: str) -> bool:
    """`row` names all the year's published items in words of no section ("累计公开信息", "共发布信息"): a publishing
    word and the whole's words only."""
    return bool(re.search(r"公开|发布", row)) and not re.sub(_WHOLE_ROW_FILLER.pattern, "", row).strip("“”\"'")


_BY_WAY_OF = re.compile(r"通过|经由|利用|依托|借助|在")


def names_channel_whole_only(row: str) -> bool:
    """`row` names all one channel carried and no kind ("通过微信公众号发布信息"): its channel's words, the words of the
    way and the whole's aside, nothing is left."""
    if not re.search(r"[\u4e00-\u9fff]", row) or not channels_named(row):
        return False
    bare = _BY_WAY_OF.sub("", row.lower())
    for _name, rx in NOT_STATED.channels:
        bare = rx.sub("", bare)
    return not re.sub(_WHOLE_ROW_FILLER.pattern, "", bare).strip("“”\"'")


def whole_for_asked_kind(ask_text: str, row: str) -> bool:
    """An ask counts items of one kind ("flood-relief items", "防汛救灾信息") and `row` names only the year's proactive
    whole, or all of one channel's items: no count of the kind."""
    low = ask_text.lower()
    if re.search(r"[\u4e00-\u9fff]", low):
        # (a Chinese ask's "一共" may count the kind's items in all, so only a channel named makes it no kind's ask)
        return bool(asked_kind_zh(low)) and not channels_named(low) and (names_whole_only(row) or _names_whole_zh(row))
    return (not _WHOLE_ASKED.search(low) and not channels_named(low)
            and bool(asked_kind_en(low)) and (names_whole_only(row) or names_channel_whole_only(row)))
