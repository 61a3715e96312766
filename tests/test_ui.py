"""The UI served for real on 127.0.0.1 and queried over HTTP with gradio_client."""

from __future__ import annotations

import pytest

from assistant.core.types import Citation
from assistant.ui import render_answer, source_view
from tests.conftest import free_port, start_server


@pytest.fixture(scope="module")
def served(sample_store, tmp_path_factory):
    settings, _ = sample_store
    port = free_port()
    proc = start_server(settings.store, port, tmp_path_factory.mktemp("serve") / "server.log")
    yield f"http://127.0.0.1:{port}/"
    proc.terminate()
    proc.wait(timeout=30)


def test_ui_answers_over_http_with_citations(served):
    from gradio_client import Client

    client = Client(served, verbose=False)
    result = client.predict("青禾县信访局2023年收到多少政府信息公开申请？", api_name="/ask")
    assert result["answered"] is True
    assert "16" in result["text"]
    c = result["citations"][0]
    assert c["agency"] == "青禾县信访局" and c["year"] == 2023 and "本年新收" in c["quote"]


def test_ui_binds_loopback_only(served):
    assert served.startswith("http://127.0.0.1:")


def test_source_view_escapes_report_text_and_marks_the_span():
    original = "前文<script>alert(1)</script>。本年新收申请 | 16 |。后文"
    start = original.index("本年新收")
    end = original.index("。后文")
    hs = original.index("16")
    c = Citation(n=1, doc_id="d", source="s.txt", title="样例", quote=original[start:end], start=start, end=end,
                 highlight="16", highlight_start=hs, highlight_end=hs + 2)
    html = source_view(lambda _d: (original, "", []), c)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<mark class="figure">16</mark>' in html and 'class="cited"' in html
    assert '<table class="src-table">' in html  # the pipe-flattened row is drawn as a table row


def test_render_answer_lists_numbered_citations():
    from assistant.core.types import Answer

    c = Citation(n=1, doc_id="d", source="s.txt", title="样例报告", agency="青禾县信访局", year=2023,
                 section="三、收到和处理政府信息公开申请情况", quote="一、本年新收 | 16 |", start=0, end=14,
                 row="一、本年新收政府信息公开申请数量", column="总计")
    text = render_answer(Answer(question="q", text="答案[1]", answered=True, citations=[c]))
    marker = '<span class="cite-ref" role="button">[1]</span>'
    assert text.startswith("答案" + marker) and marker + " 青禾县信访局 · 2023" in text and "本年新收" in text
    assert "*来源*" in text
    # the headings follow the answer's (the question's) language, not the interface toggle
    en = render_answer(Answer(question="q", text="Answer [1]", answered=True, citations=[c], language="en"), "zh")
    assert "*Sources*" in en and "来源" not in en


# --- pure formatting: chat, cards, source viewer, memo, export ----------------------------------------

def _table_citation(**kw) -> Citation:
    original = "三、收到和处理政府信息公开申请情况\n表头 | 总计 |\n一、本年新收政府信息公开申请数量 | 12 | 3 | 0 | 0 | 1 | 0 | 16 | ||\n四、政府信息公开行政复议"
    start = original.index("一、本年新收")
    end = original.index("\n四、")
    hs = original.index("16 |")
    base = dict(n=1, doc_id="d", source="sample.txt", title="青禾县样例局2023年政府信息公开工作年度报告", agency="青禾县样例局",
                year=2023, section="三、收到和处理政府信息公开申请情况", quote=original[start:end], start=start, end=end,
                row="一、本年新收政府信息公开申请数量", column="总计", highlight="16", highlight_start=hs, highlight_end=hs + 2)
    base.update(kw)
    return Citation(**base), original


