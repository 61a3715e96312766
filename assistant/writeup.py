"""The answer being written, and how its lines name reports, figures, units and table rows (shared by the
answer engine's modules: assistant.answer, assistant.several_reports)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.core.prose import PROSE
from assistant.core.template import TEMPLATE
from assistant.core.types import Citation, Report
from assistant.labels import own_words

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


def fmt_value(v: float, language: str) -> str:
    if float(v).is_integer():
        return f"{int(v):,}" if language == "en" else str(int(v))
    return f"{v:,}" if language == "en" else str(round(v, 4))


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


def unit_text(unit: str, language: str) -> str:
    if language == "zh":
        return unit
    return {"件": "", "条": "items", "万元": "×10,000 yuan", "元": "yuan"}.get(unit, unit)


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
