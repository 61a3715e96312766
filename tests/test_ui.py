"""The UI served for real on 127.0.0.1 and queried over HTTP with gradio_client."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from assistant.types import Citation
from assistant.ui import render_answer, source_view
from tests.conftest import REPO


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(sample_store):
    settings, _ = sample_store
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--store", str(settings.store), "--port", str(port)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 180
    while time.time() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"server exited: {proc.stdout.read()}")
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            time.sleep(1)
    else:
        proc.kill()
        pytest.fail("server did not start in 180 s")
    yield url
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
    assert '<mark class="figure">16</mark>' in html and '<mark id="cited">' in html


def test_render_answer_lists_numbered_citations():
    from assistant.types import Answer

    c = Citation(n=1, doc_id="d", source="s.txt", title="样例报告", agency="青禾县信访局", year=2023,
                 section="三、收到和处理政府信息公开申请情况", quote="一、本年新收 | 16 |", start=0, end=14)
    text = render_answer(Answer(question="q", text="答案[1]", answered=True, citations=[c]))
    assert text.startswith("答案[1]") and "[1] 青禾县信访局 · 2023" in text and "本年新收" in text
