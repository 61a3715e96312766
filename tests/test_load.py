"""ingest.load: every supported format, every encoding, and every way a file can be bad.

All fixtures are built here in tmp_path from invented sample text (the fictional agency
"青禾县样例局"); nothing from the real reports is copied into the repo.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from ingest.load import (
    SUPPORTED_SUFFIXES,
    DecodeError,
    LoadedDocument,
    LoadError,
    common_char_share,
    decode_bytes,
    html_to_text,
    iter_report_files,
    load_document,
    looks_like_html,
    smart_join,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"

SAMPLE_SIMPLIFIED = (
    "青禾县样例局2023年政府信息公开工作年度报告\n"
    "本报告为虚构样例，仅用于测试，其中的机关名称和数字均不真实。\n"
    "一、总体情况\n"
    "2023年，青禾县样例局认真贯彻落实《条例》要求，主动公开政府信息12条，收到政府信息公开申请3件。\n"
)
SAMPLE_TRADITIONAL = (
    "青禾縣樣例局2023年政府資訊公開工作年度報告\n"
    "本報告為虛構樣例，僅用於測試，其中的機關名稱和數字均不真實。\n"
    "一、總體情況\n"
    "2023年，青禾縣樣例局認真貫徹落實《條例》要求，主動公開政府資訊12條，收到政府資訊公開申請3件。\n"
)

SAMPLE_HTML = """<!DOCTYPE html>
<html><head><title>页面标题不应出现</title>
<style>p { color: red }</style>
<script>var secret = "脚本内容不应出现";</script>
</head>
<body onload="track()">
<!-- 注释不应出现 -->
<h1>青禾县样例局2023年政府信息公开工作年度报告</h1>
<p onclick="steal()">本报告为虚构样例，
   仅用于测试。</p>
<p>第二段&nbsp;文字</p>
<script type="text/javascript">document.write("正文里的脚本不应出现");</script>
<style>.x { display: none }</style>
<iframe src="https://example.invalid/ad">框架内容不应出现</iframe>
<noscript>请启用脚本</noscript>
<table border="1">
<tr><td colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td>申请人情况</td></tr>
<tr><td>信息内容</td><td>本年新<br/>制作数量</td><td>本年新<br />公开数量</td><td>对外公开总数量</td></tr>
<tr><td colspan="3"><p>一、本年新收政府信息公开申请数量</p></td><td><p>7</p></td><td><p>2</p></td>
    <td><p>&nbsp;</p></td><td></td><td><p>1</p></td><td><p>&nbsp;</p></td><td><p>10</p></td></tr>
