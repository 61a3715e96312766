"""Answer precision: a figure answers an ask only when it counts the thing the ask names.

A figure found by its label (not tagged with the asked metric) or by a sentence may still be a figure of something
else that shares the ask's frame words ("部分公开多少件" met by "全年办理政府信息公开申请96件", "administrative
reconsiderations" by the 表二 row 行政许可, "how many lawsuits" by "本报告由6部分组成").  The rules, applied to the
label search's candidates (assistant/fact_search.py), to the sentences' (assistant/sentences.py) and to each ask's
evidence (assistant/evidence.py), so a figure of something else is never the answer and the next candidate may be:

- an ask with a metric: the figure's own words (a cell's row and column; a prose figure's label and clause; a
  sentence's clause under its section heading) hold one of the metric's core words (``core_zh`` in
  assistant/core/data/metrics.toml: 部分公开, 复议, 诉讼|起诉 …, or a glossary zh_synonym), or the ask's own more
  specific words ("收到群众来信多少件": 来信; not the frame all applications share, ``frame_words``);
- an ask without one: the figure's own words hold a word of the ask (not its unit: 人次);
- a clause naming another metric's thing ("我局收到12起申请") borrows no core word from a heading naming two
  ("二、依申请公开和不予公开情况");
- never a figure a "not stated" check refuses (assistant/not_stated_checks.py, one registry, run here once for facts
  and once for sentences): a figure of another channel, of all applications for one channel's, of the proactive total
  for a website's items (assistant/channels.py), of another outcome row, of something a rarely stated thing is not; a
  number that counts nothing (the report's own parts, a date, a web or street address, a list number, a document's
  number), a bare number, a topic only named, a statement that no case was LOST ("没有…行政复议败诉") for how many.
Kept always: a fact tagged with the asked metric, a text fact (address, date, item), and a statement that no
applications came in for an ask about what became of the year's applications (none received is 0 of every
outcome; not of those carried over, nor a statement of none of one channel's: "未收到网络申请"); the label search
admits it below its threshold too, where the report writes no figure of the asked thing (assistant/fact_search.py).
When nothing is left, the answer says the report does not state the figure.
"""

from __future__ import annotations

import re

from assistant import decline_trace
from assistant.core.glossary import GLOSSARY
from assistant.core.metrics import COUNT_FRAME_ZH, FRAME_WORDS, METRICS, Metric
from assistant.core.types import Fact
from assistant.label_fit import clause_fits_ask
from assistant.labels import has, strip_enumerator, without_heading
from assistant.none_statements import states_no_applications
from assistant.not_stated_checks import FIRST, THEN, FactCase, SentenceCase
from assistant.not_stated_runs import fact_not_stated, sentence_not_stated
from assistant.shapes import is_english

_TEXT_KINDS = ("contact", "date", "item")


def core_words(metric: Metric | None) -> tuple[str, ...]:
    """The asked thing's core words, () when the ask has no metric or its metric names none."""
    return metric.core_zh if metric is not None else ()


def names_core(core: tuple[str, ...], text: str) -> bool:
    """`text` holds one of the `core` words (or a glossary zh_synonym of one); True when there is no core to hold."""
    return not core or any(has(w, text) for w in core)


def outside_not_core(metric: Metric | None, text: str) -> str:
    """`text` without the phrases in which a core word of `metric` names something else ("要求公开" of a request: a
    statement that no one asked for disclosure holds no core word of proactive disclosure)."""
    for w in metric.core_not_zh if metric is not None else ():
        text = text.replace(w, " ")
    return text


def heading_only(f: Fact, metric: Metric, own_words: str, terms=()) -> bool:
    """A prose figure not tagged with `metric` that meets its core only through its section heading ("一、总体情况 >
    (一)主动公开" over "年内受理群众来信和网上投诉事项1085件", "组织理论学习15次") while its own clause names a thing of its
    own (more than COUNT_FRAME_ZH, the metric's and the ask's words): it counts that thing, not the metric's."""
    if f.kind != "narrative" or f.metric is not None or not metric.core_zh:
        return False
    core = core_words(metric)
    if not names_core(core, outside_not_core(metric, own_words)) or names_core(
            core, outside_not_core(metric, without_heading(f, own_words))):
        return False  # the core is nowhere (judged by the rules after), or in the figure's own words
    clause = strip_enumerator((f.label_zh or f.row or "").split(" / ")[-1])
    own = [*metric.ask_zh, *metric.core_zh, *(a for t in terms for a in t.split("|") if re.search(r"[\u4e00-\u9fff]", a))]
    for w in sorted(own, key=len, reverse=True):
        clause = clause.replace(w, " ")
    return len(re.findall(r"[\u4e00-\u9fff]", COUNT_FRAME_ZH.sub(" ", clause))) >= 2


