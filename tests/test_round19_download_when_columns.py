"""Round 19 kinds (fixer D): where the report's electronic version can be fetched, however staff word it ("电子版去哪个
网站下", "where can I grab the e-version"), answered with the site's name beside its address; a "when" that opens a
clause of circumstance asks no date ("when the public came to copy files, were they charged anything"); a table column
"本年…" named by the rest of its words ("废止了多少件": 本年废止件数).

Every text here is written for fictional agencies (青禾县样例局, 青禾县河湾镇); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.core.text import normalise_query
from assistant.labels import column_named
from assistant.query import parse_question
from assistant.question_rewrites import when_as_condition
from assistant.shapes import SITE_ASK, WANTS_DATE, site_with_name


@pytest.mark.parametrize("ask", [
    "青禾县样例局2021年年报的电子版去哪个网站下？",
    "青禾县河湾镇年报电子版在哪下载",
    "Qinghe sample bureau 2021 report - where can I grab the electronic version?",
    "Qinghe sample bureau 2021: where can I downlaod the e-version?",  # (a typo of the verb: the e-version says it)
    "where do I get an electronic copy of the Qinghe report",
    "where can I download the Qinghe report",  # (as before)
    "青禾县样例局21年的年报想在网上看原文，去哪个网站？",  # (the reading said first, the site asked after it)
    "想查阅青禾县河湾镇年报全文，该登录什么网站",
])
def test_an_ask_for_the_electronic_version_asks_for_the_site(ask):
    assert SITE_ASK.search(normalise_query(ask)), ask


@pytest.mark.parametrize("ask", [
    "青禾县样例局2021年在哪里设立了查阅点？",
    "where is the Qinghe sample bureau's office?",
    "how many electronic versions of the guide did Qinghe print?",
    "看完青禾县样例局的年报。哪个网站发布的信息最多？",  # (the reading is another sentence)
])
def test_other_asks_are_no_site_asks(ask):
    assert not SITE_ASK.search(normalise_query(ask)), ask


@pytest.mark.parametrize("quote, address, shown", [
    ("本年报的电子版可以在“青禾发布”县政府门户网站(www.example.org)上下载。", "www.example.org",
     "“青禾发布”县政府门户网站（www.example.org）"),
    ("报告电子版可在青禾县人民政府信息公开网站（http://qh.example.cn/index.html）下载。", "http://qh.example.cn/index.html",
     "青禾县人民政府信息公开网站（http://qh.example.cn/index.html）"),
    ("网址:www.example.org", "www.example.org", "www.example.org"),  # no name written: the address alone
    ("请登录 www.example.org 查阅。", "www.example.org", "www.example.org"),
])
def test_the_site_is_named_beside_its_address(quote, address, shown):
    assert site_with_name(quote, address) == shown


def test_when_opening_a_circumstance_asks_no_date():
    q = parse_question("Qinghe sample bureau, 2021: when the public came to look up and copy files, were they charged anything?", [])
    assert not WANTS_DATE.search(q.norm)
    assert q.metric is not None and q.metric.key == "fees"
    assert "whenever the public" in when_as_condition("when the public came, how many were served?")


@pytest.mark.parametrize("ask", [
    "when did the qinghe sample bureau publish its 2021 report?",
    "when was the report published, and by whom?",
    "when exactly, the report says, was it signed?",
])
def test_a_when_question_still_asks_a_date(ask):
    assert when_as_condition(ask) == ask


@pytest.mark.parametrize("column, question, named", [
    ("本年废止件数", "青禾县样例局2021年废止了多少件行政规范性文件", True),  # 本年 is the report's own year
    ("本年制发件数", "青禾县样例局2021年废止了多少件行政规范性文件", False),
    ("本年废止件数", "how many normative documents were repealed that year 规范性文件 废止", True),
    ("本年制发件数", "青禾县样例局2021年制发了几件规章", True),
    ("现行有效件数", "青禾县样例局2021年废止了多少件规章", False),
])
def test_a_this_year_column_is_named_by_its_other_words(column, question, named):
    assert column_named(column, question) is named


def test_the_columns_of_one_row_of_table_two_are_never_summed():
    from assistant.core.types import Fact
    from assistant.parts import same_kind

    def cell(row: str, column: str, value: float) -> Fact:
        return Fact(doc_id="qinghe-2021", table="二", row=row, column=column, value=value, raw=f"{value:g}", start=0,
                    end=1, quote_start=0, quote_end=1)

    issued = cell("第二十条第(一)项 / 行政规范性文件", "本年制发件数", 5)
    in_force = cell("第二十条第(一)项 / 行政规范性文件", "现行有效件数", 25)
    rules = cell("第二十条第(一)项 / 规章", "本年制发件数", 2)
    assert not same_kind([issued, in_force])  # issued this year + in force counts nothing
    assert same_kind([issued, rules])  # (one column of two rows: documents and rules issued)


def test_parts_counted_by_ge_answer_an_ask_of_how_many_parts():
    from assistant.ask_question import unit_answers
    from assistant.shapes import asked_unit

    asked = asked_unit("青禾县样例局2021年年报一共分几个部分？")
    assert unit_answers(asked, "部分")  # "本报告由…等六个部分组成"
    assert not unit_answers("批", "部分")
