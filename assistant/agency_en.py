"""English names of agencies that name no place of their own, written word by word: the second layer of the
scope step (assistant/scope.py NamesIndex.match, the one entry point, calls it when no name of the index matched).

Some reports name their agency without a place ("区科技工业商务信息化局", "县自然资源局": a mirror copy that dropped
it). No place name of a question can reach them.  Two layers name them in English, with their English agency words
in names.toml ([agency_name_en]: levels, heads, words; the index layer also the whole agency types, [[agency_type]]):

1. the names index (scope.level_type_names, built once per store generation) holds the fixed names "<level> <agency
   type>" ("city petitions bureau", "county natural resources bureau") as weak names of the report;
2. here, what cannot be listed beforehand: a name written word by word in any joining and spelling ("District
   science, industry, commerce and informatization bureau", "district education & sports bureau").  Each English
   word is rendered into Chinese and found in the agency's name in order, covering most of its own words.

Per question nothing walks the reports: the placeless reports are indexed once per list of reports (that is, per
store generation) by their level and each Chinese agency word their name holds; a phrase's candidates are the
reports holding a rendering of every one of its words, and only those are checked.
"""

from __future__ import annotations

import re
from collections import defaultdict

from assistant.core.memo import PerReportList
from assistant.core.types import Report
from assistant.core.vocab import names_vocab
from assistant.en_phrases import en_word

_V = names_vocab()
_LEVELS = _V.name_levels_en  # "county" -> 县
_HEADS = _V.name_heads_en  # "bureau" -> (局,)
_WORDS = _V.name_words_en  # "natural resources" -> (自然资源,)
_ZH_WORDS = frozenset(zh for alts in _WORDS.values() for zh in alts)
_LONGEST = max((len(k.split()) for k in _WORDS), default=1)
# the words inside the English agency names and types of several words ("human" of "human resources"); a word that
# is a name on its own ("police") stays a word a question may name a missing agency by
_PHRASES_EN = (*_WORDS, *_HEADS, *_V.agency_types_en)
_NAME_WORDS_EN = frozenset(w for phrase in _PHRASES_EN if " " in phrase
                           for w in re.findall(r"[a-z]+", phrase)) - set(_PHRASES_EN)
_JOINERS = {"and", "&", ","}
# words that end an agency's name rather than stand as one of its list's items ("… bureau of culture and the …")
_NOT_ITEMS = {"the", "of", "in", "for", "its", "their", "to", "by", "on", "at", "from", "with"}
_TOKEN = re.compile(r"[a-z][a-z\-']*|[,&]")
_LEVEL_START = re.compile(f"^(?:{'|'.join(sorted(set(_LEVELS.values()), key=len, reverse=True))})")
# the generic end of an agency's name: what is left before it are the words its English name must render
_GENERIC_END = re.compile(r"(?:委员会|办公室|管理局|中心|分局|局|委|办|部|厅)$")
# the share of the agency's own words the English words must render ("district commerce bureau" is not
# 区科技工业商务信息化局: one word of four)
_MIN_COVER = 0.6

Phrase = tuple[str, str, list[tuple[str, ...]], tuple[str, ...]]


def phrases(norm: str) -> list[Phrase]:
    """Agency names written in English in the (normalised) question, each as (the words as written, the level's
    Chinese character, the Chinese alternatives of each word of the name in order, the head's alternatives): a
    head word ("bureau") after words of agency names, after a level word ("district", "county")."""
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(norm)]
    out = []
    for i, (w, _s, e) in enumerate(toks):
        if w not in _HEADS:
            continue
        parts: list[tuple[str, ...]] = []
        j, level, start = i, "", None
        while j > 0:
            for n in range(min(_LONGEST, j), 0, -1):  # the longest word of the data ending here
                key = " ".join(t[0] for t in toks[j - n : j])
                if key in _WORDS:
                    parts.insert(0, _WORDS[key])
                    j, start = j - n, toks[j - n][1]
                    break
            else:
                word = toks[j - 1][0]
                if word in _JOINERS and parts:
                    j -= 1
                    continue
                if word in _LEVELS:
                    level, start = _LEVELS[word], toks[j - 1][1]
                break
        if parts and level and start is not None:
            out.append((norm[start:e], level, parts, _HEADS[w]))
    return out


