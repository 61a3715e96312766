"""The report-scope step: which reports a question names, and which names it uses that no report holds.

A names index maps every name a question may use for a report — its agency, region (with and without
suffix), aliases (pinyin, short forms, English type words) and the place/agency names its *text*
mentions (`Report.mentions`) — to the reports (names derived from agency and region: assistant/report_names.py).
It is an Aho-Corasick automaton built ONCE per list of reports (the search index replaces that list when
the store's generation changes); a question is one pass over its text, never a walk over the reports.

Rules: a full agency name beats a place name, a place name beats an alias, and names the text only
mentions scope a question only when nothing else matches.  An agency that names no place of its own
(市信访局) has English names of its level and type ("city petitions bureau", `level_type_names`) in the
index, as weak as a mention; when no name of the index matches, `NamesIndex.match` — the one entry point
of the scope step — asks assistant/agency_en.py for such an agency written word by word ("district
science, industry and commerce bureau"), from its own per-generation index of agency words.  Both
layers read names.toml: the level words and the words of a name from [agency_name_en], the index layer
the English of whole agency types from [[agency_type]].  English agency-type words ("petitions bureau")
never make a match alone; they narrow one.  An ambiguous name (pinyin "suzhou" of 宿州 and
苏州) keeps every report it names: the answer covers both, nothing is picked silently.  A place is
"unknown" only when no report's names or text hold it.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick

from assistant.agency_en import is_agency_word_en, placeless_reports
from assistant.alias_sides import beside_place_names
from assistant.bracket_places import bracket_qualifiers
from assistant.core.glossary import GLOSSARY
from assistant.core.memo import PerReportList
from assistant.core.text import is_pinyin_word, pinyin_boundaries
from assistant.core.types import Report
from assistant.core.vocab import names_vocab
from assistant.report_names import (  # noqa: F401  (derived names of a report, assistant/report_names.py)
    _agency_pinyin_names,
    agency_pinyin_names,
    branch_names,
    corps_names,
    level_type_names,
    place_part_names,
    subplace_names,
)

V = names_vocab()
AGENCY_TYPES_EN = V.agency_types_en  # English type words -> Chinese suffixes (data: names.toml)
WEIGHT = {"agency": 3, "region": 2, "alias": 1, "mention": 0}
_CJK = re.compile(r"[\u3400-\u9fff]")
# a question saying its report names no place (glossary [patterns] no_place_named)
_NO_PLACE_NAMED = GLOSSARY.patterns["no_place_named"]
_COMPARES = GLOSSARY.patterns["compare"]
_TYPE_ZH = re.compile(r"[\u4e00-\u9fff]{1,6}(?:局|委员会|办公厅|办公室|街道办事处|人民政府)")
# a report's word for itself ("我单位") written as its name (glossary [patterns] self_named_before_zh / _after_zh)
_SELF_NAMED_BEFORE = GLOSSARY.patterns["self_named_before_zh"]
_SELF_NAMED_AFTER = GLOSSARY.patterns["self_named_after_zh"]


def _stems(name: str) -> list[str]:
    """昆都仑区 -> [昆都仑区, 昆都仑]: place names are often written without their suffix."""
    out = [name]
    short = V.short_place(name)  # 新疆维吾尔自治区 -> 新疆 (the peoples' names from the data)
    if short and short != name:
        out.append(short)
    return out


def pinyin_runs(norm: str) -> list[tuple[str, list[int], list[str]]]:
    """Runs of two or more romanised words of a question, tones dropped (kējì, ke1ji4 -> keji), each as
    (the words joined without spaces, the offsets where its words start and end, the words)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", norm) if not unicodedata.combining(c))
    plain = re.sub(r"(?<=[a-z])[1-5](?![0-9])", " ", plain.replace("ü", "u"))  # tone numbers: syllable ends
    out = []
    for m in re.finditer(r"[a-z]+(?:[\s\-'’]+[a-z]+)+", plain):
        words = re.split(r"[\s\-'’]+", m.group(0))
        bounds, pos = [0], 0
        for w in words:
            pos += len(w)
            bounds.append(pos)
        out.append(("".join(words), bounds, words))
    return out


