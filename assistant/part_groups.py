"""The label of a part (a table cell shown under its total, or said among the outcomes of 0) names its column group
when the parts shown come from several groups of one row: the lawsuits of table 四 are counted in two groups
(未经复议直接起诉 / 复议后起诉), each with the same outcome columns, so "结果维持：1件" and "结果维持：2件" side by side
say nothing of which lawsuits each counts — "未经复议直接起诉 / 结果维持" does.  A part of a row with one group (行政复议)
keeps its column alone; a part of another row is labelled by its row.  In English every part is labelled by the
template's English names: a prose part whose words are mostly one template name ("属自然人申请", "其中自然人提出") is
that name's English with the report's words beside it ("natural persons (属自然人申请)"), never the Chinese alone;
a label whose other words reverse or narrow the name ("非自然人申请", "部分予以公开") keeps its Chinese."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.template import TEMPLATE
from assistant.core.types import Fact
from assistant.labels import strip_enumerator
from assistant.writeup import row_label


def _group(f: Fact) -> str | None:
    cols = f.column.split(" / ")
    return strip_enumerator(cols[-2]) if len(cols) >= 3 else None


def part_label(parents: list[Fact], g: Fact, language: str) -> str:
    """A sub-figure's own part of its label: the column when the parent's row is shared (with its group when the
    figures of that row beside it, `parents`, are of several groups), else the row."""
    if not any(p.row == g.row for p in parents):
        part = [row_label(g.row)]
    else:
        groups = {_group(p) for p in (*parents, g) if p.row == g.row} - {None}
        last = strip_enumerator(g.column.split(" / ")[-1])
        part = [_group(g), last] if len(groups) > 1 and _group(g) else [last]
    return " / ".join(name_en(x) if language == "en" else x for x in part)


# a label is named by a template name making up at least this share of its Chinese characters ("属自然人申请": 自然人 is
# the applicant column, 属…申请 only frames it); shorter shares name something else (自然人 of a longer clause)
NAME_MIN_SHARE = 0.5
_HAN = re.compile(r"[\u3400-\u9fff]")
# ... and only when every other word of the label merely frames it (glossary [patterns] label_frame_zh: 属, 其中, 提出,
# 申请 …): a word reversing or narrowing it (非自然人申请, 部分予以公开, 结果维持以外) keeps the report's Chinese
_FRAME = GLOSSARY.patterns["label_frame_zh"]


def name_en(zh: str) -> str:
    """A row's or column's label shown in an English answer: the template's English name ("商业企业" -> "commercial
    enterprises"); a report's own words that are mostly one template name of three characters or more, that name's
    English with the words beside it ("自然人提出" -> "natural persons (自然人提出)"); else the words as written."""
    if en := TEMPLATE.en(zh):
        return en
    name, en = TEMPLATE.en_within(zh, shortest=3)
    if (name and len(_HAN.findall(name)) >= NAME_MIN_SHARE * len(_HAN.findall(zh))
            and _FRAME.fullmatch(re.sub(r"\s+", "", zh).replace(name, "", 1))):
        return f"{en.split(' / ')[-1]} ({zh.strip()})"
    return zh
