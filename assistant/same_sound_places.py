"""A place the question writes in Chinese characters beside its pinyin ("Taizhou in Zhejiang (台州)") where the reports
the pinyin finds are of another place of the same sound (泰州): no report is from the place asked.

Pinyin drops what tells two places apart (台州 and 泰州 are both "taizhou", 宿州 and 苏州 "suzhou"), and the names
index matches a report by the pinyin alone.  A question that also writes the characters says which of them it asks:
when characters it writes sound as the pinyin it matched, and neither those reports' names nor any report's names or
text hold them, the answer says that no report is from that place and which reports the pinyin does find.  Characters
a report holds (泰州 written beside "Taizhou") are the place matched, and a question writing no pinyin name is left to
the other scope rules.  A scope check of the registry (assistant/not_stated_checks.py, "same-sound place").
"""

from __future__ import annotations

import re
from typing import Any

from assistant.scope import WEIGHT, names_index

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_LONGEST = 4  # (a place name without its level: 台州, 昆都仑, 乌鲁木齐)


def _sounding_as(run: str, sound: str) -> list[str]:
    """The stretches of a run of characters whose toneless pinyin is `sound` (台州 of "台州市" for "taizhou")."""
    from ingest.places import pinyin_of  # pypinyin with the place-name overrides of names.toml

    return [run[i:i + n] for n in range(2, _LONGEST + 1) for i in range(len(run) - n + 1)
            if pinyin_of(run[i:i + n]) == sound]


def places_of_same_sound(q: Any, index: Any) -> list[tuple[str, str, list[str]]]:
    """(the characters asked, the pinyin written, the reports that pinyin finds) for each place written in characters
    that sound as a pinyin name the question matched and that no report holds; [] otherwise.  `q`: a parsed
    question (norm, doc_ids)."""
    if q.doc_ids is None:
        return []
    names = names_index(index.reports)
    if not names.size:
        return []
    runs = _CJK_RUN.findall(q.norm)
    if not runs:
        return []
    out: list[tuple[str, str, list[str]]] = []
    for s, e, hit in names.spans(q.norm):
        if not re.fullmatch(r"[a-z][a-z ]+", hit.name):
            continue
        sound = hit.name.replace(" ", "")
        docs = [index.by_doc[d] for d, w in hit.doc_ids.items() if w >= WEIGHT["alias"] and d in index.by_doc]
        if not docs:
            continue
        for chars in dict.fromkeys(c for run in runs for c in _sounding_as(run, sound)):
            if names.knows(chars) or any(chars in (r.agency or "") or chars in (r.region or "") for r in docs):
                continue  # the place matched, or another place a report holds
            theirs = [r.agency or r.region or "" for r in docs]
            out.append((chars, q.norm[s:e].title(), list(dict.fromkeys(t for t in theirs if t))))
    return out


def same_sound_refusal(q: Any, index: Any, t: dict) -> str | None:
    """The answer that no report is from the place the characters name (extractive template
    ``unknown_entity_other_level``), None when the question writes no such place."""
    for asked, name, others in places_of_same_sound(q, index)[:1]:
        sep = "、" if q.language == "zh" else ", "
        return t["unknown_entity_other_level"].format(entity=asked, name=name, others=sep.join(others))
    return None
