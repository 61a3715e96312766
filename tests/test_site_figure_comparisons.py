"""A comparison of figures of items posted on a website ("what's the gap between notices and work updates on X's
website") is two asks, one per side, and no ask of the website's address (fictional texts: 青禾县样例局).

- glossary compare_side_end_en: a second side ends before "on" + the report's name as it ends before "in"/"by" + it;
- shapes.contact_fields: a site word in an ask comparing figures names where the items were posted, no contact field.
"""

from __future__ import annotations

from assistant.asks import split_asks
from assistant.core.types import Report
from assistant.shapes import contact_fields
from tests.fake_index import answer_from_lines

QINGHE = Report(doc_id="q" * 16, sources=["qinghe_yangliju_2023.txt"], agency="青禾县样例局", region="青禾县", year=2023,
                aliases=["qinghe", "qinghe sample bureau"], mentions=["青禾县"])
TEXT = ("青禾县样例局2023年政府信息公开工作年度报告\n"
        "一、总体情况\n(一)主动公开\n全年通过门户网站发布信息150条,其中通知公告类信息80条、工作动态类信息50条。\n")


def test_the_sides_end_before_the_named_reports_site():
    q = "what's the gap between notices and work updates on the qinghe sample bureau's website in 2023?"
    asks = split_asks(q, ["qinghe sample bureau"])
    assert [a.side for a in asks] == ["notices", "work updates"], asks


def test_a_site_in_a_comparison_of_figures_is_no_contact_field():
    assert contact_fields("what's the gap between notices and work updates on the qinghe bureau's website in 2023?") == []
    assert contact_fields("what is the qinghe bureau's website?")
    assert len(contact_fields("what's the website and phone number of the qinghe bureau?")) == 2


def test_the_gap_on_the_site_is_the_difference_of_the_two_figures():
    a = answer_from_lines(QINGHE, TEXT, "What's the gap between notices and work updates on the Qinghe sample bureau's website in 2023?")
    assert a.answered and "80" in a.text and "50" in a.text and "30" in a.text, a.text
