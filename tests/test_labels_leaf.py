"""Prose figures reached by their labels when the ask's words are not the report's: a figure's own words
(assistant.labels.fact_leaf) compared with the ask's words by embedding, English asks and Chinese labels in one
space; other spellings of glossary phrases; the ask's words that a report's name also holds.

Fictional reports only. The embedder is a stand-in whose vectors are set by the test (no model is loaded).
"""

from __future__ import annotations

import numpy as np
import pytest

from assistant.core.glossary import GLOSSARY, variants
from assistant.core.types import Fact, Report
from assistant.evidence import EvidenceGatherer
from assistant.fact_index import FactIndex
from assistant.labels import ask_phrase, fact_leaf
from assistant.query import glossary_terms, parse_question
from tests.fake_index import FakeIndex

DOC = "f" * 16
# a fictional township's report: a list of prose figures, each labelled by its own words
ORIGINAL = ("青禾县样例镇2024年政府信息公开工作年度报告\n一、总体情况\n"
            "全年主动公开信息90条，其中机构信息12条，占比13.3%；财务信息9条；人事信息20条；工作动态信息40条；"
            "规划计划信息9条。\n")
REPORT = Report(doc_id=DOC, sources=["qinghe_yangli_zhen_2024.txt"], agency="青禾县样例镇人民政府", region="青禾县",
                year=2024, aliases=["yangli"])
OWN_WORDS = ["全年主动公开信息", "机构信息", "财务信息", "人事信息", "工作动态信息", "规划计划信息"]


def _fact(words: str, value: str, unit: str = "条", measure: str = "") -> Fact:
    at = ORIGINAL.index(words + (value if not measure else ""))
    s = ORIGINAL.index(value, at)
    label = f"总体情况 / 主动公开 / {words}" + (f" / {measure}" if measure else "")
    return Fact(doc_id=DOC, table="narrative", row=measure or words, column="", kind="narrative", value=float(value),
                raw=value + unit, unit=unit, start=s, end=s + len(value), quote_start=at, quote_end=s + len(value) + 1,
                label_zh=label, label_en="general situation / proactive disclosure / (items)", section="一、总体情况")


FACTS = [_fact("全年主动公开信息", "90"), _fact("机构信息", "12"), _fact("机构信息", "13.3", "%", "占比"),
         _fact("财务信息", "9"), _fact("人事信息", "20"), _fact("工作动态信息", "40"), _fact("规划计划信息", "9")]


class _Embedder:
    """Vectors chosen by the test: each text is a mix of a few 'concept' axes (an English ask and the Chinese
    label that means the same thing share an axis); every text also shares a common axis, as real
    embeddings of short texts do (similarities ~0.8 between unrelated texts)."""

    name = "fake-embedder"
    AXES = {"机构": 1, "institution": 1, "财务": 2, "finance": 2, "人事": 3, "personnel": 3, "工作动态": 4,
            "规划": 5, "全年": 6, "占比": 7}

    def __init__(self) -> None:
        self.calls = 0

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(12, np.float32)
        v[0] = 2.0  # what every short text shares
        for word, axis in self.AXES.items():
            if word in text:
                v[axis] += 1.0
        return v / np.linalg.norm(v)

    def embed_query(self, text: str) -> np.ndarray:
        self.calls += 1
        return self._vec(text)

    def embed_passages(self, texts):
        # a whole label path ("section / subsection / own words", Chinese and English) embeds close to every
        # other path of its report: only the common axis (what e5-small does with long shared prefixes)
        return np.stack([self._vec("") for _t in texts])


class _Index(FakeIndex):
    def __init__(self, reports=None, facts=None) -> None:
        super().__init__(REPORT, FACTS if facts is None else facts, ORIGINAL)
        if reports:
            self.reports = reports
            self.by_doc = {r.doc_id: r for r in reports}
        self._embedder = _Embedder()

    @property
    def embedder(self):
        return self._embedder


# --- a prose figure's own words ---------------------------------------------------------------------------
def test_leaf_is_the_figures_own_words():
    assert fact_leaf(FACTS[1]) == "机构信息"
    assert fact_leaf(FACTS[2]) == "机构信息占比"  # a share is the figure's share, not a figure of its own
    lead_in = FACTS[3].model_copy(update={"label_zh": "总体情况 / 依申请公开 / 收到申请 / 其中:网上申请"})
    assert fact_leaf(lead_in) == "网上申请"
    enumerated = FACTS[3].model_copy(update={"label_zh": "总体情况 / (二)财务信息"})
    assert fact_leaf(enumerated) == "财务信息"
    cell = FACTS[3].model_copy(update={"kind": "table", "table": "三"})
    assert fact_leaf(cell) == ""  # table cells are found by the template's English labels


