"""Every fact a report's prose states, beyond the metric figures of ``ingest.narrative``.

Reads the *cleaned* text (offsets are cleaned-text offsets; ``ingest.facts`` maps them to the
original).  Vocabulary (units, cues, contact fields, glossary) is data: ``assistant.core.prose``.

* **figures** (kind ``narrative``): every number directly followed by a unit (件 条 次 余次 人次 期 篇 个
  万元 % ...), labelled by its clause with the figure removed ("其中网站发布1116条" -> "其中网站发布").
  Years, dates, phone numbers and ordinals (第3期) have no unit or are excluded.  "约"/"余" figures
  are kept (the report states them so); the raw text keeps the 余.  The last figure of a clause keeps
  the noun it counts ("全区设立125个信访代办点" -> "全区设立信访代办点").  Counts in Chinese numerals
  only before the units of ``cn_figure_units`` ("本年度报告由九部分组成" -> 9 部分, label "本年度报告由部分组成")
  and of ``cn_count_units`` ("召开新闻发布会九次" -> 9 次, "接待查阅六百一十五人次" -> 615 人次).
  A copy that dropped a unit ("全年办理政府信息公开申请96,均…") states a figure without one (unit ""): a number
  ending its clause (or a part of a list) right after a label naming a counted thing (data: ``unitless_nouns``).
* **statements of none** (kind ``none``, value 0): a clause with a cue of absence (未发生, 未收取,
  没有, 无 ...) followed by what is absent, or what then 均为0/为零, or 零+what ("零投诉"); what is
  absent must name a topic of the reports (申请, 复议, 诉讼, 收费 ...), so "无法提供" is no statement.  Each
  statement of a clause is its own fact, quoted by the clause: two cues ("没有收取费用也未发生复议") and one cue
  denying things of different kinds ("未发生行政复议和行政诉讼": 行政复议, 行政诉讼) give two.
* **contact fields** (kind ``contact``, in ``ingest.prose_fields``): "key: value" for address, phone, hotline, fax, e-mail,
  postcode, website, office responsible, contact person; e-mail addresses anywhere; the publisher (发布机构) named on
  a line of its own under the title or beside the closing date.
* **dates** (kind ``date``, in ``ingest.prose_fields``): a labelled publication date ("发布日期:…", a web copy's "… 2024年01月15日
  来源:…" line), a date alone on one of the last lines (the signature), and the reporting period
  ("统计期限自…起至…止", row 统计期限).
* **list items** (kind ``item``, in ``ingest.items``): "一是…二是…", "(一)…(二)…", "1.…2.…" inside a paragraph (quoted with
  their enumerator), runs of numbered lines, parts joined by 、 when the sentence marks them as a list
  ("包括A、B、C", "A、B等问题", "分别为:A、B…", "由A、B…等六部分组成"; quoted by the clause holding the whole
  list, so one citation holds every item), and the parts of a breakdown ("其中:A类信息6条;B类信息568条;…",
  quoted by the sentence from its total); labelled by their section heading (and the words that introduce
  the list).  ``ingest.facts`` adds the first sentences of a problems/measures section without a list.

The quote of every fact is its clause (text between ，/。/；), never a paragraph; a short clause takes the
clause before it, and so does one after a short lead-in of its sentence ("2018年度,我镇…没有收费"): the lines and
clauses of the prose are cut by ``ingest.prose_clauses``.  Table rows
(lines with "|" or HTML cells) are left to ``ingest.tables``.  Nothing is invented: a clause
without a stated number, cue or value gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.prose import PROSE
from assistant.core.text import CN_DIGITS, balanced_label, chinese_number
from ingest.prose_clauses import SENTENCE_END, clause_quote, phrases, prose_lines


@dataclass
class ProseFact:
    kind: str  # "narrative" | "none" | "contact" | "date" | "item"
    row: str  # what the fact is about: clause label, what is none, field name, section heading
    value: float | None
    text_value: str | None
    unit: str
    raw: str
    span: tuple[int, int]  # the figure / value / statement (cleaned-text offsets)
    quote_span: tuple[int, int]  # the clause quoted
    column: str = ""  # 第N项 for items
    en: str = ""  # English label of the row, when the vocabulary gives one
    context: str = ""  # the words introducing a list or a breakdown (part of the label)
    list_start: int | None = None  # items: where their list starts (every item of a list takes its section)


# ---------------------------------------------------------------------------------------------
# figures

_UNITS = "|".join(re.escape(u) for u in PROSE.figure_units)
FIGURE = re.compile(
    rf"(?<![\d.\-/:A-Za-z])(?<!\d,)(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<frac>\d+))?(?P<approx>余|多)?(?P<unit>{_UNITS})"
)
# a number without a unit that ends its clause or a part of a list ("申请96,均…", "会议信息42、…"; not "1,234", "96.5" nor
# "文件1、2号"); a figure only after a label of the data's counted things (_COUNTED_LABEL), so that years, dates,
# phones, codes, ordinals and rates are none
UNITLESS = re.compile(
    r"(?<![\d.\-/:A-Za-z#＃])(?<!\d,)(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6})(?P<frac>(?!))?(?P<approx>(?!))?(?P<unit>)"
    r"(?=[，。；;！？!?\n]|[,、](?!\d)|$)"
)
_COUNTED_LABEL = re.compile(
    "(?:" + "|".join(re.escape(w) for w in PROSE.unitless_nouns) + ")"
    "(?:" + "|".join(re.escape(w) for w in PROSE.unitless_count_words) + ")?"
    "(?:" + "|".join(re.escape(w) for w in PROSE.unitless_linkers) + r")?\s*$"
)
_YEAR = re.compile(r"(?:19|20)\d\d")


# a number without a unit running straight into the next counted thing's label and its number ("信息68重点领域、重大民生
#信息410…"): a copy that dropped the units of a whole run; the words after it up to the next number must name a counted thing
UNITLESS_RUN = re.compile(
    r"(?<![\d.\-/:A-Za-z#＃])(?<!\d,)(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6})(?P<frac>(?!))?(?P<approx>(?!))?(?P<unit>)"
    r"(?=[\u4e00-\u9fff])"
)
_NEXT_COUNTED = re.compile(r"[^\d，,。；;！？!?\n]{2,40}?(?=\d)")


def _runs_into_counted(text: str, end: int, b: int) -> bool:
    """Whether the words after a number, up to the next number of the clause, are a counted thing's label."""
    nxt = _NEXT_COUNTED.match(text, end, b)
    return bool(nxt) and bool(_COUNTED_LABEL.search(nxt.group()))


