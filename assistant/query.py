"""Understand a question: its language, the reports it names, the year, the metric.

Pure functions over the question text and the catalog of reports; no model.
English questions are mapped onto the Chinese vocabulary of the reports with a
small glossary (../shared/DOMAIN.md "Vocabulary"), and pinyin place names onto
report aliases.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.asked_rows import asked_rows
from assistant.carried_year import as_carried_from, as_carried_into
from assistant.compiled_from import compiled_from_asked
from assistant.core.glossary import GLOSSARY as _GLOSSARY_DATA
from assistant.core.glossary import abbreviated, template_staff, variants
from assistant.core.metrics import BY_KEY, METRICS, Metric
from assistant.core.report_fields import REPORT_FIELDS
from assistant.core.template import TEMPLATE
from assistant.core.text import normalise_query
from assistant.core.types import Language, Report
from assistant.en_phrases import bare, en_word, said, whole_word_pattern, with_bare, without_said
from assistant.identifiers import asks_document_number
from assistant.items_worded import items_asked_as_which
from assistant.locators import without_locator
from assistant.phrase_alternation import PhraseAlternation
from assistant.phrase_words import PhraseWords
from assistant.plan_year import as_plan_year
from assistant.question_rewrites import (
    asked_as_requested,
    expand_government_short,
    expand_province_short,
    expand_short_years,
    question_word_is,
    span_opening_years,
    own_initiative_as_proactive,
    when_as_condition,
    without_fillers,
)
from assistant.previous_year import as_previous_year, as_published, as_year_before_compared
from assistant.rate_asks_en import asks_rate_of_other_en
from assistant.report_parts_en import report_sections_as_parts
from assistant.scope import AGENCY_TYPES_EN, generic_aliases, match_reports, report_names  # noqa: F401  (the scope step)
from assistant.shapes import BODY_ASK, asked_unit, counted_noun_zh
from assistant.site_visits import site_visit_terms, site_visitor_terms, site_visitors_zh
from assistant.verify import PEOPLE_UNITS, ask_shape, remedy_not_address
from assistant.year_clauses import years_in_one_clause_zh

# English term -> Chinese terms as the reports write them (data: assistant/core/data/glossary.toml;
# longest phrases first when matching)
GLOSSARY: Mapping[str, tuple[str, ...]] = _GLOSSARY_DATA.en_to_zh

# "哪几个" asks which ones (a list), "几部分" how many parts (a count)
# ("what number do they give for penalties" asks a figure too; "what number do I call" asks a phone number)
_WANTS_NUMBER = re.compile(r"多少|(?<![哪第])几(?:个部分|部分|个方面|方面|[个件条次项人家起批名份篇场期])|(?<![点时])几分(?!钟)|数量|总数|总计|(?<![a-z])(?:how many|how much|(?<!document )(?<!reference )(?<!file )(?<!issue )(?<!serial )(?<!phone )number of|count|total)(?![a-z])"
                           r"|(?<![a-z])what(?:'s|\s+is|\s+was)?\s+(?:the\s+)?(?:number|figure)(?![a-z])(?![^,?;]*(?:call|dial|ring|phone|fax|hotline|contact|reach|office|email|mail))")
# units that count visits and visitors (信访: "接待群众1522批4858人次"): no metric's figures are counted in them
_VISIT_UNITS = ("人次", "批")
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass
class ParsedQuestion:
    text: str
    norm: str
    language: Language
    years: list[int] = field(default_factory=list)
    # the year a span of time opens ("since 2003", "from 2003 onward", "2003年以来") when the question gives no other
    # year: the reports of that year, or failing them of later years, are the ones that can write of that span
    open_from: int | None = None
    entities: list[str] = field(default_factory=list)  # names matched in the question, as written in reports
    doc_ids: list[str] | None = None  # None: the question names no report
    metric: Metric | None = None
    wants_number: bool = False
    terms: list[str] = field(default_factory=list)  # Chinese search terms (question + glossary)
    unknown_places: list[str] = field(default_factory=list)  # places named that no report belongs to
    focus: str = ""  # an ask of several: its own words (assistant.asks.Ask.focus), weighted up in search
    plans_of: int | None = None  # "2025年有什么改进打算": the year named, read as the plans of the year before's report
    carried_from: int | None = None  # "carried over from 2020": the year named, read as 上年结转 of the next year's report
    previous_of: int | None = None  # "2020年上一年": the year named, the question read as one of the year before
    # the reports in scope are the year's reports, none named (the scope step narrowed "all reports" by the year): their
    # figures are separate answers, never parts of one total
    unnamed_scope: bool = False
    # a share asked of several parts, read a second time (assistant/shares.py): "as_asked", or "counts" (each part's
    # count asked, its share of the cited whole written out)
    share_reading: str = ""

    @property
    def search_text(self) -> str:
        """Text for retrieval: the question plus the Chinese terms English words map to."""
        extra = " ".join(t for t in self.terms if t not in self.norm)
        return f"{self.norm} {extra}".strip()


# the grammar of a question in either language: a Chinese question word, English function words
_ZH_GRAMMAR = re.compile(r"多少|几|什么|啥|哪|吗|是否|怎么|怎样|如何|呢|有没有|是不是")
_EN_GRAMMAR = re.compile(r"(?<![a-z])(?:what|which|how|when|who|where|whom|whose|did|does|do|was|were|is|are|has|have|the|"
                         r"of|in|for|many|much|any)(?![a-z])", re.IGNORECASE)


def detect_language(text: str) -> Language:
    """The language of the question's grammar, not of its names: an English question naming a report by its Chinese
    agency ("what period does the 泰州市人民政府 2017 report cover?") is English, a Chinese one with a pinyin name
    ("Kundulun 2023年收到多少申请") Chinese; without either's grammar words, the script most of it is written in."""
    cjk = len(_CJK.findall(text))
    if cjk and _ZH_GRAMMAR.search(text):
        return "zh"
    if len(_EN_GRAMMAR.findall(text)) >= 2:
        return "en"
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh" if cjk and cjk * 2 >= latin * 0.5 else "en"


