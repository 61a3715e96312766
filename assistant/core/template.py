"""The national template of the annual reports (tables 二/三/四, the six sections, their English
labels and the identities the tables state), loaded once from ``data/template.toml`` into frozen
objects.  Kernel module: imports nothing of the project.

    from assistant.core.template import TEMPLATE
    TEMPLATE.t3_columns            # ('自然人', '法人或其他组织 / 商业企业', ..., '总计')
    TEMPLATE.t3_row_paths("2019")  # every data row of 表三 in template order
    TEMPLATE.en("(三)不予公开")      # 'withheld'
    TEMPLATE.path_en("三、本年度办理结果 / (三)不予公开")  # 'outcomes this year / withheld'

Row and column names are the canonical strings facts carry (``Fact.row`` / ``Fact.column``,
path elements joined by " / ").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from assistant.core.text import strip_enumerator

__all__ = ["TEMPLATE", "Template", "load", "strip_enumerator", "validate"]

DATA = Path(__file__).resolve().parent / "data" / "template.toml"
SEP = " / "
LAYOUTS = ("2019", "2021")



@dataclass(frozen=True)
class Label:
    zh: str
    en: str
    staff_zh: tuple[str, ...] = ()  # other Chinese words staff ask for it with ("纠错" for 结果纠正, "上年项目" for 上一年项目数量)


@dataclass(frozen=True)
class Column(Label):
    keys: tuple[str, ...] = ()  # header-cell words the column is recognised by
    unit: str = "件"


@dataclass(frozen=True)
class Row(Label):
    key: str = ""  # 一, 二 ... for 表三 rows; "" for 表二 rows
    prefix: str = ""  # the words a report's label starts with (表三 top rows)
    aliases: tuple[str, ...] = ()
    children: tuple["Row", ...] = ()
    children_layouts: tuple[str, ...] = LAYOUTS  # layouts in which the children exist
    open_children: bool = False  # 表二: a row with free sub-rows of the report's own (e.g. 行政检查)


@dataclass(frozen=True)
class Block:
    """A 表二 block: the rows of one 第二十条 item and its columns per layout."""

    key: str
    en: str
    columns: Mapping[str, tuple[str, ...]]
    rows: tuple[Row, ...]

    @property
    def zh(self) -> str:
        return f"第二十条第({self.key})项"


@dataclass(frozen=True)
class Section(Label):
    key: str = ""
    table: str | None = None


@dataclass(frozen=True)
class Identity:
    name: str
    table: str
    per: str  # "column" | "row" | "group"
    left: tuple[str, ...] = ()  # 表三 row keys
    right: tuple[str, ...] = ()
    total_row: str = ""
    total_column: str = ""
    parts_under: str = ""


@dataclass(frozen=True)
class Template:
    sections: tuple[Section, ...]
    section_words: tuple[tuple[str, str], ...]
    t2_column_defs: tuple[Column, ...]
    t2_blocks: tuple[Block, ...]
    t3_column_labels: tuple[Label, ...]
    t3_headers: frozenset[str]
    t3_rows: tuple[Row, ...]
    t4_outcomes: tuple[Label, ...]
    t4_groups: tuple[Label, ...]
    t4_rows: tuple[Label, ...]
    t4_headers: frozenset[str]
    identities: tuple[Identity, ...]
    table_markers: tuple[str, ...]
    units: Mapping[str, str]
    layout_signals: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # the one value column of a simplified 表三 that gives only each row's total ("项目 | | 总计 |")
    t3_total_only: tuple[str, ...] = ()

    # -- 表二 ------------------------------------------------------------------------------

    @cached_property
    def t2_columns(self) -> Mapping[str, Mapping[str, tuple[str, ...]]]:
        """layout -> block key -> column names."""
        out: dict[str, dict[str, tuple[str, ...]]] = {lay: {} for lay in LAYOUTS}
        for b in self.t2_blocks:
            for lay, cols in b.columns.items():
                out[lay][b.key] = cols
        return MappingProxyType({k: MappingProxyType(v) for k, v in out.items()})

    @cached_property
    def t2_row_blocks(self) -> Mapping[str, str]:
        """表二 row label (and alias), whitespace removed -> its block key."""
        return MappingProxyType({name: b.key for b in self.t2_blocks for r in b.rows for name in (r.zh, *r.aliases)})

    @cached_property
    def t2_open_rows(self) -> frozenset[str]:
        return frozenset(r.zh for b in self.t2_blocks for r in b.rows if r.open_children)

    def t2_column(self, name: str) -> Column | None:
        return next((c for c in self.t2_column_defs if c.zh == name), None)

    # -- 表三 ------------------------------------------------------------------------------

    @cached_property
    def t3_columns(self) -> tuple[str, ...]:
        return tuple(c.zh for c in self.t3_column_labels)

    def t3_row(self, key: str) -> Row:
        """'三' -> 三、本年度办理结果; '三.七' -> its (七)总计 child."""
        top, _, child = key.partition(".")
        row = next(r for r in self.t3_rows if r.key == top)
        return next(c for c in row.children if c.key == child) if child else row

    def t3_path(self, key: str) -> str:
        top, _, child = key.partition(".")
        return self.t3_row(top).zh + (SEP + self.t3_row(key).zh if child else "")

    def t3_row_paths(self, layout: str = "2021") -> list[str]:
        """Every data row of 表三 in template order (leaf rows only)."""
        out: list[str] = []
        for top in self.t3_rows:
            if not top.children:
                out.append(top.zh)
                continue
            for mid in top.children:
                leaves = mid.children if layout in mid.children_layouts else ()
                if leaves:
                    out += [SEP.join((top.zh, mid.zh, leaf.zh)) for leaf in leaves]
                else:
                    out.append(SEP.join((top.zh, mid.zh)))
        return out

    # -- 表四 ------------------------------------------------------------------------------

    @cached_property
    def t4_columns(self) -> tuple[str, ...]:
        return tuple(f"{g.zh}{SEP}{o.zh}" for g in self.t4_groups for o in self.t4_outcomes)

    # -- sections --------------------------------------------------------------------------

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def section_en(self, heading: str) -> str:
        """English gloss of a section heading: the standard section's, else by a word of the title."""
        t = strip_enumerator(heading)
        for s in self.sections:
            if strip_enumerator(s.zh) == t:
                return s.en
        return next((en for word, en in self.section_words if word in t), "")

    # -- English labels --------------------------------------------------------------------

    def en(self, zh: str) -> str:
        """English label of one row/column/section/block name (with or without its enumerator);
        '' when the template does not know it."""
        t = re.sub(r"\s+", "", zh)
        return self._english.get(t) or self._english.get(strip_enumerator(t), "")

    def en_within(self, text: str, shortest: int = 4) -> tuple[str, str]:
        """The longest template name of `shortest` characters or more that `text` holds ("信息无法提供" -> 无法提供), and
        its English label; ("", "") when it holds none."""
        t = re.sub(r"\s+", "", text)
        name = max((k for k in self._english if len(k) >= shortest and k in t), key=len, default="")
        return name, self._english.get(name, "")

    @cached_property
    def _english(self) -> Mapping[str, str]:
        return MappingProxyType(_english_index(self))

    def path_en(self, path: str) -> str:
        """' / '-joined path of template names -> the same path in English (unknown parts kept)."""
        return SEP.join(self.en(p) or p for p in path.split(SEP) if p)

    def unit_en(self, unit: str) -> str:
        return self.units.get(unit, unit)