def _unitless_figures(text: str, a: int, b: int, taken: list) -> list[re.Match]:
    """Numbers without a unit that are figures: ending the clause text[a:b] (or running into the next counted thing's
    label) right after a counted thing's label."""
    out = []
    run = [m for m in UNITLESS_RUN.finditer(text, a, b) if _runs_into_counted(text, m.end(), b)]
    for m in sorted([*UNITLESS.finditer(text, a, b), *run], key=lambda m: m.start()):
        if any(t.start() <= m.start() < t.end() for t in taken) or _YEAR.fullmatch(m.group("num")) \
                or re.match(r",\d", text[m.end() : m.end() + 2]):  # "1,234" split at its comma is no "1"
            continue
        if _COUNTED_LABEL.search(text, a, m.start()) and text[max(a, m.start() - 1) : m.start()] not in PROSE.not_figure_before:
            out.append(m)
    return out


_BREAKDOWN = re.compile(r"其中|分别|包括|含")
# a label that is only a rate ("办结率", "结案率达"): a rate of the thing counted before it
_BARE_RATE = re.compile(r"[\u4e00-\u9fff]{1,4}率(?:达到|达|为|是)?")
# a clause saying only how something changed ("同比下降", "较上年增长了"): no thing of its own
_BARE_CHANGE = re.compile(
    "(?:" + "|".join(re.escape(w) for w in PROSE.change_words) + ")?"
    "(?:" + "|".join(re.escape(w) for w in PROSE.change_verbs) + ")(?:了|为|达到|达)?"
)
# the thing a figure counts, written after it ("125个信访代办点"): a short noun phrase, no figure or qualifier
_COUNTED = re.compile(r"(?!以上|以下|左右|之多|多|余)[\u4e00-\u9fffA-Za-z]{2,20}")
_LABEL_TRIM = " \t、，,:：;；。()（）“”\"'"


