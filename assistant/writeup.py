"""The answer being written, and how its lines name reports, figures, units and table rows (shared by the
answer engine's modules: assistant.answer, assistant.several_reports)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answered_by_cited import answered_by_cited
from assistant.core.prose import PROSE
from assistant.core.template import TEMPLATE
from assistant.core.types import Citation, Fact, Report
from assistant.labels import fact_leaf, own_words
from assistant.report_lead import without_report_lead
from assistant.stated_premises import retold_ask

_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）|\d+[.、])")
LEAD_IN = re.compile(r"^(?:其中|这其中|另有)\s*[:：,，]?\s*(?=\S)")


@dataclass
class Writeup:
    """The answer being written: its lines and the citations they carry."""

    citations: list[Citation] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def cite(self, c: Citation) -> int:
        for old in self.citations:
            if (old.doc_id, old.start, old.end, old.highlight_start) == (c.doc_id, c.start, c.end, c.highlight_start):
                return old.n
        c.n = len(self.citations) + 1
        self.citations.append(c)
        return c.n


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def stated_by_quoted_sentence(w: Writeup, f: Fact) -> bool:
    """Whether an earlier line already states the figure `f` by quoting its sentence whole ("…says: “受理来信1085件”"):
    a citation of the same report with no figure highlighted whose quote holds the figure and no other number.  An ask
    that only repeats another in other words ("letters and online complaints" of one sentence's one figure) adds no line."""
    return f.value is not None and any(
        c.doc_id == f.doc_id and c.highlight_start is None and c.start <= f.start and f.end <= c.end
        and len(_NUMBER.findall(c.quote)) == 1 for c in w.citations)


def fmt_value(v: float, language: str) -> str:
    if float(v).is_integer():
        return f"{int(v):,}" if language == "en" else str(int(v))
    return f"{v:,}" if language == "en" else str(round(v, 4))


# a figure the report states roughly: "约50件", "近百", "2243余条", "300多条" (ingest keeps the words in the raw text)
_ROUGH_BEFORE = re.compile(r"^\s*(约|近|逾|超过|超)(?=\s*\d)")
_ROUGH_AFTER = re.compile(r"\d\s*(余|多)")
# a change with its direction in words: "增10", "减少3" (本年增/减 of the 2019-2020 table)
_CHANGE = re.compile(r"^\s*(增加|减少|增|减)(?=\s*\d)")
_ROUGH_EN = {"约": "about", "近": "nearly", "逾": "more than", "超过": "more than", "超": "more than", "余": "more than",
             "多": "more than"}


def stated_value(value: float, raw: str, language: str) -> str:
    """A figure as the report states it: "2243余条" -> "2243余" / "more than 2,243", "约50件" -> "约50" / "about 50";
    any other figure as ``fmt_value`` writes it (the number itself, never changed)."""
    change = _CHANGE.match(raw or "")
    if change:  # a change the report words with its direction ("增10" of 本年增/减): the direction is part of the figure
        text = fmt_value(abs(value), language)
        if language == "zh":
            return f"{change.group(1)}{text}"
        return f"{'increase' if change.group(1).startswith('增') else 'decrease'} of {text}"
    text = fmt_value(value, language)
    before, after = _ROUGH_BEFORE.match(raw or ""), _ROUGH_AFTER.search(raw or "")
    if language == "zh":
        return f"{before.group(1) if before else ''}{text}{after.group(1) if after else ''}"
    word = _ROUGH_EN[before.group(1)] if before else _ROUGH_EN[after.group(1)] if after else ""
    return f"{word} {text}" if word else text


def who(report: Report, language: str) -> str:
    name = report.agency or report.display_title
    if not report.agency and report.region and report.region not in name:
        # a report naming no agency (only its file name gave the place): the place it is of, then the file
        name = f"{report.region}, {name}" if language == "en" else f"{report.region}（{name}）"
    if language == "en":
        pinyin = next((a for a in report.aliases if re.fullmatch(r"[a-z]+", a)), None)
        return f"{name} ({pinyin.capitalize()})" if pinyin else name
    return name


def row_label(row: str) -> str:
    """'三、本年度办理结果 / (一)予以公开' -> '予以公开': the last part without its enumerator."""
    return own_words(LEAD_IN.sub("", _ENUMERATOR.sub("", row.split(" / ")[-1])))


def _own_words(fact, column: bool = False) -> str:
    """The report's own words of a figure: the last part of a table cell's row ("第二十条第(六)项 / 行政处罚" -> "行政处罚")
    or, with `column`, of its column ("法人或其他组织 / 商业企业" -> "商业企业"), a prose figure's own label ("在青禾县信访局
    官网公开"); "" for a figure of a sentence (None), or words holding a figure (the answer would state a number no
    citation holds as a figure)."""
    if fact is None:
        return ""
    if fact.kind == "table":
        words = row_label((fact.column if column else fact.row) or "")
    else:
        words = row_label(fact_leaf(fact) or (fact.label_zh or fact.row or "").split(" / ")[-1])  # (without "其中")
    words = re.sub(r"的$", "", words.strip())
    if words.count("“") != words.count("”"):  # (a quotation the label cut: "健康杭州”官方微博")
        words = words.replace("“", "").replace("”", "")
    return words if re.search(r"[\u4e00-\u9fff]", words) and not re.search(r"\d", words) and len(words) <= 16 else ""


def sides_own_words(facts: list) -> list[str]:
    """The report's own words of each side of a comparison, named beside an English side ("penalty decisions (行政处罚)
    — more"): the rows', or the columns' where the sides are cells of one row ("natural persons vs commercial
    enterprises": 自然人 / 商业企业); "" for all where they still do not tell the sides apart."""
    for column in (False, True):
        words = [_own_words(f, column) for f in facts]
        if len(set(words)) == len(words):
            return words
    return [""] * len(facts)


def unit_text(unit: str, language: str) -> str:
    if language == "zh":
        return unit
    if unit in ("件", "条", "元"):
        return {"件": "", "条": "items", "元": "yuan"}[unit]
    # an amount of ten thousand or a hundred million yuan in words (template [units]: "0 (in ten thousand yuan)"); other
    # units stay as the report writes them ("42万人次")
    return TEMPLATE.unit_en(unit) if unit in ("万元", "亿元") else unit


def difference_unit(unit: str, language: str, t: dict) -> str:
    """The unit of a difference of two figures: two rates or shares in per cent differ by percentage points (90% and
    88% are 2 percentage points apart, not 2%: templates points_unit), other figures by their own unit."""
    return t["points_unit"] if unit == "%" else unit_text(unit, language)


# a word-by-word gloss translating under a third of a prose label's words (PROSE.gloss_coverage) misleads more than it
# tells ("兼职信息公开工作人员" is no "(disclosed)"); a third keeps "…网站共发布信息 (website published)", whose
# agency name is the untranslated rest.  The name of a standard table row the label mostly is wins over any gloss:
# "本机关不掌握相关政府信息" is "not held by this agency", not "(government information)".
GLOSS_MIN_COVERAGE = 1 / 3
ROW_NAME_MIN_SHARE = 0.5
_HAN = re.compile(r"[\u3400-\u9fff]")


def shown_gloss(zh: str, gloss: str) -> str:
    """The English gloss shown beside a prose label `zh` (its stored word-by-word `gloss`, "none: …" for a statement
    of none): the English name of the standard table row the label is or mostly is ("不予处理" -> "not processed",
    "信息无法提供" -> "cannot be provided"); else the gloss when it translates enough of the label; else none.  (The
    stored gloss stays a search text: only what an answer shows is judged.)"""
    name, en = TEMPLATE.en_within(zh)
    if not name or len(_HAN.findall(name)) < ROW_NAME_MIN_SHARE * len(_HAN.findall(zh)):
        return gloss if PROSE.gloss_coverage(zh) >= GLOSS_MIN_COVERAGE - 1e-9 else ""
    return f"none: {en}" if gloss.startswith("none:") else en


# an English ask piece that names no thing of its own ("how many of each", "how many of them"): the split's leftover,
# whose things the other pieces named; a yes/no question left whole by the split ("in 2019, did the … partly grant
# how many it refused"): no phrase to say "the reports do not state …" of (both would be garbled lines)
_NAMES_NOTHING = re.compile(r"^(?:how\s+(?:many|much)\s*)?(?:of\s+)?(?:each|both|them|it|those|these|all)?\s*[?.]?$")
_YES_NO_PIECE = re.compile(r"^(?:(?:in|for|during)\s+(?:19|20)\d\d\s*,?\s*)?(?:did|does|do|is|was|were|has|have|had|are"
                           r"|can|could|will|would)\s")
# the agency and year an English piece starts with ("qinghe county, 2023: court cases over disclosure")
_WHO_YEAR_LEAD = re.compile(r"^[^:?]{0,160}?(?<!\d)(?:19|20)\d\d\s*:\s*")


def not_found_line(template: str, ask_text: str, cited: list[Citation] | None = None) -> str | None:
    """The line saying the reports do not state one ask of several (template ask_not_found), or None when the ask's
    words make no phrase to say it of, or the spans the answer already cites (`cited`) answer it (answered_by_cited)."""
    if cited and answered_by_cited(ask_text, cited):
        return None
    # (a Chinese ask's opening clause naming the report, "那篇…年终报告范文里，", is which copy, not what is not stated)
    ask = re.sub(r"^(?:and|其中|那么|那)\s*", "", without_report_lead(ask_text.strip()))
    if ask.isascii():
        ask = _WHO_YEAR_LEAD.sub("", ask)
        low = ask.lower().strip()
        if _NAMES_NOTHING.match(low) or _YES_NO_PIECE.match(low):
            return None
    return template.format(ask=ask)


def reports_of(by_doc: dict[str, Report], doc_ids) -> list[Report]:
    """The reports a question is scoped to (none when it names no report), skipping ids no longer in the index."""
    return [by_doc[d] for d in doc_ids or [] if d in by_doc]


def not_found_in(t: dict, reports: list[Report], language: str, retold: tuple[str, list[str]] = ("", [])) -> str:
    """The refusal of a question scoped to one report names that report (staff see which report was searched, and
    that it holds no answer, not that the store was empty); a question over several or no reports gets the general
    refusal.  `retold`: the question and its asks; one that retold the report before its one ask names that ask
    ("…: the report does not state how many leagues altogether": assistant/stated_premises.py)."""
    if len(reports) != 1:
        return t["not_found"]
    r = reports[0]
    year_part = t["fact_year_part"].format(year=r.year) if r.year else ""
    if ask := retold_ask(*retold):
        return t["retold_not_stated_in"].format(who=who(r, language), year_part=year_part, ask=ask.strip(" ,，"))
    return t["not_found_in"].format(who=who(r, language), year_part=year_part)

