"""ingest.formats.pdf: a right-aligned line is a line of its own, not a wrapped paragraph line.

A report's signature is right-aligned: the agency on one line, the date below.  The agency's line ends at
the right margin, as a wrapped paragraph line does, so it used to be joined with the date
("青禾县样例局2024年1月26日") and the report lost its signing date.  A wrapped line starts at the left
margin (or a first-line indent); a right-aligned one starts far further in.

Fictional text: "青禾县样例局" is an invented agency (a sample).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.formats_bench import chromium_pdf, have_chromium
from ingest.formats.pdf import _unwrap

SIZE = 10.0  # the lines' height, about the font size
LEFT, RIGHT = 50.0, 550.0


def line(top: float, x0: float, x1: float, text: str) -> dict:
    return {"top": top, "bottom": top + SIZE, "x0": x0, "x1": x1, "text": text}


def texts(lines: list[dict]) -> list[str]:
    return [t for _, t in _unwrap(lines, [])]


def test_wrapped_paragraph_lines_are_joined():
    got = texts([
        line(100, LEFT + 2 * SIZE, RIGHT, "2023年，青禾县样例局全年主动公开政府信息86条，收到政府信息公开"),
        line(112, LEFT, RIGHT - 200, "申请50件。"),
    ])
    assert got == ["2023年，青禾县样例局全年主动公开政府信息86条，收到政府信息公开申请50件。"]


def test_right_aligned_signature_keeps_its_date_line():
    got = texts([
        line(100, LEFT, RIGHT - 100, "（三）其他事项。本年度无其他需要报告的事项。"),
        line(130, RIGHT - 6 * SIZE, RIGHT, "青禾县样例局"),
        line(142, RIGHT - 8 * SIZE, RIGHT, "2024年1月26日"),
    ])
    assert got == ["（三）其他事项。本年度无其他需要报告的事项。", "青禾县样例局", "2024年1月26日"]


def test_right_aligned_unit_note_is_not_joined_with_the_next_line():
    got = texts([
        line(100, RIGHT - 5 * SIZE, RIGHT, "单位：件"),
        line(112, LEFT, RIGHT - 300, "行政许可事项共12项"),
    ])
    assert got == ["单位：件", "行政许可事项共12项"]


SIGNED = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 10.5pt; margin: 1.5cm; }
p.sign { text-align: right; }
</style></head><body>
<!-- 样例：虚构报告，机关名称与数字均不真实。 -->
<p>青禾县样例局2023年政府信息公开工作年度报告</p>
<p>一、总体情况</p>
<p>2023年，青禾县样例局坚持以公开为常态、不公开为例外，全年主动公开政府信息86条，收到政府信息公开申请50件，办结49件，结转下年度继续办理5件，各项工作有序推进，公开质量稳步提升。</p>
<p>六、其他需要报告的事项</p>
<p>本年度未收取信息处理费。</p>
<p class="sign">青禾县样例局<br>2024年1月26日</p>
</body></html>"""


@pytest.mark.skipif(not have_chromium(), reason="chromium not installed (/usr/bin/chromium; make system-test-deps)")
def test_chromium_pdf_signature_date_is_found(tmp_path: Path):
    from assistant.core.settings import Settings
    from assistant.core.text import unify_radicals
    from ingest.load import load_document
    from ingest.pipeline import process

    html = tmp_path / "signed.html"
    html.write_text(SIGNED, encoding="utf-8")
    doc = load_document(chromium_pdf(html, tmp_path / "signed.pdf", header_footer=False))
    lines = [unify_radicals(ln) for ln in doc.text.split("\n")]  # chromium writes 青 as the radical ⻘
    assert "青禾县样例局" in lines  # the agency's line kept apart from the date below it
    assert any("2024年1" in ln and "26" in ln and "样例局" not in ln for ln in lines)
    assert any("收到政府信息公开申请50件" in ln for ln in lines)  # the wrapped paragraph still joined
    facts = process(doc, Settings()).facts
    assert any(f.row == "发布日期" and f.kind == "date" for f in facts)