def clause_label(s: str) -> str:
    """The words of a clause as a label: no spaces, no punctuation at its ends, its quote and title marks balanced
    (a quote the trim cut in half is taken back whole: "“健康青禾”官方微博更新", not "健康青禾”官方微博更新")."""
    s = re.sub(r"\s+", "", s)
    label = s.strip(_LABEL_TRIM)
    if not label:
        return ""
    a = s.find(label)
    return balanced_label(label, s[:a], s[a + len(label):])


def extract_figures(text: str) -> list[ProseFact]:
    out: list[ProseFact] = []
    for line in prose_lines(text):
        previous = ""  # the clause before, when it belongs to the same sentence
        sentence_start = len(out)
        sentence_at = line[0]  # where that sentence starts in `text`
        for a, b in phrases(text, *line):
            phrase = text[a:b]
            if a <= line[0] or text[a - 1] in SENTENCE_END:
                previous = ""
                sentence_start = len(out)  # the figures of this sentence are out[sentence_start:]
                sentence_at = a
            figures = [m for m in FIGURE.finditer(text, a, b) if text[max(line[0], m.start() - 1) : m.start()] not in PROSE.not_figure_before]
            figures = sorted(figures + _unitless_figures(text, a, b, figures), key=lambda m: m.start())
            bare = clause_label("".join(text[s:e] for s, e in zip([a] + [m.end() for m in figures], [m.start() for m in figures] + [b])))
            # a breakdown ("其中…") or a bare clause is labelled with the clause it continues
            context = previous if _BREAKDOWN.match(phrase) or len(bare) < 4 else ""
            prev = a
            for k, m in enumerate(figures):
                next_start = figures[k + 1].start() if k + 1 < len(figures) else b
                lead = text[prev : m.start()]
                if not m.group("unit"):  # "文件46政府会议信息42": a copy without units; the label starts after the 46
                    lead = re.split(r"\d", lead)[-1]
                tail = text[m.end() : next_start]
                tail = re.split(r"[、]", tail)[0]
                if len(clause_label(lead)) >= 4 and not (k + 1 == len(figures) and _COUNTED.fullmatch(clause_label(tail))):
                    tail = ""  # "全区设立125个信访代办点": the last figure keeps the short noun it counts
                elif k + 1 < len(figures) and len(clause_label(lead)) >= 2 \
                        and clause_label(re.split("、", text[m.end() : next_start])[-1]):
                    # "准确率100%群众满意率98%", "结案率97%承办A、B交办的案件429件": words running into the next
                    # figure are that figure's label, not a tail of this one, which its lead already names (a noun
                    # written after its figure ends at a 、: "受理12件群众来信、8件…")
                    tail = ""
                # "接待群众1522批4858人次": a figure right after another shares its label
                # "由…等6部分组成": a count of the report's parts keeps its unit in the label, as in Chinese numerals
                # ("等六大部分": the parts, 部分)
                parts = re.sub(r"^个?大?", "", m.group("unit")) if m.group("unit") in PROSE.cn_figure_units else ""
                label = clause_label(lead + parts + tail) or (out[-1].row if k > 0 and out else "")
                prev = m.end()
                if not label:
                    continue
                # "政务动态120条(占总数的19.49%)": a bracket after a figure qualifies that figure
                qualifies = k > 0 and lead.lstrip().startswith(("(", "（")) and out
                ctx = join_lead(context, "") if not qualifies else out[-1].row
                ctx = (not qualifies and (_cn_subject(text, sentence_at, m.start(), label, out[sentence_start:])
                                          or _subject(label, out[sentence_start:]))) or ctx
                num = m.group("num").replace(",", "") + (f".{m.group('frac')}" if m.group("frac") else "")
                unit = m.group("unit")
                out.append(ProseFact(
                    kind="narrative", row=label, value=float(num), text_value=None, unit=unit, raw=m.group(0),
                    span=(m.start(), m.end()), quote_span=clause_quote(text, a, b, line), context=ctx,
                ))
            previous = bare[:30]
    return out


