"""The English search terms of an ask: its content words (stemmed) for a report written in English, and the glossary's English words of a Chinese ask's terms (a mixin of SentenceSearch)."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY as _GLOSSARY
from assistant.core.text import is_pinyin_word
from assistant.en_phrases import en_word
from assistant.focus_weights import FOCUS_WEIGHT
from assistant.query import ParsedQuestion, report_names

EN_STOP = _GLOSSARY.english_stop
_GENERIC = _GLOSSARY.generic


def english_stem(word: str) -> str:
    """An English word of an ask as matched in a report written in English: without a plural s, a past -ed or an -ing
    ("disclosed" meets "disclose 56 government documents", "released" meets "were released monthly"), now that each
    sentence of such a report is scored by itself."""
    if word.endswith("ed") and len(word) > 5:
        return word[:-2]
    if word.endswith("ing") and len(word) > 6:
        return word[:-3]
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


class EnglishTerms:
    """English terms of an ask, over ``self.index`` (a mixin of ``assistant.sentences.SentenceSearch``)."""

    def english_terms(self, q: ParsedQuestion) -> dict[str, float]:
        """The English content words of the ask (for a report written in English), stems as keys; words the
        glossary translates stay (the report writes them in English)."""
        names = {n.lower() for d in (q.doc_ids or []) if d in self.index.by_doc for n, _k in report_names(self.index.by_doc[d])}
        out: dict[str, float] = {}
        words = re.findall(r"[a-z][a-z\-]{2,}", q.norm)
        for w in words:
            # (a word of a report's name is scope where the name is written; written again, it is content: "how many
            # government documents under the 'government documents' column" of a people's government)
            named = any(w in n for n in names) and words.count(w) < 2
            if w in EN_STOP or named or (is_pinyin_word(w) and re.search(rf"\b{w.capitalize()}\b", q.text)):
                continue
            stem = english_stem(w)
            # (a compound the ask joins by hyphens the report may write apart: "civil-servant recruitment" meets
            # "recruitment of civil servants")
            stem = f"{stem}|{stem.replace('-', ' ')}" if "-" in stem.strip("-") else stem
            # an ask of several: its own words (its focus) weigh more than the lead all the asks share ("…2019 disclosure
            # report: how many government documents…, and how many statistical items…")
            out[stem] = FOCUS_WEIGHT if q.focus and re.search(en_word(w), q.focus) else 1.0
        return out

    def english_renderings(self, q: ParsedQuestion) -> dict[str, float]:
        """A Chinese ask over a report written in English: the English words the glossary gives for each Chinese
        term of the ask ("政府文件" -> "government documents"), one term of alternatives per Chinese term."""
        by_zh: dict[str, list[str]] = {}
        for en, zhs in _GLOSSARY.en_to_zh.items():
            for z in zhs:
                if len(z) >= 2 and z not in _GENERIC and z in q.norm:
                    by_zh.setdefault(z, []).append(en)
        # a term inside a longer one the ask also uses ("公开" of "主动公开") is that one's
        keep = [z for z in by_zh if not any(z != o and z in o for o in by_zh)]
        return {"|".join(sorted(set(by_zh[z]), key=len, reverse=True)): 1.0 for z in keep}
