"""Problems and plans: the items of a report's "problems and improvements" section, kept to the side the ask names.

Ingest takes a problems section's items as its sentences stating a shortfall, then the first sentences of its plans
("存在信息公开相对滞后的情况；培训力度仍需加大。今后，我局将进一步加大…"), since a section of both answers either ask.
An ask of the problems only ("which problems did they have", "存在哪些问题") is not answered by a plan ("今后…将进一
步加大…"): a plan is no problem; an ask of the plans only ("下一步有什么打算", "what will they do to improve") is not
answered by a shortfall.  An ask of both ("存在什么问题，有哪些改进措施") keeps every item.
Either ask is answered from the section headed with its problems or plans (SECTION_HEADING_WORDS) before a list of
another section whose label holds 问题 only as a topic of its work (section_items_first).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.prose import PROSE
from assistant.core.types import Fact

_PROBLEMS_ASK = re.compile(GLOSSARY.patterns["problem_nouns_zh"].pattern + r"|(?<![a-z])(?:problems?|shortcomings?|shortfalls?|difficult(?:y|ies)|"
                           r"weakness(?:es)?|weak (?:spots?|points?|areas?|links?)|issues?|challenges?|gaps?|deficienc(?:y|ies)|fell short|(?:went|go|gone|going) wrong|"
                           # (in an office worker's words: "the main headaches", "pain points", what it "still needs to fix")
                           r"headaches?|(?:pain|sore) points?|trouble spots?|needs? (?:to )?fix(?:ing)?)(?![a-z])")
# ("准备做哪些工作", "将开展哪些工作": what the agency means to do)
_PLANS_ASK = re.compile(r"措施|改进|整改|打算|下一步|下步|接下来|今后|计划|努力方向|思路|举措|准备(?:做|开展|推进|抓)|将(?:要)?(?:做|开展|推进)哪些|"
                        r"(?<![a-z])(?:measures?|plans?|improve(?:ments?)?|"
                        r"remed(?:y|ies)|fix(?:es)?|next steps?|steps?)(?![a-z])|" + GLOSSARY.patterns["plans_ask_en"].pattern)
# the words a report heads its section of problems and plans with ("五、存在的主要问题及改进情况", "存在的不足和改进
# 措施", "下一步工作打算", "努力方向"): a list under such a heading is what an ask of the problems or plans wants
SECTION_HEADING_WORDS = ("问题", "不足", "困难", "差距", "短板", "改进", "整改", "下一步", "下步", "打算", "努力方向")
# an ask of what the agency will do better (not of measures it took: "采取了哪些措施" asks its work, not its plans)
_IMPROVE_ASK = re.compile(r"改进|整改|打算|下一步|下步|接下来|今后|努力方向|准备(?:做|开展|推进|抓)|将(?:要)?(?:做|开展|推进)哪些|"
                          r"(?<![a-z])(?:improve(?:ments?)?|next steps?)(?![a-z])|"
                          + GLOSSARY.patterns["plans_ask_en"].pattern)
# problems named only as what the measures asked respond to (glossary.toml [patterns] problems_as_object)
_AS_OBJECT = GLOSSARY.patterns["problems_as_object"]
SECTION_SLACK = 0.25  # how much lower an item of the problems section may score than a list of another section
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
    or neither.  Problems named only as what the measures respond to ("针对存在的问题提了哪些改进措施", "what measures
    to address the problems") are no ask of the problems."""
    plans = bool(_PLANS_ASK.search(norm))
    problems = bool(_PROBLEMS_ASK.search(_AS_OBJECT.sub(" ", norm) if plans else norm))
    if problems != plans:
        return "problems" if problems else "plans"
    return None


def sub_heading(f: Fact) -> str:
    """The sub-heading an item's list stands under ("…存在的主要问题及改进情况 / 改进措施 / 第1项" -> "改进措施")."""
    return " / ".join(f.label_zh.split(" / ")[1:-1])


# a lead saying what the agency will do heads the plans ("2018年，我镇将着力做好以下工作", "本机关将从以下方面…")
_WILL_DO = re.compile(r"(?:我|本)[\u4e00-\u9fff]{1,3}将")


def heads_side(heading: str, side: str) -> bool:
    """`heading` names the side asked and not the other ("改进措施" heads the plans, "主要问题" the problems)."""
    problems = bool(_PROBLEMS_ASK.search(heading))
    plans = bool(_PLANS_ASK.search(heading) or _WILL_DO.search(heading))
    return problems and not plans if side == "problems" else plans and not problems


def _text(f: Fact) -> str:
    return f.text_value or f.raw or ""


