"""Words around the sides of an English comparison of one report (assistant.compare_sides): a quoted side is one
phrase, whatever words it holds ("'implementation and results' items vs 'management and services' items": its "and"
joins no sides and ends none), and sides that are the subjects of an auxiliary end at their verb ("did their weibo
account or their wechat account put out more updates"); a side ends before the examples it gives of itself ("items on
key areas like poverty relief"), sides opening with the same words start alike ("items on X versus items on Y"), and a
side starts at its lead word or at a phrase of the glossary ("by letter", "face to face")."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY

Q = GLOSSARY.patterns
EN_SIDE_WORDS = 5  # a side is a short noun phrase ("in person", "commercial enterprises", "WeChat posts")
# a phrase in quotes: no letter before its opening mark nor after its closing one ("didn't" has no quote)
_QUOTED = re.compile(r"(?<![a-z\d])['‘\"“]([a-z][^'‘’\"“”]{0,60}?)['’\"”](?![a-z\d])")
_STAND_IN = re.compile(r"zqz(?P<i>[a-j])zqz")  # one word of letters stands in for a quoted phrase (its "and" joins nothing)


def quoted_as_words(norm: str) -> tuple[str, list[str]]:
    """`norm` with each quoted phrase replaced by one word standing in for it, and the phrases (see ``unquoted``)."""
    phrases: list[str] = []

    def stand_in(m: re.Match[str]) -> str:
        phrases.append(m.group())
        return f"zqz{chr(ord('a') + len(phrases) - 1)}zqz"

    return _QUOTED.sub(stand_in, norm, count=10), phrases


def unquoted(text: str, phrases: list[str], marks: bool = False) -> str:
    """A text of ``quoted_as_words`` with its phrases back, in their quotes (`marks`: without them, as a side's words)."""
    def back(m: re.Match[str]) -> str:
        phrase = phrases[ord(m.group("i")) - ord("a")]
        return phrase[1:-1] if marks else phrase

    return _STAND_IN.sub(back, text)


def subject_sides(before: str, second: str) -> tuple[str, str, int]:
    """The second side without the words after it that are no side, and those words as each side's ask ends them:
    a comparative after it ("by letter more often" -> "by letter"); the verb after sides that are the subjects of an
    auxiliary ("did their weibo account or their wechat account put out more updates": the second side ends at its
    verb, else has as many words as the first, "their wechat account", and " put out how many updates" ends each ask;
    the first side is then the subject after the auxiliary: its start, else -1)."""
    more = Q["compare_more_en"].search(second, 1)
    aux = Q["compare_aux_side_en"].search(before)
    if aux:
        verb = Q["compare_side_verb_en"].search(second)
        tokens = second.split()
        n = len(second[: verb.start()].split()) if verb and verb.start() else len(before[aux.end() :].split())
        if len(tokens) > n:
            rest = " ".join(tokens[n:])
            rest = Q["compare_more_en"].sub("how many ", rest, count=1) if Q["compare_more_en"].search(rest) else ""
            return " ".join(tokens[:n]), " " + rest if rest else "", aux.end()
    if more and not Q["compare_more_en"].match(second):
        return second[: more.start()].strip(), "", -1
    return second, "", -1


def without_examples(side: str) -> str:
    """A side without the examples it gives of itself ("items on key areas like poverty relief" -> "items on key
    areas"): the examples name no figure of their own, the side's figure is the one of its head words."""
    return Q["compare_side_examples_en"].sub("", side).strip()


_ARTICLE = re.compile(r"^(?:the|its|their|a|an)\s+")


def parallel_start(before: str, second: str, stop: int) -> int:
    """Where the first side starts when both sides open with the same words ("items on key work & major projects versus
    items on key areas": at the last "items on" after `stop`); -1 when the second side's first two words are not
    written before it (or are all its words)."""
    words = _ARTICLE.sub("", second, count=1).split()
    if len(words) <= 2:
        return -1
    lead = " ".join(words[:2])
    hits = [m.start() for m in re.finditer(rf"(?<![a-z]){re.escape(lead)}(?![a-z])", before) if m.start() >= stop]
    return hits[-1] if hits else -1


def glossary_phrase_start(before: str) -> int:
    """Where the longest English phrase of the glossary that ends the text starts ("…requests face to face": at
    "face to face"; "…by letter": at "by letter"); -1 when no glossary phrase ends it."""
    words = list(re.finditer(r"[a-z][a-z'-]*", before))
    if not words or words[-1].end() != len(before.rstrip()):
        return -1
    for k in range(max(0, len(words) - EN_SIDE_WORDS), len(words)):  # (the longest first)
        if " ".join(w.group() for w in words[k:]) in GLOSSARY.en_to_zh:
            return words[k].start()
    return -1


def lead_or_named(before: str, lead: int, named: int) -> int:
    """The start of a first side that has a lead word ("on wechat") or a glossary phrase ("face to face"): the lead
    word when it is the only word before a one-word phrase ("on wechat"), else the later of the two ("came in face to
    face": a phrase of several words is a manner of its own)."""
    if lead < 0 or named < 0:
        return max(lead, named)
    one_word = len(before[named:].split()) == 1
    return lead if one_word and lead <= named and len(before[lead:named].split()) <= 1 else max(lead, named)
