"""Evidence on a real report (issue 11): corpus 035 (上海市人民政府办公厅 2019, the full standard tables)
printed to PDF by chromium, converted to DOCX by LibreOffice, and rasterised into a scanned PDF read
with OCR, against the table facts of its HTML copy.  Skipped when ../shared is absent (and per tool
when chromium, LibreOffice or the [ocr] extra is missing)."""

from __future__ import annotations

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

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "reports"
AGENCY = "上海市人民政府办公厅"
KEY_CELLS = {
    ("三", "一、本年新收政府信息公开申请数量", "总计"): 859,
    ("三", "四、结转下年度继续办理", "总计"): 72,
    ("三", "三、本年度办理结果 / (七)总计", "总计"): 805,
}


@pytest.fixture(scope="module")
def html(tmp_path_factory) -> Path:
    src = next(iter(sorted(CORPUS.glob("035_*.txt"))), None) if CORPUS.is_dir() else None
    if src is None:
        pytest.skip(f"shared corpus not found at {CORPUS}")
    out = tmp_path_factory.mktemp("corpus035") / "035.html"  # chromium and LibreOffice go by the name
    shutil.copyfile(src, out)
    return out


@pytest.fixture(scope="module")
def reference(html) -> dict:
    _, facts, _, meta = read_facts(html)
    assert len(facts) >= 60 and meta.agency == AGENCY
    return facts


@pytest.fixture(scope="module")
def printed(html) -> Path:
    if not have_chromium():
        pytest.skip("chromium not installed (/usr/bin/chromium)")
    return chromium_pdf(html, html.with_name("035_chromium.pdf"))


def check(path: Path, reference: dict, at_least: float):
    doc, got, facts, meta = read_facts(path)
    same, total, wrong = agreement(reference, got)
    assert same / total >= at_least, (same, total, wrong)
    assert {k: got.get(k) for k in KEY_CELLS} == KEY_CELLS
    assert meta.agency == AGENCY
    return doc, facts, wrong


def test_pdf_printed_by_chromium(printed, reference):
    doc, facts, wrong = check(printed, reference, 0.9)
    assert doc.format == "pdf" and len(doc.page_starts) >= 2


def test_docx_made_by_libreoffice(html, reference):
    if not have_soffice():
        pytest.skip("LibreOffice not installed (apt-get install libreoffice-writer-nogui)")
    docx = soffice_convert(html, html.parent / "lo", "docx:MS Word 2007 XML")
    doc, facts, wrong = check(docx, reference, 0.9)
    assert doc.format == "docx"


@pytest.mark.slow
def test_scanned_copy_with_ocr(printed, reference):
    if not have_ocr():
        pytest.skip('OCR extra not installed (pip install -e ".[ocr]")')
    from ingest.checks import check_identities

    scan = rasterise(printed, printed.with_name("035_scan.pdf"))
    doc, facts, wrong = check(scan, reference, 0.8)
    assert doc.ocr
    # every wrong cell is caught: either not read at all (no value claimed) or flagged by the identities
    misread = [w for w in wrong if w[2] is not None]
    assert not misread or check_identities(facts), misread
