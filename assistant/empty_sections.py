"""An ask of a part of the report that says it has nothing ("anything under 'other matters to report'?",
"其他需要报告的事项写了什么"): the section's body is only a word of none ("六、其他需要报告的事项\n无。"), read at ingest as
a statement of none of the heading's words (ingest/empty_sections.py).  That statement is the answer — not a list
of another part whose sentence merely names the section (the preamble's "全文包括…及其他需要报告的事项")."""

from __future__ import annotations

from assistant.core.prose import PROSE
from assistant.core.types import Fact


def _empty_section(f: Fact) -> bool:
    return (f.kind == "none" and f.text_value in PROSE.empty_section_bodies and bool(f.row)
            and (f.section or "").endswith(f.row))


def empty_section_facts(facts: list[Fact], ask_norm: str, terms) -> list[Fact]:
    """The statements of none of empty sections among a report's `facts` whose heading the ask names, in its own
    words (Chinese) or through a glossary term of it (English)."""
    low = ask_norm.lower()
    return [f for f in facts if _empty_section(f)
            and (f.row in low or any(len(t) >= 4 and (t in f.row) for t in terms))]
