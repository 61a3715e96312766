"""Scope by the short names staff use for a report (assistant/scope.py): a subdistrict office by its sub-place
("青禾街道办", "青禾街道") or its English name with the street word in pinyin ("Qinghe-jie subdistrict") beats a city
whose name is only the first part of it; a district branch by its short name ("青苗公安分局") stands beside a full
agency name of another report in the same question instead of losing to it.

Every agency here is fictional (青禾, 青苗, 云栖 …); none is copied from a report."""

from __future__ import annotations

import pytest

from assistant.core.text import normalise_query
from assistant.core.types import Report
from assistant.core.vocab import names_vocab
from assistant.scope import NamesIndex, place_part_names, subplace_names
from ingest.aliases import make_aliases


def _report(doc_id: str, agency: str | None, region: str | None, year: int, mentions=()) -> Report:
    return Report(doc_id=doc_id, agency=agency, region=region, year=year, mentions=list(mentions),
                  aliases=make_aliases(agency, region))


def _match(question: str, reports: list[Report]) -> list[str]:
    return [r.doc_id for r in NamesIndex(reports).match(normalise_query(question))[1]]


# --- a subdistrict office named after a street, beside a city of that name ---------------------------------------

STREET = [
    _report("city", "青禾市样例局", "青禾市", 2010),  # the city 青禾 has a report of another year
    _report("street", "青禾街道办事处", None, 2020, mentions=["青禾街道"]),  # the subdistrict office, no region
    _report("other", "翠湖区人民政府", "翠湖区", 2020, mentions=["青禾市", "qinghe"]),
]


def test_the_sub_place_of_an_agency_is_its_own_place():
    assert subplace_names("青禾街道办事处", None) == ("青禾街道",)
    assert subplace_names("云栖市青禾街道办事处", "云栖市") == ("青禾街道",)
    assert subplace_names("云栖市翠湖区江湾镇人民政府", "云栖市") == ("江湾镇",)
    assert subplace_names("青禾县样例局", "青禾县") == ()


def test_no_agency_type_is_read_as_a_sub_place():
    # 住房和城乡建设局, 乡村振兴局 …: a 乡 or 镇 inside a type's words is no township
    for t in names_vocab().agency_types:
        assert subplace_names(t.zh, None) == (), t.zh
        assert subplace_names("青禾县" + t.zh, "青禾县") == (), t.zh


@pytest.mark.parametrize("question", [
    "青禾街道办2020年年报里行政处罚的处理决定数量是多少",
    "青禾街道2020年行政处罚决定几件",
    "青禾街道办事处2020年收到多少申请",
    "2020年青禾街道办的政府集中采购项目数量",
])
def test_a_subdistrict_by_its_short_chinese_name_beats_the_city(question):
    assert _match(question, STREET) == ["street"]


@pytest.mark.parametrize("question", [
    "Qinghe-jie subdistrict 2020: centralized gov procurement - number of projects and total amount?",
    "Qinghejie subdistrict office, 2020: penalty decisions?",
    "How many applications did the Qinghe jie subdistrict receive in 2020?",
    "qinghe-jie street office 2020 applications",
])
def test_a_subdistrict_by_its_english_name_with_the_street_in_pinyin(question):
    assert "qinghe-jie subdistrict" in place_part_names("青禾街道办事处", None)
    assert _match(question, STREET) == ["street"]


@pytest.mark.parametrize("question, expected", [
    ("青禾市样例局2010年收到多少申请", ["city"]),
    ("青禾市2010年收到多少申请", ["city"]),
    ("the Qinghe city sample bureau 2010 report", ["city"]),
])
def test_the_city_is_still_the_city(question, expected):
    assert _match(question, STREET) == expected


# --- a branch's short name beside another report's full name -------------------------------------------------------

BRANCH = [
    _report("police", "青禾市公安局青苗分局", "青禾市", 2024),
    _report("finance", "云栖市财政局", "云栖市", 2022),
    _report("health", "云栖市卫生健康委员会", "云栖市", 2023),
]


@pytest.mark.parametrize("question", [
    "青苗公安分局2024年和云栖市财政局2022年收到的信息公开申请,哪家多?多几件?",
    "云栖市财政局22年跟青苗分局24年比，哪家收到的申请多",
    "青苗公安分局与云栖市财政局收到申请数量对比",
])
def test_a_branch_short_name_stands_beside_a_full_name(question):
    assert sorted(_match(question, BRANCH)) == ["finance", "police"]


def test_a_branch_short_name_alone_is_that_branch():
    assert _match("青苗分局2024年收到多少申请", BRANCH) == ["police"]
    assert _match("云栖市财政局2022年收到多少申请", BRANCH) == ["finance"]


@pytest.mark.parametrize("question, expected", [
    ("青禾市公安局青苗分局2024年和云栖卫健委2023年收到的申请哪家多", ["health", "police"]),  # the type narrows 云栖
    ("青苗公安分局 vs 云栖市卫生健康委员会: applications received", ["health", "police"]),
    ("云栖市财政局2022年收到多少申请，比青禾市公安局青苗分局多吗", ["finance", "police"]),
])
def test_a_place_apart_from_a_full_name_names_its_report_too(question, expected):
    assert sorted(_match(question, BRANCH)) == expected


def test_a_place_inside_a_full_name_names_nothing_more():
    reports = BRANCH + [_report("city", "云栖市人民政府", "云栖市", 2022)]
    assert _match("云栖市财政局2022年收到多少申请", reports) == ["finance"]
    assert _match("云栖市人民政府2022年收到多少申请", reports) == ["city"]


# --- a year only a body of the named agency has --------------------------------------------------------------------

GOVT = [
    _report("gov", "云栖市人民政府", "云栖市", 2012),
    _report("office", "云栖市人民政府办公厅", "云栖市", 2019),
    _report("street", "云栖街道办事处", None, 2019),  # a subdistrict whose name only starts like the city's
]


@pytest.mark.parametrize("question, years, expected", [
    ("云栖市人民政府2019年主动公开规章多少件", [2019], ["office"]),
    ("云栖市人民政府19年的年报 不予公开的有几件", [2019], ["office"]),
    ("云栖市人民政府2021年主动公开规章多少件", [2021], []),  # no body of it has 2021: a refusal stays one
])
def test_a_year_only_a_body_of_the_agency_has(question, years, expected):
    from assistant.query import parse_question
    from assistant.scope_years import bodies_of_year

    q = parse_question(question, GOVT)
    scoped = [r for r in GOVT if r.doc_id in (q.doc_ids or [])]
    assert [r.doc_id for r in scoped] == ["gov"]
    assert [r.doc_id for r in bodies_of_year(q.entities, scoped, years, GOVT)] == expected


def test_a_place_starting_another_place_name_is_no_body_of_it():
    from assistant.scope_years import bodies_of_year

    city = [r for r in GOVT if r.doc_id == "gov"]
    assert bodies_of_year(["云栖"], city, [2019], GOVT) == []  # 云栖街道 is not a body of 云栖市
    assert bodies_of_year(["云栖市"], city, [2019], GOVT) == []  # a place, not the agency's full name
