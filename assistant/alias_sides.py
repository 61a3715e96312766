"""A comparison of two reports, one named by its place and the other only by a name of its own that is no place of
the index's ("Xinkailing town vs Tianhuang town": 新开岭镇 is a report's region, "tianhuang town" only an alias of
邹城市田黄镇人民政府, whose region is 邹城市). The place match outweighs the alias, so the alias's report was dropped
and the comparison lost a side. Here, in a question that compares (glossary [patterns] compare), an alias written
apart from every stronger name, that names one report alone, names that report too, as a place named beside a full
agency name does (assistant.scope ``_beside_full_names``); beside a full agency name as well ("博彩镜像站上那份市卫健委
2021年报，跟那个北京街道办事处比": 市卫健委 only an alias of the 市卫生健康委员会 whose copy names no place)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from assistant.core.glossary import GLOSSARY

_COMPARE = GLOSSARY.patterns["compare"]


def beside_place_names(norm: str, spans: Iterable[tuple[int, int, Any]], kept: set[str], stronger: int,
                       alias: int, order: Mapping[str, int]) -> list[str]:
    """The doc ids named in `norm` by an alias (weight `alias`) of one report alone, written apart from every name
    of weight `stronger` or more, besides the reports `kept`; none unless the question compares."""
    if not _COMPARE.search(norm):
        return []
    spans = list(spans)
    strong = [(s, e) for s, e, h in spans if max(h.doc_ids.values()) >= stronger]
    out: list[str] = []
    for s, e, h in spans:
        if len(h.doc_ids) != 1 or any(s < e2 and s2 < e for s2, e2 in strong):
            continue  # (a name of several reports, "government", or a part of a stronger name, names no side)
        ((d, w),) = h.doc_ids.items()
        if w == alias and d not in kept and d not in out:
            out.append(d)
    return sorted(out, key=order.__getitem__)
