"""Round 16 kinds (issue 10, fixer "r16"), on a fictional report (青禾县青禾镇; no text copied from a report):

- a school or fiscal year written "2018-19" is both years; "20年比19年多了还是少了" are years ("19年多" is no span here);
- question words of a day, a person, a place end an ask ("发布机构写的是谁？生成日期哪天": two asks);
- "市府办公厅" / "县府办" is the place's government's office;
- the words pointing at the thing compared ("人事任免那块") are no part of it;
- English sides that are the subjects of an auxiliary ("did their Weibo account or their WeChat account put out more
  updates"), quoted sides ("'implementation & results' items vs 'management & services' items", “执行和结果”和“管理与服务”),
  "哪个更新得多";
- the categories of the "五公开" in English;
- a total the question names by its figure whose parts the report lists without adding up to it ("共计900余条。其中…");
- "who were they from?", "是谁提的": the parts by applicant;
- a figure counting several listed outlets together answers no ask of one of them ("A、《B日报》、C和D等其他形式45条").
"""

from __future__ import annotations

import re

import pytest

from assistant.asks import split_asks, wants_breakdown
from assistant.compare_sides import compare_sides_en, compare_sides_zh
from assistant.core.types import Report
from assistant.lumped_items import asks_one_of_lumped
from assistant.named_figures import _FRAME_ZH
from assistant.query import parse_question
from assistant.question_rewrites import expand_government_short, expand_short_years
from tests.fake_index import answer_from_lines

TEXT = (
    "| 索引号: | 000000000-2024-00011 | 发布机构: | 青禾镇政府办公室 |\n"
    "| 生成日期: | 2024-01-26 | 废止日期: | |\n"
    "青禾县青禾镇2023年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开政府信息情况。2023年,我镇共制作和主动发布政府信息150条,其中涉及决策公开6条、执行和结果70条、管理与服务40条、"
    "政策解读5条、回应关切4条、监督保障25条等方面。\n"
    "全年“青禾发布”官方微博更新620条,“青禾发布”官方微信更新180条。\n"
    "我镇通过政务微信公开信息310条,通过青禾融媒手机台、《青禾日报》、杂志和村务公开栏等其他形式公开信息45条。\n"
    "全年在交易网、镇政府网站等媒介公开交易信息共计900余条。其中,发布工程招标公告等信息410条;政府采购公告等信息330条;"
    "产权交易公告等信息120条;工作动态等信息95条。\n"
    "(二)依申请公开办理情况。2023年,我镇共收到政府信息公开申请3件(2件属自然人申请,1件属商业企业申请)。\n"
    "二、存在的主要问题及改进情况\n"
    "本镇将继续做好政府信息公开工作。\n"
)
REPORT = Report(doc_id="h" * 16, sources=["qinghe_qinghezhen_2023.txt"], agency="青禾县青禾镇", region="青禾县",
                year=2023, aliases=["qinghe", "qinghe town"])


def _answer(question: str):
    return answer_from_lines(REPORT, TEXT, question)


def _figures_in(text: str, *figures: str) -> bool:
    return all(re.search(rf"(?<![\d.]){f}(?![\d.])", text) for f in figures)


# --- years ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expanded", [
    ("qinghe school's report for 2018-19 — what dates does it cover", "2018-2019"),
    ("青禾学院2018/19学年报告", "2018-2019学年"),
    ("青禾学院18-19学年的年报", "2018-2019学年"),
    ("the qinghe college 18/19 school year report", "2018-2019 school year"),
    ("qinghe fy2022–23 report", "2022-2023"),
    ("青禾学院2019至20学年", "2019-2020学年"),
    ("qinghe 1999-00 report", "1999-2000"),
])
def test_a_school_or_fiscal_year_with_a_two_digit_end_is_both_years(text, expanded):
    assert expanded in expand_short_years(text)


