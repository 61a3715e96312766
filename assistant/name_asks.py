"""Asks for the name of a body, office, group, system or channel that a report states inside a sentence: "领导小组
下面设了个什么组" ("下设了档案整理组，负责…"), "handed over from the service centre to which office" ("…由县政务服务中心
移交至县政府办公室"), "日常工作由哪个小组负责".  No table or contact field holds such a name; the answer states the
name and quotes the clause that names it.

What makes an ask one (data: assistant/core/data/name_asks.toml):
* a "which" word before a kind word: 什么组 / 哪个部门 / 哪一个平台 / which office / what kind of system; the kind gives
  the endings a name of that kind has in a report (组 -> 小组, 组; office -> 办公室, 办, 室 …);
* the relation the ask puts the name in, when it says one (下设, 设立, 移交, 负责, 依托 …): a name the relation's
  report words stand beside (before it, or after it for 负责) answers before any other name of the kind.
Asks for the body that compiled or published the report, or the office to contact, are contact fields
(assistant/shapes.py BODY_ASK), not these; so are dates, counts and lists (哪些).

A name in a text runs back from its ending to the last particle, punctuation or relation verb before it
("下设了档案整理组" -> 档案整理组, "移交至县政府办公室" -> 市政府办公室).  A name the question itself writes
("在领导小组下面设了个什么组": 领导小组) is what the ask starts from, never its answer.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.en_phrases import en_word
from assistant.labels import has
from assistant.sentences import SentenceHit
from assistant.shapes import BODY_ASK, WANTS_DATE, passage_sentences, shape_clause

DATA = Path(__file__).resolve().parent / "core" / "data" / "name_asks.toml"
_COUNT_ASK = re.compile(r"多少|几|哪些|(?<![a-z])(?:how many|how much|which ones)(?![a-z])")
# a clause "when …," before the "which" sets the scene, it asks no date ("when the work was handed over, which office…")
_WHEN_CLAUSE = re.compile(r"(?<![a-z])(?:when|after|once)\s[^,，?？]{3,120}[,，]\s*(?=(?:which|what)(?![a-z]))")
_RELATION_REACH = 12  # characters between a relation's words and the name, in one clause ("成立了以局长为组长的…小组")
_AFTER_REACH = 30  # ... between the name and a relation written after it, in its sentence ("X,有关…任成员,具体负责")


@dataclass(frozen=True)
class NameAsk:
    kind: str  # the kind word as the question writes it ("组", "office")
    endings: tuple[str, ...]  # the endings of a name of that kind, longest first
    relations: tuple[tuple[tuple[str, ...], bool], ...] = ()  # (report words, written after the name) per relation asked
    span: tuple[int, int] = (0, 0)  # where the ask says "which <kind>" (no name the ask starts from)


@dataclass(frozen=True)
class _Vocabulary:
    which_zh: re.Pattern
    which_en: re.Pattern
    kinds: dict[str, tuple[str, ...]]
    relations: tuple[tuple[tuple[str, ...], tuple[str, ...], bool], ...]  # (ask words, report words, after)
    starts: re.Pattern  # where a name starts: after the last match before its ending
    not_after: tuple[str, ...]
    short_not_after: frozenset[str]
    max_chars: int


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def vocabulary() -> _Vocabulary:
    d = tomllib.loads(DATA.read_text(encoding="utf-8"))
    zh, en = d["kinds_zh"], d["kinds_en"]
    # (a kind word may carry its own modifier: "什么领导小组", "哪个工作平台")
    # (not 为什么: "为什么会下降" asks why, not which meeting)
    which_zh = re.compile(rf"(?<!为)(?:{_alternation(d['which_zh'])})(?:个|样的)?(?P<mod>[\u4e00-\u9fff]{{0,4}}?)"
                          rf"(?P<kind>{_alternation(zh)})(?![\u4e00-\u9fff]{{0,2}}(?:{_alternation(zh)}))")
    filler = rf"(?:(?:kind|sort|type)\s+of\s+)?(?:[a-z\-]+\s+){{0,{int(d['en_filler_max'])}}}?"
    which_en = re.compile(rf"(?<![a-z])(?:{_alternation(d['which_en'])})\s+{filler}(?P<kind>{_alternation(en)})(?![a-z])")
    # (a single 设 starts a name only where it is no part of 建设: "信息化建设领导小组")
    # (and a word that starts a name only where it opens its clause: "如南康市", not "如皋市")
    starts = "|".join(["(?<!建)设" if w == "设" else re.escape(w)
                       for w in sorted(d["name_starts_after"], key=len, reverse=True)]
                      + [rf"(?<![\u3400-\u9fff]){re.escape(w)}" for w in d.get("name_starts_after_clause", [])])
    return _Vocabulary(
        which_zh=which_zh, which_en=which_en,
        kinds={k: tuple(sorted(v, key=len, reverse=True)) for k, v in {**zh, **en}.items()},
        relations=tuple((tuple(r["ask"]), tuple(r["text"]), bool(r.get("after", False))) for r in d["relations"]),
        starts=re.compile(starts), not_after=tuple(d["not_after_name"]),
        short_not_after=frozenset(d["short_ending_not_after"]), max_chars=int(d["name_max_chars"]),
    )


def _said(word: str, text: str) -> list[tuple[int, int]]:
    pattern = re.escape(word) if re.search(r"[\u4e00-\u9fff]", word) else en_word(word)
    return [m.span() for m in re.finditer(pattern, text)]


def name_ask(norm: str) -> NameAsk | None:
    """The name an ask asks for, or None: no "which <kind>" in it, or it asks for a date, a count, a list, or the
    report's compiler / publisher / contact office (those are fields of their own)."""
    v = vocabulary()
    text = norm.lower()
    if BODY_ASK.search(text) or WANTS_DATE.search(_WHEN_CLAUSE.sub(" ", text)) or _COUNT_ASK.search(text):
        return None
    m = v.which_zh.search(text) or v.which_en.search(text)
    if m is None:
        return None
    # the relations the ask says, each by its longest words (下面设了 is 下设, not also the 设了 of 设立)
    said = [(span, i) for i, (ask, _text, _after) in enumerate(v.relations) for w in ask for span in _said(w, text)]
    kept = {i for (a, b), i in said if not any(d - c > b - a and c < b and a < d for (c, d), _j in said)}
    if len(kept) > 1:
        # several relations said: the one said nearest the "which <kind>" governs it, the others set the scene
        # ("when the work was handed over to the city office, what new office was set up there": set up)
        gap = {i: min(max(m.start() - b, a - m.end(), 0) for (a, b), j in said if j == i) for i in kept}
        kept = {i for i in kept if gap[i] == min(gap.values())}  # (both beside it: "依托什么网站开设的专栏")
    relations = tuple((v.relations[i][1], v.relations[i][2]) for i in sorted(kept))
    mod = m.groupdict().get("mod") or ""
    endings = (mod + m.group("kind"),) if mod else v.kinds[m.group("kind")]  # "什么领导小组": a name ending so
    return NameAsk(m.group("kind"), endings, relations, m.span())


