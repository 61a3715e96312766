"""An ask of which things, and no count, is answered by the sentence naming them, never by a bare count whose label
matches its words: the count's citation would hold nothing the answer is asked for (fixer S5, citation precision).
Fictional reports only (青禾县样例局, 云栖市翠湖区样例办).

Also: 哪几 asks which things, so a Chinese lead naming the report's part ("…年报总体情况里，说…哪几方面…") is no ask
of its own; and an English count scope after the count ("…, total across all applicant types") is no thing asked.
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.types import Fact, Report
from assistant.thing_asks import counts_not_asked, things_asked
from tests.fake_index import answer_from_lines


def _fact(value, kind="narrative", text_value=None):
    return Fact(doc_id="d", kind=kind, table="narrative", row="主动公开政府信息", column="", label_zh="累计公开信息",
                value=value, text_value=text_value, unit="条", raw=str(value), start=0, end=1, quote_start=0, quote_end=1)


@pytest.mark.parametrize("ask", [
    "说把政府信息公开当作哪几方面的关键路径",
    "青禾县样例局2023年主要采取了哪些措施",
    "增强了统计工作的哪两样东西",
    "in the improvements part, which two problems with published content does it say it will correct",
    "what three qualities are they aiming for",
    "what is the qinghe sample bureau planning to do next year",
    "which platforms carried its disclosures",
])
def test_an_ask_of_which_things_asks_no_count(ask):
    assert things_asked(ask)
    count, item, none = _fact(80.0), _fact(None, kind="item", text_value="公开及时"), _fact(0.0, kind="none")
    assert counts_not_asked([count, item, none], ask) == [item, none]


@pytest.mark.parametrize("ask", [
    "哪几类信息公开了多少条",
    "主动公开了哪些信息，各多少条",
    "青禾县样例局2023年收到几件申请",
    "which channels carried the most items",
    "which platforms carried how many items",
    "what share of the requests were granted",
    "what did the information it proactively disclosed mainly include",
    "what were the main problems",  # (no verb after the noun: may ask a list or a figure; left as it was)
    "哪一年收到的申请更多",
])
def test_an_ask_of_a_figure_count_or_breakdown_keeps_its_figures(ask):
    assert not things_asked(ask)
    facts = [_fact(80.0)]
    assert counts_not_asked(facts, ask) == facts


def test_a_total_the_ask_names_by_its_figure_stays():
    total, other = _fact(540.0), _fact(80.0)
    assert counts_not_asked([total, other], "which platforms carried the 540 items", named=[540.0]) == [total]


def test_a_breakdown_ask_keeps_its_counts():
    facts = [_fact(80.0)]
    assert counts_not_asked(facts, "青禾县样例局主要采取了哪些措施", breakdown=True) == facts


def test_a_lead_naming_the_reports_part_is_no_ask_of_its_own():
    asks = split_asks("青禾县样例局23年年报总体情况里，说把政府信息公开当作哪几方面的关键路径？")
    assert len(asks) == 1, [a.text for a in asks]


@pytest.mark.parametrize("question", [
    "cuihu sample office, 2024: how many requests ended up partly disclosed, total across all applicant types?",
    "qinghe 2023: how many items were published, summed across all platforms?",
])
def test_a_count_scope_after_the_count_is_no_ask(question):
    asks = split_asks(question)
    assert len(asks) == 1, [a.text for a in asks]


def test_a_framed_list_still_lists_its_things():
    asks = split_asks("qinghe 2022: total items proactively published, and number of requests they got")
    assert len(asks) == 2


REPORT = Report(doc_id="y" * 16, sources=["qinghe_yangliju_2024.txt"], agency="青禾县样例局", region="青禾县", year=2024,
                aliases=["qinghe"])
TEXT = (
    "青禾县样例局2024年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "一年来,我局秉持把政府信息公开作为提升服务质量、规范权力运行、回应群众关切的关键路径的理念,扎实开展各项工作。\n"
    "(一)主动公开政府信息情况\n"
    "累计公开信息80条。\n"
)


def test_the_sentence_naming_the_things_answers_not_the_count():
    a = answer_from_lines(REPORT, TEXT, "青禾县样例局24年年报总体情况里，说把政府信息公开当作哪几方面的关键路径？")
    assert a.answered and "规范权力运行" in a.text, a.text
    assert "80" not in a.text and all("80条" not in c.quote for c in a.citations), a.text


@pytest.mark.parametrize("question", [
    "in the qinghe sample summary: alongside the opinions on reform, how many implementing measures were rolled out, "
    "legality review of major decisions being one of them?",
    "the qinghe sample summary: how many measures were issued, with the review rules among them?",
])
def test_a_thing_the_count_takes_in_is_no_ask(question):
    asks = split_asks(question)
    assert len(asks) == 1, [a.text for a in asks]


def test_a_count_asked_among_them_is_an_ask_not_a_scope():
    from assistant.core.glossary import GLOSSARY
    scope = GLOSSARY.patterns["count_scope_en"]
    assert scope.match("with the review rules among them") and scope.match("legality review being one of them")
    for ask in ("how many were granted among them", "and how many were refused among those",
                "what share was disclosed among these", "which ones were appeals among them"):
        assert not scope.match(ask), ask
