"""The label texts of facts: each fact's Chinese and English label path, the search text the label search
(assistant/fact_index.py) matches an ask against, a prose figure's own words, and whether a text names a term.
"""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY as _GLOSSARY
from assistant.core.glossary import template_staff
from assistant.core.template import TEMPLATE
from assistant.core.text import tokenize
from assistant.core.types import Fact
from assistant.en_phrases import bare, en_word

_COUNTED = re.compile(r"[^，,；;。、:：（）()\n|\d]{1,16}")


def counted_noun(clean: str, at: int, counts_after: bool = True) -> str:
    """What a figure counts, written right after it up to the end of its clause ("3个频道,…" at the unit's end
    -> "频道"); "" when the clause ends there, and, for a figure counting nothing after it (no unit, a percentage), when the
    words run straight into the next figure: they are that figure's label ("信息1363微博发布信息1155条": 微博发布信息 is what
    the 1155 counts; "办结率97.7%受理网上投诉590件": no rate of complaints; "等5个新媒体平台…420条" still counts platforms)."""
    m = _COUNTED.match(clean, at)
    if m is None or not counts_after and clean[m.end() : m.end() + 1].isdigit():
        return ""
    return m.group().strip()


_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])")


def strip_enumerator(label: str) -> str:
    return _ENUMERATOR.sub("", label.strip())


def has(term: str, text: str) -> bool:
    """`term` or one of its synonyms (邮政编码 / 邮编, glossary data) occurs in `text`; a term "a|b" holds
    alternatives (an English word's Chinese renderings) and matches when any of them does."""
    if "|" in term:
        return any(has(t, text) for t in term.split("|"))
    return term in text or any(syn in text for syn in _GLOSSARY.zh_synonyms.get(term, ())) \
        or any(term.endswith(a) and len(term) > len(a) and term[:-len(a)] + b in text
               for a, b in _GLOSSARY.zh_synonym_endings)


def own_words(label: str) -> str:
    """A prose figure's label without the figures written before it that had no unit ("财政预决算信息68重点领域、
    …推送信息1363微博发布信息" -> "微博发布信息"): what follows the last number, when that says something."""
    parts = re.split(r"\d+(?:\.\d+)?", label)
    tail, head = parts[-1], "".join(parts[:-1])
    return tail if len(parts) > 1 and _cjk(tail) >= 2 and _cjk(head) >= 2 else label


def without_heading(f: Fact, own_words: str) -> str:
    """A prose figure's own words without the section heading its label starts with ("二、依申请公开和不予公开情况 /
    我局收到…"), and without the sub-headings under it that are parts of the figure's section path too ("一、总体情况 >
    (一)主动公开" / "年内受理群众来信…1085件"): a heading may name several things, or another thing than the figure (a
    count of petitions written under the proactive-disclosure heading), the figure's own clause names what it counts."""
    if " / " not in (f.label_zh or "") or " / " not in own_words:
        return own_words
    parts = own_words.split(" / ")
    headings = {strip_enumerator(p) for p in (f.section or "").split(" > ")[1:] if p.strip()}
    n = 1  # the section's heading; then each sub-heading of the section path the label repeats, never the last part
    while n < len(parts) - 1 and parts[n].strip() in headings:
        n += 1
    return " / ".join(parts[n:])


def _cjk(text: str) -> int:
    return len(re.findall(r"[\u3400-\u9fff]", text))


def fact_label_zh(f: Fact) -> str:
    """The fact's Chinese label path (from ingest when it has one, else section + row + column)."""
    if f.label_zh:
        if f.kind == "narrative" and re.search(r"\d", f.label_zh):
            parts = f.label_zh.split(" / ")
            return " / ".join(parts[:-1] + [own_words(parts[-1])])
        return f.label_zh
    parts = [strip_enumerator(p) for p in f.row.split(" / ")] + [strip_enumerator(p) for p in f.column.split(" / ") if p]
    return " ".join(p for p in parts if p)