# a date asked ("when was the report published", "何时收到第一件申请"): the answer is a date, not a metric's figure
# ("which year" compares figures over years: not here)
_ASKS_DATE = re.compile("|".join(re.escape(w) if _CJK.search(w) else en_word(w)
                                 for w in sorted(_GLOSSARY_DATA.date_words, key=len, reverse=True) if w != "which year") or "(?!)")


_NOT_METRIC = _GLOSSARY_DATA.pattern("not_metric_en")


def detect_metric(norm: str, fallback: bool = True) -> Metric | None:
    """The metric whose keywords match the question most specifically. With `fallback`, a question
    that only says "applications" (申请) gets the applications received. A question asking for a date and no
    figure has no metric ("when was the 2018 report published": "published" is no proactive-disclosure count), nor
    one asking which body compiled, published or answers for the report (shapes.BODY_ASK), nor one asking a document's
    number (identifiers.asks_document_number)."""
    if (_ASKS_DATE.search(norm) or BODY_ASK.search(norm) or asks_document_number(norm)) and not _WANTS_NUMBER.search(norm):
        return None  # ... nor "which department published the report" (its publisher), nor "the document number of the
        # notice that published the checklist" (an identifier)
    # the place the question says to look names no metric ("penalties in the proactive disclosure table" asks
    # penalties): the metric of the rest first, the place's only when the rest names none ("items in the 主动公开 table")
    best = _best_metric(without_locator(norm)) or _best_metric(norm)
    if best is not None and asked_unit(norm) in _VISIT_UNITS and best.unit not in _VISIT_UNITS:
        return None  # "how many petitioners (person-times) did the leaders receive": visits, not applications received
    if best is not None and _counts_thing_of_its_own(norm, best):
        return None  # "收到多少面锦旗": banners received, not applications (the metric came from its verb alone)
    if best is not None and (_counts_noun_of_its_own_en(norm, best) or asks_rate_of_other_en(norm, best)):
        return None  # "how many questions were answered in the interviews", "the reply rate of letters received"
    if best is not None and best.table == "三" and _names_other_outcome(norm, best):
        return None  # "turned down because the office didn't hold the info": the row 本机关不掌握 (of 无法提供) is asked
    if (best is not None and best.unit not in PEOPLE_UNITS and ask_shape(norm).count == "people"
            and not any(w in norm for w in best.core_en)):
        # "how many visitors did the reading point receive", "how many cadres were received": people counted, the
        # metric came from its verb alone (receive); not "how many individuals filed requests" (its core word)
        return None
    if (best is None and fallback and re.search(r"申请|(?<![a-z])(applications?|requests?)(?![a-z])", norm)
            and not _ROW_ONLY.search(norm) and not (_names_row_of_no_metric(norm) and _SPLIT.search(norm))):
        # "how many applications ..." with no other qualifier (not "requests it could not answer because it does not
        # hold the info", "不掌握的申请按申请人类型分别多少": a row of the outcomes no metric stands for is what is
        # asked, found by its label — its applicant columns are its breakdown, not the new applications'; its count
        # alone is found as before, the more specific label beating the metric's: assistant/fact_search.py)
        return BY_KEY["applications_received"]
    return best