def report_names(r: Report) -> list[tuple[str, str]]:
    """(name, kind) pairs a question may use for a report; kind is 'agency', 'region', 'alias' or 'mention'."""
    names: list[tuple[str, str]] = []
    if r.agency:
        names.append((r.agency, "agency"))
        names += [(n, "alias") for n in _agency_pinyin_names(r.agency, r.region)]
        names += [(n, "alias") for n in place_part_names(r.agency, r.region)]
        names += [(n, "region") for n in branch_names(r.agency, r.region)]  # (as specific as its district)
        names += [(n, "region") for n in subplace_names(r.agency, r.region)]
        # (as weak as a name the text mentions: it scopes a question only when no place or name of a report does)
        names += [(n, "mention") for n in level_type_names(r.agency, r.region)]
    names += list(corps_names(r.agency, r.region))  # (a body of the Xinjiang corps: its units in English)
    if r.region:
        names += [(s, "region") for s in _stems(r.region)]
    names += [(a.lower(), "alias") for a in r.aliases if a]
    return names


def generic_aliases(reports: Iterable[Report] = ()) -> frozenset[str]:
    """Words that name a kind of agency, not a report ("petitions bureau", "government"): they
    narrow a match but never make one (the English agency-type words of the vocabulary)."""
    return V.english_type_words


@dataclass
class _Hit:
    name: str
    doc_ids: dict[str, int]  # doc_id -> best weight of this name for it


