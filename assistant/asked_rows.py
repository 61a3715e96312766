"""An outcome row of the applications table (表三) the ask names: a cell of another row is no answer, and a copy cut off
before that row does not state it.

"How many requests ended as 'info not held by this agency'?", "本机关不掌握的有几件", "how many were refused as state
secrets": the ask names a row of 三、本年度办理结果 by the words staff use for it (template.toml staff_en) or the words
its label holds (find_zh, three characters or more: 不掌握, 国家秘密, 部分公开).  A cell answers only when its row path
holds the words of a row the ask names (a child's path holds its parent's: 不予公开 / 国家秘密); "其他法律行政法规禁止
公开 0" is no count of information not held, however close its label comes by meaning.

When no cell of the report states the row asked and its copy ends inside that table (nothing but cells after its
last row: the copy was cut), the answer says so: the copy does not include the row (``answered`` False), naming the
last row it has.  The rows, their words and their order are data (assistant/core/data/template.toml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.core.glossary import template_staff
from assistant.core.template import TEMPLATE
from assistant.core.types import Fact
from assistant.en_phrases import bare, said

_OUTCOMES = "三"  # 三、本年度办理结果: the top row of table 三 whose rows are outcomes
_ZH_MIN = 3  # shorter label words (其他, 总计, 危及) name no row on their own in a question


@lru_cache(maxsize=1)
def _outcome_rows() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(name, staff phrasings, label words) of every row under 三、本年度办理结果, in template order."""
    staff = {zh: (phrases, find) for zh, phrases, find in template_staff()}
    return tuple((n, *staff[n]) for n in _PARENT if n in staff)


def _parents() -> dict[str, str | None]:
    """Every outcome row -> the outcome row it is a reason of (None for an outcome itself), in template order."""
    top = next(r for r in TEMPLATE.t3_rows if r.key == _OUTCOMES)
    out: dict[str, str | None] = {}

    def walk(rows, parent: str | None) -> None:
        for r in rows:
            out[r.zh] = parent
            walk(r.children, r.zh)

    walk(top.children, None)
    return out


_PARENT = _parents()


def asked_rows(ask_text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(name, label words) of the outcome rows the ask names, [] when it names none.  An outcome named beside a reason
    of another outcome is a loose word for it ("turned down because the office didn't hold the info": 本机关不掌握,
    a reason of 无法提供, not 不予公开): the reason is the row asked."""
    low = ask_text.lower()
    low_bare = bare(low)
    out = []
    for name, phrases, find in _outcome_rows():
        if any(said(p, low, low_bare) for p in phrases) or any(len(w) >= _ZH_MIN and w in ask_text for w in find):
            out.append((name, find))
    reasons_of = {_PARENT.get(n) for n, _f in out} - {None}
    return [(n, f) for n, f in out if _PARENT.get(n) is not None or not reasons_of or n in reasons_of]


def _frame_heading() -> str:
    """The heading every outcome row sits under (三、本年度办理结果), without its enumerator."""
    top = next(r for r in TEMPLATE.t3_rows if r.key == _OUTCOMES)
    return re.sub(r"^[一二三四五六七八九十]+、", "", top.zh)


_FRAME = _frame_heading()


def without_outcome_frame(terms: dict[str, float], ask_text: str) -> dict[str, float]:
    """The label terms of an ask that names an outcome row without the words of the heading all outcome rows sit under:
    "how many requests were dealt with as 'other handling'" renders its verb as 办理|办结, which every cell of
    本年度办理结果 holds alike, and so ranked the rows with more words of the ask (申请人…) above the row named; the
    row's own words (其他处理) decide instead."""
    if not asked_rows(ask_text):
        return terms
    return {t: w for t, w in terms.items() if not any(len(alt) >= 2 and alt in _FRAME for alt in t.split("|"))}


def _applications_cell(f: Fact) -> bool:
    return f.kind == "table" and f.table == "三"


def misses_asked_row(ask_text: str, f: Fact) -> bool:
    """`f` is a cell of table 三 in a row other than every outcome row the ask names (another outcome, or the year's
    new applications)."""
    if not _applications_cell(f):
        return False
    rows = asked_rows(ask_text)
    return bool(rows) and not any(w in (f.row or "") for _n, find in rows for w in find)


# what may follow a table's last row in a copy cut inside it: the rest of its cells
_CELLS_ONLY = re.compile(r"[\s|0-9０-９.,，]*")


def rows_cut_off(ask_text: str, doc_facts: list[Fact], original: str) -> tuple[str, str] | None:
    """(the row asked, the last row of table 三 the copy has) when the ask names outcome rows of which the report's
    facts state none and the copy ends inside table 三, after that last row; None otherwise."""
    rows = asked_rows(ask_text)
    cells = [f for f in doc_facts if _applications_cell(f)]
    if not rows or not cells:
        return None
    if any(w in (f.row or "") for f in cells for _n, find in rows for w in find):
        return None  # the copy has the row (whatever its cells say)
    last = max(cells, key=lambda f: f.end)
    if not _CELLS_ONLY.fullmatch(original, max(last.end, last.quote_end)):
        return None  # the copy goes on after the table: the report has no such row, it is not cut off
    return rows[-1][0], last.row.split(" / ")[-1]
