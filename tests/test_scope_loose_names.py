"""Scope of questions naming a report loosely (fictional reports): a city written in brackets after a district's name
only locates it (assistant/bracket_places.py); a district branch of a city bureau written with its district's level
(青苗区公安分局, assistant/report_names.py ``branch_names``) is that branch, never refused as another level
(assistant/inner_place_reports.py)."""

from types import SimpleNamespace

import pytest

from assistant.bracket_places import bracket_qualifiers
from assistant.core.types import Report
from assistant.inner_place_reports import reports_of_inner_places
from assistant.query import parse_question
from assistant.scope import branch_names, match_reports

DEPT = Report(doc_id="d" * 16, sources=["d.txt"], agency=None, region="翠湖区", year=2024, aliases=["cuihu"],
              mentions=["青禾市", "翠湖区"])
POLICE = Report(doc_id="p" * 16, sources=["p.txt"], agency="青禾市公安局青苗分局", region="青禾市", year=2024,
                aliases=["qinghe"], mentions=["青禾市", "青苗区"])
HEALTH = Report(doc_id="h" * 16, sources=["h.txt"], agency="云栖市卫生健康委员会", region="云栖市", year=2023,
                aliases=["yunqi"])
ALL = [DEPT, POLICE, HEALTH]


@pytest.mark.parametrize("question", [
    "翠湖区那个部门（青禾市）2024年跟云栖卫健委2023年比，部分公开的申请哪边多",
    "翠湖区那个部门(青禾)和云栖市卫健委，部分公开的申请哪家多？",
])
def test_a_city_in_brackets_after_a_district_names_no_side_of_its_own(question):
    _names, matched = match_reports(question, ALL)
    assert {r.doc_id for r in matched} == {DEPT.doc_id, HEALTH.doc_id}, question


def test_a_bracketed_place_the_name_before_does_not_lie_in_is_no_qualifier():
    hit = lambda name, docs: SimpleNamespace(name=name, doc_ids=docs)  # noqa: E731
    norm = "cuihu department (qinghe) vs yunqi"
    spans = [(0, 5, hit("cuihu", {"d": 2})), (18, 24, hit("qinghe", {"d": 0, "p": 2})), (30, 35, hit("yunqi", {"h": 2}))]
    lies_in = {("d", "qinghe")}
    assert bracket_qualifiers(norm, spans, lambda d, place: (d, place) in lies_in) == {"qinghe"}
    assert bracket_qualifiers(norm, spans, lambda d, place: False) == set()
    # (a bracket with no name before it qualifies nothing)
    assert bracket_qualifiers("(qinghe) vs yunqi", [(1, 7, hit("qinghe", {"p": 2}))], lambda d, p: True) == set()


def test_a_district_branch_is_named_with_its_districts_level_too():
    assert branch_names("青禾市公安局青苗分局", "青禾市") == ("青苗公安分局", "青苗分局", "青苗区公安分局", "青苗区分局")
    _names, matched = match_reports("青苗区公安分局2024年收到多少件信息公开申请", ALL)
    assert [r.doc_id for r in matched] == [POLICE.doc_id]


@pytest.mark.parametrize("question", ["青苗区公安分局2024年收到多少件信息公开申请", "青苗区2024年收到多少件申请"])
def test_a_branch_named_by_its_district_is_of_that_district_not_a_place_inside_it(question):
    q = parse_question(question, ALL)
    q.doc_ids = [POLICE.doc_id]
    assert reports_of_inner_places(q, SimpleNamespace(reports=ALL, by_doc={r.doc_id: r for r in ALL})) is None



def test_a_town_of_the_county_asked_is_still_refused_with_the_stem_rule():
    town = Report(doc_id="t" * 16, sources=["t.txt"], agency="青禾县白石镇人民政府", region="青禾县", year=2018,
                  mentions=["青禾县", "白石镇"])
    q = parse_question("青禾县2018年主动公开了多少条政府信息？", [town])
    q.doc_ids = [town.doc_id]
    assert reports_of_inner_places(q, SimpleNamespace(reports=[town], by_doc={town.doc_id: town}))


@pytest.mark.parametrize("question, years", [
    ("青禾县样例局二〇一七年主动公开了多少条", [2017]),
    ("青禾县样例局二零二一年度收到几件申请", [2021]),
    ("青禾县样例局二〇一九年和二〇二〇年收到的申请哪年多", [2019, 2020]),
    ("青禾县样例局一二三四年收到几件", []),  # (no year of 1900-2099: not a year)
    ("青禾县样例局二二年收到几件申请", [2022]),  # (two digits, read as a two-digit year is)
    ("青禾县样例局一九年和二〇年哪年多", [2019, 2020]),
    ("青禾县样例局近一二年收到几件申请", []),  # (a span of years stays)
    ("青禾县样例局这八九年收到几件申请", []),
])
def test_a_year_written_in_chinese_numerals_is_the_questions_year(question, years):
    assert parse_question(question, []).years == years


# --- a comparison's other side a place no report is from (assistant/missing_side.py) -----------------------------
from assistant.missing_side import side_without_report  # noqa: E402


@pytest.mark.parametrize("norm, unknown, docs, sides", [
    ("翠湖区那个部门2024年和石川区公安分局2024年收到的申请哪家多", ["石川区"], ["d"], ["石川区"]),
    ("cuihu district department vs the shichuan police branch: who received more requests?", ["Shichuan"], ["d"],
     ["Shichuan"]),
    ("翠湖区那个部门2024年和石川区公安分局2024年收到的申请哪家多", ["石川区"], None, []),  # (no report named: _scope's own rule)
    ("翠湖区那个部门和青苗区公安分局哪家多", [], ["d"], []),  # (every place has a report)
    ("翠湖区那个部门和石川区公安分局哪家多", ["石川区"], ["d", "p"], []),  # (two reports in scope)
    ("石川区翠湖区那个部门规章和规范性文件哪个多", ["石川区"], ["d"], []),  # (a place locating the one side, no joiner)
    ("翠湖区那个部门和石川区公安分局收到多少申请", ["石川区"], ["d"], []),  # (nothing compared)
])
def test_a_compared_side_that_is_a_place_without_reports_is_named(norm, unknown, docs, sides):
    assert side_without_report(SimpleNamespace(norm=norm, unknown_places=unknown, doc_ids=docs)) == sides