def _english_index(t: Template) -> dict[str, str]:
    out: dict[str, str] = {}

    def put(zh: str, en: str) -> None:
        zh_parts, en_parts = zh.split(SEP), en.split(SEP)
        if len(zh_parts) == len(en_parts) > 1:
            for z, e in zip(zh_parts, en_parts):
                put(z, e)
        for k in (zh, strip_enumerator(zh)):
            out.setdefault(re.sub(r"\s+", "", k), en)

    for s in t.sections:
        put(s.zh, s.en)
    for c in t.t2_column_defs:
        put(c.zh, c.en)
    for b in t.t2_blocks:
        put(b.zh, b.en)
        for r in b.rows:
            put(r.zh, r.en)
            for a in r.aliases:
                put(a, r.en)

    def rows(rs: tuple[Row, ...]) -> None:
        for r in rs:
            put(r.zh, r.en)
            rows(r.children)

    rows(t.t3_rows)
    for lab in (*t.t3_column_labels, *t.t4_groups, *t.t4_rows, *t.t4_outcomes):
        put(lab.zh, lab.en)
    return out


def _row(d: dict) -> Row:
    return Row(
        zh=d["zh"], en=d["en"], key=d.get("key", ""), prefix=d.get("prefix", ""), aliases=tuple(d.get("aliases", ())),
        children=tuple(_row(c) for c in d.get("children", ())),
        children_layouts=tuple(d.get("children_layouts", LAYOUTS)), open_children=bool(d.get("open_children", False)),
    )