@pytest.mark.parametrize("text", ["发布日期2018-12-31", "文号2018-25号", "2018-19日", "2018-19%", "2018-12"])
def test_dates_numbers_and_other_spans_stay(text):
    assert expand_short_years(text) == text


def test_a_school_year_report_is_found_by_either_end():
    school = REPORT.model_copy(update={"year": 2019})
    for q in ("Qinghe 2018-19 report: what period does it cover?", "青禾镇18-19学年年报统计时间是？"):
        assert 2019 in parse_question(q, [school]).years


@pytest.mark.parametrize("text, years", [
    ("青禾镇人事任免那块，20年比19年多了还是少了", "2020年比2019年"),
    ("青禾镇19年多少件", "2019年多少件"),
    ("青禾镇23年比22年多几件", "2023年比2022年多几件"),
])
def test_two_digit_years_before_more_or_fewer_are_years(text, years):
    assert years in expand_short_years(text)


@pytest.mark.parametrize("text", ["开展这项工作10年多了，效果如何", "坚持了20年多"])
def test_years_of_time_stay_a_span(text):
    assert expand_short_years(text) == text


# --- question words ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, n", [
    ("青禾镇2023年年报，发布机构写的是谁？生成日期哪天", 2),
    ("青禾镇2023年年报的发布机构是？生成日期是哪天？", 2),
    ("青禾镇2023年年报是哪天发布的？联系电话是什么？", 2),
    ("青禾镇2023年年报的编制单位是？由谁签发？", 2),
])
def test_a_day_or_a_person_asked_is_an_ask_of_its_own(question, n):
    assert len(split_asks(question)) == n


@pytest.mark.parametrize("question", [
    "青禾镇2023年年报，发布机构写的是谁？生成日期哪天",
    "青禾镇2023年年报的发布机构是？生成日期是哪天？",
    "Qinghe town 2023 report: which office published it, and what is its generation date?",
])
def test_publisher_and_generated_date_of_a_header_table(question):
    a = _answer(question)
    assert a.answered and "青禾镇政府办公室" in a.text and "2024-01-26" in a.text, a.text


@pytest.mark.parametrize("text, expanded", [
    ("上海市府办公厅人事任免", "上海市政府办公厅"),
    ("青禾县府办2023年收到几件申请", "青禾县政府办"),
    ("青禾区府办", "青禾区政府办"),
])
def test_fu_after_a_place_level_before_its_office_is_the_government(text, expanded):
    assert expanded in expand_government_short(text)


def test_fu_elsewhere_stays():
    assert expand_government_short("青禾县府前街") == "青禾县府前街"


@pytest.mark.parametrize("words, thing", [("人事任免那块", "人事任免"), ("人事任免这一块", "人事任免"),
                                          ("规章那项", "规章"), ("政务微博这方面", "政务微博")])
def test_words_pointing_at_the_thing_compared_are_no_part_of_it(words, thing):
    assert _FRAME_ZH.sub("", words) == thing


# --- sides of a comparison ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question, sides", [
    ("qinghe town 2023, did their weibo account or their wechat account put out more updates, and what the gap?",
     ["weibo account", "wechat account"]),
    ("qinghe town 2023: did weibo or wechat get more updates, and by how much?", ["weibo", "wechat"]),
    ("qinghe town 2023: did the website or the wechat account publish more items?", ["website", "wechat account"]),
    ("qinghe 2022, did online applications or letters make up more of the total?", ["online applications", "letters"]),
    ("qinghe 2023: did people apply in person or by letter more often?", ["in person", "by letter"]),
    ("qinghe town 2023 — 'implementation and results' items vs 'management and services' items: which was bigger?",
     ["implementation and results items", "management and services items"]),
    ("qinghe town 2023: were there more “policy interpretation” items or “responding to concerns” items?",
     ["policy interpretation items", "responding to concerns items"]),
])
def test_english_sides_of_subjects_and_quoted_sides(question, sides):
    got = compare_sides_en(question)
    assert got and [s for _t, s in got] == sides, got
    assert all("more" not in t and "gap" not in t for t, _s in got), got


