"""A Chinese question's opening clause that only names the report it asks ("那篇繁体的县信访局年终报告范文里，…",
"那份区政府的年报：…"): the frame of every ask, none of an ask's own words.  Its 繁体, 年终, 范文 describe the copy,
so they weigh nothing when a sentence's words are matched to the ask (assistant/sentences.py key_terms) and set no
ask apart from its siblings (assistant/ask_focus.py set_focus).  A lead asking something itself ("全县发布了几份年度报告，")
is no such clause (glossary.toml [patterns] report_lead_zh; the question words: report_lead_asks_zh).
"""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY

_LEAD = GLOSSARY.patterns["report_lead_zh"]
_ASKS = GLOSSARY.patterns["report_lead_asks_zh"]


def without_report_lead(text: str) -> str:
    """`text` without its opening clause naming the report; `text` itself when it has none, when that clause asks
    something, or when nothing would be left."""
    m = _LEAD.search(text)
    if m is None or _ASKS.search(m.group()):
        return text
    return text[m.end():] or text
