"""A question's token that is a noun with a one-character verb glued after it by the word segmenter.

Colloquial asks write the verb right after the channel or thing ("微博发了多少条", "网站挂了几条"), and the segmenter reads
"微博发" as one word: a term no report's label or sentence holds as such ("“健康杭州”官方微博更新5092条"), so nothing is
found and the answer declines.  The ask's term is the noun alone, when the reports write it; the verbs are data
(glossary.toml [asks] glued_verbs_zh).
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.core.glossary import GLOSSARY


def unglued(tok: str, idf: Callable[[str], float] | None, unseen: float) -> str:
    """`tok` without a glued verb ("微博发" -> 微博) when it is three or more characters ending in one of the glossary's
    glued verbs and the noun before it is a word the reports write (its `idf` below `unseen`, the idf of a word no
    report holds); else `tok` (no idf to judge by: unchanged)."""
    if len(tok) < 3 or tok[-1] not in GLOSSARY.glued_verbs_zh or idf is None:
        return tok
    return tok[:-1] if idf(tok[:-1]) < unseen else tok
