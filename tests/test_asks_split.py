"""Every ask of a question answered (issue 10 kind 3), in the phrasings round 2 showed: two asks separated only
by a space or by nothing, a change asked from both ends ("从几个增加到几个"), several contact fields in one ask
("phone and email", "fax number and email", "电话和邮箱"), a date ask about the report itself ("when was the
report issued"), and clauses of one sentence that ask different kinds of things.  Fictional agencies only.
"""

from __future__ import annotations

import pytest

from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.shapes import DATE_LABEL, report_date_terms
from tests.fake_index import answer_from_lines
from tests.helpers import ask_texts

# --- splitting ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "question, asks",
    [
        # a space between two asks is a separator
        # (the second ask keeps the frame, "…2015年", not the first ask's verb "配了")
        ("云杉镇2015年配了几名专职人员 全年培训多少人次", ["云杉镇2015年配了几名专职人员", "云杉镇2015年全年培训多少人次"]),
        ("样例局2020年政府集中采购几个项目 总金额多少", ["样例局2020年政府集中采购几个项目", "样例局2020年政府集中采购总金额多少"]),
        # nothing between them: a word that opens a clause ("总", "全年", "共") starts the second ask
        ("样例局2020年政府集中采购几个项目总金额多少", ["样例局2020年政府集中采购几个项目", "样例局2020年政府集中采购总金额多少"]),
        ("样例镇组织培训几次共培训多少人次", ["样例镇组织培训几次", "样例镇组织培训共培训多少人次"]),
        # ... or the first ask's unit, then a short verb of its own
        ("样例局2023年收到申请多少件办结多少件", ["样例局2023年收到申请多少件", "样例局2023年办结多少件"]),
        # a share of the first figure stays one ask, with or without a space
        ("收到多少件申请中有多少件予以公开", ["收到多少件申请中有多少件予以公开"]),
        ("收到多少件申请 其中多少件予以公开", ["收到多少件申请", "其中多少件予以公开"]),
        # a change asked from both ends: one ask per end
        ("样例局官网改版后栏目从几个增加到几个？", ["样例局官网改版后栏目从几个", "样例局官网改版后栏目增加到几个"]),
        ("样例局依申请公开由多少件下降到多少件", ["样例局依申请公开由多少件", "样例局依申请公开下降到多少件"]),
        ("样例局网站栏目从原来的几个扩充为现在的几个", ["样例局网站栏目从几个", "样例局网站栏目扩充为几个"]),
        ("how did qinghe's website columns go from how many to how many",
         ["how did qinghe's website columns go from how many", "how did qinghe's website columns go to how many"]),
        # several contact fields, any language: one ask per field, each with the question's frame
        ("taizhou-like city 2017 report - phone and email of the disclosure division?",
         ["taizhou-like city 2017 report - phone of the disclosure division",
          "taizhou-like city 2017 report - email of the disclosure division"]),
        ("qinghe 2012 report: fax number and email of the disclosure office",
         ["qinghe 2012 report: fax number of the disclosure office", "qinghe 2012 report: email of the disclosure office"]),
        ("What are the address, phone number, and e-mail address of the Qinghe office?",
         ["what are the address of the qinghe office", "what are the phone number of the qinghe office",
          "what are the e-mail address of the qinghe office"]),
        ("the email address and telephone of qinghe bureau", ["the email address of qinghe bureau", "the telephone of qinghe bureau"]),
        ("样例局的联系电话和电子邮箱是多少", ["样例局的联系电话是多少", "样例局的电子邮箱是多少"]),
        ("样例局2021年报告里地址、电话、传真和邮箱", ["样例局2021年报告里地址", "样例局2021年报告里电话", "样例局2021年报告里传真",
                                         "样例局2021年报告里邮箱"]),
        ("样例局年报电话号码和邮编", ["样例局年报电话号码", "样例局年报邮编"]),
        # a count of calls and e-mails is no list of fields
        ("how many hotline calls and emails did qinghe receive", ["how many hotline calls did qinghe receive",
                                                                  "how many emails did qinghe receive"]),
        # clauses asking different kinds of things (a date, contact fields) are asks of their own
        ("样例局2018年年报何时印发，电话和邮箱是什么", ["样例局2018年年报何时印发", "电话是什么", "邮箱是什么"]),
        ("样例局年报哪天发布的，收到多少件申请", ["样例局年报哪天发布的", "收到多少件申请"]),
        # clauses of one kind stay together (the second shares the first's topic)
        ("样例局2020年政府集中采购了几个项目，总金额多少？", ["样例局2020年政府集中采购了几个项目", "样例局2020年政府集中采购了总金额多少"]),
        ("When was the Qinghe 2017 report issued, and which office published it?",
         ["when was the qinghe 2017 report issued", "and which office published it"]),
    ],
)
def test_every_ask_of_a_question_is_an_ask_of_its_own(question, asks):
    assert ask_texts(question) == asks


def test_a_date_ask_about_the_report_searches_its_date_facts():
    assert report_date_terms("样例局2018年年报何时印发", {"印发": 3.0}) == {DATE_LABEL: 3.0}
    assert report_date_terms("when was the qinghe 2017 report issued", {"disclosure": 2.0}) == {DATE_LABEL: 2.0}
    assert report_date_terms("when was the qinghe 2017 report issued", {}) == {DATE_LABEL: 1.0}
    # a date of something else is answered by its sentence, not by the report's date
    assert report_date_terms("样例局何时上线新网站", {"上线": 3.0, "网站": 2.0}) == {}
    assert report_date_terms("when did qinghe launch its new website", {"launch": 2.0, "网站|门户网站": 2.0}) == {}
    # not a date ask; the reporting period has a label of its own
    assert report_date_terms("样例局2018年年报电话", {"电话": 1.0}) == {}
    assert report_date_terms("what is the reporting period of the qinghe report", {}) == {}


