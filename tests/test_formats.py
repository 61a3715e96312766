"""ingest.formats: PDFs printed by chromium and by LibreOffice, DOCX with merged header cells, .doc/.wps
through LibreOffice, scanned PDFs and page images through OCR, Kangxi radicals.

The files are made here with the real tools from tests/fixtures/formats/sample_report_2023.html, a
fictional report ("青禾县样例局", a sample: names and numbers invented) with the standard tables.
Tests needing chromium, soffice or rapidocr skip with the reason when the tool is absent; the OCR
ones are marked slow.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from bench.formats_bench import (
    agreement,
    chromium_pdf,
    have_chromium,
    have_ocr,
    have_soffice,
    rasterise,
    read_facts,
    soffice_convert,
)
from ingest.formats import LOADERS
from ingest.load import SUPPORTED_SUFFIXES, LoadError, load_document

FIXTURE = Path(__file__).parent / "fixtures" / "formats" / "sample_report_2023.html"
AGENCY = "青禾县样例局"
KEY_CELLS = {
    ("三", "一、本年新收政府信息公开申请数量", "总计"): 50,
    ("三", "四、结转下年度继续办理", "总计"): 5,
    ("三", "三、本年度办理结果 / (七)总计", "总计"): 49,
}

needs_chromium = pytest.mark.skipif(not have_chromium(), reason="chromium not installed (/usr/bin/chromium; make system-test-deps)")
needs_soffice = pytest.mark.skipif(not have_soffice(), reason="LibreOffice not installed (apt-get install libreoffice-writer-nogui)")
needs_ocr = pytest.mark.skipif(not have_ocr(), reason='OCR extra not installed (pip install -e ".[ocr]")')


# ----------------------------------------------------------------------------- fixtures


def html_tables_to_docx(html: str) -> bytes:
    """The fixture HTML as a Word document: paragraphs, and tables with the same merged cells
    (colspan -> gridSpan, rowspan -> vMerge) built with python-docx."""
    import docx
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    d = docx.Document()
    for el in soup.body.find_all(["h1", "p", "table"], recursive=False):
        if el.name != "table":
            d.add_paragraph(el.get_text())
            continue
        grid: dict[tuple[int, int], tuple[int, int, str]] = {}  # (r, c) of a cell's top-left -> (rs, cs, text)
        taken: set[tuple[int, int]] = set()
        n_cols = 0
        trs = el.find_all("tr")
        for r, tr in enumerate(trs):
            c = 0
            for td in tr.find_all("td"):
                while (r, c) in taken:
                    c += 1
                rs, cs = int(td.get("rowspan", 1)), int(td.get("colspan", 1))
                grid[(r, c)] = (rs, cs, td.get_text())
                taken.update((r + i, c + j) for i in range(rs) for j in range(cs))
                c += cs
                n_cols = max(n_cols, c)
        table = d.add_table(rows=len(trs), cols=n_cols)
        table.style = "Table Grid"
        for (r, c), (rs, cs, text) in grid.items():
            cell = table.cell(r, c)
            if rs > 1 or cs > 1:
                cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
            cell.text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The sample report in every format the tools here can make (made once per module)."""
    out = tmp_path_factory.mktemp("formats")
    made = {"html": out / "sample.html"}
    shutil.copyfile(FIXTURE, made["html"])
    made["docx"] = out / "sample.docx"
    made["docx"].write_bytes(html_tables_to_docx(FIXTURE.read_text(encoding="utf-8")))
    return made


@pytest.fixture(scope="module")
def reference(files) -> dict:
    _, facts, _, _ = read_facts(files["html"])
    assert len(facts) >= 100  # tables 二, 三 and 四 of the 2021 layout
    return facts


@pytest.fixture(scope="module")
def chromium_file(files) -> Path:
    if not have_chromium():
        pytest.skip("chromium not installed")
    return chromium_pdf(files["html"], files["html"].with_name("sample_chromium.pdf"))


