"""Fact search: the facts of a report that state what an ask names, by its metric (standard-table cells,
narrative figures tagged with it) or by their labels (section / row / column, Chinese and English: BM25-style
coverage of the ask's terms plus embedding similarity, assistant.fact_index.FactIndex), so any row or column the
tables hold is reachable without a metric keyword; text facts (address, phone, date, items) when the ask wants
no figure.

``FactSearch`` is a mixin of ``assistant.evidence.EvidenceGatherer`` (it reads ``self.index`` and
``self.fact_index``, and uses ``SentenceSearch.key_terms`` and ``ItemSearch.asked_list``).
"""

from __future__ import annotations

import re

from assistant.agency_en import outside_agency_names_en
from assistant.aggregate import figures
from assistant.asked_act import acted_part_first, asked_act
from assistant.asked_rows import without_outcome_frame
from assistant.change_figures import asks_change_size
from assistant.channels import narrows_to_channel
from assistant.core.glossary import GLOSSARY as _GLOSSARY
from assistant.core.metrics import Metric
from assistant.core.text import is_pinyin_word
from assistant.core.types import Fact, Report
from assistant.en_phrases import en_word, glossary_said
from assistant.english_asides import without_asides_en
from assistant.focused_facts import FocusedFacts
from assistant.label_fit import fits_ask
from assistant.label_term_filters import YEAR_CHANGE_WORD as _YEAR_CHANGE_WORD
from assistant.label_term_filters import compares_years, counted_phrase_en, names_own_report, only_set_aside, without_year_change_words
from assistant.labels import column_named, fact_search_text, has, without_heading
from assistant.list_items import LIST_SLACK, WANTS_LIST, list_sense_terms, weigh_list_noun
from assistant.locators import named_table
from assistant.none_statements import YES_NO, none_answers, none_of_asked_kind, states_no_applications
from assistant.precision import core_words, fact_answers, names_core, names_narrower
from assistant.problem_items import section_items_first
from assistant.query import ParsedQuestion, detect_metric, report_names
from assistant.report_names import without_names
from assistant.english_terms import EN_STOP as _EN_STOP
from assistant.focus_weights import FOCUS_WEIGHT, focused
from assistant.shapes import (
    COMPILER_FIELD,
    PUBLISHER_FIELD,
    SITE_FIELD,
    asked_part,
    names_part,
    reads_report_there,
)
from assistant.shapes import WANTS_DATE as _WANTS_DATE
from assistant.shapes import contact_fields as _contact_fields
from assistant.shapes import date_kind as _date_kind
from assistant.shapes import date_kind_asked as _date_kind_asked
from assistant.shapes import report_date_terms as _report_date_terms

TEXT_KINDS = ("contact", "date", "item")  # the kinds of fact that state text, not a figure


def in_order(facts: list[Fact], docs: list[Report]) -> list[Fact]:
    """`facts` in the order of their reports in `docs`."""
    order = {d.doc_id: i for i, d in enumerate(docs)}
    return sorted(facts, key=lambda f: order.get(f.doc_id, len(order)))


def _names_a_listed_kind(f: Fact, metric: Metric, q: ParsedQuestion) -> bool:
    """`f` is a total that sums up the kinds it lists ("工程建设项目招投标、政府采购…等共计", tagged with the metric by
    assistant/prose_totals.py) and the ask names one of them ("政府采购信息多少条", "how many procurement items were
    published"): that kind's own figure answers, not the sum.  The metric's own words name no kind."""
    sums = metric.prose_total_sum_zh
    if sums is None or f.kind != "narrative" or not sums.search((f.row or "").strip()):
        return False
    # each kind by its own words, without the noun every kind shares ("政府采购信息" -> 政府采购)
    kinds = [re.sub(r"(?:的|类|政府信息|信息|公告|事项)+$", "", k) for k in re.split(r"、|等", f.row)]
    own = (*metric.ask_zh, *metric.core_zh)
    terms = [t for t in q.terms if len(t) >= 2 and t not in _GLOSSARY.generic and not any(t in w or w in t for w in own)]
    return any(len(k) >= 2 and (k in q.norm or any(t in k for t in terms)) for k in kinds)


# a kind of site besides an agency's portal (glossary [patterns] site_kind: 专题网站, 专栏)
_SITE_KIND = _GLOSSARY.patterns["site_kind"]


