"""The report-scope step: which reports a question names, and which names it uses that no report holds.

A names index maps every name a question may use for a report — its agency, region (with and without
suffix), aliases (pinyin, short forms, English type words) and the place/agency names its *text*
mentions (`Report.mentions`) — to the reports.  It is an Aho-Corasick automaton built ONCE per list of
reports (the search index replaces that list when the store's generation changes); a question is one
pass over its text, never a walk over the reports or a regex per report.

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
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

import ahocorasick

from assistant.agency_en import placeless_reports
from assistant.core.glossary import GLOSSARY
from assistant.core.text import is_pinyin_word
from assistant.core.memo import PerReportList
from assistant.core.types import Report
from assistant.core.vocab import names_vocab

V = names_vocab()
AGENCY_TYPES_EN = V.agency_types_en  # English type words -> Chinese suffixes (data: names.toml)
WEIGHT = {"agency": 3, "region": 2, "alias": 1, "mention": 0}
_CJK = re.compile(r"[\u3400-\u9fff]")
_PLACE_ZH = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|市|区|县|镇|乡|街道|旗)")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
_TYPE_ZH = re.compile(r"[\u4e00-\u9fff]{1,6}(?:局|委员会|办公厅|办公室|街道办事处|人民政府)")


def _stems(name: str) -> list[str]:
    """昆都仑区 -> [昆都仑区, 昆都仑]: place names are often written without their suffix."""
    out = [name]
    short = V.short_place(name)  # 新疆维吾尔自治区 -> 新疆 (the peoples' names from the data)
    if short and short != name:
        out.append(short)
    return out


# the generic end of an agency's name: what is left before it is the agency's own words (科技工业商务信息化局 -> 科技工业商务信息化)
_GENERIC_END = re.compile(r"(?:人民政府|政府|委员会|办公厅|办公室|办事处|管理局|中心|局|委|办|院|所|站|处)$")
_LEVEL_START = re.compile(r"^(?:市|区|县|省|州|旗|镇|乡)")


@lru_cache(maxsize=65536)
def _agency_pinyin_names(agency: str | None, region: str | None) -> tuple[str, ...]:
    return tuple(agency_pinyin_names(agency, region))


def agency_pinyin_names(agency: str | None, region: str | None) -> list[str]:
    """Pinyin of an agency's name, toneless and unspaced, as staff write agencies they cannot type in
    Chinese: the full name (区科技工业商务信息化局 -> qukejigongyeshangwuxinxihuaju), the name without its
    leading level word (kejigongyeshangwuxinxihuaju) and, for an agency named without a place, its own
    words without the generic end (kejigongyeshangwuxinxihua: "District keji … xinxihua bureau") when
    they are at least three characters and no agency-type or place word by themselves."""
    if not agency or not _CJK.search(agency):
        return []
    from ingest.places import pinyin_of  # pypinyin with the place-name overrides of names.toml

    out = [pinyin_of(agency)]
    bare = _LEVEL_START.sub("", agency)
    types = _agency_type_names()
    if bare != agency and len(bare) >= 3 and bare not in types:  # "xinfangju" is every 信访局's: no name
        out.append(pinyin_of(bare))
    if not region:
        core = _GENERIC_END.sub("", bare)
        if len(core) >= 3 and core != bare and core not in types and core not in V.generic_places:
            out.append(pinyin_of(core))
    return [n for n in dict.fromkeys(out) if len(n) >= 6]


@lru_cache(maxsize=1)
def _agency_type_names() -> frozenset[str]:
    """Agency-type names and their abbreviations (信访局, 卫健委): a kind of agency, never one agency's name."""
    return frozenset({t.zh for t in V.agency_types} | {a for t in V.agency_types for a in t.zh_abbr})


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