def _counts_thing_of_its_own(norm: str, metric: Metric) -> bool:
    """A Chinese ask counts a noun of its own after its unit ("收到多少面锦旗", "受理了几台设备"), none of the things the
    reports count (glossary counted_zh) and no core word of the metric anywhere in the ask: the metric came from a verb
    ("收到" of the applications received) and the ask is about something else."""
    noun = counted_noun_zh(norm)
    if not noun or not metric.core_zh or any(w in norm for w in metric.core_zh):
        return False
    return not any(w in noun or noun in w for w in _GLOSSARY_DATA.counted_zh)


_APPLICATION_NOUNS_EN = _GLOSSARY_DATA.patterns["application_nouns_en"]
# the noun an English count asks for: the word right after "how many" (and a hedge or adjective before it)
_COUNTED_EN = re.compile(r"(?<![a-z])how many\s+([a-z][a-z-]*s)(?![a-z])")


def _counts_noun_of_its_own_en(norm: str, metric: Metric) -> bool:
    """An English ask of an applications metric counts a plural noun of its own right after "how many", none of the
    words applications are counted by ("how many questions were answered", "how many calls were handled"): the
    metric came from its verb alone (answered, handled), as in `_counts_thing_of_its_own`."""
    if not metric.key.startswith("applications") or _CJK.search(norm):
        return False
    m = _COUNTED_EN.search(norm)
    return m is not None and not _APPLICATION_NOUNS_EN.match(m.group(1)) and not any(
        w in norm for w in metric.core_en)


def _outcome_paths() -> dict[str, tuple[str, ...]]:
    """Every row of table 三 -> its path (itself and the rows above it)."""
    paths: dict[str, tuple[str, ...]] = {}

    def walk(rows, above: tuple[str, ...]) -> None:
        for r in rows:
            paths[r.zh] = (r.zh, *above)
            walk(r.children, (r.zh, *above))

    walk(TEMPLATE.t3_rows, ())
    return paths


_OUTCOME_PATHS = _outcome_paths()


def _names_other_outcome(norm: str, metric: Metric) -> bool:
    """The ask names outcome rows, none of them the metric's own nor under it: a loose word of refusal gave the metric
    ("turned down", "refused"), the reason it gives names the row ("because the office didn't hold the info": 本机关不
    掌握, a row of 无法提供, not of 不予公开; assistant/asked_rows.py drops the outcome beside another's reason)."""
    named = [_OUTCOME_PATHS.get(name, (name,)) for name, _find in asked_rows(norm)]  # (a loose outcome word dropped)
    return bool(named) and not any(m in row for p in named for row in p for m in metric.row_markers)


def _best_metric(norm: str) -> Metric | None:
    """The metric with the longest keyword in `norm` (a Chinese keyword weighs three times its length)."""
    best, best_score = None, 0
    norm = _NOT_METRIC.sub(" ", norm)  # "a quiz on the OGI regulations": the Regulations, no rules (规章) counted
    for m in METRICS:
        score = max(
            [len(k) * 3 for k in m.ask_zh if k in norm]
            + [len(k) for k in m.ask_en if k in norm and whole_word_pattern(k).search(norm)]  # (compiled once)
            + [0]
        )
        if score > best_score:
            best, best_score = m, score
    return best


_BY_LENGTH = sorted(GLOSSARY, key=len, reverse=True)
# (phrase, its bare form), indexed by their words: the scans below test only the phrases whose words the text writes
# (phrase_words.py), and those by substring before said()
_BY_LENGTH_BARE = PhraseWords(with_bare(_BY_LENGTH))


