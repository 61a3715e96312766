"""Figures stated in a report's sentences, tagged with canonical metrics.

Pre-2019 reports state their numbers only in prose ("2009年我局主动公开信息共42条"),
and 2019+ reports repeat some table figures in their 总体情况 section.  This module
reads those sentences, conservatively:

* A figure is a number directly followed by a unit (件 条 起 份 个 元 万元), so years,
  dates, percentages and phone numbers are never figures.  Approximate figures
  (约/近/逾/超 before, 余/多 after: "200余条") are skipped: they are not stated values.
* A figure gets a metric only from the words *right before it in its clause*
  (or, for "收到12条依申请公开信息", right after it): "主动公开…信息", "收到…政府信息公开
  申请", "上年结转", "办结/答复", "予以公开", "行政复议", "诉讼"...  No arithmetic:
  a breakdown is never summed, a total is never split.
* Breakdowns ("其中…", up to the end of the sentence or of the bracket that holds
  the 其中) never give the *total* metrics (proactive_disclosures,
  applications_received): "其中:收到邮递依申请公开信息1条" is a part, not the total.
  Outcome figures in a breakdown ("其中,予以公开60件") keep their own metric.
* Petitions are not applications.  A clause about 来信/来访/信访/投诉/举报/诉求/来电
  received or handled ("受理群众来信和网上投诉事项1085件") gives metric None with row
  "信访事项", never applications_received.
* "予以公开及部分公开258件" is a combined figure that matches neither
  applications_disclosed nor applications_partly_disclosed: metric None, row
  "予以公开及部分公开" (kept so it can still be quoted).
* Chinese numerals are read like digits, written out counts too ("主动公开政府信息三百二十一条" -> 321,
  "收到一起…申请" -> 1).

Lines containing "|" are table rows and are left to ``ingest.tables``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.metrics import METRICS
from assistant.core.text import chinese_number, sentence_spans
from ingest.digit_groups import GROUPED_NUMBER, is_digit_group_comma

__all__ = ["NarrativeFact", "chinese_number", "extract_narrative_facts"]

# ---------------------------------------------------------------------------------------------


@dataclass
class NarrativeFact:
    metric: str | None  # assistant.core.metrics key, or None (petitions, combined figures)
    value: float
    unit: str  # the unit as stated: 条 件 起 份 个 元 万元
    raw: str  # number + unit as written, e.g. "3957条", "一起"
    span: tuple[int, int]  # offsets of number + unit in the cleaned text
    sentence_span: tuple[int, int]  # offsets of the sentence (what gets quoted)
    row: str  # label, e.g. "主动公开政府信息", "收到政府信息公开申请", "信访事项"
    sentence: str = ""  # text of the sentence (for messages)


# metric key -> the row label of a figure stated in prose (assistant/core/data/metrics.toml)
ROWS = {m.key: m.narrative_row for m in METRICS if m.narrative_row}
PETITIONS = "信访事项"
COMBINED_DISCLOSED = "予以公开及部分公开"

# ---------------------------------------------------------------------------------------------
# numbers

_UNITS = "万元|元|件|条|起|份|个"
_FIGURE = re.compile(
    rf"(?P<approx_before>约|近|逾|超过|超)?"
    rf"(?<![\d.\-/:第])(?P<num>{GROUPED_NUMBER}|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]{{1,10}})"
    rf"(?P<approx_after>余|多)?(?P<unit>{_UNITS})(?!次)"
)


# ---------------------------------------------------------------------------------------------
# what the words before (or after) a figure say

_APP = r"(?:政府信息公开|依申请公开|信息公开)"
_RECEIVE = r"(?:收到|受理|接到|新收|接收)"
_PETITION = re.compile(r"来信|来访|信访|投诉|举报|诉求|来电|信件")
# a petition figure: a verb of receiving/handling, then (within the clause) the petition words, then the count
_PETITION_LEAD = re.compile(r"(?:受理|收到|接到|办理|办结)(?P<what>[^,，。;；]{0,16})$")
_PETITION_UNITS = {"件", "起", "条"}
_QIZHONG = re.compile(r"其中")

# (metric or label, pattern on the lead — the clause text before the figure — anchored at its end)
_LEAD_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("proactive_disclosures", re.compile(
        r"主动公开(?:了)?(?:各类|各项|本部门|本单位|本机关)?(?:的)?(?:政府)?信息"
        r"(?:数量?|总数|总量)?(?:共|累计|合计|总计)?(?:达|为|计|有|的有)?$")),
    ("applications_carried_over", re.compile(
        r"(?:上年度?|上一年度?|\d{4}年度?)结转(?:的)?(?:政府信息公开申请|依申请公开件?|申请)?(?:共|为)?$")),
    ("applications_carried_forward", re.compile(r"结转(?:到|至)?下一?年度?(?:继续办理)?(?:的)?(?:申请)?(?:共|为)?$")),
    ("applications_received", re.compile(
        rf"{_RECEIVE}(?:了)?(?:各类)?{_APP}(?:的)?(?:申请|件|信息|政府信息)?(?:申请)?(?:情况|数量|数)?"
        r"(?:共|合计|总计|累计)?(?:为|达)?$")),
    ("applications_received", re.compile(rf"(?:{_APP}申请|依申请公开(?:申请)?)(?:共|总计|累计)?{_RECEIVE}(?:了)?$")),
    # who or how between the verb and what was received: "接收网络方式提交政府信息公开5件", "收到申请人通过信函提交的…申请12件"
    ("applications_received", re.compile(
        rf"{_RECEIVE}(?:了)?[^,，。;；]{{0,12}}?提交(?:的)?{_APP}(?:的)?(?:申请|件)?(?:共|合计|总计|累计)?(?:为|达)?$")),
    # ("其中按时办结56件，延期办结2件": a part of those answered, by when, is no count of all answered)
    ("applications_answered", re.compile(
        rf"(?<!按时)(?<!按期)(?<!如期)(?<!延期)(?<!逾期)(?<!超期)(?:办结|答复)(?:了)?(?:{_APP}申请|依申请公开件?|申请)?(?:共)?$")),
    (COMBINED_DISCLOSED, re.compile(r"予以公开(?:及|和|与|、)部分公开(?:的)?(?:申请)?(?:共)?$")),
    # "同意公开31件" is the old format's word for 予以公开 ("同意部分公开" is the partly rule's)
    ("applications_disclosed", re.compile(r"(?<!不)(?:予以|同意)公开(?:答复)?(?:的)?(?:申请)?(?:共)?$")),
    ("applications_partly_disclosed", re.compile(r"部分公开(?:答复)?(?:的)?(?:申请)?(?:共)?$")),
    # "不同意公开1件": the old format's word for 不予公开 ("不同意公开答复的5件": the outcome worded with its answer)
    ("applications_withheld", re.compile(r"(?:不予|不同意)公开(?:答复)?(?:的)?(?:申请)?(?:共)?$")),
    ("applications_unavailable", re.compile(r"无法提供(?:的)?(?:申请)?(?:共)?$")),
    ("applications_not_processed", re.compile(r"不予处理(?:的)?(?:申请)?(?:共)?$")),
    ("reconsiderations", re.compile(r"行政复议(?:案件|申请)?(?:共)?(?:为|有)?$")),
    ("lawsuits", re.compile(r"诉讼(?:案件)?(?:共)?(?:为|有)?$")),
    ("fees", re.compile(r"行政事业性收费(?:金额)?(?:共|合计|总计)?(?:为|达)?$")),
)
# number first: "收到12条依申请公开信息", "收到一起…政府信息公开的申请", "发生2起行政诉讼"
_RECEIVED_BEFORE = re.compile(rf"{_RECEIVE}(?:了)?$")
_RECEIVED_AFTER = re.compile(rf"^[^,，。;；]{{0,30}}?{_APP}[^,，。;；]{{0,6}}?(?:申请|信息)")
_CASE_BEFORE = re.compile(r"(?:发生|收到|涉及|被申请|提起|有)(?:了)?$")
_RECONSIDERATION_AFTER = re.compile(r"^(?:政府信息公开)?(?:行政)?复议")
_LAWSUIT_AFTER = re.compile(r"^(?:政府信息公开)?(?:行政)?诉讼")

_TOTAL_METRICS = {"proactive_disclosures", "applications_received"}
_APPLICATION_CONTEXT = {
    "applications_answered", COMBINED_DISCLOSED, "applications_disclosed", "applications_partly_disclosed",
    "applications_withheld", "applications_unavailable", "applications_not_processed",
    "applications_carried_over", "applications_carried_forward",
}
_MONEY = {"元", "万元"}

# ---------------------------------------------------------------------------------------------
# sentences and clauses

_CLAUSE_DELIMS = set(",，、:：;；()（）")


def _clauses(text: str, start: int, end: int):
    """(clause start, clause end, in_breakdown) for the clauses of one sentence.

    ``in_breakdown`` is True after "其中" until the sentence ends or the bracket
    that contains the 其中 closes."""
    depth, qizhong_depth = 0, None
    s = start
    for i in range(start, end + 1):
        ch = text[i] if i < end else "。"
        if i < end and (ch not in _CLAUSE_DELIMS or is_digit_group_comma(text, i)):
            continue  # ("1,617条": a comma grouping digits is inside its number)
        if s < i:
            yield s, i, qizhong_depth is not None
            if _QIZHONG.search(text[s:i]) and qizhong_depth is None:
                qizhong_depth = depth
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
            if qizhong_depth is not None and depth < qizhong_depth:
                qizhong_depth = None
        s = i + 1


def _classify(lead: str, tail: str, unit: str, chinese: bool) -> str | None:
    """Metric key (or label) of a figure from the clause text around it."""
    if _RECEIVED_BEFORE.search(lead) and _RECEIVED_AFTER.search(tail):
        return "applications_received"
    if _CASE_BEFORE.search(lead) and unit in ("件", "起"):
        if _RECONSIDERATION_AFTER.search(tail):
            return "reconsiderations"
        if _LAWSUIT_AFTER.search(tail):
            return "lawsuits"
    # a Chinese numeral after the words of a metric is that metric's count, as a digit would be
    # (old-format reports write "主动公开政府信息三百二十一条", "提起行政诉讼一件")
    for key, rx in _LEAD_RULES:
        if rx.search(lead):
            return key
    return None


def _is_petition(lead: str, tail: str, unit: str) -> bool:
    """"受理群众来信和网上投诉事项1085件": letters, visits, complaints — not disclosure applications."""
    m = _PETITION_LEAD.search(lead)
    if not m or unit not in _PETITION_UNITS:
        return False
    return bool(_PETITION.search(m.group("what")) or _PETITION.search(tail[:8]))


def extract_narrative_facts(text: str) -> list[NarrativeFact]:
    """Figures stated in the prose of a report's cleaned text (see the module docstring)."""
    facts: list[NarrativeFact] = []
    for s_start, s_end in sentence_spans(text):
        sentence = text[s_start:s_end]
        if "|" in sentence or not sentence.strip():
            continue
        line_start = text.rfind("\n", 0, s_start) + 1
        line_end = text.find("\n", s_end)
        paragraph = text[line_start : line_end if line_end >= 0 else len(text)]
        for c_start, c_end, breakdown in _clauses(text, s_start, s_end):
            clause = text[c_start:c_end]
            for m in _FIGURE.finditer(clause):
                if m.group("approx_before") or m.group("approx_after"):
                    continue
                num, unit = m.group("num"), m.group("unit")
                chinese = not num[0].isdigit()
                if chinese and chinese_number(num) is None:
                    continue
                value = float(chinese_number(num) or 0) if chinese else float(num.replace(",", ""))
                lead, tail = clause[: m.start("num")], clause[m.end():]
                petition = _is_petition(lead, tail, unit)
                key = None if petition else _classify(lead, tail, unit, chinese)
                if petition:
                    row, metric = PETITIONS, None
                elif key is None:
                    continue
                else:
                    if breakdown and key in _TOTAL_METRICS:
                        continue
                    if key in _APPLICATION_CONTEXT and "申请" not in paragraph:
                        continue
                    if (key == "fees") != (unit in _MONEY):
                        continue
                    row = ROWS.get(key, key)
                    metric = None if key == COMBINED_DISCLOSED else key
                span = (c_start + m.start("num"), c_start + m.end())
                facts.append(NarrativeFact(
                    metric=metric, value=value, unit=unit, raw=text[span[0] : span[1]], span=span,
                    sentence_span=(s_start, s_end), row=row, sentence=sentence.strip(),
                ))
    return facts
