"""A year that opens a span of time is no report's year; a rank asked is answered by an ordinal; a web site's
address is its 网址; words of putting information up on a site. Fictional agencies and reports only."""

from __future__ import annotations

import re

from assistant.core.glossary import GLOSSARY
from assistant.core.types import Report
from assistant.query import glossary_terms, parse_question
from assistant.question_rewrites import span_opening_years
from assistant.scope_years import reports_after_span_start
from assistant.shapes import contact_fields

REPORTS = [Report(doc_id="a", agency="青禾镇人民政府", year=2011), Report(doc_id="b", agency="样例县教育局", year=2001)]


def test_a_year_that_opens_a_span_is_no_report_year():
    assert span_opening_years("青禾镇把2005年以来的信息都放到了专题网站上") == {2005}
    assert span_opening_years("自2005年起青禾镇公开了哪些信息") == {2005}
    assert span_opening_years("qinghe town put its info from 2005 onward on a site") == {2005}
    assert span_opening_years("what has qinghe done since 2005") == {2005}
    assert span_opening_years("records starting in 2005") == {2005}
    # a year that only dates or compares opens no span ("carried over from 2005", "2005年起草的")
    assert span_opening_years("how many were carried over from 2005") == set()
    assert span_opening_years("2005年起草的办法") == set()
    assert span_opening_years("青禾镇2011年收到多少申请") == set()


def test_the_span_year_scopes_only_when_no_other_year_is_given():
    q = parse_question("青禾镇2011年报告说，2005年以来的信息放在哪个网站", REPORTS)
    assert q.years == [2011] and q.open_from is None
    q = parse_question("青禾镇把2005年以来的信息放在哪个网站", REPORTS)
    assert q.years == [2005] and q.open_from == 2005
    q = parse_question("青禾镇2011年收到多少申请", REPORTS)
    assert q.years == [2011] and q.open_from is None


def test_reports_after_the_span_start_can_write_of_it():
    assert [r.doc_id for r in reports_after_span_start(REPORTS, 2005)] == ["a"]
    assert reports_after_span_start(REPORTS, 2012) == []


def test_a_rank_asked_in_either_language():
    rank = GLOSSARY.patterns["rank_ask"]
    for asked in ("样例市在全省考评中排第几", "what place did the city reach in the province's annual assessment",
                  "what rank did the county get", "where did the county rank", "which place did it take"):
        assert rank.search(asked), asked
    for not_asked in ("what place hosts the reading room", "how many applications did the county receive"):
        assert not rank.search(not_asked), not_asked
    assert "考评" in glossary_terms("what place did the city reach in the annual target assessment")


def test_a_sites_address_is_its_web_address():
    fields = contact_fields("what is that site address")
    assert fields and "网址" in fields[0].split("|")
    assert "网址" in glossary_terms("what is that site address")
    assert not re.search("地址", "|".join(glossary_terms("what is that site address")).replace("网站地址", ""))


def test_putting_information_up_on_a_site_is_disclosing_it():
    assert "公开" in glossary_terms("how many items did the town put up on the district portal")


def test_a_possessive_site_address_asks_no_postal_address():
    from assistant.verify import ask_shape

    assert ask_shape("what is that site's address?").field != "address"
    assert ask_shape("what is the office's address?").field == "address"


_SITE_REPORT = (
    "青禾镇2011年政府信息公开工作年度报告\n"
    "一、概述\n"
    "本镇对2005年以来的政府信息进行了全面梳理,并在县政府门户网站的政府信息公开专题网站(xxgk.qinghe.example.cn)进行了公开。\n"
    "二、联系方式\n"
    "本年报的电子版可以在青禾县政府门户网站(www.qinghe.example.cn)上下载。\n"
)


def test_the_address_of_a_site_of_the_kind_asked_is_not_the_portals():
    """An ask of the dedicated (专题) site's address is not answered by the contact line of the portal; an ask of the
    site's address alone is."""
    from tests.fake_index import answer_from_lines

    report = Report(doc_id="q", agency="青禾镇人民政府", year=2011, sources=["q.txt"])
    dedicated = answer_from_lines(
        report, _SITE_REPORT, "青禾镇人民政府 2011: it put its records on a dedicated disclosure site - what is that site's address?")
    assert "xxgk.qinghe.example.cn" in dedicated.text
    assert "www.qinghe.example.cn" not in dedicated.text.replace("xxgk.qinghe", "")
    portal = answer_from_lines(report, _SITE_REPORT, "青禾镇2011年报告的网址是什么")
    assert "www.qinghe.example.cn" in portal.text


def test_the_ordinal_of_a_session_issue_or_batch_is_no_place_in_a_ranking():
    """"排名第几" is answered by 第3名 / 第四 / 5th, never by the number of a session ("第十一届"), an issue or a batch
    (fictional text)."""
    from assistant.shapes import ORDINAL

    for text, place in (("云栖市在第十一届政务公开评比中位列全省第3名", "第3名"), ("青禾县样例局排名第四", "第四"),
                        ("Yunqi ranked 5th at the 11th session of the review", "5th"), ("位列第12名", "第12名")):
        assert ORDINAL.search(text).group() == place, text
    for text in ("云栖市第十一届政务公开评比", "第3期培训班", "第二批试点", "the 11th session of the review"):
        assert ORDINAL.search(text) is None, text
    assert ORDINAL.search("依据条例第五十条").group() == "第五十"  # (an article's number is still an ordinal)