def test_ask_phrase_keeps_the_english_content_words():
    # the Chinese renderings of question verbs ("published" -> 主动公开) would drown the ask's own words
    assert ask_phrase({"主动公开|发布": 4.0, "personnel": 6.0, "info": 2.0}) == "personnel info"
    assert ask_phrase({"人事": 3.0, "信息": 1.0}) == "人事 信息"
    assert ask_phrase({"网站|门户网站": 2.0}) == "网站"
    assert ask_phrase({}) == ""


# --- the leaf winner ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("words,expected", [
    ({"institution": 6.0, "info": 2.0}, "机构信息"),
    ({"finance": 6.0}, "财务信息"),
    ({"personnel": 6.0}, "人事信息"),
])
def test_english_ask_reaches_the_chinese_label_it_means(words, expected):
    fi = FactIndex(_Index())
    hits = fi.search("yangli 2024 how many items", words, [DOC])
    assert hits and fact_leaf(hits[0][0]) == expected
    assert hits[0][1] >= 0.5  # enough for label_facts' threshold with no lexical match at all


def _best(hits) -> float:
    return max((s for _f, s in hits), default=0.0)


def test_an_ask_no_label_means_finds_nothing():
    fi = FactIndex(_Index())
    assert _best(fi.search("yangli 2024 how many lawsuits", {"lawsuit": 6.0}, [DOC])) < 0.5
    assert _best(fi.search("yangli 2024 how many press conferences", {"press": 6.0, "conference": 6.0}, [DOC])) < 0.5


def test_two_labels_that_both_fit_make_no_winner():
    fi = FactIndex(_Index())
    # "institution finance": two figures fit as well as each other; neither stands out
    assert _best(fi.search("yangli", {"institution": 6.0, "finance": 6.0}, [DOC])) < 0.5


def test_few_figures_make_no_winner():
    fi = FactIndex(_Index(facts=FACTS[:3]))
    assert _best(fi.search("yangli", {"finance": 6.0}, [DOC])) < 0.5


def test_no_winner_over_a_scope_of_many_reports():
    others = [REPORT.model_copy(update={"doc_id": c * 16}) for c in "abcd"]
    facts = [f.model_copy(update={"doc_id": r.doc_id}) for r in others for f in FACTS]
    fi = FactIndex(_Index(reports=others, facts=facts))
    assert _best(fi.search("2024", {"personnel": 6.0}, [r.doc_id for r in others])) < 0.5
    assert _best(fi.search("2024", {"personnel": 6.0}, [others[0].doc_id])) >= 0.5  # one named report: found


def test_lexical_match_needs_no_embedding():
    idx = _Index()
    fi = FactIndex(idx)
    hits = fi.search("样例镇人事信息多少条", {"人事": 5.0}, [DOC])
    assert fact_leaf(hits[0][0]) == "人事信息" and idx.embedder.calls == 0


def test_leaf_vectors_are_embedded_once():
    idx = _Index()
    fi = FactIndex(idx)
    fi.search("a", {"personnel": 6.0}, [DOC])
    first, leaves = idx.embedder.calls, len(fi.vectors.leaves)
    fi.search("b", {"finance": 6.0}, [DOC])
    assert len(fi.vectors.leaves) == leaves == len(OWN_WORDS) + 1  # (+ the share)
    assert idx.embedder.calls <= first + 2  # the new ask only (its phrase, and the question for the full labels)


# --- the whole gatherer, English questions over the fictional report ------------------------------------------
@pytest.mark.parametrize("question,value", [
    ("how many institution info items did Yangli publish in 2024", 12.0),
    ("Yangli 2024: how many finance items?", 9.0),
])
def test_english_question_answered_from_the_prose_figure(question, value):
    idx = _Index()
    g = EvidenceGatherer(idx)
    q = parse_question(question, idx.reports)
    q.doc_ids = [DOC]
    evs = g.gather(q, [])
    assert [f.value for f in evs[0].facts] == [value]