@pytest.fixture(scope="module")
def libreoffice_pdf(files) -> Path:
    if not have_soffice():
        pytest.skip("LibreOffice not installed")
    return soffice_convert(files["docx"], files["docx"].parent / "lo", "pdf")


def assert_same_facts(path: Path, reference: dict, at_least: float = 1.0) -> tuple:
    doc, got, facts, meta = read_facts(path)
    same, total, wrong = agreement(reference, got)
    assert same / total >= at_least, wrong[:10]
    return doc, got, facts, meta, wrong


# ----------------------------------------------------------------------------- the table of loaders


def test_one_loader_per_supported_suffix():
    assert set(LOADERS) == set(SUPPORTED_SUFFIXES)
    assert {".pdf", ".docx", ".doc", ".wps", ".png", ".jpg"} <= SUPPORTED_SUFFIXES
    assert all(callable(f) for f in LOADERS.values())


# ----------------------------------------------------------------------------- Kangxi radicals


def test_kangxi_radicals_and_compatibility_ideographs_normalised_with_offsets():
    from ingest.clean import clean

    original = "上海市⼈⺠政府办公厅\n⼀、总体情况：⾃然⼈12件，⻓期⾸先"
    ct = clean(original)
    assert ct.text == "上海市人民政府办公厅\n一、总体情况:自然人12件，长期首先"
    s = ct.text.index("人民政府")
    assert ct.original_slice(s, s + 4) == "⼈⺠政府"  # quotes are still cut from the original


def test_normalise_query_applies_the_same_table():
    from assistant.core.text import normalise_query, unify_radicals

    assert normalise_query("⼈⺠政府 ⾃然⼈") == "人民政府 自然人"
    assert unify_radicals("\uf900") == "豈"  # a CJK compatibility ideograph
    assert len(unify_radicals("⼀⼆⼈⺠⻔")) == 5


# ----------------------------------------------------------------------------- page furniture


def test_running_headers_footers_and_page_numbers_dropped():
    from ingest.formats.layout import drop_furniture, join_pages

    pages = [
        ["11/29/26, 10:33 PM", "正文第一页", "file:///tmp/report.html 1/3"],
        ["11/29/26, 10:33 PM", "正文第二页", "- 2 -"],
        ["11/29/26, 10:33 PM", "正文第三页", "file:///tmp/report.html 3/3"],
    ]
    text, starts = join_pages(drop_furniture(pages))
    assert text.split("\n") == ["正文第一页", "正文第二页", "正文第三页"]
    assert starts == [0, 6, 12]


# ----------------------------------------------------------------------------- DOCX with merged cells


def test_docx_with_merged_header_cells_gives_the_html_facts(files, reference):
    doc, got, facts, meta, wrong = assert_same_facts(files["docx"], reference)
    assert doc.format == "docx" and meta.agency == AGENCY
    assert {k: got.get(k) for k in KEY_CELLS} == KEY_CELLS


# ----------------------------------------------------------------------------- PDF printed by chromium


@needs_chromium
def test_chromium_pdf_tables_read_as_tables(chromium_file, reference):
    doc, got, facts, meta, wrong = assert_same_facts(chromium_file, reference)
    assert doc.format == "pdf" and not doc.ocr
    assert meta.agency == AGENCY
    assert {k: got.get(k) for k in KEY_CELLS} == KEY_CELLS
    assert len(doc.page_starts) >= 2 and doc.page_starts[0] == 0
    assert "file://" not in doc.text and " PM" not in doc.text  # chromium's running header and footer
    # the rows are the HTML loader's rows: empty cells kept in their columns
    assert "二、上年结转政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |" in doc.text.replace("⼆", "二")


