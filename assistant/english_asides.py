"""English asides of a question that are no words of the thing asked (label search, assistant/fact_search.py).

Two kinds, both cut out before an English question's untranslated words become label-search terms:

- a bracket describing which report is meant ("(the anonymised 2015 doc-share report)", "(the 2020 report whose
  district name was replaced by spam)"): scope, whose words ("doc-share", "spam", "replaced") are in no label and
  only dilute the match of the asked part's own label;
- an English phrase glossed by the Chinese term written in brackets right after it ("building the bureau itself
  (机关建设类)", "news of its work (工作动态)"): the Chinese term is the name searched; the English words of the
  phrase it renders (back to the word opening it: about, as, under, called, were …; an "of" only after a word of
  quantity, "how many of", not inside the phrase, "news of its work") are the same thing said again, and the
  report's label holds none of them.

The words are data: glossary.toml [patterns] report_aside_en, glossed_term_zh, gloss_lead_en,
gloss_of_opens_en.
"""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY

_REPORT_ASIDE = GLOSSARY.patterns["report_aside_en"]
_GLOSSED_TERM = GLOSSARY.patterns["glossed_term_zh"]
_LEAD = GLOSSARY.patterns["gloss_lead_en"]
_OF_OPENS = GLOSSARY.patterns["gloss_of_opens_en"]


def without_asides_en(norm: str) -> str:
    """`norm` (a normalised question) with its report-describing brackets and the English phrases a bracketed
    Chinese term glosses blanked out; the Chinese terms themselves stay."""
    norm = _REPORT_ASIDE.sub(" ", norm)
    out, done = [], 0
    for m in _GLOSSED_TERM.finditer(norm):
        before = norm[done : m.start()]
        leads = [m for m in _LEAD.finditer(before) if m.group() != "of" or _OF_OPENS.search(before[: m.start()])]
        cut = leads[-1].end() if leads else 0
        if before[cut:].strip() and before[cut:].isascii():
            before = before[:cut] + " " * (len(before) - cut)  # (the glossed phrase, as long blank)
        out += [before, m.group()]
        done = m.end()
    return "".join(out) + norm[done:]
