"""Vocabulary for reading facts out of prose (data/prose.toml), loaded once into a frozen object.
Kernel module: imports nothing of the project but the kernel."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "prose.toml"


@dataclass(frozen=True)
class ContactField:
    zh: str
    en: str
    keys: tuple[str, ...]
    value: str  # "phone" | "email" | "postcode" | "url" | "text"
    must_have: tuple[str, ...] = ()  # a text value must contain one of these
    must_not: tuple[str, ...] = ()  # ... and none of these ("来源:XX门户网站" names a website, not an office)
    header: bool = False  # also read in a web page's header lines, which the cleaning drops ("发布者:区教体局")


@dataclass(frozen=True)
class ProseVocabulary:
    figure_units: tuple[str, ...]  # longest first
    not_figure_before: tuple[str, ...]
    unitless_nouns: tuple[str, ...]  # a number ending its clause right after one of these is a figure without a unit
    unitless_count_words: tuple[str, ...]  # ... also after one of these after the noun ("申请数量96")
    unitless_linkers: tuple[str, ...]  # ... and one of these ("申请共96")
    change_words: tuple[str, ...]  # "同比", "较上年": a change from what (a clause label of these + change_verbs ...
    change_verbs: tuple[str, ...]  # ... names no thing: "同比下降76.8%" takes the thing its sentence named before)
    cn_figure_units: tuple[str, ...]  # units after which a Chinese numeral is a figure ("九部分")
    cn_count_units: tuple[str, ...]  # ... and units of counts written out ("九次", "一百八十六人次"; not 个: "四个意识")
    cn_counted_after_ge: tuple[str, ...]  # ... and nouns after "个" that make one a figure ("十个重点领域")
    none_cues: tuple[str, ...]  # longest first
    zero_cues: tuple[str, ...]
    zero_prefix: str
    none_topics: tuple[str, ...]
    none_words: tuple[tuple[str, str], ...]  # a word stating none of its own topic -> what is none ("未收费" -> 收费)
    none_not_after: tuple[str, ...]
    none_max_chars: int
    empty_section_bodies: tuple[str, ...]  # a section body stating it has nothing ("无。")
    none_linkers: tuple[str, ...]  # what is none: its head follows the first of these (modifiers before)
    none_kinds: tuple[tuple[str, ...], ...]  # families of proceedings a head may name ("复议"; "诉讼", "起诉" ...)
    none_outcomes: tuple[tuple[str, ...], ...]  # outcomes of a proceeding ("败诉", "lost"): none of one is no none of it
    none_channels: tuple[str, ...]  # channels of an application ("网络"): a none of one is no none of all applications
    none_applications: tuple[str, ...]  # a none of one of these ("申请") is a none of all the year's applications
    contact: tuple[ContactField, ...]
    date_zh: str
    date_en: str
    date_keys: tuple[str, ...]
    date_key_header: str  # a key that labels a date only as a word of its own on a page header's line ("时间:")
    signature_lines: int
    head_lines: int  # a date alone on one of the first lines (under the title) dates the publication
    date_line_cues: tuple[str, ...]
    period_zh: str
    period_en: str
    period_keys: tuple[str, ...]
    item_zh: str
    item_en: str
    list_part_chars: tuple[int, int]
    list_part_chars_marked: int  # the longest part of a list its sentence announces ("包括…", "…等七个部分")
    list_after: tuple[str, ...]
    list_lead: tuple[str, ...]
    list_open: tuple[str, ...]  # a list starts after one of these, which do not mark one by themselves ("通过")
    list_continues: tuple[str, ...]  # a list's clause starting with one of these is quoted with its sentence ("同时")
    item_sections: tuple[str, ...]  # headings whose sections' sentences are items when they hold no list
    item_section_sentences: int
    problem_sections: tuple[str, ...]  # ... of these, headings that name problems: their sentences stating a shortfall
    shortfall_words: tuple[str, ...]  # words of a sentence that states a shortfall ("存在…滞后的情况", "仍需加大")
    item_section_plans: int  # how many sentences of the plans after them are items too
    list_announce: tuple[str, ...]  # a sentence ending with one of these announces the list after it
    list_announce_nouns: tuple[str, ...]  # ... a sentence saying it has one of these ("存在一些问题"), or these before ：
    list_announce_colon: tuple[str, ...]  # ... one of these before a colon ("下一步工作打算:")
    list_announce_verbs: tuple[str, ...]  # ... "has" before the noun ("存在", "还有")
    announced_stop: tuple[str, ...]  # a sentence starting with one of these is no item of the list announced before it
    office_line_ends: tuple[str, ...]  # a line that is only a name ending so, beside the title or date: the publisher
    title_words: tuple[str, ...]  # a line of the title holds one of these ("年度报告")
    office_before: tuple[str, ...]
    office_after: tuple[str, ...]
    office_lead: tuple[str, ...]  # "请联系X": X, to the end of its clause, is the office responsible
    compiled_verbs: tuple[str, ...]
    compiled_objects: tuple[str, ...]
    compiler_leads: tuple[str, ...]  # "本报告由X根据…编制而成": what follows X, the agent of 由
    compiler_ends: tuple[str, ...]  # ... and the verb that ends its clause
    compiled_report_names: tuple[str, ...]  # "X编制了县教育局2020年…年度报告": the report named without title marks
    compiler_first: tuple[str, ...]  # "X在…基础上,编制本报告": what X did before the comma
    compiler_not_subject: tuple[str, ...]  # words of a clause's frame, never of its subject ("关于", "按照")
    glossary: tuple[tuple[str, str], ...]

    def contact_field(self, zh: str) -> ContactField:
        return next(c for c in self.contact if c.zh == zh)

    def gloss(self, text: str, limit: int = 6) -> str:
        """English words for the glossary terms a Chinese text contains (most specific first, no
        term inside a longer one already taken), in the order they occur."""
        words = [en for _, _, en in sorted(self._glossed(text))]
        return " ".join(dict.fromkeys(words[:limit]))

    def gloss_coverage(self, text: str) -> float:
        """The share of a Chinese text's words that its gloss translates: the Chinese characters inside glossary terms
        over all of them, leaving out names in quote or title marks (“健康青禾”, 《…条例》: no glossary renders a name;
        the gloss keeps them in Chinese) and particles (的, 了, 和 …).  1.0 for a text without Chinese words."""
        names = {i for m in _NAMED.finditer(text) for i in range(m.start(), m.end())}
        counted = [i for i, ch in enumerate(text) if _HAN.match(ch) and ch not in _PARTICLES and i not in names]
        if not counted:
            return 1.0
        covered = {i for s, e, _ in self._glossed(text) for i in range(s, e)}
        return sum(i in covered for i in counted) / len(counted)

    def _glossed(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, English) of the glossary terms found in `text`, most specific first, none inside another."""
        taken: list[tuple[int, int, str]] = []
        for zh, en in self.glossary:
            start = text.find(zh)
            while start >= 0:
                end = start + len(zh)
                if not any(s < end and start < e for s, e, _ in taken):
                    taken.append((start, end, en))
                    break
                start = text.find(zh, end)
        return taken