@needs_chromium
def test_pdf_report_pages_reach_the_citations(chromium_file):
    from assistant.core.settings import Settings
    from ingest.pipeline import process

    doc = load_document(chromium_file)
    processed = process(doc, Settings())
    report = processed.report
    assert report.page_starts == doc.page_starts and report.format == "pdf"
    pages = {report.page_at(f.start) for f in processed.facts if f.table in ("三", "四")}
    assert pages and all(p and 1 <= p <= len(doc.page_starts) for p in pages)
    t3_pages = {report.page_at(f.start) for f in processed.facts if f.table == "三"}
    assert len(t3_pages) >= 2  # 表三 runs over a page break and is read as one table
    first = next(f for f in processed.facts if f.table == "二")
    assert report.page_at(first.start) >= 1


# ----------------------------------------------------------------------------- LibreOffice


@needs_soffice
def test_libreoffice_pdf_from_docx(libreoffice_pdf, reference):
    doc, got, facts, meta, wrong = assert_same_facts(libreoffice_pdf, reference, at_least=0.9)
    assert doc.format == "pdf" and meta.agency == AGENCY
    assert {k: got.get(k) for k in KEY_CELLS} == KEY_CELLS


@needs_soffice
@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_doc_and_wps_through_libreoffice(files, reference, tmp_path, suffix):
    doc_file = soffice_convert(files["docx"], tmp_path, "doc:MS Word 97")
    path = doc_file.with_suffix(suffix)
    doc_file.rename(path)  # WPS Writer's .wps files are read by the same import filters
    doc, got, facts, meta, wrong = assert_same_facts(path, reference)
    assert doc.format == suffix[1:] and meta.agency == AGENCY


def test_doc_without_libreoffice_names_the_package(tmp_path, monkeypatch):
    from ingest.formats import office

    monkeypatch.setattr(office.shutil, "which", lambda name: None)
    path = tmp_path / "report.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(LoadError) as err:
        load_document(path)
    assert str(err.value) == (
        "report.doc: reading .doc files needs LibreOffice: install it (Debian: apt-get install libreoffice-writer-nogui)"
    )


# ----------------------------------------------------------------------------- OCR


def test_image_without_the_ocr_extra_names_it(tmp_path, monkeypatch):
    from ingest.formats import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)
    path = tmp_path / "page.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with pytest.raises(LoadError, match=r'needs OCR .*pip install -e "\.\[ocr\]"'):
        load_document(path)


@pytest.mark.slow
@needs_ocr
def test_scanned_pdf_read_with_ocr(chromium_file, reference, tmp_path):
    from ingest.checks import check_identities

    scan = rasterise(chromium_file, tmp_path / "scan.pdf")
    doc, got, facts, meta, wrong = assert_same_facts(scan, reference, at_least=0.8)
    assert doc.ocr and doc.format == "pdf" and len(doc.page_starts) >= 2
    misread = [w for w in wrong if w[2] is not None and w[0][0] in ("三", "四")]
    assert not misread or check_identities(facts)  # a misread cell breaks an identity, which is flagged


@pytest.mark.slow
@needs_ocr
def test_page_image_read_with_ocr(chromium_file, tmp_path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(chromium_file))
    path = tmp_path / "page1.png"
    pdf[0].render(scale=150 / 72).to_pil().save(path)
    pdf.close()
    doc = load_document(path)
    assert doc.ocr and doc.format == "image" and doc.page_starts == [0]
    assert AGENCY in doc.text.replace(" ", "")


@needs_chromium
def test_table_without_rules_read_from_word_positions(tmp_path):
    from assistant.core.text import unify_radicals

    src = FIXTURE.with_name("borderless_table.html")
    html_rows = [ln for ln in load_document(src).text.split("\n") if ln.endswith("|")]
    pdf = chromium_pdf(src, tmp_path / "borderless.pdf")
    pdf_rows = [unify_radicals(ln) for ln in load_document(pdf).text.split("\n") if ln.endswith("|")]
    assert len(html_rows) == 7
    assert pdf_rows == html_rows  # wrapped label cells rejoined, empty cells kept in their columns