class NamesIndex:
    """Every name of every report in one automaton; `builds` counts constructions (tests)."""

    builds = 0

    def __init__(self, reports: list[Report], table: dict[str, dict[str, int]] | None = None) -> None:
        NamesIndex.builds += 1
        self.reports = reports
        self.by_doc = {r.doc_id: r for r in reports}
        self.order = {r.doc_id: i for i, r in enumerate(reports)}
        generic = generic_aliases()
        self.loaded = table is not None  # (scale, issue 14) the table read from its per-generation file
        table = {} if table is None else table
        for r in ([] if self.loaded else reports):
            pairs = report_names(r) + [(m.lower(), "mention") for m in r.mentions if m]
            for name, kind in pairs:
                if len(name) < 2 or name in generic:
                    continue
                slot = table.setdefault(name, {})
                slot[r.doc_id] = max(slot.get(r.doc_id, -1), WEIGHT[kind])
        self.automaton = ahocorasick.Automaton()
        for name, docs in table.items():
            self.automaton.add_word(name, _Hit(name, docs))
        if table:
            self.automaton.make_automaton()
        self.size = len(table)
        self.table = table

    def hits(self, norm: str) -> list[_Hit]:
        """Names found in the (normalised) question; an ASCII name only as whole words."""
        return [h for _s, _e, h in self.spans(norm)] + self._spaced_pinyin_hits(norm)

    def spans(self, norm: str) -> list[tuple[int, int, _Hit]]:
        """(start, end, name) of the names found in the question, longest match first: a name inside a longer
        name of other reports, found at least as strongly ("beijing" inside "beijing street", 北京 inside
        北京街道办事处), is a part of that name, not a name of its own.  A longer name of some of the same reports
        ("shanghai government" of "shanghai") only narrows it, and a weaker one (a mention) never hides a name."""
        if not self.size:
            return []
        found: list[tuple[int, int, _Hit]] = []
        for end, hit in self.automaton.iter(norm):
            start = end - len(hit.name) + 1
            if not _CJK.search(hit.name):
                before = norm[start - 1] if start > 0 else " "
                after = norm[end + 1] if end + 1 < len(norm) else " "
                if before.isascii() and before.isalpha() or after.isascii() and after.isalpha():
                    continue
            found.append((start, end + 1, hit))
        return [(s, e, h) for s, e, h in found
                if not any(s2 <= s and e <= e2 and e2 - s2 > e - s and max(h2.doc_ids.values()) >= max(h.doc_ids.values())
                           and not h2.doc_ids.keys() <= h.doc_ids.keys() for s2, e2, h2 in found)]

    def _spaced_pinyin_hits(self, norm: str) -> list[_Hit]:
        """Pinyin names written over several words ("qu keji gongye shangwu xinxihua ju", "kun du lun"):
        a name of the index that spans whole romanised words of a run, all of them pinyin, two or more."""
        if not self.size or not any(c.isascii() and c.isalpha() for c in norm):
            return []  # (an empty index has no automaton to search)
        out: list[_Hit] = []
        for joined, bounds, words in pinyin_runs(norm):
            starts = {b: i for i, b in enumerate(bounds)}
            for end, hit in self.automaton.iter(joined):
                if _CJK.search(hit.name) or " " in hit.name:
                    continue
                s, e = end - len(hit.name) + 1, end + 1
                if s not in starts or e not in starts or starts[e] - starts[s] < 2:
                    continue
                span = words[starts[s]: starts[e]]
                if all(is_pinyin_word(w) for w in span) and not all(_english_word(w) for w in span):
                    out.append(hit)
        return out

    def knows(self, name: str) -> bool:
        """A report's names or text hold `name`, inside a longer name or around a shorter one (in a pinyin word, a
        shorter one from syllable to syllable: "xian" is no name inside "xiangyang", "xi|ang|yang")."""
        if not self.size:
            return False
        if next(self.automaton.keys(name), None) is not None:  # a name starting with it
            return True
        cuts = pinyin_boundaries(name) if name.isascii() else frozenset()
        return any(len(h.name) >= 2 and (not cuts or {e + 1 - len(h.name), e + 1} <= cuts)
                   for e, h in self.automaton.iter(name))

    def _qualifiers(self, norm: str) -> set[str]:
        """Names that only locate the name next to them: a place written right before or after a place inside it
        ("深圳龙岗", "深圳市龙岗区", "Shenzhen Longgang", "Longgang, Shenzhen") names no report of its own."""
        spans = sorted(self.spans(norm), key=lambda x: x[0])
        out: set[str] = set()
        for _s1, e1, a in spans:
            for s2, _e2, b in spans:
                if not (e1 <= s2 <= e1 + 3) or a.name == b.name or norm[e1:s2].strip(" ,，、的'’s(（") != "":
                    continue
                for outer, inner in ((a, b), (b, a)):
                    docs = [d for d, w in inner.doc_ids.items() if w > 0]
                    if docs and all(self._inside(d, outer.name) for d in docs) and not set(docs) >= set(outer.doc_ids):
                        out.add(outer.name)
                        break
        return out | bracket_qualifiers(norm, spans, self._inside)  # ("Longgang department (Shenzhen)")

    def _inside(self, doc_id: str, place: str) -> bool:
        """The report's own place lies in `place`: its names or the places its text mentions hold that name."""
        r = self.by_doc[doc_id]
        # (and the names derived from them: a corps body lies in 新疆生产建设兵团, assistant/report_names.py)
        return any(place in n for n in [r.agency or "", r.region or "", *r.mentions, *r.aliases,
                                        *(n for n, _k in corps_names(r.agency, r.region))])

    def match(self, norm: str) -> tuple[list[str], list[Report]]:
        matched, kept = self._index_match(norm)
        if kept and _COMPARES.search(norm):
            # a comparison naming one report by a name of the index and another by an agency without a place written
            # word by word ("the county natural resources bureau vs the district sci-tech, industry, commerce & IT
            # bureau"): the second layer reads what the index's names leave of the question
            left = norm
            for s, e, _h in self.spans(norm):
                left = left[:s] + " " * (e - s) + left[e:]
            names, more = placeless_reports(left, self.reports)
            ids = {r.doc_id for r in kept}
            if [r for r in more if r.doc_id not in ids]:
                return matched + names, kept + [r for r in more if r.doc_id not in ids]
        return matched, kept

    def _index_match(self, norm: str) -> tuple[list[str], list[Report]]:
        best: dict[str, int] = {}
        matched: list[str] = []
        qualifiers = self._qualifiers(norm)
        hits = [h for h in self.hits(norm) if h.name not in qualifiers]
        self_named = self._self_named(norm)
        hits = [self._as_place_name(h) if h.name in self_named else h for h in hits]
        if _NO_PLACE_NAMED.search(norm):
            top = max([WEIGHT["alias"], *(w for h in hits for w in h.doc_ids.values())])
            hits = [self._placeless_named(h, top) for h in hits]
        for h in hits:
            for d, w in h.doc_ids.items():
                score = w * 100 + len(h.name)
                if score > best.get(d, -1):
                    best[d] = score
            if h.name not in matched and max(h.doc_ids.values()) > 0:
                matched.append(h.name)
        if not best:
            # no name of the index: an agency without a place written in English word by word (second layer)
            return placeless_reports(norm, self.reports)
        top_kind = max(w // 100 for w in best.values())
        if top_kind == 0:
            matched = [h.name for h in hits]
        keep = [self.by_doc[d] for d in sorted(best, key=self.order.__getitem__) if best[d] // 100 == top_kind]
        if top_kind == WEIGHT["agency"]:  # full agency names are as specific as it gets …
            return matched, keep + self._beside_full_names(norm, qualifiers, {r.doc_id for r in keep})
        # an agency-type word ("petitions bureau", "信访局") narrows a place match — the reports of each name
        # apart: "the Longgang department or the Longhua police" keeps Longgang's report, which is no police
        type_words = _type_words(norm)
        fits = {r.doc_id for r in keep if _of_type(r, type_words)}
        named_fit = [h for h in hits if fits & h.doc_ids.keys()]  # names with a report of the type
        narrowed = [r for r in keep if r.doc_id in fits or not any(r.doc_id in h.doc_ids for h in named_fit)]
        kept = narrowed if fits else keep
        if top_kind == WEIGHT["region"]:  # (a comparison's other side named only by its alias: assistant/alias_sides.py)
            spans = [(s, e, h) for s, e, h in self.spans(norm) if h.name not in qualifiers]
            kept += [self.by_doc[d] for d in beside_place_names(norm, spans, {r.doc_id for r in kept}, WEIGHT["region"],
                                                                WEIGHT["alias"], self.order)]
        return matched, kept

    def _self_named(self, norm: str) -> set[str]:
        """The words a report calls itself ("我单位", names.toml self_words) that the question writes as a name: quoted
        alone ("只说“我单位”的区部门") or after a word of calling ("自称本局的那份")."""
        out = set()
        for s, e, h in self.spans(norm):
            if h.name not in V.self_words:
                continue
            before = _SELF_NAMED_BEFORE.search(norm[:s])
            if before and (not before.group("open") or _SELF_NAMED_AFTER.match(norm, e)):
                out.add(h.name)
        return out

    @staticmethod
    def _as_place_name(h: _Hit) -> _Hit:
        """`h`, a report's word for itself that the question names it by: the report that goes by it alone (one that
        names neither its agency nor its place, ingest/metadata.py) is named as surely as by its place, so that a
        place named beside it ("中原区的局和那个只说“我单位”的部门哪个多") does not hide it."""
        return _Hit(h.name, {d: max(w, WEIGHT["region"]) if w == WEIGHT["alias"] else w for d, w in h.doc_ids.items()})

    def _placeless_named(self, h: _Hit, weight: int) -> _Hit:
        """`h` where the question says the report it asks about names no place ("Dongyang's bureau vs that county
        natural resources bureau whose report never names the county"): the level and type of an agency that names no
        place ("county natural resources bureau" of 县自然资源局) name that report as surely as the question's other
        names do (`weight`, at least an alias's), not as weakly as a mention."""
        docs = {d: weight if w == WEIGHT["mention"] and h.name in level_type_names(
            self.by_doc[d].agency, self.by_doc[d].region) else w for d, w in h.doc_ids.items()}
        return _Hit(h.name, docs) if docs != h.doc_ids else h

    def _beside_full_names(self, norm: str, qualifiers: set[str], kept: set[str]) -> list[Report]:
        """… but a question may name one report by its full name and another by its place or short name ("龙华公安
        分局2024年和泰安市财政局2022年…哪家多", "Cuihu district vs the Qinghe finance bureau"): the reports of a place
        name (region weight) written apart from every full name are named too.  A place inside a full name
        (泰安市 of 泰安市财政局) or only locating one (a qualifier) is no name of its own."""
        spans = [(s, e, h) for s, e, h in self.spans(norm) if h.name not in qualifiers]
        full = [(s, e) for s, e, h in spans if max(h.doc_ids.values()) >= WEIGHT["agency"]]
        type_words = _type_words(norm)
        out: list[str] = []
        for s, e, h in spans:
            if any(s < e2 and s2 < e for s2, e2 in full):
                continue
            docs = [d for d, w in h.doc_ids.items() if w >= WEIGHT["region"] and d not in kept and d not in out]
            # (an agency-type word narrows the place's reports: "云栖卫健委" is the health commission of 云栖)
            out += [d for d in docs if _of_type(self.by_doc[d], type_words)] or docs
        # (and a comparison's side named only by an alias of its own, "那份市卫健委年报": assistant/alias_sides.py)
        out += beside_place_names(norm, spans, kept | set(out), WEIGHT["region"], WEIGHT["alias"], self.order)
        return [self.by_doc[d] for d in sorted(out, key=self.order.__getitem__)]


def _type_words(norm: str) -> list[str]:
    """The agency types a question names, as Chinese words ("petitions bureau" -> 信访局, 卫健委 -> 卫生健康委员会)."""
    abbr = [t.zh for t in V.agency_types if any(len(a) >= 3 and a in norm for a in t.zh_abbr)]
    return [zh for en, zhs in AGENCY_TYPES_EN.items() if _has_words(norm, en) for zh in zhs] + _TYPE_ZH.findall(norm) + abbr


def _of_type(r: Report, type_words: list[str]) -> bool:
    return bool(r.agency) and any(t in r.agency or r.agency.endswith(t[-3:]) for t in type_words)


def _has_words(norm: str, words: str) -> bool:
    i = norm.find(words)
    while i >= 0:
        before = norm[i - 1] if i > 0 else " "
        after = norm[i + len(words)] if i + len(words) < len(norm) else " "
        if not (before.isascii() and before.isalpha()) and not (after.isascii() and after.isalpha()):
            return True
        i = norm.find(words, i + 1)
    return False


_lock = threading.Lock()
_sources: list[tuple[list[Report], Any, int]] = []  # (reports, store folder, generation of that catalog)


def register_source(reports: list[Report], store_path: Any, generation: int) -> None:
    """(scale, issue 14) `reports` is the catalog of `generation` of the store in `store_path`: its names
    index reads / saves its table as a per-generation file there (assistant/names_table.py)."""
    with _lock:
        _sources.insert(0, (reports, store_path, generation))
        del _sources[4:]


def _build(reports: list[Report]) -> NamesIndex:
    src = next(((p, g) for lst, p, g in _sources if lst is reports), None)
    if src is None:
        return NamesIndex(reports)
    from assistant import names_table

    ids = [r.doc_id for r in reports]
    try:
        table = names_table.load(src[0], src[1], ids)
    except Exception:  # never fail a question over a derived file
        table = None
    idx = NamesIndex(reports, table)
    if table is None:
        try:
            names_table.save(src[0], src[1], ids, idx.table)
        except Exception as e:  # a read-only store folder: serve from memory
            import logging

            logging.getLogger(__name__).warning("could not save the names table: %s", e)
    return idx


_names_indexes: PerReportList[NamesIndex] = PerReportList(_build)


def names_index(reports: list[Report]) -> NamesIndex:
    """The names index of this list of reports, built on first use and kept while the list is alive
    (a store change gives a new list: SearchIndex.refresh replaces `reports` on a new generation)."""
    return _names_indexes(reports)


def match_reports(norm: str, reports: list[Report]) -> tuple[list[str], list[Report]]:
    """Reports the question names: (names matched, reports). A full agency name beats a place name;
    a place name matches every agency of that place; names only the text mentions come last."""
    return names_index(reports).match(norm)


def _english_word(w: str) -> bool:
    """An English word of the vocabulary (glossary words, stop words, non-place words): never a place."""
    return w in GLOSSARY.not_places or w in GLOSSARY.english_stop or w in GLOSSARY.en_to_zh or is_agency_word_en(w)
