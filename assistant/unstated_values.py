"""A place or a person's name asked is not answered by a sentence that only says it was published or names the post.

"具体地点是在哪儿" of "发布了公开指南、咨询电话、现场咨询地点和依申请公开流程": the sentence lists the place among the things
put online and writes no place; "组长叫什么名字" of "成立了以局长为组长的领导小组": the leader is named by the post only.
Either way the report does not state what is asked, and the answer says so rather than quote the sentence.
The words are data (core/data/not_stated.toml [patterns]: place_asked, place_not_asked, place_word, place_value_after, name_asked,
leader_slot, post_only).
"""

from __future__ import annotations

import re

from assistant.core.not_stated import NOT_STATED

_PLACE_ASKED = NOT_STATED.patterns["place_asked"]
_PLACE_NOT_ASKED = NOT_STATED.patterns["place_not_asked"]
_PLACE_WORD = NOT_STATED.patterns["place_word"]
_PLACE_VALUE_AFTER = NOT_STATED.patterns["place_value_after"]
_NAME_ASKED = NOT_STATED.patterns["name_asked"]
_LEADER_SLOT = NOT_STATED.patterns["leader_slot"]
_POST_ONLY = NOT_STATED.patterns["post_only"]


def lists_place_unstated(ask_text: str, sentence: str) -> bool:
    """An ask of where something is (not a website's or an e-mail's address), met with a sentence whose every place word (地点, 地址) is an item of a list of
    things published ("…、现场咨询地点和…"), none followed by its value ("地点:", "地址设在", "地点位于")."""
    if not _PLACE_ASKED.search(ask_text) or _PLACE_NOT_ASKED.search(ask_text):
        return False
    words = list(_PLACE_WORD.finditer(sentence))
    return bool(words) and not any(_PLACE_VALUE_AFTER.match(sentence, m.end()) for m in words)


def names_post_only(ask_text: str, sentence: str) -> bool:
    """An ask of a person's name, met with a sentence naming its leaders by their posts only ("以局长为组长",
    "由分管副局长任组长"): every person slot of the sentence holds a post, none a name."""
    if not _NAME_ASKED.search(ask_text):
        return False
    slots = [m.group("who") for m in _LEADER_SLOT.finditer(sentence)]
    return bool(slots) and all(_POST_ONLY.fullmatch(p.strip()) for s in slots for p in re.split(r"[、和及与]", s) if p.strip())
