"""Whether a figure the label search found is the thing asked, not merely the nearest row.

The label search (assistant/fact_search.py) ranks a report's facts by how many of the ask's words their labels
share; the best of them is not always the asked thing ("how many requests did they get" met by 按时办结 23, a fact
of the requests answered; "how many were repeated applications" met by "未收到信函和传真申请"). A candidate answers
the ask only when

(a) the ask's metric, if the question names one, is the fact's metric or a part of it: a fact tagged with another
    metric counts something else. Parts come from the national table template (assistant/core/data/template.toml):
    the rows under a metric's row, and the sibling rows a 总计 row sums ("(一)予以公开" … "(六)其他处理" of
    "(七)总计", the applications answered);
(b) every row or column of table 三 the ask names (重复申请, 自然人, 信访举报投诉类申请 …, in Chinese or through the
    glossary's renderings of English words) is named by the fact's own label path (row, column, section, clause):
    a figure whose label lacks it states another row.

When no candidate passes, the ask is not stated: the answer declines it rather than citing another row, naming the
row or column the candidates lacked, and giving a declined figure of the asked metric itself as the whole the report
does state (assistant/declined_asks.py).
A statement that no applications came in answers an ask of any part of them (0 of every row) and is kept.
"""

from __future__ import annotations

import re
from functools import cache

from assistant import decline_trace
from assistant.core.metrics import FRAME_WORDS, METRICS, Metric
from assistant.core.template import TEMPLATE
from assistant.core.types import Fact
from assistant.declined_asks import Decline, note
from assistant.en_phrases import glossary_renderings
from assistant.labels import has, strip_enumerator
from assistant.none_statements import states_no_applications
from assistant.shapes import PARTS

_CJK = re.compile(r"[\u4e00-\u9fff]")
_TOTAL = "总计"
_NOT_APPLICANT = "隐私|信息"  # 个人隐私, 个人信息: a person's privacy or data, no applicant


def _metric_of_row(row: str) -> str | None:
    """The metric whose template row is `row` (by its row markers)."""
    return next((m.key for m in METRICS if m.table == "三" and any(k in row for k in m.row_markers)), None)


@cache
def metric_parts() -> dict[str, frozenset[str]]:
    """Metric key -> the metrics whose figures are parts of it (table 三: rows under its row; the rows a 总计 sums)."""
    parts: dict[str, set[str]] = {}

    def walk(rows) -> set[str]:
        below: set[str] = set()
        for r in rows:
            under = walk(r.children)
            key = _metric_of_row(r.zh)
            if key is not None:
                parts.setdefault(key, set()).update(under)
                below.add(key)
            below |= under
        for r in rows:  # "(七)总计": the whole of its siblings
            key = _metric_of_row(r.zh)
            if key is not None and _TOTAL in r.zh:
                parts[key].update(below - {key})
        return below

    walk(TEMPLATE.t3_rows)
    return {k: frozenset(v) for k, v in parts.items()}


def is_metric_or_part(fact_metric: str | None, asked: Metric | None) -> bool:
    """Rule (a): a fact of no metric, of the asked one, or of a part of it. Judged between rows of one table only: a
    metric of no row (the proactive disclosures) holds every row of its section's table ("主动公开…规章"), and an
    ask's metric read off a loose word ("the previous-year count" of the 表二 licensing row) is no row of the table
    the fact stands in."""
    if asked is None or fact_metric is None or fact_metric == asked.key:
        return True
    if not asked.table or next((m.table for m in METRICS if m.key == fact_metric), None) != asked.table:
        return True
    if fact_metric == _metric_of_row(TEMPLATE.t3_rows[0].zh) and asked.key in metric_parts():
        # the year's new applications, the whole the later rows count from, kept for an ask of a row with parts
        # ("how many requests were handled": 受理 is handled too, "共受理2件")
        return True
    return fact_metric in metric_parts().get(asked.key, frozenset())


@cache
def _table_words() -> tuple[str, ...]:
    """The own names of table 三's rows and columns (without enumerators and group prefixes), none a frame word."""
    names: set[str] = set()

    def walk(rows) -> None:
        for r in rows:
            names.add(strip_enumerator(r.zh))
            walk(r.children)

    walk(TEMPLATE.t3_rows)
    names |= {c.split(" / ")[-1] for c in TEMPLATE.t3_columns}
    # (not a metric's own row, 不予公开 of "turned down": an outcome a loose word gives is judged by rule (a) and
    # assistant/precision.py, the reason beside it names the row: "turned down because it didn't hold the info")
    metric_rows = [k for m in METRICS for k in m.row_markers]
    return tuple(n for n in names if n not in FRAME_WORDS and n not in (_TOTAL, "其他")
                 and not any(k in n for k in metric_rows))


def _names_table_word(alternative: str) -> bool:
    """A Chinese term's `alternative` names a row or column of table 三: it is one's whole name, or four characters
    or more of one only ("信访举报投诉" of 信访举报投诉类申请; not 政府信息公开申请, in several rows' names); never a
    frame word all rows share."""
    if alternative in FRAME_WORDS or len(alternative) < 3:
        return False
    return alternative in _table_words() or len(alternative) >= 4 and sum(alternative in w for w in _table_words()) == 1


