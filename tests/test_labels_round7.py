"""Round-7 ways of reaching a table cell or a prose figure by its label (issue 10), on a fictional report: the
standard tables' columns named in staff English (individuals / private citizens = 自然人, businesses = 商业企业,
publicly available at year end / in force / cumulative = 对外公开总数量 or 现行有效, sub-columns = 子栏目), a row path
written "A—B" / "A > B" / "A里的B" with "那一栏/那一列", an English frame before the ask ("under the … section,
how many …"), what an English "how many" counts (not the source after "came from"), an agency's English name
with "&" and "'s" kept as scope, and a figure asked by a paraphrase of its clause that mentions a hotline."""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.label_term_filters import counted_phrase_en
from assistant.query import parse_question
from assistant.verify import ask_shape
from tests.fake_index import answer_from_lines
from tests.fixtures.tables import T3_HEAD
from tests.helpers import ask_texts

DOC = "c" * 16
ORIGINAL = (
    "翠湖市信访局2019年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2019年,本局主动公开各类政府信息520条,其中在市政府信息公开平台新增60条,在翠湖信访局官网公开250条,"
    "在“翠湖信访”微信公众号上公开210条。\n"
    "本局对门户网站进行了全面改版,改版后设6大板块、31个子栏目。\n"
    "各部门负责人借助新闻发布会、在线访谈、热线节目与公众开展交流、释疑解惑127次。\n"
    "二、主动公开政府信息情况\n"
    "第二十条第(一)项\n"
    "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
    "规章 | 2 | 2 | 37 |\n"
    "规范性文件 | 5 | 5 | 120 |\n"
    + T3_HEAD +
    "一、本年新收政府信息公开申请数量 | 52 | 6 | 0 | 1 | 0 | 0 | 59 |\n"
    "二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
    "三、本年度办理结果 |\n"
    "(五)不予处理 | 1.信访举报投诉类申请 | 17 | 2 | 0 | 0 | 0 | 0 | 19 |\n"
    "2.重复申请 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n"
    "翠湖市信访局\n"
    "2020年1月20日\n"
)
REPORT = Report(doc_id=DOC, sources=["cuihu_xinfangju_2019.txt"], agency="翠湖市信访局", region="翠湖市", year=2019,
                aliases=["cuihu"])


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question)


# --- what an English "how many" counts -----------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["how many came from individuals", "how many were filed by companies",
                                      "how many of them came from private citizens", "how many from business enterprises"])
def test_the_source_after_came_from_is_not_what_is_counted(question):
    assert ask_shape(question).count is None


@pytest.mark.parametrize("question, count", [("how many people attended", "people"), ("how many staff were trained", "people"),
                                             ("how many new lawsuits", "things")])
def test_a_counted_noun_still_gives_the_shape(question, count):
    assert ask_shape(question).count == count


@pytest.mark.parametrize("question, phrase", [
    ("cuihu website after the revamp — how many sub-columns", "sub-columns"),
    ("how many sub-sections are there", "sub-sections"),
    ("how many new applications did it receive", "new applications"),
    ("how many came from individuals", ""),
])
def test_the_counted_phrase_of_an_english_ask(question, phrase):
    assert counted_phrase_en(question) == phrase


# --- asks and their frames ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "And under the government-affairs-disclosure section of its website, how many sub-columns are there?",
    "Under the disclosure section of the website, how many sub-columns?",
    "within the open-government section, how many sub-columns does it have?",
])
def test_a_leading_place_is_the_frame_of_the_one_ask(question):
    asks = ask_texts(question)
    assert len(asks) == 1 and "sub-columns" in asks[0], asks


@pytest.mark.parametrize("question", [
    "泰州17年报里说，各市(区)和部门负责人借助发布会、在线访谈、热线节目同群众交流、答疑，一共有多少次？",
    "各部门负责人通过热线节目与公众交流，一共多少次",
])
def test_a_hotline_inside_a_statement_asks_no_contact_field(question):
    asks = ask_texts(question)
    assert len(asks) == 1, asks