def fact_answers(f: Fact, metric: Metric | None, own_words: str, ask_text: str = "", terms=(), question: str = "") -> bool:
    """May fact `f` (whose own words — labels, row, column, its clause — are `own_words`) answer an ask of `metric`
    whose label-search terms are `terms` (a piece of the whole `question`)?  A figure turned down is noted with the
    check that turned it down (assistant/decline_trace.py)."""
    verdict = _fact_verdict(f, metric, own_words, ask_text, terms, question)
    if isinstance(verdict, str):
        decline_trace.veto("fact", verdict)
        return False
    if not verdict:
        decline_trace.veto("fact", "fit")
    return bool(verdict)


def _fact_verdict(f: Fact, metric: Metric | None, own_words: str, ask_text: str, terms, question: str) -> bool | str:
    """fact_answers' verdict: True, False (the figure's words do not fit the ask), or the name of the not-stated check
    or rule that turned it down."""
    case = FactCase(f, metric, own_words, ask_text, terms, question)
    if why := fact_not_stated(case, FIRST):
        return why  # a figure of something else, even tagged with the asked metric (assistant/not_stated_checks.py)
    if f.kind in _TEXT_KINDS or metric is not None and f.metric == metric.key:
        return True
    if why := fact_not_stated(case, THEN):
        return why  # (assistant/not_stated_checks.py: another outcome row, another channel of application …)
    if metric is None:
        # no metric: a figure answers only when its own words hold a Chinese word of the ask (not a label found by
        # meaning alone: "how many items on its website" is not answered by the 表二 row 规章 0)
        # (an ask in English words the glossary does not render, "land and mineral trading items", is not judged)
        terms = _content(terms)
        zh = [t for t in terms if re.search(r"[\u4e00-\u9fff]", t)]
        return (f.value is None or f.kind not in ("narrative", "table") or not zh
                or any(has(t, own_words.lower()) for t in terms))
    core = core_words(metric)
    if heading_only(f, metric, own_words, terms):
        # "年内受理群众来信…1085件" under "(一)主动公开": a count of petitions, no items proactively disclosed
        return (bool(core) and names_narrower(_zh_beyond_frame(terms), metric, without_heading(f, own_words).lower())
                ) or "core only in heading"
    if f.kind == "none" and metric.core_not_zh and not names_core(core, outside_not_core(metric, own_words)):
        return "none of another request"  # "未接到群众主动要求公开政府信息": no request came in, nothing about what was disclosed
    if (f.kind in ("narrative", "none") and not states_no_applications(f, metric)
            and names_other_metric(without_heading(f, own_words), metric)):
        # "我局收到12起申请" under "二、依申请公开和不予公开情况" counts what was received, not what was withheld;
        # only the ask's own Chinese words may still name it (an English word may be in any figure's gloss)
        return (bool(core) and names_narrower(_zh_beyond_frame(terms), metric, own_words.lower())) or "other metric named"
    if core and names_narrower(terms, metric, own_words.lower()):
        return True  # the ask names its thing more precisely than its metric ("收到群众来信", "gazette issues", "收钱")
    if f.kind == "table":  # a cell's own words are its row and column, not the section holding its table
        # ("二、主动公开政府信息情况" holds the row 规章 too); a cell of another metric is that metric's, whatever
        # column it stands in (the 规章 row's "本年新公开数量" is no count of all the items proactively disclosed)
        return names_core(core, f.row if f.metric not in (None, metric.key) else f"{f.row} {f.column}")
    if f.kind == "none":
        if states_no_applications(f, metric):
            return True  # "没有收到申请": 0 of whatever became of applications
        return names_core(core, (f.row or "") + " " + own_words)
    return names_core(core, own_words)


def _zh_beyond_frame(terms) -> list[str]:
    """The ask's Chinese terms, without those only of the frame every figure of applications holds ("申请|依申请公开"
    of an English ask): what may still name the asked thing in a clause of another metric's (an English word may be
    in any figure's gloss)."""
    return [t for t in terms if re.search(r"[\u4e00-\u9fff]", t) and not all(a in FRAME_WORDS for a in t.split("|"))]


