"""The TYPE of answer an ask expects, and figures or sentences of another type that therefore answer nothing.

Questions nobody wrote in advance keep meeting answers whose type does not fit the ask, found by words they share
with it: "主动公开信息多少条" / "number of items published proactively" answered by "不间断发布信息365天" (a duration),
"培训50人次" (people) or "同比下降76.8%" (a share); "which office put the report together" by "共收到咨询件50余件"
(a figure for a body's name); "年报数据统计的是哪段时间" by a sentence with no date; "主动公开政府信息多少条" by a
sentence with no number at all.  Each is a refusal kind of the not-stated registry (assistant/not_stated_checks.py):
the candidate is dropped and the next one may answer, else the answer says the report does not state it.
The ask words and unit families are data (core/data/not_stated.toml [patterns] items_count_ask, other_type_unit,
maker_ask, period_ask, period_date).
"""

from __future__ import annotations

import re

from assistant.core.not_stated import NOT_STATED
from ingest.prose import none_in

_P = NOT_STATED.patterns
_TEXT_KINDS = ("contact", "date", "item")
# a count written in a sentence: a digit, or a Chinese numeral with a counting unit ("收到一起申请", "两件")
_CN_COUNT = re.compile(r"[一二两三四五六七八九十百千万零]+\s*(?:件|条|起|个|次|项|篇|份|宗|例|人次|人|名|天|元)")


def counts_items(ask_text: str) -> bool:
    """The ask counts items, documents, requests or cases ("多少条", "how many requests", "number of items")."""
    return bool(_P["items_count_ask"].search(ask_text.lower()))


def unit_of_other_type(unit: str | None) -> bool:
    """`unit` (what follows a figure: "天", "人次", "%", "万元", "days") counts no items: a duration, people, money or
    a share."""
    return bool(unit) and bool(_P["other_type_unit"].match(unit.strip().lower()))


def figure_unit(figure: str) -> str:
    """The unit of a sentence's figure as the sentence search writes it ("365天" -> "天", "50余人次" -> "余人次")."""
    return re.sub(r"^[\d,.]+\s*", "", figure or "")


def other_type_for_items(ask_text: str, unit: str | None) -> bool:
    """An ask counting items met by a figure in a unit of another type ("365天" for "多少条")."""
    return unit_of_other_type(unit) and counts_items(ask_text)


def asks_amount(ask_text: str) -> bool:
    """The ask wants a money amount ("交易总额是多少亿元", "what's the yuan amount", "total value of the deals") and counts
    nothing beside it."""
    return bool(_P["amount_ask"].search(ask_text.lower()))


def count_for_amount(ask_text: str, unit: str | None) -> bool:
    """An ask of a money amount met by a figure counting things ("282条" of trade notices, "80条" of items): a count
    states no money."""
    return bool(unit) and bool(_P["count_unit"].match(unit.strip().lower())) and asks_amount(ask_text)


def states_no_amount(sentence: str, ask_text: str) -> bool:
    """An ask of a money amount met by a sentence that writes no money at all ("累计公开信息80条")."""
    return asks_amount(ask_text) and not _P["money_stated"].search(sentence.lower())


def asks_maker(ask_text: str) -> bool:
    """The ask wants the body that compiled, wrote or released the report ("谁编写的", "which office put it
    together"): a name, never a figure."""
    return bool(_P["maker_ask"].search(ask_text.lower()))


def asks_name(ask_text: str) -> bool:
    """The ask wants what things are called ("what are those eight systems called", "这项制度叫什么"), counting
    nothing: names, never a figure."""
    return bool(_P["name_ask"].search(ask_text.lower()))


def asks_period(ask_text: str) -> bool:
    """The ask wants the period the report's figures cover ("数据统计的是哪段时间", "what dates do the figures run
    from and to"): dates, never a count."""
    return bool(_P["period_ask"].search(ask_text.lower()))


def states_a_period(text: str) -> bool:
    """`text` writes a date a period is given by ("1月1日至12月31日", "2023-01-01", "全年")."""
    return bool(_P["period_date"].search(text.lower()))


def _asks_change(ask_text: str) -> bool:
    low = ask_text.lower()
    return bool(_P["change_words"].search(low) or _P["compare_ask"].search(low))


def asks_size(ask_text: str) -> bool:
    """The ask wants how big a change or a share is: a percentage, points, a multiple, "by how much" (a figure)."""
    return bool(_P["size_ask"].search(ask_text.lower()))


def states_no_number(sentence: str, ask_text: str) -> bool:
    """A how-many ask met by a sentence that writes no number at all and states none of anything: it says how the
    work was done, not how much ("持续推进重点领域信息主动公开…").  Not an ask of a change ("数量有何变化": "有所增加"
    answers it in words) — unless it asks how big the change is ("by what percentage", "百分之几": a figure)."""
    if re.search(r"\d", sentence) or _CN_COUNT.search(sentence) or (_asks_change(ask_text) and not asks_size(ask_text)):
        return False
    return none_in(sentence) is None


def states_none_of_a_kind(sentence: str) -> bool:
    """A sentence writing no number whose none is of the kinds it named before ("本单位无行政许可职能,…故无此类公开信息"):
    it says some kinds of information do not exist, not how many items there were in all (an ask of a total)."""
    if re.search(r"\d", sentence) or _CN_COUNT.search(sentence):
        return False
    return _P["none_of_a_kind"].search(sentence) is not None


def figure_kind(kind: str, value) -> bool:
    """A fact that is a figure (a count or an amount), not a text fact (name, address, date, item)."""
    return value is not None and kind not in _TEXT_KINDS


def lists_report_contents(text: str) -> bool:
    """`text` lists the report's own parts ("本报告由概述、主动公开情况、…、存在的主要问题和改进措施等六部分组成"): the
    topics named, nothing said of any of them (at least three standard part names after the lead, or a list that starts
    with the overview: "包括概述、…", "分别为:总体情况、…")."""
    lead = _P["report_contents_lead"].search(text)
    return ((bool(lead) and len(set(_P["report_section_word"].findall(text[lead.start():]))) >= 3)
            or bool(_P["contents_list"].search(text)))


def asks_contents(ask_text: str) -> bool:
    """The ask is of the report's contents or parts, which such a list answers."""
    low = ask_text.lower()
    return bool(_P["report_contents_ask"].search(low) or _P["contents_ask"].search(low))


def names_no_maker(text: str) -> bool:
    """`text` has no word of making or releasing a report ("编制", "发布", "compiled"): it cannot say who did."""
    return not _P["maker_stated"].search(text.lower())