_HAN = re.compile(r"[\u3400-\u9fff]")
_NAMED = re.compile(r"“[^”]*”|《[^》]*》|「[^」]*」|『[^』]*』")
_PARTICLES = frozenset("的了和及与或等共")


def _longest_first(items) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(items), key=len, reverse=True))


def load(path: Path = DATA) -> ProseVocabulary:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    contact = tuple(
        ContactField(c["zh"], c["en"], _longest_first(c["keys"]), c["value"], tuple(c.get("must_have", ())),
                     tuple(c.get("must_not", ())), bool(c.get("header", False)))
        for c in raw["contact"]
    )
    missing = [c.zh for c in contact if not c.en]
    if missing:
        raise ValueError(f"{path}: contact fields without an English label: {missing}")
    return ProseVocabulary(
        figure_units=_longest_first(raw["figure_units"]),
        not_figure_before=tuple(raw["not_figure_before"]),
        unitless_nouns=_longest_first(raw.get("unitless_nouns", ())),
        unitless_count_words=_longest_first(raw.get("unitless_count_words", ())),
        unitless_linkers=_longest_first(raw.get("unitless_linkers", ())),
        change_words=_longest_first(raw.get("change_words", ())),
        change_verbs=_longest_first(raw.get("change_verbs", ())),
        cn_figure_units=_longest_first(raw.get("cn_figure_units", ())),
        cn_count_units=_longest_first(raw.get("cn_count_units", ())),
        cn_counted_after_ge=_longest_first(raw.get("cn_counted_after_ge", ())),
        none_cues=_longest_first(raw["none_cues"]),
        zero_cues=_longest_first(raw["zero_cues"]),
        zero_prefix=raw["zero_prefix"],
        none_topics=tuple(raw["none_topics"]),
        none_words=tuple((w, what) for w, what in raw.get("none_words", ())),
        none_not_after=tuple(raw["none_not_after"]),
        none_max_chars=int(raw["none_max_chars"]),
        empty_section_bodies=tuple(raw.get("empty_section_bodies", ())),
        none_linkers=tuple(raw.get("none_linkers", ())),
        none_kinds=tuple(tuple(k) for k in raw.get("none_kinds", ())),
        none_outcomes=tuple(tuple(k) for k in raw.get("none_outcomes", ())),
        none_channels=tuple(raw.get("none_channels", ())),
        none_applications=tuple(raw.get("none_applications", ())),
        contact=contact,
        date_zh=raw["date_zh"],
        date_en=raw["date_en"],
        date_keys=_longest_first(raw["date_keys"]),
        date_key_header=raw.get("date_key_header", ""),
        signature_lines=int(raw["signature_lines"]),
        head_lines=int(raw.get("head_lines", 0)),
        date_line_cues=tuple(raw["date_line_cues"]),
        period_zh=raw["period_zh"],
        period_en=raw["period_en"],
        period_keys=_longest_first(raw["period_keys"]),
        item_zh=raw["item_zh"],
        item_en=raw["item_en"],
        list_part_chars=(int(raw["list_part_chars"][0]), int(raw["list_part_chars"][1])),
        list_part_chars_marked=int(raw.get("list_part_chars_marked", raw["list_part_chars"][1])),
        list_after=_longest_first(raw["list_after"]),
        list_lead=_longest_first(raw["list_lead"]),
        list_open=_longest_first(raw.get("list_open", ())),
        list_continues=_longest_first(raw.get("list_continues", ())),
        item_sections=tuple(raw.get("item_sections", ())),
        item_section_sentences=int(raw.get("item_section_sentences", 0)),
        problem_sections=tuple(raw.get("problem_sections", ())),
        shortfall_words=tuple(raw.get("shortfall_words", ())),
        item_section_plans=int(raw.get("item_section_plans", 0)),
        list_announce=_longest_first(raw.get("list_announce", ())),
        list_announce_nouns=_longest_first(raw.get("list_announce_nouns", ())),
        list_announce_colon=_longest_first(raw.get("list_announce_colon", ())),
        list_announce_verbs=_longest_first(raw.get("list_announce_verbs", ())),
        announced_stop=_longest_first(raw.get("announced_stop", ())),
        office_line_ends=_longest_first(raw.get("office_line_ends", ())),
        title_words=tuple(raw.get("title_words", ())),
        office_before=_longest_first(raw["office_before"]),
        office_after=_longest_first(raw["office_after"]),
        office_lead=_longest_first(raw.get("office_lead", ())),
        compiled_verbs=_longest_first(raw["compiled_verbs"]),
        compiled_objects=_longest_first(raw["compiled_objects"]),
        compiler_leads=_longest_first(raw.get("compiler_leads", ())),
        compiler_ends=_longest_first(raw.get("compiler_ends", ())),
        compiled_report_names=_longest_first(raw.get("compiled_report_names", ())),
        compiler_first=_longest_first(raw.get("compiler_first", ())),
        compiler_not_subject=tuple(raw.get("compiler_not_subject", ())),
        glossary=tuple((zh, en) for zh, en in raw["glossary"]),
    )


PROSE: ProseVocabulary = load()
