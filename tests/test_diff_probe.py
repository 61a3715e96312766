"""The differential probe's pure parts (bench/diff_probe.py): its asks, the questions it makes of reports, what it
records of an answer and how two runs are compared.  Fictional agencies only (青禾县样例局, 云栖市)."""

from __future__ import annotations

import re
from types import SimpleNamespace

from assistant.core.types import Answer, Citation, Report as StoreReport
from bench.diff_probe import KINDS, LANGS, Report, answer_record, changes, load_asks, other_year, questions, store_reports

BUREAU = Report("qinghe_2021.txt", "青禾县样例局", "Qinghe Sample Bureau", 2021)
BUREAU_2019 = Report("qinghe_2019.txt", "青禾县样例局", "Qinghe Sample Bureau", 2019)
CITY = Report("yunqi_2022.txt", "云栖市人民政府", "Yunqi City Government", 2022)


def test_every_ask_has_a_kind_both_languages_and_only_known_placeholders():
    asks = load_asks()
    assert len({a.id for a in asks}) == len(asks)
    assert {a.kind for a in asks} == set(KINDS)
    for a in asks:
        assert a.zh and a.en, a.id
        for template in a.zh + a.en:
            assert set(re.findall(r"\{(\w+)\}", template)) <= {"agency", "name", "year", "other_year"}, template
        assert all("{agency}" in t for t in a.zh) and all("{name}" in t for t in a.en), a.id


def test_the_other_year_is_the_nearest_of_the_agency_else_the_year_before():
    reports = [BUREAU, BUREAU_2019, CITY]
    assert other_year(BUREAU, reports) == 2019 and other_year(BUREAU_2019, reports) == 2021
    assert other_year(CITY, reports) == 2021  # (no other year of it: the year before, asked all the same)
    tie = [Report("a.txt", "青禾县样例局", "", 2020), Report("b.txt", "青禾县样例局", "", 2018),
           Report("c.txt", "青禾县样例局", "", 2022)]
    assert other_year(tie[0], tie) == 2018


def test_every_report_is_asked_every_phrasing_with_an_id_two_runs_match_on():
    asks = load_asks()
    qs = questions([BUREAU, CITY], asks)
    assert len(qs) == 2 * sum(len(a.zh) + len(a.en) for a in asks)
    assert len({q["id"] for q in qs}) == len(qs)
    assert {q["lang"] for q in qs} == set(LANGS) and {q["kind"] for q in qs} == set(KINDS)
    assert not any("{" in q["question"] for q in qs)
    zh = [q["question"] for q in qs if q["file"] == BUREAU.file and q["lang"] == "zh"]
    en = [q["question"] for q in qs if q["file"] == BUREAU.file and q["lang"] == "en"]
    assert all("青禾县样例局" in t and "2021" in t for t in zh)
    assert all("Qinghe Sample Bureau" in t for t in en)
    # only the first report asked: its other year still found among all of them
    first = questions([BUREAU], asks, among=[BUREAU, BUREAU_2019])
    assert any("2019" in q["question"] for q in first if q["kind"] == "compare_years")


def test_store_reports_have_an_agency_and_a_year_and_an_english_name_when_the_list_has_one(tmp_path):
    names = tmp_path / "names.jsonl"
    names.write_text('{"file": "q.txt", "year": 2021, "agency_zh": "青禾县样例局", "names": ["Qinghe bureau"]}\n',
                     encoding="utf-8")
    reports = [StoreReport(doc_id="q" * 16, sources=["q.txt"], agency="青禾县样例局", year=2021),
               StoreReport(doc_id="y" * 16, sources=["y.txt"], agency="云栖市人民政府", year=2022),
               StoreReport(doc_id="n" * 16, sources=["n.txt"], agency=None, year=2020)]
    assert store_reports(reports, names) == [Report("q.txt", "青禾县样例局", "Qinghe bureau", 2021),
                                             Report("y.txt", "云栖市人民政府", "云栖市人民政府", 2022)]


def _cite(quote: str, start: int = 0) -> Citation:
    return Citation(n=1, doc_id="q" * 16, source="q.txt", title="t", quote=quote, start=start, end=start + len(quote))


def _a(text: str, *cites: Citation, answered: bool = True) -> Answer:
    return Answer(question="", text=text, answered=answered, citations=list(cites))


def _run(answers: dict[str, Answer], git: str) -> dict:
    qs = {q["id"]: q for q in questions([BUREAU], load_asks())}
    return {"git": git, "answers": [{**qs[i], **answer_record(a)} for i, a in answers.items()]}


def test_a_change_of_text_or_citation_is_listed_by_kind_with_both_answers():
    ids = [q["id"] for q in questions([BUREAU], load_asks())]
    received = next(i for i in ids if "|received|zh" in i)
    publisher = next(i for i in ids if "|publisher|en" in i)
    kept = next(i for i in ids if "|fees|zh" in i)
    moved = next(i for i in ids if "|problems|zh" in i)
    before = _run({received: _a("14件[1]", _cite("收到申请14件")),
                   publisher: _a("青禾县样例局", _cite("青禾县样例局")),
                   kept: _a("未说明", answered=False),
                   moved: _a("不足[1]", _cite("不足", 5))}, "a")
    after = _run({received: _a("15件[1]", _cite("收到申请15件")),
                  publisher: _a("青禾县样例局", _cite("青禾县样例局")),
                  kept: _a("未说明", answered=False),
                  moved: _a("不足[1]", _cite("不足", 9))}, "b")
    diff = changes(before, after)
    assert list(diff["changed"]) == ["items", "figures"]  # (in the order of KINDS)
    assert [r["id"] for r in diff["changed"]["figures"]] == [received]
    row = diff["changed"]["figures"][0]
    assert row["before"]["text"] == "14件[1]" and row["after"]["text"] == "15件[1]"
    assert [r["id"] for r in diff["changed"]["items"]] == [moved]  # (the same quote elsewhere: another citation)
    assert diff["same"] == 2 and diff["before"]["git"] == "a" and diff["after"]["git"] == "b"


def test_questions_of_one_run_only_are_counted_apart_and_a_run_against_itself_is_unchanged():
    ids = [q["id"] for q in questions([BUREAU], load_asks())]
    a = _run({ids[0]: _a("x"), ids[1]: _a("y")}, "a")
    b = _run({ids[1]: _a("y"), ids[2]: _a("z")}, "b")
    diff = changes(a, b)
    assert not diff["changed"] and diff["same"] == 1
    assert diff["only_before"] == [ids[0]] and diff["only_after"] == [ids[2]]
    assert not changes(a, a)["changed"]


def test_notes_are_recorded_but_not_compared():
    rec = answer_record(SimpleNamespace(answered=True, text="x", citations=[], notes=["read as …"]))
    assert rec["notes"] == ["read as …"]
    b = _run({next(iter(q["id"] for q in questions([BUREAU], load_asks()))): _a("x")}, "a")
    a = {**b, "answers": [{**b["answers"][0], "notes": ["another note"]}]}
    assert not changes(b, a)["changed"]
