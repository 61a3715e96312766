"""The label an answer line gives a figure: its row and column, or its prose clause's own words, in Chinese or English."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.prose import PROSE
from assistant.core.template import TEMPLATE
from assistant.core.types import Fact
from assistant.labels import own_words
from assistant.part_groups import name_en
from assistant.query import ParsedQuestion
from assistant.writeup import LEAD_IN, row_label, shown_gloss


def fact_label(q: ParsedQuestion, f: Fact) -> str:
    """The label an answer line gives a figure (ExtractiveEngine._label)."""
    column = own_column(f)
    if q.language == "zh":
        if f.metric and q.metric is not None and f.metric == q.metric.key:
            return row_label(f.row) + (f"（{column}）" if column and f.table != "narrative" else "")
        if f.kind in ("narrative", "none", "contact", "date", "item") and f.label_zh:
            return LEAD_IN.sub("", clause_words(f.label_zh.split(" / ")[-1]))
        return row_label(f.row) + (f"（{column}）" if column and f.table != "narrative" else "")
    if q.metric is not None and f.metric == q.metric.key:
        return q.metric.en + (f" ({TEMPLATE.path_en(column)})" if column and f.table != "narrative" and column != q.metric.preferred_column else "")
    if (en := change_label_en(f.row)) and f.table == "narrative":
        return en  # ("同比下降" -> "down year on year")
    if f.label_en and f.table == "narrative":
        # the prose clause as written, with its English gloss: "重点领域信息 (proactive disclosure)"
        zh = LEAD_IN.sub("", clause_words(f.label_zh.split(" / ")[-1])) if f.label_zh else row_label(f.row)
        gloss = re.sub(r"\s*\([^)]*\)$", "", f.label_en.split(" / ")[-1]).strip()
        if f.label_zh and zh != f.label_zh.split(" / ")[-1]:
            gloss = ""  # the gloss is of the whole clause, not of the figure's own words
        elif f.kind in ("narrative", "none"):  # (a word-by-word gloss; a field's English name is the vocabulary's)
            gloss = shown_gloss(zh, gloss)
        return f"{zh} ({gloss})" if gloss else zh
    row = row_label(f.row)
    column = column.split(" / ")[-1] if column else ""
    row_en, column_en = name_en(row), name_en(column) if column else ""
    return row_en + (f" ({column_en})" if column_en and f.table != "narrative" else "")


def clause_words(label: str) -> str:
    """A prose figure's own words (after the last number of its label), or its whole label when those are only the
    particles after a year ("增加到2014年的" -> "年的" says nothing: the clause is the label)."""
    words = own_words(label)
    return label if re.fullmatch(r"[年月日的了之中到至为]*", words) else words


def own_column(f: Fact) -> str:
    """The column without the row it repeats: table 四's '行政复议 / 总计' in row 行政复议 -> '总计'."""
    head = row_label(f.row) + " / "
    return f.column.removeprefix(head)


_CHANGE_WORD = "|".join(sorted(map(re.escape, PROSE.change_words), key=len, reverse=True))
_CHANGE_VERB = "|".join(sorted(map(re.escape, PROSE.change_verbs), key=len, reverse=True))
_CHANGE_ONLY = re.compile(rf"\s*(?P<word>{_CHANGE_WORD})?(?P<verb>{_CHANGE_VERB})(?:了|为|达到|达)?\s*")


def change_label_en(label: str | None) -> str:
    """The English of a label that says only how a figure changed ("同比下降" -> "down year on year", "较上年增加" ->
    "up on the previous year"; glossary [change_en]); "" for any other label, or words the glossary has no English of."""
    m = _CHANGE_ONLY.fullmatch(label or "")
    if m is None:
        return ""
    words = [GLOSSARY.change_en.get(w, "") for w in (m.group("verb"), m.group("word")) if w]
    return " ".join(words) if all(words) else ""
