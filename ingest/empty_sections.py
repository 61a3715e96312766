"""A section that says it has nothing: "六、其他需要报告的事项\n无。" — its whole body is a word of none (prose.toml
empty_section_bodies), so it is a statement of none of what its heading names ("其他需要报告的事项"), quoted by the
heading and the body.  A bare "无" names no topic of its own, so the clause reader (ingest/prose.py extract_nones)
cannot read it; the heading says what is none."""

from __future__ import annotations

import re

from assistant.core.prose import PROSE
from assistant.core.text import strip_enumerator
from ingest.prose import ProseFact
from ingest.structure import SectionSpan

_TRIM = " \t\r\n。.；;！!，,、：:"


def empty_sections(text: str, sections: list[SectionSpan]) -> list[ProseFact]:
    """A none fact for each section (with a heading) whose body is only a word of none."""
    out: list[ProseFact] = []
    for sec in sections:
        if not sec.path or sec.heading_end <= sec.start:
            continue
        body = text[sec.heading_end : sec.end]
        word = body.strip(_TRIM)
        if word not in PROSE.empty_section_bodies:
            continue
        what = strip_enumerator(re.sub(r"\s+", "", sec.path[-1])).strip(_TRIM)
        if not what:
            continue
        s = sec.heading_end + body.find(word)
        out.append(ProseFact(kind="none", row=what, value=0.0, text_value=word, unit="", raw=word,
                             span=(s, s + len(word)), quote_span=(sec.start, s + len(word))))
    return out