def _subject(label: str, before: list[ProseFact]) -> str:
    """What a figure labelled only by how it changed or by a rate ("同比下降76.8%", "结案率达98%") is of: the thing the
    figure before it in its sentence counts ("受理投诉590件,结案率达98%"); "" for a label naming its own thing."""
    if not before or not (_BARE_CHANGE.fullmatch(label) or _BARE_RATE.fullmatch(label)):
        return ""
    last = before[-1]
    named = last.context if _BARE_CHANGE.fullmatch(last.row) or _BARE_RATE.fullmatch(last.row) else last.row
    return named or ""


def _cn_subject(text: str, a: int, b: int, label: str, before: list[ProseFact]) -> str:
    """What a figure labelled only by how it changed or by a rate is of, when the count before it in its sentence (from
    `a` to the figure at `b`) is written in Chinese numerals ("全区主动公开政府信息三百二十一条，同比增长12.5%"): that
    count's clause without the numeral and its unit ("全区主动公开政府信息"), as a digit count's label would be; "" when
    a digit figure of the sentence comes after it (`before`: _subject names that one) or the label names its own thing."""
    if not (_BARE_CHANGE.fullmatch(label) or _BARE_RATE.fullmatch(label)):
        return ""
    counts = [m for m in _CN_FIGURE.finditer(text, a, b) if (chinese_number(m.group("num")) or 0) > 1]
    if not counts or before and before[-1].span[0] > counts[-1].start():
        return ""
    m = counts[-1]
    start = max((text.rfind(c, a, m.start()) for c in PHRASE_BREAKS), default=-1) + 1
    end = min((i for c in PHRASE_BREAKS if (i := text.find(c, m.end(), b)) >= 0), default=b)
    return clause_label(text[max(start, a) : m.start()] + text[m.end() : end])


PHRASE_BREAKS = "，,；;：:。"

_CN_NUMERAL = f"{CN_DIGITS}两零〇百千万"
_CN_FIGURE = re.compile(
    rf"(?<![第{_CN_NUMERAL}\d])(?P<num>[{_CN_NUMERAL}]{{1,10}})"
    rf"(?P<unit>{'|'.join(re.escape(u) for u in PROSE.cn_figure_units + PROSE.cn_count_units)}"
    rf"|个(?=(?:{'|'.join(re.escape(w) for w in PROSE.cn_counted_after_ge) or '(?!)'})))"
)


def extract_cn_figures(text: str) -> list[ProseFact]:
    """Counts written in Chinese numerals before a unit of the data ("本年度报告由九部分组成" -> 9 部分), or before 个
    and a counted noun of the data ("细化了十个重点公开领域" -> 10 个), labelled
    by their clause with the numeral removed and the unit kept ("本年度报告由部分组成"; a 个 goes with its numeral:
    "细化了重点公开领域")."""
    out: list[ProseFact] = []
    for line in prose_lines(text):
        for a, b in phrases(text, *line):
            for m in _CN_FIGURE.finditer(text, a, b):
                value = chinese_number(m.group("num"))
                # (the 个 of "十个重点领域" goes with the numeral: "细化了重点领域", not "细化了个重点领域")
                # (a unit of a count goes with its numeral too, as a digit's does: "召开新闻发布会九次" -> "召开新闻发布会")
                after = m.end() if m.group("unit") in PROSE.cn_count_units else m.start("unit")
                label = clause_label(text[a : m.start()] + text[after:b].removeprefix("个"))
                if value and value > 1 and label:  # "一方面", "一部分" are words, not counts
                    out.append(ProseFact(kind="narrative", row=label, value=float(value), text_value=None,
                                         unit=m.group("unit") if m.group("unit") == "个" else re.sub(r"^个?大?", "", m.group("unit")),
                                         raw=m.group(0), span=(m.start(), m.end()),
                                         quote_span=clause_quote(text, a, b, line)))
    return out


