"""Things a question takes out before it asks for the rest ("把工作动态、图片新闻去掉，剩下的A、B各多少", "leaving rules
aside, how many …", "set aside work news — how many …"): no ask of their own, so neither answered nor cited
(glossary.toml [patterns] set_aside_zh, excepted_en; assistant/excepted.py).

Fictional report (青禾县样例中心, invented here).
"""

from __future__ import annotations

import pytest

from assistant.core.types import Report
from assistant.excepted import without_excepted
from tests.fake_index import answer_from_lines

TEXT = (
    "青禾县样例中心2021年政府信息公开工作年度报告\n"
    "一、主动公开情况\n"
    "全年共发布信息170余条,其中发布项目招标公告等信息70条,采购公告等信息40条,工作动态、图片新闻等信息60条。\n"
)
REPORT = Report(doc_id="s" * 16, sources=["qinghe_yangli_2021.txt"], agency="青禾县样例中心", region="青禾县",
                year=2021, aliases=["qinghe"])


@pytest.mark.parametrize("norm, kept", [
    ("那170条里，把工作动态、图片新闻去掉，剩下的招标公告、采购公告各多少条", "剩下的招标公告、采购公告各多少条"),
    ("不算工作动态，其余的招标公告和采购公告各几条", "其余的招标公告和采购公告各几条"),
    ("leaving rules and normative documents aside, how many other documents?", "how many other documents?"),
    ("of the 170, set aside work news — how many tender notices?", "how many tender notices?"),
])
def test_what_is_taken_out_is_dropped_from_the_asks(norm, kept):
    assert without_excepted(norm).endswith(kept)
    assert "工作动态" not in without_excepted(norm) and "aside" not in without_excepted(norm)


@pytest.mark.parametrize("question", [
    "青禾县样例中心2021年发的170余条信息里，把工作动态、图片新闻去掉，剩下的招标公告、采购公告各是多少条？",
    ("Qinghe 2021: of the 170-odd items, set aside work news and photo news — how many tender notices, how many "
     "procurement notices?"),
])
def test_a_part_taken_out_is_not_answered(question):
    a = answer_from_lines(REPORT, TEXT, question)
    assert a.answered and "70" in a.text and "40" in a.text, a.text
    assert "60" not in a.text and "工作动态" not in a.text, a.text
