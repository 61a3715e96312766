"""Rewrites of a question's wording before it is parsed: two-digit years, short names of governments, fillers, "when" as a condition; the years opening a span."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY as _GLOSSARY_DATA
from assistant.core.text import arabic_years
from assistant.core.vocab import names_vocab


def expand_short_years(norm: str) -> str:
    """A year written with two digits in a question is that year: "23年" -> "2023年", "FY19" / "'19" -> "2019"
    (glossary [patterns] short_year_zh / short_year_en: never a span of years, "10年来", "近10年"; a list of them, "19、20两年",
    short_year_listed_zh / short_year_both_zh); a school or fiscal
    year with its second year in two digits is both years: "2018-19" -> "2018-2019" (year_span_short)."""
    def full(m: re.Match[str]) -> str:
        yy = m.group("yy")
        return ("19" if int(yy) >= 80 else "20") + yy  # the match is the two digits, or "fy" / "'" and them

    def span(m: re.Match[str]) -> str:
        first = int(m.group("y1") or (("19" if int(m.group("s1")) >= 80 else "20") + m.group("s1")))
        if (first + 1) % 100 != int(m.group("yy")):  # not the next year: a number of some other thing
            return m.group()
        return f"{first}-{first + 1}"

    norm = _GLOSSARY_DATA.patterns["year_span_short"].sub(span, arabic_years(norm, _GLOSSARY_DATA.patterns["short_year_zh"]))  # (二〇一七年)
    for name in ("short_year_listed_zh", "short_year_both_zh", "short_year_zh", "short_year_than_zh", "short_year_en"):
        norm = _GLOSSARY_DATA.patterns[name].sub(full, norm)
    return norm


def _province_short_re() -> re.Pattern[str]:
    shorts = "".join(re.escape(k) for k in names_vocab().province_short)
    return re.compile(rf"(?<![\u3400-\u9fff])(?P<short>[{shorts}])(?:省|市)?(?:人民)?政?府(?P<office>办(?:公厅)?)?")


_PROVINCE_SHORT = _province_short_re()


def expand_province_short(norm: str) -> str:
    """A province's one-character short name before 府 / 政府 is its government: "沪府办公厅", "沪府办" -> "上海市人民政府办公厅"
    (names.toml [province_short]); elsewhere the character is only a character."""
    short = names_vocab().province_short
    # a province-level government's office is its 办公厅 ("沪府办" = 上海市人民政府办公厅)
    return _PROVINCE_SHORT.sub(lambda m: short[m.group("short")] + "人民政府" + ("办公厅" if m.group("office") else ""), norm)


_GOVERNMENT_SHORT = re.compile(r"(?<=[省市县区旗])府(?=办)")


def expand_government_short(norm: str) -> str:
    """府 after a place's level and before its office is that place's government: "上海市府办公厅" -> "上海市政府办公厅",
    "青禾县府办" -> "青禾县政府办" (not "县府前街")."""
    return _GOVERNMENT_SHORT.sub("政府", norm)


# "where's the office", "who's the publisher": the 's of a question word is "is", no possessive to drop ("where is"
# asks an address)
_QUESTION_WORD_IS = re.compile(r"(?<![a-z])(where|who|when|how)['’]s(?![a-z])")


def question_word_is(norm: str) -> str:
    """"where's the office" -> "where is the office": a question word's 's is the verb, kept as a word."""
    return _QUESTION_WORD_IS.sub(r"\1 is", norm)
# "didn't actually hold the info": a word of emphasis after a negation or an auxiliary splits the phrase it stands in
_FILLER = _GLOSSARY_DATA.patterns["filler_en"]
_FILLER_DEGREE = _GLOSSARY_DATA.patterns["filler_degree_zh"]
_WHEN_CONDITION = _GLOSSARY_DATA.patterns["when_condition_en"]


def without_fillers(norm: str) -> str:
    """The question without the words of emphasis that split a phrase ("the office didn't actually hold the info" ->
    "didn't hold the info", "were not really processed" -> "not processed"; glossary [patterns] filler_en), nor the
    hedge on a Chinese comparative ("哪年多一些" -> "哪年多"; filler_degree_zh)."""
    return _FILLER_DEGREE.sub(lambda m: m.group("keep"), _FILLER.sub(lambda m: m.group("keep"), norm))


def when_as_condition(norm: str) -> str:
    """The question with a "when" that opens a clause of circumstance before the question itself read as "whenever"
    ("when the public came to copy files, were they charged anything"): it asks no date (glossary [patterns]
    when_condition_en)."""
    return _WHEN_CONDITION.sub("whenever", norm)


_OWN_INITIATIVE = _GLOSSARY_DATA.patterns["own_initiative_en"]


def own_initiative_as_proactive(norm: str) -> str:
    """"how many items did it post on its own in 2024" -> "… post proactively in 2024": disclosure on the agency's own
    initiative in everyday words, read as the word the glossary knows; "published on its own site" stays (a channel;
    glossary [patterns] own_initiative_en)."""
    return _OWN_INITIATIVE.sub(lambda m: m.group("keep") + " proactively", norm)
_ASKED_PASSIVE = _GLOSSARY_DATA.patterns["asked_for_info_passive_en"]
_ASKED = _GLOSSARY_DATA.patterns["asked_for_info_en"]


def asked_as_requested(norm: str) -> str:
    """Someone asking an agency for information is a request for it: "did anybody ask X for information" -> "did
    anybody request information from X", "did they get asked for any information" -> "did they receive any requests
    for information" (glossary [patterns] asked_for_info_en / asked_for_info_passive_en: information, documents or
    records asked for, never "ask for a review")."""
    norm = _ASKED_PASSIVE.sub(lambda m: f"receive {m.group('any') or ''}requests for {m.group('what')}", norm)

    def active(m: re.Match[str]) -> str:
        whom = m.group("whom").strip()
        return f"request {m.group('any') or ''}{m.group('what')}" + (f" from {whom}" if whom else "")

    return _ASKED.sub(active, norm)


_YEAR_SPAN_OPEN = _GLOSSARY_DATA.patterns["year_span_open"]


def span_opening_years(norm: str) -> set[int]:
    """The years that open a span of time in a question ("since 2003", "from 2003 onward", "2003年以来", "自2003年起";
    glossary [patterns] year_span_open): a period a report writes about, not the year of the report."""
    return {int(next(g for g in m.groups() if g)) for m in _YEAR_SPAN_OPEN.finditer(norm)}