def _row_only_phrases() -> list[str]:
    """The staff words of the rows of table 三 that no metric stands for (本机关不掌握, 重复申请 …: template.toml
    staff_en, with their abbreviated and hyphenated forms)."""
    rows: list[str] = []

    def walk(rs) -> None:
        for r in rs:
            rows.append(r.zh)
            walk(r.children)

    walk(TEMPLATE.t3_rows)
    asked = {w for m in METRICS for w in m.ask_en}
    return sorted({p for zh, phrases, _f in template_staff() if zh in rows for p in phrases if p not in asked
                   for p in (p, *abbreviated(p, _GLOSSARY_DATA.abbreviations),
                             *(v for v in variants(p) if v.replace("-", " ") == p))}, key=len, reverse=True)


_ROW_ONLY = PhraseAlternation(_row_only_phrases(), en_word)
_SPLIT = _GLOSSARY_DATA.patterns["breakdown"]
_MARKERS = tuple(m for metric in METRICS if metric.table == "三" for m in metric.row_markers)


def _names_row_of_no_metric(norm: str) -> bool:
    """The ask names a row of table 三 by its label's words (本机关不掌握, 重复申请; assistant/asked_rows.py) that no
    metric stands for: the Chinese side of _ROW_ONLY."""
    return any(not any(m in name for m in _MARKERS) for name, _find in asked_rows(norm))


def glossary_groups(norm: str) -> list[tuple[str, ...]]:
    """The Chinese renderings of each glossary phrase the question uses, one group per phrase (alternatives)."""
    return list(_glossary_groups(norm))


@lru_cache(maxsize=512)
def _glossary_groups(norm: str) -> tuple[tuple[str, ...], ...]:
    # (a pure function of the text, asked several times per question: by each ask's key terms, label terms, focus)
    out: list[tuple[str, ...]] = []
    taken = norm
    taken_bare = bare(taken)
    for en, b in _BY_LENGTH_BARE.candidates(norm):
        # (as written, or without articles: "carried over to the next year"; the substring tests first: said() holds
        # only where they do, and most of the thousands of phrases are in no question)
        if (en in taken or b and b in taken_bare) and said(en, taken, taken_bare):
            out.append(site_visit_terms(norm, GLOSSARY[en]))  # "visits to the website": 访问量, not 来访
            taken = without_said(en, taken)  # "carried over" is not also "over"
            taken_bare = bare(taken)
    # an English ask of the report's plans in words no phrase holds ("what will they do to improve going forward"):
    # the words its plans are headed and written with, one group (glossary.toml [patterns] plans_ask_en)
    plans = tuple(_GLOSSARY_DATA.plans_section)
    if plans and plans not in out and _GLOSSARY_DATA.patterns["plans_ask_en"].search(norm):
        out.append(plans)
    for words in field_groups(norm):
        if not any(set(words) & set(g) for g in out):
            out.append(words)
    visitors = site_visitor_terms(norm)  # "visitors of the portal column": its page views
    if visitors and visitors not in out:
        out.append(visitors)
    # colloquial Chinese ("有没有收过费", "被告过吗"): the words reports write (glossary.toml [zh_colloquial])
    for rx, words in _GLOSSARY_DATA.zh_colloquial:
        if rx.search(taken) and words not in out:
            out.append(words)
    return tuple(out)


def field_groups(norm: str) -> tuple[tuple[str, ...], ...]:
    """An English ask of a report field in any words ("how did X get its info out", "where does X publish its
    information": the channels of disclosure): the groups of words the Chinese ask of that field is searched with
    (report_fields.toml channels_search); () for any other ask, and for a Chinese one (it writes them itself)."""
    if not re.search(r"[a-z]", norm) or re.search(r"[\u4e00-\u9fff]", norm):
        return ()
    return REPORT_FIELDS.search.get(REPORT_FIELDS.field_asked(norm) or "", ())


def glossary_terms(norm: str) -> list[str]:
    """The Chinese terms of the glossary phrases the question uses, longest phrase first; a phrase inside a longer
    one said adds nothing ("law firms" is 法律服务机构, not also the 商业企业 of "firms")."""
    return list(_glossary_terms(norm))


