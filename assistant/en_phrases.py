"""English phrases of the data (glossary, template staff words) found in a question whatever articles either writes:
"carried over to the next year" says the staff phrase "carried over to next year", "how many got a partial release"
says "got partial release".  Articles carry nothing a phrase is matched for; the question itself keeps them (other
rules read "the two", "a year")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from assistant.phrase_words import PhraseWords

_ARTICLE = re.compile(r"(?<![a-z'’-])(?:the|a|an)\s+(?=[a-z0-9])")
# a question's inverted subject between its auxiliary and "not" ("how many did it not hold": "did not hold")
_INVERTED = re.compile(r"(?<![a-z])(did|does|do|was|were|is|are|has|have|had)\s+(?:it|they|he|she|we|you)\s+(?=not(?![a-z]))")


# quotation marks around a word or two ("how many 'other' documents"): the words are said all the same
_QUOTED = re.compile(r"(?<![a-z0-9])['\"“‘]([a-z][a-z\- ]{0,30}?)['\"”’](?![a-z0-9])")


def bare(text: str) -> str:
    """`text` without its English articles, quotation marks around words, and the subject an inverted question puts
    before "not"."""
    return _INVERTED.sub(r"\1 ", _ARTICLE.sub("", _QUOTED.sub(r"\1", text)))


def en_word(phrase: str) -> str:
    """The pattern of `phrase` said as whole English words: not inside a longer word ("case" is not in "showcase",
    "vs" not in "canvas"); a Chinese phrase has no word bounds to keep, callers write it as is."""
    return rf"(?<![a-z]){re.escape(phrase)}(?![a-z])"


@cache
def whole_word_pattern(phrase: str) -> re.Pattern[str]:
    """re.compile(en_word(phrase)), compiled once per phrase (re's own cache of 512 patterns overflows with the
    thousands of phrases the scans match)."""
    return re.compile(en_word(phrase))


@cache
def bare_phrase(phrase: str) -> str:
    """The phrase without articles, "" when that leaves one word ("a year" is no phrase "year")."""
    b = bare(phrase).strip()
    return b if " " in b else ""


def said(phrase: str, text: str, bare_text: str | None = None) -> bool:
    """The question text says `phrase` as whole words, as written or with articles dropped on both sides
    (`bare_text`: bare(text), when the caller has it)."""
    if phrase in text and whole_word_pattern(phrase).search(text):
        return True
    b = bare_phrase(phrase)
    if not b:
        return False
    bare_text = bare(text) if bare_text is None else bare_text
    return b in bare_text and whole_word_pattern(b).search(bare_text) is not None


def with_bare(phrases) -> tuple[tuple[str, str], ...]:
    """(phrase, bare_phrase(phrase)) of each phrase, in order, for a scan of thousands of phrases over one text:
    said() holds only where the phrase is in the text or its bare form in the bare text, so the scan tests that
    (`p in text or b and b in bare_text`) before calling said() (its regex, its call) on the few that pass."""
    return tuple((p, bare_phrase(p)) for p in phrases)


def without_said(phrase: str, text: str) -> str:
    """`text` with the phrase blanked where it is said (as written or without articles: then the articles go too)."""
    if phrase in text and whole_word_pattern(phrase).search(text):
        return whole_word_pattern(phrase).sub(" ", text)
    b = bare_phrase(phrase)
    return whole_word_pattern(b).sub(" ", bare(text)) if b else text


@cache
def _glossary_phrases() -> PhraseWords:
    from assistant.core.glossary import GLOSSARY

    return PhraseWords((p, "") for p in sorted((p for p in GLOSSARY.en_to_zh if p.isascii()), key=len, reverse=True))


def glossary_renderings(text: str) -> list[str]:
    """The Chinese renderings of the glossary phrases an English `text` says, longest phrases first; a phrase's words
    are taken once ("applications withdrawn" renders as itself, not also as "applications")."""
    from assistant.core.glossary import GLOSSARY

    out, low = [], f" {text.lower()} "
    for en, _b in _glossary_phrases().candidates(low):  # (only those whose words `low` writes: phrase_words.py)
        if en in low and whole_word_pattern(en).search(low):  # (compiled once: re's own cache holds 512 patterns)
            out += GLOSSARY.en_to_zh[en]
            low = whole_word_pattern(en).sub(" ", low)
    return out


@cache
def _glossary_with_bare() -> PhraseWords:
    from assistant.core.glossary import GLOSSARY

    return PhraseWords(with_bare(GLOSSARY.en_to_zh))


@lru_cache(maxsize=512)
def glossary_said(text: str) -> str:
    """The glossary's English phrases `text` says (said(), each on its own: none takes another's words), in the
    glossary's order, joined by spaces.  Cached: a pure function of the text, read for each ask of a question."""
    bare_text = bare(text)
    return " ".join(en for en, b in _glossary_with_bare().candidates(text)
                    if (en in text or b and b in bare_text) and said(en, text, bare_text))


@lru_cache(maxsize=512)
def glossary_words_written(text: str) -> tuple[str, ...]:
    """The Chinese words of every glossary phrase `text` writes as whole words, as written (articles and all; a
    phrase inside a longer one said too), in the glossary's order.  Cached: a pure function of the text."""
    from assistant.core.glossary import GLOSSARY

    # (the substring test first, and each phrase's pattern compiled once: thousands of phrases would overflow re's
    # own cache of 512 patterns and be compiled again at every call)
    return tuple(w for en in glossary_phrases_written(text) for w in GLOSSARY.en_to_zh[en])


def glossary_phrases_written(text: str) -> tuple[str, ...]:
    """The glossary phrases `text` writes as whole words (see ``glossary_words_written``), in the glossary's order."""
    return tuple(en for en, _b in _glossary_with_bare().candidates(text) if en in text and whole_word_pattern(en).search(text))
