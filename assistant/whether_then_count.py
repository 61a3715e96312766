"""An ask whether there was any of a thing, then an ask of how many ("有没有没办完的，结转到下一年的有几件", "was anything
carried over to 2022, and how many?", "有没有…？有几件？"): one question.  The figure found for the first ask is the
count the second asks, so the second, finding nothing of its own (its figure was taken by the first ask, or it has no
subject of its own), is no ask: not a second line saying the report does not state it.  The yes/no words are data
(glossary.toml [patterns] yes_no)."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY

_YES_NO = GLOSSARY.patterns["yes_no"]
_COUNT = re.compile(r"多少|几[个件条次项人家类种封通批起名]?|(?<![a-z])(?:how\s+many|how\s+much|number\s+of)(?![a-z])")


def count_of_whether(before_text: str, before_facts: list, before_metric, text: str, metric) -> bool:
    """The ask `text` (of `metric`) only asks how many of what the ask before it (`before_text`, answered by
    `before_facts` of `before_metric`) asked whether there was: the ask before is a yes/no ask with no count of its
    own and found a figure, this one counts the same thing or names no thing of its own."""
    whether = bool(_YES_NO.search(before_text)) and not _COUNT.search(before_text)
    figures = bool(before_facts) and all(getattr(f, "value", None) is not None for f in before_facts)
    same = metric is None or (before_metric is not None and metric.key == before_metric.key)
    return whether and figures and same and bool(_COUNT.search(text))
