"""A breakdown by applicant type (or channel) of a question that sets some parts aside ("leaving aside private
individuals, who filed the rest — how many companies, how many law firms", "不算自然人，其余的…"): the parts set
aside are no part of the answer, so the breakdown lists the rest only (the clause is already no ask of its own:
assistant/excepted.py)."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact
from assistant.en_phrases import en_word
from assistant.excepted import excepted_spans
from assistant.rest_parts import without_rest_named
from assistant.shapes import PARTS, names_part


def set_aside_parts(norm: str) -> list[tuple[str, ...]]:
    """The parts (PARTS' words) that the clauses of `norm` setting things aside name, in Chinese or in English words
    the glossary renders in Chinese ("private individuals" -> 个人)."""
    out: list[tuple[str, ...]] = []
    for a, b in excepted_spans(norm):
        text = norm[a:b]
        zh = [z for e, zs in GLOSSARY.en_to_zh.items() if e.isascii() and len(e) > 3 and re.search(en_word(e), text)
              for z in zs]
        out += [words for words in PARTS.values()
                if words not in out and (names_part(words, text) or any(names_part(words, z) for z in zh))]
    return out


def without_set_aside(cells: list[Fact], norm: str) -> list[Fact]:
    """`cells` (a breakdown) without the cells whose own column is a part `norm` sets aside; all of them when that
    would leave none."""
    cells = without_rest_named(cells, norm)  # ("除了A和B，剩下的各几条": A, B and their sub-parts)
    parts = set_aside_parts(norm)
    if not parts:
        return cells
    kept = [f for f in cells if not (f.column and any(names_part(w, f.column.split(" / ")[-1]) for w in parts))]
    return kept or cells
