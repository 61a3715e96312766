"""Breakdowns and sums: the parts a figure breaks down into, the total a part belongs to, and the other figure a
clause goes on to state.

A figure of a report's prose breaks down where its text goes on to list parts ("808条,其中…官网383条,…"); a
table figure breaks down into its child rows, the other columns of its row (applicant types) or its sibling rows.
``PartsSearch`` is a mixin of ``assistant.evidence.EvidenceGatherer`` (it reads ``self.index`` and
``self.fact_index``).
"""

from __future__ import annotations

import bisect
import re
from functools import partial

from assistant.asked_rows import asked_rows
from assistant.core.glossary import GLOSSARY as _GLOSSARY
from assistant.core.types import Fact, Passage
from assistant.earlier_parts import parts_stated_before
from assistant.later_parts import parts_stated_later
from assistant.named_parts import LISTED_KINDS, names_own_part, part_core
from assistant.part_names import frame_only_part_named
from assistant.part_sums import sums_to
from assistant.query import ParsedQuestion
from assistant.row_counts import child_row_counts, outcome_rows_by_reason
from assistant.sentences import SentenceHit
from assistant.shapes import names_part, passage_sentences
from assistant.spread_parts import parts_spread_after

_PARTS_CUE = re.compile(r"[\s,，:：;；]*(?:其中|分别|包括|主要包括|含)|[。]\s*(?:主要)?(?:包括|其中|分别)")
# an ask for the figure of each part: "on each", "respectively", "各多少"
# ("…on which platforms, how many each?", "how many items apiece"; not "how many did each bureau receive")
EACH = re.compile(r"(?<![a-z])(?:on each|for each|each of them|in each|respectively|apiece)(?![a-z])"
                  r"|(?<![a-z])how (?:many|much)(?:\s+[a-z-]+){0,2}?\s+each(?![a-z])(?!\s+[a-z])|各(?:是|有)?多少|分别(?:是)?多少")
_YEAR = re.compile(r"(?:19|20)\d\d$")
_COUNTED_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*[件条个项次人]")
# what follows the earlier end of a change in the report's words: a verb of change, 为/到/至/成, the later figure
CHANGE_NEXT = re.compile(r"\s*[^\d。；;，,\n]{0,10}?(?:增加|增长|提高|提升|上升|扩大|扩展|扩充|减少|下降|降低|缩减|压缩|调整|变|增|减|降)"
                         r"?了?(?:为|到|至|成)[^\d。；;\n]{0,8}\d")