</table>
<p>二、结束段落</p>
</body></html>
"""
HTML_ROW = "一、本年新收政府信息公开申请数量 | 7 | 2 |  |  | 1 |  | 10 |"


def write(tmp_path: Path, name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def lines_of(text: str) -> list[str]:
    return text.split("\n")


# ----------------------------------------------------------------------------- text encodings


@pytest.mark.parametrize(
    "text, data_encoding, expected_encoding",
    [
        (SAMPLE_SIMPLIFIED, "utf-8", "utf-8"),
        (SAMPLE_SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SAMPLE_SIMPLIFIED, "gb18030", "gb18030"),
        (SAMPLE_SIMPLIFIED, "gbk", "gb18030"),  # GBK/GB2312 are read through their superset
        (SAMPLE_TRADITIONAL, "big5", "big5"),
        (SAMPLE_SIMPLIFIED, "utf-16", "utf-16"),  # Python writes a BOM (little-endian here)
        (SAMPLE_TRADITIONAL, "utf-16", "utf-16"),
    ],
)
def test_text_file_encodings(tmp_path, text, data_encoding, expected_encoding):
    path = write(tmp_path, "report.txt", text, data_encoding)
    doc = load_document(path)
    assert isinstance(doc, LoadedDocument)
    assert doc.text == text
    assert doc.encoding == expected_encoding
    assert doc.format == "txt"
    assert doc.path == path


def test_utf16_big_endian_with_bom(tmp_path):
    path = write(tmp_path, "report.md", "\ufeff" + SAMPLE_SIMPLIFIED, "utf-16-be")
    doc = load_document(path)
    assert doc.text == SAMPLE_SIMPLIFIED  # the BOM is not part of the text
    assert doc.encoding == "utf-16"
    assert doc.format == "md"


def test_big5_is_not_taken_for_gb18030():
    data = SAMPLE_TRADITIONAL.encode("big5")
    # the trap the heuristic exists for: big5 bytes also decode "successfully" as gb18030 ...
    wrong = data.decode("gb18030")
    assert wrong != SAMPLE_TRADITIONAL
    # ... but into rare characters, while the right decoding is mostly common ones
    assert common_char_share(wrong)[0] < 0.25 < common_char_share(SAMPLE_TRADITIONAL)[0]
    assert decode_bytes(data) == (SAMPLE_TRADITIONAL, "big5")
    # too short for the mojibake threshold: the share of common characters alone must decide
    short = "青禾縣樣例局年度報告"
    assert short.encode("big5").decode("gb18030") != short
    assert decode_bytes(short.encode("big5")) == (short, "big5")


def test_gb18030_is_not_taken_for_big5():
    # GB2312 bytes are mostly inside big5's byte ranges too; the simplified decoding must win
    text = "青禾县样例局主动公开政府信息，依申请公开办理情况良好，无行政复议和行政诉讼。" * 3
    assert decode_bytes(text.encode("gb2312")) == (text, "gb18030")


def test_line_endings_normalised(tmp_path):
    path = write(tmp_path, "crlf.txt", "第一行\r\n第二行\r第三行\n", "gb18030")
    assert load_document(path).text == "第一行\n第二行\n第三行\n"


def test_copy_cut_mid_character_still_loads(tmp_path):
    data = SAMPLE_SIMPLIFIED.rstrip("\n").encode("utf-8")[:-1]  # last character cut in half
    doc = load_document(write(tmp_path, "cut.txt", data))
    assert doc.encoding == "utf-8"
    assert doc.text.startswith("青禾县样例局2023年")
    assert doc.text.endswith("\ufffd")  # the broken character is marked, not silently dropped


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode("utf-8")])
def test_empty_file(tmp_path, data):
    path = write(tmp_path, "空.txt", data)
    with pytest.raises(LoadError) as err:
        load_document(path)
    assert str(err.value) == "空.txt: the file is empty"
    assert err.value.reason == "the file is empty"
    assert err.value.path == path


def test_binary_garbage_named_txt(tmp_path):
    data = bytes(range(256)) * 40 + os.urandom(2000)
    with pytest.raises(LoadError) as err:
        load_document(write(tmp_path, "garbage.txt", data))
    message = str(err.value)
    assert message.startswith("garbage.txt: not a text file: ")
    assert "% of the bytes are control/binary bytes" in message


def test_undecodable_high_bytes(tmp_path):
    # no control bytes, but not valid (or sensible) in any of the encodings
    data = bytes([0x80, 0xFF, 0x81, 0xFE, 0xC3, 0x28]) * 100
    with pytest.raises(LoadError) as err:
        load_document(write(tmp_path, "mojibake.txt", data))
    assert "could not determine the text encoding (tried utf-8, gb18030, big5, utf-16" in str(err.value)


def test_decode_bytes_raises_decode_error_not_unicode_error():
    with pytest.raises(DecodeError):
        decode_bytes(b"\xff\xfe\x00")  # a UTF-16 BOM followed by half a code unit


# ----------------------------------------------------------------------------- HTML


def test_html_file_visible_text_and_table_rows(tmp_path):
    doc = load_document(write(tmp_path, "report.html", SAMPLE_HTML))
    assert doc.format == "html"
    assert doc.encoding == "utf-8"
    lines = lines_of(doc.text)
    assert HTML_ROW in lines  # empty cells kept, one cell per td (colspan not expanded)
    assert "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |" in lines  # <br> inside a cell joined
    assert "本报告为虚构样例，仅用于测试。" in lines  # a <p> stays on one line; a source newline in CJK is no space
    assert "第二段 文字" in lines  # &nbsp; is a plain space
    assert lines[0] == "青禾县样例局2023年政府信息公开工作年度报告"
    assert lines[-1] == "二、结束段落"
    hidden_bits = (
        "页面标题", "color", "脚本内容", "正文里的脚本", "document.write", "display", "secret", "注释", "框架内容",
        "请启用脚本", "onclick", "steal", "track", "example.invalid", "colspan", "\u00a0",
    )
    for hidden in hidden_bits:
        assert hidden not in doc.text


def test_html_to_text_blocks_breaks_and_nested_tables():
    html = (
        "<div>块一<br>块二<br><br><br><br>块三</div>"
        "<ul><li>条目一</li><li>条目<b>二</b></li></ul>"
        "<table><tr><td>外层<table><tr><td>内一</td><td>内二</td></tr></table></td><td>12<br>34</td></tr>"
        "<tr><td></td><td></td></tr></table>"
        "<section><article>文章</article></section>"
        "<p>Latin words\n  keep a space, 中文\n  换行不加空格</p>"
    )
    assert html_to_text(html) == (
        "块一\n块二\n\n块三\n条目一\n条目二\n外层内一内二 | 12 34 |\n文章\n"
        "Latin words keep a space, 中文换行不加空格"
    )


def test_smart_join_keeps_numbers_apart_but_not_chinese():
    assert smart_join(["本年新", "制作数量"]) == "本年新制作数量"
    assert smart_join(["12", " ", "34"]) == "12 34"
    assert smart_join(["Total", "（万元）"]) == "Total（万元）"


def test_html_inside_txt_is_rendered_as_html(tmp_path):
    fragment = SAMPLE_HTML.split("<body", 1)[1].split(">", 1)[1].split("</body>")[0].strip()
    path = write(tmp_path, "copy_of_page.txt", fragment)
    doc = load_document(path)
    assert doc.format == "html"
    assert HTML_ROW in lines_of(doc.text)
    assert "<td" not in doc.text and "steal" not in doc.text


def test_plain_text_mentioning_a_tag_stays_text(tmp_path):
    text = "青禾县样例局的网页用<p>标签排版，本报告是纯文本。\n第二行。\n"
    assert not looks_like_html(text)
    doc = load_document(write(tmp_path, "plain.txt", text))
    assert doc.format == "txt"
    assert doc.text == text


def test_html_declared_gb2312_is_decoded(tmp_path):
    html = '<html><head><meta charset="gb2312"></head><body><p>青禾县样例局主动公开信息12条。</p></body></html>'
    doc = load_document(write(tmp_path, "gbk_page.htm", html, "gbk"))
    assert doc.text == "青禾县样例局主动公开信息12条。"
    assert doc.encoding == "gb18030"


def test_html_mislabelled_latin1_but_gbk(tmp_path):
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
        "<body><p>青禾县样例局2023年政府信息公开工作年度报告，主动公开政府信息12条，依申请公开3件。</p></body></html>"
    )
    doc = load_document(write(tmp_path, "mislabelled.html", html, "gbk"))
    assert doc.encoding == "gb18030"
    assert doc.text == "青禾县样例局2023年政府信息公开工作年度报告，主动公开政府信息12条，依申请公开3件。"


def test_deeply_nested_markup_does_not_crash():
    # old pages leave <font> tags unclosed, nesting thousands deep: no recursion limit may be hit
    html = "<p>开头</p>" + "<font>" * 5000 + "深处文字" + "<div><table><tr><td>格</td></tr></table></div>"
    text = html_to_text(html)
    assert text.startswith("开头\n")
    assert "深处文字" in text and "格 |" in text


def test_html_without_visible_text(tmp_path):
    with pytest.raises(LoadError, match="the HTML has no visible text"):
        load_document(write(tmp_path, "scripts_only.html", "<html><script>var a = 1;</script></html>"))


# ----------------------------------------------------------------------------- DOCX


def _docx_bytes() -> bytes:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("青禾县样例局2023年政府信息公开工作年度报告", level=1)
    p = d.add_paragraph("本报告为虚构样例，")
    p.add_run("仅用于测试。")
    table = d.add_table(rows=4, cols=4)
    table.cell(0, 0).merge(table.cell(0, 3)).text = "第二十条第（一）项"  # horizontal merge over 4 columns
    header = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    for i, text in enumerate(header):
        table.cell(1, i).text = text
    table.cell(1, 1).add_paragraph("（件）")  # a second paragraph in a cell joins onto its line
    for i, text in enumerate(["规章", "1", "", "4"]):
        table.cell(2, i).text = text
    merged = table.cell(2, 1).merge(table.cell(2, 2))  # horizontal merge in the middle of a row
    merged.text = "1"
    table.cell(3, 0).text = "行政规范性文件"
    table.cell(3, 1).text = "2"
    table.cell(3, 2).text = "0"
    table.cell(3, 3).text = "6"
    d.add_paragraph("二、结束段落")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_tables_in_document_order(tmp_path):
    doc = load_document(write(tmp_path, "report.docx", _docx_bytes()))
    assert doc.format == "docx"
    assert doc.encoding is None
    assert lines_of(doc.text) == [
        "青禾县样例局2023年政府信息公开工作年度报告",
        "本报告为虚构样例，仅用于测试。",
        "第二十条第（一）项 |",  # one cell, not four copies of it
        "信息内容 | 本年制发件数（件） | 本年废止件数 | 现行有效件数 |",
        "规章 | 1 | 4 |",
        "行政规范性文件 | 2 | 0 | 6 |",
        "二、结束段落",
    ]


def test_docx_vertical_merge_appears_once(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(2, 0)).text = "三、本年度办理结果"
    for r, text in enumerate(["（一）予以公开", "（二）部分公开", "（三）不予公开"]):
        table.cell(r, 1).text = text
    buf = io.BytesIO()
    d.save(buf)
    doc = load_document(write(tmp_path, "vmerge.docx", buf.getvalue()))
    # like an HTML rowspan cell: in its first row only
    assert lines_of(doc.text) == ["三、本年度办理结果 | （一）予以公开 |", "（二）部分公开 |", "（三）不予公开 |"]


def _docx_without_document_xml(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            if info.filename != "word/document.xml":
                zout.writestr(info, zin.read(info))
    return out.getvalue()


@pytest.mark.parametrize("damage", ["truncated", "not_a_zip", "no_document_xml"])
def test_corrupt_docx(tmp_path, damage):
    good = _docx_bytes()
    data = {
        "truncated": good[: len(good) // 2],
        "not_a_zip": "这不是一个DOCX文件".encode(),
        "no_document_xml": _docx_without_document_xml(good),
    }[damage]
    with pytest.raises(LoadError) as err:
        load_document(write(tmp_path, f"{damage}.docx", data))
    assert str(err.value).startswith(f"{damage}.docx: the DOCX file is corrupt or truncated (")


def test_old_binary_doc_renamed_docx(tmp_path):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)
    with pytest.raises(LoadError, match=r"old binary Word \(\.doc\)"):
        load_document(write(tmp_path, "old.docx", data))


# ----------------------------------------------------------------------------- PDF


PDF_LINES = ["青禾县样例局2023年政府信息公开工作年度报告", "一、本年新收政府信息公开申请数量 12 件"]


def _pdf_bytes() -> bytes:
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # built-in CID font: no font file needed
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("STSong-Light", 12)
    for i, line in enumerate(PDF_LINES):
        c.drawString(72, 800 - 20 * i, line)
    c.showPage()
    c.setFont("STSong-Light", 12)
    c.drawString(72, 800, "第二页 样例内容")
    c.save()
    return buf.getvalue()


def test_pdf_with_chinese_text_layer(tmp_path):
    doc = load_document(write(tmp_path, "report.pdf", _pdf_bytes()))
    assert doc.format == "pdf"
    assert doc.encoding is None
    lines = lines_of(doc.text)
    for line in PDF_LINES + ["第二页 样例内容"]:
        assert line in lines
    assert doc.text.index("年度报告") < doc.text.index("第二页")  # pages in order


def _encrypted(data: bytes, user: str, owner: str | None = None) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password=owner)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_password_protected_pdf(tmp_path):
    data = _encrypted(_pdf_bytes(), user="sample-password")
    with pytest.raises(LoadError) as err:
        load_document(write(tmp_path, "locked.pdf", data))
    assert str(err.value) == "locked.pdf: the PDF is password-protected"


def test_pdf_encrypted_with_empty_user_password_loads(tmp_path):
    # common for official PDFs: encrypted only to restrict printing, opens without a password
    data = _encrypted(_pdf_bytes(), user="", owner="owner-only")
    doc = load_document(write(tmp_path, "restricted.pdf", data))
    assert PDF_LINES[0] in lines_of(doc.text)


def test_pdf_needing_missing_aes_support_is_a_load_error(tmp_path, monkeypatch):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    def needs_cryptography(self, password):
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(PdfReader, "decrypt", needs_cryptography)
    data = _encrypted(_pdf_bytes(), user="", owner="owner-only")
    with pytest.raises(LoadError) as err:
        load_document(write(tmp_path, "aes.pdf", data))
    assert str(err.value).startswith("aes.pdf: the PDF is encrypted (AES) and decrypting it needs the 'cryptography'")


def test_pdf_without_text_layer(tmp_path, monkeypatch):
    from pypdf import PdfWriter

    from ingest.formats import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)  # without the [ocr] extra: the message names it

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(LoadError) as err:
        load_document(write(tmp_path, "scan.pdf", buf.getvalue()))
    assert str(err.value) == (
        "scan.pdf: the PDF has no text layer (scanned images?); it needs OCR before it can be ingested: "
        'install the OCR extra with: pip install -e ".[ocr]" (rapidocr-onnxruntime)'
    )


@pytest.mark.parametrize("data", ["truncated", "not_a_pdf"])
def test_corrupt_pdf(tmp_path, data):
    payload = _pdf_bytes()[:1500] if data == "truncated" else "这不是PDF".encode()
    with pytest.raises(LoadError) as err:
        load_document(write(tmp_path, f"{data}.pdf", payload))
    assert str(err.value).startswith(f"{data}.pdf: the PDF is corrupt or truncated (")


# ----------------------------------------------------------------------------- files


def test_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    path = write(tmp_path, "big.txt", "样例" * 1000)  # 6000 bytes

    def no_read(self):
        raise AssertionError("the file must not be read")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    with pytest.raises(LoadError) as err:
        load_document(path, max_bytes=1024)
    assert str(err.value) == "big.txt: the file is too large (5.9 KB > 1 KB limit)"


def test_default_limit_message_in_mb(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as f:  # sparse: 51 MB on paper, nothing written
        f.truncate(51 * 1024 * 1024)
    with pytest.raises(LoadError) as err:
        load_document(path)
    assert err.value.reason == "the file is too large (51 MB > 50 MB limit)"


def test_unsupported_suffix(tmp_path):
    path = write(tmp_path, "report.xyz", "样例")
    with pytest.raises(LoadError) as err:
        load_document(path)
    assert str(err.value) == (
        "report.xyz: unsupported file type '.xyz' "
        "(supported: .doc, .docx, .htm, .html, .jpeg, .jpg, .md, .pdf, .png, .txt, .wps)"
    )
    assert SUPPORTED_SUFFIXES == {".txt", ".md", ".html", ".htm", ".docx", ".doc", ".wps", ".pdf", ".png", ".jpg", ".jpeg"}


def test_missing_file_and_directory_are_load_errors(tmp_path):
    with pytest.raises(LoadError, match="missing.txt: file not found"):
        load_document(tmp_path / "missing.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(LoadError, match="folder.txt: is a directory"):
        load_document(folder)


def test_chinese_file_name_with_spaces(tmp_path):
    name = "青禾县 样例局 2023年 年度报告.TXT"  # upper-case suffix too
    doc = load_document(write(tmp_path / "子 目录", name, SAMPLE_SIMPLIFIED, "gb18030"))
    assert doc.path.name == name
    assert doc.text == SAMPLE_SIMPLIFIED
    bad = write(tmp_path, "青禾县 样例局 空白.txt", b"")
    with pytest.raises(LoadError, match="^青禾县 样例局 空白.txt: the file is empty$"):
        load_document(bad)


def test_iter_report_files_nested(tmp_path):
    root = tmp_path / "reports"
    for rel in [
        "b.txt",
        "a.pdf",
        "notes.xyz",  # unsupported, inside a folder: skipped
        ".hidden.txt",  # hidden file: skipped
        "~$lock.docx",  # Office lock file: skipped
        ".git/config.txt",  # hidden folder: skipped
        "2023/区 县/c.DOCX",
        "2023/d.html",
        "2022/e.md",
    ]:
        write(root, rel, "样例")
    explicit = write(tmp_path, "extra.xyz", "样例")
    files = iter_report_files([root, str(explicit), root / "b.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in files] == [
        "reports/a.pdf",
        "reports/b.txt",
        "reports/2022/e.md",
        "reports/2023/d.html",
        "reports/2023/区 县/c.DOCX",
        "extra.xyz",  # given explicitly: kept so load_document can say why it is refused
    ]  # b.txt given twice: listed once
    assert all(isinstance(p, Path) for p in files)
    with pytest.raises(LoadError, match="unsupported file type '.xyz'"):
        load_document(files[-1])


# ----------------------------------------------------------------------------- the shared reports


def test_all_shared_reports_load():
    folders = [SHARED / "seeds", SHARED / "corpus" / "reports"]
    if not all(f.is_dir() for f in folders):
        pytest.skip(f"shared reports not found at {SHARED}")
    files = iter_report_files(folders)
    assert files
    docs = {p.name: load_document(p) for p in files}
    assert all(d.text.strip() for d in docs.values())
    html = [d for name, d in docs.items() if name.startswith("035_")]
    assert len(html) == 1 and html[0].format == "html"
    assert any(line.startswith("一、本年新收政府信息公开申请数量 | 821 | 35 |") for line in lines_of(html[0].text))
    assert "<td" not in html[0].text and "style=" not in html[0].text
    assert all(d.format == "txt" for name, d in docs.items() if not name.startswith("035_"))


def test_pictures_in_folders_are_reports_only_when_they_can_be_scanned_pages(tmp_path):
    from ingest.load import MIN_PAGE_IMAGE_BYTES, skip_reason

    root = tmp_path / "reports"
    write(root, "scan_p1.png", b"\x89PNG" + b"0" * MIN_PAGE_IMAGE_BYTES)  # page-sized: a scan, OCR'd
    write(root, "logo.png", b"\x89PNG" + b"0" * 100)  # an icon
    write(root, "2022年样例县报告.html", "<p>样例</p>")
    write(root, "2022年样例县报告_files/banner.jpg", b"\xff\xd8" + b"0" * MIN_PAGE_IMAGE_BYTES)  # saved page asset
    skipped: list[Path] = []
    files = iter_report_files([root], skipped=skipped)
    assert [p.name for p in files] == ["2022年样例县报告.html", "scan_p1.png"]
    reasons = {p.name: skip_reason(p) for p in skipped}
    assert reasons["logo.png"].startswith("logo.png: a small picture") and "not a scanned report page" in reasons["logo.png"]
    assert "saved web page folder '2022年样例县报告_files'" in reasons["banner.jpg"]
    small = write(tmp_path, "given.png", b"\x89PNG")  # given explicitly: kept, the loader decides
    assert iter_report_files([small]) == [small]
