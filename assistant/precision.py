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
- an ask naming a channel of application ("当面申请多少件", "made in person"): the figure's own words name that
  channel (not "收到12起申请", nor "未收到网络申请"); a clause naming another metric's thing ("我局收到12起申请")
  borrows no core word from a heading naming two ("二、依申请公开和不予公开情况");
- an ask counting the items a website published ("政府网站发布信息多少条", "how many items on its website"): the
  figure whose own clause names the year's proactive total ("主动公开信息890条") or another channel ("微信公众号等7个")
  and no website (网站, 门户, 网上 …; glossary [patterns] medium_*) is no answer; an ask counting a website's columns,
  interviews or a category of its items is not judged so;
- never a number that counts nothing (assistant/non_count_numbers.py: a count of the report's own parts, "等6部分组成",
  unless the parts are asked; a date's day or month, also assistant/sentences.py; a web or street address's number; a
  list number), a bare number with no label, nor a statement that no case was LOST ("没有…行政复议败诉") for how
  many cases (prose data none_outcomes).
Kept always: a fact tagged with the asked metric, a text fact (address, date, item), and a statement that no
applications came in for an ask about what became of the year's applications (none received is 0 of every
outcome; not of those carried over, nor a statement of none of one channel's: "未收到网络申请"); the label search
admits it below its threshold too, where the report writes no figure of the asked thing (assistant/fact_search.py).
When nothing is left, the answer says the report does not state the figure.
"""

from __future__ import annotations

import re

from assistant.asked_rows import misses_asked_row
from assistant.channels import counts_other_channel
from assistant.core.glossary import GLOSSARY
from assistant.core.metrics import FRAME_WORDS, METRICS, NOT_THIS_YEARS, Metric
from assistant.core.prose import PROSE
from assistant.core.types import Fact
from assistant.counted_things import misses_counted_thing
from assistant.identifiers import asks_identifier, names_a_document
from assistant.labels import has
from assistant.non_count_numbers import (
    ASKS_PARTS,
    counts_nothing,
    counts_report_parts,
    is_list_number,
    only_in_web_address,
)
from assistant.none_statements import none_head, none_kinds
from assistant.shapes import is_english
from assistant.topic_only import names_topic_only
from ingest.prose import none_in

_TEXT_KINDS = ("contact", "date", "item")


def states_no_applications(f: Fact, metric: Metric | None) -> bool:
    """`f` states that no applications came in at all ("没有收到政府信息公开申请"), and the ask is of what became of the
    year's applications: 0 of every part (部分公开, 不予公开, 当面申请), however few of the ask's words its label holds
    (so Chinese and English asks of a part find it alike).  Data: prose.toml none_applications (the words of a none of
    all applications) and none_channels, metrics.toml not_this_years (the metrics of another year's applications)."""
    what = f.row or ""
    return (f.kind == "none" and metric is not None and metric.key.startswith("applications")
            and metric.key not in NOT_THIS_YEARS and any(w in what for w in PROSE.none_applications)
            and not none_kinds(none_head(what)) and not any(w in what for w in PROSE.none_channels))


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def core_words(metric: Metric | None) -> tuple[str, ...]:
    """The asked thing's core words, () when the ask has no metric or its metric names none."""
    return metric.core_zh if metric is not None else ()


def names_core(core: tuple[str, ...], text: str) -> bool:
    """`text` holds one of the `core` words (or a glossary zh_synonym of one); True when there is no core to hold."""
    return not core or any(has(w, text) for w in core)


def fact_answers(f: Fact, metric: Metric | None, own_words: str, ask_text: str = "", terms=()) -> bool:
    """May fact `f` (whose own words — labels, row, column, its clause — are `own_words`) answer an ask of `metric`
    whose label-search terms are `terms`?"""
    if f.value is not None and counts_report_parts(f.unit) and not ASKS_PARTS.search(ask_text):
        return False  # "收到多少申请" / "how many lawsuits" is not answered by "本报告由…等6部分组成"
    if f.kind == "narrative" and f.value is not None and only_in_web_address(_plain(f.value), own_words):
        return False  # the id in a page's address ("…/col/col1208/index.html") counts nothing
    if f.value is not None and misses_asked_medium(ask_text, f"{f.row or ''} {f.column or ''} {without_heading(f, own_words)}"):
        return False  # "网站发布信息多少条" is not answered by "主动公开信息890条" (even tagged with the proactive metric)
    if misses_counted_thing(ask_text, f"{f.row or ''} {f.column or ''} {f.unit or ''} {without_heading(f, own_words)}"):
        # "how many followers" is not answered by "发布信息2104条", "公开率" not by a count of requests, "满意度" not
        # by the publication date (assistant/counted_things.py); a figure's unit may name it ("%")
        return False
    if f.value is not None and f.kind == "narrative" and counts_other_channel(ask_text, f"{f.row or ''} {without_heading(f, own_words)}"):
        return False  # "how many Weibo posts" is not answered by "在官网公开383条" (assistant/channels.py)
    if f.kind in _TEXT_KINDS or metric is not None and f.metric == metric.key:
        return True
    if misses_asked_row(ask_text, f):
        return False  # "info not held by this agency" is not answered by the row 其他法律行政法规禁止公开 (assistant/asked_rows.py)
    if metric is None:
        # no metric: a figure answers only when its own words hold a Chinese word of the ask (not a label found by
        # meaning alone: "how many items on its website" is not answered by the 表二 row 规章 0)
        # (an ask in English words the glossary does not render, "land and mineral trading items", is not judged)
        terms = _content(terms)
        zh = [t for t in terms if re.search(r"[\u4e00-\u9fff]", t)]
        return (f.value is None or f.kind not in ("narrative", "table") or not zh
                or any(has(t, own_words.lower()) for t in terms))
    core = core_words(metric)
    if (f.kind in ("narrative", "none") and not states_no_applications(f, metric)
            and misses_asked_channel(terms, ask_text, (f.row or "") + " " + own_words)):
        return False  # "当面申请多少件" is not answered by "收到12起申请" nor by "未收到网络申请"
    if f.kind == "none" and denies_outcome_only(f.row or "", ask_text):
        return False  # "没有…行政复议败诉": no case LOST is no statement that there was no case
    if (f.kind in ("narrative", "none") and not states_no_applications(f, metric)
            and names_other_metric(without_heading(f, own_words), metric)):
        # "我局收到12起申请" under "二、依申请公开和不予公开情况" counts what was received, not what was withheld;
        # only the ask's own Chinese words may still name it (an English word may be in any figure's gloss)
        return bool(core) and names_narrower(_zh_beyond_frame(terms), metric, own_words.lower())
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


_MEDIUM_ITEMS_ASK = GLOSSARY.patterns["medium_items_ask"]
_MEDIUM_ASK = GLOSSARY.patterns["medium_ask"]
_MEDIUM_OTHER_COUNT = GLOSSARY.patterns["medium_other_count"]
_MEDIUM_NAMED = GLOSSARY.patterns["medium_named"]
_MEDIUM_ELSEWHERE = GLOSSARY.patterns["medium_elsewhere"]


def misses_asked_medium(ask_text: str, own_words: str) -> bool:
    """The ask counts the items a website published ("政府网站发布信息多少条", "how many items did it publish on its
    website"; no other thing counted: 栏目, 访谈, 采用, sections, a category's items) and `own_words` name the whole of
    proactive disclosure or another channel ("主动公开信息890条", "微信公众号等7个") and no website: no count of the
    website's items.  (Own words naming neither, "信息发布量…1200条" after "对官网进行了改版", are left to the rest.)"""
    low, own = ask_text.lower(), own_words.lower()
    return (bool(_MEDIUM_ITEMS_ASK.search(low)) and bool(_MEDIUM_ASK.search(low))
            and not _MEDIUM_OTHER_COUNT.search(low) and not _MEDIUM_NAMED.search(own)
            and bool(_MEDIUM_ELSEWHERE.search(own)))


def misses_asked_channel(terms, ask_text: str, own_words: str) -> bool:
    """The ask names a channel of application ("当面申请多少件", "made in person", "通过网络申请": prose.toml
    none_channels, with their glossary synonyms 现场 / 网上) and `own_words` name none of those channels: a figure of
    all applications ("收到12起申请") or of another channel ("未收到网络申请") counts no applications made that way."""
    asked = [c for c in PROSE.none_channels if has(c, ask_text) or any(has(c, t) for t in terms)]
    return bool(asked) and not any(has(c, own_words) for c in asked)


def _zh_beyond_frame(terms) -> list[str]:
    """The ask's Chinese terms, without those only of the frame every figure of applications holds ("申请|依申请公开"
    of an English ask): what may still name the asked thing in a clause of another metric's (an English word may be
    in any figure's gloss)."""
    return [t for t in terms if re.search(r"[\u4e00-\u9fff]", t) and not all(a in FRAME_WORDS for a in t.split("|"))]


def without_heading(f: Fact, own_words: str) -> str:
    """A prose figure's own words without the section heading its label starts with ("二、依申请公开和不予公开情况 /
    我局收到…"): a heading may name several things, the figure's own clause names what it counts."""
    return own_words.split(" / ", 1)[1] if " / " in (f.label_zh or "") and " / " in own_words else own_words


def names_other_metric(clause: str, metric: Metric) -> bool:
    """`clause` names the thing of a metric other than `metric` (an ask word of it: "收到" of the applications
    received) and not `metric`'s own core: it counts that other thing, whatever heading it stands under."""
    if names_core(core_words(metric), clause):
        return False
    return any(k in clause for m in METRICS if m.key != metric.key for k in m.ask_zh)


def denies_all_applications(clause: str) -> bool:
    """The clause states that no applications came in at all ("全年未收到政府信息公开申请"): 0 made in person too."""
    got = none_in(clause)
    return (got is not None and any(w in got[0] for w in PROSE.none_applications)
            and not none_kinds(none_head(got[0])) and not any(w in got[0] for w in PROSE.none_channels))


def denies_outcome_only(what: str, ask_text: str) -> bool:
    """A statement of none of an outcome ("行政复议败诉", "被纠错") is no statement that none of the proceeding happened:
    it answers only an ask naming that outcome."""
    low = ask_text.lower()
    denied = [family for family in PROSE.none_outcomes if family[0] in what]
    return bool(denied) and not any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", low) for family in denied for w in family)


def _other_terms(terms, metric: Metric) -> list[str]:
    """The ask's search terms that are no word of its metric nor of the frame all applications share (来信 of
    "收到群众来信多少件", where 收到 gave applications_received; 部门文件类 of "主动公开的部门文件类信息")."""
    words = (*metric.core_zh, *metric.ask_zh, *metric.ask_en, metric.zh)
    return [t for t in terms if t not in FRAME_WORDS
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


_COUNT = re.compile(r"[\d一二两三四五六七八九十百千]+\s*(?:件|条|起|个|次|项|人次)")


def sentence_answers(hit, q, clean: str, terms=()) -> bool:
    """May sentence `hit` (an assistant.sentences.SentenceHit over the cleaned text `clean`) answer ask `q`? Its
    figure's clause (else the sentence) must name the asked metric's core term; its figure must not count the
    report's parts (unless those are asked); a "0" must not deny only an outcome ("没有…复议败诉")."""
    s, e = hit.clause or hit.span
    text = clean[s:e]
    if misses_counted_thing(q.norm, text):
        return False  # "公众号有多少粉丝": a clause counting posts or reads states no followers
    if hit.figure and counts_other_channel(q.norm, text):
        return False  # "公众号推送了多少条": a clause counting the website's items ("门户网站发布信息86条")
    if not hit.figure and names_topic_only(text):
        return False  # "…被申请行政复议、提起行政诉讼的情况;" (a table of contents) says nothing of lawsuits
    if q.wants_number and not hit.figure and counts_nothing(clean[hit.span[0] : hit.span[1]], bool(ASKS_PARTS.search(q.norm))):
        return False  # "本报告由…等6部分组成,…统计期限自…至12月31日止" quoted whole for "行政复议有几起"
    figure = hit.figure or ""
    if figure and re.fullmatch(r"[\s\d,.]+", text) and q.wants_number:
        return False  # a bare number ("550081" on a line of its own): no label says what it counts
    if figure and names_a_document(figure, text) and not asks_identifier(q.norm):
        return False  # "国令第711号": the number of a decree, no count (assistant/identifiers.py)
    lead = re.match(r"\s*[(（]?\s*(\d+)", text)
    if figure and lead and figure == lead.group(1) and is_list_number(text, lead.start(1), lead.end(1)):
        return False  # "2.重复申请": the row's number in its list, no figure of it
    unit = re.sub(r"^[\d,.]+\s*(?:余|多)?\s*", "", figure)
    if figure and figure != "0" and counts_report_parts(unit) and not ASKS_PARTS.search(q.norm):
        return False
    if figure == "0" or not figure and not _COUNT.search(text):  # (not "收到一起申请,…不存在…被纠错")
        got = none_in(text)  # what the clause states none of, read as ingest reads it
        if got is not None and denies_outcome_only(got[0], q.norm):
            return False
    if hit.figure is None and not hit.clause and q.metric is None:
        return True  # a sentence quoted whole, no figure of its own picked: no figure to be wrong
    lead_number = re.match(r"[\d,]+", figure)
    if lead_number and only_in_web_address(lead_number.group(), text):
        return False  # the id in a page's address ("…/col/col1208/index.html") counts nothing
    if figure and misses_asked_medium(q.norm, text):
        return False  # "网站发布信息多少条": the clause counts all proactive items ("主动公开信息890条") or another channel's
    if q.metric is not None and misses_asked_channel(terms, q.norm, text) and not denies_all_applications(text):
        return False  # "当面申请多少件": the clause counts all applications ("收到12起申请") or another channel's
    if q.metric is None:  # the figure's clause (or the sentence before it: "…主动公开信息，其中网站发布…") names the ask
        zh = [t for t in _content(terms) if re.search(r"[\u4e00-\u9fff]", t)]
        sentence = clean[hit.span[0] : hit.span[1]]
        return not zh or is_english(sentence) or names_any(zh, sentence.lower())
    # (the clause under its section heading: "(一)公共资源交易信息公开情况" / "…等共计1260余条"; not a clause naming
    # another metric's thing under a heading of two: "二、依申请公开和不予公开情况" / "收到12起申请" is no 不予公开)
    other = names_other_metric(text, q.metric)
    section = "" if other else (getattr(hit.chunk, "section", "") or "")
    if names_core(core_words(q.metric), text + " " + section) or is_english(text):
        return True  # (a report published in English: its words are no Chinese core words)
    return names_narrower(_zh_beyond_frame(terms) if other else terms, q.metric, text.lower())