def asked_figures(norm: str) -> set[float]:
    """The figures a question states itself ("the 808 items …", "the roughly 5,000 items": 5000), years aside."""
    norm = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", norm)
    return {float(n) for n in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", norm) if not _YEAR.match(n)}


def lists_parts(text: str, end: int) -> bool:
    """The figure ending at `end` is a total its text goes on to break down ("808条,其中…", "696条,…。主要包括…",
    "44件(其中:…)", "2件(1件属自然人申请,1件属商业企业申请)", "177件(含上年结转3件),其中…")."""
    lo, stop = parts_span(text, end)
    if lo > end and text[lo - 1 : lo] in ("(", "（") or (lo == end and re.match(r"\s*[(（]", text[end:stop])):
        return True  # a bracket that lists the parts
    if lo > end and text[lo : lo + 1] in (")", "）"):
        lo += 1  # after a bracket that qualifies the figure
    after = text[lo : lo + 40]
    return bool(_PARTS_CUE.match(after) or re.match(r"\s*(?:主要)?(?:包括|其中|分别)", after) and lo > end
                or re.match(r"[^。\d]{0,30}。\s*(?:主要)?(?:包括|其中|分别)", text[end : end + 40]))


def parts_span(text: str, end: int, window: int = 300) -> tuple[int, int]:
    """Where the parts of a figure ending at `end` are written: the bracket right after it when that bracket
    lists parts ("申请44件(其中:网上42件,邮寄2件),上年结转0件" -> the bracket), else the rest of the sentence after
    a bracket that only qualifies it ("办结177件(含上年结转3件),其中,予以公开60件…" -> after the bracket)."""
    stop_m = re.search(r"[。\n]", text[end : end + window])
    stop = end + (stop_m.start() if stop_m else window)
    m = re.match(r"\s*[(（]", text[end:stop])
    if not m:
        if not _COUNTED_FIGURE.search(text, end, stop) and stop < len(text) and text[stop] == "。":
            # "…696条,其中全文电子化率达100%。主要包括部门动态477条、…": the next sentence lists the parts
            nxt = re.search(r"[。\n]", text[stop + 1 : stop + 1 + window])
            if re.match(r"\s*(?:主要)?(?:包括|其中|分别|含)", text[stop + 1 : stop + 12]):
                lo, hi = stop + 1, stop + 1 + (nxt.start() if nxt else window)
                if not re.search(r"\d", text[lo:hi]) and hi < len(text) and text[hi] == "。":
                    # "…共63条。其中,本局除在…网站的信息外。创建栏目5条,…": the 其中 sentence only sets an aside
                    # and holds no figure; the parts it introduces are the next sentence's
                    after = re.search(r"[。\n]", text[hi + 1 : hi + 1 + window])
                    hi = hi + 1 + (after.start() if after else window)
                return lo, hi
        return end, stop
    close = re.search(r"[)）]", text[end + m.end() : stop])
    b_end = end + m.end() + close.start() if close else stop
    inside = text[end + m.end() : b_end]
    if re.match(r"\s*(?:其中|分别|包括)", inside) or len(re.findall(r"\d+(?:\.\d+)?\s*[件条个项次人]", inside)) >= 2:
        return end, b_end  # the bracket lists the parts
    return b_end, stop  # the bracket qualifies the figure; the parts follow it


def adding_up(parts: list[Fact], total: float | None) -> list[Fact]:
    """The parts of a total up to where they add up to it (and the zeros right after): the figures the sentence
    goes on with are another cut ("27条,其中概况1条、…法制新闻12条,其中主站采用15条": 15 is no category of the 27)."""
    if total is None or len(parts) < 3:
        return parts
    running = 0.0
    for k, g in enumerate(parts, 1):
        running += g.value or 0
        if k >= 2 and sums_to(running, total):
            while k < len(parts) and not parts[k].value:
                k += 1
            return parts[:k]
    return parts


# an ask about who applied ("by applicant", "who filed them", "individuals vs companies", "什么人提出的")
_BY_APPLICANT = re.compile(r"申请人|自然人|法人|企业|什么人|哪些人|谁|applicant|individual|compan|who")


# an ask of the ways requests came in ("by channel", "by how they were filed", "按渠道"): glossary.toml [patterns]
_BY_CHANNEL = _GLOSSARY.patterns["by_channel"]


class PartsSearch:
    """Breakdowns of facts, the totals parts belong to, the later figure of a change."""

    def total_of(self, f: Fact) -> Fact | None:
        """The prose total whose text breaks down into `f` ("…808条,其中…337条" for 337), if any."""
        if f.table != "narrative" or f.value is None:
            return None
        original = self.index.texts(f.doc_id)[0]
        before = [g for g in self.fact_index.facts([f.doc_id]) if g.table == "narrative" and g.value is not None
                  and g.end <= f.start and f.start - g.end < 400 and g.unit == f.unit]
        for g in sorted(before, key=lambda g: -g.start):
            lo, stop = parts_span(original, g.end)
            if lo <= f.start < stop and lists_parts(original, g.end):
                return g
        return None

    def _adds_up(self, total: Fact) -> list[Fact]:
        """The parts a prose total breaks down into when they add up to it (else [])."""
        if total.table != "narrative" or total.value is None:
            return []
        parts = self.breakdown([total], None)
        return parts if len(parts) >= 2 and sums_to(sum(g.value or 0 for g in parts), total.value) else []

    def in_full_breakdown(self, f: Fact) -> bool:
        """`f` is a prose total whose text breaks it down into parts adding up to it, or one of those parts."""
        if self._adds_up(f):
            return True
        total = self.total_of(f)
        return total is not None and f in self._adds_up(total)

    def quoted_total(self, norm: str, doc_ids: list[str]) -> Fact | None:
        """The prose total an ask names by its figure ("the 540 items were published on which platforms"): the one
        narrative figure of the reports equal to a number of the ask (not a year) whose parts add up to it, else the
        one whose text lists its parts (a rounded total, "2243余条,其中…")."""
        asked = asked_figures(norm)
        if not asked:
            return None
        named = [f for f in self.fact_index.facts(doc_ids) if f.table == "narrative" and f.value in asked]
        hits = [f for f in named if self._adds_up(f)]
        # (a total said twice, "累计公开信息80条,主动公开80条。其中…": both add up to the same parts, one total)
        if hits:
            return hits[0] if len({tuple(id(g) for g in self._adds_up(f)) for f in hits}) == 1 else None
        # a total the report rounds or miscounts ("共计2243余条。其中,…785条;…867条;…", parts adding up to 2346): the one
        # figure asked whose text goes on to list its parts ("其中", "包括"), the parts as the report states them
        listed = [f for f in named if lists_parts(self.index.texts(f.doc_id)[0], f.end) and len(self.breakdown([f], None)) >= 2]
        return listed[0] if len(listed) == 1 else None

    def applicant_total(self, facts: list[Fact], q: ParsedQuestion | None) -> list[Fact]:
        """A breakdown by applicant of one row of a table of applicants ("split the new requests by who filed them
        (individuals vs companies vs others)", "按申请人分类"): the row's 总计 cell, whose breakdown is every applicant
        column — not only the columns the ask happens to name; [] when the facts are no cells of one such row."""
        if q is None or not facts or not _BY_APPLICANT.search(q.norm):
            return []
        f = facts[0]
        if any(g.kind != "table" or (g.doc_id, g.table, g.row) != (f.doc_id, f.table, f.row) for g in facts):
            return []
        total = [g for g in self.fact_index.facts([f.doc_id]) if g.kind == "table" and g.table == f.table
                 and g.row == f.row and g.column == "总计" and g.value is not None]
        return total[:1]

    def named_row_cells(self, facts: list[Fact], q: ParsedQuestion | None) -> list[Fact]:
        """A breakdown by applicant asked of an outcome row the ask names ("不掌握的申请按申请人类型分别多少") and found as
        a prose figure ("因本机关不掌握等原因无法提供265件", whose sentence goes on with other outcomes, no applicants):
        the cells of that row of table 三 in the same report, the row's own applicant columns; [] when the ask names no
        outcome row, wants no split by applicant, or the report has no such row."""
        if q is None or not facts or facts[0].table != "narrative" or not _BY_APPLICANT.search(q.norm):
            return []
        rows = asked_rows(q.norm)
        mine = self.fact_index.facts([facts[0].doc_id])
        if not rows:
            return self._row_stating(facts, mine)
        cells = [g for g in mine if g.kind == "table" and g.table == "三"
                 and g.value is not None and all(any(w in (g.row or "") for w in find) for _n, find in rows)]
        if not cells:
            return []
        deepest = max(g.row.count(" / ") for g in cells)  # (a reason's row, not the outcome above it)
        row = next(g.row for g in cells if g.row.count(" / ") == deepest)
        return [g for g in cells if g.row == row]

    def _row_stating(self, facts: list[Fact], mine: list[Fact]) -> list[Fact]:
        """A split by applicant of one prose figure whose sentence names no row ("办结申请805件", "the 805 requests it
        finished, split between individuals and businesses") and does not split it so itself: the cells of the row of
        table 三 whose 总计 states the same figure of the same metric; [] when no such row, or the prose splits it."""
        f = facts[0]
        if len(facts) != 1 or f.metric is None or self._adds_up(f):
            return []
        rows = {g.row for g in mine if g.kind == "table" and g.table == "三" and g.column == "总计" and g.value == f.value
                and g.metric == f.metric}
        if len(rows) != 1:
            return []
        row = rows.pop()
        return [g for g in mine if g.kind == "table" and g.table == "三" and g.row == row and g.value is not None]

    def applicant_cells(self, facts: list[Fact], q: ParsedQuestion | None) -> list[Fact]:
        """A breakdown by applicant of one row of table 三 whose 总计 cell is blank ("the ones it didn't hold, split by
        who was asking" where the row writes only "252 | 12 | 1" under its applicant columns): every applicant cell of
        the row, the parts with no stated total to head them; [] when the row states its total, or is no such row."""
        if q is None or not facts or not _BY_APPLICANT.search(q.norm):
            return []
        f = facts[0]
        if f.table != "三" or any(g.kind != "table" or (g.doc_id, g.table, g.row) != (f.doc_id, f.table, f.row) for g in facts):
            return []
        row = [g for g in self.fact_index.facts([f.doc_id]) if g.kind == "table" and g.table == f.table and g.row == f.row]
        if any(g.column.endswith("总计") and g.value is not None for g in row):
            return []
        cells = [g for g in row if g.value is not None]
        return cells if len(cells) >= 2 else []

    def breakdown(self, facts: list[Fact], q: ParsedQuestion | None) -> list[Fact]:
        """Sub-figures of each fact: its child rows in the same column, else the other columns of its row
        (applicant types), else its sibling rows (the other outcomes)."""
        out: list[Fact] = []
        applicant = q is not None and _BY_APPLICANT.search(q.norm)
        channel = q is not None and not applicant and _BY_CHANNEL.search(q.norm)
        for f in facts:
            mine = self.fact_index.facts([f.doc_id])
            if f.table == "narrative":
                parts = self._prose_parts(f, mine)
                if not applicant and (len(parts) < 2 or abs(sum(g.value or 0 for g in parts) - (f.value or 0)) > 1e-9):
                    # "不予公开35件,…无法提供265件": the outcomes beside it are no parts of it; its reasons are the rows
                    # under it in the table, when they add up to it (each row's 总计, or the sum of its cells)
                    # (… or the figures its own sentence stated before it: "…300条,…120条,总计420条")
                    original = self.index.texts(f.doc_id)[0]
                    parts = (outcome_rows_by_reason(f, mine) or self.stated_later(f, mine)
                             or parts_stated_before(original, f, mine) or parts
                             or parts_spread_after(original, f, mine, partial(self._listed_parts, original=original, mine=mine)))
                # (statements of none place nothing of a total above zero: "主动公开信息15条,未收到申请" is no breakdown)
                out += parts if any(g.value for g in parts) or not f.value else []
                continue
            if channel and f.table == "三":
                # the ways requests came in are no columns of the table of applications (those are applicants): the
                # parts of the prose figure stating the same total ("收到申请19件,其中当面申请6件…"), else the row's
                # child rows (a table of channels)
                prose = (self._prose_parts(g, mine) for g in mine
                         if g.table == "narrative" and g.value == f.value and g.metric == f.metric)
                parts = next((p for p in prose if len(p) >= 2 and sums_to(sum(x.value or 0 for x in p), f.value or 0)), None)
                out += parts or [g for g in mine if g.table == f.table and g.column == f.column and g.value is not None
                                 and g.row.startswith(f.row + " / ") and g.row.count(" / ") == f.row.count(" / ") + 1]
                continue
            table = [g for g in mine if g.table == f.table and g is not f and g.value is not None]
            depth = f.row.count(" / ")
            children = [g for g in table if g.column == f.column and g.row.startswith(f.row + " / ") and g.row.count(" / ") == depth + 1]
            if not children and f.column == "总计":
                # child rows whose 总计 the report left blank: each counted by the sum of its cells
                children = child_row_counts(table, f.row)
            columns = [g for g in table if g.row == f.row and g.column != f.column
                       and (f.column == "总计" or g.column.startswith(f.column.rsplit(" / ", 1)[0] + " / "))
                       and not g.column.endswith("总计")]
            parent = f.row.rsplit(" / ", 1)[0] if depth else None
            siblings = [g for g in table if parent and g.column == f.column and g.row.startswith(parent + " / ")
                        and g.row.count(" / ") == depth and "总计" not in g.row]
            for group in ((columns, children, siblings) if applicant else (children, columns, siblings)):
                if group:
                    out += group
                    break
        return out

    def stated_later(self, f: Fact, mine: list[Fact] | None = None) -> list[Fact]:
        """The parts of prose total `f` a later sentence of its paragraph states (assistant/later_parts.py)."""
        if f.table != "narrative" or f.value is None:
            return []
        return parts_stated_later(self.index.texts(f.doc_id)[0], f, mine or self.fact_index.facts([f.doc_id]))

    def _listed_parts(self, f: Fact, original: str, mine: list[Fact]) -> list[Fact]:
        """The parts prose figure `f`'s text goes on to list ("…63条。其中,…5条,…34条"), [] when it lists none."""
        return self._prose_parts(f, mine) if lists_parts(original, f.end) else []

    def _prose_parts(self, f: Fact, mine: list[Fact]) -> list[Fact]:
        """The figures the sentence of a prose figure goes on to list ("办结177件,其中,予以公开60件,部分公开51件…"), up to
        where they add up to it."""
        original = self.index.texts(f.doc_id)[0]
        lo, stop = parts_span(original, f.end)
        parts = sorted((g for g in mine if g.table == "narrative" and g is not f and g.value is not None
                        and lo <= g.start < stop and g.unit not in ("%", "％")), key=lambda g: g.start)
        if len(parts) == 1 and parts[0].value == f.value and parts[0].unit == f.unit and parts[0].start > f.end:
            # "累计公开信息80条,主动公开80条。其中,…1条、…54条": the same total said again; the parts follow that one
            return self._prose_parts(parts[0], mine)
        return adding_up(parts, f.value)

    def asked_parts(self, facts: list[Fact], norm: str, terms: list[str], names: list[str]) -> list[Fact]:
        """`facts`, a prose total replaced by the parts of it the ask names ("…通过网站主动公开信息88条,其中…工作动态48条…"
        for "工作动态有多少条"; "工程建设项目招投标、政府采购…等共计2243条。其中,发布工程建设项目招标公告…785条" for
        "工程建设招投标类信息多少条"): a part's own figure answers, never the total standing in for it.  A part is named by
        a run of its own words the total's own label lacks (its label "主动公开政务信息" names no part "政务动态"), unless
        that label lists the kinds it sums up; every part named, or none, is no ask of a part (the total answers).
        `terms`: the ask's Chinese terms (an English ask's by the glossary: "work updates" -> 工作动态); words of the
        reports' `names` are scope, never a part ("广州市信访局…" names no part "在广州信访局官网公开")."""
        for n in sorted((n for n in names if n), key=len, reverse=True):
            norm = norm.replace(n.lower(), " ")
        norm += " " + " ".join(t for t in terms if not any(t in n for n in names))
        out: list[Fact] = []
        for f in facts:
            broken_down = f.table == "narrative" and f.value and lists_parts(self.index.texts(f.doc_id)[0], f.end)
            parts = self._prose_parts(f, self.fact_index.facts([f.doc_id])) if broken_down else []
            # (a label listing the kinds it sums up: only its head noun, "…等频道", is the total's own)
            own = f.row.rsplit("等", 1)[-1] if LISTED_KINDS.search(f.row or "") else f.row or ""
            named = [g for g in parts if len(parts) >= 2 and g.unit == f.unit
                     and (names_own_part(part_core(g), norm, own) or frame_only_part_named(g, part_core(g), norm))]
            out += named if named and len(named) < len(parts) else [f]
        return out

    def group_columns(self, facts: list[Fact], words: tuple[str, ...]) -> list[Fact]:
        """The columns of a table fact's row under the column group the part `words` names (table 三's
        "法人或其他组织 / 商业企业", "… / 科研机构", …) when the row has no column of the group's own total: the figures
        the group's count adds up from (the answer writes their sum, each cited); [] when there is none."""
        facts = [f for f in facts if f.kind == "table"]
        if len({(f.doc_id, f.table, f.row) for f in facts}) != 1:
            return []
        f = facts[0]
        row = [g for g in self.fact_index.facts([f.doc_id]) if g.table == f.table and g.row == f.row and g.value is not None]
        groups = {g.column.split(" / ")[0] for g in row if " / " in g.column and names_part(words, g.column.split(" / ")[0])}
        if len(groups) != 1:
            return []
        group = groups.pop()
        own = [g for g in row if g.column == group or g.column in (f"{group} / 总计", f"{group} / 小计")]
        if own or any(names_part(words, f.column.split(" / ")[-1]) for f in facts):
            return own[:1]  # the group's own total, or a column the ask names itself ("法人或其他组织 / 商业企业" of 企业)
        return [g for g in row if g.column.startswith(group + " / ")]

    def changes_after(self, h: SentenceHit) -> bool:
        """The figure of a sentence hit is the earlier end of a change its clause states ("由原来的8个增加到…")."""
        if not h.clause or not h.figure:
            return False
        clean = self.index.texts(h.chunk.doc_id)[1]
        at = clean.find(h.figure, h.clause[0], h.clause[1])
        return at >= 0 and bool(CHANGE_NEXT.match(clean, at + len(h.figure)))

    def later_figure(self, facts: list[Fact], sentences: list[SentenceHit], passages: list[Passage]) -> SentenceHit | None:
        """The figure a clause states after the one that answered the earlier end of a change (its `facts`, else its
        `sentences`: "由原来的8个增加到现在的16个" -> 16个), as a sentence hit of the passage holding it; None when the
        clause states no other."""
        if facts and facts[0].table == "narrative":
            f = facts[0]
            doc, index = f.doc_id, self.index.texts(f.doc_id)[2]
            pos = bisect.bisect_left(index, f.end)  # clean offset after the earlier figure
        elif sentences and sentences[0].clause and sentences[0].figure:
            h = sentences[0]
            doc, clean = h.chunk.doc_id, self.index.texts(h.chunk.doc_id)[1]
            at = clean.find(h.figure, h.clause[0], h.clause[1])
            if at < 0:
                return None
            pos = at + len(h.figure)
        else:
            return None
        clean = self.index.texts(doc)[1]
        stop = re.search(r"[。；;\n]", clean[pos : pos + 60])
        m = re.search(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:余|多)?\s*[个件条项次人名家份篇场期批万%％]+", clean[pos : pos + (stop.start() if stop else 60)])
        if not m:
            return None
        s, e = pos + m.start(), pos + m.end()
        for chunk, score in passages:
            lo = chunk.clean_start
            if chunk.doc_id == doc and lo <= s and e <= lo + len(chunk.clean_text):
                spans = [(a + lo, b + lo) for a, b in passage_sentences(chunk.clean_text)]
                sent = next(((a, b) for a, b in spans if a <= s < b), (s, e))
                left = max((x.end() for x in re.finditer(r"[，,；;]", clean[sent[0] : s])), default=0) + sent[0]
                return SentenceHit(chunk, sent, score, clause=(left, e), figure=re.sub(r"\s+", "", clean[s:e]))
        return None


def same_kind(facts: list[Fact]) -> bool:
    """The figures count one kind of thing, so a sum of them means something: never requests and what became of
    some of them — a row of the outcomes ("三、本年度办理结果 / …属于国家秘密") beside a row of requests of one table
    (received "一、本年新收…": received + withheld adds up to nothing; received + carried over, 复议 + 诉讼 do)."""
    kinds: dict[str, set[bool]] = {}
    for f in facts:
        if f.table != "narrative" and f.row:
            kinds.setdefault(f"{f.doc_id}\0{f.table}", set()).add("办理结果" in f.row.split(" / ")[0])
    # ... nor the columns of one row of table 二, each a state of the same documents or decisions (issued this year,
    # repealed, in force; last year's, the change): "本年制发 + 现行有效" counts nothing
    columns: dict[str, set[str]] = {}
    for f in facts:
        if f.table == "二" and f.row:
            columns.setdefault(f"{f.doc_id}\0{f.row}", set()).add(f.column)
    return all(len(k) == 1 for k in kinds.values()) and all(len(c) == 1 for c in columns.values())
