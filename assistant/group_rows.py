"""Group rows of a table: a row of the applications table that has no cells of its own, only numbered sub-rows
("（五）不予处理" over "1.信访举报投诉类申请", "2.重复申请" …).  Asked by its own name ("不予处理几件", "how many were
not processed"), its figure is the sum of its sub-rows' cells in the asked column (总计 unless the ask names
another): every sub-row is cited and the answer sums them ("以上合计"), instead of the first sub-row a label
search finds standing for the whole group.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.core.glossary import template_staff
from assistant.core.metrics import Metric
from assistant.core.types import Fact
from assistant.labels import column_named

# the numbering of a row label: "（五）", "(五)", "三、", "1.", "2．"
_NUMBERING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])\s*")
_NUMBERED = re.compile(r"^\s*\d+[.．、]")
_TOTAL = re.compile(r"总计|合计|小计")
# words every row of the table shares: no sign that the ask names a sub-row
_SHARED = ("申请", "信息", "政府", "公开", "属于", "相关", "其他")
_SHARED_EN = {"appli", "reque", "infor", "discl", "gover", "other", "agenc", "witho", "after", "would", "total"}


def row_core(label: str) -> str:
    """A row label without its numbering ("（五）不予处理" -> "不予处理")."""
    return _NUMBERING.sub("", label).strip()


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[i:i + 2])}


def group_rows(facts: list[Fact]) -> dict[str, list[str]]:
    """The group rows of a report's tables (row path -> its sub-rows' paths, in order): a path that is the parent
    of two or more rows with cells and has no cell of its own."""
    own = {(f.table, f.row) for f in facts if f.kind == "table"}
    groups: dict[str, list[str]] = {}
    for table, row in dict.fromkeys((f.table, f.row) for f in facts if f.kind == "table"):
        parts = row.split(" / ")
        if len(parts) < 2:
            continue
        parent = " / ".join(parts[:-1])
        if (table, parent) in own:
            continue
        groups.setdefault(f"{table}|{parent}", []).append(row)
    # numbered sub-rows only, none of them a total of its own (the outcomes' "（七）总计" sums its siblings already)
    return {k: v for k, v in groups.items() if len(v) >= 2
            and all(_NUMBERED.match(r.split(" / ")[-1]) and not _TOTAL.search(r.split(" / ")[-1]) for r in v)}


def _names_group(core: str, ask: str, metric: Metric | None) -> bool:
    """The ask names the group row: its words as written, or a metric whose row is that group's label."""
    if len(core) >= 2 and core in ask:
        return True
    return metric is not None and any(row_core(m) == core for m in metric.row_markers)


def _sub_row_en(f: Fact) -> str:
    """A sub-row cell's own English row label (label_en: section / row path / column path)."""
    parts = f.label_en.split(" / ")
    at = len(f.row.split(" / "))
    return parts[at] if len(parts) > at else ""


@cache
def _staff_phrasings(sub: str) -> tuple[str, ...]:
    """The staff phrasings (lower-case) of every template row or column whose label words the sub-row label holds,
    worked out once per sub-row label rather than by walking the template's staff list on every ask."""
    return tuple(p for _zh, phrases, finds in template_staff() if any(w in sub for w in finds) for p in phrases)


def _names_sub_row(subs: list[str], core: str, ask: str, cells: list[Fact]) -> bool:
    """The ask names one of the sub-rows (a pair of its own characters beyond the group's and the table's words, or
    a word of its English label): "不予公开的国家秘密类几件", "set aside as repeat applications" ask for one sub-row,
    not the group."""
    asked = _bigrams(ask) - _bigrams(core)
    for row in subs:
        own = _bigrams(row_core(row.split(" / ")[-1])) - _bigrams(core)
        own = {b for b in own if not any(b in w or w in b for w in _SHARED)}
        if own & asked:
            return True
    # ... or a staff phrasing of a sub-row (template.toml staff_en: "didn't hold the info" is 本机关不掌握)
    low = ask.lower()
    if any(p in low for row in subs for p in _staff_phrasings(row_core(row.split(" / ")[-1]))):
        return True
    words_en = {w[:5] for w in re.findall(r"[a-z]{5,}", low)} - _SHARED_EN
    for f in cells:
        own_en = {w[:5] for w in re.findall(r"[a-z]{5,}", _sub_row_en(f).lower())} - _SHARED_EN
        if own_en & words_en:
            return True
    return False


def group_sum_facts(facts: list[Fact], ask: str, metric: Metric | None = None) -> list[Fact]:
    """The sub-row cells that sum to the group row the ask names (one per sub-row, in the column the ask names,
    else 总计), or [] when the ask names no group row of these facts, names a sub-row, or a sub-row lacks the cell."""
    for key, subs in group_rows(facts).items():
        table, parent = key.split("|", 1)
        core = row_core(parent.split(" / ")[-1])
        if not _names_group(core, ask, metric):
            continue
        cells = [f for f in facts if f.kind == "table" and f.table == table and f.row in subs and f.value is not None]
        if _names_sub_row(subs, core, ask, cells):
            continue
        columns = list(dict.fromkeys(f.column for f in cells))
        # (a column named by the group's own words is not asked: "其他处理" names no column 其他)
        named = [c for c in columns if column_named(c, ask.replace(core, " "))]
        wanted = named[:1] or [c for c in columns if c.split(" / ")[-1] == "总计"]
        if len(wanted) != 1:
            return []
        chosen = {f.row: f for f in cells if f.column == wanted[0]}
        if len(chosen) != len(subs):
            return []  # a sub-row without that cell: no sum to state
        return [chosen[r] for r in subs]
    return []


def with_group_sums(facts: list[Fact], report_facts: dict[str, list[Fact]], ask: str,
                    metric: Metric | None = None) -> list[Fact]:
    """`facts` (found for the ask, report after report), where a report has no figure tagged with the ask's metric
    (a prose "不予处理158件" states the group's figure itself) and the ask names a group row of its tables: that
    report's facts replaced by the group's sub-row cells (`report_facts`: each report's facts, by doc_id)."""
    out: list[Fact] = []
    for doc_id, every in report_facts.items():
        found = [f for f in facts if f.doc_id == doc_id]
        if metric is None or not any(f.metric == metric.key for f in found):
            found = group_sum_facts(every, ask, metric) or found
        out += found
    return out + [f for f in facts if f.doc_id not in report_facts]


def sums_one_group(facts: list[Fact]) -> bool:
    """The facts are the numbered sub-rows of one group row, one cell each in one column (group_sum_facts): their
    sum is the group's figure, which the answer states."""
    if len(facts) < 2 or any(f.kind != "table" or " / " not in f.row for f in facts):
        return False
    parents = {(f.doc_id, f.table, f.row.rsplit(" / ", 1)[0], f.column) for f in facts}
    return (len(parents) == 1 and len({f.row for f in facts}) == len(facts)
            and all(_NUMBERED.match(f.row.rsplit(" / ", 1)[1]) for f in facts))