def names_other_metric(clause: str, metric: Metric) -> bool:
    """`clause` names the thing of a metric other than `metric` (an ask word of it: "收到" of the applications
    received) and not `metric`'s own core: it counts that other thing, whatever heading it stands under."""
    if names_core(core_words(metric), clause):
        return False
    return any(k in clause for m in METRICS if m.key != metric.key for k in m.ask_zh)


def _other_terms(terms, metric: Metric) -> list[str]:
    """The ask's search terms that are no word of its metric nor of the frame all applications share (来信 of
    "收到群众来信多少件", where 收到 gave applications_received; 部门文件类 of "主动公开的部门文件类信息")."""
    words = (*metric.core_zh, *metric.ask_zh, *metric.ask_en, metric.zh)
    # (a term of alternatives only of the frame, "申请|依申请公开" of an English ask, is frame too)
    return [t for t in terms if not all(a in FRAME_WORDS for a in t.split("|"))
            and not any(a in m or m in a for a in t.split("|") for m in words if a and m)]


def names_narrower(terms, metric: Metric, text: str) -> bool:
    """`text` holds the most specific of the ask's own words beyond its metric (its rarest: "工作动态" of "how many of
    the proactively disclosed items were work updates"): the ask narrows its metric to what `text` states."""
    others = _other_terms(terms, metric)
    if not others:
        return False
    weight = terms if hasattr(terms, "get") else {}
    top = max(weight.get(t, 1.0) for t in others)
    return any(has(t, text) for t in others if weight.get(t, 1.0) >= 0.8 * top)


def _content(terms) -> list[str]:
    """The ask's terms without the units it counts in ("多少人次": 人次 says how, not what: "培训50人次" is no 咨询)."""
    return [t for t in terms if t not in GLOSSARY.units]


def names_any(terms, text: str) -> bool:
    """`text` holds one of the ask's search `terms` (True when it has none)."""
    return not terms or any(has(t, text) for t in terms)


def sentence_answers(hit, q, clean: str, terms=()) -> bool:
    """May sentence `hit` (an assistant.sentences.SentenceHit over the cleaned text `clean`) answer ask `q`? Its
    figure's clause (else the sentence) must name the asked metric's core term; its figure must not count the
    report's parts (unless those are asked); a "0" must not deny only an outcome ("没有…复议败诉")."""
    verdict = _sentence_verdict(hit, q, clean, terms)
    if isinstance(verdict, str) or not verdict:
        decline_trace.veto("sentence", verdict or "fit")  # (assistant/decline_trace.py)
        return False
    return True


def _sentence_verdict(hit, q, clean: str, terms) -> bool | str:
    """sentence_answers' verdict: True, False (no word of the ask's thing), or the name of the check that turned it down."""
    case = SentenceCase(hit, q, clean, terms)
    if why := sentence_not_stated(case, FIRST):
        return why  # a figure of something else, or no figure at all (assistant/not_stated_checks.py)
    if hit.figure is None and not hit.clause and q.metric is None:
        return True  # a sentence quoted whole, no figure of its own picked: no figure to be wrong
    if hit.clause and not clause_fits_ask(f"{case.text} {getattr(hit.chunk, 'section', '') or ''}", q.metric, terms, q.norm):
        return "label_fit"  # a figure of another row than the one the ask names (assistant/label_fit.py)
    if why := sentence_not_stated(case, THEN):
        return why  # (assistant/not_stated_checks.py: a web address's number, another channel's items …)
    text = case.text
    if q.metric is None:  # the figure's clause (or the sentence before it: "…主动公开信息，其中网站发布…") names the ask
        zh = [t for t in _content(terms) if re.search(r"[\u4e00-\u9fff]", t)]
        sentence = clean[hit.span[0] : hit.span[1]]
        return not zh or is_english(sentence) or names_any(zh, sentence.lower())
    # (the clause under its section heading: "(一)公共资源交易信息公开情况" / "…等共计1260余条"; not a clause naming
    # another metric's thing under a heading of two: "二、依申请公开和不予公开情况" / "收到12起申请" is no 不予公开)
    other = names_other_metric(text, q.metric)
    section = "" if other else (getattr(hit.chunk, "section", "") or "")
    if names_core(core_words(q.metric), outside_not_core(q.metric, text + " " + section)) or is_english(text):
        return True  # (a report published in English: its words are no Chinese core words)
    return names_narrower(_zh_beyond_frame(terms) if other else terms, q.metric, text.lower())
