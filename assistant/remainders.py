"""What is left of a whole once named parts are taken out, asked as one count: "of the 177 requests handled, how many
were neither disclosed nor partly disclosed?", "177件里既不是予以公开也不是部分公开的有多少件", "除去予以公开和部分公开
的，其余的一共几件".  Reports state the parts and the whole, seldom the rest: the parts are asked as "A and B" (each
found and cited as an ask of its own), and the answer subtracts them from the whole the question restates, citing the
report's figure of that whole: "其余：177[3] − 60[1] − 51[2] = 66件".  Words: glossary.toml [patterns] neither_en,
neither_zh, rest_counted_zh, rest_parts_zh."""

from __future__ import annotations

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Fact

_NEITHER_EN = GLOSSARY.patterns["neither_en"]
_NEITHER_ZH = GLOSSARY.patterns["neither_zh"]
_REST_ZH = GLOSSARY.patterns["rest_counted_zh"]
_REST_PARTS_ZH = GLOSSARY.patterns["rest_parts_zh"]


def neither_as_parts(norm: str) -> str:
    """"neither A nor B" -> "A and how many B", "既不是A也不是B" -> "A和B": the parts to take out, each an ask of its own."""
    norm = _NEITHER_EN.sub(lambda m: f"{m['a']} and how many {m['b']}", norm)
    return _NEITHER_ZH.sub(lambda m: f"{m['a']}和{m['b']}", norm)


def rest_as_parts(norm: str) -> str:
    """"刨掉A和B，还剩多少条" -> "A和B各多少条": the parts taken out, each an ask of its own (the whole question still
    asks the rest: `remainder`)."""
    # (only where the rest is asked as one count: "除了A和B，剩下那几类各是几条" asks the rest part by part,
    # assistant/rest_parts.py)
    if not _REST_ZH.search(norm):
        return norm
    return _REST_PARTS_ZH.sub(lambda m: f"{m['names']}各{m['ask']}{m['unit'] or ''}", norm)


def asks_remainder(norm: str) -> bool:
    """The question asks one count of what is left of a whole after parts it names."""
    return bool(_NEITHER_EN.search(norm) or _NEITHER_ZH.search(norm) or _REST_ZH.search(norm))


def remainder(norm: str, parts: list[Fact], doc_facts: list[Fact]) -> tuple[float, Fact | None] | None:
    """(whole, the report's fact stating it or None) when the question asks what is left of the one whole it
    restates ("of the 177 …") after `parts` (the cited figures of one report, one unit, adding up to less than it)."""
    if not asks_remainder(norm) or len(parts) < 1:
        return None
    # (premise and parts read the asks' patterns, which split with this module: imported late)
    from assistant.parts import asked_figures
    from assistant.premise import premise_values

    wholes = premise_values(norm) or sorted(asked_figures(norm))  # "办结177件申请，除去…": the one figure it states
    if len(wholes) != 1 or len({f.doc_id for f in parts}) != 1 or len({f.unit for f in parts}) != 1:
        return None
    whole = wholes[0]
    if any(f.value is None for f in parts) or sum(f.value for f in parts) >= whole:
        return None
    stating = [f for f in doc_facts if f.value is not None and abs(f.value - whole) < 1e-9 and f.unit == parts[0].unit
               and f.kind in ("narrative", "table")]
    return whole, (stating[0] if stating else None)


def remainder_line(whole: float, whole_n: int | None, parts: list[tuple[Fact, int]], t: dict, language: str) -> str:
    """"其余：177[3] − 60[1] − 51[2] = 66件" (the whole uncited when no figure of the report states it)."""
    from assistant.writeup import fmt_value, unit_text  # (writeup imports the answer's helpers; late, no cycle)

    unit = unit_text(parts[0][0].unit, language)
    unit = f" {unit}" if language == "en" and unit else unit
    terms = " − ".join(f"{fmt_value(f.value, language)}[{n}]" for f, n in parts)
    shown = fmt_value(whole, language) + (f"[{whole_n}]" if whole_n is not None else "")
    return t["remainder_line"].format(whole=shown, terms=terms, value=fmt_value(whole - sum(f.value for f, _n in parts), language),
                                      unit=unit)