def test_a_name_word_written_again_is_content():
    named = REPORT.model_copy(update={"aliases": ["yangli", "yangli archive centre"]})
    idx = _Index(reports=[named])
    g = EvidenceGatherer(idx)
    q = parse_question("yangli archive centre 2024: how many archive items", idx.reports)
    q.doc_ids = [DOC]
    assert "archive" in g.label_terms(q)
    q = parse_question("yangli archive centre 2024: how many institution items", idx.reports)
    q.doc_ids = [DOC]
    assert "archive" not in g.label_terms(q)  # written once: the name


# --- glossary spellings ---------------------------------------------------------------------------------------
def test_glossary_phrases_match_hyphenated_and_singular():
    assert "work-update" in variants("work updates") and "work update" in variants("work updates")
    assert "government-affairs news" in variants("government affairs news")
    assert "administrative query" in variants("administrative queries")
    assert not any(v.endswith(" new") for v in variants("government affairs news"))  # "news" is no plural
    assert variants("fees") == []  # one word: as written in the data
    assert GLOSSARY.en_to_zh["government-affairs news"] == GLOSSARY.en_to_zh["government affairs news"]
    assert "工作动态" in glossary_terms("how many work-update items")


def test_channel_by_post_reads_as_the_reports_words():
    for q in ("how many of those came by post", "how many were sent by mail", "how many were mailed"):
        assert "邮寄" in glossary_terms(q), q
    assert "邮寄" not in glossary_terms("what is the e-mail address")
    assert "邮寄" in GLOSSARY.zh_synonyms["信函"] and "邮递" in GLOSSARY.zh_synonyms["邮寄"]


# --- a Chinese ask that names a part in other words than the report ------------------------------------------
ORIGINAL_ZH = ("青禾县样例局2022年政府信息公开工作年度报告\n一、总体情况\n"
               "全年主动公开信息300条，其中预决算信息50条，收支信息20条。全年共收到依申请公开信息9条，"
               "其中邮递依申请公开2条，网络平台依申请公开7条。\n")
DOC_ZH = "e" * 16
REPORT_ZH = Report(doc_id=DOC_ZH, sources=["qinghe_yangliju_2022.txt"], agency="青禾县样例局", region="青禾县", year=2022)


def _zh_fact(words: str, value: str, metric: str | None = None) -> Fact:
    at = ORIGINAL_ZH.index(words)
    s = ORIGINAL_ZH.index(value + "条", at)
    return Fact(doc_id=DOC_ZH, table="narrative", row=words, column="", kind="narrative", value=float(value), raw=value + "条",
                unit="条", start=s, end=s + len(value), quote_start=at, quote_end=s + len(value) + 1, metric=metric,
                label_zh=f"总体情况 / {words}", label_en="general situation / (items)", section="一、总体情况")


ZH_FACTS = [_zh_fact("全年主动公开信息", "300"), _zh_fact("预决算信息", "50"), _zh_fact("收支信息", "20"),
            _zh_fact("全年共收到依申请公开信息", "9", metric="applications_received"),
            _zh_fact("邮递依申请公开", "2"), _zh_fact("网络平台依申请公开", "7")]


class _ZhEmbedder(_Embedder):
    AXES = {"主动": 1, "预决算": 2, "收支": 3, "全年共收到": 4, "邮递": 5, "平台": 6, "提交": 6, "系统": 6, "远程": 6}


def test_chinese_part_in_other_words_beats_the_metrics_total():
    idx = FakeIndex(REPORT_ZH, ZH_FACTS, ORIGINAL_ZH)
    idx.__class__ = type("_ZhIndex", (FakeIndex,), {"embedder": _ZhEmbedder()})
    g = EvidenceGatherer(idx)
    q = parse_question("样例局2022年依申请里通过平台系统远程提交的有几条", idx.reports)
    q.doc_ids = [DOC_ZH]
    assert q.metric is not None and q.metric.key == "applications_received"
    evs = g.gather(q, [])
    assert [f.value for f in evs[0].facts] == [7.0]  # the platform's part, not the total of 9
    # an ask whose words no figure's own words mean keeps the metric's figure
    q = parse_question("样例局2022年收到几条依申请", idx.reports)
    q.doc_ids = [DOC_ZH]
    assert [f.value for f in g.gather(q, [])[0].facts] == [9.0]


def test_platform_names_read_as_the_reports_words():
    # names of platforms that read as pinyin place names when capitalised ("Douyin") are vocabulary, not places
    assert "抖音" in glossary_terms("how many douyin videos did it post")
    assert "头条" in glossary_terms("how many toutiao articles")
