"""A share asked of every part of a stated whole, where the report writes each part's share ("甲栏目8条,占总数的20%"):
the parts' own clauses answer, each cited with its share; the whole's count line answers nothing asked and is neither
shown nor cited (assistant/shares.py).  "what share does each column account for" is a breakdown by column in English
(glossary.toml [patterns] breakdown).  A share the report does not write is never worked out without the whole cited.

Fictional report (青岚县档案馆, invented here).
"""

from __future__ import annotations

import re

from assistant.asks import wants_breakdown
from assistant.core.types import Report
from tests.fake_index import answer_from_lines

TEXT = (
    "青岚县档案馆2022年政府信息公开工作年度报告\n"
    "一、主动公开情况\n"
    "档案馆网站共发布信息40条。其中,馆务动态栏目信息8条,占总数的20%;馆藏介绍栏目信息12条,占总数的30%;"
    "便民服务栏目信息20条,占总数的50%。\n"
    "微信公众号共推送信息30条。其中,展览预告栏目信息10条;查档指南栏目信息20条。\n"
)
REPORT = Report(doc_id="l" * 16, sources=["qinglan_danganguan_2022.txt"], agency="青岚县档案馆", region="青岚县",
                year=2022, aliases=["qinglan"])


def test_each_column_is_a_breakdown_in_english():
    assert wants_breakdown("the 40 items on the website — how many in each column?")
    assert wants_breakdown("what share of the total does each section account for?")


def test_stated_shares_answer_without_the_whole_line():
    a = answer_from_lines(REPORT, TEXT, "青岚县档案馆2022年网站那40条信息，各栏目分别占总数的百分之几？")
    assert a.answered, a.text
    for share in ("20%", "30%", "50%"):
        assert share in a.text, a.text
    assert "40条" not in a.text, a.text
    assert [c.n for c in a.citations] == [1, 2, 3]
    assert sorted(int(n) for n in re.findall(r"\[(\d+)\]", a.text)) == [1, 2, 3]
    assert all("%" in c.quote for c in a.citations), [c.quote for c in a.citations]


def test_unwritten_shares_are_not_stated():
    a = answer_from_lines(REPORT, TEXT, "青岚县档案馆2022年微信公众号那30条信息，各栏目分别占总数的百分之几？")
    assert "33.3%" not in a.text.replace(" ", "") or "÷" in a.text, a.text  # (never a share without its two figures)
    assert "%" not in a.text or "÷" in a.text, a.text


def test_a_share_the_citation_already_quotes_is_the_reports_not_worked_out():
    a = answer_from_lines(REPORT, TEXT, "青岚县档案馆2022年网站发布的信息里，馆务动态栏目信息和便民服务栏目信息各几条？各占多大比例？")
    assert a.answered, a.text
    assert "20%" in a.text and "50%" in a.text, a.text
    assert "÷" not in a.text and "40条" not in a.text, a.text