@lru_cache(maxsize=512)
def _glossary_terms(norm: str) -> tuple[str, ...]:
    terms: list[str] = []
    taken = norm
    taken_bare = bare(taken)
    for en, b in _BY_LENGTH_BARE.candidates(norm):
        if (en in taken or b and b in taken_bare) and said(en, taken, taken_bare):  # (substrings first, as above)
            terms += [t for t in site_visit_terms(norm, GLOSSARY[en]) if t not in terms]
            taken = without_said(en, taken)
            taken_bare = bare(taken)
    terms += [t for words in field_groups(norm) for t in words if t not in terms]
    terms += [t for t in site_visitor_terms(norm) if t not in terms]
    return tuple(terms)


_AMPERSAND = re.compile(r"(?<=[a-z])\s*&\s*(?=[a-z])")
_POSSESSIVE = re.compile(r"(?<=[a-z])['’]s(?![a-z])")


def parse_question(text: str, reports: list[Report]) -> ParsedQuestion:
    norm = normalise_query(text).strip()
    # "guangzhou's letters & visits bureau" names the "guangzhou letters and visits bureau" (assistant/agency_en.py)
    norm = expand_short_years(when_as_condition(asked_as_requested(own_initiative_as_proactive(without_fillers(_POSSESSIVE.sub("", question_word_is(_AMPERSAND.sub(" and ", norm))))))))
    norm = expand_government_short(expand_province_short(norm))
    norm = years_in_one_clause_zh(norm)  # "2013年…多少条，2014年又…多少条？是增是减": one clause of both years
    norm = remedy_not_address(norm)  # "to address the problems" asks no address
    norm = compiled_from_asked(report_sections_as_parts(norm))  # report's parts (部分); "compiled it, and from what"
    norm = site_visitors_zh(norm)  # "网站专栏访客有多少": its page visits, 访问量
    norm = items_asked_as_which(norm)  # "有几项？分别是什么", "请列举…", "list the …": "有哪些", "which …" (assistant/items_worded.py)
    q = ParsedQuestion(text=text, norm=norm, language=detect_language(text))
    q.years = sorted({int(y) for y in _YEAR.findall(norm)})
    # "自2003年以来…2008年报告": the report is of 2008; "since 2003" alone names the year the reports start from
    opening = span_opening_years(norm)
    if opening and set(q.years) - opening:
        q.years = [y for y in q.years if y not in opening]
    elif opening:
        q.open_from = min(opening)
    # (the scope step, one entry point: names of the index, then an agency without a place written in English
    # word by word, "District science, … bureau": assistant/scope.py, assistant/agency_en.py)
    q.entities, matched = match_reports(norm, reports)
    if matched:
        q.doc_ids = [r.doc_id for r in matched]
        # "…2020年上一年收到多少" and a report named is of 2019: a question of 2019 (assistant/previous_year.py)
        previous = as_previous_year(norm, matched)
        if previous:
            q.norm, q.years, q.previous_of = previous[0], [previous[1]], previous[1] + 1
            norm = q.norm
        elif published := as_published(norm, matched):  # "2020年1月发布的年报": the report of 2019
            q.norm, q.years = published[0], [published[1]]
            norm = q.norm
        elif compared := as_year_before_compared(norm, q.years, matched):  # "2020年比上一年多了还是少了": 2019 and 2020
            q.norm, q.years = compared
            norm = q.norm
        elif planned := as_plan_year(norm, matched):  # "2025年有什么改进打算": the plans of 2024's report
            q.norm, q.years, q.plans_of = planned[0], [planned[1]], planned[1] + 1
            norm = q.norm
        elif carried := as_carried_from(norm, matched):  # "carried over from 2020": 上年结转 of 2021's report
            q.norm, q.years, q.carried_from = carried[0], [carried[1]], carried[1] - 1  # (said aloud unless that report is held)
            q.carried_from = None if any(r.year == q.carried_from for r in matched) else q.carried_from
            norm = q.norm
        elif carried := as_carried_into(norm, matched):  # "carried forward to 2023": 结转下年度 of 2022's report
            q.norm, q.years = carried[0], [carried[1]]
            norm = q.norm
    q.metric = detect_metric(norm)
    q.wants_number = bool(_WANTS_NUMBER.search(norm))
    q.terms = glossary_terms(norm)
    return q
