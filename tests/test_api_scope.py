"""The scope step of assistant/api.py: a question that names no report but a kind of agency and a year is
scoped to that year's reports of that kind, not to every report of the year. Fictional agencies only."""

from __future__ import annotations

from assistant.api import agency_types_named, of_agency_type
from assistant.core.types import Report


def _r(doc_id: str, agency: str, year: int) -> Report:
    return Report(doc_id=doc_id, agency=agency, year=year)


REPORTS = [_r("a", "青禾市财政局", 2022), _r("b", "青禾市信访局", 2022), _r("c", "样例市卫生健康委员会", 2022),
           _r("d", "样例镇人民政府", 2022)]


def test_agency_types_named_in_chinese_and_english():
    assert agency_types_named("市财政局2022年全年主动公开信息多少条？") == ["财政局"]
    assert agency_types_named("卫健委2022年主动公开信息多少条") == ["卫生健康委员会"]  # an abbreviation
    assert "财政局" in agency_types_named("how many applications did the municipal finance bureau receive in 2022")
    assert agency_types_named("2022年主动公开了多少条政府信息？") == []  # 政府 alone names no kind of agency


def test_of_agency_type_narrows_or_leaves_alone():
    assert [r.doc_id for r in of_agency_type("市财政局2022年收到多少件申请", REPORTS)] == ["a"]
    assert [r.doc_id for r in of_agency_type("卫健委2022年主动公开多少条", REPORTS)] == ["c"]
    assert of_agency_type("2022年主动公开了多少条政府信息", REPORTS) == []  # no kind named: the caller keeps all
    assert of_agency_type("市公安局2022年收到多少件申请", REPORTS) == []  # no report of that kind: keep all


def test_a_body_under_the_government_is_named_by_its_short_government_name():
    """"市政府参事室" names the type 人民政府参事室 (a body under a people's government, written with the short 政府), and
    narrows a year's reports to that body's; 政府 alone still names no kind."""
    reports = [*REPORTS, _r("e", "样例市人民政府参事室", 2022)]
    assert agency_types_named("市政府参事室2022年一共主动公开了多少条政府信息？") == ["人民政府参事室"]
    assert [r.doc_id for r in of_agency_type("市政府参事室2022年一共主动公开了多少条政府信息？", reports)] == ["e"]
    assert agency_types_named("市政府2022年主动公开了多少条？") == []
