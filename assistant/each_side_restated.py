"""A closing ask of only each side's count after a comparison ("2020年是不是比2019年少？两年各几件？", "A局和B局哪家多？
两边各多少", "did it get fewer in 2021 than in 2020? how many did each get"): no ask of its own.  The comparison's answer states each side's figure already; asked on its own it names
no thing, so each report's search for it finds nothing and the comparison looks as if both sides lacked a figure."""

from __future__ import annotations

from assistant.aggregate import asks_comparison
from assistant.core.glossary import GLOSSARY


def restates_each_side(piece: str, before: str) -> bool:
    """`piece` only asks each side's count again (glossary.toml each_side_restated_zh, each_side_restated_en) and the
    ask `before` it compares two figures."""
    text = piece.strip()
    return (any(GLOSSARY.patterns[k].search(text) is not None for k in ("each_side_restated_zh", "each_side_restated_en"))
            and asks_comparison(before))