# --- answers on a fictional report ----------------------------------------------------------------------

DOC = "a" * 16
ORIGINAL = (
    "青禾县样例局2023年政府信息公开工作年度报告\n"
    "如对本报告有疑问,请与青禾县样例局办公室联系(地址:青禾县和平路8号;邮编:999001;电话:0999-1234567;传真:0999-7654321;电子邮箱:xxgk@qinghe.example)。\n"
    "一、总体情况\n"
    "我局专门配备2名专职工作人员,全年培训30人次。\n"
    "门户网站改版后,栏目由原来的6个增加到现在的14个。\n"
    "二、依申请公开情况\n"
    "全年收到政府信息公开申请9件(其中:网上申请5件,信函申请4件),上年结转0件。\n"
    "青禾县样例局\n"
    "2024年2月20日\n"
)
REPORT = Report(doc_id=DOC, sources=["qinghe_yangliju_2023.txt"], agency="青禾县样例局", region="青禾县", year=2023,
                aliases=["qinghe"])


def _ask(question: str):
    return answer_from_lines(REPORT, ORIGINAL, question, idf=False)


@pytest.mark.parametrize(
    "question, values",
    [
        ("青禾县样例局2023年报告的电话和邮箱", ["0999-1234567", "xxgk@qinghe.example"]),
        ("青禾县样例局2023年报告的传真和电子邮箱是什么", ["0999-7654321", "xxgk@qinghe.example"]),
        ("qinghe 2023 report: fax number and email of the disclosure office", ["0999-7654321", "xxgk@qinghe.example"]),
        ("Qinghe 2023 report - phone and email?", ["0999-1234567", "xxgk@qinghe.example"]),
        ("What are the address and postcode of the Qinghe office?", ["和平路8号", "999001"]),
    ],
)
def test_every_contact_field_asked_is_given(question, values):
    a = _ask(question)
    assert a.answered
    for v in values:
        assert v in a.text, (v, a.text)


@pytest.mark.parametrize("question", ["青禾县样例局2023年网站栏目从几个增加到几个？",
                                      "青禾县样例局2023年网站栏目由多少个变为多少个",  # not the report's verb
                                      "青禾县样例局2023年网站栏目从原来的几个扩充到几个"])
def test_a_change_asked_from_both_ends_states_both_figures(question):
    a = _ask(question)
    assert a.answered and "6个" in a.text and "14个" in a.text
    assert all("由原来的6个增加到现在的14个" in c.quote for c in a.citations)


def test_two_asks_separated_by_a_space_are_both_answered():
    a = _ask("青禾县样例局2023年配了几名专职工作人员 全年培训多少人次")
    assert a.answered and "2名" in a.text and "30人次" in a.text


@pytest.mark.parametrize("question", ["When was the Qinghe 2023 report issued?", "青禾县样例局2023年年报何时印发？",
                                      "When was Qinghe's 2023 disclosure report published?"])
def test_a_date_ask_about_the_report_gives_its_publication_date(question):
    a = _ask(question)
    assert a.answered and "2024年2月20日" in a.text


# --- a part of the applications the report does not state -------------------------------------------------------

@pytest.mark.parametrize("question, part", [("青禾县样例局2023年收到的申请中法人提出了多少件？", "法人"),
                                            ("How many applications did Qinghe receive from companies in 2023?", "companies"),
                                            ("青禾县样例局2023年收到的申请中自然人提出了几件", "自然人")])
def test_a_part_the_report_does_not_state_is_not_answered_by_the_total(question, part):
    a = _ask(question)
    assert not a.answered
    assert part in a.text and "9" in a.text  # the part is said to be missing; the total is given as context, cited
    assert [c.quote for c in a.citations] and all("9件" in c.quote for c in a.citations)


@pytest.mark.parametrize("question, figure", [("青禾县样例局2023年收到的申请中信函申请有多少件？", "4件"),
                                              ("青禾县样例局2023年收到的申请中网上申请多少件", "5件")])
def test_a_part_the_report_states_is_answered(question, figure):
    a = _ask(question)
    assert a.answered and figure in a.text and "9件" not in a.text


@pytest.mark.parametrize("question, metric", [
    ("when was the 2018 report of qinghe town published?", None),  # "published" is no proactive-disclosure count
    ("青禾镇2018年年报哪天发布的", None),
    ("when did qinghe receive its first application", None),
    ("which year did qinghe receive more applications", "applications_received"),  # a comparison over years
    ("how many items did qinghe proactively disclose in 2018", "proactive_disclosures"),
])
def test_a_date_ask_has_no_metric(question, metric):
    from assistant.query import detect_metric

    m = detect_metric(normalise_query(question))
    assert (m.key if m else None) == metric


def test_state_owned_words_reach_the_reports_words():
    from assistant.query import glossary_terms

    assert "国有产权" in glossary_terms("how many state-owned property items did qinghe publish")
    assert "国有资产" in glossary_terms("state-owned assets notices of qinghe")
