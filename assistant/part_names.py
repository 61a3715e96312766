"""A part of a breakdown whose label is made only of the words every part shares ("其它类信息", "其他"): the
question names it by that label itself, compared after normalising what the two sides write differently.

The part matching of assistant/parts.py sets aside the frame words of a breakdown (信息, 类, 其他 …: words every
part's label may hold), so a part labelled "其它类信息" has no words of its own and could never be asked for by
name ("政务动态类和“其它类”各几条" stated 政务动态 alone).  Such a label is compared whole: quote marks dropped,
其他 read as 其它, and a trailing 类 / 信息 / 情况 / 方面 left off on both sides ("其它类" names "其它类信息").
A bare 其它 in the question names the part only as a category ("其它类", "其他信息", "“其他”"), never "其他形式"
of another label or "其他各类" (the rest, not a part).
"""

from __future__ import annotations

import re

from assistant.core.types import Fact

_QUOTES = re.compile(r"[“”‘’\"'「」『』《》]")
# the tail words of a category's label ("其它类信息" -> "其它"), left off on both sides
_TAIL = re.compile(r"(?:类|信息|情况|方面)+$")
_NUMBERING = re.compile(r"^[\d一二三四五六七八九十()（）.、\s]+")
# how a question writes the bare "other" category: 其它 as a category, or quoted on its own
_OTHER_CATEGORY = re.compile(r"其它(?:类(?![别型])|信息|方面|情况)|[“‘\"'「『]其它[”’\"'」』]")


def _label_name(label: str) -> str:
    """A part's label as a name: numbering, quotes and its trailing category words left off, 其他 read as 其它."""
    return _TAIL.sub("", _QUOTES.sub("", _NUMBERING.sub("", label)).replace("其他", "其它")).strip()


def names_frame_only_part(label: str, question: str) -> bool:
    """`question` names the part labelled `label` (a label of frame words only, "其它类信息") by that label:
    its name ("其它") written as a category in the question, or a longer name ("其它形式") written in it."""
    name = _label_name(label)
    if len(name) < 2:
        return False
    text = question.replace("其他", "其它")
    if name == "其它":
        return bool(_OTHER_CATEGORY.search(text))
    return name in _QUOTES.sub("", text)


# the agency and year a question opens with ("青禾镇2021年…"): no part's name
_OPENING = re.compile(r"^.*?(?:19|20)\d\d\s*年度?")


def frame_only_part_named(f: Fact, core: str, question: str) -> bool:
    """The part `f`, whose own words `core` (its label without the frame words) are none, is named by its label
    in `question` (after the agency and year it opens with)."""
    label = (f.row or f.column or "").split(" / ")[-1]
    return not core.strip() and names_frame_only_part(label, _OPENING.sub("", question))
