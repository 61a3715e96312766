"""The UI's pure pieces and the library's write side, without a browser (issues 12 and 13)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from assistant.core.types import Answer, Citation, Fact, Report

UI = Path(__file__).resolve().parents[1] / "assistant" / "ui"


def test_strings_files_hold_the_same_keys_and_code_holds_no_ui_words():
    from assistant.ui.strings import msg, t, words

    zh = tomllib.loads((UI / "strings.zh.toml").read_text(encoding="utf-8"))
    en = tomllib.loads((UI / "strings.en.toml").read_text(encoding="utf-8"))
    assert zh.keys() == en.keys() and all(zh[s].keys() == en[s].keys() for s in zh)
    assert t("tab_fig", "zh") == "数据" and t("tab_fig", "en") == "Figures"
    assert msg("empty_question", "en") == "Type a question first."
    assert words("xx")["sources"] == "来源"  # unknown language: Chinese
    # the layout modules carry no CSS/JS strings and stay small
    for py in UI.glob("*.py"):
        text = py.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 500, py
        assert "addEventListener" not in text and "border-radius" not in text, py
    assert (UI / "static" / "app.css").is_file() and (UI / "static" / "cards.js").is_file()


def test_no_template_words_in_the_ui():
    text = " ".join(p.read_text(encoding="utf-8") for p in UI.glob("*.py"))
    for gloss in ('"new applications received this year"', '"administrative reconsideration"', '"(in ten thousand yuan)"',
                  "LABEL_EN", "SECTION_EN", "UNIT_EN"):
        assert gloss not in text


def _cite(**kw) -> Citation:
    base = dict(n=1, doc_id="d", source="a.txt", title="青禾县样例局2023年政府信息公开工作年度报告", agency="青禾县样例局",
                year=2023, section="三、收到和处理政府信息公开申请情况", quote="一、本年新收 | 12 | 16 |", start=10, end=30,
                row="一、本年新收政府信息公开申请数量", column="总计", highlight="16", highlight_start=24, highlight_end=26)
    base.update(kw)
    return Citation(**base)


def _fact(column: str, raw: str, start: int) -> Fact:
    return Fact(doc_id="d", table="三", row="一、本年新收政府信息公开申请数量", column=column, value=float(raw), raw=raw,
                start=start, end=start + len(raw), quote_start=10, quote_end=30)


def test_table_citation_grid_has_two_header_levels_and_marks_the_cited_cell():
    from assistant.ui.source import citation_grid

    facts = [_fact("自然人", "12", 15), _fact("法人或其他组织 / 商业企业", "3", 18), _fact("法人或其他组织 / 科研机构", "0", 21),
             _fact("总计", "16", 24)]
    html = citation_grid(_cite(), facts, "zh")
    assert '<th colspan="2">法人或其他组织</th>' in html and "<th>商业企业</th>" in html
    assert '<td class="cell-cited" title="引用的单元格">16</td>' in html
    assert html.count("cell-cited") == 1 and "本年新收政府信息公开申请数量" in html
    assert citation_grid(_cite(row=None, column=None), facts, "zh") == ""


def test_clean_quote_is_the_main_quote_and_the_original_stays_available():
    from assistant.ui.format import card_html, with_clean_quote

    original = "前文XX共收到申請(shēn qǐng)16件。後文"
    clean = "前文XX共收到申请16件。后文"
    index = [0, 1, 2, 3, 4, 5, 6, 7, 8, 20, 21, 22, 23, 24, 25]  # cleaned offset -> original offset
    c = Citation(n=1, doc_id="d", source="a.txt", title="a.txt", agency="青禾县样例局", year=2023, quote=original[2:24],
                 start=2, end=24, highlight="16", highlight_start=20, highlight_end=22)
    c = with_clean_quote(c, lambda _d: (original, clean, index))
    assert c.clean_quote == "XX共收到申请16件。"
    html = card_html(c, False, "zh")
    assert '“XX共收到申请<mark class="figure">16</mark>件。”' in html
    assert "原文（未清洗）" in html and "申請(shēn qǐng)" in html  # the original, one click away
    assert "《青禾县样例局2023年政府信息公开工作年度报告》" in html  # a file name is not a title


def test_readable_titles():
    from assistant.ui.format import readable_title

    assert readable_title("# 青禾县样例局2023年报告") == "青禾县样例局2023年报告"
    assert readable_title("8cedd0d225991de1.txt", "青禾县样例局", 2023) == "青禾县样例局2023年政府信息公开工作年度报告"
    assert readable_title(None, "青禾县样例局") == "青禾县样例局政府信息公开工作年度报告"


def test_checks_column_is_honest_about_reports_without_tables():
    from assistant.ui.format import library_html

    reps = [Report(doc_id="a", agency="甲", year=2016, sources=["a.md"]), Report(doc_id="b", agency="乙", year=2023, sources=["b.txt"]),
            Report(doc_id="c", agency="丙", year=2023, sources=["c.txt"], warnings=["表三 不平"], provenance={"agency": "user"})]
    html = library_html(reps, "zh", None, {"b": 40})
    row_a, row_b, row_c = html.split("<tr data-doc=")[1:]
    assert "— 无表格" in row_a and "✓" not in row_a
    assert "✓ 通过" in row_b and "⚠ 1" in row_c and 'class="lib-user"' in row_c
    assert "— no table" in library_html(reps, "en", None, {"b": 40})


def test_answer_chrome_follows_the_question_language():
    from assistant.ui.app import question_language
    from assistant.ui.format import render_answer

    assert question_language("how many applications did Kundulun receive") == "en"
    assert question_language("昆都仑区信访局2023年收到多少申请？") == "zh"
    assert question_language("how many applications did 昆都仑区信访局 receive in 2023") == "en"
    a = Answer(question="q", text="0 [1]", answered=True, language="en", notes=["follow-up read as …"],
               citations=[_cite()])
    text = render_answer(a, "zh")
    assert "*Sources*" in text and "来源" not in text


def test_chart_points_one_bar_per_compared_report():
    from assistant.ui.figures import chart_points

    a = Answer(question="q", text="", answered=True, citations=[
        _cite(n=1, doc_id="x", year=2016, highlight="3件"), _cite(n=2, doc_id="y", highlight="16"),
        _cite(n=3, doc_id="y", highlight="412")])
    pts = chart_points(a)
    assert [p["label"] for p in pts] == ["[1] 青禾县样例局 2016", "[2] 青禾县样例局 2023"] and [p["value"] for p in pts] == [3, 16]
    assert chart_points(Answer(question="q", text="", answered=True, citations=[_cite()])) == []


def test_library_write_side_upload_identity_delete(tmp_path):
    from assistant.core.settings import Settings
    from ingest.library import Library, facts_csv, select_facts
    from tests.conftest import CACHE, SAMPLES

    settings = Settings(store=tmp_path / "store", embedding_cache=CACHE / "embeddings.sqlite")
    lib = Library(settings)
    bad = tmp_path / "x.exe"
    bad.write_bytes(b"MZ")
    stages = []
    summary, problems = lib.add([str(SAMPLES / "sample_qinghe_xinfangju_2016.md"), str(bad)],
                                lambda *a: stages.append(a[0]))
    assert [p.code for p in problems] == ["bad_suffix"] and summary.added == ["sample_qinghe_xinfangju_2016.md"]
    assert stages[0] == "loading" and "ingesting" in stages and stages[-1] == "done"  # the model load is a step
    (r,) = lib.store.reports()
    assert lib.set_identity(r.doc_id, region="样例市", year="2017")
    r2 = lib.store.reports()[0]
    assert r2.region == "样例市" and r2.year == 2017 and r2.provenance["region"] == "user" and r2.provenance["year"] == "user"
    facts = select_facts(lib.store, year=2017)
    assert facts and all(f.year == 2017 and f.region == "样例市" for f in facts)  # facts follow the correction
    assert facts_csv(facts).splitlines()[0] == "agency,year,table,row,column,metric,value,unit,source,start,end"
    assert lib.delete(r.doc_id) and not lib.store.reports()
    assert not (lib.uploads / "sample_qinghe_xinfangju_2016.md").exists()


@pytest.mark.parametrize("name, expected", [("../../a b.txt", "a_b.txt"), (".x.md", "x.md")])
def test_safe_name(name, expected):
    from ingest.library import safe_name

    assert safe_name(name) == expected


def test_a_pdf_citation_names_its_page_and_marks_ocr_text():
    from assistant.core.types import Citation
    from assistant.ui.format import card_html, citation_label
    from assistant.ui.memo import memo_reference

    c = Citation(n=2, doc_id="d", source="样例.pdf", title="青禾县样例局2023年政府信息公开工作年度报告", agency="青禾县样例局",
                 year=2023, section="三、收到和处理政府信息公开申请情况", quote="一、本年新收政府信息公开申请数量 | 5 |",
                 start=10, end=30, row="一、本年新收政府信息公开申请数量", column="总计", highlight="5", page=3, ocr=True)
    assert "第3页" in card_html(c, False, "zh") and "OCR" in card_html(c, False, "zh")
    assert "p. 3" in card_html(c, False, "en") and "recognition errors" in card_html(c, False, "en")
    assert "p. 3" in citation_label(c)
    assert "第3页（OCR）" in memo_reference(c, "zh") and "p. 3 (OCR)" in memo_reference(c, "en")
    plain = c.model_copy(update={"page": None, "ocr": False})
    assert "页" not in card_html(plain, False, "zh") and "OCR" not in memo_reference(plain, "en")
