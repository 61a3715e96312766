"""官网 (the agency's own website) asked: read as the site a report writes as 网站 / 门户网站, one way, and never as a
higher government's site's column the agency also posts to (fictional texts: 青禾县样例局).

- glossary [zh_colloquial] '官网': searched as 官网 | 网站 | 门户网站;
- not_stated.toml [[platform]] "own website" / "higher government's site column": a figure of the column
  ("在市政府网站信息公开专栏发布信息40条") answers no ask of the own site (channels.counts_other_platform).
"""

from __future__ import annotations

from assistant.channels import counts_other_platform
from assistant.core.glossary import GLOSSARY
from assistant.core.types import Report
from tests.fake_index import answer_from_lines
from tests.fixtures.qinghe_sample import QINGHE

SITE = ("青禾县样例局2023年政府信息公开工作年度报告\n"
        "一、总体情况\n(一)主动公开\n本局网站共发布信息312条,其中工作动态120条。\n")
COLUMN = ("青禾县样例局2023年政府信息公开工作年度报告\n"
          "一、总体情况\n(一)主动公开\n在市政府网站政府信息公开专栏发布信息40条。\n")


def _colloquial(text: str) -> set[str]:
    return {w for rx, words in GLOSSARY.zh_colloquial if rx.search(text) for w in words}


def test_the_own_site_is_searched_as_the_site_a_report_writes():
    assert {"网站", "门户网站", "官网"} <= _colloquial("青禾县样例局官网上挂了多少条？")
    assert "官网" not in _colloquial("青禾县样例局网站上挂了多少条？")  # (one way: 网站 is no 官网 asked)


def test_a_higher_governments_column_is_no_figure_of_the_own_site():
    assert counts_other_platform("青禾县样例局官网上发了多少条", "在市政府网站政府信息公开专栏发布信息40条")
    assert not counts_other_platform("青禾县样例局官网上发了多少条", "本局网站共发布信息312条")
    assert not counts_other_platform("青禾县样例局网站上发了多少条", "在市政府网站政府信息公开专栏发布信息40条")
    assert not counts_other_platform("青禾县样例局在市政府网站专栏发了多少条", "在市政府网站政府信息公开专栏发布信息40条")


def test_the_own_site_asked_is_answered_by_the_sites_figure():
    for q in ("青禾县样例局2023年官网上挂了多少条信息？", "青禾县样例局2023年官网发了多少条？"):
        a = answer_from_lines(QINGHE, SITE, q)
        assert a.answered and "312" in a.text, (q, a.text)


def test_the_own_site_asked_is_not_answered_by_a_higher_governments_column():
    a = answer_from_lines(QINGHE, COLUMN, "青禾县样例局2023年官网上发了多少条信息？")
    assert "40" not in a.text, a.text


# a government's own report: its tier's government portal's column is its own site; a department's or a lower tier's
# report posting to that column keeps it another's
COUNTY_COLUMN = "通过县政府门户网站政府信息公开专栏主动公开信息1200条"


def test_a_governments_own_portal_column_is_its_own_site():
    assert not counts_other_platform("青禾县人民政府办公室官网上发了多少条", COUNTY_COLUMN)  # (the agency the ask names)
    assert not counts_other_platform("官网上发了多少条", COUNTY_COLUMN, "青禾县人民政府办公室")
    assert not counts_other_platform("官网上发了多少条", COUNTY_COLUMN, "青禾县人民政府")
    assert not counts_other_platform("官网上发了多少条", "在区政府网站信息公开专栏发布信息56条", "云港市翠湖区人民政府办公室")


def test_a_departments_or_a_lower_tiers_column_on_a_government_portal_stays_anothers():
    assert counts_other_platform("官网上发了多少条", COUNTY_COLUMN, "青禾县样例局")
    assert counts_other_platform("官网上发了多少条", COUNTY_COLUMN, "青禾县石榴镇人民政府")
    assert counts_other_platform("官网上发了多少条", "在市政府网站政府信息公开专栏发布信息40条", "青禾县人民政府办公室")
    assert counts_other_platform("青禾县样例局官网上发了多少条", COUNTY_COLUMN)


GOV = Report(doc_id="g" * 16, sources=["qinghe_gov_2023.txt"], agency="青禾县人民政府办公室", region="青禾县", year=2023,
             aliases=["qinghe"], mentions=["青禾县"])
GOV_COLUMN = ("青禾县人民政府办公室2023年政府信息公开工作年度报告\n"
              "一、总体情况\n(一)主动公开\n通过县政府门户网站政府信息公开专栏主动公开信息1200条。\n")


def test_a_government_offices_own_portal_asked_is_answered_by_its_column():
    a = answer_from_lines(GOV, GOV_COLUMN, "青禾县人民政府办公室2023年官网上发了多少条信息？")
    assert a.answered and "1200" in a.text, a.text
