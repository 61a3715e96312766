"""The frame English asks share: what one ask of a question says once for all of them.

"of qinghe's disclosed items, how many were A and how many were B" -> the leading "of qinghe's disclosed items" goes
with each ask; "how many A and how many B did qinghe publish in 2016" -> "did qinghe publish in 2016" goes with A too,
as it does after a lead of its own ("in 2021 how many A and how many B did X face").
Pure functions over the pieces of a normalised question (assistant.asks splits it into them).
"""

from __future__ import annotations

import re

from assistant.aggregate import asks_difference_only
from assistant.core.glossary import GLOSSARY
from assistant.noun_lists import names_counted_en
from assistant.noun_phrase_asks import led_by_measure_en

Q = GLOSSARY.patterns
COUNT_EN = re.compile(r"(?<![a-z])how (?:many|much)(?![a-z])")


# the words of scope that open a frame ("of", "among", "in", "under" …), at the piece's start or after the question's
# lead (its scope, up to a colon or a dash: "qinghe 2019 report:", "Hainan 2014 —"); the match ends where they start
_SCOPE_EN = re.compile(r"^(?:.*?(?:[:—–]|\s-))??\s*(?=(?:and\s+)?(?:of|among|for|in|under|within|on|across)\s)")
_FIGURE = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d(?!\d))\d")  # a number that is no year
_EN_VERB = re.compile(r"\s+(?:did|does|do|were|was|are|is|has|have|had|will|can)\s+\S.*$")


def _is_frame(piece: str) -> bool:
    """The first piece of an English question is the frame of the asks after it (said once, for each of them) when
    it asks nothing, restates no figure, and opens with words of scope or names nothing counted: it says where, when
    or within what they count ("of qinghe's disclosed items", "qinghe 2019 report: of the requests answered 'not
    held'", "Hainan 2014: after the website revamp").  Without words of scope a counted thing named is a bare ask for
    it ("2023 OGI: applications received"), as are "of them" and "before and after"; a figure restated is a premise
    ("of the 12 requests it received": an ask of its own, read by assistant/premise.py)."""
    scope = _SCOPE_EN.match(piece)
    own_words = piece[scope.end() :] if scope else piece  # (a lead may name a "12345" hotline: no figure restated)
    if Q["asking"].search(piece) or _FIGURE.search(own_words):
        return False
    if Q["field_named_en"].search(re.split(r"[:—–]", piece)[-1].strip()):  # "X 2022: the release date": a bare ask
        return False
    if Q["total_named_en"].search(re.split(r"[:—–,，]", piece)[-1]):  # "from X's report, I need the items total": a
        return False  # figure named bare (a total, a count of something) is an ask of it, not the frame of the asks after
    if led_by_measure_en(piece):  # ("X 2023: the year-on-year drop in letters and visits": a measure asked)
        return False
    return scope is not None or not (Q["within"].search(piece) or Q["before_after_en"].search(piece)
                                     or names_counted_en(piece))


def english_frame(pieces: list[str], first_asked: bool = False) -> list[str]:
    """English asks share their frame: "Of X's disclosed items, how many were A and how many were B" -> the
    leading "of X's disclosed items" goes with each ask; "how many A and how many B did X publish in 2016" ->
    "did X publish in 2016" goes with A too. `first_asked`: the question ends the first piece with a question mark
    ("X 2023: the satisfaction rate? and the participation rate?"), so it is an ask, not a frame."""
    joined = "".join(pieces)
    # (an English question may quote a Chinese word: "the traditional-character 范文 copy" keeps it English)
    if len(pieces) < 2 or 4 * len(re.findall(r"[\u4e00-\u9fff]", joined)) >= len(re.findall(r"[a-z]", joined)):
        return pieces
    out = list(pieces)
    if not first_asked and _is_frame(out[0]):
        frame = re.sub(r"^and\s+", "", out.pop(0))
        out = [frame + ", " + re.sub(r"^and\s+", "", p) for p in out]
    # "how many normative documents were issued … and how many are currently valid": a later "how many" followed
    # by its verb counts the first ask's noun
    noun = re.match(r"^.*?how many\s+(.+?)\s+(?:were|are|was|is|did|do|does|have|has|had)(?![a-z])", out[0])
    if noun:
        out = [out[0]] + [re.sub(r"^((?:and\s+)?how many\s+)(?=(?:are|were|is|was|remain|remained|stay|stayed)(?![a-z]))",
                                 lambda m: m.group(1) + noun.group(1) + " ", p) for p in out[1:]]
    # (not the verb of a last ask of the difference only: "…, how many from B, and how many more did B account for"
    # asks B's own count, not what B "did account for")
    tail = None if asks_difference_only(out[-1]) else _EN_VERB.search(out[-1])
    # (not a verb right after the last "how many": "how many requests came in and how many were answered in full"
    # asks its own count of the first ask's noun, read above; its verb is no verb of the first ask)
    if tail and not re.match(r"(?:and\s+)?how (?:many|much)" + re.escape(tail.group()) + "$", out[-1]):
        # (an earlier ask after a lead of its own takes it too when the last ask counts as well: "in 2021 how many A and
        # how many B did X face", "X, 2019 — how many A and how many B did it put out"; not "… how many decisions, and
        # what was the previous year's count": no verb of a count)
        last_counts = re.match(r"(?:and\s+)?how (?:many|much)\s", out[-1]) is not None
        out = [p if _EN_VERB.search(p) or not (re.match(r"(?:and\s+)?how (?:many|much)\s", p)
                                                 or (last_counts and _lead_then_noun(p)))
               else p + tail.group() for p in out[:-1]] + [out[-1]]
    return out


# a word of a verb after the counted noun ("how many requests came in", "… received"): the piece says its own verb
_VERB_WORD = re.compile(r"(?<![a-z])(?:[a-z]+ed|came|got|went|took|made|put|gave|sent|held|ran|saw|won|lost|left|"
                        r"did|does|do|were|was|are|is|has|have|had|will|can)(?![a-z])")


def _lead_then_noun(piece: str) -> bool:
    """An English piece of a lead and then "how many" and a noun phrase only ("qinghe 2019 — how many other
    documents", "in 2021 how many reconsiderations"): it takes the verb of the last ask."""
    counts = list(COUNT_EN.finditer(piece))
    return len(counts) == 1 and counts[0].start() > 0 and not _VERB_WORD.search(piece[counts[0].end():])