# ---------------------------------------------------------------------------------------------
# statements of none

_NONE_CUE = re.compile("|".join(re.escape(c) for c in PROSE.none_cues))
_ZERO_CUE = re.compile("(?:" + "|".join(re.escape(c) for c in PROSE.zero_cues) + r")(?:件|条|个|起)?$")
_WHAT_LEAD = re.compile(r"^(?:过|任何|相关|因|有关|涉及|发生|出现|一起|一件|此类|这类|的)+")
_WHAT_TAIL = re.compile(r"(?:等)?(?:的)?(?:情况|现象|事项|问题|情形)?(?:发生|出现)?$")


# a year, a date or an ordinal in a clause states no count: "2009年未发生…行政复议" is a statement of none
_NOT_A_COUNT = re.compile(r"(?:19|20)[\dxX]{2}\s*(?:年度?|[-./]\d{1,2}[-./]\d{1,2})|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|第\d+"
                          r"|^\s*[(（]?\d{1,2}\s*[、.．)）](?!\d)")  # ... nor an enumerator ("1、依申请公开情况:…")


_CUE_LAST = re.compile(r"(?:过)?(?:的?(?:情况|现象|情形))?(?:发生)?\s*[。.！!]?\s*")  # used with .fullmatch(phrase, pos)
_BEFORE_CUE = re.compile(r"(?:均|都|也|皆|亦|全部|一律|从|尚|暂|还|本年度|本年|全年|今年|年内|(?:19|20)[\dxX]{2}年度?)+$")
_WHEN_LEAD = re.compile(r"^(?:(?:19|20)[\dxX]{2}年度?|本年度|本年|全年|今年|年内|报告期内|[,，\s])+")


def _topic(what: str) -> bool:
    return any(t in what for t in PROSE.none_topics)


def _what(s: str) -> str:
    s = clause_label(s)
    s = _WHAT_LEAD.sub("", s)
    return balanced_label(_WHAT_TAIL.sub("", s).strip(_LABEL_TRIM))


def extract_nones(text: str) -> list[ProseFact]:
    out: list[ProseFact] = []
    for line in prose_lines(text):
        for a, b in phrases(text, *line):
            phrase = text[a:b]
            if re.search(r"[1-9]", _NOT_A_COUNT.sub("", phrase)):
                continue  # a clause stating a number is not a statement of none (a year or date is no number of it)
            statements = [part for what, s, e in _nones_in(phrase) for part in _each_kind(phrase, what, s, e)]
            if not statements:
                continue
            quote = clause_quote(text, a, b, line)
            # "我局在办理依申请公开工作中,未向申请人收取费用": the clause a short statement continues says of what
            context = clause_label(text[quote[0] : a]) if quote[0] < a and b - a < 12 else ""
            for what, s, e in statements:  # each statement of the clause its own fact, each quoted by the clause
                out.append(ProseFact(
                    kind="none", row=what, value=0.0, text_value=phrase.strip(), unit="", raw=text[a + s : a + e],
                    span=(a + s, a + e), quote_span=quote, context=context,
                ))
    return out


# where a clause may hold a second statement of none: at a later cue, or after a word joining two statements
# ("没有收取费用也未发生复议", "政府信息公开申请未收到、复议未发生")
_JOINED = re.compile(r"或者|并且|而且|同时|以及|[、和及与或且并也亦]")
_JOINED_END = re.compile(rf"(?:{_JOINED.pattern}|\s)+$")


