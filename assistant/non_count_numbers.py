"""Numbers in a report's text that count nothing: the parts of the report itself ("本报告由…等6部分组成",
"三个方面"), the days, months and years of dates ("自2021年1月1日起至12月31日止", "2020-01-03"), numbers in web
addresses ("www.qinghe.gov.cn/col/col1208/index.html"), numbers of street addresses ("青禾大街1208号") and list
numbers ("2.重复申请", "（2）").  The precision rules (assistant/precision.py) never let one of them answer an ask
for a figure (the report's parts only when the parts are asked).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.prose import PROSE

# the units of a count of the report's own parts ("本报告由…等6部分组成", "三个方面"): no count of anything the
# report is about, so they answer only an ask about the report's parts (glossary [patterns] asks_parts)
_STRUCTURE_UNITS = tuple(PROSE.cn_figure_units)
ASKS_PARTS = GLOSSARY.patterns["asks_parts"]


COUNTS_PARTS_ASK = GLOSSARY.patterns["counts_parts_ask"]


def other_count_for_parts(ask: str, unit: str) -> bool:
    """`ask` counts the report's parts ("报告有几个部分") and a figure in `unit` counts something else ("258件")."""
    return bool(COUNTS_PARTS_ASK.search(ask)) and not counts_report_parts(unit)


def counts_report_parts(unit: str) -> bool:
    """A figure in `unit` counts the parts of the report (or of an argument): 部分, 个部分, 方面."""
    return bool(unit) and any(unit == u or unit == u.lstrip("个") for u in _STRUCTURE_UNITS)


_PART_COUNT = re.compile(r"[\d零一二三四五六七八九十两]+\s*(?:" + "|".join(map(re.escape, _STRUCTURE_UNITS)) + ")")


# what states no count: a date or year ("自2021年1月1日起至12月31日止", "发布日期:2020-01-03"), a web address
# (www.qinghe.gov.cn)
_NO_COUNT = re.compile(r"(?<!\d)(?:19|20)\d\d\s*([-/.])\s*\d{1,2}\s*\1\s*\d{1,2}(?!\d)"
                       r"|(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
                       r"|(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+[A-Za-z0-9./_\-]*")


# (a host name holds a letter: "47.1万元" and "96.1%" are no addresses)
_WEB_ADDRESS = re.compile(r"(?:https?://)?[A-Za-z0-9\-]*[A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)+[A-Za-z0-9./_\-]*")


def only_in_web_address(number: str, text: str) -> bool:
    """`number` stands in `text` only inside web addresses ("www.qinghe.gov.cn/col/col1208/index.html"): a page's
    id, no count of anything."""
    digits = number.replace(",", "")
    return bool(digits) and digits in text and digits not in _WEB_ADDRESS.sub(" ", text)


# a number of a street address ("办公地址在青禾大街1208号", "位于…3楼305室"): where a body is (glossary [patterns])
_ADDRESS_NUMBER = GLOSSARY.patterns["address_number"]


def address_part(text: str, start: int, end: int) -> bool:
    """The number at text[start:end] is part of a street address ("青禾大街1208号"): no count of anything."""
    return any(m.start("n") <= start and end <= m.end("n") for m in _ADDRESS_NUMBER.finditer(text))


def _without_addresses(text: str) -> str:
    return _ADDRESS_NUMBER.sub(lambda m: m.group().replace(m.group("n"), ""), text)


# a list number at the start of a label or line ("2.重复申请", "2、重复申请", "（2）…", "(2)…"): the item's place in a
# list, never a figure of it (not "2.5万元": a decimal)
_LIST_NUMBER_AFTER = re.compile(r"\s*(?:[.．、](?!\d)|[)）])")
_LIST_NUMBER_BEFORE = re.compile(r"(?:^|[\n|；;。:：])\s*[(（]?\s*$")
_LIST_NUMBERS = re.compile(r"(?m)(?:^|(?<=[|；;。:：]))\s*(?:[(（]\s*\d+\s*[)）]|\d+\s*[.．、](?!\d))")


def is_list_number(text: str, start: int, end: int) -> bool:
    """The number at text[start:end] is an enumerator: it opens its label or line (after nothing but a bracket)
    and a list mark follows it ("2.重复申请", "2、", "（2）")."""
    before = text[:start]
    if not _LIST_NUMBER_BEFORE.search(before) or not _LIST_NUMBER_AFTER.match(text, end):
        return False
    opened = before.rstrip().endswith(("(", "（"))
    closes = bool(re.match(r"\s*[)）]", text[end:]))
    return opened == closes  # "(2)" / "2." — not "(2." nor "2)"


def counts_nothing(sentence: str, parts_asked: bool = False) -> bool:
    """`sentence` writes numbers, but only dates, web addresses, street addresses, list numbers ("2.重复申请") and
    (unless `parts_asked`) counts of the report's parts ("本报告由…等六部分组成,所列数据的统计期限自2021年1月1日起至12月31日止",
    "地址在青禾大街1208号"): no figure of anything asked."""
    rest = _NO_COUNT.sub("", _without_addresses(sentence if parts_asked else _PART_COUNT.sub("", sentence)))
    rest = _LIST_NUMBERS.sub("", rest)  # ("(五)不予处理 1.信访举报投诉类申请 2.重复申请": the rows' numbers, no count)
    return rest != sentence and not re.search(r"\d", rest) and not _PART_COUNT.search(rest)
