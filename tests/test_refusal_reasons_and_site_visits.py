"""Fictional 青禾县样例局: the reason a refusal's sentence gives after it (因/由于/属于/涉及), and English asks of
visits to a website counted as page views."""

from assistant.query import glossary_groups, glossary_terms
from assistant.refusal_reasons import asks_refusal, refusal_reason
from assistant.verify import AskShape, ask_shape, unit_holds_shape


def test_a_clause_after_the_refusal_gives_its_reason():
    assert refusal_reason("其中，不予公开3件，占新收申请的10%，均因申请公开的信息涉及第三方商业秘密")
    assert refusal_reason("不予公开的5件中，2件因涉及国家秘密，3件属于内部事务信息")
    assert refusal_reason("不予公开1件，由于该信息尚在研究过程中")


def test_no_reason_in_outcomes_headings_or_table_rows():
    # another outcome after the refusal (不属于本机关公开范围) is no reason of it
    assert not refusal_reason("其中，同意公开20件，不予公开2件，信息不存在1件，不属于本机关公开范围3件")
    # a heading naming the topic of reconsiderations
    assert not refusal_reason("依申请公开和不予公开政府信息情况,因政府信息公开申请行政复议的情况")
    # a table row: the refusal's own cell and its sub-rows
    assert not refusal_reason("（三）不予公开 | 1.属于国家秘密 | 0")
    assert not refusal_reason("本局全年受理申请8件，均已答复")


def test_an_ask_of_why_requests_were_refused():
    assert asks_refusal("青禾县样例局为什么不予公开")
    assert asks_refusal("why were requests refused by the sample bureau")
    assert asks_refusal("what was the reason the sample bureau withheld information")
    assert not asks_refusal("why did requests rise so much")


def test_how_many_page_views_is_answered_in_person_times():
    shape = ask_shape("How many page views did the sample bureau's column get in 2021?")
    assert shape.count == "visits"
    assert unit_holds_shape(shape, "人次") and unit_holds_shape(shape, "次") and unit_holds_shape(shape, "")
    assert not unit_holds_shape(shape, "万元")
    assert ask_shape("how many hits did the sample website get").count == "visits"
    # other things counted keep their shape: a count of items is no count in person-times
    assert not unit_holds_shape(ask_shape("how many items did the bureau publish"), "人次")
    assert AskShape(count="things") == ask_shape("how many items did the bureau publish")


def test_visits_to_a_site_are_page_views_not_petitioners():
    site = "how many visits to the website did the sample bureau record in 2021?"
    assert "访问量" in glossary_terms(site) and "来访" not in glossary_terms(site)
    assert any("访问量" in g for g in glossary_groups(site))
    assert "来访" in glossary_terms("how many visits did the sample bureau receive in 2021?")
    # petition visits stay petitioners' even when a website is named
    assert "来访" in glossary_terms("how many petition visits did the sample bureau's website report?")
