"""The list items of a report's prose (kind ``item``), one of the fact kinds of ``ingest.prose``.

"一是…二是…", "(一)…(二)…", "1.…2.…" inside a paragraph (quoted with their enumerator), runs of numbered
lines, clauses a sentence announces ("…存在一些问题。" or a colon, then one clause per item), 《…》 and quoted
titles, parts joined by 、 when the sentence marks them as a list ("包括A、B、C", "A、B等问题", "分别为:A、B…",
"由A、B…等六部分组成"; quoted by the clause holding the whole list, so one citation holds every item), and
the parts of a breakdown ("其中:A类信息6条;B类信息568条;…", quoted by the sentence from its total).  Items are
labelled by the words that introduce their list; ``ingest.facts`` adds their section heading.  A last piece of two
parts joined by a conjunction ("由A、B以及C组成", "A权、B权与C权") and a count of the list's own parts written after it
("A、B、C、D四项职责"): ``ingest.list_conjuncts``.
"""

from __future__ import annotations

import re

from assistant.core.prose import PROSE
from assistant.core.template import TEMPLATE
from assistant.core.text import (
    CN_DIGITS,
    ENUM_ARABIC,
    ENUM_LEVEL1,
    ENUM_PAREN,
    ENUM_SHI,
    chinese_number,
    strip_enumerator,
)
from ingest.prose import FIGURE, ProseFact, clause_label, join_lead
from ingest.list_conjuncts import comma_tail, conjunct_split, head_words, own_count
from ingest.prose_clauses import PHRASE_END, SENTENCE_END, phrases, prose_lines, spans

_INLINE = (
    re.compile(rf"(?:^|(?<=[，,。；;：:\s]))(?:{ENUM_SHI})"),
    re.compile(rf"(?:^|(?<=[，,。；;：:\s]))(?:{ENUM_PAREN})"),
    re.compile(rf"(?:^|(?<=[，,。；;：:\s]))(?:{ENUM_ARABIC})"),
)
_LINE_ITEM = (re.compile(rf"\s*(?:{ENUM_PAREN})"), re.compile(rf"\s*(?:{ENUM_ARABIC})"))  # used with .match(text, pos)
_ITEM_MAX = 80


def _number(s: str) -> int:
    return int(s) if s.isdigit() else (chinese_number(s) or 0)


def _item_text(text: str, s: int, e: int) -> tuple[int, int]:
    """The item: from s to its first full stop / semicolon (or e), trimmed, at most _ITEM_MAX chars."""
    stop = min((i for i in (text.find(c, s, e) for c in "。；;") if i >= 0), default=e)
    stop = min(stop, s + _ITEM_MAX)
    while s < stop and text[s] in " \t:：，,":
        s += 1
    while stop > s and text[stop - 1] in " \t，,、。；;:：":
        stop -= 1
    return s, stop


def _runs(matches):
    """Maximal runs of enumerator matches numbered 1, 2, 3 ... (at least two)."""
    run: list = []
    for m in matches:
        n = _number(next(g for g in m.groups() if g))
        if n == 1:
            if len(run) >= 2:
                yield run
            run = [m]
        elif run and n == _number(next(g for g in run[-1].groups() if g)) + 1:
            run.append(m)
    if len(run) >= 2:
        yield run


# the row labels of the standard tables: a run of them is a table pasted one cell per line, not a list
_TABLE_LABELS = frozenset(
    strip_enumerator(r.zh) for top in TEMPLATE.t3_rows for mid in (top, *top.children) for r in (mid, *mid.children)
) | frozenset(TEMPLATE.t2_row_blocks)


def _is_table_run(text: str, run) -> bool:
    return any(strip_enumerator(text[m.end() : m.end() + 40].split("\n")[0]).replace(" ", "") in _TABLE_LABELS
               or any(text[m.end():].startswith(lab) for lab in _TABLE_LABELS) for m in run)


