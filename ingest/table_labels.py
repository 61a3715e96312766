"""The labels of the national standard tables 二/三/四 the table reader (``ingest.table_reader``) recognises:
section headings, 第二十条 block headers, row labels of 表二 and 表三 (in the template's shapes), column headers,
and which template layout a report follows.

The template itself (rows, columns, units) is data: ``assistant.core.template``.
"""

from __future__ import annotations

import re

from assistant.core.template import TEMPLATE
from ingest.table_lexer import norm

# ---------------------------------------------------------------------------------------------
# the template's rows (assistant/core/data/template.toml), in the shapes the reader uses

# 表二 row labels (whitespace removed) -> block they belong to
T2_ROWS = TEMPLATE.t2_row_blocks
T2_PARENTS_WITH_CHILDREN = TEMPLATE.t2_open_rows  # e.g. / 行政检查, / 行政确认 (corpus 008)

T3_TOP: dict[str, str] = {r.key: r.zh for r in TEMPLATE.t3_rows}
T3_MID: dict[str, str] = {r.key: r.zh for r in TEMPLATE.t3_row("三").children}
# leaves per mid row, in the layouts that have them (the 2021 layout has the most)
T3_LEAVES: dict[str, tuple[str, ...]] = {r.key: tuple(c.zh for c in r.children) for r in TEMPLATE.t3_row("三").children if r.children}


def t3_row_paths(layout: str = "2021") -> list[str]:
    """Every data row of 表三 in template order (used by the identity checks)."""
    return TEMPLATE.t3_row_paths(layout)


T3_TOTAL_ROW = TEMPLATE.t3_path("三.七")

# ---------------------------------------------------------------------------------------------
# recognising labels

_CN = "一二三四五六七八九十"
SEC2 = re.compile(r"^二、.{0,8}主动公开")
SEC3 = re.compile(r"^三、.{0,8}(?:收到和处理|依申请)")
SEC4 = re.compile(r"^四、.*(?:行政复议|行政诉讼)")
SEC_END = re.compile(r"^[五六七八九十]、")
T2_BLOCK = re.compile(rf"^第二十条第?\(([{_CN}]+)\)项")
T3_TOP_LABELS = tuple(
    # "本年度办理结果" / "本年办理结果", "结转下年度" / "结转下年": the 度 is optional in reports
    (re.compile("^" + r.key + "、" + re.escape(r.prefix).replace("年度", "年度?")), r.key) for r in TEMPLATE.t3_rows
)
_MID_WORDS = "|".join(re.escape(r.zh.split(")", 1)[1]) for r in TEMPLATE.t3_row("三").children)
_MID_KEYS = "".join(r.key for r in TEMPLATE.t3_row("三").children)
T3_MID_LABEL = re.compile(rf"^\(([{_MID_KEYS}])\)(?:{_MID_WORDS})")
T3_LEAF_LABEL = re.compile(r"^([1-9])[.、](\S{2,})")
# a mid row or a leaf written inside the cell of the row above it ("三、本年度办理结果(一)予以公开")
T3_MID_INSIDE = re.compile(rf"\([{_MID_KEYS}]\)(?:{_MID_WORDS})")
T3_LEAF_INSIDE = re.compile(r"(?<![\d.])1[.、](?=\S{2})")
T3_HEADERS = TEMPLATE.t3_headers
T4_HEADERS = TEMPLATE.t4_headers
HEADER_WORDS = {"信息内容"} | T3_HEADERS | T4_HEADERS


def detect_layout(text: str) -> str:
    """"2021" or "2019" from the 表二 headers (and 表三's 2021-only rows); default "2021".

    The 2019-2020 template says 本年新制作数量 / 上一年项目数量 / 采购项目数量, the
    2021 one 本年制发件数 / 本年处理决定数量 / 本年收费金额.  Tables 三 and 四 have the
    same columns in both, so the default only matters for 表三's (六) sub-rows.
    """
    t = norm(text)
    new = len(_LAYOUT_WORDS["2021"].findall(t))
    old = len(_LAYOUT_WORDS["2019"].findall(t))
    return "2019" if old > new else "2021"


def _layout_words() -> dict[str, re.Pattern[str]]:
    """Column names only one layout has (a 2019 name also inside a 2021 one, 处理决定数量, is no
    signal), 2019 names also without their 本年 (reports shorten them), plus the template's extra
    signals (表三's 2021-only sub-rows)."""
    cols = {lay: {c for cs in TEMPLATE.t2_columns[lay].values() for c in cs} for lay in ("2019", "2021")}
    new = sorted(cols["2021"] - cols["2019"])
    old = [c.removeprefix("本年") for c in sorted(cols["2019"] - cols["2021"]) if not any(c in n for n in new)]
    words = {"2021": new + list(TEMPLATE.layout_signals.get("2021", ())), "2019": old + list(TEMPLATE.layout_signals.get("2019", ()))}
    return {lay: re.compile("|".join(re.escape(w) for w in ws)) for lay, ws in words.items()}


_LAYOUT_WORDS = _layout_words()


def is_known_label(part: str) -> bool:
    """`part` is a row label of 表二 or 表三 (the lexer reads a PDF line as a row only when its head is such labels)."""
    t = norm(part)
    return (
        t in T2_ROWS
        or bool(T3_MID_LABEL.match(t) or T3_LEAF_LABEL.match(t) or any(rx.match(t) for rx, _ in T3_TOP_LABELS))
    )