def asked_table_words(ask: str, terms, metric: Metric | None) -> list[str]:
    """The rows and columns of table 三 an ask names beyond its metric's own words: a whole name its Chinese writes
    ("重复申请有几件", "自然人提出的"), and its Chinese search terms that name one (an English ask's renderings)."""
    # (the metric's own row is no further row: "不予处理几件" of applications_not_processed; a word of the metric's is
    # none: 申请 of the applications received is in every row's name)
    own = (*metric.core_zh, *metric.ask_zh, *metric.row_markers) if metric is not None else ()
    markers = metric.row_markers if metric is not None else ()
    said = [w for w in _table_words() if len(w) >= 3 and w in ask]
    # (an English ask: the Chinese renderings of the glossary phrases it says, "natural persons" -> 自然人)
    said += [] if _CJK.search(ask) else glossary_renderings(ask)
    said = [w for w in said if not any(w != v and w in v for v in said)]  # the longest name said
    out = []
    for t in [*said, *terms]:
        alts = [a for a in t.split("|") if _CJK.search(a)]
        if any(_names_table_word(a) for a in alts) and not any(a in o for a in alts for o in own) \
                and not any(m in a for a in alts for m in markers):
            out.append(t)
    return out


def _named(word: str, path: str) -> bool:
    """The label `path` names table word `word` (alternatives "a|b"), or a word the applicant part of it is named by
    (个人 of 自然人), not as the head of another thing (个人隐私, 个人信息: whose privacy, not who applied)."""
    for w in word.split("|"):
        alts = next((ws for name, ws in PARTS.items() if w in ws or w == name), ())
        if has(w, path) or any(re.search(f"{re.escape(a)}(?!{_NOT_APPLICANT})", path) for a in alts):
            return True
    return False


def fits_ask(f: Fact, metric: Metric | None, own_words: str, terms, ask: str = "") -> bool:
    """May label-search candidate `f` (its own label path: `own_words`) answer an ask (`ask`, its normalised text)
    of `metric` with search `terms`? Rules (a) and (b) of the module doc."""
    if f.kind in ("contact", "date", "item") or states_no_applications(f, metric):
        return True
    path = " ".join((own_words, f.row or "", f.column or "", f.label_zh or ""))
    asked = asked_table_words(ask, terms, metric)
    rows = [t for t in asked if t not in PARTS and not any(t in ws for ws in PARTS.values())]
    if rows and all(_named(t, path) for t in rows):
        pass  # the ask names the fact's own row ("because the office didn't hold the info"): not a loose metric word's
    elif not is_metric_or_part(f.metric, metric):
        decline_trace.veto("fact", "label_fit:other metric")
        return False
    missing = [t for t in asked if not _named(t, path)]
    for t in missing:  # (what the refusal names: the row or column asked, and the asked whole it is no part of)
        whole = metric is not None and f.metric == metric.key and f.value is not None and f.kind != "none"
        note(Decline(row=t, fact=f if whole else None, whole=whole))
    if missing:
        decline_trace.veto("fact", "label_fit:row not named")
    return not missing


def clause_fits_ask(clause: str, metric: Metric | None, terms, ask: str) -> bool:
    """Rule (b) for a sentence's figure: its `clause` (with its section heading) names every row or column of table 三
    the ask names ("全年共受理申请23件" is no figure of 重复申请)."""
    return all(_named(t, clause) for t in asked_table_words(ask, terms, metric))


@cache
def _group_reasons() -> dict[str, tuple[str, ...]]:
    """Metric key of a table 三 group row (不予公开, 无法提供, 不予处理, 其他处理) -> its numbered sub-rows' own names."""
    out: dict[str, tuple[str, ...]] = {}

    def walk(rows) -> None:
        for r in rows:
            key = _metric_of_row(r.zh)
            if key is not None and r.children:
                out.setdefault(key, tuple(strip_enumerator(c.zh) for c in r.children))
            walk(r.children)

    walk(TEMPLATE.t3_rows)
    return out


def misses_asked_reason(f: Fact, metric: Metric | None, own_words: str, terms, ask: str) -> bool:
    """`f` is a figure of the asked group row itself (不予公开 4) while the ask names one of that group's sub-rows, a
    reason ("因属于国家秘密不予公开几件", "withheld because they were state secrets"), which `f`'s label path lacks: the
    report states the group's total, not that reason's count.  The total is noted as the asked whole (the refusal
    cites it).  A total of 0 is 0 of every reason, and a statement of no applications answers any row."""
    if metric is None or f.metric != metric.key or f.value in (None, 0) \
            or f.kind in ("none", "contact", "date", "item"):
        return False
    if states_no_applications(f, metric):
        return False
    reasons = _group_reasons().get(metric.key, ())
    path = " ".join((own_words, f.row or "", f.column or "", f.label_zh or ""))
    asked = [t for t in asked_table_words(ask, terms, metric)
             if any(a and a in r for a in t.split("|") for r in reasons)]
    missing = [t for t in asked if not _named(t, path)]
    for t in missing:
        if not any(t != o and t in o for o in missing):  # (named once, by its longest name: not 合法权益 beside it)
            note(Decline(row=t, fact=f, whole=True))
    return bool(missing)
