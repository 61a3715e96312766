"""The plans of a problems-and-plans section written as one sentence of clauses: "接下来,我们会A;B;C。",
"下一步,我局将A；B；C。" after the list of problems ("一是…；二是…").  Each clause between ；is an item of the plans,
under the words the sentence opens with ("接下来", "下一步"), so that an ask of what the agency will do next gets every
plan, not only the sentence's first clause, and an ask of the problems keeps to the problems' own list.

A sentence is one when the section's heading names problems or plans (prose.toml item_sections), it opens with a word
turning to what comes next (prose.toml announced_stop), holds no item already read (an enumerated list of its own) and
splits into at least two clauses of item length.
"""

from __future__ import annotations

import re

from assistant.core.prose import PROSE
from ingest.items import item_fact
from ingest.prose import ProseFact
from ingest.prose_clauses import prose_lines, spans
from ingest.structure import SectionSpan

_CLAUSE = (4, 150)  # the length of a clause that is an item of its own
_LEAD_MAX = 12  # the most characters of the opening words named as the list's lead ("下一步工作中")


def _opening(sentence: str) -> str:
    """The turning word a sentence opens with, with the words up to its first comma when they are few
    ("下一步工作中,我局将…" -> "下一步工作中"); "" when it opens with none."""
    body = sentence.lstrip()
    word = next((w for w in PROSE.announced_stop if body.startswith(w)), "")
    if not word:
        return ""
    head = re.match(rf"([^，,；;：:。]{{1,{_LEAD_MAX}}})[，,]", body)  # (the words before a comma only: "今后我们将A；B")
    return head.group(1) if head else word


def plan_clauses(text: str, sections: list[SectionSpan], items: list[ProseFact]) -> list[ProseFact]:
    """The clauses of each plans sentence of a problems-and-plans section, as items (see the module doc)."""
    out: list[ProseFact] = []
    starts = sorted(i.span[0] for i in items)
    lo, hi = _CLAUSE
    for sec in sections:
        if not sec.path or not any(w in sec.path[-1] for w in PROSE.item_sections):
            continue
        body = (max(sec.heading_end, sec.start), sec.end)
        for a, b in prose_lines(text):
            a, b = max(a, body[0]), min(b, body[1])
            if a >= b:
                continue
            for s, e in spans(text, a, b, "。！？!?"):
                lead = _opening(text[s:e])
                if not lead or any(s <= t < e for t in starts):
                    continue
                parts = [(ps, ps + len(text[ps:pe].rstrip(" \t，,、。；;:："))) for ps, pe in spans(text, s, e, "；;")]
                parts = [(ps, pe) for ps, pe in parts if pe > ps]
                if len(parts) < 2 or not all(lo <= pe - ps <= hi for ps, pe in parts):
                    continue
                for k, (ps, pe) in enumerate(parts):
                    out.append(item_fact(text, ps, pe, k + 1, lead, list_start=parts[0][0]))
    return out