def test_memo_reference_chinese_and_english_forms():
    from assistant.ui.memo import memo_reference

    c, _ = _table_citation()
    assert memo_reference(c, "zh", "件") == (
        "《青禾县样例局2023年政府信息公开工作年度报告》三、收到和处理政府信息公开申请情况，"
        "“本年新收政府信息公开申请数量”行“总计”列：16件"
    )
    en = memo_reference(c, "en", "件")
    assert en.startswith("“青禾县样例局2023年政府信息公开工作年度报告” (青禾县样例局, 2023)")
    assert "section III “收到和处理政府信息公开申请情况” (applications for disclosure received and handled)" in en
    assert "row “本年新收政府信息公开申请数量” (new applications received this year)" in en
    assert en.endswith("column “总计” (total): 16 applications")
    nested = c.model_copy(update={"row": "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密",
                                  "column": "法人或其他组织 / 商业企业", "highlight": "0"})
    assert "“本年度办理结果—不予公开—属于国家秘密”行“法人或其他组织—商业企业”列：0件" in memo_reference(nested, "zh", "件")
    sentence = c.model_copy(update={"row": None, "column": None, "section": "一、总体情况 > (二)依申请公开",
                                    "quote": "2023年，我局共收到政府信息公开申请16件。", "highlight": "16件", "title": "# 样例报告"})
    assert memo_reference(sentence, "zh") == "《样例报告》一、总体情况（二）依申请公开：“2023年，我局共收到政府信息公开申请16件。”"


def test_export_renumbers_citations_across_the_conversation(tmp_path):
    from docx import Document

    from assistant.core.types import Answer
    from assistant.ui.memo import conversation_docx, conversation_markdown

    c, _ = _table_citation()
    c2 = c.model_copy(update={"n": 2, "highlight": "12", "column": "自然人"})
    a1 = Answer(question="第一问", text="甲[1]，乙[2]", answered=True, citations=[c, c2])
    a2 = Answer(question="第二问", text="丙[1]", answered=True, citations=[c])
    turns = [{"question": "第一问", "answer": a1.to_dict()}, {"question": "第二问", "answer": a2.to_dict()}]
    md = conversation_markdown(turns, "zh", lambda d, s: "件")
    assert "甲[1]，乙[2]" in md and "丙[1]" in md  # the same quote cited again keeps its number
    refs = md.split("## 参考文献")[1]
    assert "[1] 《青禾县样例局" in refs and "[2] 《青禾县样例局" in refs and "“自然人”列：12件" in refs
    assert "[3]" not in refs  # and is listed once
    assert "(sample.txt, " in refs
    path = conversation_docx(turns, tmp_path / "c.docx", "zh", lambda d, s: "件")
    paras = [p.text for p in Document(str(path)).paragraphs]
    assert "参考文献" in paras and any(p.startswith("[2] 《青禾县样例局") for p in paras)
    assert any("丙[1]" in p for p in paras) and not any(p.startswith("[3] ") for p in paras)


def test_chat_message_and_cards_escape_report_text():
    from assistant.core.types import Answer
    from assistant.ui.format import cards_html, md_escape

    c, _ = _table_citation(title="<img src=x onerror=alert(1)>", quote="<script>alert(1)</script> 16")
    c = c.model_copy(update={"highlight_start": None, "highlight_end": None, "warnings": ["表三 总计列: 一(7) ≠ 三(6)"]})
    a = Answer(question="q", text="答：<b>16</b> *x* [1]", answered=True, citations=[c])
    msg = render_answer(a, "zh")
    assert "<b>" not in msg and "&lt;b&gt;" in msg and "\\*x\\*" in msg
    assert "未通过表格一致性检查" in msg  # the identity-check warning reaches the chat
    cards = cards_html([c], 1, "zh", 0)
    assert "<script>" not in cards and "<img" not in cards and "&lt;script&gt;" in cards
    assert 'class="cite-card selected"' in cards and "cite-warn" in cards
    assert md_escape("1. 第一") == "1\\. 第一"


def test_source_view_shows_the_whole_section_with_the_figure_marked():
    c, original = _table_citation()
    from ingest.clean import clean

    ct = clean(original)
    html = source_view(lambda _d: (original, ct.text, ct.index), c)
    assert '<mark class="figure">16</mark>' in html and "三、收到和处理政府信息公开申请情况" in html
    assert "行政复议" not in html.split('class="src-body"')[1]  # the next section is not shown


