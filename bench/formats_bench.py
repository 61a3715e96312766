"""The formats agencies publish, measured: PDF printed by chromium, DOCX and PDF made by LibreOffice,
a scanned (rasterised) PDF read with OCR.  ``python -m bench.formats_bench`` prints and writes
docs/benchmarks_formats.md: per format the table facts recovered against the HTML copy (same row,
column and value) and seconds per page for PDF text, PDF tables and OCR.

Also the tools the tests use to make those files (chromium, soffice, pypdfium2), and
:func:`pdf_versions` / :func:`build_pdf_store` for the eval: a store built only from the PDF versions
of the reports with full standard tables (corpus 035; the others in ../shared carry partial tables).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench.common import CACHE, CORPUS, DOCS

CHROMIUM = "/usr/bin/chromium"
FULL_TABLE_REPORTS = ("035_",)  # MANIFEST completeness "full" with standard tables
OUT_MD = DOCS / "benchmarks_formats.md"


# --- making files with the real tools -------------------------------------------------------------


def have_chromium() -> bool:
    return Path(CHROMIUM).exists()


def have_soffice() -> bool:
    return shutil.which("soffice") is not None


def have_ocr() -> bool:
    from ingest.formats import ocr

    return ocr.available()


def chromium_pdf(html: Path, out: Path, timeout: float = 120, header_footer: bool = True) -> Path:
    """Print an HTML file to PDF with headless chromium (as a user's "Save as PDF" does; with
    ``header_footer=False`` without chromium's running date/title/URL lines, as a report's own pages are)."""
    with tempfile.TemporaryDirectory(prefix="formats-chromium-") as profile:
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               *([] if header_footer else ["--no-pdf-header-footer"]),
               f"--user-data-dir={profile}", f"--print-to-pdf={out}", html.resolve().as_uri()]
        subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    if not out.is_file() or out.stat().st_size == 0:
        raise RuntimeError(f"chromium did not print {html.name}")
    return out


def soffice_convert(src: Path, outdir: Path, to: str, timeout: float = 180) -> Path:
    """Convert with LibreOffice (``to``: "pdf", "docx:MS Word 2007 XML", "doc:MS Word 97")."""
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="formats-soffice-") as profile:
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", to, "--outdir", str(outdir), str(src)]
        subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    out = outdir / f"{src.stem}.{to.split(':')[0]}"
    if not out.is_file():
        raise RuntimeError(f"LibreOffice did not convert {src.name} to {to}")
    return out


def rasterise(pdf: Path, out: Path, dpi: int = 150) -> Path:
    """A scanned copy: every page rendered to an image (pypdfium2), the images saved as a PDF."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        images = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    finally:
        doc.close()
    images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi)
    return out


# --- comparing table facts ------------------------------------------------------------------------


def read_facts(path: Path):
    """(loaded document, {(table, row, column): value}, table facts, metadata) of one file."""
    from ingest.clean import clean
    from ingest.load import load_document
    from ingest.metadata import extract_metadata
    from ingest.tables import extract_table_facts

    doc = load_document(path)
    ct = clean(doc.text)
    facts = extract_table_facts(ct.text)
    return doc, {(f.table, f.row, f.column): f.value for f in facts}, facts, extract_metadata(ct.text, path.name)


def agreement(reference: dict, got: dict) -> tuple[int, int, list]:
    """(cells with the same row, column and value, cells of the reference, the differing cells)."""
    wrong = [(k, v, got.get(k)) for k, v in reference.items() if got.get(k) != v]
    return len(reference) - len(wrong), len(reference), wrong


# --- for the eval: a store of PDF versions --------------------------------------------------------


def pdf_versions(out_dir: Path | None = None) -> list[Path]:
    """PDF copies (printed by chromium) of the reports with full standard tables, made once in
    .cache/formats/pdf (or out_dir).  [] when ../shared or chromium is absent."""
    out_dir = out_dir or CACHE / "formats" / "pdf"
    if not CORPUS.is_dir() or not have_chromium():
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for src in sorted(CORPUS.glob("*.txt")):
        if not src.name.startswith(FULL_TABLE_REPORTS):
            continue
        pdf = out_dir / f"{src.stem}.pdf"
        if not pdf.exists():
            html = out_dir / f"{src.stem}.html"
            shutil.copyfile(src, html)
            chromium_pdf(html, pdf)
            html.unlink()
        made.append(pdf)
    return made


