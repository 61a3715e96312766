"""Comparisons and a remainder of rounds 31-32 (session 13, T2), each a general rule on fictional text:
- an English side naming its items by a topic after a preposition may take more words ("items on handling deputies'
  suggestions"), and a glossary phrase one of whose words is a frame word ("handling" -> 办理, 办结) names no thing of a
  side, so the side is neither uncounted nor missed by its figure's label;
- an ask's hyphenated compound meets the words written apart in a report written in English ("civil-servant");
- a comparison naming one report by a name of the index and another by an agency without a place written word by word:
  both are in scope;
- a side lacking a figure of the asked metric takes a prose figure no metric tags whose label writes the metric's row
  words in its unit ("行政事业性收费共约12.5万元");
- "刨掉A和B，还剩多少条": A and B are asked each, the rest is what is left of the whole.

Every text here is written for fictional agencies (青禾, Qinghe); none is copied from a report.
"""

from __future__ import annotations

import pytest

from assistant.asks import split_asks
from assistant.core.metrics import METRICS
from assistant.core.text import normalise_query
from assistant.core.types import Fact, Report
from assistant.english_terms import EnglishTerms
from assistant.lacking_sides import _of_metric
from assistant.query import parse_question
from assistant.remainders import asks_remainder, rest_as_parts
from assistant.scope import match_reports
from assistant.side_labels import names_side, thing_words_en
from assistant.sides_en import compare_sides_en


def _norm(q: str) -> str:
    return parse_question(q, []).norm


@pytest.mark.parametrize("question, second", [
    ("Qinghe office, 2022: on the portal, meeting items vs items on handling deputies' suggestions and proposals — "
     "which was higher and by how much?", "items on handling deputies' suggestions"),
    ("Qinghe district 2019: monthly statistical releases vs the batch of items on civil-servant recruitment, "
     "public services and so on — what's the gap?", "batch of items on civil-servant recruitment"),
])
def test_a_side_named_by_its_topic_may_be_longer(question, second):
    sides = compare_sides_en(_norm(question))
    assert sides is not None and sides[1][1] == second


def test_a_long_side_without_a_topic_is_still_no_side():
    assert compare_sides_en(_norm("Qinghe 2022: meeting items vs the very many other long winded things of that year — gap?")) is None


def _fact(label: str, value: float = 7, unit: str = "条", metric=None) -> Fact:
    return Fact(doc_id="q1", table="narrative", row=label, column="", value=value, kind="narrative", unit=unit,
                label_zh=label, metric=metric, raw=f"{value}{unit}", start=0, end=1, quote_start=0, quote_end=1)


def test_a_frame_phrase_names_no_thing_of_a_side():
    side = "items on handling deputies' suggestions"
    assert "办结" not in thing_words_en(side) and "办理" not in thing_words_en(side)
    assert names_side(side, _fact("人大代表建议办理信息"))


class _Stub(EnglishTerms):
    index = type("Index", (), {"by_doc": {}})()


def test_a_hyphenated_compound_meets_its_words_written_apart():
    q = parse_question("Qinghe district 2019: how many items on civil-servant recruitment?", [])
    terms = _Stub().english_terms(q)
    key = next(k for k in terms if k.startswith("civil"))
    assert set(key.split("|")) == {"civil-servant", "civil servant"}


LAND = Report(doc_id="c1", agency="县自然资源局", region=None, year=2023, aliases=[])
TECH = Report(doc_id="c2", agency="区科技工业商务信息化局", region=None, year=None, aliases=[])


def test_a_comparison_names_a_placeless_agency_beside_an_index_name():
    q = ("Fees: the county natural resources bureau in its 2023 report vs the district science, industry, commerce & "
         "informatization bureau. Amounts for each and the difference?")
    assert {r.doc_id for r in match_reports(normalise_query(q), [LAND, TECH])[1]} == {"c1", "c2"}
    # (no comparison: the index's name alone)
    one = "Fees of the county natural resources bureau and the district science, industry, commerce & informatization bureau"
    assert {r.doc_id for r in match_reports(normalise_query(one), [LAND, TECH])[1]} == {"c1"}


def test_a_prose_figure_writing_the_metrics_row_words_is_of_the_metric():
    fees = next(m for m in METRICS if m.key == "fees")
    assert _of_metric(_fact("行政事业性收费共约", 12.5, "万元"), fees)
    assert _of_metric(_fact("第二十条第(八)项 / 行政事业性收费", 0, "万元", metric="fees"), fees)
    assert not _of_metric(_fact("行政事业性收费共约", 12, "条"), fees)  # another unit
    assert not _of_metric(_fact("行政许可事项", 12.5, "万元"), fees)  # another thing


@pytest.mark.parametrize("question", ["青禾乡24年公开的60条信息里，刨掉工作动态和领导信息，还剩多少条？",
                                      "青禾乡公开的60条信息，去掉工作动态和领导信息以后，剩下的有多少条"])
def test_what_is_left_after_parts_taken_out_asks_each_part(question):
    norm = _norm(question)
    assert asks_remainder(norm)
    assert "工作动态和领导信息各多少条" in rest_as_parts(norm)
    texts = [a.text for a in split_asks(norm)]
    assert len(texts) == 2 and texts[0].endswith("工作动态多少条") and texts[1].endswith("领导信息多少条")


def test_parts_asked_each_are_no_remainder():
    norm = _norm("青禾乡公开的60条信息里，工作动态和领导信息各多少条？")
    assert not asks_remainder(norm) and rest_as_parts(norm) == norm


@pytest.mark.parametrize("question", ["青禾乡主动公开的60条里，除了工作动态和领导信息，剩下那几类各是几条？",
                                      "青禾镇网站公开的50条，除了工作动态和机构职能这两大块，剩下的各类分别几条？"])
def test_the_rest_asked_part_by_part_is_no_remainder(question):
    norm = _norm(question)
    assert not asks_remainder(norm) and rest_as_parts(norm) == norm
