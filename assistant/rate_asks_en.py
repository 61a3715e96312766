"""An English ask of a rate ("what reply rate …", "the response rate of …") whose applications metric came from a
verb alone ("the letters received through the mailbox" -> applications received): the rate of another thing the
report writes in prose ("共收到咨询件50余件,回复率100%"), not a count of applications — no metric."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.metrics import Metric

_RATE_EN = GLOSSARY.pattern("rate_asked_en")  # glossary.toml [patterns]
_CJK = re.compile(r"[\u4e00-\u9fff]")


def asks_rate_of_other_en(norm: str, metric: Metric) -> bool:
    """`norm` (an English ask) asks a rate, and names none of the core words of the applications metric `metric`."""
    if not metric.key.startswith("applications") or _CJK.search(norm) or not _RATE_EN.search(norm):
        return False
    return not any(re.search(rf"(?<![a-z]){re.escape(w)}", norm) for w in metric.core_en)