def _own_words(agency: str) -> str:
    """The agency's own words: its name without the level and the generic end (区科技工业商务信息化局 -> 科技工业商务信息化)."""
    return _GENERIC_END.sub("", _LEVEL_START.sub("", agency))


def names(agency: str, level: str, parts: list[tuple[str, ...]], head: tuple[str, ...]) -> bool:
    """The agency's Chinese name is the level, the parts in order and the head, the parts covering most of its
    own words (区科技工业商务信息化局 of "district science, industry, commerce and informatization bureau")."""
    if not agency.startswith(level) or not any(agency.endswith(h) for h in head):
        return False
    own = _own_words(agency)
    pos, covered, last = 0, 0, ""
    for alts in parts:
        if last in alts:
            continue  # two English words of one Chinese word ("science, technology" -> 科技)
        found = [(own.find(a, pos), a) for a in alts if own.find(a, pos) >= 0]
        if not found:
            return False
        at, a = min(found, key=lambda x: (x[0], -len(x[1])))
        pos, covered, last = at + len(a), covered + len(a), a
    return bool(own) and covered / len(own) >= _MIN_COVER


class PlacelessWords:
    """The reports whose agency names no place, indexed by (level, Chinese agency word its name holds): built once
    per list of reports; a phrase is looked up, never checked against every report."""

    def __init__(self, reports: list[Report]) -> None:
        self.by_doc: dict[str, Report] = {}
        self.order: dict[str, int] = {}
        self.docs: dict[tuple[str, str], set[str]] = defaultdict(set)
        for i, r in enumerate(reports):
            level = _LEVEL_START.match(r.agency or "")
            if not r.agency or r.region or not level:
                continue
            self.by_doc[r.doc_id], self.order[r.doc_id] = r, i
            own = _own_words(r.agency)
            for zh in _ZH_WORDS:
                if zh in own:
                    self.docs[(level.group(), zh)].add(r.doc_id)

    def candidates(self, level: str, parts: list[tuple[str, ...]]) -> list[Report]:
        """Reports of the level whose name holds a rendering of every word, in catalog order."""
        ids: set[str] | None = None
        for alts in parts:
            these = set().union(*(self.docs.get((level, a), set()) for a in alts))
            ids = these if ids is None else ids & these
            if not ids:
                return []
        return [self.by_doc[d] for d in sorted(ids or (), key=self.order.__getitem__)]

    def match(self, norm: str) -> tuple[list[str], list[Report]]:
        """(names as written, reports) for the first English agency name of the question that names reports."""
        if not self.by_doc:
            return [], []
        for text, level, parts, head in phrases(norm):
            hit = [r for r in self.candidates(level, parts) if names(r.agency or "", level, parts, head)]
            if hit:
                return [text], hit
        return [], []


def is_agency_word_en(word: str) -> bool:
    """A word of an English agency name or type (lower case): "Human" of "Human Resources and Social Security Bureau"
    is capitalised and reads as pinyin (hu-man), but it is English, never a place the question names."""
    return word in _NAME_WORDS_EN


def agency_words_en(agency: str, norm: str) -> list[str]:
    """The English words of agency names and types (names.toml [agency_name_en] words, [[agency_type]] en) that the
    question uses and the agency's Chinese name renders: "petitions", "letters and visits", "bureau of letters and
    calls" of 青禾县信访局 (信访, 信访局).  They name the report, not a part of its figures (no applications "by
    letter").  Longest first."""
    words = {**_WORDS, **_V.agency_types_en}
    found = [w for w, alts in words.items() if any(a and a in (agency or "") for a in alts)
             and re.search(en_word(w), norm)]
    return sorted(found, key=len, reverse=True)


_word_indexes: PerReportList[PlacelessWords] = PerReportList(PlacelessWords)


def placeless_words(reports: list[Report]) -> PlacelessWords:
    """The word index of this list of reports, built on first use and kept while the list is alive (a new store
    generation gives a new list, as for scope.names_index)."""
    return _word_indexes(reports)


def placeless_reports(norm: str, reports: list[Report]) -> tuple[list[str], list[Report]]:
    """(names as written, reports) for the English agency names of the question that name reports without a place."""
    if not any(w in _HEADS for w in _TOKEN.findall(norm)):
        return [], []  # no head word: no name written word by word (and no index built for it)
    return placeless_words(reports).match(norm)