def test_contact_fields_listed_are_still_asked_one_by_one():
    assert len(ask_texts("青禾县信访局的联系地址、电话、邮箱分别是什么")) == 3
    assert len(ask_texts("青禾县信访局年报何时印发，电话和邮箱是什么")) == 3


@pytest.mark.parametrize("question, entity", [
    ("The items Cuihu's letters & visits bureau put out in 2019", "cuihu letters and visits bureau"),
    ("how many did the Cuihu letters & visits bureau publish", "cuihu letters and visits bureau"),
])
def test_ampersand_and_possessive_are_read_as_plain_words(question, entity):
    assert entity in parse_question(question, [REPORT]).norm


# --- answers on the fictional report ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Cuihu petitions bureau 2019: total number of rules publicly available at the end of the year?",
    "quick one - how many rules (规章) were publicly available at the end of 2019 per Cuihu's proactive disclosure table?",
    "Cuihu 2019: how many rules are in force in total?",
    "Cuihu 2019 proactive disclosure table: cumulative number of rules",
])
def test_the_standing_total_column_is_named_in_english(question):
    a = _ask(question)
    assert a.answered and "37" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Cuihu 2019: of the requests newly received, how many came from individuals and how many from business enterprises?",
    "Cuihu petitions bureau — of the new requests that year, how many came from private citizens and how many from companies?",
    "Cuihu 2019: how many new requests were filed by members of the public, and how many by businesses?",
])
def test_applicant_columns_named_in_english(question):
    a = _ask(question)
    assert a.answered and "52" in a.text and "6" in a.text, a.text
    assert "do not state" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "Cuihu petitions bureau website after the revamp — how many sub-columns?",
    "how many sub-sections does the Cuihu petitions bureau website have after its revamp?",
])
def test_sub_columns_are_the_sub_columns(question):
    a = _ask(question)
    assert a.answered and "31" in a.text, a.text


@pytest.mark.parametrize("question", [
    "翠湖市信访局2019年表三，“不予处理—信访举报投诉类”那行，自然人那一栏是几件？",
    "翠湖市信访局2019年表三“不予处理 > 信访举报投诉类申请”自然人那一列是多少",
    "翠湖市信访局2019年不予处理里的信访举报投诉类申请，自然人那一栏有几件",
])
def test_a_row_path_and_a_column_named_by_their_words(question):
    a = _ask(question)
    assert a.answered and "17" in a.text, a.text


@pytest.mark.parametrize("question", [
    "The 520 items Cuihu's letters & visits bureau put out in 2019 — how many went on the city OGI platform, how many on its own website?",
    "Cuihu letters and visits bureau 2019: how many items went on the city OGI platform?",
])
def test_a_part_of_a_prose_breakdown_by_platform(question):
    a = _ask(question)
    assert a.answered and "60" in a.text, a.text


@pytest.mark.parametrize("question", [
    "翠湖市信访局2019年报里说，各部门负责人借助发布会、在线访谈、热线节目同群众交流、答疑，一共有多少次？",
    "翠湖市信访局2019年负责人通过发布会、访谈和热线节目跟公众交流答疑，共多少次",
])
def test_a_figure_asked_by_a_paraphrase_of_its_clause(question):
    a = _ask(question)
    assert a.answered and "127" in a.text, a.text


def test_the_frame_before_the_first_how_many_is_no_focus_of_the_first_ask():
    asks = split_asks(normalise_query("The 520 items Cuihu bureau put out in 2019 — how many went on the city OGI platform, "
                                      "how many on its own website, how many via its WeChat account?"))
    assert len(asks) == 3 and asks[0].focus == "how many went on the city ogi platform", [a.focus for a in asks]


def test_a_taiwan_phrased_copy_names_normative_documents_its_way():
    from assistant.labels import has

    assert has("规范性文件", "总体情况 / 主动公开方面 / 行政规范性档案")
    assert not has("规范性文件", "总体情况 / 档案信息")
