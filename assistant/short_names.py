"""A short name a quoted sentence uses for a document the report named in full earlier ("依据《条例》…" after
"《中华人民共和国政府信息公开条例》(以下简称《条例》)"): the answer quoting the sentence also quotes the clause that
defines it, so a reader of an ask of which laws or rules ("依据的是哪些法律法规", "which local rules was it compiled
under") gets the document's own name, not only its short one.  Only such an ask: elsewhere a definition is a citation
nobody asked for.

Read by the sentence lines of the extractive engine (assistant/sentence_lines.py).
"""

from __future__ import annotations

import re

# "《全名》(以下简称《短名》)", "《全名》（下称“短名”）": the full title, then the short one it is called by
_DEFINED = re.compile(
    r"(《[^《》]{4,60}》)\s*[（(]\s*(?:以下简称|以下称|下称|简称)\s*[“\"「]?(《[^《》]{1,12}》|[^，,。)）”\"」]{1,8})[”\"」]?\s*[)）]")


# an ask of which laws, rules or documents something goes by
_DOCUMENT_ASK = re.compile(
    r"(?:哪些|哪部|哪个|哪几[部个项]|什么|啥)[^？?。，,]{0,8}?(?:法律|法规|条例|规定|办法|文件|规章|依据)|依据|根据(?:的是)?(?:哪|什么)"
    r"|(?<![a-z])(?:which|what)\s+(?:[a-z\-]+\s+){0,2}?(?:laws?|regulations?|rules?|provisions?|legislation|documents?|notices?)(?![a-z])"
    r"|(?<![a-z])(?:go(?:es)?\s+by|went\s+by|based\s+on|rel(?:y|ies|ied)\s+on|in\s+accordance\s+with|compiled\s+under)(?![a-z])")


def asks_document(norm: str) -> bool:
    """The ask asks which laws, rules or documents (the only asks a short name's definition answers)."""
    return bool(_DOCUMENT_ASK.search(norm))


def short_name_definitions(quote: str, text: str) -> list[tuple[int, int]]:
    """The spans of `text` defining a short name `quote` uses without its full title (in text order, one per short
    name; the definition inside the quote itself is none)."""
    spans: dict[str, tuple[int, int]] = {}
    for m in _DEFINED.finditer(text):
        full, short = m.group(1), m.group(2)
        if short in spans or short == full or short not in quote or full in quote:
            continue
        spans[short] = (m.start(), m.end())
    return list(spans.values())
