"""The English naming probe (bench/naming_probe.py): its judge of scope, the open/sealed split, the sealed half never
leaving the process, and one run on the fictional sample store (slow)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import ClassVar

import pytest

from bench.naming_probe import (DEFAULT_NAMES, HIT, MISS, NameLine, Scope, Target, aggregate, judge, load_lines, main, naming_templates,
                                print_result, report_section, run, scope_refusal, split_halves, summary)

QINGHE = Target("qinghe_xinfang_2023.txt", "d-qinghe23", frozenset({"qinghe_xinfang_2023.txt"}), "青禾县信访局")


def _cite(source, doc_id):
    return SimpleNamespace(source=source, doc_id=doc_id)


def _answer(text="", citations=(), answered=True):
    return SimpleNamespace(text=text, citations=list(citations), answered=answered)


# --- the judge ------------------------------------------------------------------------------------------------

def test_a_citation_of_the_report_is_a_hit_even_beside_others():
    a = _answer("青禾县信访局, 2023: 12 [1]", [_cite("yunqi_2023.txt", "d-yunqi"), _cite("qinghe_xinfang_2023.txt", "d-qinghe23")])
    assert judge(a, QINGHE) == {"verdict": HIT, "via": "citation"}
    # the same content ingested under another file name is the same report (doc_id)
    assert judge(_answer("…", [_cite("mirror_copy.txt", "d-qinghe23")]), QINGHE)["verdict"] == HIT


def test_citations_of_other_reports_only_are_the_wrong_report():
    a = _answer("云栖市翠湖区, 2023: 40 [1]", [_cite("yunqi_2023.txt", "d-yunqi"), _cite("qinghe_2022.txt", "d-qinghe22")])
    assert judge(a, QINGHE) == {"verdict": MISS, "reason": "wrong report"}


@pytest.mark.parametrize("text, reason", [
    ("None of the ingested reports is from Qinghe Petition Bureau.", "unknown name"),
    ("已收录的报告中没有青禾县样例局的报告。", "unknown name"),
    ("There is no 2023 report for 青禾县 among the ingested reports (years available: 2016).", "refused"),
    ("There is no report for 2031 among the ingested reports.", "refused"),
    ("已收录的报告中没有青禾县2031年的报告（现有年份：2016, 2023）。", "refused"),
])
def test_refusals_of_the_scope_step_are_misses_with_their_reason(text, reason):
    assert scope_refusal(text) == reason
    assert judge(_answer(text, answered=False), QINGHE) == {"verdict": MISS, "reason": reason}


def test_an_answer_without_citations_is_judged_by_its_scope():
    not_stated = _answer("The ingested reports do not contain an answer to this question.", answered=False)
    assert scope_refusal(not_stated.text) is None
    assert judge(not_stated, QINGHE, Scope(("d-qinghe23",), True)) == {"verdict": HIT, "via": "scope"}
    assert judge(not_stated, QINGHE, Scope(("d-yunqi",), False)) == {"verdict": MISS, "reason": "wrong report"}
    # a whole year's reports of many agencies searched: the name did not pin the agency
    assert judge(not_stated, QINGHE, Scope(("d-qinghe23", "d-yunqi"), False)) == {"verdict": MISS, "reason": "other"}
    assert judge(not_stated, QINGHE, Scope(None, False))["reason"] == "other"
    assert judge(not_stated, QINGHE, None)["reason"] == "other"


# --- the names file and its halves ------------------------------------------------------------------------------

NAMES = [
    {"file": "qinghe_xinfang_2023.txt", "year": 2023, "agency_zh": "青禾县信访局", "names": ["Qinghe County Petitions Bureau", "QH petitions"]},
    {"file": "yunqi_cuihu_2022.txt", "year": 2022, "agency_zh": "云栖市翠湖区人民政府办公室", "names": ["Cuihu District Gov Office"]},
    {"file": "qinghe_xinfang_2016.txt", "year": 2016, "agency_zh": "青禾县信访局", "names": ["Qinghe letters and visits bureau"]},
    {"file": "lanxi_tongjiju_2021.txt", "year": 2021, "agency_zh": "蓝溪市统计局", "names": ["Lanxi stats bureau", "Lanxi SB"]},
    {"file": "absent_2020.txt", "year": 2020, "agency_zh": "白鹭镇人民政府", "names": ["Bailu town govt"]},
]


def _names_file(tmp_path: Path, records=NAMES) -> Path:
    p = tmp_path / "names.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n", encoding="utf-8")
    return p


def test_lines_are_split_by_position_even_open_odd_sealed(tmp_path):
    lines = load_lines(_names_file(tmp_path))
    assert [ln.agency_zh for ln in lines][:2] == ["青禾县信访局", "云栖市翠湖区人民政府办公室"]
    assert lines[0].names == ("Qinghe County Petitions Bureau", "QH petitions") and lines[0].year == 2023
    halves = split_halves(lines)
    assert [ln.file for ln in halves["open"]] == ["qinghe_xinfang_2023.txt", "qinghe_xinfang_2016.txt", "absent_2020.txt"]
    assert [ln.file for ln in halves["sealed"]] == ["yunqi_cuihu_2022.txt", "lanxi_tongjiju_2021.txt"]


def test_a_malformed_line_is_an_error_naming_it(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"file": "a.txt", "year": 2020, "names": ["A"]}\n{"file": "b.txt"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        load_lines(p)


def test_the_templates_are_data_with_a_name_and_a_year():
    templates = naming_templates()
    assert len(templates) >= 3 and len({t for t, _ in templates}) == len(templates)
    for _, text in templates:
        assert "{name}" in text and "{year}" in text
        assert text.format(name="Qinghe County Petitions Bureau", year=2023).endswith("?")


class _FakeAsker:
    """Answers from the name alone: a name with "Qinghe" cites the Qinghe reports, "stats" is unknown, the rest
    cite the Cuihu report."""

    reports: ClassVar[dict[str, str]] = {"qinghe_xinfang_2023.txt": "d-q23", "qinghe_xinfang_2016.txt": "d-q16", "yunqi_cuihu_2022.txt": "d-y22",
               "lanxi_tongjiju_2021.txt": "d-l21"}

    def target(self, line: NameLine) -> Target:
        doc = self.reports.get(line.file)
        return Target(line.file, doc, frozenset({line.file}), line.agency_zh if doc else None)

    def ask(self, question: str):
        if "stats" in question:
            return _answer("None of the ingested reports is from Lanxi stats bureau.", answered=False)
        if "Qinghe" in question:
            year = "2023" if "2023" in question else "2016"
            return _answer(f"青禾县信访局, {year}: 5 [1]", [_cite(f"qinghe_xinfang_{year}.txt", f"d-q{year[2:]}")])
        return _answer("翠湖区, 2022: 7 [1]", [_cite("yunqi_cuihu_2022.txt", "d-y22")])

    def scope(self, question, target):
        return None

    def name_read(self, question, target):
        return "none" if "Cuihu" in question else "target"


def test_both_halves_are_counted_and_only_the_open_half_is_detailed(tmp_path, capsys):
    lines = load_lines(_names_file(tmp_path))
    templates = [("applications", "How many applications did {name} get in {year}?"), ("who", "Who wrote {name}'s {year} report?")]
    result = run(lines, templates=templates, asker=_FakeAsker())
    o, s = result["halves"]["open"], result["halves"]["sealed"]
    # open: Qinghe 2023 (2 names) and 2016 (1 name) asked, absent_2020 not in the store; "QH petitions" cites Cuihu
    assert (o["lines"], o["names"], o["asks"], o["hits"]) == (2, 3, 6, 4)
    assert o["per_template"] == {"applications": round(2 / 3, 4), "who": round(2 / 3, 4)}
    assert o["misses_by_reason"] == {"wrong report": 2} and o["names_all_hit"] == 2
    assert result["not_in_store"] == {"open": 1, "open_files": ["absent_2020.txt"], "sealed": 0}
    # sealed: Cuihu (1 name, hits) and Lanxi (2 names: "stats" unknown, "SB" the wrong report)
    assert (s["lines"], s["names"], s["asks"], s["hits"]) == (2, 3, 6, 2)
    assert s["misses_by_reason"] == {"unknown name": 2, "wrong report": 2}
    assert s["hits_name_unread"] == 2 and o["hits_name_unread"] == 0 and o["name_read"] == {"target": 6}
    assert [d["file"] for d in result["open_details"]] == ["qinghe_xinfang_2023.txt", "qinghe_xinfang_2016.txt"]
    miss = next(a for d in result["open_details"] for a in d["asks"] if a["verdict"] == MISS)
    assert miss["name"] == "QH petitions" and miss["reason"] == "wrong report" and miss["first_line"].startswith("翠湖区")
    print_result(result)
    printed = capsys.readouterr().out
    written = json.dumps(result, ensure_ascii=False) + json.dumps(summary(result), ensure_ascii=False)
    # (the Cuihu report itself may appear: an open answer cites it)
    for sealed_text in ("Cuihu District Gov Office", "Lanxi", "蓝溪", "翠湖区人民政府办公室", "lanxi_tongjiju"):
        assert sealed_text not in printed and sealed_text not in written, sealed_text
    assert "QH petitions" in printed and "open:" in printed and "sealed:" in printed


def test_aggregate_of_no_asks_has_no_rates():
    assert aggregate([], ["a"]) == {"asks": 0, "hits": 0, "hit_rate": None, "names": 0, "names_all_hit": 0,
                                    "names_hit_rate": None, "per_template": {"a": None}, "hits_name_unread": 0,
                                    "name_read": {}, "misses_by_reason": {}}


def test_the_docs_section_shows_both_halves_per_template():
    result = run(load_lines(_names_file(Path(__import__("tempfile").mkdtemp()))),
                 templates=[("applications", "{name} {year}?"), ("who", "who {name} {year}?")], asker=_FakeAsker())
    lines = report_section(summary(result))
    assert lines[0].startswith("## Naming probe")
    assert any(ln.startswith("| open | 2 | 3 | 6 | 66.7% | 66.7% | 0 | 66.7% | 66.7% | wrong report 2 |") for ln in lines)
    assert any(ln.startswith("| sealed | 2 | 3 | 6 | 33.3% |") and "unknown name 2" in ln for ln in lines)
    assert report_section(None) == []


def test_the_cli_explains_itself_and_wants_a_names_file(capsys, tmp_path):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "--names" in out and "sealed" in out and "open" in out and "naming_en.jsonl" in out
    with pytest.raises(SystemExit) as e:
        main(["--names", str(tmp_path / "absent.jsonl")])
    err = capsys.readouterr().err
    assert e.value.code == 2 and "absent.jsonl: no such file" in err


def test_the_default_names_list_ships_with_three_names_per_report():
    lines = load_lines(DEFAULT_NAMES)
    assert len(lines) >= 50 and all(len(line.names) == 3 and line.file and line.year for line in lines)


# --- on a store -------------------------------------------------------------------------------------------------

def test_probe_on_the_sample_store(sample_store, tmp_path):
    settings, _ = sample_store
    records = [
        {"file": "sample_qinghe_xinfangju_2023.txt", "year": 2023, "agency_zh": "青禾县信访局",
         "names": ["青禾县信访局", "Qinghe County Letters and Visits Bureau"]},
        {"file": "sample_yunqi_cuihu_bangongshi_2022.html", "year": 2022, "agency_zh": "云栖市翠湖区人民政府办公室",
         "names": ["Cuihu District Government Office"]},
        {"file": "sample_qinghe_xinfangju_2016.md", "year": 2016, "agency_zh": "青禾县信访局", "names": ["Nowhere Bureau of Zzyzx"]},
    ]
    result = run(load_lines(_names_file(tmp_path, records)), settings)
    o, s = result["halves"]["open"], result["halves"]["sealed"]
    assert result["not_in_store"]["open"] == result["not_in_store"]["sealed"] == 0
    assert (o["lines"], o["names"], o["asks"], s["lines"], s["names"], s["asks"]) == (2, 3, 9, 1, 1, 3)
    first = result["open_details"][0]["asks"]
    # the agency's own Chinese name reaches its report on every template
    assert all(a["verdict"] == HIT for a in first if a["name"] == "青禾县信访局"), first
    assert all(a["name_read"] == "target" for a in first if a["name"] == "青禾县信访局"), first
    # a name of nothing in the store is not read: only the year scopes it (2016 has one report here: a lucky hit)
    nowhere = [a for d in result["open_details"] for a in d["asks"] if a["name"] == "Nowhere Bureau of Zzyzx"]
    assert nowhere and all(a["name_read"] == "none" for a in nowhere), nowhere
    assert o["hits_name_unread"] == sum(a["verdict"] == HIT for a in nowhere)
    assert "Cuihu District Government Office" not in json.dumps(result, ensure_ascii=False)