def _nones_in(phrase: str) -> list[tuple[str, int, int]]:
    """(what is none, start, end) of every statement of none of a clause, in order: a clause stating two
    ("没有收取费用也未发生复议") is cut where the words before are a statement of their own and the words after
    hold another; one statement of things joined by 和/、 ("未发生行政复议和行政诉讼") is cut by ``_each_kind``."""
    got = none_in(phrase)
    if got is None:
        return []
    cuts = sorted({m.start() for m in _NONE_CUE.finditer(phrase, got[1] + 1)}
                  | {m.end() for m in _JOINED.finditer(phrase, got[1] + 1)})
    for k in cuts:
        first = _JOINED_END.sub("", phrase[:k])
        one = none_in(first) if first else None
        rest = _nones_in(phrase[k:]) if one is not None else []
        if rest and one[1] < len(first):
            return [(one[0], one[1], len(first))] + [(w, k + s, k + e) for w, s, e in rest]
    return [(got[0], got[1], len(phrase.rstrip("。.！! ")))]


def _kind_of(words: str) -> int:
    """The family of ``none_kinds`` words name (复议; 诉讼/起诉; 收费/费用 …), -1 for none of them (applications ...)."""
    low = words.lower()
    return next((i for i, family in enumerate(PROSE.none_kinds) if any(w in low for w in family)), -1)


_COORDINATED = re.compile(r"以及|或者|[、和及与或]")


def _each_kind(phrase: str, what: str, s: int, e: int) -> list[tuple[str, int, int]]:
    """One statement of none denying things of different kinds joined by 和/、/或 ("未发生有关申请的行政复议、行政诉讼")
    as one statement per thing, each keeping the words that modify them all ("有关申请的行政诉讼"); things of one
    kind ("收费及减免") stay one statement. A 、 before the last 的 joins modifiers, not things."""
    mod_end = what.rfind("的") + 1
    parts = [_what(p) for p in _COORDINATED.split(what[mod_end:])]
    if len(parts) < 2 or any(len(p) < 2 or not _topic(p) for p in parts):
        return [(what, s, e)]
    kinds = [_kind_of(p) for p in parts]
    if len(set(kinds)) < len(kinds):
        return [(what, s, e)]
    out, pos = [], s
    for i, p in enumerate(parts):
        at = phrase.find(p, pos, e)
        if at < 0:
            return [(what, s, e)]
        out.append((what[:mod_end] + p, s if i == 0 else at, e if i == len(parts) - 1 else at + len(p)))
        pos = at + len(p)
    return out


def none_in(phrase: str) -> tuple[str, int] | None:
    """(what is none, offset of the statement) of a clause, or None."""
    for word, what in PROSE.none_words:  # "未收费": the word says what is none
        if word in phrase:
            return what, phrase.find(word)
    z = _ZERO_CUE.search(phrase)
    if z:
        what = _what(re.sub(r"(?:数量|数|总数)$", "", phrase[: z.start()]))
        if what and _topic(what):
            return what, 0
    for m in _NONE_CUE.finditer(phrase):
        after = phrase[m.end():]
        if any(after.startswith(w) for w in PROSE.none_not_after):
            continue
        if m.group() == "无" and m.start() > 0 and phrase[m.start() - 1] in "有并毫从":
            continue  # 有无, 并无不可 ...
        what = _what(after)
        if what and _topic(what) and len(what) <= PROSE.none_max_chars:
            return what, m.start()
    for m in _NONE_CUE.finditer(phrase):  # what first, the cue last: "…行政复议、行政诉讼均未发生", "投诉举报均无"
        if _CUE_LAST.fullmatch(phrase, m.end()):
            what = _what(_WHEN_LEAD.sub("", _BEFORE_CUE.sub("", phrase[: m.start()])))
            if what and _topic(what) and len(what) <= PROSE.none_max_chars:
                return what, 0
    i = phrase.find(PROSE.zero_prefix)
    if i >= 0 and (i == 0 or not phrase[i - 1].isdigit() and phrase[i - 1] not in CN_DIGITS):
        what = _what(phrase[i + 1 : i + 7].split("的")[0])  # "零败诉的记录": 败诉
        if what and _topic(what[:4]):
            return what[:4], i
    return None

def join_lead(lead: str, after: str) -> str:
    return f"{lead}…{after}" if lead and after else lead or after
