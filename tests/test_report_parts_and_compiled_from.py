"""Which parts a report consists of, an elliptic ask of what it was compiled from, and "what did X include" asked as
a list (assistant/report_parts_en.py, assistant/compiled_from.py, assistant/list_items.py WANTS_LIST).

Every text here is written for fictional agencies (青禾县样例局); none is copied from a report.
"""

from __future__ import annotations

from assistant.compiled_from import compiled_from_asked
from assistant.core.types import Fact
from assistant.list_items import WANTS_LIST
from assistant.query import glossary_groups
from assistant.report_parts_en import contents_item_for_parts, report_sections_as_parts


def test_which_parts_of_a_report_are_its_parts_or_its_contents_sentence():
    assert report_sections_as_parts("which parts is qinghe's 2016 annual report made up of?") == (
        "which report parts is qinghe's 2016 annual report cover?")
    assert report_sections_as_parts("what parts make up the qinghe sample bureau 2016 report?") == (
        "what report parts cover the qinghe sample bureau 2016 report?")
    groups = glossary_groups("what report parts does qinghe's 2016 report cover?")
    assert any("部分" in g and "全文包括" in g and "报告包括" in g for g in groups)


def test_how_many_parts_and_parts_of_a_figure_stay_parts():
    kept = "how many parts is qinghe's 2016 report made up of?"
    assert report_sections_as_parts(kept) == kept
    kept = "qinghe 2016 report: of its 207 items, which parts does it consist of?"
    assert report_sections_as_parts(kept) == kept
    kept = "qinghe 2016 report: after the website revamp, which sections does it consist of?"
    assert report_sections_as_parts(kept) == kept


def _item(label: str) -> Fact:
    return Fact(doc_id="d", table="item", row="", column="第5项", value=None, kind="item", unit="", label_zh=label,
                raw="存在", start=0, end=1, quote_start=0, quote_end=1)


def test_an_item_cut_from_the_contents_sentence_does_not_answer_which_parts():
    cut = _item("全文包括…的主要问题和改进措施 / 第5项")
    assert contents_item_for_parts("what report parts does qinghe's 2016 report cover?", cut.label_zh)
    assert not contents_item_for_parts("what problems did qinghe admit in 2016?", cut.label_zh)
    assert not contents_item_for_parts("what report parts does qinghe's 2016 report cover?",
                                       "主动公开的主要类别 / 第2项")


def test_an_elliptic_from_what_after_who_compiled_asks_the_sources():
    assert compiled_from_asked("qinghe 2020 report: which body compiled the report, and from what?") == (
        "qinghe 2020 report: which body compiled the report, and what was it compiled from?")
    assert compiled_from_asked("who drew up qinghe's 2020 report, and on what basis?") == (
        "who drew up qinghe's 2020 report, and what was it compiled from?")
    kept = "qinghe 2020: which body compiled it, and from what year are the figures?"
    assert compiled_from_asked(kept) == kept
    kept = "qinghe 2020: how many requests came in, and from what channels?"
    assert compiled_from_asked(kept) == kept


def test_what_did_a_named_thing_include_is_a_list_ask():
    assert WANTS_LIST.search("qinghe bureau 2013 says it published its conduct norms — what did that part include?")
    assert WANTS_LIST.search("the notice board qinghe set up: what did it cover?")
    assert not WANTS_LIST.search("what did the total include in figures?")
    assert not WANTS_LIST.search("what did qinghe include, and how many items in total?")


def test_conduct_norms_and_publicity_boards_are_rendered():
    assert any("行为规范" in g for g in glossary_groups("it published its professional conduct norms"))
    assert any("宣传栏" in g for g in glossary_groups("an information bulletin board it set up"))
