"""The sub-rows a report's table lists under a row, asked by their names ("which sub-reasons are listed under
'cannot be provided'", "无法提供下面列了哪些情形"): the numbered lines after the row's own line ("(四)无法提供" then
"1.本机关不掌握…", "2.没有现成信息…"), each an item, cited by its line — also where the table's cells are blank
(the labels are the answer, no figure is stated).  Only when nothing else was found for the ask."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.metrics import Metric
from assistant.core.types import Fact, Report

# the words of such an ask: glossary.toml [patterns] sub_rows_asked_en / sub_rows_asked_zh
_ASKS_EN = GLOSSARY.pattern("sub_rows_asked_en")
_ASKS_ZH = GLOSSARY.pattern("sub_rows_asked_zh")
_ENUM = re.compile(r"^\s*[（(]?[一二三四五六七八九十]+[)）、.]?\s*")
_CHILD = re.compile(r"^\s*(\d{1,2})\s*[.．、]\s*([^|\n]+?)\s*(?:\||$)")


def asks_sub_rows(norm: str) -> bool:
    """The ask wants the names of the rows listed under a row, not a figure."""
    return bool(_ASKS_EN.search(norm) or _ASKS_ZH.search(norm))


def sub_row_items(norm: str, metric: Metric | None, docs: list[Report] | None, original_of) -> list[Fact]:
    """The numbered sub-rows under `metric`'s row in each report of `docs` (`original_of(doc_id)`: its original
    text), as items; [] when the ask wants no sub-rows, the metric has no table row, or no report lists two or more."""
    if metric is None or not metric.table or not metric.row_markers or not docs or len(docs) > 5 or not asks_sub_rows(norm):
        return []
    out: list[Fact] = []
    for r in docs:
        out += _children(r, metric, original_of(r.doc_id))
    return out


def _children(r: Report, metric: Metric, original: str) -> list[Fact]:
    lines, pos = [], 0
    for line in original.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    for i, (_start, line) in enumerate(lines):
        label = _ENUM.sub("", line.split("|")[0]).strip()
        if not label or not any(label.startswith(m) for m in metric.row_markers) or len(label) > 20:
            continue
        kids = []
        for start, kid in lines[i + 1:]:
            m = _CHILD.match(kid)
            if not m or int(m.group(1)) != len(kids) + 1:
                break
            kids.append((start + m.start(2), start + m.end(2), m.group(2), start, start + len(kid.split("|")[0].rstrip())))
        if len(kids) < 2:
            continue
        row = line.split("|")[0].strip()
        return [Fact(doc_id=r.doc_id, source=r.sources[0] if r.sources else "", agency=r.agency, year=r.year, table="narrative", row=row,
                     column=f"第{n}项", kind="item", text_value=text, raw=text, start=s, end=e, quote_start=qs, quote_end=qe,
                     label_zh=f"{row} / 第{n}项", label_en=f"{metric.en} / item {n}", unit="")
                for n, (s, e, text, qs, qe) in enumerate(kids, 1)]
    return []