def _column_words(column: str) -> str:
    """'法人或其他组织 / 商业企业' -> '商业企业', '采购总金额' -> '采购总金额', '本年收费金额（单位：万元）' -> '本年收费金额'."""
    core = re.sub(r"[（(].*$", "", strip_enumerator(column.split(" / ")[-1]))
    return re.sub(r"(件数|数量|数)$", "", core) if len(core) > 3 else core


def column_named(column: str, question: str) -> bool:
    """The question names this column: its core words as written ("现行有效", "本年增/减" as 本年增减), or, for a
    longer core, each of its words ("采购项目数量" in "采购了几个项目"), or — a column of table 二 — the words staff
    use for it in English ("the previous year's item count", "the change this year": template.toml staff_en)."""
    core = _column_words(column)
    if len(core) < 2 or core == "总计":
        return False
    flat = re.sub(r"[/、\s]", "", core)
    if core in question or flat in question:
        return True
    if _staff_en_said(column, question) or any(p in question for p in _T2_STAFF_ZH.get(core, ())):
        return True
    # "本年" is the report's own year, which the question names already ("废止了多少件", "repealed that year"): the
    # rest of the core tells the columns apart ("本年废止件数" from "本年制发件数")
    own = re.sub(r"^本年度?", "", flat)
    if own != flat and len(own) >= 2 and own in question:
        return True
    words = [w for w in tokenize(flat) if len(w) >= 2]
    return len(flat) >= 4 and len(words) >= 2 and all(w in question for w in words)


def _t2_staff_en() -> dict[str, tuple[str, ...]]:
    """Each column of table 二 (its name as _column_words writes it) -> its English staff phrasings, without "'s" and
    articles (a question is matched the same way: "what's the previous year's item count")."""
    columns = {c.zh for c in TEMPLATE.t2_column_defs}
    return {_column_words(zh): tuple(_plain_en(p) for p in phrases) for zh, phrases, _f in template_staff() if zh in columns}


def _plain_en(text: str) -> str:
    return re.sub(r"\s+", " ", bare(re.sub(r"['’]s(?![a-z])", "", text.lower()))).strip()


_T2_STAFF_EN = _t2_staff_en()


def _t2_staff_zh() -> dict[str, tuple[str, ...]]:
    """Each column of table 二 and outcome column of table 四 (its name as _column_words writes it) -> the other
    Chinese words staff use for it ("上年项目数" for 上一年项目数量, "被纠错" for 结果纠正: template.toml staff_zh)."""
    return {_column_words(c.zh): c.staff_zh for c in (*TEMPLATE.t2_column_defs, *TEMPLATE.t4_outcomes) if c.staff_zh}


_T2_STAFF_ZH = _t2_staff_zh()


def _staff_en_said(column: str, question: str) -> bool:
    phrases = _T2_STAFF_EN.get(_column_words(column), ())
    if not phrases or not re.search(r"[a-z]", question):
        return False
    plain = _plain_en(question)
    return any(re.search(en_word(p), plain) for p in phrases)


_MEASURE = re.compile(r"^(?:占比|比例|比重|同比|增幅|增长|总计|合计|小计|共计)")


def fact_leaf(f: Fact) -> str:
    """A prose figure's own words: the last part of its Chinese label, without enumerator or lead-in ("其中:"),
    with the part before it when the last part is only a measure ("领导信息 / 占比" -> "领导信息占比");
    "" for other kinds (table cells carry the template's English labels, items and contacts no figure)."""
    if f.kind not in ("narrative", "none") or not f.label_zh:
        return ""
    parts = [strip_enumerator(p) for p in fact_label_zh(f).split(" / ") if p.strip()]
    if not parts:
        return ""
    leaf = re.sub(r"^(?:其中|另有|含)[:：,，]?", "", parts[-1]).strip()
    if len(parts) > 1 and (len(leaf) <= 2 or _MEASURE.match(leaf)):
        leaf = re.sub(r"^(?:其中|另有|含)[:：,，]?", "", parts[-2]).strip() + leaf
    return leaf[:40]


