"""Vocabulary for reading facts out of prose (data/prose.toml), loaded once into a frozen object.
Kernel module: imports nothing of the project but the kernel."""

from __future__ import annotations

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


@dataclass(frozen=True)
class ProseVocabulary:
    figure_units: tuple[str, ...]  # longest first
    not_figure_before: tuple[str, ...]
    cn_figure_units: tuple[str, ...]  # units after which a Chinese numeral is a figure ("九部分")
    none_cues: tuple[str, ...]  # longest first
    zero_cues: tuple[str, ...]
    zero_prefix: str
    none_topics: tuple[str, ...]
    none_not_after: tuple[str, ...]
    none_max_chars: int
    contact: tuple[ContactField, ...]
    date_zh: str
    date_en: str
    date_keys: tuple[str, ...]
    signature_lines: int
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
    item_sections: tuple[str, ...]  # headings whose sections' sentences are items when they hold no list
    item_section_sentences: int
    office_before: tuple[str, ...]
    office_after: tuple[str, ...]
    compiled_verbs: tuple[str, ...]
    compiled_objects: tuple[str, ...]
    glossary: tuple[tuple[str, str], ...]

    def contact_field(self, zh: str) -> ContactField:
        return next(c for c in self.contact if c.zh == zh)

    def gloss(self, text: str, limit: int = 6) -> str:
        """English words for the glossary terms a Chinese text contains (most specific first, no
        term inside a longer one already taken), in the order they occur."""
        taken: list[tuple[int, int, str]] = []
        for zh, en in self.glossary:
            start = text.find(zh)
            while start >= 0:
                end = start + len(zh)
                if not any(s < end and start < e for s, e, _ in taken):
                    taken.append((start, end, en))
                    break
                start = text.find(zh, end)
        words = [en for _, _, en in sorted(taken)]
        return " ".join(dict.fromkeys(words[:limit]))


def _longest_first(items) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(items), key=len, reverse=True))


def load(path: Path = DATA) -> ProseVocabulary:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    contact = tuple(
        ContactField(c["zh"], c["en"], _longest_first(c["keys"]), c["value"], tuple(c.get("must_have", ())))
        for c in raw["contact"]
    )
    missing = [c.zh for c in contact if not c.en]
    if missing:
        raise ValueError(f"{path}: contact fields without an English label: {missing}")
    return ProseVocabulary(
        figure_units=_longest_first(raw["figure_units"]),
        not_figure_before=tuple(raw["not_figure_before"]),
        cn_figure_units=_longest_first(raw.get("cn_figure_units", ())),
        none_cues=_longest_first(raw["none_cues"]),
        zero_cues=_longest_first(raw["zero_cues"]),
        zero_prefix=raw["zero_prefix"],
        none_topics=tuple(raw["none_topics"]),
        none_not_after=tuple(raw["none_not_after"]),
        none_max_chars=int(raw["none_max_chars"]),
        contact=contact,
        date_zh=raw["date_zh"],
        date_en=raw["date_en"],
        date_keys=_longest_first(raw["date_keys"]),
        signature_lines=int(raw["signature_lines"]),
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
        item_sections=tuple(raw.get("item_sections", ())),
        item_section_sentences=int(raw.get("item_section_sentences", 0)),
        office_before=_longest_first(raw["office_before"]),
        office_after=_longest_first(raw["office_after"]),
        compiled_verbs=_longest_first(raw["compiled_verbs"]),
        compiled_objects=_longest_first(raw["compiled_objects"]),
        glossary=tuple((zh, en) for zh, en in raw["glossary"]),
    )


PROSE: ProseVocabulary = load()
