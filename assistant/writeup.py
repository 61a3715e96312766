"""The answer being written, and how its lines name reports, figures, units and table rows (shared by the
answer engine's modules: assistant.answer, assistant.several_reports)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