def ask_phrase(terms: dict[str, float]) -> str:
    """The ask's own words as one short phrase for embedding ("leadership info"): its English content words when
    it has any (the Chinese renderings of its question words, "publish" -> 主动公开, would drown them), else its
    terms in order, the first rendering of a term of alternatives."""
    english = [t for t in terms if re.fullmatch(r"[a-z][a-z\-']*", t)]
    return " ".join(english or [t.split("|")[0] for t in terms if t.strip()])[:120]


def fact_label_en(f: Fact) -> str:
    """The fact's English label path (from ingest, else the national template's English names)."""
    if f.label_en:
        return f.label_en
    return " / ".join(x for x in (TEMPLATE.path_en(f.row), TEMPLATE.path_en(f.column) if f.column else "") if x)


# a word with another reading of its first half in brackets inside it ("政务(工作)动态类信息"): read both ways
_INNER_BRACKET = re.compile(r"([\u4e00-\u9fff]{1,8})[(（]([\u4e00-\u9fff]{1,8})[)）]([\u4e00-\u9fff]{1,8})")


def bracket_readings(zh: str) -> str:
    """The words a label writes with a bracketed alternative inside a word, each reading whole ("政务(工作)动态类信息"
    -> "政务动态类信息 工作动态类信息"): an ask of either name meets the label; "" when it writes none."""
    return " ".join(f"{m.group(1)}{m.group(3)} {m.group(2)}{m.group(3)}" for m in _INNER_BRACKET.finditer(zh))


def fact_search_text(f: Fact) -> str:
    zh = fact_label_zh(f)
    cut = bool(f.label_zh) and zh != f.label_zh
    zh = f"{zh} {readings}" if (readings := bracket_readings(zh)) else zh
    if cut:
        return zh.lower()  # the label was cut to the figure's own words: its English gloss still holds the rest
    return f"{zh} {fact_label_en(f)}".strip().lower()


_NEGATION = "不未无非没免"  # a character before words that negates them


def in_order_with_gaps(words: str, label: str) -> bool:
    """`label` writes `words` (4+ characters) in their order with short gaps: all its characters but one of an
    abbreviation ("工程建设招投标" in "工程建设项目招标公告": 工程建设…招…标), the first and last among them, within a
    stretch of twice its length (characters scattered over a long label name nothing)."""
    n = len(words)
    if n < 4:
        return False
    for k in (i for i, ch in enumerate(label) if ch == words[0]):
        if k and label[k - 1] in _NEGATION and not words.startswith(label[k - 1]):
            continue  # ("予以公开" is not "不予公开": the label denies what the words state)
        window, pos, got, last = label[k : k + 2 * n], 0, 0, False
        for j, ch in enumerate(words):
            at = window.find(ch, pos)
            if at >= 0:
                pos, got, last = at + 1, got + 1, j == n - 1
        if got >= n - 1 and last:
            return True
    return False


_LABELLED = re.compile(r"[\u3400-\u9fffA-Za-z]")


def with_header(original: str, qs: int, qe: int, most: int = 3) -> int:
    """Where the quote of a table row starts: a row of bare numbers ("5 |  |  | 2 | 7 | 8 | …", a table whose header
    rows carry what each column counts) is quoted with the header rows above it (up to `most`), so that the quote
    says what its figures count; a row with its own label starts at itself."""
    if _LABELLED.search(original[qs:qe]):
        return qs
    start = original.rfind("\n", 0, qs) + 1
    for _ in range(most):
        if start <= 0:
            break
        prev = original.rfind("\n", 0, start - 1) + 1
        line = original[prev : start - 1]
        if "|" not in line or not _LABELLED.search(line):
            break
        start = prev
    return min(start, qs)
