"""The report-scope step (assistant/scope.py): names of reports (agency, region, aliases, names their
text mentions) matched in a question through one names index built once per store change.
Fictional agencies only."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import assistant.scope as scope
import assistant.unsettled_places as unsettled_places
from assistant.core.types import Report
from assistant.query import parse_question
from assistant.scope import NamesIndex, match_reports, names_index
from assistant.unsettled_places import unknown_places
from ingest.metadata import extract_metadata


def _report(doc_id: str, agency: str | None, region: str | None, year: int, text: str = "") -> Report:
    meta = extract_metadata(text) if text else None
    from ingest.aliases import make_aliases

    return Report(doc_id=doc_id, agency=agency, region=region, year=year, aliases=make_aliases(agency, region),
                  mentions=meta.mentions if meta else [])


def _reports() -> list[Report]:
    return [
        _report("a", "青禾县统计局", "青禾县", 2021),
        _report("b", "青禾县信访局", "青禾县", 2021),
        _report("c", "翠湖区信访局", "翠湖区", 2022),
        # the agency's own name has no place; its text names the town and the county
        _report("d", "市样例局", None, 2020, "一、总体情况\n2020年,市样例局在禾新镇开展工作。\n禾新镇人民政府、云栖县人民政府联合发布。"),
        # two places with the same pinyin: 禾州 and 河州 are both "hezhou"
        _report("e", "禾州市人民政府", "禾州市", 2019),
        _report("f", "河州市人民政府", "河州市", 2019),
    ]


def q(text: str):
    from assistant.core.text import normalise_query

    return SimpleNamespace(text=text, norm=normalise_query(text))


def test_agency_beats_place_and_type_words_narrow():
    reports = _reports()
    _, matched = match_reports("青禾县统计局2021年收到多少申请", reports)
    assert [r.doc_id for r in matched] == ["a"]
    _, matched = match_reports("青禾县2021年的报告", reports)
    assert {r.doc_id for r in matched} == {"a", "b"}
    _, matched = match_reports("qinghe county statistics bureau 2021", reports)
    assert [r.doc_id for r in matched] == ["a"]
    _, matched = match_reports("qinghe letters and visits bureau", reports)
    assert [r.doc_id for r in matched] == ["b"]


def test_english_type_words_never_match_alone():
    _, matched = match_reports("how many applications did the petitions bureau receive", _reports())
    assert matched == []


def test_ambiguous_pinyin_keeps_every_report():
    names, matched = match_reports("hezhou 2019 applications", _reports())
    assert {r.doc_id for r in matched} == {"e", "f"}  # both, never one picked silently
    assert "hezhou" in names
    assert unsettled_places.ambiguous_names("hezhou 2019 applications", _reports()) == {"hezhou": ["河州市", "禾州市"]}
    assert unsettled_places.ambiguous_names("禾州市2019", _reports()) == {}


def test_names_in_the_text_scope_only_when_nothing_else_matches():
    reports = _reports()
    _, matched = match_reports("禾新镇2020年公开了多少条信息", reports)
    assert [r.doc_id for r in matched] == ["d"]
    _, matched = match_reports("hexin town 2020", reports)
    assert [r.doc_id for r in matched] == ["d"]
    _, matched = match_reports("青禾县信访局", reports)
    assert [r.doc_id for r in matched] == ["b"]  # the report's own name wins over any mention


def test_unknown_place_only_when_no_text_mentions_it():
    index = SimpleNamespace(reports=_reports())
    assert unknown_places(q("云栖县2020年收到多少申请"), index) == []  # only the text of report d names it
    assert unknown_places(q("Yunqi county applications"), index) == []
    assert unknown_places(q("青禾县收到多少申请"), index) == []
    assert unknown_places(q("白沙县收到多少申请"), index) == ["白沙县"]
    assert unknown_places(q("How many applications did Baisha receive"), index) == ["Baisha"]
    assert unknown_places(q("各县收到多少申请"), index) == []  # not a place


def test_names_index_built_once_per_store_change(monkeypatch):
    reports = _reports()
    calls = {"n": 0}
    real = scope.report_names

    def counting(r):
        calls["n"] += 1
        return real(r)

    monkeypatch.setattr(scope, "report_names", counting)
    before = NamesIndex.builds
    for question in ("青禾县统计局2021年收到多少申请", "hezhou 2019", "翠湖区信访局的行政复议", "禾新镇", "Qinghe applications"):
        parse_question(question, reports)
        unknown_places(q(question), SimpleNamespace(reports=reports))
    assert NamesIndex.builds == before + 1
    assert calls["n"] == len(reports)  # each report's names read once, at the build, not per question
    # a store change gives a new list of reports: one new build
    changed = reports + [_report("g", "白沙县统计局", "白沙县", 2022)]
    assert [r.doc_id for r in match_reports("白沙县统计局", changed)[1]] == ["g"]
    match_reports("白沙县", changed)
    assert NamesIndex.builds == before + 2


def test_names_index_of_the_same_list_is_shared():
    reports = _reports()
    assert names_index(reports) is names_index(reports)


@pytest.mark.parametrize("norm", ["", "2021", "!!!"])
def test_empty_or_nameless_questions(norm):
    assert match_reports(norm, _reports()) == ([], [])
    assert match_reports(norm, []) == ([], [])


def test_mentions_survive_the_store(tmp_path):
    """Report.mentions (names the text mentions) are written and read back: the names index of a real
    store holds them, so a place only the text names is not "unknown"."""
    from assistant.core.settings import Settings
    from ingest.index import Store
    from assistant.core.types import Report

    settings = Settings(store=tmp_path / "store", embedding_cache=tmp_path / "emb.sqlite")
    store = Store(settings.store, settings)
    report = Report(doc_id="m" * 16, sources=["m.txt"], agency="青禾乡人民政府", region="青禾乡", year=2023,
                    mentions=["青禾县", "qinghe"])
    text = "青禾乡隶属青禾县。"
    store.write_report(report, text, text, list(range(len(text))), [], [], None, [], [],
                       path=str(tmp_path / "m.txt"), file_hash="m")
    assert store.reports()[0].mentions == ["青禾县", "qinghe"]
    store.close()


def _region_reports() -> list[Report]:
    from ingest.aliases import make_aliases

    text = "一、总体情况\n2022年,自治区人民政府办公厅公开信息。"
    return [
        Report(doc_id="x", agency="新疆维吾尔自治区人民政府办公厅", region="新疆维吾尔自治区", year=2022,
               aliases=make_aliases("新疆维吾尔自治区人民政府办公厅", "新疆维吾尔自治区", text)),
        Report(doc_id="y", agency="外交部", region=None, year=2009, aliases=make_aliases("外交部", None)),
        _report("a", "青禾县统计局", "青禾县", 2021),
    ]


@pytest.mark.parametrize("question", [
    "新疆2022年门户网站发布多少条信息", "新疆维吾尔自治区人民政府2022年发布多少条信息",
    "自治区人民政府办公厅2022年发布多少条信息", "How many posts did the Xinjiang government publish in 2022?",
    "Xinjiang Uygur Autonomous Region 2022 applications",
])
def test_region_level_question_reaches_the_autonomous_region(question):
    _, matched = match_reports(q(question).norm, _region_reports())
    assert [r.doc_id for r in matched] == ["x"]
    assert unknown_places(q(question), SimpleNamespace(reports=_region_reports())) == []


def test_english_name_of_a_ministry_matches_alone():
    _, matched = match_reports(q("What did the Ministry of Foreign Affairs disclose in 2009?").norm, _region_reports())
    assert [r.doc_id for r in matched] == ["y"]


@pytest.mark.parametrize("question", [
    "2019年在区政府网站公开多少条信息", "各自治区2022年发的自治区政府文件各多少", "那份2017年乡镇年报是哪个乡的",
    "办公厅主动公开的市政府文件有多少件",
])
def test_words_glued_before_a_place_word_are_not_an_unknown_place(question):
    assert unknown_places(q(question), SimpleNamespace(reports=_reports())) == []


def test_unknown_place_after_glued_words_is_still_found():
    assert unknown_places(q("2019年在白沙县公开多少条信息"), SimpleNamespace(reports=_reports())) == ["白沙县"]
