"""Round-3 kinds of English questions (issue 10) on fictional reports: an agency named by the pinyin of its own
name (with or without tones, spaces, its level word or English type words), two columns of one table row asked
together ("normative documents issued this year and currently valid"), "where can I read the report online" (the
website) and the document number of a notice the report cites (a 文号 in prose)."""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.query import parse_question
from assistant.scope import agency_pinyin_names, match_reports, pinyin_runs
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD

DOC = "e" * 16
ORIGINAL = (
    "区农林水产服务局2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2023年,根据《区政府办公室关于印发<2023年政府信息公开工作要点>的通知》(样府办发〔2023〕12号),本局制定了工作方案。\n"
    "本局主动公开政府信息86条,其中组织机构类信息4条、工作动态类信息30条。\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(一)项\n"
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
    "规章 | 0 | 0 | 1 |\n"
    "行政规范性文件 | 3 | 1 | 7 |\n"
    + T3_HEAD +
    "一、本年新收政府信息公开申请数量 | 9 | 2 | 1 | 0 | 0 | 0 | 12 |\n"
    "六、其他需要报告的事项\n"
    "本报告可在区政府门户网站(www.yangli-example.gov.cn)查阅。\n"
    "区农林水产服务局\n"
    "2024年1月20日\n"
)
# the agency's name has no place (a district bureau whose copy dropped the district's name)
REPORT = Report(doc_id=DOC, sources=["qu_nonglinshuichanfuwuju_2023.txt"], agency="区农林水产服务局", region=None,
                year=2023, aliases=[])
OTHERS = [
    Report(doc_id="o1", agency="青禾县农业局", region="青禾县", year=2023, aliases=["qinghe", "qinghexian"]),
    Report(doc_id="o2", agency="区信访局", region=None, year=2023, aliases=[]),
    Report(doc_id="o3", agency="翠湖区人民政府", region="翠湖区", year=2023, aliases=["cuihu", "cuihuqu"]),
]


# --- an agency named by the pinyin of its own name ---------------------------------------------------------------

def test_pinyin_names_of_an_agency_without_a_place():
    names = agency_pinyin_names("区农林水产服务局", None)
    assert "qunonglinshuichanfuwuju" in names  # the full name
    assert "nonglinshuichanfuwuju" in names  # without the level word
    assert "nonglinshuichanfuwu" in names  # its own words: "District … bureau" in English around them
    # a generic name leaves no words of its own: nothing shorter than the full name
    assert agency_pinyin_names("区信访局", None) == ["quxinfangju"]
    assert agency_pinyin_names(None, None) == []


@pytest.mark.parametrize("question", [
    "qu nonglin shuichan fuwu ju: how many normative documents were issued this year",
    "Qū nónglín shuǐchǎn fúwù jú, how many normative documents were issued this year?",
    "qu1 nong2lin2 shui3chan3 fu2wu4 ju2 normative documents issued",
    "nong lin shui chan fu wu ju 2023 normative documents",
    "District nonglin shuichan fuwu bureau: normative documents issued this year?",
    "qunonglinshuichanfuwuju 2023 applications received",
    "how many applications did the Nonglin-Shuichan-Fuwu bureau receive in 2023",
])
def test_an_agency_named_by_its_pinyin_scopes_its_report(question):
    _, matched = match_reports(normalise_query(question), [REPORT, *OTHERS])
    assert [r.doc_id for r in matched] == [DOC], question


@pytest.mark.parametrize("question", [
    "how long did the process take in 2023",  # English words that are also syllables ("long", "take" is not)
    "how many applications did the district bureau receive in 2023",
    "qinghe nongye ju 2023 applications",  # another agency's words
])
def test_other_words_do_not_name_the_pinyin_agency(question):
    _, matched = match_reports(normalise_query(question), [REPORT, *OTHERS])
    assert DOC not in [r.doc_id for r in matched], question


def test_pinyin_runs_drop_tones_and_keep_word_bounds():
    runs = pinyin_runs(normalise_query("Qū nónglín-shuǐchǎn ju3"))
    assert runs == [("qunonglinshuichanju", [0, 2, 9, 17, 19], ["qu", "nonglin", "shuichan", "ju"])]


# --- two columns of one row --------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, asks", [
    ("District nonglin shuichan fuwu bureau: normative documents issued this year and currently valid?",
     ["normative documents issued this year", "normative documents currently valid"]),
    ("区农林水产服务局行政规范性文件本年制发和现行有效各多少件", ["行政规范性文件本年制发多少件", "行政规范性文件现行有效多少件"]),
    ("规章本年制发、本年废止、现行有效分别多少件", ["规章本年制发多少件", "规章本年废止多少件", "规章现行有效多少件"]),
    ("how many rules were issued, repealed and in force in 2023",
     ["how many rules were issued in 2023", "how many rules were repealed in 2023", "how many rules were in force in 2023"]),
    ("how many normative documents were issued this year and how many are currently valid?",
     ["how many normative documents were issued this year", "how many normative documents are currently valid"]),
])
def test_columns_of_one_row_are_one_ask_each_keeping_the_row(question, asks):
    got = [a.text for a in split_asks(normalise_query(question))]
    assert len(got) == len(asks), got
    for g, want in zip(got, asks):
        assert want in g, (g, want)


def test_a_later_how_many_of_its_own_keeps_its_own_noun():
    got = [a.text for a in split_asks(normalise_query("how many lawsuits were filed and how many of them were upheld"))]
    assert got[1] == "and how many of them were upheld"


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question)


@pytest.mark.parametrize("question", [
    "District nonglin shuichan fuwu bureau: normative documents issued this year and currently valid?",
    "How many normative documents did nonglin shuichan fuwu ju issue this year and how many are currently in force?",
    "区农林水产服务局行政规范性文件本年制发和现行有效各多少件",
])
def test_both_columns_of_the_row_are_answered(question):
    a = _ask(question)
    assert a.answered, a.text
    assert "3" in a.text and "7" in a.text, a.text
    assert [c.row for c in a.citations if c.row] and all("规范性文件" in c.row for c in a.citations if c.row), a.text


# --- where to read the report online -----------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "where can I read the nonglin shuichan fuwu bureau 2023 report online",
    "What is the URL of the 2023 report?",
    "Is the 2023 report available online?",
    "what is the web address of the bureau's website",
])
def test_reading_the_report_online_is_its_website(question):
    a = _ask(question)
    assert a.answered and "www.yangli-example.gov.cn" in a.text, a.text


def test_online_applications_stay_a_channel():
    q = parse_question("how many applications were received online in 2023", [REPORT])
    assert q.wants_number and q.metric is not None and "网址" not in q.terms


# --- the document number of a notice the report cites --------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "What is the document number of the notice issuing the 2023 work points?",
    "document no. of the circular on the 2023 key points?",
    "which reference number did the notice on the 2023 disclosure work points have",
])
def test_a_document_number_is_quoted_from_the_sentence(question):
    q = parse_question(question, [REPORT])
    assert not q.wants_number  # "document number of" counts nothing
    a = _ask(question)
    assert a.answered and "〔2023〕12号" in a.text, a.text


# --- "in total" and a category of the proactive items ------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "nonglin shuichan fuwu ju: how many items did it proactively disclose in total?",
    "nonglin shuichan fuwu ju: how many items did it proactively disclose in total and how many were organisation/institution items",
])
def test_in_total_is_the_figure_asked_not_another_tables_total_column(question):
    a = _ask(question)
    assert a.answered and "86" in a.text, a.text
    assert "12" not in a.text, a.text  # the 总计 column of the applications table
    if "organisation" in question:
        assert "4" in a.text, a.text
