"""Bodies of the Xinjiang Production and Construction Corps by their long English names (assistant/report_names.py
corps_names, names.toml [corps]): English names a corps body from the smallest place up — "Hexin Town, 20th Regiment,
3rd Division (Qinghe City), Xinjiang Production and Construction Corps" — so its units (a numbered division 师, a
numbered regiment 团) are levels of their own, named by their ordinals, and the corps by its own name: its "Xinjiang"
is never the autonomous region, whose reports are of other agencies.

Every body here is fictional (第三师青禾市二十团禾新镇, invented); none is copied from a report."""

from __future__ import annotations

import pytest

from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.report_names import corps_names, subplace_names
from assistant.scope import NamesIndex
from ingest.aliases import make_aliases


def _report(doc_id: str, agency: str, region: str | None, year: int, mentions=()) -> Report:
    return Report(doc_id=doc_id, agency=agency, region=region, year=year, mentions=list(mentions),
                  aliases=make_aliases(agency, region))


REPORTS = [
    _report("town", "第三师青禾市二十团禾新镇", "第三师青禾市", 2021, mentions=["青禾市", "禾新镇"]),
    _report("xinjiang", "新疆维吾尔自治区人民政府办公厅", "新疆维吾尔自治区", 2021),
    _report("regiment", "第五师七团", "第五师", 2021),
]


def _match(question: str) -> list[str]:
    return [r.doc_id for r in NamesIndex(REPORTS).match(normalise_query(question))[1]]


def test_the_units_of_a_corps_body_in_english():
    names = dict(corps_names("第三师青禾市二十团禾新镇", "第三师青禾市"))
    for n in ("3rd division", "third division", "20th regiment", "hexin town", "xinjiang production and construction corps",
              "xpcc", "新疆生产建设兵团"):
        assert n in names, n
    assert dict(corps_names("第五师七团", "第五师"))["7th regiment"] == "region"
    assert subplace_names("第三师青禾市二十团禾新镇", "第三师青禾市") == ("禾新镇",)  # the town, not 二十团禾新镇


@pytest.mark.parametrize("agency, region", [
    ("青禾市第二师范学院", "青禾市"),  # 师范: a normal college, no division
    ("二连浩特市教育局", "二连浩特市"),  # a city's name, no company of a regiment
    ("青禾县共青团委员会", "青禾县"),
    ("青禾县人民政府", "青禾县"),
])
def test_no_other_body_is_read_as_the_corps(agency, region):
    assert corps_names(agency, region) == ()


@pytest.mark.parametrize("question", [
    "how many WeChat posts did the Hexin Town, 20th Regiment, 3rd Division (Qinghe City), Xinjiang Production and "
    "Construction Corps put out in 2021?",
    "what period does the Hexin Town, 20th Regiment, 3rd Division, Xinjiang Production and Construction Corps 2021 "
    "report cover?",
    "XPCC 3rd Division 20th Regiment Hexin town 2021: how many requests came in?",
    "how many requests did the Third Division's 20th Regiment (Hexin town) get in 2021?",
    "新疆生产建设兵团第三师青禾市二十团禾新镇2021年收到多少申请",
])
def test_a_long_name_of_a_corps_town_is_that_town_not_the_autonomous_region(question):
    assert _match(question) == ["town"]


def test_the_region_itself_is_still_the_autonomous_region():
    assert _match("how many requests did the Xinjiang Uygur Autonomous Region general office get in 2021?") == ["xinjiang"]
    assert _match("新疆维吾尔自治区人民政府办公厅2021年收到多少申请") == ["xinjiang"]


def test_a_unit_names_the_bodies_under_it():
    assert _match("how many requests did the 7th Regiment, 5th Division get in 2021?") == ["regiment"]