def extract_items(text: str) -> list[ProseFact]:
    out: list[ProseFact] = []
    taken: set[int] = set()
    enumerated: set[int] = set()  # the starts of the items an enumerator opens
    lines = list(prose_lines(text))
    for a, b in lines:  # inside a paragraph: 一是…二是…, (一)…(二)…, 1.…2.…
        for rx in _INLINE:
            for run in _runs(m for m in rx.finditer(text, a, b) if m.start() > a or rx is _INLINE[0]):
                lead_from = max(text.rfind(c, a, run[0].start()) for c in "。；;") + 1 or a
                lead = clause_label(text[max(a, lead_from) : run[0].start()])[-40:] or _announcing(text, a, lead_from)
                for k, m in enumerate(run):
                    end = run[k + 1].start() if k + 1 < len(run) else b
                    s, e = _item_text(text, m.end(), end)
                    if e - s >= 2 and s not in taken:
                        taken.add(s)  # quoted with its enumerator ("三是功能开发不够")
                        enumerated.add(s)
                        out.append(item_fact(text, s, e, k + 1, lead, quote=(m.start() + len(m.group()) - len(m.group().lstrip()), e),
                                         list_start=run[0].start()))
    out += _quoted_lists(text, lines, taken)
    lo, hi = PROSE.list_part_chars
    for a, b in lines:  # "存在公开不及时、缺乏专人员管理等问题": parts joined by 、 (no figures)
        before = ""  # the clause before, in the same sentence
        last = ""  # the last clause of the sentence before, in the same line
        for pa, pb in phrases(text, a, b):
            if pa <= a or text[pa - 1] in SENTENCE_END:
                last, before = (before if pa > a else ""), ""
            for m in _LIST.finditer(text, pa, pb):
                parts = list(_list_parts(text, m.start(), m.end()))
                lead = clause_label(text[pa : parts[0][0]])[-30:]
                after = clause_label(text[parts[-1][1] : pb])[:20]
                # a list its sentence announces ("包括…", "…等七个部分") may hold longer parts
                opened = lead.removesuffix("了").endswith(PROSE.list_lead)  # "包括", "涵盖了"
                opener = opened or lead.removesuffix("好").endswith(PROSE.list_open)  # "通过", "运用好" (no mark by itself)
                marked = opened or bool(_LIST_COUNT.match(after))
                # every part quoted ("“A”、“B”") or a title ("《A制度》、《B办法》"): the marks delimit the parts
                quoted = all(text[s - 1 : s] == "“" or text[s : s + 1] == "《" and text[e - 1 : e] == "》" for s, e in parts)
                top = _TITLE_MAX if quoted else PROSE.list_part_chars_marked if marked else hi
                if len(parts) < 2 or not all(lo <= e - s <= top for s, e in parts) or any(s in taken for s, _ in parts):
                    continue
                counted = bool(_LIST_COUNTED.match(after))  # "普陀、金山、徐汇五个国家试点区": the list counts itself
                counted = counted or _counts_parts(after, len(parts))  # "A、B、C、D四项职责": its count is its parts'
                # ... or its last part is joined by a conjunction that only a list's frame or shared ending allows
                # ("由A、B以及C组成", "A权、B权与C权": ingest/list_conjuncts.py)
                counted = counted or bool(re.sub(r"[\s“”\"《》、]", "", text[parts[-2][1] : parts[-1][0]]))
                # ... or a numbered set named right after it counts it ("决策、执行、管理、服务、结果“五公开”")
                counted = counted or _names_set_of(text, parts[-1][1], len(parts))
                if not (quoted or counted or after.startswith(PROSE.list_after) or opened):
                    continue  # an unmarked run of 、 (verb phrases of a sentence) is no list
                if len(lead) <= 4 and before and opener:
                    # "…由九部分组成,分别为:": the clause before says what the list is
                    lead = f"{before}{lead}"[-30:]
                elif len(lead) <= 4 and opened and not before and last:
                    # "公开部门的基本情况。包括A、B、C": a list opening its sentence with its lead word lists what the
                    # sentence before names
                    lead = f"{head_words(last)}{lead}"[-30:]
                # the quote is the clause that holds the whole list, cited once for all its items; a clause that goes on
                # with its sentence ("以网上公开为主,同时充分利用公告栏、微信公众号等媒体…") is quoted with the sentence
                qa = pa
                if text.startswith(PROSE.list_continues, pa):
                    qa = max(max(text.rfind(c, a, pa) for c in SENTENCE_END) + 1, a)
                    while qa < pa and text[qa].isspace():
                        qa += 1
                qb = pb
                if opened and not after and (tail := comma_tail(text, pb, b)):
                    parts, qb = [*parts, tail[0]], tail[1]  # "包括A、B,C等;": C is the list's last part
                for k, (s, e) in enumerate(parts):
                    taken.add(s)
                    out.append(item_fact(text, s, e, k + 1, join_lead(lead, after), quote=(qa, qb), list_start=parts[0][0]))
            before = clause_label(text[pa:pb])[-30:]
    out += _announced(text, lines, taken)
    for rx in _LINE_ITEM:  # numbered lines: (一)… / 1.… at the start of consecutive lines
        starts = [m for a, b in lines if (m := rx.match(text, a, b))]
        for run in _runs(starts):
            if _is_table_run(text, run):
                continue
            for k, m in enumerate(run):
                line_end = text.find("\n", m.end())
                s, e = _item_text(text, m.end(), len(text) if line_end < 0 else line_end)
                # (a numbered line is an item even where a list of parts starts with it: "(三)A、B、C等重点领域问题突出"
                # is the third item, A、B、C the examples inside it)
                if e - s >= 2 and s not in enumerated:
                    taken.add(s)  # quoted with its enumerator ("(一)进京访形势依然严峻")
                    enumerated.add(s)
                    out.append(item_fact(text, s, e, k + 1, "", quote=(m.start() + len(m.group()) - len(m.group().lstrip()), e),
                                     list_start=run[0].start()))
    for a, b in lines:  # "其中:机构概况信息6条;政府预决算信息568条;…": the parts of a breakdown are its categories
        for m in _WITHIN.finditer(text, a, b):
            ends = "。！？!?)）" if text[m.start() - 1 : m.start()] in ("(", "（") else "。！？!?"
            stop = min((i for i in (text.find(c, m.end(), b) for c in ends) if i >= 0), default=b)
            parts = [(s, e) for s, e in _phrase_parts(text, m.end(), stop)]
            if len(parts) < 3 or not all(len(list(FIGURE.finditer(text, s, e))) == 1 for s, e in parts):
                continue
            if any(s in taken for s, _ in parts):
                continue
            lead_from = max(max(text.rfind(c, a, m.start()) for c in "。；;") + 1, a)
            lead = clause_label(text[lead_from : m.start()])[-30:]
            for k, (s, e) in enumerate(parts):
                taken.add(s)
                out.append(item_fact(text, s, e, k + 1, join_lead(lead, clause_label(m.group())), quote=(lead_from, stop),
                                 list_start=parts[0][0]))
    return out


