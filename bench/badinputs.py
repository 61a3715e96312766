"""Project-authored bad (and awkward but valid) input files for the reliability tests and report.

Every file is generated here from fictional sample text; nothing is copied from real reports.
`make_inputs(folder)` writes them and returns what each one is and what ingest should do with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SAMPLE = (
    "青禾县样例局2022年政府信息公开工作年度报告\n"
    "（样例：虚构机关，仅供测试）\n"
    "本报告所列数据的统计期限为2022年1月1日至2022年12月31日。\n"
    "一、总体情况\n"
    "2022年，青禾县样例局主动公开政府信息{n}条，全年共收到政府信息公开申请{m}件。\n"
)
TRADITIONAL = (
    "青禾縣樣例局2021年政府信息公開工作年度報告\n（樣例：虛構機關）\n一、總體情況\n"
    "2021年，青禾縣樣例局主動公開政府信息{n}條，全年共收到政府信息公開申請{m}件。\n"
)


@dataclass
class BadInput:
    name: str
    kind: str  # what it is, for the report
    expect: str  # "ingested" or "rejected"
    reason_contains: str = ""  # a word the rejection reason must contain


def _pdf(text_lines: list[str], encrypt: str | None = None, blank: bool = False) -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if not blank:
        c.setFont("STSong-Light", 12)
        for i, line in enumerate(text_lines):
            c.drawString(60, 780 - 20 * i, line)
    c.showPage()
    c.save()
    data = buf.getvalue()
    if encrypt:
        from pypdf import PdfReader, PdfWriter

        w = PdfWriter()
        for page in PdfReader(io.BytesIO(data)).pages:
            w.add_page(page)
        w.encrypt(user_password=encrypt, owner_password=encrypt, algorithm="RC4-128")
        out = io.BytesIO()
        w.write(out)
        data = out.getvalue()
    return data


def _docx(paragraphs: list[str]) -> bytes:
    import io

    from docx import Document

    d = Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_inputs(folder: Path, big_mb: int = 51) -> list[BadInput]:
    """Write the input matrix into `folder`; returns the expectations, one per file."""
    folder.mkdir(parents=True, exist_ok=True)
    out: list[BadInput] = []

    def put(name: str, data: bytes, kind: str, expect: str, reason: str = "") -> None:
        (folder / name).write_bytes(data)
        out.append(BadInput(name, kind, expect, reason))

    put("gb18030.txt", SAMPLE.format(n=11, m=1).encode("gb18030"), "GB18030/GBK text", "ingested")
    put("big5.txt", TRADITIONAL.format(n=12, m=2).encode("big5"), "Big5 text (traditional)", "ingested")
    put("utf16_bom.txt", SAMPLE.format(n=13, m=3).encode("utf-16"), "UTF-16 with BOM", "ingested")
    body = SAMPLE.format(n=14, m=4) + "二、主动公开政府信息情况\n" + "本局按季度更新政府信息公开目录，及时发布工作动态。\n" * 60
    put("stray_bytes.txt", body.encode("utf-8").replace("工作动态".encode(), b"\xff\xfe\xfa", 1),
        "UTF-8 with a few invalid bytes", "ingested")
    put("mixed_encodings.txt", body.encode("utf-8")[:1500] + body.encode("gb18030")[1500:],
        "half UTF-8, half GB18030", "rejected", "encoding")
    put("empty.txt", b"", "empty file", "rejected", "empty")
    put("garbage.txt", bytes(range(256)) * 64, "binary garbage named .txt", "rejected", "binary")
    text_pdf = _pdf(["青禾县样例局2020年政府信息公开工作年度报告", "一、总体情况", "2020年主动公开政府信息15条。"])
    put("text_layer.pdf", text_pdf, "PDF with a text layer", "ingested")
    put("truncated.pdf", text_pdf[: len(text_pdf) // 2], "truncated PDF", "rejected", "PDF")
    put("password.pdf", _pdf(["机密样例"], encrypt="secret"), "password-protected PDF", "rejected", "password")
    put("blank.pdf", _pdf([], blank=True), "PDF with no text layer and no page images", "rejected", "no text")
    docx = _docx(["青禾县样例局2019年政府信息公开工作年度报告", "一、总体情况", "2019年主动公开政府信息16条。"])
    put("report.docx", docx, "DOCX", "ingested")
    put("truncated.docx", docx[: len(docx) // 2], "truncated DOCX", "rejected", "DOCX")
    put("not_a_docx.docx", b"this is plain text pretending to be a docx", "corrupt DOCX", "rejected", "DOCX")
    html = (
        "<html><head><script>alert('x')</script><style>p{}</style></head><body onload=\"steal()\">"
        "<iframe src=\"http://example.invalid\"></iframe><h1>青禾县样例局2018年政府信息公开工作年度报告</h1>"
        "<p onclick=\"evil()\">2018年主动公开政府信息17条。</p><p>&lt;script&gt;这是正文里的文字&lt;/script&gt;</p></body></html>"
    )
    put("scripts.html", html.encode("utf-8"), "HTML with scripts, iframes, event handlers", "ingested")
    put("notes.xyz", b"whatever", "unsupported extension", "rejected", "unsupported")
    put("青禾 样例 报告 2017.txt", SAMPLE.format(n=18, m=5).replace("2022", "2017").encode("utf-8"),
        "Chinese file name with spaces", "ingested")
    put("gb18030_copy.md", SAMPLE.format(n=11, m=1).encode("gb18030"), "same content as another file", "duplicate")
    big = folder / "huge.txt"
    with open(big, "wb") as fh:  # sparse-ish: one write of zeros is fast and never read by a correct loader
        fh.truncate(big_mb * 1024 * 1024)
    out.append(BadInput(big.name, f"{big_mb} MB file", "rejected", "too large"))
    return out
