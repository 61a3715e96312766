"""A named part of a listed total is found by its own name (fixer KF, session 11): a lump asked by its collective
name (assistant/lumped_items.py asks_the_lump), a site's name before a place word ("官网上", assistant/sentences.py via
glossary site_before_place_zh), English asides that are no words of the part (assistant/english_asides.py) and a
label with a bracketed reading inside a word (assistant/labels.py bracket_readings), the site a report was posted on in a date ask (assistant/shapes.py) and a
figure the question restates (assistant/restated_figures.py).  Fictional agencies and text."""

from __future__ import annotations

from assistant.bundled_figures import bundled_kinds
from assistant.core.glossary import GLOSSARY
from assistant.core.text import tokenize
from assistant.core.types import Fact
from assistant.english_asides import without_asides_en
from assistant.labels import bracket_readings, fact_search_text
from assistant.lumped_items import asks_one_of_lumped, asks_the_lump

_LUMP = "主动公开 / 青禾手机台、《样例晚报》、画刊和村务公开栏等其他形式 青禾手机台、《样例晚报》、画刊和村务公开栏等其他形式42条"


# --- a lump asked by its collective name ----------------------------------------------------------------------------
def test_a_lump_asked_by_its_other_name_is_answered_by_its_figure():
    ask = "青禾县样例局通过青禾手机台、样例晚报、公开栏这些其他形式公开了多少条"
    assert asks_the_lump(_LUMP, ask)
    assert not asks_one_of_lumped(ask, _LUMP)
    assert bundled_kinds(ask, _LUMP) is None  # (no note that only the combined figure is given: the lump was asked)


def test_a_lump_gathered_under_its_collective_word_is_asked_itself():
    assert not asks_one_of_lumped("青禾手机台、样例晚报这些形式一共发了几条", _LUMP)


def test_one_outlet_of_a_lump_is_still_not_answered_by_it():
    assert asks_one_of_lumped("在样例晚报上登了几条", _LUMP)
    assert not asks_the_lump(_LUMP, "在样例晚报上登了几条")


# --- a site's name before a place word --------------------------------------------------------------------------------
def test_a_site_name_before_a_place_word_stays_a_word():
    cut = GLOSSARY.patterns["site_before_place_zh"].sub(" ", "在自己官网上公开了多少条")
    assert "官网" in tokenize(cut)
    assert "网上" in tokenize(GLOSSARY.patterns["site_before_place_zh"].sub(" ", "通过网上申请的有几件"))


# --- English asides --------------------------------------------------------------------------------------------------
def test_a_report_describing_bracket_is_no_content():
    out = without_asides_en("qinghe sample bureau (the 2021 report whose title was garbled): how many items did it post?")
    assert "garbled" not in out and "title" not in out and "how many items did it post" in out


def test_an_english_phrase_glossed_by_a_chinese_term_leaves_the_term():
    out = without_asides_en("how many of its items were about staffing the office itself (队伍建设类)?")
    assert "staffing" not in out and "office" not in out and "(队伍建设类)" in out and "how many of its items" in out


def test_an_of_inside_the_glossed_phrase_does_not_open_it():
    out = without_asides_en("qinghe sample office: how many news of its work (工作动态) did it post?")
    assert "news" not in out and "work" not in out and "(工作动态)" in out and "how many" in out
    out = without_asides_en("how many of the posts (政务动态) were there?")  # ("how many of": the "of" opens it)
    assert "posts" not in out and "how many of" in out
    out = without_asides_en("what was the number of work updates (工作动态)?")
    assert "updates" not in out and "the number of" in out


def test_a_question_without_asides_is_unchanged():
    q = "how many items on the portal and how many on wechat?"
    assert without_asides_en(q) == q


# --- a bracketed reading inside a label's word ---------------------------------------------------------------------
def test_a_bracketed_reading_inside_a_word_is_read_both_ways():
    assert bracket_readings("样例(业务)公告类信息") == "样例公告类信息 业务公告类信息"
    assert bracket_readings("主动公开信息(含转载)") == ""
    f = Fact(doc_id="q" * 16, agency="青禾县样例局", year=2021, table="narrative", row="样例(业务)公告类信息", column="",
             metric=None, value=9.0, kind="narrative", label_zh="总体情况 / 样例(业务)公告类信息", raw="9条",
             start=0, end=1, quote_start=0, quote_end=1)
    text = fact_search_text(f)
    assert "业务公告类信息" in text and "样例公告类信息" in text


# --- the date a reprint was posted on a named site -----------------------------------------------------------------
def test_the_site_a_report_was_posted_on_is_no_topic_of_its_date_ask():
    from assistant.shapes import DATE_LABEL, report_date_terms

    terms = {"样例": 2.0, "样例政务": 4.0}
    assert report_date_terms("青禾县样例局2015年那份年报，样例政务网上是哪天登出来的", terms) == {DATE_LABEL: 6.0}
    # (a site's name is where, not what; another topic still makes it no ask of the report's date)
    assert report_date_terms("青禾县样例局的新网站是哪天上线的", {"新网站": 3.0}) == {}


# --- a figure the question restates as its premise ------------------------------------------------------------------
def test_a_restated_figure_of_another_metric_is_no_answer():
    from assistant.restated_figures import restated_sentence, restates_premise

    q = "青禾县样例局2022年网上收到的那7件申请，最后予以公开了几件"
    assert restates_premise(7.0, "applications_received", "applications_disclosed", q)
    assert not restates_premise(3.0, "applications_received", "applications_disclosed", q)
    assert not restates_premise(7.0, "applications_disclosed", "applications_disclosed", q)
    assert restated_sentence("7件", "我局接收网络方式提交申请7件", ("予以公开",), q)
    assert not restated_sentence("7件", "其中予以公开7件", ("予以公开",), q)
