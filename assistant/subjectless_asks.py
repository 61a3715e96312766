"""Follow-on asks without a subject of their own, written out whole with the subject of the ask before them:
"行政复议几件？结果如何？" asks the outcomes of the reconsiderations, "不予公开几件？是什么原因？" the grounds of the
refusals, "收到多少申请？都办完了吗？" how many were concluded, "培训了几次？多少人参加？" how many attended the training;
"How many appeals were there, and what came of them?", "How many were refused — and why?" the same in English.
The rewritten ask is then read by the existing readers: an outcome or grounds follow-on becomes a breakdown ask with
no figure of its own ("结果分别是什么", "what they were, broken down by reason"), which the evidence reads as the parts
of the figure just asked (``EvidenceFinder._breaks_down_previous``: a reconsideration total's outcome rows, a refusal
total's grounds); "all concluded?" the concluded count; "how many attended" the attendees of the thing counted.
Pure functions over the pieces of a normalised question (``assistant.asks`` calls them).
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY

# the follow-on's own words, the whole piece (a piece naming a thing of its own is no follow-on), the words of a count
# of refusals, a count's question words ("行政复议几件" -> "行政复议") and an English follow-on closing a piece: data
# (glossary.toml [patterns] follow_on_*)
_P = GLOSSARY.patterns
_OUTCOME_ZH, _GROUNDS_ZH = _P["follow_on_outcome_zh"], _P["follow_on_grounds_zh"]
_ALL_DONE_ZH, _ATTENDEES_ZH = _P["follow_on_all_done_zh"], _P["follow_on_attendees_zh"]
_REFUSED_ZH, _COUNT_ZH = _P["follow_on_refused_zh"], _P["follow_on_count_zh"]
_OUTCOME_EN, _GROUNDS_EN = _P["follow_on_outcome_en"], _P["follow_on_grounds_en"]
_ALL_DONE_EN, _ATTENDEES_EN = _P["follow_on_all_done_en"], _P["follow_on_attendees_en"]
_REFUSED_EN, _TAIL_EN = _P["follow_on_refused_en"], _P["follow_on_tail_en"]
_MEASURE_TAIL_EN = _P["follow_on_measure_tail_en"]
# the rewritten outcome follow-on, Chinese and English (assistant/case_kinds.py adds it to each kind of case asked)
OUTCOME_FOLLOW_ONS = ("结果分别是什么", "what they were, broken down by outcome")
_COUNTED_EN = re.compile(r"(?<![a-z])how\s+(?:many|much)\s+((?:[a-z\-]+\s+){0,3}?[a-z\-]+?)"
                         r"(?=\s+(?:were|was|did|do|does|are|is|have|has|had|there)(?![a-z]))")


def split_subjectless_tail_en(piece: str) -> list[str]:
    """"how many were refused — and why": the count, then its follow-on as an ask of its own (joined by "and" or a
    dash, which the question-word split leaves joined); the piece as it is without one."""
    if re.search(r"[\u4e00-\u9fff]", piece):
        return [piece]
    for m in _TAIL_EN.finditer(piece):
        head, tail = piece[: m.start()].strip(" ，,—–-"), piece[m.end():].strip()  # (tail: without its "and")
        if head and re.search(r"(?<![a-z])how (?:many|much)(?![a-z])", head) and _subjectless_en(tail):
            return [head, tail]
    m = _MEASURE_TAIL_EN.search(piece)  # ("how many letters were taken in, and the conclusion rate")
    if m and re.search(r"(?<![a-z])how (?:many|much)(?![a-z])", piece[: m.start()]):
        return [piece[: m.start()].strip(" ，,"), "what is " + piece[m.end():].strip()]
    return [piece]


def _subjectless_en(piece: str) -> bool:
    return any(p.match(piece) for p in (_OUTCOME_EN, _GROUNDS_EN, _ALL_DONE_EN, _ATTENDEES_EN))


def with_subject_of_before(piece: str, before: str) -> str:
    """A follow-on ask with no subject of its own, asked of what the ask before it counts: its outcomes, its grounds
    (only a refusal has grounds a report states), how many of it were concluded, how many attended it; the piece as it
    is otherwise."""
    core = piece.strip(" ，,")
    if re.search(r"[\u4e00-\u9fff]", core):
        subject = _COUNT_ZH.sub("", before).strip(" ，,？?").rstrip("了的")
        if not subject:
            return piece
        if _OUTCOME_ZH.match(core):
            return OUTCOME_FOLLOW_ONS[0]
        if _GROUNDS_ZH.match(core) and _REFUSED_ZH.search(before):
            return "理由分别是什么"
        if _ALL_DONE_ZH.match(core):
            return "办结了多少"
        if _ATTENDEES_ZH.match(core):
            return f"{subject}多少人次参加"
        return piece
    counted = _COUNTED_EN.search(before)
    noun = counted.group(1) if counted else ""
    if _OUTCOME_EN.match(core):
        return OUTCOME_FOLLOW_ONS[1]
    if _GROUNDS_EN.match(core) and _REFUSED_EN.search(before):
        return "what they were, broken down by reason"
    if _ALL_DONE_EN.match(core):
        return "how many were concluded"
    if _ATTENDEES_EN.match(core) and noun:
        return f"how many people attended the {noun}"
    return piece