_WITHIN = re.compile(r"(?:其中|主要包括|包括|分别为|分别是)[:：,，]?")
_TITLE_MAX = 40  # a part in quotes or a 《title》 may be this long


def _words(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


# a sentence that announces a list: "…仍存在一些问题。", "…主要表现在:" (data: list_announce*)
_ANNOUNCE = re.compile(rf"(?:{_words(PROSE.list_announce)}|{_words(PROSE.list_announce_verbs)}[^，,。；;：:]{{0,12}}"
                       rf"{_words(PROSE.list_announce_nouns)})\s*[:：]?\s*$")
# ... and a clause before a colon: "下一步工作打算:", "存在的不足:"
_ANNOUNCE_COLON = re.compile(
    rf"{_words((*PROSE.list_announce, *PROSE.list_announce_nouns, *PROSE.list_announce_colon))}\s*$")
_ENUM_START = re.compile(rf"\s*(?:{ENUM_SHI}|{ENUM_PAREN}|{ENUM_ARABIC}|{ENUM_LEVEL1})")
_ANNOUNCED_STOP = re.compile("|".join(re.escape(w) for w in PROSE.announced_stop))
_ANNOUNCED_SENTENCES = 3
_CLAUSE_ITEM = (4, 150)  # the length of an item that is a clause of its own


_QUOTED = re.compile(r"“([^“”\n]{4,80})”")


def _quoted_lists(text: str, lines, taken: set[int]) -> list[ProseFact]:
    """A quoted list of phrases before what names it ("坚持“谁批准、谁公开,谁实施、谁公开”的原则"): the phrases between
    the commas of the quote are the items, quoted by the clause holding the whole quote."""
    out: list[ProseFact] = []
    for a, b in lines:
        for m in _QUOTED.finditer(text, a, b):
            after = clause_label(text[m.end() : m.end() + 20])
            if not re.search(r"[，,；;]", m.group(1)) or not after.startswith(PROSE.list_after):
                continue
            parts = list(spans(text, m.start(1), m.end(1), "，,；;"))
            if len(parts) < 2 or not all(2 <= e - s <= PROSE.list_part_chars_marked for s, e in parts):
                continue
            qa = max(max(text.rfind(c, a, m.start()) for c in PHRASE_END) + 1, a)
            qb = min((i for i in (text.find(c, m.end(), b) for c in PHRASE_END) if i >= 0), default=b)
            context = join_lead(clause_label(text[qa : m.start()])[-30:], clause_label(text[m.end() : qb])[:20])
            for k, (s, e) in enumerate(parts):
                taken.add(s)
                out.append(item_fact(text, s, e, k + 1, context, quote=(qa, qb), list_start=parts[0][0]))
    return out


def _announcing(text: str, line_start: int, sentence_start: int) -> str:
    """The sentence before `sentence_start` (same line) when it announces a list ("…仍存在一些问题。一是…"): the
    label of a list that opens a sentence of its own."""
    end = sentence_start - 1
    if end <= line_start:
        return ""
    start = max(max(text.rfind(c, line_start, end) for c in "。；;！？!?") + 1, line_start)
    lead = text[start:end]
    return clause_label(lead)[-30:] if _ANNOUNCE.search(lead) else ""


def _announced(text: str, lines, taken: set[int]) -> list[ProseFact]:
    """Items written as clauses without enumerators after a sentence that announces them: "…仍存在一些问题。公开内容
    有待深化、广化；业务人员培训较少，专业技能有待提高。" -> the clauses between ；, else (after "。") the sentences that
    follow in the paragraph (at most three, up to one that turns to what comes next: "下一步…")."""
    out: list[ProseFact] = []
    lo, hi = _CLAUSE_ITEM
    for i, (a, line_end) in enumerate(lines):
        for p in range(a, line_end):
            if text[p] not in "。：:":
                continue
            lead_from = max(max(text.rfind(c, a, p) for c in "。；;！？!?：:") + 1, a)
            lead = text[lead_from:p]
            start, b = p + 1, line_end
            while start < b and text[start].isspace():
                start += 1
            announces = _ANNOUNCE_COLON.search(lead) if text[p] in "：:" else _ANNOUNCE.search(lead)
            if not announces:
                continue
            next_line = start >= b
            if next_line:  # the announcing sentence ends its line: the clauses of the next line, when it has some
                if i + 1 >= len(lines):
                    continue
                start, b = lines[i + 1]
            if _ENUM_START.match(text, start):
                continue
            if any(start <= t < b for t in taken):
                continue  # the paragraph goes on with a list of its own ("主要有:一是…")
            stop = min((i for i in (text.find(c, start, b) for c in "。！？!?") if i >= 0), default=b)
            parts = list(spans(text, start, stop, "；;"))
            if next_line and len(parts) < 2:
                continue  # (a line after it that is no run of clauses may be a heading of its own)
            if len(parts) < 2 and text[p] == "。":
                parts = []  # the sentences that follow, each an item
                for s, e in spans(text, start, b, "。！？!?"):
                    if len(parts) >= _ANNOUNCED_SENTENCES or _ENUM_START.match(text, s) or _ANNOUNCED_STOP.match(text, s):
                        break
                    parts.append((s, e))
            parts = [(s, e) for s, e in ((s, s + len(text[s:e].rstrip(" \t，,、。；;:："))) for s, e in parts)]
            if not parts or not all(lo <= e - s <= hi for s, e in parts):
                continue
            label = clause_label(lead)[-30:]
            for k, (s, e) in enumerate(parts):
                taken.add(s)
                out.append(item_fact(text, s, e, k + 1, label, list_start=parts[0][0]))
    return out


def _phrase_parts(text: str, s: int, e: int):
    """Parts of text[s:e] between ; ， 、 (trimmed, also of a leading colon)."""
    return spans(text, s, e, "；;，,、", lead=":：")


# a run of short parts joined by 、 (the first part starts after a verb-less lead; parts hold no digits)
# (a part may follow its 、 after spaces: a copy that wrapped the line there joins it back with one, "A、 B")
_LIST = re.compile(r"[^、,，。;；:：()（）\d\s]{2,40}(?:、[ \t\u3000]*[^、,，。;；:：()（）\d\s]{1,40}){1,}")
_LIST_END = re.compile(r"(?:等|的|和|及|以及|与)")
_LIST_COUNT = re.compile(rf"等?[{CN_DIGITS}两\d]+个?(?:部分|方面|类|项|个)")  # "…等七个部分": a list that counts itself
_LIST_COUNTED = re.compile(rf"等?[{CN_DIGITS}两\d]+个")
_LIST_OPEN = re.compile("|".join([*(re.escape(w) for w in (*PROSE.list_lead, *PROSE.list_open)), "由(?!于)"]))


def _list_parts(text: str, s: int, e: int):
    """Parts of "A、B、C等…": the first part is cut to the words after the lead's last verb-ish
    character run is impossible to know, so it is the text after the last 的/在/为/了/有/存/是/括
    (when present); the last part stops at 等/的."""
    pieces = text[s:e].split("、")
    pos = s
    for k, piece in enumerate(pieces):
        ps, pe = pos, pos + len(piece)
        pos = pe + 1
        while ps < pe and text[ps] in " \t\u3000":
            ps += 1  # the spaces after a 、 ("A、 B") are no part of B
        if k == 0:
            quote = max(piece.rfind("“"), piece.rfind("《"))
            closing = {"“": "”", "《": "》"}.get(piece[quote]) if quote >= 0 else None
            whole = closing is not None and piece.endswith(closing)  # the part is quoted whole ("《A制度》")
            if closing is not None and not whole and closing in piece[quote:]:
                quote = -1  # the quote closes inside the part ("在“中国上海”门户网站…办理状态查询"): no cut at it
            found = [m for m in _LIST_OPEN.finditer(piece) if len(piece) - m.end() >= 2]
            opens = [m.end() - 1 for m in found]
            # "报告内容由A的情况、B…": the list opens after its lead word (包括, 分别为, 由), else after the
            # last verb-ish character of the clause
            cut = quote - 1 if quote >= 0 else opens[-1] if opens else max(piece.rfind(c) for c in "的在为了有存是括含即到:")
            if quote < 0 and opens and cut == opens[-1] and piece[cut + 1 : cut + 2] in ("了", "好") and len(piece) - cut >= 4:
                cut += 1  # "涵盖了A、B", "运用好A、B": the particle after the lead word is no part of A
            if cut >= 0 and len(piece) - cut - 1 >= 2:
                ps += cut + 1
            others = max(_last_end(p) if j == len(pieces) - 1 else len(p) for j, p in enumerate(pieces) if j)
            # (a verb's 了 opens the list as a lead word does: "较好地完成了A和B、C等工作" lists "A和B" whole)
            done = quote < 0 and cut >= 0 and piece[cut] == "了" and not opens
            if pe - ps > max(3, 1.5 * others) and not (found and len(found[-1].group()) >= 2 or whole or done):
                # "坚持…工作公正、公平、便民": the lead runs into the first part (unless a lead word opened the list:
                # "主要通过政府网站、电视等")
                ps = pe - min(len(pieces[1]), others)  # (a last part is measured up to its 等)
                opening = text.rfind("“", pos - len(piece) - 1, ps)
                if "”" in text[ps:pe] and "“" not in text[ps : text.index("”", ps)] and opening >= 0:
                    ps = opening  # not inside a quote: "运用“广州信访”官网、…" -> "“广州信访”官网"
        if k == len(pieces) - 1:
            # a last piece of two parts joined by a conjunction ("…、C和D等", "…以及D组成"): both
            if split := conjunct_split(text, ps, pe, pieces):
                yield split[0]
                ps, pe = split[1]
            # the last part ends at 等 ("…存在问题及下步工作打算等七个部分"), else at the first 的/和/及
            else:
                pe = ps + 1 + _last_end(text[ps + 1 : pe], len(pieces))
        if text[ps : ps + 1] in ("“", '"') and not re.search(r"[”\"].", text[ps + 1 : pe]):
            ps += 1  # the quote mark opening the part ("“A”"; not "“三公”经费", whose quote closes inside it)
        if text[pe - 1 : pe] in ("”", '"') and pe - 1 > ps and "“" not in text[ps : pe - 1]:
            pe -= 1
        yield ps, pe


def _last_end(piece: str, n: int = 0) -> int:
    """Where the last part of a list ends in its piece: at 等, else at a count ("三个试点区") or the quoted name of a
    numbered set ("结果“五公开”"), or at a count of the list's `n` parts ("…稳定四项职责"), else at 的/和/及."""
    m = re.search("等", piece) or _NAMED_SET.search(piece) or _LIST_COUNTED.search(piece) or own_count(piece, n) \
        or _LIST_END.search(piece)
    return m.start() if m else len(piece)


def _counts_parts(after: str, n: int) -> bool:
    """The words after a list open with the count of its `n` parts ("四项职责使命", "三个方面")."""
    m = own_count(after, n)
    return m is not None and m.start() == 0


# the quoted name of a numbered set ("“五公开”", "“三个到位”", "“两个一批”"), written right after the list of its members
_NAMED_SET = re.compile(rf"的?“([{CN_DIGITS}两]+)[个项大条]?[^“”，,。；;、]{{1,6}}”")


def _names_set_of(text: str, end: int, n: int) -> bool:
    """The list ending at `end` is followed by the name of a numbered set of its `n` members ("…、结果“五公开”")."""
    m = _NAMED_SET.match(text, end)
    return m is not None and chinese_number(m.group(1).replace("两", "二")) == n




def item_fact(text: str, s: int, e: int, n: int, lead: str, quote: tuple[int, int] | None = None,
          list_start: int | None = None) -> ProseFact:
    value = strip_enumerator(re.sub(r"\s+", " ", text[s:e]).strip())
    return ProseFact(kind="item", row="", value=None, text_value=value, unit="", raw=text[s:e], span=(s, e),
                     quote_span=quote or (s, e), column=PROSE.item_zh.format(n=n), en=PROSE.item_en.format(n=n),
                     context=lead, list_start=s if list_start is None else list_start)
