"""Fast matching of many literal phrases and the cached glossary scans give what the plain regex / plain scan gives
(fictional phrases and questions)."""

from __future__ import annotations

import re

import pytest

from assistant.core.glossary import GLOSSARY
from assistant.en_phrases import bare, en_word, glossary_said, glossary_words_written, said, with_bare
from assistant.phrase_alternation import PhraseAlternation
from assistant.query import _BY_LENGTH, glossary_groups, glossary_terms

PHRASES = ["lantern permits issued", "lantern permits", "permits", "本年发放灯笼许可", "灯笼许可", "valid"]
TEXTS = ["how many lantern permits issued this year and how many valid", "灯笼许可本年发放灯笼许可各多少",
         "permitsvalid", "nothing here", "", "Lantern permits", "invalid permits and valid ones"]


def _pattern(p: str) -> str:
    return en_word(p) if p.isascii() else re.escape(p)


@pytest.mark.parametrize("text", TEXTS)
def test_an_alternation_of_phrases_matches_as_the_one_regex_does(text):
    fast, slow = PhraseAlternation(PHRASES, _pattern), re.compile("|".join(_pattern(p) for p in PHRASES))
    assert [(m.span(), m.group()) for m in fast.finditer(text)] == [(m.span(), m.group()) for m in slow.finditer(text)]
    got, want = fast.search(text), slow.search(text)
    assert (got and got.span()) == (want and want.span())


def test_an_alternation_of_no_phrases_matches_nothing():
    empty = PhraseAlternation([], re.escape)
    assert empty.pattern == "(?!)" and empty.search("anything") is None and list(empty.finditer("anything")) == []


@pytest.mark.parametrize("question", ["how many lantern permits did the Vostrel river office issue",
                                      "how many applications were carried over to the next year",
                                      "were any requests withdrawn by the applicant", "灯笼办收到多少申请"])
def test_the_cached_glossary_scans_give_the_plain_scans(question):
    norm = question.lower()
    assert glossary_said(norm) == " ".join(en for en in GLOSSARY.en_to_zh if said(en, norm, bare(norm)))
    assert list(glossary_words_written(norm)) == [w for en, zh in GLOSSARY.en_to_zh.items()
                                                  if re.search(en_word(en), norm) for w in zh]
    # the substring test before said() passes every phrase said
    pairs = with_bare(_BY_LENGTH)
    assert [en for en, b in pairs if (en in norm or b and b in bare(norm))] == \
        [en for en, b in pairs if (en in norm or b and b in bare(norm)) or said(en, norm, bare(norm))]
    # the answers are copies: a caller changing one does not change the next
    groups, terms = glossary_groups(norm), glossary_terms(norm)
    groups.append(("x",))
    terms.append("x")
    assert ("x",) not in glossary_groups(norm) and "x" not in glossary_terms(norm)
