"""A place suffix's character that starts an agency's words ends no place (names.toml not_suffix_words): the 市 of
"X区市场监督管理局" (区 + 市场…) or of "X市监局" (市监局 = 市场监督管理局) is no city.  Fictional agencies only."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.scope import match_reports
from assistant.unsettled_places import unknown_places
from ingest.aliases import make_aliases
from ingest.places import region_of


@pytest.mark.parametrize("name, region", [
    ("翠屏湾区市场监督管理局", "翠屏湾区"),  # not 翠屏湾区市
    ("2023年翠屏湾区市场监管局政府信息公开工作年度报告", "翠屏湾区"),
    ("翠屏湾区市容环境卫生管理局", "翠屏湾区"),
    ("翠屏湾区市政管理局", "翠屏湾区"),
    ("翠屏湾市监局", None),  # no place suffix at all
    # a real 市 followed by an agency's words stays a city
    ("云栖市市场监督管理局", "云栖市"),
    ("云栖市政府", "云栖市"),
    ("云栖市民政局", "云栖市"),
    ("禾州市信访局", "禾州市"),
])
def test_agency_words_after_a_place_are_no_city(name, region):
    assert region_of(name) == region


def test_the_short_forms_of_a_market_bureau_are_aliases():
    aliases = make_aliases("翠屏湾区市场监督管理局", "翠屏湾区")
    assert "翠屏湾区市场监管局" in aliases and "翠屏湾区市监局" in aliases
    assert not any("翠屏湾区市" == a or a.startswith("cuipingwanqushi") for a in aliases)


def _reports() -> list[Report]:
    return [Report(doc_id="m", agency="翠屏湾区市场监督管理局", region="翠屏湾区", year=2024,
                   aliases=make_aliases("翠屏湾区市场监督管理局", "翠屏湾区"), mentions=["翠屏湾区"]),
            Report(doc_id="t", agency="禾新镇人民政府", region=None, year=2021,
                   aliases=make_aliases("禾新镇人民政府", None), mentions=["禾新镇"])]


@pytest.mark.parametrize("question", [
    "翠屏湾市监局的微信公众号发了多少条信息",
    "翠屏湾区市监局2024年收到多少申请",
    "翠屏湾市场监管局2024年收到多少申请",
])
def test_a_short_agency_form_after_a_place_stem_reaches_its_report(question):
    norm = normalise_query(question)
    assert unknown_places(SimpleNamespace(text=question, norm=norm), SimpleNamespace(reports=_reports())) == []
    _, matched = match_reports(norm, _reports())
    assert [r.doc_id for r in matched] == ["m"]


def test_a_city_named_before_an_agency_word_is_still_a_place():
    question = "云栖市市场监督管理局2024年收到多少申请"
    norm = normalise_query(question)
    assert unknown_places(SimpleNamespace(text=question, norm=norm), SimpleNamespace(reports=_reports())) == ["云栖市"]