def names_in(text: str, endings: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of the names in `text` that end with one of `endings`: each runs back from its ending to the last
    punctuation, particle or relation verb before it ("下设了档案整理组" -> "档案整理组")."""
    v = vocabulary()
    out: list[tuple[int, int]] = []
    for m in re.finditer(_alternation(endings), text):
        a, e = m.span()
        if any(text.startswith(w, e) for w in v.not_after):
            continue  # "组长", "办公室主任": a post, not the body
        if e - a == 1 and a > 0 and text[a - 1] in v.short_not_after:
            continue  # "不足之处", "全部": the end of another word
        lo = max(0, e - v.max_chars)
        start = lo
        for k in range(a - 1, lo - 1, -1):
            if not re.match(r"[\u3400-\u9fff]", text[k]):
                start = k + 1
                break
        for b in v.starts.finditer(text, start, a):
            start = max(start, b.end())
        name = text[start:e]
        if len(name) >= e - a + 2 or e - a >= 3:  # (a bare 办公室 is a name: "由办公室负责")
            out.append((start, e))
    return out


def _related(sent: str, span: tuple[int, int], relations) -> tuple[float, int]:
    """How closely a relation's report words stand beside the name: 1 right beside it, less the farther, 0 when
    none does; and where those words end in `sent`.  Before the name, in its own clause; after it (负责 …),
    anywhere in the rest of its sentence ("设立政府信息公开工作小组,有关…任小组成员,具体负责…": the group is what
    the clauses after it are about)."""
    a, b = span
    best, end = 0.0, b
    for words, after in relations:
        for w in words:
            if after:
                k = sent.find(w, b, b + _AFTER_REACH + len(w))
                gap, at = (k - b, k + len(w)) if k >= 0 else (-1, b)
            else:
                window = re.split(r"[，,；;。]", sent[max(0, a - _RELATION_REACH - len(w)) : a])[-1]
                k = window.rfind(w)
                gap, at = (len(window) - k - len(w), b) if k >= 0 else (-1, b)
            if gap >= 0 and 1.0 - 0.01 * gap > best:
                best, end = 1.0 - 0.01 * gap, at
    return best, end


class NameSearch:
    """The sentence naming what a name ask asks for (a mixin of assistant.evidence.EvidenceGatherer: it reads
    ``self.index``, ``self.min_evidence_score`` and ``self.key_terms``)."""

    def named_sentences(self, q, passages, ask: NameAsk, within: list[SentenceHit] | None = None) -> list[SentenceHit]:
        """The best sentence stating a name of the asked kind, as a hit whose clause names it and whose figure is the
        name; [] when none does (with the asked relation beside it, where the ask says one).  `within`: sentences
        already found for the ask; an ask that says no relation is answered only from those."""
        terms = self.key_terms(q)
        total = sum(terms.values()) or 1.0
        said = q.norm[: ask.span[0]] + "，" + q.norm[ask.span[1] :] if ask.span[1] <= len(q.norm) else q.norm
        asked = [said[a:b] for a, b in names_in(said, ask.endings)]
        docs = set(q.doc_ids) if q.doc_ids else None
        if not ask.relations and not within:
            return []
        allowed = {(h.chunk.doc_id, h.span) for h in within or []} if not ask.relations else None
        best = None
        for rank, (chunk, _s) in enumerate(passages):
            if chunk.kind != "text" or docs is not None and chunk.doc_id not in docs:
                continue
            text = chunk.clean_text
            spans = passage_sentences(text)
            for i, (s, e) in enumerate(spans):
                span = (chunk.clean_start + s, chunk.clean_start + e)
                sent = text[s:e]
                if "|" in sent or allowed is not None and (chunk.doc_id, span) not in allowed:
                    continue
                before = text[spans[i - 1][0] : spans[i - 1][1]] if i else ""
                cover = sum(w for t, w in terms.items() if has(t, sent.lower())) / total
                context = sum(w for t, w in terms.items() if has(t, before.lower()) and not has(t, sent.lower())) / total
                for a, b in names_in(sent, ask.endings):
                    name = sent[a:b]
                    if sent[a - 1 : a] == "、" or sent[b : b + 1] in ("、", "等"):
                        continue  # one of a list ("公告栏、微信公众号等"): the list answers (assistant/list_items.py)
                    if any(len(x) >= 3 and (name.endswith(x) or x.endswith(name)) for x in asked):
                        continue  # the name the ask starts from ("在领导小组下面设了…"), not its answer
                    related, reach = _related(sent, (a, b), ask.relations)
                    if ask.relations and not related:
                        continue
                    score = related + cover + 0.5 * context - 0.02 * rank
                    if best is None or score > best[0]:
                        best = (score, chunk, span, name, reach)
        if best is None:
            return []
        score, chunk, span, name, reach = best
        sent = self.index.texts(chunk.doc_id)[1][span[0] : span[1]]
        got = shape_clause(sent, terms, re.compile(re.escape(name)))
        if got is None:
            return []
        (lo, hi), _found = got
        if reach > hi:  # the relation is said in a later clause ("…,具体负责…"): quoted up to the end of that clause
            stop = re.search(r"[，,；;。]", sent[reach:])
            hi = reach + (stop.start() if stop else len(sent[reach:].rstrip("。；; ")))
        return [SentenceHit(chunk, span, score, clause=(span[0] + lo, span[0] + hi), figure=name)]
