"""Round-5 kinds of English questions (issue 10) on fictional reports: an agency that names no place of its own
written in English word by word ("District education and sports bureau", "the county housing and urban-rural
development bureau"), two columns of one row set against each other ("issued this year vs. currently valid"),
the English verbs of finishing applications (completed / closed / replied / dealt with -> 办结, 答复) and
"financial information" (财政信息) among the categories of proactive items."""

from __future__ import annotations


import pytest

from assistant.agency_en import names, phrases, placeless_reports
from assistant.answer import ExtractiveEngine
from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.query import detect_metric, parse_question
from tests.fake_index import LineIdf, answer_from_lines, index_of, line_passages

DOC = "f" * 16
ORIGINAL = (
    "区教育体育局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年,本局主动公开政府信息64条,其中工作动态信息40条、领导信息9条、财政信息6条、人事信息9条。\n"
    "2023年,本局收到政府信息公开申请15件,上年结转1件,本年度办结14件。\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(一)项\n"
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
    "规章 | 0 | 0 | 0 |\n"
    "行政规范性文件 | 5 | 2 | 11 |\n"
)
# the agency's name has no place (a district bureau whose copy dropped the district's name)
REPORT = Report(doc_id=DOC, sources=["qu_jiaoyutiyuju_2023.txt"], agency="区教育体育局", region=None, year=2023, aliases=[])
OTHERS = [
    Report(doc_id="o1", agency="青禾县教育体育局", region="青禾县", year=2023, aliases=["qinghe", "qinghexian"]),
    Report(doc_id="o2", agency="县住房和城乡建设局", region=None, year=2023, aliases=[]),
    Report(doc_id="o3", agency="县自然资源局", region=None, year=2023, aliases=[]),
    Report(doc_id="o4", agency="翠湖市自然资源和规划局", region="翠湖市", year=2023, aliases=["cuihu", "cuihushi"]),
]
ALL = [REPORT, *OTHERS]


# --- an agency without a place, named in English word by word ------------------------------------------------------

@pytest.mark.parametrize("question, doc", [
    ("District education and sports bureau 2023: how many applications did it receive?", DOC),
    ("how many applications did the district education & sports bureau receive", DOC),
    ("District Education, Sports Bureau annual report: normative documents currently valid?", DOC),
    ("What did the county housing and urban-rural development bureau publish in 2023?", "o2"),
    ("The 2023 report of the county natural resources bureau (the one that doesn't name its county): applications?", "o3"),
])
def test_an_agency_without_a_place_is_named_by_its_english_words(question, doc):
    q = parse_question(question, ALL)
    assert q.doc_ids == [doc], (q.doc_ids, q.entities)


@pytest.mark.parametrize("question", [
    "district sports bureau 2023: how many applications?",  # one word of the two the name holds
    "education and sports bureau 2023: how many applications?",  # no level word: any such bureau
    "city education and sports bureau 2023: how many applications?",  # another level
    "district education and sports commission: how many applications?",  # another head
])
def test_other_english_names_do_not_name_it(question):
    assert placeless_reports(normalise_query(question), ALL) == ([], [])


def test_a_named_place_wins_over_the_words():
    q = parse_question("Qinghe county education and sports bureau 2023: how many applications?", ALL)
    assert q.doc_ids == ["o1"]


def test_the_words_are_rendered_in_order_and_cover_the_name():
    [(text, level, parts, head)] = phrases("the district science, industry and commerce bureau report")
    assert text == "district science, industry and commerce bureau" and level == "区" and head == ("局",)
    assert names("区科技工业商务局", level, parts, head)
    assert not names("区商务工业科技局", level, parts, head)  # another order: another agency
    assert not names("区科技工业商务信息化大数据局", level, parts, head)  # most of its words unnamed
    # two English words of one Chinese word
    [(_t, level, parts, head)] = phrases("district science, technology, industry, commerce and information technology bureau")
    assert names("区科技工业商务信息化局", level, parts, head)


def test_agency_words_are_scope_not_content_in_label_search():
    from assistant.evidence import EvidenceGatherer

    q = parse_question("District education and sports bureau: how many financial information items?", [REPORT])
    terms = EvidenceGatherer(index_of(REPORT, ORIGINAL)).label_terms(q)
    assert not any(t in terms for t in ("education", "sport", "sports")), terms