def _labels(items: list[dict]) -> tuple[Label, ...]:
    return tuple(Label(i["zh"], i["en"], staff_zh=tuple(i.get("staff_zh", ()))) for i in items)


def load(path: Path = DATA) -> Template:
    """Parse and validate a template file (see ``validate``)."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    t2 = raw["table2"]
    blocks = tuple(
        Block(
            key=b["key"], en=b["en"],
            columns=MappingProxyType({lay: tuple(cols) for lay, cols in b["columns"].items()}),
            rows=tuple(_row(r) for r in b["rows"]),
        )
        for b in t2["blocks"]
    )
    t = Template(
        sections=tuple(Section(s["zh"], s["en"], key=s["key"], table=s.get("table")) for s in raw["sections"]),
        section_words=tuple((w, e) for w, e in raw.get("section_words", ())),
        t2_column_defs=tuple(
            Column(c["zh"], c["en"], keys=tuple(c.get("keys", ())), unit=c.get("unit", t2.get("unit", "件")),
                   staff_zh=tuple(c.get("staff_zh", ())))
            for c in t2["columns"]
        ),
        t2_blocks=blocks,
        t3_column_labels=_labels(raw["table3"]["columns"]),
        t3_headers=frozenset(raw["table3"]["headers"]),
        t3_total_only=tuple(raw["table3"].get("total_only_headers", ())),
        t3_rows=tuple(_row(r) for r in raw["table3"]["rows"]),
        t4_outcomes=_labels(raw["table4"]["outcomes"]),
        t4_groups=_labels(raw["table4"]["groups"]),
        t4_rows=_labels(raw["table4"]["rows"]),
        t4_headers=frozenset(raw["table4"]["headers"]),
        identities=tuple(
            Identity(
                name=i["name"], table=i["table"], per=i["per"], left=tuple(i.get("left", ())), right=tuple(i.get("right", ())),
                total_row=i.get("total_row", ""), total_column=i.get("total_column", ""), parts_under=i.get("parts_under", ""),
            )
            for i in raw.get("identities", ())
        ),
        table_markers=tuple(raw.get("table_markers", ())),
        units=MappingProxyType(dict(raw.get("units", {}))),
        layout_signals=MappingProxyType({k: tuple(v) for k, v in raw.get("layout_signals", {}).items()}),
    )
    problems = validate(t)
    if problems:
        raise ValueError(f"{path}: " + "; ".join(problems))
    return t


def validate(t: Template) -> list[str]:
    """Every row/column/section has an English label; block columns exist; identities name real rows."""
    out: list[str] = []
    names = {c.zh for c in t.t2_column_defs}
    for b in t.t2_blocks:
        for lay, cols in b.columns.items():
            out += [f"表二 block {b.key} ({lay}): unknown column {c}" for c in cols if c not in names]
    labelled = [*t.sections, *t.t2_column_defs, *t.t3_column_labels, *t.t4_outcomes, *t.t4_groups, *t.t4_rows]
    labelled += [r for b in t.t2_blocks for r in b.rows]

    def walk(rs: tuple[Row, ...]) -> None:
        for r in rs:
            labelled.append(r)
            walk(r.children)

    walk(t.t3_rows)
    out += [f"no English label for {x.zh}" for x in labelled if not x.en.strip()]
    out += [f"block {b.key} has no English label" for b in t.t2_blocks if not b.en.strip()]
    for i in t.identities:
        for key in (*i.left, *i.right, *([i.total_row] if i.total_row else []), *([i.parts_under] if i.parts_under else [])):
            try:
                t.t3_row(key)
            except StopIteration:
                out.append(f"identity {i.name}: no 表三 row {key}")
        cols = t.t3_columns if i.table == "三" else tuple(o.zh for o in t.t4_outcomes)
        if i.total_column and i.total_column not in cols:
            out.append(f"identity {i.name}: no column {i.total_column}")
    return out


TEMPLATE: Template = load()