def test_the_verb_after_subject_sides_asks_how_many_of_each():
    got = compare_sides_en("qinghe town 2023: did their weibo account or their wechat account put out more updates?")
    assert [t for t, _s in got] == ["qinghe town 2023: did weibo account put out how many updates",
                                    "qinghe town 2023: did wechat account put out how many updates"]


@pytest.mark.parametrize("question, sides", [
    ("青禾镇2023年“执行和结果”和“管理与服务”哪个多？多几条？", ["执行和结果", "管理与服务"]),
    ("青禾镇2023年“决策公开”与“执行和结果”相比哪个多", ["决策公开", "执行和结果"]),
    ("青禾镇2023年官方微博和官方微信哪个更新得多？差多少？", ["官方微博", "官方微信"]),
    ("青禾镇2023年网站和公众号哪个发得多，多几条", ["网站", "公众号"]),
])
def test_chinese_quoted_sides_and_de_before_more(question, sides):
    got = compare_sides_zh(question)
    assert got and [s for _t, s in got] == sides, got


@pytest.mark.parametrize("question, figures, more, difference", [
    ("Qinghe town 2023: did their Weibo account or their WeChat account put out more updates, and what's the gap?",
     ("620", "180"), "weibo", "440"),
    ("Qinghe town 2023: did Weibo or WeChat get more updates, and by how much?", ("620", "180"), "weibo", "440"),
    ("Qinghe town 2023 — 'implementation & results' items vs 'management & services' items: which was bigger, by how many?",
     ("70", "40"), "implementation and results", "30"),
    ("Qinghe town 2023: “management and services” vs “implementation and results” — which bucket was bigger?",
     ("40", "70"), "implementation and results", "30"),
])
def test_two_figures_compared_in_english(question, figures, more, difference):
    a = _answer(question)
    assert a.answered and _figures_in(a.text, *figures), a.text
    lines = a.text.splitlines()
    assert any(more in ln.lower() and "more" in ln for ln in lines), a.text
    assert re.search(rf"= {difference}\b", lines[-1]), a.text


@pytest.mark.parametrize("question, figures, more, difference", [
    ("青禾镇2023年“执行和结果”和“管理与服务”哪个多？多几条？", ("70", "40"), "执行和结果", "30"),
    ("青禾镇2023年官方微博和官方微信哪个更新得多？差多少？", ("620", "180"), "官方微博", "440"),
])
def test_two_figures_compared_in_chinese(question, figures, more, difference):
    a = _answer(question)
    assert a.answered and _figures_in(a.text, *figures), a.text
    assert more in a.text and re.search(rf"= {difference}条", a.text), a.text


@pytest.mark.parametrize("question, figure", [
    ("Qinghe town 2023: how many implementation and results items?", "70"),
    ("Qinghe town 2023: how many supervision and guarantee items?", "25"),
    ("Qinghe town 2023: how many items on responding to concerns?", "4"),
])
def test_the_five_disclosure_categories_in_english(question, figure):
    a = _answer(question)
    assert a.answered and _figures_in(a.text, figure), a.text


# --- breakdowns --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Qinghe town 2023: break down the ~900 trading items they put out by type.",
    "Qinghe town 2023: the 900 trading items, broken down by type?",
    "Qinghe town 2023: what types made up the 900 trading items it published?",
    "青禾镇2023年公开的900余条交易信息分别是哪些类型，各多少条？",
])
def test_a_rounded_total_named_by_its_figure_is_broken_down_as_the_report_lists_it(question):
    a = _answer(question)
    assert a.answered and _figures_in(a.text, "410", "330", "120", "95"), a.text


@pytest.mark.parametrize("text", [
    "qinghe got 3 disclosure requests — who were they from", "who did the 3 requests come from",
    "from whom did the requests come", "青禾镇收到的3件申请是谁提的", "青禾镇的申请都是什么人提出的", "3件申请来自哪些申请人",
])
def test_who_the_requests_came_from_is_a_breakdown(text):
    assert wants_breakdown(text)


