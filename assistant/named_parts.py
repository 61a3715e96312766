"""The parts of a breakdown the question names (named_parts): the words that name a part, and whether the question writes them."""

from __future__ import annotations

import re

from assistant.core.types import Fact
from assistant.part_names import frame_only_part_named


# words every part's label shares (the frame of the breakdown), never what names one part ("年报里…分别几条": the frame)
_GENERIC_PART = re.compile(r"分别为|分别是|主要包括|包括|其中|主动公开|公开|政府|信息|类|方面|情况|其他|其它|等|共计|数量|年度报告|年报|报告"
                           # (the dimension of the breakdown, "在哪些平台", "按渠道", is what every part is, never one of them)
                           r"|平台|渠道|方式|途径|形式|类别|类型|种类|新增|分类|板块|栏目")


# an ask of which parts there are ("分哪几类", "包括哪些", "which categories"): every part answers
# (… "由哪两块组成", "分别来自哪里": the parts of a total the question states, whatever words they use)
_WHICH_PARTS = re.compile(r"哪些|哪几|哪类|哪种|什么类|什么方式|什么渠道|什么形式|什么途径|哪[两三四五](?:个)?(?:块|部分|类|项|方面)"
                          r"|来自哪(?:里|儿)|由什么组成|(?<![a-z])(?:which|what)\s+(?:[a-z-]+\s+)?"
                          r"(?:kinds?|types?|categories|category|channels?|ways?|forms?|platforms?|sorts?)(?![a-z])")
_FRAME = re.compile(r"^.*?(?:19|20)\d\d\s*年度?")


def part_core(f: Fact) -> str:
    """The words that name a part: its own label (the last piece of its row, else its column) without the frame."""
    label = (f.row or f.column or "").split(" / ")[-1]
    return _GENERIC_PART.sub(" ", re.sub(r"^[\d一二三四五六七八九十()（）.、]+", "", label))


def _names_core(core: str, text: str, total_label: str = "") -> bool:
    """`text` names a part whose core words are `core`: a run of at least two of them (the question's "工作动态"
    names "部门工作动态信息") that the total's own label `total_label` lacks (the question naming the total, "the 63
    items of the 行风 hotline", names no part "行风建设创建栏目")."""
    for piece in core.split():
        for i in range(len(piece) - 1):
            if any(piece[i:j] in text and piece[i:j] not in total_label for j in range(len(piece), i + 1, -1)):
                return True
    return False


# the verbs of what every part counts (the ask's "publish" / 发布 names none of them)
_COUNTING_VERB = re.compile(r"发布|公开|推送|更新|刊发|刊登|上传|报送|收到|受理|办理|提出|提交")
# a total's own label that lists the kinds it sums up ("工程建设项目招投标、政府采购…等共计")
LISTED_KINDS = re.compile(r"、[^、]+(?:等|共计|合计|总计|累计)")


def names_own_part(core: str, norm: str, total_label: str) -> bool:
    """The question `norm` names the part whose core words are `core` by a run of two or more of them that the
    total's own label `total_label` lacks (the agency and year it opens with name no part)."""
    text = _GENERIC_PART.sub(" ", _FRAME.sub("", norm))
    for piece in _COUNTING_VERB.sub(" ", core).split():  # ("发布工程招标公告": "publish" names no part)
        for i in range(len(piece) - 1):
            for j in range(len(piece), i + 1, -1):
                if piece[i:j] in text and piece[i:j] not in total_label:
                    return True
    return False


def named_parts(parts: list[Fact], norm: str, totals: list[Fact] = ()) -> list[Fact]:
    """The parts of a breakdown the question names ("工作动态 领导信息 财政信息分别几条": those three, not every
    category the report lists); all of them when it names none ("分别几条", "which categories").  Words of the
    `totals`' own labels name the total broken down, no part of it."""
    if _WHICH_PARTS.search(norm):
        return parts  # "分哪几类", "包括哪些类别", "通过哪些方式": the parts are what is asked, whatever words it uses
    # (the agency and year the question opens with name no part: "乐山法制办2010年…" is no ask of 法制新闻)
    text = _GENERIC_PART.sub(" ", _FRAME.sub("", norm))
    total_label = " ".join((f.row or "").split(" / ")[-1] for f in totals)
    named = [f for f in parts if _names_core(part_core(f), text, total_label)
             or (frame_only_part_named(f, part_core(f), norm) and not any(f is t for t in totals))]
    return named if named and len(named) < len(parts) else parts