def test_chips_and_library_are_escaped():
    from assistant.core.types import Report
    from assistant.ui.format import chips_html, library_html

    chips = chips_html({"agency": "<b>x</b>", "year": 2023, "doc_ids": ["d1"]}, "zh", {"d1": "青禾 · 2023"})
    assert "&lt;b&gt;" in chips and 'data-chip="year"' in chips and 'data-chip="doc:d1"' in chips
    lib = library_html([Report(doc_id="d1", sources=["a<b>.txt"], agency="青禾县样例局", year=2023,
                               warnings=["表三 总计列不平"])], "en")
    assert "a&lt;b&gt;.txt" in lib and "⚠ 1" in lib and "Agency" in lib


def test_safe_upload_names():
    from assistant.ui import safe_name

    assert safe_name("../../etc/passwd.txt") == "passwd.txt"
    assert safe_name("C:\\Users\\x\\报告 2023 (终稿).PDF") == "报告_2023_(终稿).pdf"
    assert safe_name(".hidden.txt") == "hidden.txt"  # never a hidden file: ingest would skip it
    assert safe_name("报告\x00<>|.txt") == "报告.txt"


# --- library handlers on a real store (no browser) -----------------------------------------------------

def test_upload_reingest_and_delete_through_the_ui_handlers(tmp_path):
    from assistant.core.settings import Settings
    from assistant.ui import UIApp
    from tests.conftest import CACHE, SAMPLES

    settings = Settings(store=tmp_path / "store", embedding_cache=CACHE / "embeddings.sqlite", upload_max_mb=0.01)
    ui = UIApp(settings)
    bad = tmp_path / "notes.exe"
    bad.write_bytes(b"MZ")
    big = tmp_path / "big.txt"
    big.write_text("青" * 20000, encoding="utf-8")
    msg = ui.ingest_uploads([str(bad), str(big)], "zh")
    assert "notes.exe" in msg and "不支持的文件类型" in msg and "big.txt" in msg and "文件过大" in msg
    assert "Traceback" not in msg and not ui.index.reports

    ui.settings = settings.model_copy(update={"upload_max_mb": 50})
    sample = SAMPLES / "sample_qinghe_xinfangju_2016.md"
    msg = ui.ingest_uploads([str(sample)], "en")
    assert "ingested 1" in msg
    copy = tmp_path / "store" / "uploads" / sample.name
    assert copy.is_file()
    (doc_id,) = [r.doc_id for r in ui.index.reports]
    assert ui.writer.report_paths(doc_id) == [str(copy.resolve())]
    assert "Re-ingested" in ui.reingest(doc_id, "en")
    assert [r.doc_id for r in ui.index.reports] == [doc_id]
    r = ui.reports_map()[doc_id]
    # saving the identity as it is says so (an empty status line would read as "nothing happened yet")
    assert "nothing changed" in ui.set_identity(doc_id, r.agency, r.region, str(r.year), "en")
    assert "已更正" in ui.set_identity(doc_id, r.agency, "样例市青禾县", str(r.year), "zh")
    assert ui.reports_map()[doc_id].region == "样例市青禾县"
    assert "已删除" in ui.delete(doc_id, "zh")
    assert not ui.index.reports and not copy.exists()
    assert "不在库中" in ui.delete(doc_id, "zh")


def test_login_required_when_auth_is_set(sample_store, tmp_path):
    from gradio_client import Client

    settings, _ = sample_store
    port = free_port()
    creds = tmp_path / "users.txt"
    creds.write_text("# staff accounts\nanalyst:s3cret-样例\n", encoding="utf-8")
    proc = start_server(settings.store, port, tmp_path / "server.log", ("--auth", str(creds)))
    url = f"http://127.0.0.1:{port}/"
    try:
        with pytest.raises(Exception):
            Client(url, verbose=False).predict("青禾县信访局2023年收到多少政府信息公开申请？", api_name="/ask")
        with pytest.raises(Exception):
            Client(url, auth=("analyst", "wrong"), verbose=False)
        ok = Client(url, auth=("analyst", "s3cret-样例"), verbose=False).predict("青禾县信访局2023年收到多少政府信息公开申请？", api_name="/ask")
        assert ok["answered"] and "16" in ok["text"]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_load_credentials():
    from assistant.ui import load_credentials

    assert load_credentials("a:1,b:2") == [("a", "1"), ("b", "2")]
    assert load_credentials(None) is None
    with pytest.raises(ValueError, match="user:password"):
        load_credentials("nopassword")