@lru_cache(maxsize=65536)
def place_part_names(agency: str | None, region: str | None) -> tuple[str, ...]:
    """English names of the agency's sub-place that translate the end of its own name as a word (data:
    names.toml [place_part_en]): 青禾县解放路街道办事处 -> "jiefang road", "jiefang road subdistrict"; 北京街道 ->
    "beijing street" (街道 is literally "street"): longer than the bare pinyin, so they win over a city of that pinyin."""
    if not agency:
        return ()
    from ingest.places import REGION_RE, SUBPLACE_RE, pinyin_of, split_place

    rest = agency[len(region):] if region and agency.startswith(region) else agency
    inner = split_place(rest, REGION_RE)
    if inner and inner[1] in ("区", "县", "市", "旗"):
        rest = rest[len(inner[0] + inner[1]):]
    sub = split_place(rest, SUBPLACE_RE)
    if not sub:
        return ()
    stem, suffix = sub
    out = []
    kind = V.place_suffix.get(suffix, ("", ""))[1]
    part = next((p for p in V.place_part_en if stem.endswith(p) and len(stem) > len(p)), None)
    if part and (head := pinyin_of(stem[: -len(part)])):
        for en in V.place_part_en[part]:
            out += [f"{head} {en}"] + ([f"{head} {en} {kind}"] if kind else [])
    elif (head := pinyin_of(stem)) and len(stem) >= 2:  # the suffix itself as a word: 北京街道 "beijing street"
        out += [f"{head} {en}" for en in V.place_part_en.get(suffix, ()) if en != kind]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def level_type_names(agency: str | None, region: str | None) -> tuple[str, ...]:
    """English names of an agency named by nothing but its level and its type (a copy without its place:
    市信访局 -> "city petitions bureau", 县自然资源局 -> "county natural resources bureau"; data: names.toml
    [agency_name_en] levels and the agency types): "the city petitions bureau" means that report, while the bare
    type ("petitions bureau") stays no name, and a place named beside it ("the Guangzhou city petitions bureau")
    wins.  The first layer of the English names of placeless agencies; names written word by word in other ways
    are the second (assistant/agency_en.py, when nothing of the index matched)."""
    if not agency or region:
        return ()
    level = _LEVEL_START.match(agency)
    levels_en = [en for en, zh in V.name_levels_en.items() if level and zh == level.group()]
    if not level or not levels_en:
        return ()
    bare = agency[level.end():]
    return tuple(dict.fromkeys(f"{level_en} {en}" for level_en in levels_en for t in V.agency_types
                               if bare == t.zh or bare in t.zh_abbr for en in t.en))


# a branch of a city's bureau named by its district ("深圳市公安局龙华分局"): staff call it by the district and the
# bureau's kind ("龙华公安分局", "龙华分局")
_BRANCH = re.compile(r"(?P<kind>[\u4e00-\u9fff]{2,8}?)局(?P<place>[\u4e00-\u9fff]{2,4}?)分局$")


@lru_cache(maxsize=65536)
def branch_names(agency: str | None, region: str | None) -> tuple[str, ...]:
    """"深圳市公安局龙华分局" -> ("龙华公安分局", "龙华分局"): the names of a district branch of a bureau."""
    rest = agency[len(region):] if agency and region and agency.startswith(region) else agency or ""
    m = _BRANCH.search(rest)
    if not m or m.start() != 0:
        return ()
    return (m.group("place") + m.group("kind") + "分局", m.group("place") + "分局")