def build_pdf_store(settings) -> dict:
    """Ingest the PDF versions into ``settings.store`` (the eval passes a store of its own)."""
    from bench.eval import ensure_store

    return ensure_store(settings, pdf_versions())


# --- the benchmark ----------------------------------------------------------------------------------


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


_CPU: list[float] = []  # CPU seconds of the last _timed call (all threads of this process)


def _timed(fn, *args) -> tuple[float, object]:
    """(wall seconds, result); the CPU seconds go to _CPU[-1] (less disturbed by other jobs on the cores)."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn(*args)
    _CPU.append(time.process_time() - c0)
    return time.perf_counter() - t0, out


KEY_CELLS = [("三", "一、本年新收政府信息公开申请数量", "总计"), ("三", "四、结转下年度继续办理", "总计"),
             ("三", "三、本年度办理结果 / (七)总计", "总计")]


def _best(fn, repeat: int = 3) -> tuple[float, float]:
    """(best wall seconds, best CPU seconds) over `repeat` runs."""
    runs = []
    for _ in range(repeat):
        wall, _ = _timed(fn)
        runs.append((wall, _CPU[-1]))
    return min(r[0] for r in runs), min(r[1] for r in runs)


def _per_page(pair: tuple[float, float], n: int) -> dict:
    return {"wall": round(pair[0] / n, 3), "cpu": round(pair[1] / n, 3)}


def _pypdf_text(pdf: Path) -> None:
    from pypdf import PdfReader

    for page in PdfReader(str(pdf)).pages:
        page.extract_text()


def _plumber(pdf: Path, per_page) -> None:
    import pdfplumber

    with pdfplumber.open(pdf) as p:
        for page in p.pages:
            per_page(page)


def _blank_page():
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (400, 100), "white")
    ImageDraw.Draw(img).text((10, 40), "warm up 123", fill="black")
    return img


def measure(work: Path, with_ocr: bool = True) -> dict:
    """Figures for corpus 035 (skipped parts are None)."""
    from ingest.formats.pdf import page_items

    src = next(iter(sorted(CORPUS.glob("035_*.txt"))), None)
    if src is None:
        raise SystemExit(f"../shared not found ({CORPUS})")
    work.mkdir(parents=True, exist_ok=True)
    html = work / "035.html"
    shutil.copyfile(src, html)
    _, ref, _, _ = read_facts(html)
    res: dict = {"reference_facts": len(ref), "rows": []}

    def row(name: str, path: Path, pages: int | None) -> dict:
        from ingest.checks import check_identities

        seconds, (doc, got, facts, meta) = _timed(read_facts, path)
        same, total, wrong = agreement(ref, got)
        key = [got.get(k) for k in KEY_CELLS]
        r = {"format": name, "pages": pages, "load_s": round(seconds, 2), "cpu_s": round(_CPU[-1], 2), "same": same, "total": total,
             "share": round(same / total, 3), "agency": meta.agency, "key_cells": key,
             "identity_warnings": len(check_identities(facts)), "wrong": [list(map(str, w)) for w in wrong], "ocr": doc.ocr}
        res["rows"].append(r)
        return r

    if have_chromium():
        pdf = chromium_pdf(html, work / "035_chromium.pdf")
        n = _pages(pdf)
        row("PDF (chromium)", pdf, n)
        res["pdf_text_s_per_page"] = _per_page(_best(lambda: _pypdf_text(pdf)), n)
        res["pdf_lines_s_per_page"] = _per_page(_best(lambda: _plumber(pdf, lambda pg: pg.extract_text_lines())), n)
        res["pdf_tables_s_per_page"] = _per_page(_best(lambda: _plumber(pdf, page_items)), n)
        if with_ocr and have_ocr():
            from ingest.formats import ocr

            scan = rasterise(pdf, work / "035_scan.pdf")
            ocr.recognise(_blank_page())  # load the models first: the figure is per page, not start-up
            r = row("scanned PDF (OCR)", scan, n)
            res["ocr_s_per_page"] = {"wall": round(r["load_s"] / n, 2), "cpu": round(r["cpu_s"] / n, 2)}
    if have_soffice():
        docx = soffice_convert(html, work, "docx:MS Word 2007 XML")
        row("DOCX (LibreOffice)", docx, None)
        doc_ = soffice_convert(docx, work / "doc", "doc:MS Word 97")
        row(".doc (LibreOffice, read via LibreOffice)", doc_, None)
        if have_chromium():
            lo_pdf = soffice_convert(docx, work / "lopdf", "pdf")
            row("PDF (LibreOffice, from that DOCX)", lo_pdf, _pages(lo_pdf))
    res["loadavg"] = [round(x, 1) for x in os.getloadavg()]
    return res


def markdown(res: dict) -> str:
    lines = [
        "# Formats benchmark (corpus 035, 上海市人民政府办公厅 2019)",
        "",
        "Generated by `python -m bench.formats_bench`.  Reference: the table facts read from the HTML copy "
        f"({res['reference_facts']} cells).  A cell counts when the same row, column and value are read.",
        "",
        "| format | pages | load s (wall / CPU) | cells same | share | 本年新收/结转下年度/三(七) 总计 | identity warnings | agency |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in res["rows"]:
        key = "/".join("-" if v is None else f"{v:g}" for v in r["key_cells"])
        lines.append(f"| {r['format']} | {r['pages'] or '-'} | {r['load_s']} / {r['cpu_s']} | {r['same']}/{r['total']} | "
                     f"{r['share']:.0%} | {key} | {r['identity_warnings']} | {r['agency'] or '-'} |")
    lines += ["", "Seconds per page, wall / CPU (CPU = all threads of the process; best of 3 for the PDF readers):", ""]
    for k, label in (("pdf_text_s_per_page", "PDF text layer only (pypdf, the old reader)"),
                     ("pdf_lines_s_per_page", "PDF text lines in reading order (pdfplumber)"),
                     ("pdf_tables_s_per_page", "PDF text + ruled tables + tables without rules (what load_document does)"),
                     ("ocr_s_per_page", "scanned PDF, whole load with OCR (rapidocr PP-OCRv4, 200 dpi, models loaded)")):
        if k in res:
            lines.append(f"- {label}: {res[k]['wall']} / {res[k]['cpu']} s/page")
    if res.get("loadavg"):
        lines.append(f"- load average during the run: {res['loadavg']} (2 cores shared with other jobs: "
                     "wall times are inflated; the CPU figures are the steadier ones)")
    lines += [
        "",
        "Notes: the PDF printed by chromium carries Kangxi radicals (⼈⺠, ⼯) and a right table border drawn as dots;",
        "both are handled (radicals normalised at cleaning, missing outer rules closed before the table finder).",
        "LibreOffice's HTML-to-DOCX conversion of this page makes the 表三 table wider than the page, so LibreOffice's",
        "own PDF of that DOCX clips the table's left part (labels cut, as a reader of that PDF sees them): that row is",
        "a property of the file, not of the reader; the DOCX itself reads 100%.  The sample fixture's LibreOffice PDF",
        "(tests/test_formats.py, a table that fits the page) reads all cells.",
    ]
    wrong = [(r["format"], w) for r in res["rows"] for w in r["wrong"]]
    if wrong:
        lines += ["", "Cells that differ from the HTML copy (format: key, HTML value, value read):", ""]
        lines += [f"- {f}: {w[0]}: {w[1]} -> {w[2]}" for f, w in wrong]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-ocr", action="store_true", help="skip the scanned-PDF run (the slow part)")
    ap.add_argument("--out", type=Path, default=OUT_MD)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="formats-bench-") as tmp:
        res = measure(Path(tmp), with_ocr=not args.no_ocr)
    md = markdown(res)
    args.out.write_text(md, encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
