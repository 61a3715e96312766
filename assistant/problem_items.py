"""Problems and plans: the items of a report's "problems and improvements" section, kept to the side the ask names.

Ingest takes a problems section's items as its sentences stating a shortfall, then the first sentences of its plans
("存在信息公开相对滞后的情况；培训力度仍需加大。今后，我局将进一步加大…"), since a section of both answers either ask.
An ask of the problems only ("which problems did they have", "存在哪些问题") is not answered by a plan ("今后…将进一
步加大…"): a plan is no problem; an ask of the plans only ("下一步有什么打算", "what will they do to improve") is not
answered by a shortfall.  An ask of both ("存在什么问题，有哪些改进措施") keeps every item.
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.prose import PROSE
from assistant.core.types import Fact

_PROBLEMS_ASK = re.compile(r"问题|不足|困难|短板|薄弱|差距|(?<![a-z])(?:problems?|shortcomings?|shortfalls?|difficult(?:y|ies)|"
                           r"weakness(?:es)?|issues?|challenges?|gaps?|deficienc(?:y|ies)|fell short|went wrong)(?![a-z])")
_PLANS_ASK = re.compile(r"措施|改进|整改|打算|下一步|下步|今后|计划|努力方向|思路|举措|(?<![a-z])(?:measures?|plans?|improve(?:ments?)?|"
                        r"remed(?:y|ies)|fix(?:es)?|next steps?|steps?)(?![a-z])|" + GLOSSARY.patterns["plans_ask_en"].pattern)
_LEAD = re.compile(r"^[\s\d一二三四五六七八九十()（）.、．,，:：是第]*")


def is_plan(text: str) -> bool:
    """An item that states what the agency will do ("今后，区信访局将进一步加大…", "下一步，我局将…")."""
    body = _LEAD.sub("", text or "")
    return body.startswith(PROSE.announced_stop) or bool(re.match(r"[^，,。；;]{0,12}将(?:进一步|继续|切实|着力|不断|加大|加强)", body))


def is_shortfall(text: str) -> bool:
    """An item that states a shortfall ("存在信息公开相对滞后的情况", "培训力度仍需加大"), and no plan."""
    return not is_plan(text) and any(w in (text or "") for w in PROSE.shortfall_words)


def side_asked(norm: str) -> str | None:
    """"problems" or "plans" when the ask names only one side of a problems-and-improvements section; None for both
    or neither."""
    problems, plans = bool(_PROBLEMS_ASK.search(norm)), bool(_PLANS_ASK.search(norm))
    if problems != plans:
        return "problems" if problems else "plans"
    return None


def _text(f: Fact) -> str:
    return f.text_value or f.raw or ""


def items_of_side(items: list[Fact], norm: str) -> list[Fact]:
    """The items that answer the side asked: a problems ask drops the plans among its items, a plans ask the
    shortfalls — only when items of the asked side remain (a list of one side only is kept whole)."""
    side = side_asked(norm)
    if side is None or len(items) < 2 or not all(f.kind == "item" for f in items):
        return items
    kept = [f for f in items if not is_plan(_text(f))] if side == "problems" else [f for f in items if not is_shortfall(_text(f))]
    if side == "plans" and not any(is_plan(_text(f)) for f in items):
        return items  # a list of measures taken, not of plans: nothing to tell apart
    return kept if kept and len(kept) < len(items) else items