# --- two columns set against each other ----------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Qinghe bureau annual report: normative documents issued this year vs. currently valid?",
    "Qinghe bureau annual report: normative documents issued this year versus currently in force?",
    "Qinghe bureau: normative documents issued this year compared with currently valid",
    "青禾县教育体育局行政规范性文件本年制发对比现行有效各多少件",
])
def test_columns_set_against_each_other_are_one_ask_each(question):
    asks = split_asks(normalise_query(question))
    assert len(asks) == 2, [a.text for a in asks]
    assert all("规范性文件" in a.text or "normative documents" in a.text for a in asks)


# --- answers on the fictional report ---------------------------------------------------------------------------------

def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question)


@pytest.mark.parametrize("question", [
    "District education and sports bureau annual report: normative documents issued this year vs. currently valid?",
    "district education & sports bureau: normative documents issued this year versus currently in force",
])
def test_both_columns_set_against_each_other_are_answered(question):
    a = _ask(question)
    assert a.answered and "5" in a.text and "11" in a.text, a.text


@pytest.mark.parametrize("question", [
    "2023 OGI: applications received, and how many were completed during the year?",
    "How many disclosure applications did the bureau complete in 2023?",
    "how many applications were closed in 2023",
    "how many of the applications were dealt with during the year",
    "How many requests had the district education and sports bureau replied to by the end of 2023?",
])
def test_finishing_applications_reaches_the_prose_figure(question):
    a = _ask(question)
    assert a.answered and "14" in a.text, a.text
    assert any("办结14件" in c.quote for c in a.citations), [c.quote for c in a.citations]


@pytest.mark.parametrize("text", ["how many were completed", "applications closed this year", "requests replied to",
                                  "how many applications were dealt with"])
def test_finishing_words_name_the_answered_metric(text):
    m = detect_metric(text)
    assert m is not None and m.key == "applications_answered"


def test_a_lawsuit_concluded_stays_a_lawsuit():
    assert detect_metric("how many lawsuits were concluded").key == "lawsuits"


@pytest.mark.parametrize("question", [
    "of the 64 items, how many were work updates, how many leadership info, and how many financial info?",
    "how many items of financial information did the district education and sports bureau publish in 2023",
    "District education and sports bureau: how many fiscal information items were published?",
])
def test_financial_information_is_a_category_of_its_own(question):
    a = _ask(question)
    assert a.answered and "6" in a.text, a.text
    assert any("财政信息6条" in c.quote for c in a.citations), [c.quote for c in a.citations]


# --- what kind of applicant filed the applications: the parts the report writes in prose -----------------------------

ORIGINAL_PARTS = (
    "县自然资源局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "截至2023年12月31日,我局共收到政府信息公开申请3件(2件属自然人申请,1件属商业企业申请)。\n"
)
PARTS_REPORT = Report(doc_id="p" * 16, sources=["xian_ziranziyuanju_2023.txt"], agency="县自然资源局", region=None,
                      year=2023, aliases=[])


@pytest.mark.parametrize("question", [
    "The county natural resources bureau got 3 disclosure applications in 2023. What kind of applicant filed each of them?",
    "county natural resources bureau 2023: what types of applicants sent the applications?",
    "County natural resources bureau, 2023: who filed the 3 applications it received?",
])
def test_the_applicants_of_a_prose_figure_are_its_parts(question):
    index = index_of(PARTS_REPORT, ORIGINAL_PARTS)
    index.bm25 = LineIdf(ORIGINAL_PARTS)
    q = parse_question(question, [PARTS_REPORT])
    a = ExtractiveEngine(index, 0.34).answer(q, line_passages(PARTS_REPORT, ORIGINAL_PARTS))
    assert "自然人" in a.text and "商业企业" in a.text, a.text


@pytest.mark.parametrize("question", [
    "how many items of financial information did the bureau publish in 2023",
    "2023: how many financial info items?",
])
def test_the_figure_of_a_listed_item_is_its_own_not_the_next_ones(question):
    # no report named: the sentence's clause answers, and of its list "…财政信息6条、人事信息9条" the item named
    a = _ask(question)
    assert a.answered and "6" in a.text and "9条" not in a.text, a.text
