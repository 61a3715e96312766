"""The part of a report an ask names — proactive disclosure, applications, reconsiderations and lawsuits — and the
part a table cell stands in, by its table's heading: an ask of one part is not answered by a cell of another.

"主动公开的行政执法类信息有多少条" shares 行政执法 with the 表三 row "属于行政执法案卷" (applications refused because
they asked for case files), but the ask is of what was disclosed proactively; the prose figure "…主动公开政府信息412条,
其中…行政执法类信息286条" answers it.  The words of each part are data (core/data/sections.toml).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from assistant.core.types import Fact

DATA = Path(__file__).resolve().parent / "core" / "data" / "sections.toml"


@cache
def _sections() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    with open(DATA, "rb") as fh:
        d = tomllib.load(fh)
    return tuple((s["name"], re.compile(s["ask"]), re.compile(s["heading"])) for s in d["section"])


def asked_section(ask_text: str) -> str | None:
    """The one part of a report the ask names, None when it names none or several ("主动公开和依申请公开各多少")."""
    low = ask_text.lower()
    named = [name for name, ask, _h in _sections() if ask.search(low)]
    return named[0] if len(named) == 1 else None


def cell_section(f: Fact) -> str | None:
    """The one part of a report a table cell stands in, by the heading its label path starts with (None for prose,
    whose section heading may name several parts, and for a heading naming none or several)."""
    if f.kind != "table" or not f.label_zh:
        return None
    heading = f.label_zh.split(" / ")[0]
    named = [name for name, _a, h in _sections() if h.search(heading)]
    return named[0] if len(named) == 1 else None


def in_other_section(ask_text: str, f: Fact) -> bool:
    """`f` is a cell of another part of the report than the one the ask names: no answer to it."""
    asked = asked_section(ask_text)
    if asked is None:
        return False
    placed = cell_section(f)
    return placed is not None and placed != asked
