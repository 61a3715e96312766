"""Refusal traps and comparison wordings (probe P3), over fictional agencies (青禾市 / Qinghe; no report text copied):

- a department's report names its people's government (the page's header, the portal it publishes on, the superior
  whose rules it follows) without reporting on the government's own work: a question asking the government's figures
  ("青禾市人民政府2023年收到多少申请", "the Qinghe municipal government") of a place whose only report is a department's
  is of another agency, even when that report's text names the government (assistant/other_agency.py);
- a people's government named as the host of a site ("青禾市人民政府门户网站上…") is no agency asked
  (not_stated.toml government_as_host_zh);
- "A比B多处理了几件": the verb of handling, replying or receiving between 多 and the question word still makes a
  comparison (glossary.toml [patterns] compare).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.aggregate import asks_comparison
from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.other_agency import _government_only_as_host, reports_of_other_agencies
from assistant.query import parse_question
from ingest.aliases import make_aliases

HEALTH = Report(doc_id="h" * 16, agency="青禾市卫生健康委员会", region="青禾市", year=2023,
                aliases=make_aliases("青禾市卫生健康委员会", "青禾市"), mentions=["青禾市人民政府"])
TEXTS = {HEALTH.doc_id: ("", "青禾市人民政府\n青禾市卫生健康委员会2023年政府信息公开工作年度报告\n本报告可在青禾市人民政府门户网站查阅。")}
INDEX = SimpleNamespace(reports=[HEALTH], by_doc={HEALTH.doc_id: HEALTH}, texts=lambda d: TEXTS[d])


def _other(question: str):
    q = parse_question(question, [HEALTH])
    return reports_of_other_agencies(q, INDEX)


@pytest.mark.parametrize("question", [
    "青禾市人民政府2023年收到多少件政府信息公开申请？",
    "青禾市政府2023年收到多少件申请？",
    "How many disclosure requests did the Qinghe municipal government receive in 2023?",
])
def test_the_government_asked_of_a_departments_report_that_names_it_is_another_agency(question):
    got = _other(question)
    assert got is not None and [r.agency for r in got[1]] == ["青禾市卫生健康委员会"], question


@pytest.mark.parametrize("question", [
    "青禾市人民政府门户网站上，青禾市2023年的年报在哪里查看？",
    "青禾市卫健委2023年收到多少件申请？",
    "在青禾市政府网站上青禾市卫健委2023年发布了多少条信息？",
])
def test_the_government_as_a_sites_host_or_the_department_itself_is_kept(question):
    assert _other(question) is None, question


def test_government_only_as_host():
    assert _government_only_as_host("青禾市人民政府门户网站上发布了多少条")
    assert _government_only_as_host("在市政府网站公开了几条")
    assert not _government_only_as_host("青禾市人民政府2023年收到多少申请")
    assert not _government_only_as_host("青禾市政府的门户网站和青禾市政府2023年收到的申请")
    assert not _government_only_as_host("qinghe government website")


@pytest.mark.parametrize("question", [
    "甲县财政局2022年比乙县水务局2009年多处理了几件信息公开申请？",
    "青禾市卫健委比云栖市卫健委多答复了多少件？",
    "白沙镇比石桥乡少接收了几件申请？",
])
def test_a_verb_of_handling_between_more_and_the_question_word_makes_a_comparison(question):
    assert asks_comparison(normalise_query(question)), question


# --- a figure closing a list by 等 counts the list's members ------------------------------------------------------

from assistant.counted_things import counts_listed_members
from tests.fake_index import answer_from_lines

PLATFORMS = Report(doc_id="p" * 16, sources=["qinghe_gonganju_2024.txt"], agency="青禾市公安局", region="青禾市",
                   year=2024, aliases=make_aliases("青禾市公安局", "青禾市"))
PLATFORMS_TEXT = (
    "青禾市公安局2024年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "(一)主动公开。通过“青禾警方”微信公众号等5个新媒体平台累计发布信息310余条。\n"
)


def test_counts_listed_members():
    assert counts_listed_members("通过“青禾警方”微信公众号等", "个", "通过微信公众号发布了多少条信息")
    assert counts_listed_members("通过官方微博等", "个", "how many posts went out on weibo")
    assert not counts_listed_members("通过“青禾警方”微信公众号等", "个", "通过几个新媒体平台发布信息")
    assert not counts_listed_members("通过官方微博等", "个", "on how many social media accounts does the bureau post")
    assert not counts_listed_members("通过微信公众号", "个", "通过微信公众号发布了多少条信息")
    assert not counts_listed_members("通过微信公众号等", "条", "通过微信公众号发布了多少条信息")


def test_the_count_of_a_lists_members_answers_no_ask_of_items():
    a = answer_from_lines(PLATFORMS, PLATFORMS_TEXT, "青禾市公安局2024年通过“青禾警方”微信公众号发布了多少条信息？")
    assert not a.answered and "5" not in a.text, a.text


# --- a sum over two reports adds each cited figure once -------------------------------------------------------------

from assistant.answer import ExtractiveEngine
from tests.fake_index import line_passages, two_report_index

TOWN_A = Report(doc_id="a" * 16, sources=["qingmiao_zhen_2008.txt"], agency="青苗县白石镇人民政府", region="白石镇",
                year=2008, aliases=make_aliases("青苗县白石镇人民政府", "白石镇"))
BUREAU_B = Report(doc_id="b" * 16, sources=["yunqi_dizhenju_2010.txt"], agency="云栖市地震局", region="云栖市",
                  year=2010, aliases=make_aliases("云栖市地震局", "云栖市"))
TWO = ("青苗县白石镇人民政府2008年主动公开政府信息214条。\n"
       "云栖市地震局2010年主动公开政府信息96条。\n")


@pytest.mark.parametrize("question", [
    "白石镇2008年和云栖市地震局2010年一共主动公开了多少条信息？",
    # (the total word the split copies into each side's ask: said once, it asks the sides' sum)
    "白石镇2008年和云栖市地震局2010年主动公开的信息加起来一共多少条？",
])
def test_a_sum_over_two_reports_adds_each_figure_once(question):
    engine = ExtractiveEngine(two_report_index(TOWN_A, BUREAU_B, TWO), 0.34)
    passages = line_passages(TOWN_A, TWO)[:1] + line_passages(BUREAU_B, TWO)[1:]
    a = engine.answer(parse_question(question, [TOWN_A, BUREAU_B]), passages)
    assert "310" in a.text and "620" not in a.text, a.text


def test_a_total_word_said_once_and_shared_by_the_sides_asks_their_sum():
    from assistant.totals import total_asked_of_its_own

    def ask(text):
        return SimpleNamespace(facts=[object()], ask=SimpleNamespace(text=text))

    assert not total_asked_of_its_own("甲和乙加起来一共多少条", [ask("甲一共多少条"), ask("乙加起来一共多少条")])
    assert total_asked_of_its_own("网站一共多少条，微博一共多少条", [ask("网站一共多少条"), ask("微博一共多少条")])
    assert total_asked_of_its_own("网站多少条，微博多少条，一共多少条", [ask("网站多少条"), ask("微博多少条"), ask("一共多少条")])


@pytest.mark.parametrize("question", [
    "Qinghe FDA: how much did the info they posted grow from 2013 to 2014?",
    "by how many did Qinghe's requests go down from 2019 to 2020?",
])
def test_a_change_between_two_years_named_is_a_comparison(question):
    assert asks_comparison(normalise_query(question)), question


@pytest.mark.parametrize("question", [
    "Qinghe FDA 2014: how many items did they post?",
    "Qinghe: what period did the 2019 report cover, from 2019 to when?",
    "did the number of requests grow at Qinghe in 2020?",
])
def test_no_change_between_years_asked(question):
    assert not asks_comparison(normalise_query(question)), question