class FactSearch(FocusedFacts):
    """The facts that state an ask: by metric, by label, narrowed to the ask's own words."""

    search_change_words = False  # an ask of a change's size searched with its words of change (assistant/evidence.py)

    def metric_facts(self, q: ParsedQuestion, docs: list[Report] | None, metric: Metric | None = None) -> list[Fact]:
        """The fact(s) that state the metric asked about, one report after another."""
        metric = metric or q.metric
        if docs is None or metric is None:
            return []  # no report named: answered from passages (or as a listing over reports)
        facts = [f for f in self.fact_index.facts([d.doc_id for d in docs]) if f.metric == metric.key
                 and not _names_a_listed_kind(f, metric, q)]
        table = named_table(q.norm)
        if table:  # "… in the proactive disclosure table": the metric's cells of that table, where it has any
            facts = [f for f in facts if f.table == table] or facts
        question = q.norm + " " + " ".join(q.terms)
        return [f for fig in figures(docs, facts, metric, question) for f in fig.facts]

    def more_specific(self, q: ParsedQuestion, docs: list[Report]) -> list[Fact]:
        """Facts of another row whose labels match the ask clearly better than the default metric's own,
        because they hold a Chinese term of the ask that no fact of the metric holds (政策文件类 of
        "主动公开的信息里政策文件类有几条")."""
        terms = self.label_terms(q)
        hits = self.fact_index.search(q.search_text, terms, [d.doc_id for d in docs], k=40, dense=False)
        mine = [f for f in self.fact_index.facts([d.doc_id for d in docs]) if f.metric == q.metric.key]
        own_labels = [fact_search_text(f) for f in mine]
        own = max((s for f, s in hits if f.metric == q.metric.key), default=0.0)
        best = [(f, s) for f, s in hits if f.metric != q.metric.key]
        if not best:
            return []
        other_f, other = best[0]
        label = fact_search_text(other_f)
        extra = [t for t in terms if re.search(r"[\u4e00-\u9fff]", t) and has(t, label)
                 and not any(has(t, o) for o in own_labels)]
        if other < 0.6 and extra:
            # a row the ask names in other words than the label's ("平台提交的" / "信息公开平台依申请公开"): the
            # prose figure whose own words the ask's clearly mean by embedding (assistant/label_vectors.py, leaf_bonus)
            hits = self.fact_index.search(q.search_text, terms, [d.doc_id for d in docs], k=40, dense=False, leaf=True)
            own = max((s for f, s in hits if f.metric == q.metric.key), default=0.0)
            best = [(f, s) for f, s in hits if f.metric != q.metric.key]
            other_f, other = best[0] if best else (other_f, 0.0)
            label = fact_search_text(other_f)
            extra = [t for t in terms if re.search(r"[\u4e00-\u9fff]", t) and has(t, label)
                     and not any(has(t, o) for o in own_labels)]
        # a word of the report's own name is no reason to leave the metric ("finance" of "Tai'an finance bureau":
        # 财政 of 泰安市财政局 does not make 财政收支信息 the items proactively disclosed)
        own_names = [n for d in docs for n, _k in report_names(d) if re.search(r"[\u4e00-\u9fff]", n)]
        extra = [t for t in extra if not any(alt in n for alt in t.split("|") for n in own_names)]
        margin = 0.1 if detect_metric(q.norm, fallback=False) is None else 0.2  # only "申请" said: a weaker claim
        if other < 0.6 or other <= own + margin or not extra:
            return []
        if mine and self._one_channel_of_whole(q, docs, other_f, terms):
            # "主动发布了多少信息", "published on their own initiative": the metric's figure of the whole answers, not
            # "本局网站共发布信息154条", which meets the ask by the metric's verb alone (发布, published)
            return []
        return [f for f in self.label_facts(q, docs, threshold=0.6) if f.metric != q.metric.key]

    def _one_channel_of_whole(self, q: ParsedQuestion, docs: list[Report], f: Fact, terms: dict[str, float]) -> bool:
        """`f` counts one channel's items (its own words name a website, WeChat …: assistant/channels.py) and the ask
        of `q.metric` (its label-search `terms`) is of the whole of proactive disclosure, naming no channel nor anything
        of `f` beyond its metric's words (not "主动公开的信息里政策文件类有几条" met by "网站发布政策文件12条"); the
        reports' names are scope, no channel."""
        ask = without_names(q.norm, [n for d in docs for n, _k in report_names(d) if n])
        words = self._own_words(f)
        return narrows_to_channel(ask, words) and not names_narrower(terms, q.metric, words.lower())

    def label_terms(self, q: ParsedQuestion) -> dict[str, float]:
        """Key terms of the ask for label search: its Chinese terms, and its English content words."""
        terms = self.key_terms(q, frame=False)  # "有没有…": 没有 is in no label
        if not q.focus and q.metric is None:
            # "<the website after its revamp> — how many sub-columns": what an English ask counts is its focus,
            # the words around it only say where (a figure of the website that counts no sub-columns is no answer);
            # not an ask of a metric, whose noun is every row's ("how many requests had it replied to": 办结)
            counted = counted_phrase_en(q.norm)
            terms = terms if _GLOSSARY.patterns["generic_count_en"].match(counted) else focused(terms, counted)
        terms = {t: w for t, w in terms.items() if not only_set_aside(t, q.norm)}
        terms = without_outcome_frame(terms, q.norm)  # (an outcome row named: 办理 of every row's heading ranks none)
        years_compared = compares_years(q, {self.index.by_doc[d].year for d in (q.doc_ids or []) if d in self.index.by_doc})
        if years_compared or asks_change_size(q.norm) and not self.search_change_words:
            # (an ask of how much one thing changed: its count is searched, the change written next to it answers,
            # assistant/change_figures.py; the words of change would find any sentence's 同比增长)
            terms = without_year_change_words(terms)
        names = {n.lower() for d in (q.doc_ids or []) if d in self.index.by_doc for n, _k in report_names(self.index.by_doc[d])}
        idf = self.fact_index.idf
        # English words the glossary translated are searched as their Chinese terms ("'other' municipal … documents" too)
        translated = glossary_said(q.norm)
        # an agency named in English words (agency_en.py) is scope where written; so are asides (english_asides.py)
        unnamed = outside_agency_names_en(without_asides_en(q.norm), matched=[e for e in q.entities if e not in names])
        words = re.findall(r"[a-z][a-z\-]{2,}", unnamed)
        for w in words:
            # a word of a report's name is scope where the name is written; written again, it is content
            # ("…public resource trading centre: how many land and mineral trading items")
            named = any(w in n for n in names) and words.count(w) < 2
            if w in _EN_STOP or named or re.search(en_word(w), translated) or years_compared and _YEAR_CHANGE_WORD.match(w):
                continue
            if re.search(rf"\b{re.escape(w.capitalize())}\b", q.text) and is_pinyin_word(w):
                continue  # a place name in pinyin ("Wushan"): scope, not content
            stem = w[:-1] if w.endswith("s") and len(w) > 4 else w
            terms[stem] = idf.get(w, idf.get(stem, 2.0)) * (FOCUS_WEIGHT if q.focus and stem in q.focus else 1.0)
        return terms

    def label_facts(self, q: ParsedQuestion, docs: list[Report], threshold: float = 0.5,
                    exclude: frozenset[int] = frozenset()) -> list[Fact]:
        """Facts whose labels match the ask: the best row of each report, in the column the ask names
        (else its 总计 column); text facts (address, phone, date, items) when the ask wants no figure; none of
        the facts whose id() is in `exclude`."""
        terms = self.label_terms(q)
        # (a word of the report's own name says whose report, not what of it: "the petitions bureau's report" is 信访
        # of 张店区信访局, no topic beside the date asked)
        own_names = [n for d in docs for n, _k in report_names(d) if re.search(r"[\u4e00-\u9fff]", n)]
        # (... in any of its renderings of two characters or more: "letters and visits" is 来信来访|信访, and 信访 of
        # 张店区信访局 says whose report whichever rendering the glossary lists first)
        report_date = _report_date_terms(q.norm, {t: w for t, w in terms.items() if not names_own_report(t, own_names)})
        # "when was the report posted online / put on the website": the web is where it came out, no field asked
        fields = _contact_fields(q.norm) if not q.wants_number and not report_date else []
        own = self.fact_index.facts([d.doc_id for d in docs]) if fields else []
        if COMPILER_FIELD in fields and not any(f.kind == "contact" and has(COMPILER_FIELD, f.row) for f in own):
            # reports that name no compiler: the office that put one out compiled it (the office line under the
            # title, "X市人民政府办公室" / "2017年3月", a page's 发布机构)
            fields = [PUBLISHER_FIELD if w == COMPILER_FIELD else w for w in fields]
        elif PUBLISHER_FIELD in fields and not any(f.kind == "contact" and has(PUBLISHER_FIELD, f.row) for f in own) \
                and any(f.kind == "contact" and has(COMPILER_FIELD, f.row) for f in own):
            # ... and reports that name no publisher but their compiler ("本报告由X编制"): the compiler named answers,
            # its label saying it is the compiler
            fields = [COMPILER_FIELD if w == PUBLISHER_FIELD else w for w in fields]
        for w in fields:  # a field asked in other words ("哪个单位编的"): the labels of its synonyms ("负责机构")
            for t in w.split("|"):
                for syn in (t, *_GLOSSARY.zh_synonyms.get(t, ())):
                    terms.setdefault(syn, 1.0)
        terms.update(report_date)  # "when was the report issued": its date facts
        # an ask for the items of a list ("what problems did X identify in its work"): an item whose label holds the
        # ask's terms but not its verbs passes a little lower
        lists = not q.wants_number and not fields and bool(WANTS_LIST.search(q.norm))
        if lists:
            terms = weigh_list_noun(q.norm, terms)
            counted = self.counted_list(q.norm, terms, [d.doc_id for d in docs])
            if counted:  # "organised around four points — what are they": the one list of that many items
                return counted
        hits = [(f, s) for f, s in self.fact_index.search(q.search_text, terms, [d.doc_id for d in docs]) if id(f) not in exclude]
        senses = list_sense_terms(q.norm, terms) if lists else terms
        if senses != terms and not any(f.kind == "item" and s >= threshold - LIST_SLACK for f, s in hits):
            # "what rules did X draw up" and no list is labelled with the noun's own rendering (规章): the words its
            # lists of rules are written with (…等工作制度, 办法)
            terms, hits = senses, self.fact_index.search(q.search_text, senses, [d.doc_id for d in docs])
        if q.metric is not None and q.metric.key.startswith("applications"):
            # a report's statement that no applications came in, whatever words its label shares with the ask (below)
            seen = {id(f) for f, _s in hits}
            hits = hits + [(f, 0.0) for f in self.fact_index.facts([d.doc_id for d in docs])
                           if id(f) not in seen and states_no_applications(f, q.metric)]
        out: list[Fact] = []
        act = asked_act(q.norm, terms) if q.wants_number else ""
        for d in docs:
            mine = self._report_matches([(f, s) for f, s in hits if f.doc_id == d.doc_id], q, terms, fields, lists, threshold)
            mine = acted_part_first(mine, act)  # "发现的问题整改了多少个": the figure of the act asked, not of the set
            if mine:
                out += self._answering(mine, q, terms)
        return out

    def _report_matches(self, hits: list[tuple[Fact, float]], q: ParsedQuestion, terms: dict[str, float],
                        fields: list[str], lists: bool, threshold: float) -> list[tuple[Fact, float]]:
        """The label matches of one report (`hits`, best first) that may answer the ask, best first."""
        # (a statement that no applications came in answers an ask of any part of them below the threshold: a label
        # "收到政府信息公开申请" shares few words with "部分公开多少件" / "made in person", in either language; not
        # where the report writes a figure of the asked thing itself: "不予公开信息有10条"; in its own words, not its
        # section heading's: "二、依申请公开和不予公开情况" holds 申请, its "不予公开信息有10条" counts no applications)
        core = core_words(q.metric)
        none_is_zero = not any(f.kind != "none" and f.value is not None
                               and names_core(core, without_heading(f, self._own_words(f))) for f, _s in hits)
        mine = [(f, s) for f, s in hits if (s >= threshold - (LIST_SLACK if lists and f.kind == "item" else 0)
                                            or none_is_zero and states_no_applications(f, q.metric))
                and (f.value is not None or f.kind in TEXT_KINDS)
                and fact_answers(f, q.metric, self._own_words(f), q.norm, terms)  # (not a figure of something else)
                and fits_ask(f, q.metric, self._own_words(f), terms, q.norm)]  # (nor another row: assistant/label_fit.py)
        if fields and any(f.kind == "contact" for f, _s in mine):
            # a contact ask is answered by the contact facts, before a list whose label holds the field's word
            # as well ("what is the website": not the items of "完善了门户网站…等功能")
            mine = [(f, s) for f, s in mine if f.kind == "contact"]
        elif fields:
            # a contact ask names its field ("…办公室的电话"): the report's fact of that field answers,
            # however many other words of the question its label lacks
            mine = [(f, s) for f, s in hits if f.kind == "contact" and s >= 0.2
                    and any(has(w, fact_search_text(f)) for w in fields)] or mine
        if SITE_FIELD in fields and mine:  # "where can I download the report": the address its sentence says so of, first
            original = {d: self.index.texts(d)[0] for d in {f.doc_id for f, _s in mine}}
            mine = [(f, s) for f, s in mine if f.kind == "contact"
                    and reads_report_there(original[f.doc_id][f.quote_start:f.quote_end])] or mine
        # (the kind as a Chinese ask writes it, or as an English one's glossary renders it)
        kinds = [*(t for t in q.terms if _SITE_KIND.fullmatch(t)), *(m.group() for m in _SITE_KIND.finditer(q.norm))] \
            if any("网址" in w.split("|") for w in fields) else []
        if kinds and mine:
            # "the dedicated disclosure site's address": a site of a kind the ask names (专题网站), not the contact
            # line's portal unless that line is of it; the sentence writing that site's address answers instead
            original = {d: self.index.texts(d)[0] for d in {f.doc_id for f, _s in mine}}
            mine = [(f, s) for f, s in mine if f.kind != "contact"
                    or any(k in original[f.doc_id][f.quote_start:f.quote_end] for k in kinds)]
        if _WANTS_DATE.search(q.norm):
            # a date ask that names its field ("统计期限": "reporting period", "which dates are the figures for"): the
            # report's date fact of that field answers, however many other words of the question its label lacks
            # (as a contact ask's field, above: "what period does the X finance bureau report cover")
            field = [(f, s) for f, s in hits if f.kind == "date" and f.row
                     and any(re.search(r"[\u4e00-\u9fff]", t) and has(t, f.row) for t in terms)]
            mine = [(f, s) for f, s in mine if f.kind == "date"] or field  # else a sentence that holds a date
        elif q.wants_number:
            mine = [(f, s) for f, s in mine if f.value is not None]  # a list of items states no figure
        elif mine and lists:
            # "包括哪些类别": a list answers, before a figure whose label matches about as well
            # (an ask of the problems or plans: the items of the section headed with them first)
            mine = section_items_first(mine, q.norm)
            items = [(f, s) for f, s in mine if f.kind == "item" and s >= mine[0][1] - 0.15]
            mine = items or mine
        # a statement of none, or a prose figure 0 (the same said in figures), answers only an ask for what it
        # denies (none_statements.none_answers): "收到几件申请" is not answered by "未发生有关申请的行政复议" nor by
        # "收到行政复议申请0件"
        first_none = bool(mine) and mine[0][0].kind == "none"
        mine = [(f, s) for f, s in mine if not (f.kind == "none" or f.kind == "narrative" and f.value == 0)
                or none_answers(f.row, terms, q.norm)]
        if not first_none and YES_NO.search(q.norm) and any(f.kind == "none" and none_of_asked_kind(f.row, terms, q.norm)
                                                            for f, _s in mine):
            first_none = True  # "was it sued", "是否被起诉过": the statement that none happened, before any figure
        if first_none and mine and mine[0][0].kind != "none":
            # the ask was best met by statements of none: the one that answers it, before any figure
            mine.sort(key=lambda fs: fs[0].kind != "none")
        return mine

    def _answering(self, mine: list[tuple[Fact, float]], q: ParsedQuestion, terms: dict[str, float]) -> list[Fact]:
        """The facts of one report that answer the ask, from its matches `mine` (best first), by the kind of the best."""
        best_f, best_s = mine[0]
        if best_f.kind == "item":
            return self.asked_list(mine, terms, q.norm)
        if best_f.kind == "contact":
            # the most specific of the values the report gives for the field ("…办公厅新闻信息处" over "…办公厅")
            same = [f for f, s in mine if f.kind == "contact" and f.row == best_f.row and s >= best_s - 0.15]
            return [max(same, key=lambda f: (any((g.text_value or "") in (f.text_value or "") for g in same if g is not f),
                                             len(f.text_value or "")))]
        if best_f.kind == "none":  # every statement of none that matches about as well ("未发生…", "未…被纠错")
            # ... and whose own words (what is none, not its section heading) hold a term of the ask when the
            # best one's do: "收到多少申请" is not answered by "未发生…行政复议案件" of a section "…申请行政复议…"
            own = any(has(t, best_f.row) for t in terms)
            nones = [f for f, s in mine if f.kind == "none" and s >= best_s - 0.1
                     and (f is best_f or not own or any(has(t, f.row) for t in terms)) and none_answers(f.row, terms, q.norm)]
            # one whose quote another's quote holds says nothing more ("…免费提供" of "…免费提供,未收取任何费用")
            return [f for f in nones if not any(g is not f and g.quote_start <= f.quote_start and f.quote_end <= g.quote_end
                                                and (g.quote_start, g.quote_end) != (f.quote_start, f.quote_end)
                                                for g in nones)]
        if best_f.kind == "date":
            return [self._asked_date([f for f, s in mine if f.kind == "date" and f.row == best_f.row and s >= best_s - 0.15], q)]
        same_row = [f for f, s in mine if f.row == best_f.row and f.table == best_f.table and s >= best_s - 0.15]
        question = q.norm + " " + " ".join(q.terms)
        # (a column named only inside the row's own name is not asked: "其他处理几件" asks no column 其他)
        row_words = re.sub(r"^(?:[（(][一二三四五六七八九十]+[）)]|\d+[.．、])", "", (best_f.row or "").split(" / ")[-1])
        question = question.replace(row_words, " ") if len(row_words) >= 2 else question
        named = [f for f in same_row if f.column and column_named(f.column, question)]
        total = [f for f in same_row if f.column.split(" / ")[-1] == "总计"]
        if not named and not total and best_f.kind == "table" and best_f.column and not self._column_asked(best_f, q, terms):
            # a row the ask names in its own words ("因为信息不存在而无法提供的"), no column: the row's total, also
            # where the search ranked only some applicant cells of the row (their labels differ by a word or two)
            table = [f for f in self.fact_index.facts([best_f.doc_id]) if f.kind == "table" and f.table == best_f.table]
            row = [f for f in table if f.row == best_f.row]
            total = [f for f in row if f.column == "总计" and f.value is not None]
            if not total and any(f.column == "总计" for f in table):
                # ... whose 总计 cell the report left blank ("3 | 1 |  |  |  |  |  |"): the row's count is the sum of
                # its cells, each cited (the answer writes the sum), not the first applicant's cell
                cells = [f for f in row if f.value is not None]
                return cells if len(cells) >= 2 else cells[:1] or [best_f]
        return [(named or total or [best_f])[0]]

    @staticmethod
    def _column_asked(f: Fact, q: ParsedQuestion, terms: dict[str, float]) -> bool:
        """The ask names the column of cell `f` in its own words: an applicant type ("企业" of 商业企业, "from
        individuals"), or a Chinese term of the ask in the column's own name."""
        part = asked_part(q.norm, [t for t in terms if re.search(r"[\u4e00-\u9fff]", t)])
        leaf = f.column.split(" / ")[-1]
        return (part is not None and names_part(part[1], f.column)) or any(
            re.search(r"[\u4e00-\u9fff]", t) and has(t, leaf) for t in terms)

    def _asked_date(self, dates: list[Fact], q: ParsedQuestion) -> Fact:
        """Of a report's dates (best first), the one the ask wants: the day the page was posted ("发布时间:…", a header's
        "时间:…") for "哪天挂出来的" / "when was it posted", the signature's for "何时成文" / "when was it signed"."""
        want = _date_kind_asked(q.norm)
        if want is None or len(dates) < 2:
            return dates[0]
        original = self.index.texts(dates[0].doc_id)[0]
        kinds = [_date_kind(original[f.quote_start : f.start], f.start > len(original) * 0.6) for f in dates]
        return next((f for f, k in zip(dates, kinds) if k == want), dates[0])
