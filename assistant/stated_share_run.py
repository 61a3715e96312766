"""Parts a report lists one straight after another, each with the share it states ("甲栏目7条,占总数的20%乙栏目6条,
占总数的17.14%"): read on from the last part an answer cites, so that a share asked of every part is answered from the
report's own shares even where the run has no stop between its parts (and ingest read only its first part)."""

from __future__ import annotations

import re

from assistant.core.text import to_simplified
from ingest.clean import without_glued_pinyin

# a part's share written right after its count: "54条，占比67.5%", "占总数的20%", "占總數的比例為5%" (the whole named
# between 占 and the figure: a few words without a figure or a stop); "11 items (13.8%)" is not read (the report's Chinese)
SHARE_AFTER = re.compile(r"\s*[,，、]?\s*(?:占比|约占|占)[^\d，,。；;：:、%％\n]{0,10}?(?:为|為|达|達)?\s*(\d+(?:\.\d+)?)\s*[%％]")
# the next part of the run: its name, count and unit, then its share
_NEXT_PART = re.compile(
    r"\s*[,，、;；]?\s*(?P<label>[^\d，,。；;：:、%％\n]{2,24}?)(?P<v>\d+)\s*(?P<unit>条|條|件|项|項|个|個)"
    + SHARE_AFTER.pattern.replace("(\\d+", "(?P<share>\\d+", 1)
)
_MAX_PARTS = 30


def parts_after(text: str, end: int) -> list[dict]:
    """The parts with stated shares that follow `end` in `text` without a stop: each {label (simplified, without
    glued pinyin), value, unit, share, start, end, count_start, count_end}; [] when none follows."""
    out: list[dict] = []
    pos = end
    while len(out) < _MAX_PARTS:
        m = _NEXT_PART.match(text, pos)
        if not m:
            break
        label = to_simplified(without_glued_pinyin(m.group("label"))).strip()
        start = m.start("label")
        out.append({"label": label, "value": m.group("v"), "unit": to_simplified(m.group("unit")),
                    "share": m.group("share"), "start": start, "end": m.end(),
                    "count_start": m.start("v"), "count_end": m.end("unit")})
        pos = m.end()
    return out