@pytest.mark.parametrize("text", ["who compiled the report", "谁负责编制年报", "谁的申请多"])
def test_other_who_asks_are_no_breakdown(text):
    assert not wants_breakdown(text)


@pytest.mark.parametrize("question", [
    "Qinghe town 2023 got 3 disclosure requests — who were they from?",
    "Qinghe town 2023: who did the 3 requests come from?",
    "青禾镇2023年收到的3件申请是谁提的？",
    "青禾镇2023年收到几件申请，分别是谁提出的？",
    "青禾镇2023年收到几件申请？是谁提的？",
    "Qinghe town 2023: how many requests, and who were they from?",
])
def test_the_applicants_of_a_prose_figure_are_its_parts(question):
    a = _answer(question)
    assert a.answered and "自然人" in a.text and "商业企业" in a.text and _figures_in(a.text, "2", "1"), a.text


# --- one of a lump -----------------------------------------------------------------------------------------

LUMP = "通过青禾融媒手机台、《青禾日报》、杂志和村务公开栏等其他形式公开信息"


@pytest.mark.parametrize("ask", ["青禾镇2023年在《青禾日报》上登了几条信息", "青禾日报上发了多少条", "村务公开栏公开了几条",
                                 "青禾融媒手机台和杂志一共发了多少条"])
def test_an_ask_of_some_listed_things_is_not_answered_by_their_sum(ask):
    assert asks_one_of_lumped(ask, LUMP)


@pytest.mark.parametrize("ask", ["青禾镇通过其他形式公开了多少条", "青禾融媒手机台、青禾日报、杂志和村务公开栏一共多少条",
                                 "通过青禾融媒手机台、《青禾日报》等其他形式公开了多少条", "政务微信公开了多少条"])
def test_an_ask_of_all_or_none_of_them_or_of_the_lump_is(ask):
    assert not asks_one_of_lumped(ask, LUMP)


@pytest.mark.parametrize("ask, lumped", [
    ("how many items did qinghe post on weibo", True),
    ("how many items did qinghe post on weibo and on the portal website in total", False),
])
def test_english_asks_name_listed_channels_by_the_glossary(ask, lumped):
    assert asks_one_of_lumped(ask, "在门户网站、政务微博等平台发布信息") is lumped


@pytest.mark.parametrize("question", ["青禾镇2023年在《青禾日报》上登了几条信息？", "青禾镇2023年村务公开栏公开了多少条信息"])
def test_one_outlet_of_a_lump_is_not_stated(question):
    a = _answer(question)
    assert not a.answered and not _figures_in(a.text, "45"), a.text


def test_the_lump_itself_and_a_channel_of_its_own_are_answered():
    a = _answer("青禾镇2023年通过青禾融媒手机台、《青禾日报》、杂志和村务公开栏等其他形式公开了多少条信息？")
    assert a.answered and _figures_in(a.text, "45"), a.text
    a = _answer("青禾镇2023年通过政务微信公开了多少条信息？")
    assert a.answered and _figures_in(a.text, "310"), a.text


@pytest.mark.parametrize("ask", ["how many construction tender items did qinghe publish", "发布了多少条工程招标公告",
                                 "中标候选人公示有多少条"])
def test_examples_describing_one_kind_of_item_are_no_lump(ask):
    assert not asks_one_of_lumped(ask, "发布工程招标公告、中标候选人公示等信息")


@pytest.mark.parametrize("question, figure", [
    ("Qinghe town 2023: how many construction tender items and how many government procurement items?", ("410", "330")),
    ("青禾镇2023年发布工程招标公告等信息多少条？", ("410",)),
])
def test_a_kind_described_by_examples_is_answered(question, figure):
    a = _answer(question)
    assert a.answered and _figures_in(a.text, *figure), a.text