def report_names(r: Report) -> list[tuple[str, str]]:
    """(name, kind) pairs a question may use for a report; kind is 'agency', 'region', 'alias' or 'mention'."""
    names: list[tuple[str, str]] = []
    if r.agency:
        names.append((r.agency, "agency"))
        names += [(n, "alias") for n in _agency_pinyin_names(r.agency, r.region)]
        names += [(n, "alias") for n in place_part_names(r.agency, r.region)]
        names += [(n, "region") for n in branch_names(r.agency, r.region)]  # (as specific as its district)
        # (as weak as a name the text mentions: it scopes a question only when no place or name of a report does)
        names += [(n, "mention") for n in level_type_names(r.agency, r.region)]
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
        """A report's names or text hold `name`, inside a longer name or around a shorter one."""
        if not self.size:
            return False
        if next(self.automaton.keys(name), None) is not None:  # a name starting with it
            return True
        return any(len(h.name) >= 2 for _e, h in self.automaton.iter(name))

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
        return out

    def _inside(self, doc_id: str, place: str) -> bool:
        """The report's own place lies in `place`: its names or the places its text mentions hold that name."""
        r = self.by_doc[doc_id]
        return any(place in n for n in [r.agency or "", r.region or "", *r.mentions, *r.aliases])

    def match(self, norm: str) -> tuple[list[str], list[Report]]:
        best: dict[str, int] = {}
        matched: list[str] = []
        qualifiers = self._qualifiers(norm)
        hits = [h for h in self.hits(norm) if h.name not in qualifiers]
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
        if top_kind == WEIGHT["agency"]:
            return matched, keep  # full agency names are as specific as it gets
        # an agency-type word ("petitions bureau", "信访局") narrows a place match — the reports of each name
        # apart: "the Longgang department or the Longhua police" keeps Longgang's report, which is no police
        type_words = [zh for en, zhs in AGENCY_TYPES_EN.items() if _has_words(norm, en) for zh in zhs]
        type_words += _TYPE_ZH.findall(norm)
        fits = {r.doc_id for r in keep if r.agency and any(t in r.agency or r.agency.endswith(t[-3:]) for t in type_words)}
        named_fit = [h for h in hits if fits & h.doc_ids.keys()]  # names with a report of the type
        narrowed = [r for r in keep if r.doc_id in fits or not any(r.doc_id in h.doc_ids for h in named_fit)]
        return matched, narrowed if fits else keep


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


def ambiguous_names(norm: str, reports: list[Report]) -> dict[str, list[str]]:
    """Names of the question that stand for several different places ("suzhou": 宿州市, 苏州市), with
    those places: the scope keeps all of them; the answer should say so (or ask back)."""
    idx = names_index(reports)
    out: dict[str, list[str]] = {}
    for h in idx.hits(norm):
        if max(h.doc_ids.values()) < WEIGHT["alias"]:
            continue
        places = sorted({p for d in h.doc_ids if (p := idx.by_doc[d].region or idx.by_doc[d].agency)})
        if len(places) > 1 and not any(h.name == p or h.name in _stems(p) for p in places):
            out[h.name] = places
    return out


def unknown_places(q: Any, index: Any) -> list[str]:
    """Place names in the question (`q.norm`, `q.text`) that no ingested report's names or text hold
    (`index.reports`)."""
    names = names_index(index.reports)
    out = []
    for m in _PLACE_ZH.finditer(q.norm):
        name = _trim_place(m.group(0))
        if name is None or any(c in V.not_place_chars for c in name):
            continue
        if not names.knows(name):
            out.append(name)
    for w in _CAPITALISED.findall(q.text):
        if _english_word(w.lower()):
            continue  # "Chinese", "Weibo", "Ministry": English vocabulary, not a pinyin place
        if is_pinyin_word(w) and not names.knows(w.lower()):
            out.append(w)
    return out


def _trim_place(name: str) -> str | None:
    """The place a matched run ends with, without the words glued before it ("2019年在区" -> None,
    "年发的自治区" -> None, "拉萨市城关区" stays); None when no place name is left (a bare level word)."""
    name = re.split(f"[{''.join(sorted(V.stop_chars))}年月日]", name)[-1]
    return None if len(name) < 2 or name in V.generic_places else name


def _english_word(w: str) -> bool:
    """An English word of the vocabulary (glossary words, stop words, non-place words): never a place."""
    return w in GLOSSARY.not_places or w in GLOSSARY.english_stop or w in GLOSSARY.en_to_zh
