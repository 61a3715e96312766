"""Words around the sides of an English comparison of one report (assistant.compare_sides): a quoted side is one
phrase, whatever words it holds ("'implementation and results' items vs 'management and services' items": its "and"
joins no sides and ends none), and sides that are the subjects of an auxiliary end at their verb ("did their weibo
account or their wechat account put out more updates")."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY

Q = GLOSSARY.patterns
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