def names_as_written(norm: str, names) -> list[tuple[int, int]]:
    """Where the (normalised) question writes the English name of one of its reports word by word: a head word
    ("bureau") and the run of words before it that the report's English names hold, with joiners ("the daoxian
    culture, radio and press bureau" of "culture, radio, television, press and publication bureau").  Those words are
    scope there, not what is asked ("radio" names no channel of that ask); the same words elsewhere still count."""
    words = {w for n in names if n.isascii() for w in _TOKEN.findall(n.lower()) if w not in _JOINERS}
    # (a level word inside the name as written is of the name too: "the hainan provincial food and drug administration",
    # "the municipal bureau of …": no province-level figure asked)
    words |= set(_LEVELS)
    toks = list(_TOKEN.finditer(norm))
    spans = []
    for i, t in enumerate(toks):
        if t.group() not in _HEADS or t.group() not in words:
            continue
        j = i
        while j > 0:
            if toks[j - 1].group() in words or toks[j - 1].group() in _JOINERS:
                j -= 1
            elif n := _extra_item(toks, j - 1, -1, words):
                j -= n
            else:
                break
        while j < i and toks[j].group() in _JOINERS:
            j += 1
        # ... and the words after it in the "<head> of <words>" form ("the municipal bureau of natural resources and
        # planning", "the bureau of culture, radio and press"): "planning" there names the report, no planning asked
        k = i
        if i + 2 < len(toks) and toks[i + 1].group() == "of" and toks[i + 2].group() in words:
            k = i + 2
            while k + 1 < len(toks):
                if toks[k + 1].group() in words or toks[k + 1].group() in _JOINERS:
                    k += 1
                elif n := _extra_item(toks, k + 1, 1, words):
                    k += n
                else:
                    break
            while k > i and toks[k].group() in _JOINERS:
                k -= 1
        if j < i or k > i:
            spans.append((toks[j].start(), toks[k].end()))
    return spans


# an item of a name's list no English name of the report holds is at most this many words ("film", "news media")
_EXTRA_ITEM_WORDS = 2


def _extra_item(toks: list[re.Match], at: int, step: int, words: set[str]) -> int:
    """How many words long the item at `at` (read in the direction `step`) is when it is one item of the name's list
    that the report's English names lack: a joiner on each side and a word of the names beyond ("culture, radio,
    film, television and press": "film" is of the name written, one more descriptive word; not "film" of "radio and
    film items", no word of the names after it).  0 when it is none."""
    if not 0 <= at - step < len(toks) or toks[at - step].group() not in _JOINERS:
        return 0
    for n in range(1, _EXTRA_ITEM_WORDS + 1):
        item = [toks[at + step * m].group() for m in range(n) if 0 <= at + step * m < len(toks)]
        if len(item) < n or any(w in words or w in _JOINERS or w in _HEADS or w in _NOT_ITEMS for w in item):
            return 0
        after = at + step * n
        if not 0 <= after < len(toks) or toks[after].group() not in _JOINERS:
            continue
        while 0 <= after < len(toks) and toks[after].group() in _JOINERS:
            after += step
        if 0 <= after < len(toks) and toks[after].group() in words and toks[after].group() not in _LEVELS:
            return n
    return 0


def outside_agency_names_en(norm: str, names=(), matched=()) -> str:
    """The (normalised) question with the English agency names it writes blanked out: such words are scope where
    they are written, not what is asked ("radio" of "the culture, radio and press bureau" names no channel; a word of
    "district science, … bureau" no content of the figure); the same words elsewhere still count.  Two ways a
    question writes one, each read by whoever knows it (the sentence search, assistant/sentences.py key_terms, its
    reports' names; the label search, assistant/fact_search.py label_terms, the agencies the scope step matched):
    - word by word as one of `names` (names_as_written: a head word and the words of those names before it);
    - whole, as one of `matched`: an English name of several words (no Chinese) the scope step found the agency by."""
    spans = names_as_written(norm, names)
    for e in matched:
        if e.isascii() and " " in e:
            spans += [(m.start(), m.end()) for m in re.finditer(re.escape(e), norm)]
    out = norm
    for a, b in spans:
        out = out[:a] + " " * (b - a) + out[b:]
    return out
