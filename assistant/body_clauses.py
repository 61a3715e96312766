"""The measures of a sub-section the ask names by its heading ("under managing its disclosure platform, what did it
do", "平台管理方面做了哪些工作"), where the list found is only the examples of the body's last clause ("…做好账号管理,
开展网站暗链、外链、栏目超期更新等问题监测"): the body's clauses are the items, each cited by its clause — not the
examples of one of them.  Only when the ask's words name the heading and none names that list (its lead, its items)."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact
from assistant.labels import has

_CLAUSE_END = re.compile(r"[，,；;。]")
_ZH = re.compile(r"[\u4e00-\u9fff]")
# an ask of the kinds a list's examples are ("through which channels", "通过什么渠道"): the examples answer
# (glossary.toml [patterns] kinds_asked)
_KINDS_ASKED = GLOSSARY.pattern("kinds_asked")


def body_clauses(items: list[Fact], terms, original: str, norm: str = "") -> list[Fact]:
    """`items` (the list found), replaced by the clauses of the paragraph holding it when the ask's `terms` name the
    items' heading (their row) but neither the list's lead nor an item, and the list lies inside one clause of three or
    more, and the ask (`norm`) asks no kind of thing the examples are (channels, platforms); else `items` unchanged."""
    if _KINDS_ASKED.search(norm) or len(items) < 2 or any(f.kind != "item" for f in items) or len({(f.doc_id, f.row, f.quote_start) for f in items}) != 1:
        return items
    first, zh = items[0], [t for t in terms if _ZH.search(t)]
    parts = first.label_zh.split(" / ")
    lead = parts[-2] if len(parts) >= 3 else ""
    if not first.row or not lead or lead == first.row or not any(has(t, first.row) for t in zh):
        return items
    if any(has(t, lead) or any(has(t, f.text_value or "") for f in items) for t in zh):
        return items  # (the ask names the list itself: its examples answer)
    start = original.rfind("\n", 0, first.quote_start) + 1
    end = original.find("\n", first.quote_start)
    end = len(original) if end < 0 else end
    clauses, at = [], start
    for m in [*_CLAUSE_END.finditer(original, start, end), None]:
        stop = m.start() if m else end
        text = original[at:stop].strip()
        if text:
            s = at + original[at:stop].index(text)
            clauses.append((s, s + len(text), text))
        at = stop + 1 if m else end
    inside = [c for c in clauses if c[0] <= items[0].start and items[-1].end <= c[1]]
    if len(clauses) < 3 or len(inside) != 1 or first.row in original[start:end][:len(first.row) + 4]:
        return items
    head = " / ".join(parts[:-2])
    head_en = first.label_en.rsplit(" / ", 1)[0] if " / " in first.label_en else ""
    return [first.model_copy(update={"text_value": text, "raw": text, "start": s, "end": e, "quote_start": s,
                                     "quote_end": e, "column": f"第{n}项", "label_zh": f"{head} / 第{n}项",
                                     "label_en": f"{head_en} / item {n}" if head_en else f"item {n}"})
            for n, (s, e, text) in enumerate(clauses, 1)]
