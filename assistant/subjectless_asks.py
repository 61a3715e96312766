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

_END = r"\s*[?？。!！]*\s*$"
# (the follow-on's own words, the whole piece: a piece naming a thing of its own is no follow-on)
_OUTCOME_ZH = re.compile(r"^(?:那|那么)?(?:最后|最终|后来)?(?:的)?(?:处理|办理|审理)?结果(?:都|分别|各)?(?:是|为)?"
                         r"(?:如何|怎样|怎么样|怎么样了|是什么|都是怎样的|怎样的|是啥|呢)(?:呢)?" + _END)
_GROUNDS_ZH = re.compile(r"^(?:(?:都|分别|主要)?(?:是|因为|出于)?(?:什么|啥|哪些)(?:原因|理由|依据)(?:不予?公开)?(?:呢)?"
                         r"|(?:原因|理由|依据)(?:都|分别|主要)?(?:是|有)?(?:什么|哪些|啥)(?:呢)?"
                         r"|(?:为什么|为何|为啥)(?:不予?公开)?(?:呢)?)" + _END)
_ALL_DONE_ZH = re.compile(r"^(?:是否|有没有)?(?:都|全部|全都|均)?(?:办完|办结|处理完|答复完)(?:了)?(?:吗|没有|没|了吗)?" + _END)
_ATTENDEES_ZH = re.compile(r"^(?:(?:一共|共|总共)?(?:有)?多少(?:人次|人)(?:参加|参训|参与)(?:了)?(?:呢)?"
                           r"|(?:参加|参训|参与)(?:的)?(?:人数|人次)?(?:有|是|为)?多少(?:人次|人)?(?:呢)?)" + _END)
_REFUSED_ZH = re.compile(r"不予?公开|不公开")
# a count's question words, left out of the subject ("行政复议几件" -> "行政复议")
_COUNT_ZH = re.compile(r"(?:一共|共|总共|总计)?(?:有|是)?(?:多少|几)(?:个|件|起|条|次|人次|宗|项|份|批)?(?:呢)?")

_OUTCOME_EN = re.compile(r"^(?:and\s+)?(?:what\s+(?:came|happened)\s+(?:of|to)\s+(?:them|those|these|it)"
                         r"|how\s+did\s+(?:they|those|these|it)\s+(?:end|turn\s+out|go)(?:\s+up)?"
                         r"|what\s+(?:were|was)\s+the\s+(?:outcomes?|results?)(?:\s+of\s+(?:them|those|these))?"
                         r"|with\s+what\s+(?:outcomes?|results?))" + _END)
_GROUNDS_EN = re.compile(r"^(?:and\s+)?(?:why|for\s+what\s+reasons?|on\s+what\s+grounds"
                         r"|what\s+(?:were|was)\s+the\s+(?:reasons?|grounds)(?:\s+for\s+(?:it|that|them|those))?)" + _END)
_ALL_DONE_EN = re.compile(r"^(?:and\s+)?(?:were|have|had)\s+(?:they|those|these)\s+(?:all\s+)?(?:been\s+)?(?:all\s+)?"
                          r"(?:dealt\s+with|concluded|handled|completed|resolved|closed|processed|answered)"
                          r"(?:\s+(?:in\s+time|within\s+the\s+year|by\s+year-end))?" + _END)
_ATTENDEES_EN = re.compile(r"^(?:and\s+)?how\s+many\s+(?:people|persons|participants|staff|attendees|person-times)?\s*"
                           r"(?:attended|took\s+part|participated|joined|were\s+trained)" + _END)
_REFUSED_EN = re.compile(r"(?<![a-z])(?:refus|withh[oe]ld|not\s+disclos|denied|turned\s+down|rejected)")
_COUNTED_EN = re.compile(r"(?<![a-z])how\s+(?:many|much)\s+((?:[a-z\-]+\s+){0,3}?[a-z\-]+?)"
                         r"(?=\s+(?:were|was|did|do|does|are|is|have|has|had|there)(?![a-z]))")
# a follow-on closing an English piece ("how many were refused — and why", "…, and were they all dealt with"), after
# a comma, a dash or "and" (not "within how many days were they answered": a clause of the ask itself)
_TAIL_EN = re.compile(r"(?:\s*[,，—–-]+\s*(?:and\s+)?|\s+and\s+)(?=(?:why|on\s+what\s+grounds|for\s+what\s+reasons?"
                      r"|(?:were|have|had)\s+(?:they|those|these)\s+(?:all\s+)?(?:been\s+)?(?:all\s+)?"
                      r"(?:dealt|concluded|handled|completed|resolved|closed|processed|answered)"
                      r"|what\s+(?:came|happened)\s+(?:of|to)|how\s+did\s+(?:they|those|these)\s+(?:end|turn))(?![a-z]))")


def split_subjectless_tail_en(piece: str) -> list[str]:
    """"how many were refused — and why": the count, then its follow-on as an ask of its own (joined by "and" or a
    dash, which the question-word split leaves joined); the piece as it is without one."""
    if re.search(r"[\u4e00-\u9fff]", piece):
        return [piece]
    for m in _TAIL_EN.finditer(piece):
        head, tail = piece[: m.start()].strip(" ，,—–-"), piece[m.end():].strip()  # (tail: without its "and")
        if head and re.search(r"(?<![a-z])how (?:many|much)(?![a-z])", head) and _subjectless_en(tail):
            return [head, tail]
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
            return "结果分别是什么"
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
        return "what they were, broken down by outcome"
    if _GROUNDS_EN.match(core) and _REFUSED_EN.search(before):
        return "what they were, broken down by reason"
    if _ALL_DONE_EN.match(core):
        return "how many were concluded"
    if _ATTENDEES_EN.match(core) and noun:
        return f"how many people attended the {noun}"
    return piece