def items_of_side(items: list[Fact], norm: str) -> list[Fact]:
    """The items that answer the side asked: a problems ask drops the plans among its items, a plans ask the
    shortfalls — only when items of the asked side remain (a list of one side only is kept whole)."""
    side = side_asked(norm)
    if side is None or len(items) < 2 or not all(f.kind == "item" for f in items):
        return items
    if len({sub_heading(f) for f in items}) > 1:
        # the lists of two sub-headings ("(一)主要问题" and "(二)改进措施"): those under the heading of the side asked
        own = [f for f in items if heads_side(sub_heading(f), side)]
        if own and len(own) < len(items):
            return own
    kept = [f for f in items if not is_plan(_text(f))] if side == "problems" else [f for f in items if not is_shortfall(_text(f))]
    if side == "plans" and not any(is_plan(_text(f)) for f in items):
        return items  # a list of measures taken, not of plans: nothing to tell apart
    return kept if kept and len(kept) < len(items) else items


def lists_of_side_asked(items: list[Fact], ask_words: str) -> list[Fact]:
    """The items under a sub-heading (a list's lead) that heads the side of the section asked (`ask_words`: the ask's
    search terms), when the items are of lists under leads of both sides; else []."""
    side = side_asked(ask_words)
    if side is None or len({sub_heading(f) for f in items}) < 2:
        return []
    other = "problems" if side == "plans" else "plans"
    own = [f for f in items if heads_side(sub_heading(f), side)]
    if own and any(heads_side(sub_heading(f), other) for f in items):
        return own
    # the other side's list straight under the section's heading: the side asked is a list under a lead of its own,
    # not the things one sentence enumerates ("下一步，我乡将围绕公告栏、网站等平台…": the lead "围绕…等平台")
    own = [f for f in own if not _enumerated(f)]
    return own if own and any(_unheaded_of_side(f, other) for f in items) else []


def _enumerated(f: Fact) -> bool:
    """An item the words of one sentence enumerate ("增加…等解读方式 / 第1项"): its lead elides the enumeration."""
    return "…" in sub_heading(f)


def lists_of_both_sides(items: list[Fact], ask_words: str) -> list[Fact]:
    """An ask naming both sides ("存在什么问题，有哪些改进措施") of a section whose items are a list of problems and a
    list of plans (each headed by its lead, or one of them straight under the section's heading): the first item of
    each of the two lists, in text order — a combined problems-and-measures section answers with both; else []."""
    if side_asked(ask_words) is not None or not (_PROBLEMS_ASK.search(ask_words) and _PLANS_ASK.search(ask_words)):
        return []
    firsts: list[Fact] = []
    for side in ("problems", "plans"):
        of_side = [f for f in items if not _enumerated(f) and (heads_side(sub_heading(f), side) or _unheaded_of_side(f, side))]
        if not of_side:
            return []
        firsts.append(min(of_side, key=lambda f: f.start))
    return sorted(firsts, key=lambda f: f.start)


def _unheaded_of_side(f: Fact, side: str) -> bool:
    """An item straight under the section's heading (no lead of its own: "六、存在的主要问题及改进措施 一是…不够；二是…")
    that states the side named: a shortfall for "problems", a plan for "plans" — the other list of a section whose
    second list has a lead ("下一步，我镇将…：一是…")."""
    return not sub_heading(f) and (is_shortfall(_text(f)) if side == "problems" else is_plan(_text(f)))


def asks_problems_section(norm: str) -> bool:
    """The ask is of the report's problems or of its plans to improve ("存在哪些不足", "what shortcomings did they
    admit to", "下一步有什么打算", "what will they do to improve")."""
    return bool(_PROBLEMS_ASK.search(norm) or _IMPROVE_ASK.search(norm))


def heads_problems_section(title: str) -> bool:
    """A section title that heads the problems and plans ("五、存在的主要问题及改进情况", "下一步工作打算")."""
    return any(w in title for w in SECTION_HEADING_WORDS)


def section_items_first(mine: list[tuple[Fact, float]], norm: str) -> list[tuple[Fact, float]]:
    """Label matches (best first) of an ask of the problems or plans: the items of a section headed with them first,
    when they score about as well as the best (a list whose label holds 问题 only as a topic of its work, "加大对热点
    难点问题的公开力度 / 包括…", is no list of problems); else unchanged."""
    if not mine or not asks_problems_section(norm):
        return mine
    best = mine[0][1]
    ahead = [(f, s) for f, s in mine if f.kind == "item" and s >= best - SECTION_SLACK
             and heads_problems_section(f.label_zh.split(" / ")[0])]
    if not ahead or ahead[0] is mine[0]:
        return mine
    return ahead + [fs for fs in mine if fs not in ahead]
